/**
 * The owner's pages (pages/) rendered again by Eleventy over an archive already in memory: the
 * dev server's step after an incremental update, since a page of the owner's may list articles
 * (`collections.articles`). Only those pages are built; the archive's own were just written.
 */
import path from "node:path";
import type { SiteContext } from "../layouts/page.ts";
import type { Archive } from "../src/archive.ts";
import type { SitePlan } from "../src/pages.ts";
import type { SearchBundle } from "../src/search-bundles.ts";
import type { SiteOptions } from "../src/site-options.ts";
import { articleCards, PROJECT_ROOT, withGivenState } from "./build-state.ts";

export type OwnerPagesRenderer = (archive: Archive, plan: SitePlan, bundles: SearchBundle[]) => Promise<void>;

export function ownerPagesRenderer(options: SiteOptions, site: SiteContext, outputDir: string): OwnerPagesRenderer {
  // Eleventy starts loading now, while a build from the cache reads its records and plans the
  // archive, not once the archive's pages are written: its files are read between the records'
  // reads rather than with the main thread waiting for them.
  const loading = import("@11ty/eleventy");
  loading.catch(() => undefined);
  return async (archive, plan, searchBundles) => {
    const { default: Eleventy } = await loading;
    const state = {
      options,
      site,
      archive,
      articles: articleCards(archive.articles),
      plan,
      searchBundles,
      searchIndex: Promise.resolve({ pages: 0, bundles: 0, seconds: 0 }),
      timings: {},
      renderStarted: performance.now(),
    };
    await withGivenState(state, async () => {
      const eleventy = new Eleventy(options.pagesDir, outputDir, { configPath: path.join(PROJECT_ROOT, "eleventy.config.ts"), quietMode: true });
      eleventy.disableLogger();
      await eleventy.write();
    });
  };
}
