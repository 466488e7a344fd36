/**
 * From an articles folder to normalized articles and the problems found on the way.
 */
import { parentPort } from "node:worker_threads";
import { agencies } from "../data/agencies.ts";
import { topics } from "../data/topics.ts";
import { createAgencyRegistry } from "./agencies.ts";
import { getGazetteer } from "./gazetteer.ts";
import { normalizeArticle, type NormalizeContext, type NormalizedArticle } from "./normalize-article.ts";
import { listArchive, readArchiveEntry, type ArchiveEntry } from "./read-archive.ts";
import { takeReaders, type Reader, type ReaderOptions } from "./readers.ts";
import { createTopicVocabulary } from "./topics.ts";
import type { Problem } from "./types.ts";
import { readUrlLedger, type UrlLedger } from "./url-ledger.ts";

export interface LoadOptions {
  articlesDir: string;
  /** Only what `npm run check` needs (see normalizeArticle). */
  checkOnly?: boolean;
  /** Called after each file, for progress reports. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadedArticles {
  articles: NormalizedArticle[];
  /** The article files listed, in order (what the build cache records of each, build/build-cache.ts). */
  entries: ArchiveEntry[];
  problems: Problem[];
  allPaths: string[];
  urlLedger: UrlLedger;
}

/** What reading a share of the files gives: its articles, in order, and its problems. */
type ReadResult = { articles: NormalizedArticle[]; problems: Problem[] };

let sharedContext: NormalizeContext | undefined;

/** The present articles are read against: DATELINE_NOW (ISO 8601) pins it, for tests and reproducible reports. */
export function presentTime(env: NodeJS.ProcessEnv = process.env): number {
  return env.DATELINE_NOW ? Date.parse(env.DATELINE_NOW) : Date.now();
}

/** The registries built from data/: built once per process. */
export function getNormalizeContext(): NormalizeContext {
  sharedContext ??= {
    agencies: createAgencyRegistry(agencies),
    gazetteer: getGazetteer(),
    topics: createTopicVocabulary(topics),
    now: presentTime(),
  };
  return sharedContext;
}

/** Reads and normalizes listed files, in order. */
export function normalizeEntries(
  entries: readonly ArchiveEntry[],
  onEach?: (done: number) => void,
  checkOnly = false,
): ReadResult {
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
  const normalized = normalizeEntries(entries, (done) => options.onProgress?.(done, entries.length), options.checkOnly);
  return { articles: normalized.articles, entries, problems: [...problems, ...normalized.problems], allPaths, urlLedger };
}

/**
 * Reads and normalizes the articles folder on this thread and reader threads (src/readers.ts),
 * each taking a contiguous share of the files; the result is the same, in the same order, as
 * loadArticles gives. Readers started ahead for the folder are used; otherwise they start now.
 */
export async function loadArticlesInParallel(options: LoadOptions & ReaderOptions): Promise<LoadedArticles> {
  const { entries, problems, allPaths } = listArchive(options.articlesDir);
  const urlLedger = readUrlLedger(options.articlesDir, problems);
  const readers = takeReaders(options.articlesDir, entries.length, options);
  if (readers.length === 0) {
    const normalized = normalizeEntries(entries, (done) => options.onProgress?.(done, entries.length), options.checkOnly);
    return { articles: normalized.articles, entries, problems: [...problems, ...normalized.problems], allPaths, urlLedger };
  }
  // Shares in proportion to the threads; a reader started only now needs a second or so to
  // load, so this thread, ready at once, then takes a larger share.
  const threads = readers.length + 1;
  const mainShare = Math.floor(entries.length * (readers.every((r) => r.early) ? 1 / threads : 1 / threads + 0.15));
  const readerShare = Math.ceil((entries.length - mainShare) / readers.length);
  const slices = [entries.slice(0, mainShare), ...readers.map((_, r) => entries.slice(mainShare + r * readerShare, mainShare + (r + 1) * readerShare))];
  const done = new Array<number>(slices.length).fill(0);
  const report = (part: number, n: number) => {
    done[part] = n;
    options.onProgress?.(done.reduce((a, b) => a + b, 0), entries.length);
  };
  const checkOnly = options.checkOnly ?? false;
  const working = readers.map((reader, r) => readInWorker(reader, slices[r + 1] ?? [], checkOnly, (n) => report(r + 1, n)));
  const own = await normalizeInSteps(slices[0] ?? [], checkOnly, (n) => report(0, n));
  const results = [own, ...(await Promise.all(working))];
  return {
    articles: results.flatMap((r) => r.articles),
    entries,
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    allPaths,
    urlLedger,
  };
}

/** normalizeEntries in steps of 200, letting the event loop hear from the workers between them. */
async function normalizeInSteps(entries: readonly ArchiveEntry[], checkOnly: boolean, onProgress: (done: number) => void): Promise<ReadResult> {
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

function readInWorker(reader: Reader, entries: ArchiveEntry[], checkOnly: boolean, onProgress: (done: number) => void): Promise<ReadResult> {
  const { worker } = reader;
  return new Promise((resolve, reject) => {
    worker.ref();
    worker.on("message", (message: { progress: number } | ReadResult) => {
      if ("progress" in message) onProgress(message.progress);
      else {
        onProgress(entries.length);
        resolve(message);
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`a worker reading articles stopped (exit code ${code})`));
    });
    worker.postMessage({ entries, checkOnly });
  });
}

/**
 * A reader thread's side (started by src/readers.ts through worker-bootstrap.mjs): loads the
 * registries at once, then reads the files it is sent and returns what it found.
 */
export function serveReads(): void {
  getNormalizeContext();
  parentPort?.once("message", ({ entries, checkOnly }: { entries: ArchiveEntry[]; checkOnly: boolean }) => {
    const result = normalizeEntries(
      entries,
      (done) => {
        if (done % 250 === 0) parentPort?.postMessage({ progress: done });
      },
      checkOnly,
    );
    parentPort?.postMessage(result);
  });
}
