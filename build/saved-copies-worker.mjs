// Copies each article's file as saved beside its page, on a thread of its own (build/saved-copies.ts):
// synchronous calls, so the copies go on while the main thread is busy grouping stories.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

// Each copy as [source, target], both absolute.
const made = new Set();
for (const [source, target] of workerData.copies) {
  const folder = path.dirname(target);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  copyFileSync(source, target);
}
parentPort?.postMessage(workerData.copies.length);
