/**
 * A list of articles: a topic, a source, a place, a year, a month, a day, or all articles.
 */
import { html, type SafeHtml } from "../src/html.ts";
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

// Arrows as character references: they keep a page of Latin-1 text a one-byte string while the
// build holds it (see the README's Speed section).
const ACROSS: Record<ListPage["kind"], { previous: SafeHtml | string; next: SafeHtml | string; aria: string }> = {
  articles: { previous: "", next: "", aria: "" },
  topic: { previous: html`&larr; Topic`, next: html`Topic &rarr;`, aria: "Neighbouring topics" },
  source: { previous: html`&larr; Source`, next: html`Source &rarr;`, aria: "Neighbouring sources" },
  place: { previous: html`&larr; Place`, next: html`Place &rarr;`, aria: "Neighbouring places" },
  year: { previous: html`&larr; Earlier year`, next: html`Later year &rarr;`, aria: "Earlier and later years" },
  month: { previous: html`&larr; Earlier month`, next: html`Later month &rarr;`, aria: "Earlier and later months" },
  day: { previous: html`&larr; Earlier day`, next: html`Later day &rarr;`, aria: "Earlier and later days" },
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
