import path from "node:path";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { loadArticles, loadArticlesInParallel } from "../src/load.ts";
import { readerCount, startReaders, takeReaders } from "../src/readers.ts";

const FIXTURE = path.resolve(import.meta.dirname, "fixtures/archive");

describe("loadArticlesInParallel", () => {
  it("gives exactly what loadArticles gives, in the same order, when this thread and two readers share the files", async () => {
    const single = loadArticles({ articlesDir: FIXTURE });
    const progress: number[] = [];
    const parallel = await loadArticlesInParallel({ articlesDir: FIXTURE, threads: 3, threshold: 0, onProgress: (done) => progress.push(done) });
    expect(parallel.articles).toEqual(single.articles);
    expect(parallel.problems).toEqual(single.problems);
    expect(parallel.allPaths).toEqual(single.allPaths);
    expect(single.articles.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(single.allPaths.filter((p) => /\.(md|markdown|txt)$/.test(p)).length);
  });

  it("uses a reader started ahead for the folder, with the same result", async () => {
    const single = loadArticles({ articlesDir: FIXTURE, checkOnly: true });
    startReaders(FIXTURE, { threads: 2, threshold: 0 });
    const parallel = await loadArticlesInParallel({ articlesDir: FIXTURE, threads: 2, threshold: 0, checkOnly: true });
    expect(parallel.articles).toEqual(single.articles);
    expect(parallel.problems).toEqual(single.problems);
  });
});

describe("reader threads", () => {
  it("are worth starting for a large folder only, and one fewer than the threads (at most three)", () => {
    expect(readerCount(100)).toBe(0);
    expect(readerCount(5000, { threads: 1 })).toBe(0);
    expect(readerCount(5000, { threads: 2 })).toBe(1);
    expect(readerCount(5000, { threads: 16 })).toBe(2);
  });

  it("started ahead are handed over once, and stopped when the folder turns out small", async () => {
    const early = startReaders(FIXTURE, { threads: 2, threshold: 0 });
    expect(early).toHaveLength(1);
    const taken = takeReaders(FIXTURE, 5000, { threads: 2 });
    expect(taken).toEqual(early);
    const fresh = takeReaders(FIXTURE, 5000, { threads: 2 });
    expect(fresh.map((r) => r.early)).toEqual([false]);
    await Promise.all([...taken, ...fresh].map((r) => r.worker.terminate()));

    const unneeded = startReaders(FIXTURE, { threads: 2, threshold: 0 });
    const exited = once(unneeded[0]!.worker, "exit");
    expect(takeReaders(FIXTURE, 10, { threads: 2 })).toEqual([]);
    await exited;
  });

  it("start none for a small or missing folder", () => {
    expect(startReaders(FIXTURE, { threads: 2 })).toEqual([]);
    expect(startReaders(path.join(FIXTURE, "no-such-folder"), { threads: 2, threshold: 0 })).toEqual([]);
  });
});
