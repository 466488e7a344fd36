/**
 * The search index comes in bundles of at most BUNDLE_SIZE articles, in time order: bundle 0
 * (at /pagefind/) holds the newest articles, bundle 1 (/pagefind/b1/) the next older ones, and
 * so on. Small bundles keep Pagefind's memory and time per article flat as an archive grows,
 * and let two be built at once. The search page merges them (Pagefind's mergeIndex); because
 * each bundle is a stretch of time, results sorted by date are each bundle's sorted results
 * one after another.
 */
import type { SearchRecord } from "./search-records.ts";

export const BUNDLE_SIZE = 5000;

export interface SearchBundle {
  /** Site-relative folder, without the path prefix: "pagefind/" or "pagefind/b1/". */
  path: string;
  records: SearchRecord[];
}

/** Splits records, newest first, into bundles. */
export function splitIntoBundles(records: readonly SearchRecord[], size = BUNDLE_SIZE): SearchBundle[] {
  const bundles: SearchBundle[] = [];
  for (let start = 0, i = 0; start < records.length || i === 0; start += size, i++) {
    bundles.push({ path: i === 0 ? "pagefind/" : `pagefind/b${i}/`, records: records.slice(start, start + size) });
  }
  return bundles;
}
