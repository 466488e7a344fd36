/**
 * Lists cut into pages: `/base/`, then `/base/page/2/`, `/base/page/3/`… Every paginated page
 * of the site (article lists, the index of stories) is cut here, so their addresses and their
 * page links follow one rule.
 */

export interface Pagination {
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  /** Items on all pages together. */
  total: number;
  /** Position of the first item on this page, 1-based. */
  firstIndex: number;
  previous: string | null;
  next: string | null;
  /** The URL of every page, in order. */
  pageUrls: string[];
}

/** Page `pageNumber` (1-based) of the list at `base`. */
export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}

/** `items` cut into pages of `pageSize`, each with its URL and pagination; one (empty) page for no items. */
export function paginateItems<T>(items: readonly T[], pageSize: number, base: string): { url: string; items: T[]; pagination: Pagination }[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const pageUrls = Array.from({ length: pageCount }, (_, i) => pageUrl(base, i + 1));
  return pageUrls.map((url, i) => ({
    url,
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    pagination: {
      pageNumber: i + 1,
      pageCount,
      total: items.length,
      firstIndex: i * pageSize + 1,
      previous: pageUrls[i - 1] ?? null,
      next: pageUrls[i + 1] ?? null,
      pageUrls,
    },
  }));
}
