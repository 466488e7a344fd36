/**
 * Which pages the site has, and what each one shows. This is the one place to read for that.
 *
 *   /                                  home: latest articles, top topics, sources, years
 *   /articles/ (…/page/N/)             every article, newest first
 *   /YYYY/MM/DD/slug/                  one article
 *   /topics/, /topics/<slug>/          topic index, one page per topic (+ feed.xml)
 *   /sources/, /sources/<slug>/        source index, one page per agency (+ feed.xml)
 *   /places/, /places/<slug>/          place index with the map of datelines, one page per
 *                                      dateline place with its locator map
 *   /stories/ (…/page/N/)              every story of two or more articles, newest first
 *   /stories/<slug>/                   a story: its articles across days and agencies, a timeline
 *                                      (an old name the URL ledger keeps leads on to its story)
 *   /on-this-day/, /on-this-day/MM-DD/ every calendar day; the articles of one across all years
 *   /YYYY/, /YYYY/MM/, /YYYY/MM/DD/    date archives: a year's months and a month's days,
 *                                      with counts; a day's articles
 *   /search/                           Pagefind search
 *   /feed.xml, /sitemap.xml, /api/articles.json, /404.html
 *
 * Every list is paginated, newest first. URLs here are site-relative and carry no path
 * prefix; layouts add it.
 */
import { DateTime } from "luxon";
import type { Archive, ArticleGroup, ArticleLinks, Period, SourceGroup } from "./archive.ts";
import { en } from "../data/i18n/en.ts";
import type { SiteWords } from "../data/i18n/index.ts";
import { formatCount, localDigits, monthName, periodLabel } from "./site-words.ts";
import type { Agency, Article, Place, Topic } from "./types.ts";
import type { AlsoReported } from "./also-reported.ts";
import type { MapPoint } from "./dateline-map.ts";
import { pageUrl, paginateItems, type Pagination } from "./pagination.ts";
import {
  placeMapPoints,
  planOnThisDayPages,
  planStoriesIndex,
  planStoryPages,
  planStoryRedirects,
  storyLine,
  type OnThisDayPage,
  type StoriesIndexPage,
  type StoryLine,
  type StoryPage,
  type StoryRedirectPage,
} from "./history-pages.ts";

/**
 * Articles a list page holds. Each list page also carries the site's head, header, footer and
 * pagination (about 4 kB), so 50 rather than 20 writes 40% fewer list pages (Reuters bench:
 * 4,655 -> 2,721, 0.6 kB an article less) and asks fewer clicks of a reader going through a list.
 */
export const PAGE_SIZE = 50;
export const FEED_SIZE = 30;
const HOME_LATEST = 12;
const HOME_TOP_TOPICS = 24;
const HOME_STORIES = 4;

export interface Link {
  label: string;
  url: string;
}

export interface CountedLink extends Link {
  count: number;
  /** A second line of description ("Iran", "3 cite it"). */
  note?: string;
}

export type { Pagination } from "./pagination.ts";

export interface Bar {
  label: string;
  /** A short label for the axis ("J" for January, "2023"). */
  shortLabel: string;
  url: string | null;
  count: number;
}

export interface Chart {
  title: string;
  bars: Bar[];
}

export interface CalendarDay {
  day: number;
  url: string | null;
  count: number;
}

export interface Calendar {
  title: string;
  /** Weeks starting on Monday; null pads days outside the month. */
  weeks: (CalendarDay | null)[][];
}

export type ListKind = "articles" | "topic" | "source" | "place" | "year" | "month" | "day";

export interface ListPage {
  kind: ListKind;
  url: string;
  title: string;
  /** A line under the heading ("Tehran, Iran · Asia/Tehran"). */
  description: string | null;
  breadcrumbs: Link[];
  items: Article[];
  pagination: Pagination;
  /** Previous and next period, or neighbours in the index. */
  previous: Link | null;
  next: Link | null;
  feedUrl: string | null;
  /** Shown on the first page only. */
  chart: Chart | null;
  calendar: Calendar | null;
  /** Sub-periods with counts (months of a year, days of a month). */
  children: CountedLink[] | null;
  /** For a source: its home page. */
  externalUrl: string | null;
  /** For a source page: which articles only cite it. */
  citing: Set<Article> | null;
  /** For a place page: its longitude and latitude, for the locator map. */
  coordinates: readonly [number, number] | null;
}

export type IndexKind = "topics" | "sources" | "places";

export interface IndexPage {
  kind: IndexKind;
  url: string;
  title: string;
  description: string;
  breadcrumbs: Link[];
  /** By name. */
  entries: CountedLink[];
  /** By count, the ten largest. */
  top: CountedLink[];
  /** The places index: a dot per placed dateline (src/dateline-map.ts). */
  map: MapPoint[] | null;
}

export interface ArticlePage extends ArticleLinks {
  url: string;
  article: Article;
  breadcrumbs: Link[];
  /** The story it belongs to (src/stories.ts). */
  story: StoryLine | null;
  /** Other agencies' copies and the agencies it cites (src/also-reported.ts). */
  alsoReported: AlsoReported<Article>[];
}

export interface HomePage {
  url: string;
  total: number;
  latest: Article[];
  topTopics: CountedLink[];
  sources: CountedLink[];
  years: CountedLink[];
  chart: Chart | null;
  /** The newest stories, and how many the archive has. */
  stories: StoryLine[];
  storyCount: number;
  /** The range covered, for the introduction. */
  first: Article | null;
  last: Article | null;
}

export interface FeedPage {
  url: string;
  title: string;
  /** The page the feed mirrors. */
  alternateUrl: string;
  articles: Article[];
}

export interface SitePlan {
  home: HomePage;
  articles: ArticlePage[];
  lists: ListPage[];
  indexes: IndexPage[];
  feeds: FeedPage[];
  stories: StoryPage[];
  /** The index of stories, a page per STORIES_PAGE_SIZE (none without stories). */
  storiesIndex: StoriesIndexPage[];
  /** Old addresses of stories the URL ledger keeps: not in the sitemap. */
  storyRedirects: StoryRedirectPage[];
  onThisDay: OnThisDayPage[];
  /** Every HTML page's URL, for the sitemap. */
  urls: string[];
}

export { monthName, periodLabel };

/** `words`: the site's own words (data/i18n/), for titles, labels and breadcrumbs. */
/** `history: false` plans no on-this-day pages and no maps: only the benchmark asks, to measure their cost. */
export interface PlanFeatures {
  history?: boolean;
}

export function planSite(archive: Archive, words: SiteWords = en, features: PlanFeatures = {}): SitePlan {
  const history = features.history !== false;
  const w = words;
  const lists: ListPage[] = [];
  const indexes: IndexPage[] = [];
  const feeds: FeedPage[] = [];
  const home: Link = { label: w.home, url: "/" };

  // Every article, newest first.
  lists.push(...paginate(archive.articles, "/articles/", (pagination, items) => listPage("articles", pagination.pageNumber === 1 ? "/articles/" : pageUrl("/articles/", pagination.pageNumber), {
    title: w.allArticles,
    breadcrumbs: [home],
    items,
    pagination,
    feedUrl: "/feed.xml",
  })));
  feeds.push({ url: "/feed.xml", title: w.latestArticles, alternateUrl: "/", articles: archive.articles.slice(0, FEED_SIZE) });

  // Topics.
  const topicsIndex: Link = { label: w.topics, url: "/topics/" };
  indexes.push(indexPage(w, "topics", w.topics, w.topicsDescription, archive.topics, (g) => g.key.name, () => undefined));
  archive.topics.forEach((group, index) => {
    const url = `/topics/${group.slug}/`;
    const neighbours = neighbourLinks(archive.topics, index, (g) => ({ label: g.key.name, url: `/topics/${g.slug}/` }));
    lists.push(...groupPages(group, url, {
      kind: "topic",
      title: group.key.name,
      description: null,
      breadcrumbs: [home, topicsIndex],
      feedUrl: `${url}feed.xml`,
      ...neighbours,
    }));
    feeds.push({ url: `${url}feed.xml`, title: w.topicFeed(group.key.name), alternateUrl: url, articles: group.articles.slice(0, FEED_SIZE) });
  });

  // Sources: articles from an agency, and articles citing it.
  const sourcesIndex: Link = { label: w.sources, url: "/sources/" };
  indexes.push(indexPage(w, "sources", w.sources, w.sourcesDescription, archive.sources, (g) => g.key.name, (g) => sourceNote(g, w)));
  archive.sources.forEach((group, index) => {
    const url = `/sources/${group.slug}/`;
    const neighbours = neighbourLinks(archive.sources, index, (g) => ({ label: g.key.name, url: `/sources/${g.slug}/` }));
    const citing = new Set(group.articles.filter((a) => a.source?.slug !== group.slug));
    lists.push(...groupPages(group, url, {
      kind: "source",
      title: group.key.name,
      description: sourceDescription(group, w),
      breadcrumbs: [home, sourcesIndex],
      feedUrl: `${url}feed.xml`,
      externalUrl: group.key.homepage,
      citing,
      ...neighbours,
    }));
    feeds.push({ url: `${url}feed.xml`, title: w.sourceFeed(group.key.name), alternateUrl: url, articles: group.articles.slice(0, FEED_SIZE) });
  });

  // Places.
  const placesIndex: Link = { label: w.places, url: "/places/" };
  indexes.push({
    ...indexPage(w, "places", w.places, w.placesDescription, archive.places, (g) => g.key.name, (g) => placeDescription(g.key, w) ?? undefined),
    map: history ? placeMapPoints(archive.places) : null,
  });
  archive.places.forEach((group, index) => {
    const url = `/places/${group.slug}/`;
    const neighbours = neighbourLinks(archive.places, index, (g) => ({ label: g.key.name, url: `/places/${g.slug}/` }));
    lists.push(...groupPages(group, url, {
      kind: "place",
      title: group.key.name,
      description: placeDescription(group.key, w),
      breadcrumbs: [home, placesIndex],
      coordinates: history ? (group.key.coordinates ?? null) : null,
      ...neighbours,
    }));
  });

  // Date archives: periods are newest first, so the older neighbour is the next one in the list.
  const monthsByYear = groupPeriods(archive.months, 4);
  const daysByMonth = groupPeriods(archive.days, 7);
  archive.years.forEach((year, index) => {
    const months = monthsByYear.get(year.id) ?? [];
    lists.push(...periodPages(w, year, "year", [home], archive.years, index, {
      chart: yearChart(year.id, months, w),
      children: [...months].reverse().map((m) => ({ label: monthName(Number(m.id.slice(5)), w), url: m.url, count: m.articles.length })),
    }));
  });
  archive.months.forEach((month, index) => {
    const year = month.id.slice(0, 4);
    const days = daysByMonth.get(month.id) ?? [];
    lists.push(...periodPages(w, month, "month", [home, { label: localDigits(year, w), url: `/${year}/` }], archive.months, index, {
      calendar: monthCalendar(month.id, days, w),
      children: [...days].reverse().map((d) => ({ label: periodLabel(d.id, w), url: d.url, count: d.articles.length })),
    }));
  });
  archive.days.forEach((day, index) => {
    const year = day.id.slice(0, 4);
    const month = day.id.slice(0, 7);
    const crumbs = [home, { label: localDigits(year, w), url: `/${year}/` }, { label: monthName(Number(month.slice(5)), w), url: `/${month.replace("-", "/")}/` }];
    lists.push(...periodPages(w, day, "day", crumbs, archive.days, index, {}));
  });

  // An article page's trail is its day's, and its story line its story's: made once each and
  // shared, not made for every article (a million articles' pages are planned at once).
  const dayCrumbs = new Map<string, Link[]>();
  const crumbsOf = (articleDay: string): Link[] => {
    let crumbs = dayCrumbs.get(articleDay);
    if (crumbs) return crumbs;
    const [year = "", month = "", day = ""] = articleDay.split("-");
    crumbs = [
      home,
      { label: localDigits(year, w), url: `/${year}/` },
      { label: monthName(Number(month), w), url: `/${year}/${month}/` },
      { label: localDigits(String(Number(day)), w), url: `/${year}/${month}/${day}/` },
    ];
    dayCrumbs.set(articleDay, crumbs);
    return crumbs;
  };
  const storyLines = new Map(archive.stories.map((story) => [story, storyLine(story)]));
  const noneAlso: AlsoReported<Article>[] = [];
  const articles: ArticlePage[] = archive.articles.map((article) => {
    const links = archive.links.get(article);
    const story = archive.storyOf.get(article);
    // Every field named, not spread: an object made by spreading keeps some of its fields in a
    // second object (40 bytes an article more).
    return {
      url: article.url,
      article,
      previous: links?.previous ?? null,
      next: links?.next ?? null,
      related: links?.related ?? [],
      story: story ? (storyLines.get(story) ?? storyLine(story)) : null,
      alsoReported: archive.alsoReported.get(article) ?? noneAlso,
      breadcrumbs: crumbsOf(article.date.day),
    };
  });

  const homePage: HomePage = {
    url: "/",
    total: archive.articles.length,
    latest: archive.articles.slice(0, HOME_LATEST),
    topTopics: byCount(archive.topics.map((g) => ({ label: g.key.name, url: `/topics/${g.slug}/`, count: g.articles.length }))).slice(0, HOME_TOP_TOPICS),
    sources: byCount(archive.sources.filter((g) => g.ownCount > 0).map((g) => ({ label: g.key.name, url: `/sources/${g.slug}/`, count: g.ownCount }))),
    years: archive.years.map((y) => ({ label: localDigits(y.id, w), url: y.url, count: y.articles.length })),
    chart: archive.years.length
      ? { title: w.articlesPerYear, bars: [...archive.years].reverse().map((y) => ({ label: localDigits(y.id, w), shortLabel: localDigits(y.id, w), url: y.url, count: y.articles.length })) }
      : null,
    stories: archive.stories.slice(0, HOME_STORIES).map(storyLine),
    storyCount: archive.stories.length,
    first: archive.articles[archive.articles.length - 1] ?? null,
    last: archive.articles[0] ?? null,
  };

  const stories = planStoryPages(archive, w);
  const storiesIndex = planStoriesIndex(archive, w);
  const storyRedirects = planStoryRedirects(archive, w);
  const onThisDay = history ? planOnThisDayPages(archive, w) : [];
  const urls = [
    "/",
    "/search/",
    ...indexes.map((p) => p.url),
    ...lists.map((p) => p.url),
    ...articles.map((p) => p.url),
    ...storiesIndex.map((p) => p.url),
    ...stories.map((p) => p.url),
    ...onThisDay.map((p) => p.url),
  ];
  return { home: homePage, articles, lists, indexes, feeds, stories, storiesIndex, storyRedirects, onThisDay, urls };
}

function emptyList(kind: ListKind, url: string): ListPage {
  return {
    kind,
    url,
    title: "",
    description: null,
    breadcrumbs: [],
    items: [],
    pagination: { pageNumber: 1, pageCount: 1, total: 0, firstIndex: 1, previous: null, next: null, pageUrls: [url] },
    previous: null,
    next: null,
    feedUrl: null,
    chart: null,
    calendar: null,
    children: null,
    externalUrl: null,
    citing: null,
    coordinates: null,
  };
}

/**
 * A list page: emptyList's fields, each of `fields` then of `more` in its place, as
 * `{ ...emptyList(kind, url), ...fields, ...more }` would give them. Set on the empty list rather
 * than spread into a literal: V8 gave each such spread copy a shape of its own (10 of 1,359
 * list pages shared one, measured), a few hundred bytes each and a lookup among thousands of
 * shapes whenever a page's fields are read; emptyList holds every field, so all share its shape.
 */
function listPage(kind: ListKind, url: string, fields: Partial<ListPage>, more: Partial<ListPage> = {}): ListPage {
  return Object.assign(emptyList(kind, url), fields, more);
}

function paginate(articles: readonly Article[], base: string, make: (pagination: Pagination, items: Article[]) => ListPage): ListPage[] {
  return paginateItems(articles, PAGE_SIZE, base).map(({ url, items, pagination }) => {
    const page = make(pagination, items);
    if (pagination.pageNumber > 1) {
      // Charts and sub-period lists belong to the first page.
      page.chart = null;
      page.calendar = null;
      page.children = null;
    }
    page.url = url;
    return page;
  });
}

function groupPages<K>(group: ArticleGroup<K>, url: string, fields: Partial<ListPage> & Pick<ListPage, "kind" | "title">): ListPage[] {
  return paginate(group.articles, url, (pagination, items) => listPage(fields.kind, url, fields, { items, pagination }));
}

function periodPages(
  w: SiteWords,
  period: Period,
  kind: "year" | "month" | "day",
  breadcrumbs: Link[],
  siblings: readonly Period[],
  index: number,
  extra: Partial<ListPage>,
): ListPage[] {
  const older = siblings[index + 1];
  const newer = siblings[index - 1];
  if (kind !== "day") {
    // A year or a month is an overview: its chart or calendar and its months or days lead to
    // the articles, which the day pages list. Listing them here too would write every article's
    // card twice more (on the Reuters bench, 1.6 kB an article).
    return [listPage(kind, period.url, {
      title: periodLabel(period.id, w),
      breadcrumbs,
      pagination: { pageNumber: 1, pageCount: 1, total: period.articles.length, firstIndex: 1, previous: null, next: null, pageUrls: [period.url] },
      previous: older ? { label: periodLabel(older.id, w), url: older.url } : null,
      next: newer ? { label: periodLabel(newer.id, w), url: newer.url } : null,
    }, extra)];
  }
  return paginate(period.articles, period.url, (pagination, items) => listPage(kind, period.url, {
    title: periodLabel(period.id, w),
    breadcrumbs,
    items,
    pagination,
    previous: older ? { label: periodLabel(older.id, w), url: older.url } : null,
    next: newer ? { label: periodLabel(newer.id, w), url: newer.url } : null,
  }, extra));
}

function neighbourLinks<G>(groups: readonly G[], index: number, link: (group: G) => Link): { previous: Link | null; next: Link | null } {
  const previous = groups[index - 1];
  const next = groups[index + 1];
  return { previous: previous ? link(previous) : null, next: next ? link(next) : null };
}

function byCount(links: CountedLink[]): CountedLink[] {
  return [...links].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function indexPage<K>(
  w: SiteWords,
  kind: IndexKind,
  title: string,
  description: string,
  groups: readonly ArticleGroup<K>[],
  label: (group: ArticleGroup<K>) => string,
  note: (group: ArticleGroup<K>) => string | undefined,
): IndexPage {
  const base = `/${kind}/`;
  const entries: CountedLink[] = groups
    .map((group) => {
      const entry: CountedLink = { label: label(group), url: `${base}${group.slug}/`, count: group.articles.length };
      const text = note(group);
      if (text) entry.note = text;
      return entry;
    })
    .sort((a, b) => a.label.localeCompare(b.label, w.locale) || (a.url < b.url ? -1 : 1));
  return { kind, url: base, title, description, breadcrumbs: [{ label: w.home, url: "/" }], entries, top: byCount(entries).slice(0, 10), map: null };
}

function sourceNote(group: ArticleGroup<Agency>, w: SiteWords): string | undefined {
  const source = group as SourceGroup;
  if (source.citingCount === 0) return undefined;
  const cited = formatCount(source.citingCount, w);
  return source.ownCount === 0 ? w.citedBy(cited) : w.ownCitedBy(formatCount(source.ownCount, w), cited);
}

function sourceDescription(group: SourceGroup, w: SiteWords): string {
  const parts = [w.sourceOwn(formatCount(group.ownCount, w), group.ownCount, group.key.shortName)];
  if (group.citingCount) parts.push(w.sourceCiting(formatCount(group.citingCount, w), group.citingCount));
  if (!group.key.known) parts.push(w.notInRegistry);
  return parts.join(" · ");
}

export function placeDescription(place: Place, w: SiteWords = en): string | null {
  const parts = [place.country, place.timeZone].filter((part): part is string => Boolean(part));
  if (!place.known) parts.push(w.notInGazetteer);
  return parts.length ? parts.join(" · ") : null;
}

export function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

function groupPeriods(periods: readonly Period[], length: number): Map<string, Period[]> {
  const map = new Map<string, Period[]>();
  for (const period of periods) {
    const parent = period.id.slice(0, length);
    const list = map.get(parent) ?? [];
    list.push(period);
    map.set(parent, list);
  }
  return map;
}

function yearChart(year: string, months: readonly Period[], w: SiteWords): Chart {
  const byMonth = new Map(months.map((m) => [Number(m.id.slice(5)), m]));
  return {
    title: w.articlesPerMonthIn(localDigits(year, w)),
    bars: w.monthNames.map((name, i) => {
      const month = byMonth.get(i + 1);
      return { label: w.monthLabel(name, localDigits(year, w)), shortLabel: w === en ? name.slice(0, 3) : localDigits(String(i + 1), w), url: month?.url ?? null, count: month?.articles.length ?? 0 };
    }),
  };
}

function monthCalendar(monthId: string, days: readonly Period[], w: SiteWords): Calendar {
  const first = DateTime.fromISO(`${monthId}-01`, { zone: "UTC" });
  const byDay = new Map(days.map((d) => [Number(d.id.slice(8)), d]));
  const weeks: (CalendarDay | null)[][] = [];
  let week: (CalendarDay | null)[] = Array.from({ length: first.weekday - 1 }, () => null);
  for (let day = 1; day <= (first.daysInMonth ?? 30); day++) {
    const period = byDay.get(day);
    week.push({ day, url: period?.url ?? null, count: period?.articles.length ?? 0 });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return { title: periodLabel(monthId, w), weeks };
}

export type { Topic };
