/**
 * Stories: the articles about one event, across days and agencies, found from their text.
 *
 * Two articles are linked when their texts are alike (src/text-similarity.ts: TF-IDF cosine
 * over title and opening) and they are at most a few days apart; topics are never used, so
 * "Earnings" or "Iran" alone makes no story. Links are taken strongest first, and two groups
 * join only when they are alike as wholes (the average link between their articles reaches
 * `joinScore`, pairs not linked counting as nothing): one article that mentions two events
 * does not chain them into one story.
 *
 * A story is named after its first article (earliest, then by URL): its slug is that
 * article's day and slug, `/stories/1987-03-04-gencorp-rejects-bid/`, so adding articles to
 * a story, or anywhere else in the archive, leaves its address alone. Only an article earlier
 * than a story's first renames that story (a back-filled archive), as it becomes the first.
 */
import { findSimilarPairs, type SimilarPair } from "./text-similarity.ts";
import type { Agency, Article, Place } from "./types.ts";

/** The fields of an article that grouping reads. */
export type StoryArticle = Pick<Article, "url" | "slug" | "title" | "plainText" | "date" | "source" | "dateline">;

export interface StoryOptions {
  /** A pair of articles this alike (cosine, 0–1) may be linked. */
  linkScore: number;
  /** Two groups join when the average similarity between their articles reaches this. */
  joinScore: number;
  /** Articles more days apart than this are never linked directly. */
  maxDays: number;
}

/** Tuned on the Reuters sets (`npm run bench:stories`): see the README, "Stories". */
export const DEFAULT_STORY_OPTIONS: StoryOptions = { linkScore: 0.45, joinScore: 0.3, maxDays: 7 };

export interface TimelineDay<A> {
  day: string;
  /** Oldest first. */
  articles: A[];
}

export interface Story<A extends StoryArticle = StoryArticle> {
  /** `YYYY-MM-DD-<first article's slug>`: stable, unique. */
  slug: string;
  /** Site-relative, `/stories/<slug>/`. */
  url: string;
  /** The first article's title. */
  title: string;
  /** Oldest first. */
  articles: A[];
  firstDay: string;
  lastDay: string;
  /** Distinct sources, by number of articles, then name. */
  agencies: Agency[];
  /** Distinct dateline places, by number of articles, then name. */
  places: Place[];
  timeline: TimelineDay<A>[];
}

export interface StoryIndex<A extends StoryArticle = StoryArticle> {
  /** Stories of two or more articles, newest first (by last day), then by slug. */
  stories: Story<A>[];
  /** The story of each article that has one. */
  storyOf: Map<A, Story<A>>;
  /** The linked pairs, for other modules (also-reported) to reuse. */
  pairs: SimilarPair[];
  conflicts: SimilarPair[];
}

/** Groups articles into stories. The result does not depend on the order of `articles`. */
export function findStories<A extends StoryArticle>(articles: readonly A[], options: StoryOptions = DEFAULT_STORY_OPTIONS): StoryIndex<A> {
  const inputs = articles.map((a) => ({ title: a.title, plainText: a.plainText, day: a.date.day, datelineRaw: a.dateline?.raw ?? null }));
  const { pairs, conflicts } = findSimilarPairs(inputs, { minScore: options.linkScore, maxDays: options.maxDays });
  const groups = groupPairs(articles.length, pairs, conflicts, options.joinScore, (i) => articles[i]?.url ?? "");

  const stories: Story<A>[] = [];
  const storyOf = new Map<A, Story<A>>();
  for (const members of groups) {
    if (members.length < 2) continue;
    const story = makeStory(members.map((i) => articles[i] as A));
    stories.push(story);
    for (const article of story.articles) storyOf.set(article, story);
  }
  stories.sort((x, y) => compare(y.lastDay, x.lastDay) || compare(x.slug, y.slug));
  return { stories, storyOf, pairs, conflicts };
}

/**
 * Average-link grouping over the linked pairs, strongest pair first. Returns groups of indexes.
 * Pairs of equal score are taken in the order of their articles' URLs, so the input order
 * never matters.
 */
export function groupPairs(
  count: number,
  pairs: readonly SimilarPair[],
  conflicts: readonly SimilarPair[],
  joinScore: number,
  keyOf: (index: number) => string,
): number[][] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const size = new Int32Array(count).fill(1);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  // Sum of link scores between two groups, keyed by their roots; kept up to date on joins.
  const between = new Map<number, Map<number, number>>();
  const linksOf = (root: number) => {
    let links = between.get(root);
    if (!links) between.set(root, (links = new Map()));
    return links;
  };
  for (const { a, b, score } of pairs) {
    linksOf(a).set(b, (linksOf(a).get(b) ?? 0) + score);
    linksOf(b).set(a, (linksOf(b).get(a) ?? 0) + score);
  }
  // Groups holding two articles that are surely different events never join.
  const apart = new Map<number, Set<number>>();
  const apartOf = (root: number) => {
    let set = apart.get(root);
    if (!set) apart.set(root, (set = new Set()));
    return set;
  };
  for (const { a, b } of conflicts) {
    apartOf(a).add(b);
    apartOf(b).add(a);
  }

  const ordered = [...pairs].sort(
    (x, y) => y.score - x.score || compare(keyOf(Math.min(x.a, x.b)), keyOf(Math.min(y.a, y.b))) || compare(pairKey(x, keyOf), pairKey(y, keyOf)),
  );
  for (const { a, b } of ordered) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || apart.get(ra)?.has(rb)) continue;
    const sum = linksOf(ra).get(rb) ?? 0;
    if (sum / ((size[ra] as number) * (size[rb] as number)) < joinScore) continue;
    // Join the smaller into the larger and merge its links.
    const [keep, gone] = (size[ra] as number) >= (size[rb] as number) ? [ra, rb] : [rb, ra];
    parent[gone] = keep;
    size[keep] = (size[keep] as number) + (size[gone] as number);
    const keepLinks = linksOf(keep);
    for (const [other, value] of linksOf(gone)) {
      if (other === keep) continue;
      keepLinks.set(other, (keepLinks.get(other) ?? 0) + value);
      const otherLinks = linksOf(other);
      otherLinks.delete(gone);
      otherLinks.set(keep, (otherLinks.get(keep) ?? 0) + value);
    }
    keepLinks.delete(gone);
    between.delete(gone);
    const goneApart = apart.get(gone);
    if (goneApart) {
      const keepApart = apartOf(keep);
      for (const other of goneApart) {
        keepApart.add(other);
        const otherApart = apartOf(other);
        otherApart.delete(gone);
        otherApart.add(keep);
      }
      apart.delete(gone);
    }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

function pairKey(pair: SimilarPair, keyOf: (index: number) => string): string {
  const [x, y] = [keyOf(pair.a), keyOf(pair.b)].sort(compare);
  return `${x}\u0000${y}`;
}

function compareOldestFirst(a: StoryArticle, b: StoryArticle): number {
  return compare(a.date.day, b.date.day) || a.date.sortKey - b.date.sortKey || compare(a.url, b.url);
}

/** The story of a group of articles: its name, span, agencies, places and timeline. */
export function makeStory<A extends StoryArticle>(members: readonly A[]): Story<A> {
  const articles = [...members].sort(compareOldestFirst);
  const first = articles[0] as A;
  const last = articles[articles.length - 1] as A;
  const slug = `${first.date.day}-${first.slug}`;
  const timeline: TimelineDay<A>[] = [];
  for (const article of articles) {
    const day = timeline[timeline.length - 1];
    if (day && day.day === article.date.day) day.articles.push(article);
    else timeline.push({ day: article.date.day, articles: [article] });
  }
  return {
    slug,
    url: `/stories/${slug}/`,
    title: first.title,
    articles,
    firstDay: first.date.day,
    lastDay: last.date.day,
    agencies: countDistinct(articles.flatMap((a) => (a.source ? [a.source] : [])), (agency) => agency.slug, (agency) => agency.name),
    places: countDistinct(articles.flatMap((a) => (a.dateline ? [a.dateline.place] : [])), (place) => place.slug, (place) => place.name),
    timeline,
  };
}

function countDistinct<T>(values: readonly T[], key: (value: T) => string, name: (value: T) => string): T[] {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value));
    if (entry) entry.count++;
    else counts.set(key(value), { value, count: 1 });
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || compare(name(x.value), name(y.value))).map((e) => e.value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
