/**
 * The archive: all normalized articles with their URLs, in order, and indexed by topic,
 * source, place and period, with each article's neighbours in time and related articles.
 *
 * URLs are made from each article alone (its archive day and slug), so adding or removing
 * another article does not move it. The exception is two articles asking for the same URL:
 * the one whose file path sorts first keeps it and the other gets a suffix made from its own
 * file path, with a warning so the owner can pin it with `slug:`. Where the articles folder
 * keeps a URL ledger, the article that held the address before keeps it; without one, a
 * newcomer whose path sorts first would take it, which is why the collision is reported.
 */
import { findAlsoReported, type AlsoReported } from "./also-reported.ts";
import { DEFAULT_STORY_OPTIONS, findStories, type Story, type StoryRedirect, type StoryTermCache } from "./stories.ts";
import { EMPTY_LEDGER, type UrlLedger } from "./url-ledger.ts";
import { shortHash } from "./slug.ts";
import type { Agency, Article, Place, Problem, Topic } from "./types.ts";
import type { NormalizedArticle } from "./normalize-article.ts";

export interface ArticleGroup<K> {
  key: K;
  slug: string;
  /** Newest first. */
  articles: Article[];
}

export interface SourceGroup extends ArticleGroup<Agency> {
  /** Articles from this source (the rest of `articles` cite it). */
  ownCount: number;
  citingCount: number;
}

export interface Period {
  /** "2023", "2023-09" or "2023-09-21". */
  id: string;
  url: string;
  /** Newest first. */
  articles: Article[];
}

export interface ArticleLinks {
  previous: Article | null;
  next: Article | null;
  related: Article[];
}

export interface Archive {
  /** Newest first; ties by URL. */
  articles: Article[];
  topics: ArticleGroup<Topic>[];
  sources: SourceGroup[];
  places: ArticleGroup<Place>[];
  years: Period[];
  months: Period[];
  days: Period[];
  links: Map<Article, ArticleLinks>;
  /** Stories of two or more articles (src/stories.ts), newest first. */
  stories: Story<Article>[];
  storyOf: Map<Article, Story<Article>>;
  /** Story names the URL ledger kept that no story holds now, and where they lead. */
  storyRedirects: StoryRedirect[];
  /** Other agencies' copies and the agencies cited, for articles that have any (src/also-reported.ts). */
  alsoReported: Map<Article, AlsoReported<Article>[]>;
  problems: Problem[];
  /** Every file under the articles folder, for accounting. */
  allPaths: string[];
}

const RELATED_COUNT = 5;
/** How many neighbours in time, per shared topic, are weighed as related: keeps the work linear. */
const RELATED_WINDOW = 8;

/** What the archive finds beyond its lists. */
export interface ArchiveFeatures {
  /**
   * false: no stories and no other agencies' copies. Only `npm run bench -- --history-cost`
   * asks for it, to measure what they cost.
   */
  stories?: boolean;
  /**
   * Called with the archive as it is before its stories are found (their fields empty), for
   * work that needs no stories to start meanwhile: the build starts the search index.
   */
  beforeStories?: (archive: Archive) => void;
  /**
   * Called once every article read has been made an Article (with its URL and topics), before
   * anything else: a caller that keeps the articles as read for nothing else lets them go here,
   * so that a large archive is not held twice while its stories are grouped.
   */
  afterIndexed?: () => void;
  /** Each article file's story terms from an earlier build, and where to keep those read now (the build cache). */
  storyTerms?: StoryTermCache;
}

/** The archive with its stories and other agencies' copies found; `ledger`: the names earlier builds gave stories. */
export function withStories(archive: Archive, ledger: UrlLedger["stories"], storyTerms?: StoryTermCache): Archive {
  const { stories, storyOf, pairs, redirects } = findStories(archive.articles, DEFAULT_STORY_OPTIONS, ledger, storyTerms);
  return { ...archive, stories, storyOf, storyRedirects: redirects, alsoReported: findAlsoReported(archive.articles, pairs, storyOf) };
}

/**
 * Gives each article its URL; reports collisions. `ledger`: the URL ledger's addresses
 * (src/url-ledger.ts), by file, as earlier builds assigned them. It only settles collisions,
 * so a file that once won an address keeps it when a newcomer asks for the same one.
 */
export function assignUrls(
  normalized: readonly NormalizedArticle[],
  problems: Problem[],
  ledger: ReadonlyMap<string, string> = new Map(),
): Map<NormalizedArticle, { url: string; slug: string }> {
  const byUrl = new Map<string, NormalizedArticle[]>();
  for (const article of normalized) {
    const url = articleUrl(article.date.day, article.slugBase);
    const list = byUrl.get(url);
    if (list) list.push(article);
    else byUrl.set(url, [article]);
  }
  const assigned = new Map<NormalizedArticle, { url: string; slug: string }>();
  const suffixedSlug = (article: NormalizedArticle) => `${article.slugBase}-${shortHash(article.sourceFile).slice(0, 6)}`;
  for (const [url, group] of byUrl) {
    // An article the ledger shows with its suffix keeps it, whoever else is here now.
    const candidates: NormalizedArticle[] = [];
    const keptSuffix: NormalizedArticle[] = [];
    for (const article of group) {
      // Only a file the ledger records at another address than this one can hold a suffix:
      // the others' names need not be hashed.
      const recorded = ledger.get(article.sourceFile);
      const slug = recorded === undefined || recorded === url ? undefined : suffixedSlug(article);
      if (slug !== undefined && recorded === articleUrl(article.date.day, slug)) {
        assigned.set(article, { url: articleUrl(article.date.day, slug), slug });
        keptSuffix.push(article);
      } else candidates.push(article);
    }
    // The ledger's owner first, then by file path.
    const owned = (a: NormalizedArticle) => (ledger.get(a.sourceFile) === url ? 0 : 1);
    candidates.sort((a, b) => owned(a) - owned(b) || compareStrings(a.sourceFile, b.sourceFile));
    const [owner, ...others] = candidates;
    if (!owner) continue;
    assigned.set(owner, { url, slug: owner.slugBase });
    // Every article kept off the address is reported, on every build, not only on the first
    // (the ledger keeps a suffix, the collision stays).
    for (const other of [...keptSuffix, ...others]) {
      const slug = suffixedSlug(other);
      const suffixed = articleUrl(other.date.day, slug);
      assigned.set(other, { url: suffixed, slug });
      problems.push({
        file: other.sourceFile,
        field: "slug",
        message: `${url} already belongs to ${owner.sourceFile}; this article is at ${suffixed} (set \`slug:\` in its front matter to choose another)`,
        severity: "warning",
      });
    }
  }
  return assigned;
}

export function articleUrl(day: string, slug: string): string {
  return `/${day.replace(/-/g, "/")}/${slug}/`;
}

export function indexArticles(
  normalized: readonly NormalizedArticle[],
  problems: Problem[],
  allPaths: string[],
  ledger: UrlLedger = EMPTY_LEDGER,
  features: ArchiveFeatures = {},
): Archive {
  const urls = assignUrls(normalized, problems, ledger.urls);
  const topicNames = chooseTopicNames(normalized);
  // One object for each topic, which every article naming it holds, not one an article.
  const topicObjects = new Map<string, Topic>();
  const topicOf = ({ slug, name }: Topic): Topic => {
    const chosen = topicNames.get(slug) ?? name;
    const key = `${slug}\n${chosen}`;
    let topic = topicObjects.get(key);
    if (!topic) topicObjects.set(key, (topic = { name: chosen, slug }));
    return topic;
  };

  const articles: Article[] = normalized.map((n) => {
    const { url, slug } = urls.get(n) ?? { url: articleUrl(n.date.day, n.slugBase), slug: n.slugBase };
    const { slugBase: _slugBase, slugExplicit: _slugExplicit, textDigest: _textDigest, topics, ...rest } = n;
    // Added to the rest itself, in the order `{ ...rest, url, slug, topics }` would give: V8
    // gave each copy spread into a literal with fields of its own a shape of its own (11 of
    // 2,000 articles shared one), about 500 bytes an article and a lookup among thousands of
    // shapes for every read of its fields. The rest, a fresh object, shares one with every other.
    return Object.assign(rest, { url, slug, topics: topics.map(topicOf) });
  });
  articles.sort(compareNewestFirst);
  // The articles as read are held here no longer (the caller may let them go).
  urls.clear();
  features.afterIndexed?.();

  const topics = groupBy(articles, (a) => a.topics.map((t) => [t.slug, t] as const));
  const places = groupBy(articles, (a) => (a.dateline ? [[a.dateline.place.slug, a.dateline.place] as const] : []));
  const sources = groupSources(articles);

  const years = periods(articles, (a) => a.date.day.slice(0, 4), (id) => `/${id}/`);
  const months = periods(articles, (a) => a.date.day.slice(0, 7), (id) => `/${id.replace("-", "/")}/`);
  const days = periods(articles, (a) => a.date.day, (id) => `/${id.replace(/-/g, "/")}/`);

  const links = new Map<Article, ArticleLinks>();
  const related = findRelated(articles, topics);
  articles.forEach((article, index) => {
    links.set(article, {
      // "Previous" is the older article, "next" the newer one.
      previous: articles[index + 1] ?? null,
      next: articles[index - 1] ?? null,
      related: related.get(article) ?? [],
    });
  });

  problems.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.field, b.field) || compareStrings(a.message, b.message));
  // Stories come last (withStories): the archive before them has none.
  const archive: Archive = {
    articles, topics, sources, places, years, months, days, links, problems, allPaths,
    stories: [], storyOf: new Map<Article, Story<Article>>(), storyRedirects: [], alsoReported: new Map(),
  };
  features.beforeStories?.(archive);
  return features.stories === false ? archive : withStories(archive, ledger.stories, features.storyTerms);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNewestFirst(a: Article, b: Article): number {
  return b.date.sortKey - a.date.sortKey || compareStrings(b.date.day, a.date.day) || compareStrings(a.url, b.url);
}

/** One display name per topic slug: the vocabulary's, else the spelling most articles use. */
function chooseTopicNames(articles: readonly NormalizedArticle[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const topic of article.topics) {
      const names = counts.get(topic.slug) ?? new Map<string, number>();
      names.set(topic.name, (names.get(topic.name) ?? 0) + 1);
      counts.set(topic.slug, names);
    }
  }
  const chosen = new Map<string, string>();
  for (const [slug, names] of counts) {
    const best = [...names].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0];
    if (best) chosen.set(slug, best[0]);
  }
  return chosen;
}

function groupBy<K>(articles: readonly Article[], keys: (article: Article) => readonly (readonly [string, K])[]): ArticleGroup<K>[] {
  const groups = new Map<string, ArticleGroup<K>>();
  for (const article of articles) {
    for (const [slug, key] of keys(article)) {
      const group = groups.get(slug);
      if (group) group.articles.push(article);
      else groups.set(slug, { key, slug, articles: [article] });
    }
  }
  return [...groups.values()].sort((a, b) => compareStrings(a.slug, b.slug));
}

function groupSources(articles: readonly Article[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const add = (agency: Agency, article: Article, own: boolean) => {
    let group = groups.get(agency.slug);
    if (!group) {
      group = { key: agency, slug: agency.slug, articles: [], ownCount: 0, citingCount: 0 };
      groups.set(agency.slug, group);
    }
    if (group.articles[group.articles.length - 1] === article) return;
    group.articles.push(article);
    if (own) group.ownCount++;
    else group.citingCount++;
  };
  for (const article of articles) {
    if (article.source) add(article.source, article, true);
    for (const cited of article.citedSources) add(cited, article, false);
  }
  return [...groups.values()].sort((a, b) => compareStrings(a.slug, b.slug));
}

function periods(articles: readonly Article[], id: (article: Article) => string, url: (id: string) => string): Period[] {
  const byId = new Map<string, Period>();
  for (const article of articles) {
    const key = id(article);
    const period = byId.get(key);
    if (period) period.articles.push(article);
    else byId.set(key, { id: key, url: url(key), articles: [article] });
  }
  return [...byId.values()].sort((a, b) => compareStrings(b.id, a.id));
}

/**
 * Related articles: those sharing topics, rarer topics weighing more, nearest in time first.
 * Only the few articles nearest in time within each shared topic are weighed, so a topic of
 * ten thousand articles costs no more than a small one.
 */
function findRelated(articles: readonly Article[], topics: readonly ArticleGroup<Topic>[]): Map<Article, Article[]> {
  const total = articles.length;
  // Articles by number (their place in `articles`), each topic's as numbers in its order: a
  // hundred thousand articles make no map per article nor per topic.
  const topicNumber = new Map<string, number>();
  const weight = new Float64Array(topics.length);
  const members = topics.map((group, t) => {
    topicNumber.set(group.slug, t);
    weight[t] = Math.log((total + 1) / group.articles.length);
    return new Int32Array(group.articles.length);
  });
  const filled = new Int32Array(topics.length);
  // What the scoring reads of each article, in arrays: its topics' numbers, its time, its address.
  const topicsFrom = new Int32Array(total + 1);
  const topicsOf: number[] = [];
  const sortKeys = new Float64Array(total);
  const urls: string[] = new Array(total);
  // groupBy put each article in its topics' lists in this order.
  articles.forEach((article, index) => {
    for (const topic of article.topics) {
      const t = topicNumber.get(topic.slug) as number;
      (members[t] as Int32Array)[(filled[t] as number)++] = index;
      topicsOf.push(t);
    }
    topicsFrom[index + 1] = topicsOf.length;
    sortKeys[index] = article.date.sortKey;
    urls[index] = article.url;
  });
  const scores = new Float64Array(total);
  // The round (article number + 1) an article was last scored in, and the candidates of this round in the order first met.
  const round = new Int32Array(total);
  const candidates: number[] = [];
  const result = new Map<Article, Article[]>();
  articles.forEach((article, index) => {
    candidates.length = 0;
    for (let k = topicsFrom[index] as number; k < (topicsFrom[index + 1] as number); k++) {
      const t = topicsOf[k] as number;
      const list = members[t] as Int32Array;
      const position = lastPosition(list, index);
      const from = Math.max(0, position - RELATED_WINDOW);
      const to = Math.min(list.length, position + RELATED_WINDOW + 1);
      for (let i = from; i < to; i++) {
        const other = list[i] as number;
        if (other === index) continue;
        if (round[other] !== index + 1) {
          round[other] = index + 1;
          scores[other] = 0;
          candidates.push(other);
        }
        scores[other] = (scores[other] as number) + (weight[t] as number);
      }
    }
    // The best few by score, then nearness in time, then URL: kept in order as they come,
    // cheaper than sorting every candidate.
    const sortKey = sortKeys[index] as number;
    const before = (a: number, b: number) =>
      (scores[b] as number) - (scores[a] as number) ||
      Math.abs((sortKeys[a] as number) - sortKey) - Math.abs((sortKeys[b] as number) - sortKey) ||
      compareStrings(urls[a] as string, urls[b] as string);
    const best: number[] = [];
    for (const candidate of candidates) {
      if (best.length === RELATED_COUNT && before(candidate, best[RELATED_COUNT - 1] as number) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1] as number) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > RELATED_COUNT) best.pop();
    }
    result.set(article, best.map((other) => articles[other] as Article));
  });
  return result;
}

/** The last place of `value` in an ascending list that holds it. */
function lastPosition(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
