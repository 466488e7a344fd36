/**
 * Every saved page of ../shared/corpus through the importer: none may crash it. Runs only where
 * the corpus is (a developer's machine, CI); `npm run check:import` measures the rates.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importArticle } from "../../src/import/import-article.ts";
import { getNormalizeContext } from "../../src/load.ts";
import type { NormalizeContext } from "../../src/normalize-article.ts";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus");
const READABILITY = path.join(CORPUS, "html-readability");
const DATED = path.join(CORPUS, "html-dated");

function pages(): { file: string; url: string | null; date: string | null | undefined }[] {
  if (!existsSync(CORPUS)) return [];
  const list: { file: string; url: string | null; date: string | null | undefined }[] = [];
  if (existsSync(READABILITY)) {
    for (const name of readdirSync(READABILITY).sort()) {
      const file = path.join(READABILITY, name, "source.html");
      if (existsSync(file)) list.push({ file, url: null, date: undefined });
    }
  }
  if (existsSync(path.join(DATED, "truth.json"))) {
    const truth = JSON.parse(readFileSync(path.join(DATED, "truth.json"), "utf8")) as Record<string, { file: string; date: string | null }>;
    for (const [url, entry] of Object.entries(truth)) list.push({ file: path.join(DATED, entry.file), url, date: entry.date });
  }
  return list;
}

describe.runIf(existsSync(CORPUS))("the importer on every saved page of ../shared/corpus", () => {
  let context: NormalizeContext;
  beforeAll(() => {
    context = getNormalizeContext();
  });

  it("reads every page without crashing: each gives an article or a reason naming the page", () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(0);
    for (const page of all) {
      const result = importArticle({ name: page.file, bytes: readFileSync(page.file), kind: "html" }, { now: new Date("2024-01-01T00:00:00Z"), knownUrl: page.url, zone: "UTC" }, context);
      if (result.ok) {
        expect(result.article.fileText.startsWith("---\ntitle: ")).toBe(true);
        expect(result.article.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        expect(result.reason).toContain(page.file);
      }
      // A page the truth says has no date is never given one.
      if (page.date === null) expect(result.ok, page.file).toBe(false);
    }
  });
});
