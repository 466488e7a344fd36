// Feeds the search records to Pagefind from a worker thread, whose event loop stays free
// while the main thread renders pages (see search-index.ts). Plain JavaScript: a worker
// thread does not inherit tsx's TypeScript loader.
import { rm } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

const IN_FLIGHT = 256;
const { records, bundle } = workerData;
const started = performance.now();
try {
  const { errors, index } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // In order, a window at a time: the same index from one build to the next.
  for (let start = 0; start < records.length; start += IN_FLIGHT) {
    const results = await Promise.all(records.slice(start, start + IN_FLIGHT).map((record) => index.addCustomRecord(record)));
    const failed = results.find((result) => result.errors.length);
    if (failed) throw new Error(`Pagefind could not index an article: ${failed.errors.join("; ")}`);
  }
  await rm(bundle, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  parentPort.postMessage({ ok: true, pages: records.length, seconds: (performance.now() - started) / 1000 });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
