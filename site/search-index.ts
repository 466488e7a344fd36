/**
 * The Pagefind step: the search index, written through Pagefind's Node API from the
 * articles' search records (src/search-records.ts).
 *
 * Indexing starts as soon as the articles are read. Pagefind works in its own process, fed by
 * a worker thread (search-index-worker.mjs), so it keeps going while Eleventy renders pages on
 * the main thread: the two biggest costs of a build overlap on two cores.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SearchRecord } from "../src/search-records.ts";

export interface SearchIndexResult {
  pages: number;
  seconds: number;
}

export function writeSearchIndex(outputDir: string, records: readonly SearchRecord[]): Promise<SearchIndexResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./search-index-worker.mjs", import.meta.url), {
      workerData: { records, bundle: path.join(outputDir, "pagefind") },
    });
    worker.once("message", (result: { ok: true; pages: number; seconds: number } | { ok: false; message: string }) => {
      if (result.ok) resolve({ pages: result.pages, seconds: result.seconds });
      else reject(new Error(result.message));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the search indexer stopped (exit code ${code})`));
    });
  });
}
