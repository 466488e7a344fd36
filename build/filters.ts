/**
 * Filters for the owner's pages, in every template language. Each names what it returns.
 *
 *   {{ article.date | readableDate }}   "21 September 2023", in the site's language
 *   {{ page.date | readableDate }}      a date of yours, on its day in the settings' timeZone
 *   {{ article.date | htmlDateString }} "2023-09-21", for <time datetime>
 *   {% for a in collections.articles | head(5) %}   the first five (the newest)
 *
 * Eleventy's own `url` filter puts a site address under the path prefix: `{{ article.url | url }}`.
 */
import { DateTime } from "luxon";
import { periodLabel } from "../src/site-words.ts";
import type { PublishedDate } from "../src/types.ts";
import { currentSite } from "./build-state.ts";

/** A day ("2023-09-21") from an article's date or a JavaScript date, the latter in `zone`. */
export function dayOf(date: PublishedDate | Date | string, zone: string): string {
  if (date instanceof Date) return DateTime.fromJSDate(date, { zone }).toISODate() ?? "";
  if (typeof date === "string") return DateTime.fromISO(date, { zone }).toISODate() ?? date;
  return date.day;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function filtersPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("readableDate", (date: PublishedDate | Date | string) => periodLabel(dayOf(date, currentSite().timeZone), currentSite().words));
  eleventyConfig.addFilter("htmlDateString", (date: PublishedDate | Date | string) => dayOf(date, currentSite().timeZone));
  eleventyConfig.addFilter("head", <T>(items: readonly T[], n: number) => (n < 0 ? items.slice(n) : items.slice(0, n)));
}
