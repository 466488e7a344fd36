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
 * a story, or anywhere else in the archive, leaves its address alone. Where the articles
 * folder keeps a URL ledger (src/url-ledger.ts), the name a story once had is kept whatever
 * arrives later (an article older than its first, a report that joins two stories): each
 * story keeps the recorded name most of its articles carry, and a name no story keeps any
 * more becomes a redirect to where its articles went (`StoryIndex.redirects`).
 */
import { dayNumber, findSimilarPairs, readArticleTerms, type ArticleTerms, type KeptTerms, type SimilarPair, type SimilarityInput } from "./text-similarity.ts";
import type { Agency, Article, Place } from "./types.ts";

/** The fields of an article that grouping reads. */
export type StoryArticle = Pick<Article, "url" | "slug" | "title" | "plainText" | "date" | "source" | "dateline" | "sourceFile">;

/** The story names an earlier build gave: each article file's story slug (the URL ledger's `stories`). */
export type StoryLedger = ReadonlyMap<string, string>;

/**
 * Each article file's terms (src/text-similarity.ts), kept from an earlier build by the build
 * cache: an article's text is read for them only when they are missing, and they are set then.
 */
export interface StoryTermCache {
  has(sourceFile: string): boolean;
  get(sourceFile: string): KeptTerms | undefined;
  set(sourceFile: string, terms: ArticleTerms): void;
  /**
   * A key for grouping these articles, in this order, with these options, once every one's
   * terms are kept: equal keys only for the same addresses, days and terms. Null when it cannot
   * tell (a term kept in no form it can compare), and the grouping is then not kept.
   */
  groupingKey?(articles: readonly GroupingInput[], options: StoryOptions): string | null;
  /** A period's grouping kept by an earlier build, by its key. */
  keptGrouping?(key: string): KeptGrouping | undefined;
  /** This build's groupings, one a period, for the next build: those kept before and not given again are dropped. */
  keepGroupings?(groupings: readonly KeptGrouping[]): void;
}

/** What of an article, besides its terms, grouping depends on. */
export interface GroupingInput {
  sourceFile: string;
  url: string;
  day: string;
}

/**
 * What grouping a period found (GroupingPeriod), given back while its inputs stay the same
 * (StoryTermCache.groupingKey): an article added to this year regroups this year only, and an
 * edit that leaves every title, opening and day alone (a topic, a later paragraph, a file
 * touched) regroups nothing, where the TF-IDF weights of a whole archive made it the largest part
 * of a build from the cache (7 to 8 s of 25 at 100,000 articles).
 */
export interface KeptGrouping {
  key: string;
  pairs: SimilarPair[];
  conflicts: SimilarPair[];
  /** The groups of two or more articles. Here and in the pairs, indexes into the period's members. */
  groups: number[][];
}

/** A story name no story holds any more, and where its articles went. */
export interface StoryRedirect {
  /** The old name. */
  slug: string;
  /** Site-relative, `/stories/<slug>/`. */
  url: string;
  /** Site-relative: the story that holds most of its articles now, or else its first article still in the archive. */
  to: string;
  /** The title of what `to` is. */
  title: string;
}

export interface StoryOptions {
  /** A pair of articles this alike (cosine, 0–1) may be linked. */
  linkScore: number;
  /** Two groups join when the average similarity between their articles reaches this. */
  joinScore: number;
  /** Articles more days apart than this are never linked directly. */
  maxDays: number;
  /** The fewest articles a period of grouping holds, unless the archive holds fewer: years of fewer are joined (GroupingPeriod). */
  periodArticles: number;
  /** A year of more articles than this is grouped in runs of its months of at most this many (groupingPeriods). */
  yearArticles: number;
}

/** Tuned on the Reuters sets (`npm run bench:stories`): see the README, "Stories". */
export const DEFAULT_STORY_OPTIONS: StoryOptions = { linkScore: 0.45, joinScore: 0.3, maxDays: 7, periodArticles: 2000, yearArticles: 100_000 };

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
  /** Names the ledger gave that no story holds now, by slug. */
  redirects: StoryRedirect[];
}

/**
 * What the grouping reads of one article. The text (which a build reads from disk) and the kept
 * terms are fetched when read, one article at a time: a hundred thousand articles' texts or terms
 * held at once were a build's largest moment. Terms the cache could not keep are read from the
 * text. The getters are the class's, not each object's: an object literal with getters of its own
 * took about 500 bytes an article (two closures and their accessors) while the stories are grouped.
 */
class GroupingArticle implements SimilarityInput {
  readonly title: string;
  readonly day: string;
  readonly datelineRaw: string | null;
  constructor(
    private readonly article: StoryArticle,
    private readonly termCache: StoryTermCache | undefined,
  ) {
    this.title = article.title;
    this.day = article.date.day;
    this.datelineRaw = article.dateline?.raw ?? null;
  }
  get plainText(): string {
    return this.article.plainText;
  }
  get terms(): KeptTerms | undefined {
    return this.termCache?.get(this.article.sourceFile);
  }
}

/**
 * The articles grouped together, a year at a time: a period is the articles of one calendar
 * year, or of a few years running where each holds few (its own), and those of the `maxDays`
 * days before its first (its guests, for the links across New Year). Each period's words are
 * weighed by their frequency in that period, so a period's grouping depends on its own articles
 * and its guests alone: an article added to this year leaves every earlier year's grouping as it
 * was (a build from the cache takes those back, and a million-article archive holds one year's
 * vectors at a time, not the whole archive's).
 *
 * Years join until a period holds `periodArticles`: a weight counted over a handful of articles
 * says little. Years are taken oldest first, a period closing at the end of the year that brings
 * it to that many; what is left at the end, fewer, joins the period before it (so this year's
 * first articles are weighed with last year's, not among themselves). In an archive whose every
 * year holds that many, each year is a period.
 */
export interface GroupingPeriod {
  /** Its years: `1987`, or `2003-2007`; a run of a large year's months, `2021-01..2021-06`. */
  years: string;
  /** Indexes into the articles, in their order: the guests and the period's own. */
  members: number[];
  /** For each member, whether it is a guest (of an earlier period, within `maxDays` of this one's start). */
  guest: boolean[];
}

const yearOf = (day: string) => Number(day.slice(0, day.indexOf("-", 1)));
/** A day's month as one number, year × 12 + month − 1. */
const monthOf = (day: string) => {
  const dash = day.indexOf("-", 1);
  return yearOf(day) * 12 + Number(day.slice(dash + 1, dash + 3)) - 1;
};
const monthLabel = (month: number) => `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;

/** What periods are made of: a whole year, or a run of a large year's months, as [first month, last month, articles]. */
type Unit = [first: number, last: number, articles: number];

/**
 * A year's months in runs of at most `most` articles, every month of the year in one: months are
 * taken in order, and a run closes before the month that would take it past `most` (a month of
 * more articles than that is a run of its own). The last run goes on to December.
 */
function monthRuns(year: number, most: number, perMonth: ReadonlyMap<number, number>): Unit[] {
  const runs: Unit[] = [];
  let first = year * 12;
  let held = 0;
  for (let month = year * 12; month <= year * 12 + 11; month++) {
    const count = perMonth.get(month) ?? 0;
    if (held > 0 && held + count > most) {
      runs.push([first, month - 1, held]);
      first = month;
      held = 0;
    }
    held += count;
  }
  runs.push([first, year * 12 + 11, held]);
  return runs;
}

/**
 * The periods of these days (each an article's, `YYYY-MM-DD`), oldest first. A year holding more
 * than `yearArticles` articles is cut into runs of whole months of at most that many (monthRuns),
 * so that grouping holds no more articles' vectors at once: a million-article archive of five
 * years held a year's 200,000, about 1.4 GB, at its largest moment.
 */
export function groupingPeriods(days: readonly string[], maxDays: number, periodArticles: number, yearArticles = Number.POSITIVE_INFINITY): GroupingPeriod[] {
  const monthOfEach = days.map(monthOf);
  const perMonth = new Map<number, number>();
  for (const month of monthOfEach) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  const perYear = new Map<number, number>();
  for (const [month, count] of perMonth) {
    const year = Math.floor(month / 12);
    perYear.set(year, (perYear.get(year) ?? 0) + count);
  }
  const units: Unit[] = [];
  for (const year of [...perYear.keys()].sort((x, y) => x - y)) {
    const count = perYear.get(year) as number;
    if (count > yearArticles) units.push(...monthRuns(year, yearArticles, perMonth));
    else units.push([year * 12, year * 12 + 11, count]);
  }
  // Units join until a period holds `periodArticles`; fewer left at the end join the period before.
  const spans: [number, number][] = [];
  let open: [number, number] | null = null;
  let held = 0;
  for (const [first, last, count] of units) {
    open = open ? [open[0], last] : [first, last];
    held += count;
    if (held >= periodArticles) {
      spans.push(open);
      open = null;
      held = 0;
    }
  }
  if (open) {
    const last = spans[spans.length - 1];
    if (last) last[1] = open[1];
    else spans.push(open);
  }
  const numbers = days.map(dayNumber);
  return spans.map(([first, last]) => {
    const start = dayNumber(`${monthLabel(first)}-01`);
    const members: number[] = [];
    const guest: boolean[] = [];
    monthOfEach.forEach((month, i) => {
      const own = month >= first && month <= last;
      const n = numbers[i] as number;
      if (own || (n < start && n >= start - maxDays)) {
        members.push(i);
        guest.push(!own);
      }
    });
    const [from, to] = [Math.floor(first / 12), Math.floor(last / 12)];
    const wholeYears = first % 12 === 0 && last % 12 === 11;
    return { years: wholeYears ? (from === to ? String(from) : `${from}-${to}`) : `${monthLabel(first)}..${monthLabel(last)}`, members, guest };
  });
}

/**
 * Groups articles into stories, named as `ledger` (the names earlier builds gave, by article
 * file) keeps them. The result does not depend on the order of `articles`.
 *
 * Each period (GroupingPeriod) is grouped on its own: its pairs are those with one of its own
 * articles (every pair of articles at most `maxDays` apart is its later article's period's), and
 * its groups are made from them. A guest grouped in its own year and again with the next
 * year's articles makes one story of both groups: a story told over New Year.
 */
export function findStories<A extends StoryArticle>(
  articles: readonly A[],
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
  ledger: StoryLedger = new Map(),
  termCache?: StoryTermCache,
): StoryIndex<A> {
  const inputs = articles.map((a): SimilarityInput => {
    if (termCache && !termCache.has(a.sourceFile)) termCache.set(a.sourceFile, readArticleTerms({ title: a.title, plainText: a.plainText, day: a.date.day, datelineRaw: a.dateline?.raw ?? null }));
    return new GroupingArticle(a, termCache);
  });
  const pairs: SimilarPair[] = [];
  const conflicts: SimilarPair[] = [];
  // The groups of every period joined where they share an article (a guest).
  const parent = Int32Array.from({ length: articles.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const kept: KeptGrouping[] = [];
  for (const period of groupingPeriods(articles.map((a) => a.date.day), options.maxDays, options.periodArticles, options.yearArticles)) {
    const found = groupPeriod(period, articles, inputs, options, termCache);
    if (found.key !== null) kept.push(found as KeptGrouping);
    const global = ({ a, b, score }: SimilarPair) => ({ a: period.members[a] as number, b: period.members[b] as number, score });
    for (const pair of found.pairs) pairs.push(global(pair));
    for (const pair of found.conflicts) conflicts.push(global(pair));
    for (const group of found.groups) {
      const root = find(period.members[group[0] as number] as number);
      for (const member of group) {
        const other = find(period.members[member] as number);
        if (other !== root) parent[other] = root;
      }
    }
  }
  termCache?.keepGroupings?.(kept);
  const byIndexes = (x: SimilarPair, y: SimilarPair) => x.a - y.a || x.b - y.b;
  pairs.sort(byIndexes);
  conflicts.sort(byIndexes);
  // Groups of two or more, each by its first article in the given order, as groupPairs gives them.
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < articles.length; i++) {
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(i);
    else byRoot.set(root, [i]);
  }
  const groups = [...byRoot.values()].filter((members) => members.length >= 2);

  const made = groups.map((members) => makeStory(members.map((i) => articles[i] as A)));
  const { stories, redirects } = nameStories(made, articles, ledger);
  const storyOf = new Map<A, Story<A>>();
  for (const story of stories) for (const article of story.articles) storyOf.set(article, story);
  stories.sort((x, y) => compare(y.lastDay, x.lastDay) || compare(x.slug, y.slug));
  return { stories, storyOf, pairs, conflicts, redirects };
}

/**
 * One period's pairs, conflicts and groups (indexes into its members), from the cache while its
 * key holds (StoryTermCache.groupingKey), else found: its articles compared with one another, a
 * pair of two guests left to their own year, and grouped. `key` is null when it cannot be kept.
 */
function groupPeriod(
  period: GroupingPeriod,
  articles: readonly StoryArticle[],
  inputs: readonly SimilarityInput[],
  options: StoryOptions,
  termCache: StoryTermCache | undefined,
): Omit<KeptGrouping, "key"> & { key: string | null } {
  const { members, guest } = period;
  // Every article's terms are kept by now (those missing were read above), so the key sees them all.
  const hashed = termCache?.groupingKey?.(
    members.map((i) => {
      const a = articles[i] as StoryArticle;
      return { sourceFile: a.sourceFile, url: a.url, day: a.date.day };
    }),
    options,
  );
  const key = hashed ? `${period.years}:${hashed}` : null;
  const kept = key === null ? undefined : termCache?.keptGrouping?.(key);
  if (kept) return kept;
  const found = findSimilarPairs(
    members.map((i) => inputs[i] as SimilarityInput),
    { minScore: options.linkScore, maxDays: options.maxDays },
  );
  const ours = (pair: SimilarPair) => !(guest[pair.a] && guest[pair.b]);
  const pairs = found.pairs.filter(ours);
  const conflicts = found.conflicts.filter(ours);
  const groups = groupPairs(members.length, pairs, conflicts, options.joinScore, (i) => articles[members[i] as number]?.url ?? "", found.differ).filter(
    (group) => group.length >= 2,
  );
  return { key, pairs, conflicts, groups };
}

/**
 * The names of stories, as the ledger keeps them. A name recorded for a story's articles is
 * claimed by the story holding most of them (then the one whose first article is earliest);
 * a story claims at most one name. A story with no name of its own takes its first article's
 * (`YYYY-MM-DD-<slug>`), with `-2`, `-3`… where a kept name has it. Every recorded name no
 * story holds redirects: to the story that holds most of its articles now, else to the first
 * of them still in the archive; a name whose articles are all gone is dropped, as their pages are.
 */
export function nameStories<A extends StoryArticle>(
  made: readonly Story<A>[],
  articles: readonly A[],
  ledger: StoryLedger,
): { stories: Story<A>[]; redirects: StoryRedirect[] } {
  if (ledger.size === 0) return { stories: [...made], redirects: [] };
  // Candidate names: for each story, the names its articles carry, with how many carry each.
  const claims: { story: number; slug: string; count: number }[] = [];
  made.forEach((story, index) => {
    const counts = new Map<string, number>();
    for (const article of story.articles) {
      const slug = ledger.get(article.sourceFile);
      if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    for (const [slug, count] of counts) claims.push({ story: index, slug, count });
  });
  const first = (index: number) => made[index]?.articles[0] as A;
  claims.sort((x, y) => y.count - x.count || compareOldestFirst(first(x.story), first(y.story)) || compare(x.slug, y.slug));
  const names = new Map<number, string>();
  const taken = new Set<string>();
  for (const claim of claims) {
    if (names.has(claim.story) || taken.has(claim.slug)) continue;
    names.set(claim.story, claim.slug);
    taken.add(claim.slug);
  }
  const stories = made.map((story, index) => {
    let slug = names.get(index);
    if (!slug) {
      slug = story.slug;
      for (let n = 2; taken.has(slug); n++) slug = `${story.slug}-${n}`;
      taken.add(slug);
    }
    return slug === story.slug ? story : { ...story, slug, url: `/stories/${slug}/` };
  });

  // Names kept by no story: where their articles went.
  const storyOfFile = new Map<string, Story<A>>();
  for (const story of stories) for (const article of story.articles) storyOfFile.set(article.sourceFile, story);
  const articleOfFile = new Map(articles.map((a) => [a.sourceFile, a] as const));
  const formerMembers = new Map<string, string[]>();
  for (const [file, slug] of ledger) {
    if (taken.has(slug)) continue;
    const files = formerMembers.get(slug);
    if (files) files.push(file);
    else formerMembers.set(slug, [file]);
  }
  const redirects: StoryRedirect[] = [];
  for (const [slug, files] of [...formerMembers].sort((x, y) => compare(x[0], y[0]))) {
    const holders = new Map<Story<A>, number>();
    for (const file of files) {
      const story = storyOfFile.get(file);
      if (story) holders.set(story, (holders.get(story) ?? 0) + 1);
    }
    const holder = [...holders].sort((x, y) => y[1] - x[1] || compareOldestFirst(x[0].articles[0] as A, y[0].articles[0] as A))[0]?.[0];
    const remaining = files.flatMap((file) => articleOfFile.get(file) ?? []).sort(compareOldestFirst)[0];
    const target = holder ? { to: holder.url, title: holder.title } : remaining ? { to: remaining.url, title: remaining.title } : null;
    if (target) redirects.push({ slug, url: `/stories/${slug}/`, ...target });
  }
  return { stories, redirects };
}

/**
 * Average-link grouping over the linked pairs, strongest pair first. Returns groups of indexes.
 * Pairs of equal score are taken in the order of their articles' URLs, so the input order
 * never matters. Two groups never join when any article of one and any of the other are
 * different events: a conflict found while pairing, or `differ` asked of every pair across
 * them (the pairs never scored included).
 */
export function groupPairs(
  count: number,
  pairs: readonly SimilarPair[],
  conflicts: readonly SimilarPair[],
  joinScore: number,
  keyOf: (index: number) => string,
  differ: (a: number, b: number) => boolean = () => false,
): number[][] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const size = new Int32Array(count).fill(1);
  // The articles of each group of two or more, by root.
  const members = new Map<number, number[]>();
  const membersOf = (root: number) => members.get(root) ?? [root];
  const anyDiffer = (x: number, y: number) => membersOf(x).some((i) => membersOf(y).some((j) => differ(i, j)));
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
    if (anyDiffer(ra, rb)) {
      apartOf(ra).add(rb);
      apartOf(rb).add(ra);
      continue;
    }
    // Join the smaller into the larger and merge its links.
    const [keep, gone] = (size[ra] as number) >= (size[rb] as number) ? [ra, rb] : [rb, ra];
    members.set(keep, [...membersOf(keep), ...membersOf(gone)]);
    members.delete(gone);
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
