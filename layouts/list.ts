/**
 * A list of articles: a topic, a source, a place, a year, a month, a day, or all articles.
 */
import { html, type SafeHtml } from "../src/html.ts";
import type { ListPage } from "../src/pages.ts";
import { formatCount, languageName, primaryLanguage } from "../src/site-words.ts";
import type { Article } from "../src/types.ts";
import { renderLocatorMap, WORLD_LAND_URL } from "../src/dateline-map.ts";
import { acrossNav, articleList, barChart, calendar, countedLinks, paginationNav } from "./components.ts";
import { href, renderPage, type Section, type SiteContext } from "./page.ts";

const SECTION: Record<ListPage["kind"], Section> = {
  articles: "articles",
  topic: "topics",
  source: "sources",
  place: "places",
  year: "dates",
  month: "dates",
  day: "dates",
};

export function renderListPage(site: SiteContext, page: ListPage): string {
  const { pagination } = page;
  const { words } = site;
  const kindLabel = page.kind === "articles" ? "" : words.kinds[page.kind];
  const pageSuffix = pagination.pageNumber > 1 ? words.pageOf(formatCount(pagination.pageNumber, words), formatCount(pagination.pageCount, words)) : "";
  const childrenHeading = page.kind === "year" ? words.months : words.days;
  const across = page.kind === "articles" ? null : words.across[page.kind];
  const filter = languageFilter(site, page.items);
  // A year or a month lists its months or days, which lead to the articles (src/pages.ts).
  const overview = page.kind === "year" || page.kind === "month";
  const body = html`<header class="list-header">
  ${kindLabel ? html`<p class="kicker">${kindLabel}</p>` : ""}
  <h1><bdi>${page.title}</bdi>${pageSuffix ? html`<span class="page-of">${pageSuffix}</span>` : ""}</h1>
  ${page.description ? html`<p class="list-description">${page.description}</p>` : ""}
  ${page.externalUrl ? html`<p class="list-description"><a href="${page.externalUrl}" rel="noopener noreferrer">${page.externalUrl.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a></p>` : ""}
  ${page.feedUrl ? html`<p class="feed-link"><a href="${href(site, page.feedUrl)}">${words.atomFeed}</a></p>` : ""}
  ${page.coordinates && pagination.pageNumber === 1 ? renderLocatorMap({ name: page.title, coordinates: page.coordinates }, { landHref: href(site, WORLD_LAND_URL), label: words.history.locator(page.title) }) : ""}
</header>
${across ? acrossNav(site, page.previous, page.next, { previous: across[0], next: across[1], aria: across[2] }) : ""}
${page.chart ? barChart(site, page.chart) : ""}
${page.calendar ? calendar(site, page.calendar) : ""}
${overview
  ? html`<section class="children" aria-labelledby="children-heading"><h2 id="children-heading">${childrenHeading}</h2>${paginationNav(site, pagination, words.pagesOfList)}${countedLinks(site, page.children ?? [], "counted columns")}</section>`
  : html`${page.children && page.children.length > 1 ? html`<section class="children" aria-labelledby="children-heading"><h2 id="children-heading">${childrenHeading}</h2>${countedLinks(site, page.children, "counted columns")}</section>` : ""}
<section class="list" aria-labelledby="list-heading">
  <h2 id="list-heading" class="visually-hidden">${words.articlesHeading}</h2>
  ${paginationNav(site, pagination, words.pagesOfList)}
  ${filter}
  ${articleList(site, page.items, { start: pagination.firstIndex, noteFor: page.citing ? (a) => (page.citing?.has(a) ? words.citesIt : undefined) : undefined, headingLevel: 3, excerpts: page.kind !== "articles" })}
  ${pagination.pageCount > 1 ? paginationNav(site, pagination, words.pagesOfListAgain) : ""}
</section>`}`;
  return renderPage({
    site,
    title: `${kindLabel ? `${kindLabel}: ` : ""}${page.title}${pageSuffix}`,
    description: page.description,
    url: page.url,
    section: SECTION[page.kind],
    body,
    breadcrumbs: page.breadcrumbs,
    feed: page.feedUrl ? { url: page.feedUrl, title: words.latestArticlesFeed(page.title) } : null,
    noindex: pagination.pageNumber > 1,
    ...(filter ? { scripts: ["/assets/lists.js"] } : {}),
  });
}

/**
 * A choice of language for a list whose page holds more than one: /assets/lists.js shows only
 * the articles in the language chosen. Hidden until that script runs (it does nothing without).
 */
function languageFilter(site: SiteContext, items: readonly Article[]): SafeHtml | "" {
  const { words } = site;
  const counts = new Map<string, number>();
  for (const article of items) {
    const language = primaryLanguage(article.language || words.language);
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  if (counts.size < 2) return "";
  const languages = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return html`<p class="language-filter" hidden>
    <label for="language-filter">${words.languageFilter}</label>
    <select id="language-filter">
      <option value="">${words.allLanguages} (${formatCount(items.length, words)})</option>
      ${languages.map(([code, n]) => html`<option value="${code}">${languageName(code, words)} (${formatCount(n, words)})</option>`)}
    </select>
  </p>`;
}
