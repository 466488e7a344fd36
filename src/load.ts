/**
 * From an articles folder to normalized articles and the problems found on the way.
 */
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parentPort, Worker, workerData } from "node:worker_threads";
import path from "node:path";
import { agencies } from "../data/agencies.ts";
import { topics } from "../data/topics.ts";
import { createAgencyRegistry } from "./agencies.ts";
import { getGazetteer } from "./gazetteer.ts";
import { normalizeArticle, type NormalizeContext, type NormalizedArticle } from "./normalize-article.ts";
import { listArchive, readArchiveEntry, type ArchiveEntry } from "./read-archive.ts";
import { createTopicVocabulary } from "./topics.ts";
import type { Problem } from "./types.ts";

export interface LoadOptions {
  articlesDir: string;
  /** Only what `npm run check` needs (see normalizeArticle). */
  checkOnly?: boolean;
  /** Called after each file, for progress reports. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadedArticles {
  articles: NormalizedArticle[];
  problems: Problem[];
  allPaths: string[];
  urlLedger: Map<string, string>;
}

/** The URL ledger's file name, inside the articles folder. */
export const URL_LEDGER_FILE = ".dateline-urls.json";

/** Reads the URL ledger: `{"urls": {"<source file>": "/YYYY/MM/DD/slug/"}}`; none is an empty one. */
export function readUrlLedger(articlesDir: string, problems: Problem[]): Map<string, string> {
  const file = path.join(articlesDir, URL_LEDGER_FILE);
  if (!existsSync(file)) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { urls?: Record<string, unknown> };
    return new Map(Object.entries(data.urls ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch (error) {
    problems.push({ file: URL_LEDGER_FILE, field: "file", message: `is not valid JSON (${(error as Error).message}); URLs were assigned without it`, severity: "warning" });
    return new Map();
  }
}

/** The ledger after a build: every built article's URL, by file, in a stable order. */
export function renderUrlLedger(articles: readonly { sourceFile: string; url: string }[]): string {
  const urls = Object.fromEntries([...articles].map((a) => [a.sourceFile, a.url] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  return `${JSON.stringify({ about: "Dateline's URL ledger: which article file owns which address. Commit it; the build keeps it up to date.", urls }, null, 1)}\n`;
}

let sharedContext: NormalizeContext | undefined;

/** The registries built from data/: built once per process. */
export function getNormalizeContext(): NormalizeContext {
  sharedContext ??= {
    agencies: createAgencyRegistry(agencies),
    gazetteer: getGazetteer(),
    topics: createTopicVocabulary(topics),
    // DATELINE_NOW (ISO 8601) pins the present, for tests and reproducible reports.
    now: process.env.DATELINE_NOW ? Date.parse(process.env.DATELINE_NOW) : Date.now(),
  };
  return sharedContext;
}

/** Reads and normalizes listed files, in order. */
export function normalizeEntries(
  entries: readonly ArchiveEntry[],
  onEach?: (done: number) => void,
  checkOnly = false,
): { articles: NormalizedArticle[]; problems: Problem[] } {
  const context = getNormalizeContext();
  const articles: NormalizedArticle[] = [];
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    const read = readArchiveEntry(entry);
    problems.push(...read.problems);
    if (read.file) {
      const result = normalizeArticle(read.file, context, checkOnly);
      problems.push(...result.problems);
      if (result.article) articles.push(result.article);
    }
    onEach?.(index + 1);
  });
  return { articles, problems };
}

/** Reads and normalizes the whole articles folder on this thread. */
export function loadArticles(options: LoadOptions): LoadedArticles {
  const { entries, problems, allPaths } = listArchive(options.articlesDir);
  const urlLedger = readUrlLedger(options.articlesDir, problems);
  const normalized = normalizeEntries(entries, (done) => options.onProgress?.(done, entries.length));
  return { articles: normalized.articles, problems: [...problems, ...normalized.problems], allPaths, urlLedger };
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 2000;

/**
 * Reads and normalizes the articles folder on this thread and worker threads (one per core, at
 * most two, the machines this runs on), each taking a contiguous share of the files; the result
 * is the same, in the same order, as loadArticles gives.
 */
export async function loadArticlesInParallel(options: LoadOptions & { workers?: number; threshold?: number }): Promise<LoadedArticles> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 2));
  const { entries, problems, allPaths } = listArchive(options.articlesDir);
  const urlLedger = readUrlLedger(options.articlesDir, problems);
  if (workers === 1 || entries.length < (options.threshold ?? PARALLEL_THRESHOLD)) {
    const normalized = normalizeEntries(entries, (done) => options.onProgress?.(done, entries.length), options.checkOnly);
    return { articles: normalized.articles, problems: [...problems, ...normalized.problems], allPaths, urlLedger };
  }
  // This thread takes a share too: it is ready at once, while each worker needs a second or
  // two to load the code and the gazetteer, so its share is the larger one.
  const mainShare = Math.floor(entries.length * 0.4);
  const workerShare = Math.ceil((entries.length - mainShare) / workers);
  const slices = [entries.slice(0, mainShare), ...Array.from({ length: workers }, (_, w) => entries.slice(mainShare + w * workerShare, mainShare + (w + 1) * workerShare))];
  const done = new Array<number>(slices.length).fill(0);
  const report = (part: number, n: number) => {
    done[part] = n;
    options.onProgress?.(done.reduce((a, b) => a + b, 0), entries.length);
  };
  const working = slices.slice(1).map((slice, w) => runWorker(slice, options.checkOnly ?? false, (n) => report(w + 1, n)));
  // Let the workers start before this thread gets busy.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const own = await normalizeInSteps(slices[0] ?? [], options.checkOnly ?? false, (n) => report(0, n));
  const results = [own, ...(await Promise.all(working))];
  return {
    articles: results.flatMap((r) => r.articles),
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    allPaths,
    urlLedger,
  };
}

/** normalizeEntries in steps of 200, letting the event loop hear from the workers between them. */
async function normalizeInSteps(entries: readonly ArchiveEntry[], checkOnly: boolean, onProgress: (done: number) => void): Promise<{ articles: NormalizedArticle[]; problems: Problem[] }> {
  const articles: NormalizedArticle[] = [];
  const problems: Problem[] = [];
  for (let start = 0; start < entries.length; start += 200) {
    const step = normalizeEntries(entries.slice(start, start + 200), undefined, checkOnly);
    articles.push(...step.articles);
    problems.push(...step.problems);
    onProgress(Math.min(entries.length, start + 200));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { articles, problems };
}

function runWorker(entries: ArchiveEntry[], checkOnly: boolean, onProgress: (done: number) => void): Promise<{ articles: NormalizedArticle[]; problems: Problem[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), {
      workerData: { module: import.meta.url, run: "normalizeInWorker", entries, checkOnly },
    });
    worker.on("message", (message: { progress: number } | { articles: NormalizedArticle[]; problems: Problem[] }) => {
      if ("progress" in message) onProgress(message.progress);
      else resolve(message);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`a worker reading articles stopped (exit code ${code})`));
    });
  });
}

/** The worker's side of loadArticlesInParallel (started by worker-bootstrap.mjs). */
export function normalizeInWorker(): void {
  const entries = workerData.entries as ArchiveEntry[];
  const result = normalizeEntries(
    entries,
    (done) => {
      if (done % 250 === 0) parentPort?.postMessage({ progress: done });
    },
    workerData.checkOnly === true,
  );
  parentPort?.postMessage(result);
}
