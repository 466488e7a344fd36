// Copies each article's file as saved beside its page, on a thread of its own (build/saved-copies.ts):
// synchronous calls, so the copies go on while the main thread is busy grouping stories.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const { outputDir, articlesDir, list } = workerData;
const text = Buffer.from(list);
// Each copy as two relative paths, each followed by a NUL, as copyList in build/saved-copies.ts
// writes them. Each copy goes in the folder of its article's page, made here
// if the page is not written yet: one folder an article, so none is remembered.
let copies = 0;
for (let at = 0; at < text.length; copies++) {
  const middle = text.indexOf(0, at);
  const end = text.indexOf(0, middle + 1);
  const source = path.join(articlesDir, text.toString("utf8", at, middle));
  const target = path.join(outputDir, text.toString("utf8", middle + 1, end));
  at = end + 1;
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(source, target);
}
parentPort?.postMessage(copies);
