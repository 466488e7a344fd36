/**
 * From an articles folder to normalized articles and the problems found on the way, on this
 * thread (a small archive, the dev server's updates) or on a reader thread (src/readers.ts).
 * It loads the registries (the gazetteer, the language model…: about 150 MB of memory), so a
 * large build's main thread leaves it to its readers (src/load-parallel.ts).
 */
import { parentPort } from "node:worker_threads";
import { agencies } from "../data/agencies.ts";
import { presentTime } from "./dates.ts";
import { indexArticles, type Archive, type ArchiveFeatures } from "./archive.ts";
import { topics } from "../data/topics.ts";
import { createAgencyRegistry } from "./agencies.ts";
import { getGazetteer } from "./gazetteer.ts";
import { normalizeArticle, type NormalizeContext, type NormalizedArticle } from "./normalize-article.ts";
import { listArchive, readArchiveEntry, type ArchiveEntry } from "./read-archive.ts";
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
export type ReadResult = { articles: NormalizedArticle[]; problems: Problem[] };

let sharedContext: NormalizeContext | undefined;


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

/** What reading one article file gives: its hash, its article (if it is one) and its problems. */
export interface EntryRead {
  sha256: string | null;
  article: NormalizedArticle | null;
  problems: Problem[];
}

/** Reads and normalizes one listed file (`bytes`: its content, if already read). */
export function readEntry(entry: ArchiveEntry, bytes?: Buffer): EntryRead {
  const read = readArchiveEntry(entry, bytes);
  const result = read.file ? normalizeArticle(read.file, getNormalizeContext()) : null;
  return { sha256: read.file?.sha256 ?? null, article: result?.article ?? null, problems: [...read.problems, ...(result?.problems ?? [])] };
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

/** Articles a reader thread sends at a time: it never holds its whole share's texts, nor does the thread it sends them to. */
export const READ_BATCH = 250;

/** A reader thread's message: a batch of articles read (in order) and how many files are done; the last also its problems. */
export type ReadMessage = { articles: NormalizedArticle[]; done: number } | (ReadResult & { done: number; last: true });

/**
 * A reader thread's side (started by src/readers.ts through worker-bootstrap.mjs): loads the
 * registries at once, then reads the files it is sent, sending its articles READ_BATCH files
 * at a time, and its problems with the last.
 */
export function serveReads(): void {
  getNormalizeContext();
  parentPort?.once("message", ({ entries, checkOnly }: { entries: ArchiveEntry[]; checkOnly: boolean }) => {
    const problems: Problem[] = [];
    // One message at least, the last, even for no files.
    for (let start = 0; ; start += READ_BATCH) {
      const result = normalizeEntries(entries.slice(start, start + READ_BATCH), undefined, checkOnly);
      problems.push(...result.problems);
      const done = Math.min(entries.length, start + READ_BATCH);
      if (done < entries.length) {
        parentPort?.postMessage({ articles: result.articles, done } satisfies ReadMessage);
        continue;
      }
      parentPort?.postMessage({ articles: result.articles, problems, done, last: true } satisfies ReadMessage);
      return;
    }
  });
}

/**
 * The reader thread of a build from the cache (src/readers.ts, startEntryReader): loads the
 * registries at once, then reads each batch of files it is sent, each file's result apart.
 */
export function serveEntryReads(): void {
  getNormalizeContext();
  parentPort?.on("message", (entries: ArchiveEntry[]) => parentPort?.postMessage(entries.map((entry) => readEntry(entry))));
}

/** The archive of a folder, read on this thread. */
export function buildArchive(options: LoadOptions, features: ArchiveFeatures = {}): Archive {
  const loaded = loadArticles(options);
  return indexArticles(loaded.articles, loaded.problems, loaded.allPaths, loaded.urlLedger, features);
}
