/**
 * The language detector loaded through the JSON cache (src/language-model.ts) is eld's medium
 * detector: the same language, reliability and scores as eld/medium loaded as eld ships it, on
 * every article of the fixtures (English, Arabic, Persian, Russian, Chinese wire copy…), on
 * those texts re-cased and cut short, and on arbitrary text.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguageDetector, shippedLanguageDetector, type LanguageDetector } from "../src/language-model.ts";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures");

function articleTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|txt)$/.test(entry.name) && entry.name !== "README.md")
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
}

type Scored = { language: string; isReliable(): boolean; getScores?(): Record<string, number> };
const outcome = (detector: LanguageDetector, text: string) => {
  const result = detector.detect(text) as Scored;
  return { language: result.language, reliable: result.isReliable(), scores: result.getScores?.() };
};

let cached: LanguageDetector;
let shipped: LanguageDetector;
beforeAll(async () => {
  cached = await loadLanguageDetector();
  shipped = await shippedLanguageDetector();
});

describe("the language detector loaded through the cache", () => {
  it("is not eld/medium's own instance, so the comparison compares two loads", () => {
    expect(cached).not.toBe(shipped);
  });

  it("keeps the model as JSON beside node_modules for the next load", () => {
    const dir = path.resolve(import.meta.dirname, "../node_modules/.cache/dateline");
    expect(existsSync(dir) && readdirSync(dir).some((name) => /^eld-medium-.+\.json$/.test(name))).toBe(true);
  });

  it("detects as eld/medium does on every fixture article, whole, opening, re-cased", () => {
    const texts = articleTexts(FIXTURES);
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      for (const variant of [text, text.slice(0, 200), text.toUpperCase().slice(0, 300), text.toLowerCase().slice(100, 400)]) {
        expect(outcome(cached, variant)).toEqual(outcome(shipped, variant));
      }
    }
  });

  it("detects as eld/medium does on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(outcome(cached, text)).toEqual(outcome(shipped, text));
      }),
      { numRuns: 300 },
    );
  });
});
