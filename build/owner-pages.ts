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
import { PROJECT_ROOT, withGivenState, type ArticleCard } from "./build-state.ts";
import type { Article } from "../src/types.ts";

export type OwnerPagesRenderer = (archive: Archive, plan: SitePlan, bundles: SearchBundle[]) => Promise<void>;

/**
 * The articles without their texts, as build-state's articleCards, but never asking for a
 * text: a build from the cache reads an article's text only for a page that shows it
 * (build/incremental.ts), and a card shows none.
 */
function cardsOf(articles: readonly Article[]): ArticleCard[] {
  // Field by field, in the article's order (as articleCards' spread copies them), the texts'
  // fields passed over unread: no descriptor objects for a hundred thousand articles.
  return articles.map((article) => {
    const card: Record<string, unknown> = {};
    for (const key of Object.keys(article)) if (key !== "bodyHtml" && key !== "plainText") card[key] = article[key as keyof Article];
    return card as unknown as ArticleCard;
  });
}

export function ownerPagesRenderer(options: SiteOptions, site: SiteContext, outputDir: string): OwnerPagesRenderer {
  return async (archive, plan, searchBundles) => {
    const { default: Eleventy } = await import("@11ty/eleventy");
    const state = {
      options,
      site,
      archive,
      articles: cardsOf(archive.articles),
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
