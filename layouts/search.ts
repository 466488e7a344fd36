/**
 * The search page. The form works without JavaScript (it reloads with ?q=); with it,
 * /assets/search.js runs the query against the Pagefind index (all its bundles), with filters
 * and sorting.
 */
import { html } from "../src/html.ts";
import { href, renderPage, type SiteContext } from "./page.ts";

/** `bundles`: the search index's folders, site-relative, oldest articles first (src/search-bundles.ts). */
export function renderSearchPage(site: SiteContext, bundles: readonly string[]): string {
  const body = html`<header class="list-header"><h1>Search</h1></header>
<div class="search" data-pagefind-bundles="${bundles.map((b) => href(site, b)).join(" ")}">
  <form class="search-form" role="search" aria-label="Search articles" action="${href(site, "/search/")}" method="get">
    <label for="search-q">Words to find</label>
    <div class="search-row">
      <input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false">
      <button type="submit">Search</button>
    </div>
    <div class="search-sort">
      <label for="search-sort">Order</label>
      <select id="search-sort" name="sort">
        <option value="">Best match</option>
        <option value="date-desc">Newest first</option>
        <option value="date-asc">Oldest first</option>
      </select>
    </div>
  </form>
  <div class="search-layout">
    <details class="search-filters-box" id="search-filters-box" open>
      <summary>Filter results</summary>
      <div class="search-filters" id="search-filters"></div>
    </details>
    <div class="search-results">
      <p class="search-status" id="search-status" role="status" aria-live="polite">Type a word to search ${site.title}.</p>
      <ol class="cards" id="search-results"></ol>
      <p class="more"><button type="button" id="search-more" hidden>Show more results</button></p>
    </div>
  </div>
  <noscript><p>Search needs JavaScript. Browse by <a href="${href(site, "/topics/")}">topic</a>, <a href="${href(site, "/sources/")}">source</a>, <a href="${href(site, "/places/")}">place</a> or <a href="${href(site, "/articles/")}">date</a> instead.</p></noscript>
</div>`;
  return renderPage({ site, title: "Search", url: "/search/", section: "search", body, scripts: ["/assets/search.js"] });
}
