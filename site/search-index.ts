/**
 * The Pagefind step: index the built article pages, through Pagefind's Node API.
 *
 * Only article pages carry `data-pagefind-body`, so lists and indexes stay out of results.
 * Pagefind leaves files of an earlier run in place, so its folder is cleared first.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexResult {
  pages: number;
  seconds: number;
}

export async function writeSearchIndex(outputDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const bundle = path.join(outputDir, "pagefind");
  await rm(bundle, { recursive: true, force: true });
  try {
    const { errors, index } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir, glob: "**/*.html" });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
