/**
 * Eleventy's configuration: wiring only, as in eleventy-base-blog.
 *
 * - pages/ (settings.ts `pages`, or PAGES_DIR) is Eleventy's input: the owner's own pages.
 * - _data/ is the data folder: the archive, its topics, sources, places and periods, and `site`
 *   (settings.ts resolved); _includes/ holds the layouts the owner's pages can use.
 * - build/eleventy-plugin.ts reads the archive, builds the collections and adds the archive's
 *   templates (site/); build/filters.ts the filters; @11ty/eleventy-navigation lets a page of
 *   the owner's add itself to the header.
 */
import path from "node:path";
import eleventyNavigation from "@11ty/eleventy-navigation";
import { givenState } from "./build/build-state.ts";
import { datelinePlugin } from "./build/eleventy-plugin.ts";
import { filtersPlugin } from "./build/filters.ts";
import { readSiteOptions } from "./src/site-options.ts";

// Eleventy's configuration object has no published types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default async function (eleventyConfig: any) {
  await eleventyConfig.addPlugin(datelinePlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(eleventyNavigation);
}

// The settings, or those of the dev server's state when it re-renders the owner's pages.
const { pagesDir, pathPrefix } = givenState()?.options ?? readSiteOptions();
// Eleventy reads the data and includes folders relative to the input folder.
const fromPages = (folder: string) => path.relative(pagesDir, path.join(import.meta.dirname, folder)) || ".";

export const config = {
  dir: { input: pagesDir, data: fromPages("_data"), includes: fromPages("_includes") },
  pathPrefix,
};
