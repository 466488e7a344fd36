/**
 * The Pagefind step: the search index, written through Pagefind's Node API from the
 * articles' search records (src/search-records.ts), in bundles (src/search-bundles.ts).
 *
 * Indexing starts as soon as the articles are read. Pagefind works in its own processes, fed
 * by worker threads (search-index-worker.mjs), so it keeps going while Eleventy renders pages
 * on the main thread. Two workers take the bundles one at a time, so two Pagefind processes run
 * at once; each bundle gets a fresh process, and a worker holds one bundle's records at a time,
 * so memory stays bounded however large the archive.
 */
import { rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SearchBundle } from "../src/search-bundles.ts";
import type { SearchRecord } from "../src/search-records.ts";

export interface SearchIndexResult {
  pages: number;
  bundles: number;
  seconds: number;
}

/**
 * A bundle's records as Pagefind takes them, when it has none made ahead (an archive's bundles
 * keep their addresses only): made one bundle at a time, so the archive's texts are never all
 * held at once.
 */
export type RecordsOf = (bundle: SearchBundle) => SearchRecord[];

/** Pagefind processes at once; DATELINE_SEARCH_WORKERS changes it (a one-machine sharded build gives each shard one). */
const WORKERS = Number(process.env.DATELINE_SEARCH_WORKERS) || 2;

let running: Promise<unknown> = Promise.resolve();

/** Waits for any search index being written to finish (or fail): before a failed build cleans up. */
export async function settleSearchIndex(): Promise<void> {
  await running.catch(() => undefined);
}

/** How a full build's index runs beside the rest of the build. */
export interface IndexPlan {
  /** One Pagefind process works until this settles, the others after it. */
  widen?: Promise<unknown>;
  /** The records of a bundle that has none, made as Pagefind takes it. */
  recordsOf?: RecordsOf;
}

/**
 * Writes the given bundles. With `replaceAll`, the whole index folder is cleared first (a full
 * build); otherwise only the given bundles' folders are replaced (the dev server's update).
 */
export function writeSearchIndex(outputDir: string, bundles: readonly SearchBundle[], replaceAll = true, plan: IndexPlan = {}): Promise<SearchIndexResult> {
  let result: Promise<SearchIndexResult>;
  try {
    result = indexBundles(outputDir, bundles, replaceAll, plan);
  } catch (error) {
    // What failed before a worker started (clearing a folder, making a bundle's records) fails the promise, as any later failure does.
    result = Promise.reject(error);
  }
  running = result;
  return result;
}

/**
 * Bundles each worker asks for ahead (search-index-worker.mjs): its first asks are answered as it
 * is started, so it has work even while this thread does not come back to its event loop (a
 * build from the cache groups its stories right after starting the index: seconds in which an
 * ask would wait, and Pagefind with it).
 */
const AHEAD = 3;

function indexBundles(outputDir: string, bundles: readonly SearchBundle[], replaceAll: boolean, plan: IndexPlan): Promise<SearchIndexResult> {
  const started = performance.now();
  // A full build's index starts once this thread is next free: after the stories are grouped, for
  // Pagefind on the second core while Eleventy renders on this one. Started at once, it took the
  // second core from the grouping and the reading's last threads: the 13,520 Reuters stories
  // took 41.7 and 45.4 s rather than 32.9 and 38.3 (read 17 s rather than 11).
  if (replaceAll) return rm(path.join(outputDir, "pagefind"), { recursive: true, force: true }).then(() => runWorkers(outputDir, bundles, started, plan));
  // A few bundles brought up to date (a build from the cache, the dev server) start at once,
  // before this returns (see AHEAD): the second core is free, and the stories are grouped next.
  for (const bundle of bundles) rmSync(path.join(outputDir, bundle.path), { recursive: true, force: true });
  return runWorkers(outputDir, bundles, started, plan);
}

function runWorkers(outputDir: string, bundles: readonly SearchBundle[], started: number, { widen, recordsOf }: IndexPlan): Promise<SearchIndexResult> {
  const pages = bundles.reduce((sum, b) => sum + b.urls.length, 0);
  // The workers take the bundles one at a time, whichever is free first: a worker holds the
  // records of the bundle it indexes, never its share of the archive's text (at 100,000 articles
  // that was about 250 MB of copies while the stories were grouped).
  const queue = [...bundles];
  const index = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./search-index-worker.mjs", import.meta.url), { workerData: { ahead: AHEAD } });
      const answer = () => {
        const bundle = queue.shift();
        worker.postMessage(bundle ? { records: bundle.records ?? recordsOf?.(bundle) ?? [], outputPath: path.join(outputDir, bundle.path) } : null);
        // The worker has its own copy now: this thread's can go.
        if (bundle) bundle.records = undefined;
      };
      let answered = 0;
      for (; answered < AHEAD; answered++) answer();
      worker.on("message", (message: { next: true } | { ok: true } | { ok: false; message: string }) => {
        if ("next" in message) {
          if (answered > 0) answered--;
          else answer();
        } else if (message.ok) resolve();
        else reject(new Error(message.message));
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        if (code !== 0) reject(new Error(`the search indexer stopped (exit code ${code})`));
      });
    });
  // With `widen`, one Pagefind process works until it settles, the others after (if bundles are
  // left): the build's largest moment is then one process the lighter.
  const workers = Array.from({ length: Math.min(WORKERS, bundles.length) }, (_, w) =>
    w > 0 && widen ? widen.catch(() => undefined).then(() => (queue.length ? index() : undefined)) : index(),
  );
  return Promise.all(workers).then(() => ({
    pages,
    bundles: bundles.length,
    seconds: (performance.now() - started) / 1000,
  }));
}
