/**
 * A list of articles: a topic, a source, a place, a year, a month, a day, or all articles.
 */
import { html } from "../src/html.ts";
import type { ListPage } from "../src/pages.ts";
import { acrossNav, articleList, barChart, calendar, countedLinks, paginationNav } from "./components.ts";
import { href, renderPage, type Section, type SiteContext } from "./page.ts";

const KIND_LABEL: Record<ListPage["kind"], string> = {
  articles: "",
  topic: "Topic",
  source: "Source",
  place: "Place",
  year: "Year",
  month: "Month",
  day: "Day",
};

const SECTION: Record<ListPage["kind"], Section> = {
  articles: "articles",
  topic: "topics",
  source: "sources",
  place: "places",
  year: "dates",
  month: "dates",
  day: "dates",
};

const ACROSS: Record<ListPage["kind"], { previous: string; next: string; aria: string }> = {
  articles: { previous: "", next: "", aria: "" },
  topic: { previous: "← Topic", next: "Topic →", aria: "Neighbouring topics" },
  source: { previous: "← Source", next: "Source →", aria: "Neighbouring sources" },
  place: { previous: "← Place", next: "Place →", aria: "Neighbouring places" },
  year: { previous: "← Earlier year", next: "Later year →", aria: "Earlier and later years" },
  month: { previous: "← Earlier month", next: "Later month →", aria: "Earlier and later months" },
  day: { previous: "← Earlier day", next: "Later day →", aria: "Earlier and later days" },
};

export function renderListPage(site: SiteContext, page: ListPage): string {
  const { pagination } = page;
  const kindLabel = KIND_LABEL[page.kind];
  const pageSuffix = pagination.pageNumber > 1 ? ` (page ${pagination.pageNumber} of ${pagination.pageCount})` : "";
  const childrenHeading = page.kind === "year" ? "Months" : "Days";
  const body = html`<header class="list-header">
  ${kindLabel ? html`<p class="kicker">${kindLabel}</p>` : ""}
  <h1>${page.title}${pageSuffix ? html`<span class="page-of">${pageSuffix}</span>` : ""}</h1>
  ${page.description ? html`<p class="list-description">${page.description}</p>` : ""}
  ${page.externalUrl ? html`<p class="list-description"><a href="${page.externalUrl}" rel="noopener noreferrer">${page.externalUrl.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a></p>` : ""}
  ${page.feedUrl ? html`<p class="feed-link"><a href="${href(site, page.feedUrl)}">Atom feed</a></p>` : ""}
</header>
${acrossNav(site, page.previous, page.next, ACROSS[page.kind])}
${page.chart ? barChart(site, page.chart) : ""}
${page.calendar ? calendar(site, page.calendar) : ""}
${page.children && page.children.length > 1 ? html`<section class="children" aria-labelledby="children-heading"><h2 id="children-heading">${childrenHeading}</h2>${countedLinks(site, page.children, "counted columns")}</section>` : ""}
<section class="list" aria-labelledby="list-heading">
  <h2 id="list-heading" class="visually-hidden">Articles</h2>
  ${paginationNav(site, pagination, "Pages of this list")}
  ${articleList(site, page.items, { start: pagination.firstIndex, noteFor: page.citing ? (a) => (page.citing?.has(a) ? "cites it" : undefined) : undefined, headingLevel: 3 })}
  ${pagination.pageCount > 1 ? paginationNav(site, pagination, "Pages of this list, again") : ""}
</section>`;
  return renderPage({
    site,
    title: `${kindLabel ? `${kindLabel}: ` : ""}${page.title}${pageSuffix}`,
    description: page.description,
    url: page.url,
    section: SECTION[page.kind],
    body,
    breadcrumbs: page.breadcrumbs,
    feed: page.feedUrl ? { url: page.feedUrl, title: `${page.title}: latest articles` } : null,
    noindex: pagination.pageNumber > 1,
  });
}
