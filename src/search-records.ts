/**
 * What the search index holds for each article: its text, the metadata a result shows
 * (title, date, source) and the filters and sort key the search page offers. Built from the
 * normalized articles, so Pagefind indexes exactly what the article page shows, without
 * reading the page back.
 */
import { DateTime } from "luxon";
import { en } from "../data/i18n/en.ts";
import type { SiteWords } from "../data/i18n/index.ts";
import { periodLabel, primaryLanguage } from "./site-words.ts";
import type { Article } from "./types.ts";

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The instant an article sorts by, in one format for every article (UTC, milliseconds). */
function sortDateOf(article: Article): string {
  const ms = article.date.sortKey;
  // Date's ISO form is luxon's for UTC in years 0 to 9999 (and quicker); luxon elsewhere.
  if (ms >= YEAR_0 && ms < YEAR_10000) return new Date(ms).toISOString();
  return DateTime.fromMillis(ms, { zone: "UTC" }).toISO() ?? article.date.iso;
}
/** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z. */
const YEAR_0 = -62167219200000;
const YEAR_10000 = 253402300800000;

/** Of an article's search record, what its bundle's signature and the search page read: address, language and sort date (the others empty). */
export function searchStub(article: Article, words: SiteWords = en): SearchRecord {
  const language = primaryLanguage(article.language || words.language);
  const sortDate = sortDateOf(article);
  return { url: article.url, content: "", language, meta: { title: "", date: "", language, sorted: sortDate }, filters: {}, sort: { date: sortDate } };
}

/**
 * Each article is indexed in its own language (Pagefind keeps an index per language, with that
 * language's stemmer, and segments Chinese and Japanese into words); an article of no known
 * language, in the site's. Languages are grouped by their primary subtag ("zh-TW" is "zh").
 * `words`: the site's words, for the date a result shows.
 */
export function searchRecord(article: Article, words: SiteWords = en): SearchRecord {
  const language = primaryLanguage(article.language || words.language);
  const sortDate = sortDateOf(article);
  return {
    url: article.url,
    content: `${article.title}\n\n${article.plainText}`,
    language,
    meta: {
      title: article.title,
      date: periodLabel(article.date.day, words),
      ...(article.source ? { source: article.source.name } : {}),
      language,
      // The sort key again, for results sorted by date across languages (layouts/assets/search.js).
      sorted: sortDate,
    },
    filters: searchFilters(article),
    // One instant format for every article, so the sort compares like with like.
    sort: { date: sortDate },
  };
}

/** What an article can be filtered by in search: its topics, source, dateline place and year. */
export function searchFilters(article: Article): Record<string, string[]> {
  return {
    topic: article.topics.map((t) => t.name),
    source: article.source ? [article.source.name] : [],
    place: article.dateline ? [article.dateline.place.name] : [],
    year: [article.date.day.slice(0, 4)],
  };
}

/** Per language, per filter, per value: how many articles (Pagefind's `filters()` as it counts a whole index). */
export type FilterCounts = Record<string, Record<string, Record<string, number>>>;

/**
 * The whole archive's filter counts, per language as search indexes it (searchRecord), for the
 * search page to offer before any search without loading any bundle's filters.
 */
export function filterCounts(articles: Iterable<Article>, words: SiteWords = en): FilterCounts {
  const counted: FilterCounts = {};
  for (const article of articles) addFilterCounts(counted, primaryLanguage(article.language || words.language), searchFilters(article));
  return sortedCounts(counted);
}

/**
 * Adds to `into` one article's filters in `language` (each filter's values), or counts already
 * made (each filter's values with their counts: a bundle's, say).
 */
export function addFilterCounts(into: FilterCounts, language: string, filters: Record<string, readonly string[]> | Record<string, Record<string, number>>): void {
  const byFilter = (into[language] ??= {});
  for (const [filter, values] of Object.entries(filters)) {
    const byValue = (byFilter[filter] ??= {});
    if (Array.isArray(values)) for (const value of values) byValue[value] = (byValue[value] ?? 0) + 1;
    else for (const [value, n] of Object.entries(values as Record<string, number>)) byValue[value] = (byValue[value] ?? 0) + n;
  }
}

/** Languages, filters and values in code-point order, so the same archive gives the same file. */
export function sortedCounts(counts: FilterCounts): FilterCounts {
  return sortedDeep(counts) as FilterCounts;
}

function sortedDeep(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortedDeep(inner)]));
}
