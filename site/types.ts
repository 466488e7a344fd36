/** What Eleventy hands the templates in this folder. */
import type { SiteContext } from "../layouts/page.ts";

export interface TemplateData<Entry = unknown> {
  site: SiteContext;
  entry: Entry;
}

/** Pagination of one collection, one page per entry, written at the entry's own URL. */
export function onePagePerEntry(collection: string): Record<string, unknown> {
  return {
    pagination: { data: `collections.${collection}`, size: 1, alias: "entry" },
    permalink: (data: { entry: { url: string } }) => (data.entry.url.endsWith("/") ? `${data.entry.url}index.html` : data.entry.url),
    eleventyExcludeFromCollections: true,
    // These templates write whole pages (or files) themselves: no layout around them.
    layout: false,
  };
}
