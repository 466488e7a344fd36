// Feeds search records to Pagefind from a worker thread, whose event loop stays free while the
// main thread renders pages (see search-index.ts). Each bundle gets a fresh Pagefind process,
// closed once its files are written, so memory stays bounded by the bundle size. Plain
// JavaScript: a worker thread does not inherit tsx's TypeScript loader. The caller clears the
// bundles' folders first (Pagefind leaves an earlier run's files in place).
import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

const IN_FLIGHT = 256;

/**
 * Pagefind's own interfaces, which every bundle gets a copy of: the search page drives Pagefind
 * with layouts/assets/search.js, so they would only take room (433 kB a bundle of 2,500
 * articles, 0.17 kB an article).
 */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/** Put before each bundle's pagefind-worker.js: its requests, a few at a time (the file says why). */
const WORKER_QUEUE = readFileSync(new URL("./pagefind-worker-queue.js", import.meta.url), "utf8");

async function queueWorkerFetches(outputPath) {
  const file = path.join(outputPath, "pagefind-worker.js");
  await writeFile(file, WORKER_QUEUE + (await readFile(file, "utf8")));
}

async function writeBundle({ records, outputPath }) {
  try {
    // Each record names its language: Pagefind writes an index per language, with its stemmer.
    const { errors, index } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // In order, a window at a time: the same index from one build to the next.
    for (let start = 0; start < records.length; start += IN_FLIGHT) {
      const results = await Promise.all(records.slice(start, start + IN_FLIGHT).map((record) => index.addCustomRecord(record)));
      const failed = results.find((result) => result.errors.length);
      if (failed) throw new Error(`Pagefind could not index an article: ${failed.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    await Promise.all(UNUSED_FILES.map((file) => rm(path.join(outputPath, file), { force: true })));
    await queueWorkerFetches(outputPath);
  } finally {
    await pagefind.close();
  }
}

/**
 * Bundles asked for and not yet indexed. The main thread answers only between its own steps,
 * and grouping the stories keeps it busy for a while (half a minute or more at 100,000
 * articles), so a few are asked for ahead (the first answered as the thread is started, before
 * it asks: search-index.ts): Pagefind keeps working meanwhile, and this thread holds a few
 * bundles' records, never its share of the archive's text.
 */
const AHEAD = workerData.ahead;
const arrived = [];
let waiting = null;
const take = (bundle) => {
  if (waiting) {
    waiting(bundle);
    waiting = null;
  } else arrived.push(bundle);
};
parentPort.on("message", take);
const ask = () => parentPort.postMessage({ next: true });

/** The next bundle to index, asking for one more ahead; null when none is left. */
async function nextBundle() {
  ask();
  if (arrived.length > 0) return arrived.shift();
  return new Promise((resolve) => (waiting = resolve));
}

try {
  for (let i = 0; i < AHEAD; i++) ask();
  for (let bundle = await nextBundle(); bundle; bundle = await nextBundle()) await writeBundle(bundle);
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
} finally {
  // Nothing more to hear: the thread ends once its last message is sent.
  parentPort.off("message", take);
}
