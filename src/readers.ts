/**
 * Reader threads: worker threads that read and normalize a share of the articles folder (the
 * work itself is in src/load.ts). A worker needs a second or so to load the code and index
 * the gazetteer, so a command starts its readers first thing (`startReaders`), before loading
 * its own code, and they are ready by the time the files are listed. This module loads
 * nothing else, so importing it first costs nothing.
 *
 * A folder worth them is read by the readers alone, one per core (at most three), and the main
 * thread waits: reading loads the registries (about 150 MB), which the main thread, holding
 * the archive for the rest of the build, is better without (src/load-parallel.ts).
 */
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { EntryRead } from "./load.ts";
import type { ArchiveEntry } from "./read-archive.ts";

/** Below this many files, starting worker threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 2000;

export interface ReaderOptions {
  /** Threads that read (default: one per core, at most three); with one, this thread reads alone. */
  threads?: number;
  /** Fewer files than this are read on this thread alone. */
  threshold?: number;
}

/** A reader thread, loading its code; it reads once it is given files. */
export interface Reader {
  worker: Worker;
  /** True when it was started ahead of need (so it is ready, or nearly, when given files). */
  early: boolean;
}

const LOAD_MODULE = new URL("./load.ts", import.meta.url).href;
const waiting = new Map<string, Reader[]>();

/** How many reader threads a folder of `fileCount` files is worth. */
export function readerCount(fileCount: number, options: ReaderOptions = {}): number {
  if (fileCount < (options.threshold ?? PARALLEL_THRESHOLD)) return 0;
  const threads = Math.min(options.threads ?? availableParallelism(), 3);
  return threads < 2 ? 0 : threads;
}

function startReader(early: boolean): Reader {
  const worker = new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), {
    workerData: { module: LOAD_MODULE, run: "serveReads" },
  });
  // An idle reader never keeps the process alive: a command that stops early just exits.
  worker.unref();
  return { worker, early };
}

/**
 * Starts reader threads for a large articles folder ahead of need; loadArticlesInParallel
 * takes them. Counting the files costs a few milliseconds per thousand.
 */
export function startReaders(articlesDir: string, options: ReaderOptions = {}): readonly Reader[] {
  let fileCount = 0;
  try {
    fileCount = readdirSync(articlesDir, { recursive: true }).length;
  } catch {
    return []; // The build reports a missing or unreadable folder in its own words.
  }
  const readers = Array.from({ length: readerCount(fileCount, options) }, () => startReader(true));
  if (readers.length > 0) waiting.set(path.resolve(articlesDir), readers);
  return readers;
}

/**
 * The readers for a folder of `fileCount` files: those started ahead for it, else new ones
 * (none for a small folder). Readers started ahead and not needed are stopped.
 */
export function takeReaders(articlesDir: string, fileCount: number, options: ReaderOptions = {}): Reader[] {
  const key = path.resolve(articlesDir);
  const early = waiting.get(key) ?? [];
  waiting.delete(key);
  const count = readerCount(fileCount, options);
  for (const reader of early.slice(count)) void reader.worker.terminate();
  const readers = early.slice(0, count);
  while (readers.length < count) readers.push(startReader(false));
  return readers;
}

/** A reader thread that reads the files it is given, each apart (a build from the cache's). */
export interface EntryReader {
  /** Each file's hash, article and problems, in order. */
  read(entries: readonly ArchiveEntry[]): Promise<EntryRead[]>;
  /** Ends the thread, and its memory (the registries) with it. */
  stop(): void;
}

/**
 * Starts a reader thread loading its code (about 4 s of CPU and 150 MB on this machine) while
 * this one does other work: a build from the cache starts it before reading its records, and
 * stops it once the files that changed are read (at once, if none did).
 */
export function startEntryReader(): EntryReader {
  const worker = new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), {
    workerData: { module: LOAD_MODULE, run: "serveEntryReads" },
  });
  worker.unref();
  let failure: Error | undefined;
  const failed = (error: Error) => (failure ??= error);
  worker.on("error", failed);
  worker.on("exit", (code) => failed(new Error(`the thread reading articles stopped (exit code ${code})`)));
  return {
    read(entries) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const settle = (error: Error) => {
          worker.off("message", done);
          worker.unref();
          reject(error);
        };
        const done = (results: EntryRead[]) => {
          worker.off("error", settle);
          worker.off("exit", exited);
          worker.unref();
          resolve(results);
        };
        const exited = (code: number) => settle(new Error(`the thread reading articles stopped (exit code ${code})`));
        worker.ref();
        worker.once("message", done);
        worker.once("error", settle);
        worker.once("exit", exited);
        worker.postMessage(entries);
      });
    },
    stop() {
      failure ??= new Error("the thread reading articles was stopped");
      worker.removeAllListeners();
      void worker.terminate();
    },
  };
}
