/**
 * Also reported by: near-identical copies of one report from other agencies (Tasnim running
 * TASS's story, a wire's flash and another wire's full story), and the agencies an article
 * cites, each linked to that agency's own article when the archive holds it.
 *
 * Copies are the story pairs (src/stories.ts) alike enough to be one text (`copyScore`) whose
 * sources differ. A cited agency's own article is looked for among the article's copies, then
 * in its story; otherwise the agency is named without an article (its source page links it).
 */
import type { SimilarPair } from "./text-similarity.ts";
import type { Agency, Article } from "./types.ts";

export type ReportArticle = Pick<Article, "url" | "source" | "citedSources" | "date">;

export interface AlsoReported<A> {
  agency: Agency;
  /** That agency's own article, when the archive holds it. */
  article: A | null;
  /** True when the agency is cited by the article rather than found as a copy. */
  cited: boolean;
}

/** Copies this alike (cosine of their words, 0–1) are one report. */
export const COPY_SCORE = 0.7;

export function findAlsoReported<A extends ReportArticle>(
  articles: readonly A[],
  pairs: readonly SimilarPair[],
  storyOf: ReadonlyMap<A, { articles: readonly A[] }>,
  copyScore = COPY_SCORE,
): Map<A, AlsoReported<A>[]> {
  const copies = new Map<A, A[]>();
  const addCopy = (x: A, y: A) => {
    const list = copies.get(x);
    if (list) list.push(y);
    else copies.set(x, [y]);
  };
  for (const { a, b, score } of pairs) {
    const x = articles[a];
    const y = articles[b];
    if (!x || !y || score < copyScore || !x.source || !y.source || x.source.slug === y.source.slug) continue;
    addCopy(x, y);
    addCopy(y, x);
  }

  const result = new Map<A, AlsoReported<A>[]>();
  for (const article of articles) {
    const own = article.source?.slug ?? null;
    const found = new Map<string, AlsoReported<A>>();
    for (const copy of (copies.get(article) ?? []).sort(compareOldestFirst)) {
      const agency = copy.source as Agency;
      if (agency.slug !== own && !found.has(agency.slug)) found.set(agency.slug, { agency, article: copy, cited: false });
    }
    const storyMembers = storyOf.get(article)?.articles ?? [];
    for (const agency of article.citedSources) {
      if (agency.slug === own) continue;
      const held = found.get(agency.slug);
      if (held) {
        held.cited = true;
        continue;
      }
      const ownArticle = [...storyMembers].sort(compareOldestFirst).find((other) => other !== article && other.source?.slug === agency.slug) ?? null;
      found.set(agency.slug, { agency, article: ownArticle, cited: true });
    }
    if (found.size > 0) {
      result.set(article, [...found.values()].sort((x, y) => compare(x.agency.name, y.agency.name)));
    }
  }
  return result;
}

function compareOldestFirst(a: ReportArticle, b: ReportArticle): number {
  return a.date.sortKey - b.date.sortKey || compare(a.url, b.url);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
