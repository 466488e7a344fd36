/**
 * The pages that read the archive as history, planned from the archive (src/pages.ts lists them
 * with the others): a page per story and the index of stories, the old addresses of stories the
 * URL ledger keeps, On this day (an index of the 366 calendar days and a page for each), and the
 * data of the map of datelines and of each place's locator map.
 */
import type { Archive, ArticleGroup } from "./archive.ts";
import type { MapPoint } from "./dateline-map.ts";
import { groupOnThisDay, type MonthDay, type OnThisDay } from "./on-this-day.ts";
import type { Link } from "./pages.ts";
import { paginateItems, type Pagination } from "./pagination.ts";
import { localDigits, monthName } from "./site-words.ts";
import type { Story } from "./stories.ts";
import type { Article, Place } from "./types.ts";
import type { SiteWords } from "../data/i18n/index.ts";

/** What an article page says of its story. */
export interface StoryLine {
  title: string;
  url: string;
  count: number;
  firstDay: string;
  lastDay: string;
}

/** A day of a story's strip: every day from the first to the last, with its count. */
export interface StripDay {
  day: string;
  count: number;
}

export interface StoryPage {
  url: string;
  title: string;
  breadcrumbs: Link[];
  story: Story<Article>;
  strip: StripDay[];
}

export interface OnThisDayPage {
  url: string;
  title: string;
  breadcrumbs: Link[];
  /** Null for the index, `/on-this-day/`. */
  day: OnThisDay<Article> | null;
  /** The index's list of every calendar day; empty on a day's page. */
  days: { monthDay: MonthDay; label: string; url: string; count: number }[];
  previous: Link | null;
  next: Link | null;
}

/** A page of the index of stories, `/stories/` then `/stories/page/2/`…: newest first. */
export interface StoriesIndexPage {
  url: string;
  title: string;
  breadcrumbs: Link[];
  /** This page's stories. */
  stories: Story<Article>[];
  /** Counted in stories. */
  pagination: Pagination;
}

/** A story's old address, kept (src/stories.ts, StoryRedirect): it sends the reader on. */
export interface StoryRedirectPage {
  url: string;
  /** The title of where it leads. */
  title: string;
  redirectTo: string;
  breadcrumbs: Link[];
}

/** Stories on a page of the index: short rows, so more than a list of articles. */
export const STORIES_PAGE_SIZE = 50;

/** A strip longer than this many days shows only the days with articles. */
const MAX_STRIP_DAYS = 92;

export function storyLine(story: Story<Article>): StoryLine {
  return { title: story.title, url: story.url, count: story.articles.length, firstDay: story.firstDay, lastDay: story.lastDay };
}

export function storyStrip(story: Story<Article>): StripDay[] {
  const counts = new Map(story.timeline.map((d) => [d.day, d.articles.length]));
  const first = Date.parse(`${story.firstDay}T00:00:00Z`);
  const last = Date.parse(`${story.lastDay}T00:00:00Z`);
  const span = Math.round((last - first) / 86_400_000) + 1;
  if (!Number.isFinite(span) || span > MAX_STRIP_DAYS) return story.timeline.map((d) => ({ day: d.day, count: d.articles.length }));
  return Array.from({ length: span }, (_, i) => {
    const day = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** The index of stories, newest first, STORIES_PAGE_SIZE to a page; none when the archive has no story. */
export function planStoriesIndex(archive: Archive, words: SiteWords): StoriesIndexPage[] {
  const { stories } = archive;
  if (stories.length === 0) return [];
  const home: Link = { label: words.home, url: "/" };
  return paginateItems(stories, STORIES_PAGE_SIZE, "/stories/").map(({ url, items, pagination }) => ({
    url,
    title: words.history.stories,
    breadcrumbs: [home],
    stories: items,
    pagination,
  }));
}

/** The old addresses of stories that the URL ledger keeps, each leading on. */
export function planStoryRedirects(archive: Archive, words: SiteWords): StoryRedirectPage[] {
  const home: Link = { label: words.home, url: "/" };
  return archive.storyRedirects.map((r) => ({ url: r.url, title: r.title, redirectTo: r.to, breadcrumbs: [home] }));
}

export function planStoryPages(archive: Archive, words: SiteWords): StoryPage[] {
  const home: Link = { label: words.home, url: "/" };
  const index: Link = { label: words.history.stories, url: "/stories/" };
  return archive.stories.map((story) => ({ url: story.url, title: story.title, breadcrumbs: [home, index], story, strip: storyStrip(story) }));
}

/** "21 September" in the site's words. */
export function dayMonthLabel(monthDay: MonthDay, words: SiteWords): string {
  const [month = "1", day = "1"] = monthDay.split("-");
  return words.history.dayMonth(localDigits(String(Number(day)), words), monthName(Number(month), words));
}

export function planOnThisDayPages(archive: Archive, words: SiteWords): OnThisDayPage[] {
  const home: Link = { label: words.home, url: "/" };
  const index: Link = { label: words.history.onThisDay, url: "/on-this-day/" };
  const days = groupOnThisDay(archive.articles, (a) => a.date.day);
  const link = (day: OnThisDay<Article> | undefined): Link | null => (day ? { label: dayMonthLabel(day.monthDay, words), url: day.url } : null);
  const pages: OnThisDayPage[] = [
    {
      url: index.url,
      title: words.history.onThisDay,
      breadcrumbs: [home],
      day: null,
      days: days.map((d) => ({ monthDay: d.monthDay, label: dayMonthLabel(d.monthDay, words), url: d.url, count: d.count })),
      previous: null,
      next: null,
    },
  ];
  days.forEach((day, i) => {
    pages.push({
      url: day.url,
      title: words.history.onThisDayTitle(dayMonthLabel(day.monthDay, words)),
      breadcrumbs: [home, index],
      day,
      days: [],
      // The calendar wraps: 31 December leads to 1 January.
      previous: link(days[(i + days.length - 1) % days.length]),
      next: link(days[(i + 1) % days.length]),
    });
  });
  return pages;
}

/** A dot per place the gazetteer can put on the map (site-relative URLs). */
export function placeMapPoints(places: readonly ArticleGroup<Place>[]): MapPoint[] {
  return places.flatMap((group) =>
    group.key.coordinates ? [{ name: group.key.name, url: `/places/${group.slug}/`, count: group.articles.length, coordinates: group.key.coordinates }] : [],
  );
}
