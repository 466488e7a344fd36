/**
 * The search page. The form works without JavaScript (it reloads with ?q=); with it,
 * /assets/search.js runs the query against the Pagefind index (all its bundles and languages),
 * with filters and sorting. The script's words and the archive's languages come in a JSON block.
 *
 * The page holds nothing per bundle, so a first search costs the same however many bundles the
 * archive has: which bundles hold each language and each bundle's stretch of time are
 * /search/bundles.json (renderSearchBundles), read once older bundles join a search. (At 1,109
 * bundles, the list in the page was 78 kB of a first search's 348.)
 */
import { html, SafeHtml } from "../src/html.ts";
import type { FilterCounts } from "../src/search-records.ts";
import { languageName, textDirection } from "../src/site-words.ts";
import { href, renderPage, type SiteContext } from "./page.ts";

/** What the search page and its bundle list read of a bundle (a SearchBundle is one). */
export interface SearchBundleInfo {
  /** The languages it holds an index for, with their counts. */
  languages: Readonly<Record<string, number>>;
  /** Its oldest and newest articles' sort dates (src/search-bundles.ts). */
  dates?: readonly [string, string] | null;
}

/** The address of the bundle list beside the search page. */
export const SEARCH_BUNDLES_URL = "/search/bundles.json";
/** The address of the whole archive's filter counts beside the search page. */
export const SEARCH_FILTERS_URL = "/search/filters.json";

/** The languages of the archive, in code order, each with the bundles (their numbers, oldest first) that hold it. */
function bundlesByLanguage(bundles: readonly SearchBundleInfo[]): [string, number[]][] {
  const codes = [...new Set(bundles.flatMap((b) => Object.keys(b.languages)))].sort();
  return codes.map((code) => [code, bundles.flatMap((b, i) => (b.languages[code] ? [i] : []))]);
}

/**
 * `bundles`: the search index's bundles, oldest articles first: bundle i is at /pagefind/b{i}/,
 * as src/search-bundles.ts names it (the page gives the script the folder and the count).
 */
export function renderSearchPage(site: SiteContext, bundles: readonly SearchBundleInfo[]): string {
  const { words } = site;
  const w = words.search;
  const data = {
    words: { ...w, typeToSearch: w.typeToSearch(site.title), noScript: undefined },
    locale: words.locale,
    bundles: bundles.length,
    // Each language's count, and its oldest and newest bundles: what a first search needs.
    languages: bundlesByLanguage(bundles).map(([code, held]) => ({
      code,
      name: languageName(code, words),
      dir: textDirection(code),
      count: bundles.reduce((n, b) => n + (b.languages[code] ?? 0), 0),
      oldest: held[0],
      newest: held.at(-1),
    })),
  };
  const body = html`<header class="list-header"><h1>${w.title}</h1></header>
<div class="search" data-pagefind="${href(site, "/pagefind/")}" data-bundle-list="${href(site, SEARCH_BUNDLES_URL)}" data-filter-counts="${href(site, SEARCH_FILTERS_URL)}">
  <form class="search-form" role="search" aria-label="${w.searchArticles}" action="${href(site, "/search/")}" method="get">
    <label for="search-q">${w.wordsToFind}</label>
    <div class="search-row">
      <input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false" dir="auto">
      <button type="submit">${words.searchButton}</button>
    </div>
    <div class="search-sort">
      <label for="search-sort">${w.order}</label>
      <select id="search-sort" name="sort">
        <option value="">${w.bestMatch}</option>
        <option value="date-desc">${w.newestFirst}</option>
        <option value="date-asc">${w.oldestFirst}</option>
      </select>
    </div>
  </form>
  <div class="search-layout">
    <details class="search-filters-box" id="search-filters-box" open>
      <summary>${w.filterResults}</summary>
      <div class="search-filters" id="search-filters"></div>
    </details>
    <div class="search-results">
      <p class="search-status" id="search-status" role="status" aria-live="polite">${w.typeToSearch(site.title)}</p>
      <ol class="cards" id="search-results"></ol>
      <p class="more"><button type="button" id="search-more" hidden>${w.showMore}</button></p>
    </div>
  </div>
  <noscript><p>${w.noScript.before} <a href="${href(site, "/topics/")}">${w.noScript.topic}</a>, <a href="${href(site, "/sources/")}">${w.noScript.source}</a>, <a href="${href(site, "/places/")}">${w.noScript.place}</a> ${w.noScript.or} <a href="${href(site, "/articles/")}">${w.noScript.date}</a> ${w.noScript.after}</p></noscript>
  <script type="application/json" id="search-data">${jsonAsLatin1(data)}</script>
</div>`;
  return renderPage({ site, title: w.title, url: "/search/", section: "search", body, scripts: ["/assets/search.js"] });
}

/**
 * /search/bundles.json: the bundles (their numbers, oldest first) that hold each language, and
 * each bundle's stretch of time (its oldest and newest articles' sort dates), for searches sorted
 * by date. The search page reads it once older bundles join a search.
 */
export function renderSearchBundles(bundles: readonly SearchBundleInfo[]): string {
  return `${JSON.stringify({ languages: Object.fromEntries(bundlesByLanguage(bundles)), dates: bundles.map((b) => b.dates ?? null) })}\n`;
}

/**
 * /search/filters.json: per language, each filter's values with their article counts
 * (src/search-records.ts, filterCounts). A reader arriving to browse sees the filters from it,
 * with nothing of the index loaded but the newest bundle.
 */
export function renderSearchFilterCounts(counts: FilterCounts): string {
  return `${JSON.stringify(counts)}\n`;
}

/** JSON for a data block, every character past Latin-1 escaped (the page stays one byte a character). */
function jsonAsLatin1(value: unknown): SafeHtml {
  const json = JSON.stringify(value).replace(/[<\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return new SafeHtml(json);
}
