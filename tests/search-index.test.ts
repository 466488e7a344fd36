import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSearchIndex } from "../build/search-index.ts";
import { splitIntoBundles } from "../src/search-bundles.ts";
import type { SearchRecord } from "../src/search-records.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "dateline-search-index-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const record = (n: number): SearchRecord => ({
  url: `/1987/03/${String(n + 1).padStart(2, "0")}/story-${n}/`,
  content: `Story ${n}\n\nWheat word${n} shipments rose.`,
  language: "en",
  meta: { title: `Story ${n}`, date: "1987", language: "en", sorted: `1987-03-${String(n + 1).padStart(2, "0")}T00:00:00.000Z` },
  filters: { topic: ["Wheat"], source: [], place: [], year: ["1987"] },
  sort: { date: `1987-03-${String(n + 1).padStart(2, "0")}T00:00:00.000Z` },
});

describe("writeSearchIndex", () => {
  it("indexes every bundle once, however many more bundles than workers there are, and lets each bundle's records go", async () => {
    // Eleven bundles for two workers, each asking for a few ahead: every one must be written.
    const bundles = splitIntoBundles(Array.from({ length: 21 }, (_, n) => record(20 - n)), 2);
    expect(bundles).toHaveLength(11);
    const result = await writeSearchIndex(root, bundles);
    expect(result).toMatchObject({ pages: 21, bundles: 11 });
    expect(readdirSync(path.join(root, "pagefind")).sort()).toEqual(bundles.map((b) => b.path.split("/")[1]).sort());
    for (const bundle of bundles) {
      expect(existsSync(path.join(root, bundle.path, "pagefind-entry.json")), bundle.path).toBe(true);
      // Pagefind's worker, with its requests queued first (build/pagefind-worker-queue.js).
      const worker = readFileSync(path.join(root, bundle.path, "pagefind-worker.js"), "utf8");
      expect(worker.startsWith(readFileSync(new URL("../build/pagefind-worker-queue.js", import.meta.url), "utf8"))).toBe(true);
      expect(worker).toContain("pagefind_version");
      expect(bundle.records).toBeUndefined();
    }
  }, 60_000);
});

describe("splitIntoBundles", () => {
  // Newest first, as the archive lists them; n counts from the oldest.
  const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => record(count - 1 - i));
  const sizes = (bundles: { records: SearchRecord[] }[]) => bundles.map((b) => b.records.length);
  const wordsOf = (bundle: { records: SearchRecord[] }, words: (n: number) => number) => bundle.records.reduce((sum, r) => sum + words(Number(/story-(\d+)/.exec(r.url)?.[1])), 0);

  it("without words, cuts bundles of `size` from the oldest, the newest bundle the short one", () => {
    expect(sizes(splitIntoBundles(newestFirst(7), 3))).toEqual([3, 3, 1]);
    expect(splitIntoBundles(newestFirst(7), 3)[0]?.records.map((r) => r.url)).toEqual(newestFirst(7).slice(4).map((r) => r.url));
    expect(sizes(splitIntoBundles([], 3))).toEqual([0]);
  });

  for (const [name, words] of [
    ["even", () => 100],
    ["rising", (n: number) => 10 * (n + 1)],
    ["uneven", (n: number) => [5, 400, 60, 1, 250, 90, 333][n % 7] as number],
    ["one over the budget", (n: number) => (n === 4 ? 5000 : 50)],
  ] as const) {
    it(`keeps every bundle within the count and the word budget (${name} articles), and loses or repeats none`, () => {
      const records = newestFirst(23);
      const counts = records.map((r) => words(Number(/story-(\d+)/.exec(r.url)?.[1])));
      const bundles = splitIntoBundles(records, 5, undefined, counts, 400);
      expect(bundles.flatMap((b) => b.records).map((r) => r.url).sort()).toEqual(records.map((r) => r.url).sort());
      bundles.forEach((bundle, i) => {
        expect(bundle.path).toBe(`pagefind/b${i}/`);
        expect(bundle.records.length).toBeGreaterThan(0);
        expect(bundle.records.length).toBeLessThanOrEqual(5);
        // Over the budget only as one article alone.
        if (bundle.records.length > 1) expect(wordsOf(bundle, words)).toBeLessThanOrEqual(400);
      });
      // Older bundles first: each bundle's articles are older than the next one's.
      for (let i = 1; i < bundles.length; i++) expect((bundles[i - 1]?.dates?.[1] ?? "") < (bundles[i]?.dates?.[0] ?? "")).toBe(true);
      // An article newer than all changes the last bundle only (or adds one).
      const grown = [record(23), ...records];
      const after = splitIntoBundles(grown, 5, undefined, [words(23), ...counts], 400);
      expect(after.slice(0, bundles.length - 1).map((b) => b.signature)).toEqual(bundles.slice(0, -1).map((b) => b.signature));
      expect(after.length - bundles.length).toBeLessThanOrEqual(1);
    });
  }

  it("closes a bundle on words before count: a budget of 250 and articles of 100 words give bundles of two", () => {
    expect(sizes(splitIntoBundles(newestFirst(5), 2500, undefined, [100, 100, 100, 100, 100], 250))).toEqual([2, 2, 1]);
    expect(sizes(splitIntoBundles(newestFirst(5), 2500, undefined, [100, 100, 100, 100, 100], 300))).toEqual([3, 2]);
  });
});
