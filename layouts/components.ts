/**
 * Pieces several layouts share: article summaries, pagination, period navigation, charts.
 */
import { clockTime, dateTimeForDisplay } from "../src/dates.ts";
import { html, trustedHtml, type SafeHtml } from "../src/html.ts";
import { PAGE_SIZE, type Bar, type Calendar, type Chart, type CountedLink, type Link, type Pagination } from "../src/pages.ts";
import { articleLanguage, formatCount, localDigits, periodLabel, textDirection } from "../src/site-words.ts";
import type { Article, PublishedDate } from "../src/types.ts";
import type { Markup } from "../data/i18n/words.ts";
import { href, langAttributes, type SiteContext } from "./page.ts";

/** "21 September 2023" or "21 September 2023, 14:05 Tehran time", in the site's words. */
export function readableDate(site: SiteContext, date: PublishedDate, withTime = true): string {
  const { words } = site;
  const day = periodLabel(date.day, words);
  if (!withTime || !date.hasTime) return day;
  if (!date.hasOffset) return words.dateWithTime(day, localDigits(clockTime(date), words));
  const dateTime = dateTimeForDisplay(date);
  const time = localDigits(dateTime.toFormat("HH:mm"), words);
  // An offset reads left to right ("UTC+03:30"): in a right-to-left site it is isolated (LRI…PDI).
  const offset = dateTime.toFormat("'UTC'ZZ");
  const zone = date.zone && date.zone.includes("/")
    ? words.zoneTime(date.zone.split("/").pop()?.replace(/_/g, " ") ?? date.zone)
    : textDirection(words.language) === "rtl" ? `\u2066${offset}\u2069` : offset;
  return `${words.dateWithTime(day, time)} ${zone}`;
}

/** The machine-readable value for <time datetime>. */
export function machineDate(date: PublishedDate): string {
  return date.iso;
}

/**
 * A short excerpt: the summary if given, else the article's lead (its opening without the
 * dateline, whose place and date the card's line of facts gives already; src/text.ts leadOf).
 */
export function excerpt(article: Pick<Article, "summary" | "lead">, length = 200): SafeHtml | string {
  const text = article.summary ?? article.lead;
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return html`${cut.slice(0, Math.max(cut.lastIndexOf(" "), length - 30)).replace(/[\s,.;:–—-]+$/, "")}&hellip;`;
}

/**
 * An article in a list. The card is in the article's language and direction (its title and
 * excerpt read right to left in any list); its line of facts is in the site's words. An article
 * of no known language gets `dir="auto"`, so its own letters decide. A card carries no class:
 * it is written once per list an article is on, so the stylesheet finds its parts by their
 * place (`.cards > li > h3`), and the dots between the facts are the stylesheet's too.
 */
export function articleSummary(site: SiteContext, article: Article, options: { note?: string; headingLevel?: 2 | 3; excerpt?: boolean } = {}): SafeHtml {
  const { words } = site;
  const language = article.language ? articleLanguage(article.language, words) : null;
  const cardLanguage = language === words.language ? html`` : langAttributes(language);
  const siteLanguage = language === words.language ? html`` : langAttributes(words.language);
  const heading = options.headingLevel === 3
    ? html`<h3><a href="${href(site, article.url)}">${article.title}</a></h3>`
    : html`<h2><a href="${href(site, article.url)}">${article.title}</a></h2>`;
  const meta: SafeHtml[] = [html`<time datetime="${article.date.day}">${readableDate(site, article.date, false)}</time>`];
  if (article.source) meta.push(html`<span>${article.source.shortName}</span>`);
  if (article.dateline) meta.push(html`<span>${article.dateline.place.name}</span>`);
  if (options.note) meta.push(html`<span class="badge">${options.note}</span>`);
  const text = options.excerpt === false ? "" : excerpt(article);
  return html`<li${cardLanguage}>${heading}<p${siteLanguage}>${joinWith(meta, html` `)}</p>${text ? html`<p>${text}</p>` : ""}</li>
`;
}

/**
 * Articles as a short list of links, each with its date: where a list repeats what the article's
 * own cards say elsewhere (the related articles of an article page).
 */
export function articleLinks(site: SiteContext, articles: readonly Article[]): SafeHtml {
  const { words } = site;
  return html`<ol class="links">${articles.map((a) => {
    const language = a.language ? articleLanguage(a.language, words) : null;
    return html`<li><a href="${href(site, a.url)}"${language === words.language ? "" : langAttributes(language)}>${a.title}</a> <time datetime="${a.date.day}">${readableDate(site, a.date, false)}</time></li>`;
  })}</ol>`;
}

/**
 * `excerpts: false` for a list that repeats the day lists, where each card has its excerpt
 * already (all articles, a day across years): a title and its facts only.
 */
export function articleList(site: SiteContext, articles: readonly Article[], options: { start?: number; noteFor?: (a: Article) => string | undefined; headingLevel?: 2 | 3; excerpts?: boolean } = {}): SafeHtml {
  if (!articles.length) return html`<p class="empty">${site.words.noArticlesYet}</p>`;
  return html`<ol class="cards"${options.start && options.start > 1 ? html` start="${options.start}"` : ""}>
${articles.map((a) => {
    const note = options.noteFor?.(a);
    return articleSummary(site, a, { ...(note ? { note } : {}), ...(options.headingLevel ? { headingLevel: options.headingLevel } : {}), excerpt: options.excerpts !== false });
  })}</ol>`;
}

export function joinWith(parts: readonly SafeHtml[], separator: SafeHtml): SafeHtml {
  // A loop rather than html`` over a spliced array: every card's line of facts is joined so.
  let joined = "";
  for (let i = 0; i < parts.length; i++) joined += i === 0 ? (parts[i] as SafeHtml).value : separator.value + (parts[i] as SafeHtml).value;
  return trustedHtml(joined);
}

/** "Articles 51–100 of 1,234" with previous/next and numbered pages around the current one. */
/**
 * The count line and the page links of a paginated list. `counted`: what is counted, articles
 * unless given (the index of stories counts stories, more to a page).
 */
export function paginationNav(
  site: SiteContext,
  pagination: Pagination,
  label: string,
  counted: { pageSize: number; none: string; all: (n: string, count: number) => Markup; range: (first: string, last: string, total: string) => Markup } = {
    pageSize: PAGE_SIZE,
    none: site.words.noArticles,
    all: site.words.articles,
    range: site.words.articlesRange,
  },
): SafeHtml {
  const { pageNumber, pageCount, total, firstIndex, pageUrls } = pagination;
  const { words } = site;
  const n = (value: number) => formatCount(value, words);
  const last = Math.min(total, firstIndex + counted.pageSize - 1);
  const summary = html`<p class="list-count">${total === 0 ? counted.none : pageCount === 1 ? counted.all(n(total), total) : counted.range(n(firstIndex), n(last), n(total))}</p>`;
  if (pageCount <= 1) return summary;
  const shown = new Set<number>([1, pageCount]);
  for (let n = pageNumber - 2; n <= pageNumber + 2; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  numbers.forEach((page, i) => {
    if (i > 0 && page - (numbers[i - 1] ?? page) > 1) items.push(html`<li class="gap" aria-hidden="true">&hellip;</li>`);
    const url = pageUrls[page - 1] ?? "/";
    items.push(
      page === pageNumber
        ? html`<li><a href="${href(site, url)}" aria-current="page" aria-label="${words.pageCurrent(n(page))}">${n(page)}</a></li>`
        : html`<li><a href="${href(site, url)}" aria-label="${words.page(n(page))}">${n(page)}</a></li>`,
    );
  });
  return html`${summary}<nav class="pagination" aria-label="${label}">
  ${pagination.previous ? html`<a class="page-step" rel="prev" href="${href(site, pagination.previous)}">${words.newer}</a>` : html`<span class="page-step" aria-hidden="true"></span>`}
  <ol>${items}</ol>
  ${pagination.next ? html`<a class="page-step" rel="next" href="${href(site, pagination.next)}">${words.older}</a>` : html`<span class="page-step" aria-hidden="true"></span>`}
</nav>`;
}

/** Previous/next links across siblings (older/newer period, neighbouring topic). */
export function acrossNav(site: SiteContext, previous: Link | null, next: Link | null, labels: { previous: SafeHtml | string; next: SafeHtml | string; aria: string }): SafeHtml {
  if (!previous && !next) return html``;
  return html`<nav class="across" aria-label="${labels.aria}">
  ${previous ? html`<a rel="prev" href="${href(site, previous.url)}"><span class="across-label">${labels.previous}</span> <bdi>${previous.label}</bdi></a>` : html`<span></span>`}
  ${next ? html`<a rel="next" href="${href(site, next.url)}"><span class="across-label">${labels.next}</span> <bdi>${next.label}</bdi></a>` : html`<span></span>`}
</nav>`;
}

/** A bar per period, drawn as inline SVG: bars link to their period. */
export function barChart(site: SiteContext, chart: Chart): SafeHtml {
  const bars = chart.bars;
  if (!bars.length) return html``;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = 100 / bars.length;
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const { words } = site;
  const barFor = (bar: Bar, i: number) => {
    const h = bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / max) * 100));
    const x = (i * width + width * 0.12).toFixed(2);
    const w = (width * 0.76).toFixed(2);
    const title = words.chartBar(bar.label, formatCount(bar.count, words), bar.count);
    const rect = html`<rect x="${x}" y="${100 - h}" width="${w}" height="${h}" class="${bar.count ? "bar" : "bar empty"}"><title>${title}</title></rect>`;
    return bar.url && bar.count ? html`<a href="${href(site, bar.url)}" aria-label="${title}">${rect}</a>` : rect;
  };
  return html`<figure class="chart">
  <figcaption>${chart.title} <span class="chart-total">${words.inAll(formatCount(total, words))}</span></figcaption>
  <svg viewBox="0 0 100 100" preserveAspectRatio="none" role="group" aria-label="${chart.title}" class="bars">${bars.map(barFor)}</svg>
  <ol class="chart-axis" aria-hidden="true">${bars.map((b) => html`<li>${b.shortLabel}</li>`)}</ol>
</figure>`;
}

/** A month as a small calendar: days with articles link to their day page. */
export function calendar(site: SiteContext, cal: Calendar): SafeHtml {
  const max = Math.max(1, ...cal.weeks.flat().map((d) => d?.count ?? 0));
  const { words } = site;
  const n = (value: number) => formatCount(value, words);
  const level = (count: number) => (count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4)));
  return html`<table class="calendar">
  <caption>${words.articlesPerDay(cal.title)}</caption>
  <thead><tr>${words.weekdays.map(([full, short]) => html`<th scope="col" abbr="${full}">${short}</th>`)}</tr></thead>
  <tbody>${cal.weeks.map(
    (week) => html`<tr>${week.map((d) => {
      if (!d) return html`<td></td>`;
      if (!d.url) return html`<td class="level-0"><span>${n(d.day)}</span></td>`;
      return html`<td class="level-${level(d.count)}"><a href="${href(site, d.url)}">${n(d.day)}<span class="visually-hidden">:</span> <span class="count">${n(d.count)}<span class="visually-hidden"> ${words.articles("", d.count).trim()}</span></span></a></td>`;
    })}</tr>`,
  )}</tbody>
</table>`;
}

export function countedLinks(site: SiteContext, links: readonly CountedLink[], className = "counted"): SafeHtml {
  return html`<ul class="${className}">${links.map(
    (l) => html`<li><a href="${href(site, l.url)}" dir="auto">${l.label}</a> <span class="count">${formatCount(l.count, site.words)}</span>${l.note ? html` <span class="note">${l.note}</span>` : ""}</li>`,
  )}</ul>`;
}
