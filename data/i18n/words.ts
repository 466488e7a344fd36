/**
 * The site's own words: navigation, labels, headings, messages, the search page's text, month
 * names. One file per language (en.ts, fa.ts), each a `SiteWords`: a key missing from a language
 * is a type error. SITE_LANGUAGE chooses one (src/site-options.ts); index.ts lists them.
 *
 * Words are plain text; a value typed `Markup` may also be `html\`…\`` for a character reference
 * (the English words keep pages of Latin-1 articles one byte a character: `&ndash;`, `&rarr;`).
 */
import type { SafeHtml } from "../../src/html.ts";

export type Markup = string | SafeHtml;

export interface SiteWords {
  /** BCP 47 tag for Intl (numbers, dates, language names): "en-GB", "fa-IR". */
  locale: string;
  /** A `<html lang>` value: "en", "fa". */
  language: string;
  monthNames: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** Monday first, as the calendars are drawn: [full name, short name]. */
  weekdays: readonly [readonly [string, string], readonly [string, string], readonly [string, string], readonly [string, string], readonly [string, string], readonly [string, string], readonly [string, string]];
  /** "21 September 2023" from day, month name and year (numbers already formatted). */
  dayLabel: (day: string, month: string, year: string) => string;
  /** "September 2023". */
  monthLabel: (month: string, year: string) => string;
  /** "Tehran time" for a zone's city. */
  zoneTime: (city: string) => string;
  /** "21 September 2023, 14:05 Tehran time". */
  dateWithTime: (day: string, time: string) => string;

  skipLink: string;
  home: string;
  nav: { articles: string; topics: string; sources: string; places: string; label: string };
  breadcrumb: string;
  siteSearch: string;
  searchTheArchive: string;
  searchButton: string;
  footerAbout: (siteTitle: string) => string;
  footerRights: string;
  atomFeed: string;
  jsonExport: string;
  sitemap: string;
  latestArticlesFeed: (title: string) => string;

  articles: (n: string, count: number) => string;
  noArticles: string;
  noArticlesYet: string;
  articlesRange: (first: string, last: string, total: string) => Markup;
  page: (n: string) => string;
  pageCurrent: (n: string) => string;
  newer: Markup;
  older: Markup;
  pagesOfList: string;
  pagesOfListAgain: string;
  pageOf: (n: string, of: string) => string;

  kinds: { topic: string; source: string; place: string; year: string; month: string; day: string };
  across: {
    topic: [Markup, Markup, string];
    source: [Markup, Markup, string];
    place: [Markup, Markup, string];
    year: [Markup, Markup, string];
    month: [Markup, Markup, string];
    day: [Markup, Markup, string];
  };
  months: string;
  days: string;
  articlesHeading: string;
  citesIt: string;
  /** The language filter on lists. */
  languageFilter: string;
  allLanguages: string;
  inAll: (n: string) => string;
  chartBar: (label: string, n: string, count: number) => string;
  articlesPerDay: (month: string) => string;

  allArticles: string;
  latestArticles: string;
  topics: string;
  sources: string;
  places: string;
  topicsDescription: string;
  sourcesDescription: string;
  placesDescription: string;
  topicFeed: (name: string) => string;
  sourceFeed: (name: string) => string;
  articlesPerYear: string;
  articlesPerMonthIn: (year: string) => string;
  sourceOwn: (n: string, count: number, name: string) => string;
  sourceCiting: (n: string, count: number) => string;
  notInRegistry: string;
  notInGazetteer: string;
  citedBy: (n: string) => string;
  ownCitedBy: (own: string, cited: string) => string;
  indexCount: (n: string, count: number, kind: "topics" | "sources" | "places") => string;
  mostArticles: string;
  allAToZ: string;
  aToZ: string;
  noneYet: string;

  homeLede: (n: string, count: number, range: Markup) => Markup;
  homeRange: (first: Markup, last: Markup) => Markup;
  homeDescription: (n: string) => string;
  allArticlesLink: (n: string) => Markup;
  years: string;
  topTopics: string;
  allTopics: Markup;
  allSources: Markup;
  everyPlace: Markup;

  dateline: string;
  factTopics: string;
  factCites: string;
  factDateline: string;
  factAuthor: string;
  factOriginal: string;
  factSaved: string;
  factLanguage: string;
  factLength: string;
  words: (n: string) => string;
  factFile: string;
  aboutArticle: string;
  headlineOnly: string;
  earlier: string;
  later: string;
  beforeAndAfter: string;
  relatedArticles: string;
  /** The article's date in its own calendar: "Solar Hijri calendar". */
  calendarNames: Record<string, string>;

  notFoundTitle: string;
  notFoundText: (siteTitle: string) => string;
  notFoundAll: string;

  search: SearchWords;
  /** Stories, On this day, the map of datelines, provenance (issue 13). */
  history: HistoryWords;
}

/** The words of the pages that read the archive as history: stories, on this day, the map. */
export interface HistoryWords {
  /** "Part of the story:" before the story's title on an article page. */
  partOfStory: string;
  /** "7 articles, 3 March 1987 – 9 March 1987". */
  storySummary: (n: string, count: number, span: Markup) => Markup;
  /** A span of days: "3 March 1987 – 9 March 1987"; first === last for one day. */
  span: (first: string, last: string) => Markup;
  /** "A story of 7 articles from 3 to 9 March 1987", for the page's description. */
  storyDescription: (n: string, count: number, first: string, last: string) => string;
  story: string;
  /** The stories index: its title, its description, and its count line. */
  stories: string;
  storiesDescription: string;
  /** "208 stories" (one page) or "Stories 1–50 of 208". */
  storiesCount: (n: string, count: number) => string;
  storiesRange: (first: string, last: string, total: string) => Markup;
  /** A page of the stories index, for the pager's accessible name. */
  storiesPages: string;
  /** The home page's link to the index: "Every story (208) →". */
  allStories: (n: string) => Markup;
  /** A story's old address, kept as a redirect: "This story is now at". */
  storyMoved: string;
  timeline: string;
  /** The timeline strip's accessible name. */
  articlesPerDay: string;
  /** A day of the strip: "3 March 1987: 2 articles". */
  stripDay: (day: string, n: string, count: number) => string;
  reportedBy: string;
  filedFrom: string;
  alsoReportedBy: string;
  onThisDay: string;
  onThisDayDescription: string;
  /** "On this day: 21 September". */
  onThisDayTitle: (dayMonth: string) => string;
  /** "21 September". */
  dayMonth: (day: string, month: string) => string;
  /** Filled in by the page's script: "Today, {day}:". */
  today: string;
  noArticlesOnDay: string;
  everyDay: string;
  /** "1987: 3 articles". */
  inYear: (year: string, n: string, count: number) => string;
  mapTitle: string;
  mapNote: string;
  /** A dot's name: "Moscow: 12 articles". */
  mapDot: (place: string, n: string, count: number) => string;
  /** "Moscow on a world map". */
  locator: (place: string) => string;
  factSha256: string;
  factSavedFile: string;
  savedFileLink: string;
}

/** What the search page's script says; handed to it as JSON. `{n}`, `{q}` are filled in. */
export interface SearchWords {
  title: string;
  wordsToFind: string;
  order: string;
  bestMatch: string;
  newestFirst: string;
  oldestFirst: string;
  filterResults: string;
  showMore: string;
  typeToSearch: (siteTitle: string) => string;
  noScript: { before: string; topic: string; source: string; place: string; or: string; date: string; after: string };
  searchArticles: string;
  /** Filter legends. */
  topic: string;
  source: string;
  place: string;
  year: string;
  language: string;
  typeOrFilter: string;
  /** In the filters' place while their counts load (in a large archive, after every bundle is searched). */
  filtersLoading: string;
  searching: string;
  /** " for “{q}”". */
  forQuery: string;
  foundPartial: string;
  noneFound: string;
  oneFound: string;
  manyFound: string;
  unavailable: string;
}
