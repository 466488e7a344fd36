// Copies each article's file as saved beside its page, on a thread of its own (build/saved-copies.ts):
// synchronous calls, so the copies go on while the main thread is busy grouping stories.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const { outputDir, copies } = workerData;
const made = new Set();
for (const [source, target] of copies) {
  const absolute = path.join(outputDir, target);
  const folder = path.dirname(absolute);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  copyFileSync(source, absolute);
}
parentPort?.postMessage(copies.length);
