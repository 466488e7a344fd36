/**
 * The pages that read the archive as history: a story (its articles by day, with a strip of
 * articles per day drawn as inline SVG), the index of stories, a story's kept old address, On this day (the index of calendar days and a day's
 * articles across years). What they show is planned in src/history-pages.ts.
 */
import { clockTime } from "../src/dates.ts";
import { html, type SafeHtml } from "../src/html.ts";
import { STORIES_PAGE_SIZE, type OnThisDayPage, type StoriesIndexPage, type StoryPage, type StoryRedirectPage, type StripDay } from "../src/history-pages.ts";
import { formatCount, localDigits, periodLabel } from "../src/site-words.ts";
import type { Article } from "../src/types.ts";
import { acrossNav, articleList, joinWith, machineDate, paginationNav } from "./components.ts";
import { href, langAttributes, renderPage, type SiteContext } from "./page.ts";

const STRIP_DAY_WIDTH = 22;
const STRIP_HEIGHT = 48;

/** Articles per day across the story's span, one bar a day, as inline SVG. */
export function storyStrip(site: SiteContext, strip: readonly StripDay[]): SafeHtml {
  const { words } = site;
  const max = Math.max(1, ...strip.map((d) => d.count));
  const width = strip.length * STRIP_DAY_WIDTH;
  const bars = strip.map((day, i) => {
    const height = day.count ? Math.max(4, Math.round(((STRIP_HEIGHT - 8) * day.count) / max)) : 1;
    const label = words.history.stripDay(periodLabel(day.day, words), formatCount(day.count, words), day.count);
    return html`<rect class="${day.count ? "strip-bar" : "strip-empty"}" x="${i * STRIP_DAY_WIDTH + 3}" y="${STRIP_HEIGHT - height}" width="${STRIP_DAY_WIDTH - 6}" height="${height}"><title>${label}</title></rect>`;
  });
  return html`<svg class="story-strip" viewBox="0 0 ${width} ${STRIP_HEIGHT}" width="${width}" height="${STRIP_HEIGHT}" role="img" aria-label="${words.history.articlesPerDay}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

function timeOf(site: SiteContext, article: Article): string | null {
  return article.date.hasTime ? localDigits(clockTime(article.date), site.words) : null;
}

export function renderStoryPage(site: SiteContext, page: StoryPage): string {
  const { words } = site;
  const { story } = page;
  const [first, last] = [periodLabel(story.firstDay, words), periodLabel(story.lastDay, words)];
  const summary = words.history.storySummary(formatCount(story.articles.length, words), story.articles.length, words.history.span(first, last));
  const facts: SafeHtml[] = [html`<span>${summary}</span>`];
  if (story.agencies.length) {
    facts.push(html`<span>${words.history.reportedBy}: ${joinWith(story.agencies.map((a) => html`<a href="${href(site, `/sources/${a.slug}/`)}">${a.name}</a>`), html`, `)}</span>`);
  }
  if (story.places.length) {
    facts.push(html`<span>${words.history.filedFrom}: ${joinWith(story.places.map((p) => html`<a href="${href(site, `/places/${p.slug}/`)}">${p.name}</a>`), html`, `)}</span>`);
  }
  const days = story.timeline.map((day) => html`<li>
    <h3><a href="${href(site, `/${day.day.replace(/-/g, "/")}/`)}"><time datetime="${day.day}">${periodLabel(day.day, words)}</time></a></h3>
    <ol class="timeline-articles">${day.articles.map((article) => {
      const time = timeOf(site, article);
      const meta = [
        ...(time ? [html`<time datetime="${machineDate(article.date)}">${time}</time>`] : []),
        ...(article.source ? [html`<span>${article.source.shortName}</span>`] : []),
        ...(article.dateline ? [html`<span>${article.dateline.place.name}</span>`] : []),
      ];
      return html`<li><a href="${href(site, article.url)}"${langAttributes(article.language === words.language ? null : article.language)}>${article.title}</a>${meta.length ? html` <span class="timeline-meta">${joinWith(meta, html`<span class="sep" aria-hidden="true"> · </span>`)}</span>` : ""}</li>`;
    })}</ol>
  </li>`);
  const body = html`<header class="list-header">
  <p class="kicker">${words.history.story}</p>
  <h1>${story.title}</h1>
  <p class="list-description">${joinWith(facts, html`<span class="sep" aria-hidden="true"> · </span>`)}</p>
</header>
<section class="story-timeline" aria-labelledby="timeline-heading">
  <h2 id="timeline-heading">${words.history.timeline}</h2>
  ${storyStrip(site, page.strip)}
  <ol class="timeline">${days}</ol>
</section>`;
  const description = words.history.storyDescription(formatCount(story.articles.length, words), story.articles.length, first, last);
  return renderPage({ site, title: story.title, description, url: page.url, section: "dates", body, breadcrumbs: page.breadcrumbs });
}

/** A page of the index of stories: each a line with its span, size and agencies. */
export function renderStoriesIndex(site: SiteContext, page: StoriesIndexPage): string {
  const { words } = site;
  const counted = { pageSize: STORIES_PAGE_SIZE, none: "", all: words.history.storiesCount, range: words.history.storiesRange };
  const rows = page.stories.map((story) => {
    const span = words.history.storySummary(
      formatCount(story.articles.length, words),
      story.articles.length,
      words.history.span(periodLabel(story.firstDay, words), periodLabel(story.lastDay, words)),
    );
    const language = story.articles[0]?.language ?? null;
    const agencies = story.agencies.map((a) => a.shortName).join(", ");
    return html`<li><a href="${href(site, story.url)}"${langAttributes(language === words.language ? null : language)}>${story.title}</a>
<p class="story-meta">${span}${agencies ? html`<span class="sep" aria-hidden="true"> · </span>${agencies}` : ""}</p></li>`;
  });
  const body = html`<header class="list-header">
  <h1>${page.title}</h1>
  <p class="list-description">${words.history.storiesDescription}</p>
</header>
${paginationNav(site, page.pagination, words.history.storiesPages, counted)}
<ol class="story-list" start="${page.pagination.firstIndex}">${rows}</ol>`;
  return renderPage({
    site,
    title: page.pagination.pageNumber > 1 ? `${page.title} (${words.page(formatCount(page.pagination.pageNumber, words))})` : page.title,
    description: words.history.storiesDescription,
    url: page.url,
    section: "dates",
    body,
    breadcrumbs: page.breadcrumbs,
    noindex: page.pagination.pageNumber > 1,
  });
}

/** A story's old address: it sends the reader on at once, and says where to. */
export function renderStoryRedirect(site: SiteContext, page: StoryRedirectPage): string {
  const body = html`<p class="moved">${site.words.history.storyMoved} <a href="${href(site, page.redirectTo)}">${page.title}</a></p>`;
  return renderPage({ site, title: page.title, url: page.url, section: "dates", body, breadcrumbs: page.breadcrumbs, noindex: true, redirectTo: page.redirectTo });
}

export function renderOnThisDayPage(site: SiteContext, page: OnThisDayPage): string {
  const { words } = site;
  if (!page.day) {
    const body = html`<header class="list-header">
  <h1>${page.title}</h1>
  <p class="list-description">${words.history.onThisDayDescription}</p>
  <p class="on-this-day-today" id="on-this-day-today" data-label="${words.history.today}" hidden></p>
</header>
<section aria-labelledby="days-heading">
  <h2 id="days-heading">${words.history.everyDay}</h2>
  <div class="on-this-day-months">${words.monthNames.map((month, m) => {
    const days = page.days.filter((d) => Number(d.monthDay.slice(0, 2)) === m + 1);
    return html`<section class="on-this-day-month" aria-labelledby="month-${m + 1}"><h3 id="month-${m + 1}">${month}</h3>
    <ol class="on-this-day-days">${days.map((d) => html`<li data-month-day="${d.monthDay}"${d.count ? html` class="has-articles"` : ""}><a href="${href(site, d.url)}" aria-label="${words.history.mapDot(d.label, formatCount(d.count, words), d.count)}">${localDigits(String(Number(d.monthDay.slice(3))), words)}</a><span class="count" hidden>${formatCount(d.count, words)}</span></li>`)}</ol></section>`;
  })}</div>
</section>`;
    return renderPage({ site, title: page.title, description: words.history.onThisDayDescription, url: page.url, section: "dates", body, breadcrumbs: page.breadcrumbs, scripts: ["/assets/on-this-day.js"] });
  }
  const years = page.day.years.map((year) => html`<section aria-labelledby="year-${year.year}">
  <h2 id="year-${year.year}"><a href="${href(site, `/${year.year}/`)}">${words.history.inYear(localDigits(year.year, words), formatCount(year.articles.length, words), year.articles.length)}</a></h2>
  ${articleList(site, year.articles, { headingLevel: 3, excerpts: false })}
</section>`);
  const body = html`<header class="list-header">
  <h1>${page.title}</h1>
  <p class="list-description">${page.day.count ? words.articles(formatCount(page.day.count, words), page.day.count) : words.history.noArticlesOnDay}</p>
</header>
${years}
${acrossNav(site, page.previous, page.next, { previous: words.earlier, next: words.later, aria: words.history.onThisDay })}`;
  return renderPage({ site, title: page.title, description: words.history.onThisDayDescription, url: page.url, section: "dates", body, breadcrumbs: page.breadcrumbs });
}
