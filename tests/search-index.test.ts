import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
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
      expect(bundle.records).toEqual([]);
    }
  }, 60_000);

});
