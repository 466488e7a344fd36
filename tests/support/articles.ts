/**
 * Builders for normalized articles, for the tests of the archive index and the site plan.
 * Dates go through the real date parser, so the articles are shaped as normalization makes them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parsePublishedDate } from "../../src/dates.ts";
import type { NormalizedArticle } from "../../src/normalize-article.ts";
import { slugify } from "../../src/slug.ts";
import { foldKey } from "../../src/text.ts";
import type { TopicMention } from "../../src/topics.ts";
import type { Agency, Dateline, Place, PublishedDate } from "../../src/types.ts";

export function publishedDate(text: string, zone: string | null = null): PublishedDate {
  const result = parsePublishedDate(text, zone);
  if (!result.ok) throw new Error(`test date ${text}: ${result.reason}`);
  return result.date;
}

export function topic(name: string): TopicMention {
  const key = foldKey(name);
  return { key, name, slug: slugify(key) };
}

export function agency(name: string, slug: string, known = true): Agency {
  return { name, shortName: name, slug, homepage: known ? `https://${slug}.example/` : null, known };
}

export const TASNIM = agency("Tasnim News Agency", "tasnim");
export const REUTERS = agency("Reuters", "reuters");
export const TASS = agency("TASS", "tass");

export function place(name: string, slug: string, country: string | null, timeZone: string | null): Place {
  return { name, slug, country, countryCode: null, timeZone, known: country !== null };
}

export const TEHRAN = place("Tehran", "tehran-ir", "Iran", "Asia/Tehran");
export const LONDON = place("London", "london-gb", "United Kingdom", "Europe/London");

export function dateline(where: Place): Dateline {
  const written = where.name.toUpperCase();
  return { raw: `${written} -`, placeAsWritten: written, placeName: where.name, region: null, dateText: null, agencyText: null, place: where };
}

export interface ArticleOptions {
  slugBase?: string;
  slugExplicit?: boolean;
  title?: string;
  topics?: string[];
  source?: Agency | null;
  citedSources?: Agency[];
  place?: Place | null;
}

/** An article as `normalizeArticle` returns it, filed under `sourceFile` and dated `date`. */
export function normalizedArticle(sourceFile: string, date: string, options: ArticleOptions = {}): NormalizedArticle {
  const stem = (sourceFile.split("/").pop() ?? sourceFile).replace(/\.[^.]+$/, "").replace(/^\d{4}-\d{2}-\d{2}-?/, "");
  const title = options.title ?? stem.replace(/-/g, " ");
  const text = `${title}.`;
  return {
    sourceFile,
    version: `v-${sourceFile}`,
    textDigest: null,
    format: "md",
    slugBase: options.slugBase ?? slugify(stem || title),
    slugExplicit: options.slugExplicit ?? false,
    title,
    date: publishedDate(date),
    source: options.source === undefined ? REUTERS : options.source,
    citedSources: options.citedSources ?? [],
    dateline: options.place ? dateline(options.place) : null,
    topics: (options.topics ?? []).map(topic),
    author: null,
    language: null,
    summary: null,
    originalUrl: null,
    archived: null,
    bodyHtml: `<p>${text}</p>`,
    plainText: text,
    lead: text,
    wordCount: text.split(" ").length,
  };
}

/** `count` articles, one a day from `firstDay` onwards, named `story-001` … */
export function dailyArticles(count: number, firstDay = "2023-09-01", options: ArticleOptions = {}): NormalizedArticle[] {
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const name = `story-${String(i + 1).padStart(3, "0")}`;
    return normalizedArticle(`${day}-${name}.md`, `${day}T12:00:00`, options);
  });
}

/** A fresh temporary folder, and a function that removes it. */
export function temporaryFolder(prefix = "dateline-test-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
