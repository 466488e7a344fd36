/**
 * The files every built site has at fixed places, and where an output's URL is written: names
 * alone, so that a command (bin/build.ts, a shard's part, a build's end) can name them without
 * loading the layouts that build/outputs.ts renders with.
 */

/** A file in every built site, so a later build knows the folder is one it may replace. */
export const SITE_MARKER = ".dateline-site";
export const SITE_MARKER_TEXT = "This folder is a site built by Dateline; a build replaces it whole.\n";

/**
 * The owner's pages a build wrote (pages/): their addresses, for the sitemap, and the links they
 * added to the navigation. The dev server reads it, since it renders the archive's pages
 * without Eleventy.
 */
export const OWNER_PAGES_FILE = ".dateline-pages.json";

/** The JSON export: a full build writes it as it is made (writeArticlesJson), not through Eleventy. */
export const ARTICLES_JSON = "/api/articles.json";

/** The problem report written beside the site, and read at a build's end for its summary (build/finish-site.ts). */
export const PROBLEM_REPORT = "/api/problems.json";

/** Where an output's URL is written: "/a/" → "a/index.html", "/feed.xml" → "feed.xml". */
export function outputPath(url: string): string {
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}
