/**
 * The search index comes in bundles of at most BUNDLE_SIZE articles and BUNDLE_WORDS words,
 * each a stretch of time: bundle 0 (at /pagefind/b0/) holds the oldest articles, the last bundle
 * the newest. Small bundles keep Pagefind's memory and time per article flat as an archive
 * grows, and let two be built at once; counting from the oldest means a new article changes
 * only the last bundle, so the dev server re-indexes one bundle, not the archive. The search
 * page merges the bundles (Pagefind's mergeIndex), newest first; results sorted by date are
 * each bundle's sorted results merged by date, a bundle read only when its stretch of time
 * (`dates`) can hold the next.
 */
import { createHash } from "node:crypto";
import type { SiteWords } from "../data/i18n/index.ts";
import { searchStub, type SearchRecord } from "./search-records.ts";
import type { Article } from "./types.ts";

/** Articles per bundle at most: Pagefind held about 200 MB indexing 2,500 Reuters stories (340,000 words). */
export const BUNDLE_SIZE = 2500;

/**
 * Words per bundle at most (but a bundle always takes one article): Pagefind's memory follows a
 * bundle's text, not its count. 2,500 generated articles of 300–800 words (1.4 million) held 323
 * MiB; two such processes beside the build were most of what took 100,000 of them over 2 GiB.
 * Wire stories (about 140 words) fill a bundle by count long before this.
 */
export const BUNDLE_WORDS = 500_000;

export interface SearchBundle {
  /** Site-relative folder, without the path prefix: "pagefind/b0/". */
  path: string;
  /** Its articles' addresses, newest first. */
  urls: string[];
  /**
   * Its records, newest first, when made ahead (splitIntoBundles keeps those it was given). An
   * archive's bundles (bundlesOfArticles) have none: each bundle's are made as Pagefind takes it,
   * texts and all, and let go once taken, so an archive's records are never all held.
   */
  records?: SearchRecord[] | undefined;
  /** Changes when, and only when, the bundle's records do. */
  signature: string;
  /** The languages it has an index for (its records' languages), with their counts, in code order. */
  languages: Record<string, number>;
  /**
   * Its stretch of time: its oldest and newest records' sort dates (as `meta.sorted` carries
   * them), so the search page reads a bundle's date-sorted results only when they can be next.
   */
  dates: [string, string] | null;
}

/** A bundle with its records made. */
export type BundleWithRecords = SearchBundle & { records: SearchRecord[] };

/**
 * Splits records, given newest first, into bundles counted from the oldest: a bundle is closed
 * when it has `size` records or the next record's words (`words`, by record; none if not given)
 * would take it past `wordBudget`. The cut of a stretch depends only on the records before it in
 * time, so an article added after the newest changes only the last bundle.
 */
export function splitIntoBundles(records: readonly SearchRecord[], size = BUNDLE_SIZE, versions?: readonly string[], words?: readonly number[], wordBudget = BUNDLE_WORDS): BundleWithRecords[] {
  // Where each bundle ends in the newest-first list, the oldest bundle's first: bundle i is
  // records[ends[i + 1] ?? 0 .. ends[i]). No records still make one (empty) bundle.
  const ends: number[] = [];
  let end = records.length;
  while (end > 0) {
    ends.push(end);
    let start = end - 1;
    let total = words?.[start] ?? 0;
    while (start > 0 && end - start < size) {
      const next = total + (words?.[start - 1] ?? 0);
      if (next > wordBudget) break;
      total = next;
      start--;
    }
    end = start;
  }
  if (ends.length === 0) ends.push(0);
  return ends.map((end, i) => {
    const start = ends[i + 1] ?? 0;
    const hash = createHash("sha1");
    for (let r = start; r < end; r++) hash.update(`${records[r]?.url}|${versions?.[r] ?? JSON.stringify(records[r])}\n`);
    const slice = records.slice(start, end);
    const languages: Record<string, number> = {};
    for (const code of slice.map((r) => r.language).sort()) languages[code] = (languages[code] ?? 0) + 1;
    const sorted = slice.map((r) => r.meta.sorted ?? r.sort.date ?? "").sort();
    const dates: [string, string] | null = sorted.length ? [sorted[0] ?? "", sorted[sorted.length - 1] ?? ""] : null;
    return { path: `pagefind/b${i}/`, urls: slice.map((r) => r.url), records: slice, signature: hash.digest("hex"), languages, dates };
  });
}

/**
 * An archive's bundles, newest-first articles in, each bundle's records as stubs (searchStub:
 * enough for its signature, languages and dates; a bundle to index gets its records whole),
 * cut by count and by the articles' words, signed by their versions.
 */
export function bundlesOfArticles(articles: readonly Article[], size: number, words: SiteWords): SearchBundle[] {
  const bundles: SearchBundle[] = splitIntoBundles(
    articles.map((a) => searchStub(a, words)),
    size,
    articles.map((a) => a.version),
    articles.map((a) => a.wordCount),
  );
  // The stubs told the bundles' languages and dates; the addresses are all they keep (a stub is
  // about 230 bytes an article, held from the cut until Pagefind took the bundle).
  for (const bundle of bundles) bundle.records = undefined;
  return bundles;
}
