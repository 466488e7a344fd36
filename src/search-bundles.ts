/**
 * The search index comes in bundles of at most BUNDLE_SIZE articles, each a stretch of time:
 * bundle 0 (at /pagefind/b0/) holds the oldest articles, the last bundle the newest. Small
 * bundles keep Pagefind's memory and time per article flat as an archive grows, and let two be
 * built at once; counting from the oldest means a new article changes only the last bundle, so
 * the dev server re-indexes one bundle, not the archive. The search page merges the bundles
 * (Pagefind's mergeIndex), newest first; results sorted by date are each bundle's sorted results
 * merged by date, a bundle read only when its stretch of time (`dates`) can hold the next.
 */
import { createHash } from "node:crypto";
import type { SearchRecord } from "./search-records.ts";

/** Pagefind holds about 100 kB per article while it indexes; two bundles are built at once. */
export const BUNDLE_SIZE = 2500;

export interface SearchBundle {
  /** Site-relative folder, without the path prefix: "pagefind/b0/". */
  path: string;
  /** Newest first. */
  records: SearchRecord[];
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

/** Splits records, given newest first, into bundles counted from the oldest. */
export function splitIntoBundles(records: readonly SearchRecord[], size = BUNDLE_SIZE, versions?: readonly string[]): SearchBundle[] {
  const count = Math.max(1, Math.ceil(records.length / size));
  const bundles: SearchBundle[] = [];
  for (let i = 0; i < count; i++) {
    // Bundle i holds the (i+1)-th oldest stretch: counted from the end of the newest-first list.
    const end = records.length - i * size;
    const start = Math.max(0, end - size);
    const hash = createHash("sha1");
    for (let r = start; r < end; r++) hash.update(`${records[r]?.url}|${versions?.[r] ?? JSON.stringify(records[r])}\n`);
    const slice = records.slice(start, end);
    const languages: Record<string, number> = {};
    for (const code of slice.map((r) => r.language).sort()) languages[code] = (languages[code] ?? 0) + 1;
    const sorted = slice.map((r) => r.meta.sorted ?? r.sort.date ?? "").sort();
    const dates: [string, string] | null = sorted.length ? [sorted[0] ?? "", sorted[sorted.length - 1] ?? ""] : null;
    bundles.push({ path: `pagefind/b${i}/`, records: slice, signature: hash.digest("hex"), languages, dates });
  }
  return bundles;
}
