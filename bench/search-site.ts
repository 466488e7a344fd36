/**
 * A search-only site of N synthetic articles, for `npm run bench:search -- --synthetic=N`: the
 * search page, its script and a Pagefind index in bundles of 2,500 (BUNDLE_SIZE), written by
 * the build's own Pagefind step (build/search-index.ts), without the rest of the site, which a
 * search does not fetch. The articles are bench/generate.ts's (300–800 words from its
 * vocabulary, 2–5 Zipf topics, one of 15 agencies and 200 places), one every five minutes from
 * 2000-01-01, so bundle K always holds the same 2,500 articles: the bundles are written once
 * into a pool (bench/out/search-synthetic/pagefind/), oldest first, and a site of N articles
 * lists the first N / 2,500 of them. A larger N adds bundles to the pool; an interrupted run
 * resumes where it stopped.
 *
 * `node --import tsx bench/search-site.ts N` builds the pool up to N articles and writes the site
 * (bench/out/search-synthetic-N/).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeSearchIndex } from "../build/search-index.ts";
import { en } from "../data/i18n/en.ts";
import { siteContext } from "../layouts/page.ts";
import { renderSearchBundles, renderSearchFilterCounts, renderSearchPage } from "../layouts/search.ts";
import { BUNDLE_SIZE, type SearchBundle } from "../src/search-bundles.ts";
import { addFilterCounts, type FilterCounts, type SearchRecord, sortedCounts } from "../src/search-records.ts";
import { periodLabel } from "../src/site-words.ts";
import { AGENCIES, CITIES, pick, random, topicName, WORDS, zipfPicker } from "./generate.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const POOL = path.join(ROOT, "bench/out/search-synthetic");
const START = Date.UTC(2000, 0, 1);
const STEP = 5 * 60 * 1000;
/** Pagefind processes at once, as the build runs them. */
const WORKERS = Number(process.env.DATELINE_SEARCH_WORKERS) || 2;

/** The sort date of article `i` (0 the oldest), as its record carries it. */
function sortDate(i: number): string {
  return new Date(START + i * STEP).toISOString().replace(".000Z", "Z");
}

/** Bundle K's stretch of time. */
function bundleDates(bundle: number): [string, string] {
  return [sortDate(bundle * BUNDLE_SIZE), sortDate((bundle + 1) * BUNDLE_SIZE - 1)];
}

/** Article `i` (0 the oldest) of the synthetic archive: the same whatever N is. */
function bundleRecords(bundle: number): SearchRecord[] {
  const rand = random(1000 + bundle);
  const zipf = zipfPicker(rand, 500);
  const records: SearchRecord[] = [];
  for (let i = bundle * BUNDLE_SIZE; i < (bundle + 1) * BUNDLE_SIZE; i++) {
    const iso = sortDate(i);
    const day = iso.slice(0, 10);
    const agency = pick(rand, AGENCIES);
    const city = pick(rand, CITIES);
    const topics = new Set<string>();
    const topicCount = 2 + Math.floor(rand() * 4);
    while (topics.size < topicCount) topics.add(topicName(zipf()));
    const title = `${Array.from({ length: 6 + Math.floor(rand() * 6) }, () => pick(rand, WORDS)).join(" ").replace(/^./, (c) => c.toUpperCase())} ${i}`;
    const words = 300 + Math.floor(rand() * 501);
    const paragraphs: string[] = [];
    for (let written = 0; written < words; ) {
      const length = Math.min(words - written, 40 + Math.floor(rand() * 50));
      paragraphs.push(`${Array.from({ length }, () => pick(rand, WORDS)).join(" ").replace(/^./, (c) => c.toUpperCase())}.`);
      written += length;
    }
    const place = city.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    paragraphs[0] = `${city} (${agency}) - ${paragraphs[0]}`;
    records.push({
      url: `/${day.replace(/-/g, "/")}/story-${i}/`,
      content: `${title}\n\n${paragraphs.join("\n\n")}`,
      language: "en",
      meta: { title, date: periodLabel(day, en), source: agency, language: "en", sorted: iso },
      filters: { topic: [...topics], source: [agency], place: [place], year: [day.slice(0, 4)] },
      sort: { date: iso },
    });
  }
  return records.reverse();
}

/** The filter counts of some records, as filterCounts counts articles. */
function countsOf(records: readonly SearchRecord[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const record of records) addFilterCounts(counts, record.language, record.filters);
  return counts;
}

/** Writes the pool's bundles 0 … count/BUNDLE_SIZE − 1 that are not written yet, oldest first. */
export async function buildPool(count: number, log = console.log): Promise<void> {
  const bundles = Math.ceil(count / BUNDLE_SIZE);
  const pending = Array.from({ length: bundles }, (_, k) => k).filter((k) => !existsSync(path.join(POOL, `pagefind/b${k}/.done`)));
  if (!pending.length) return;
  const started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(WORKERS, pending.length) }, async () => {
      for (let k = pending.shift(); k !== undefined; k = pending.shift()) {
        const records = bundleRecords(k);
        const bundle: SearchBundle = { path: `pagefind/b${k}/`, urls: records.map((r) => r.url), records, signature: "", languages: { en: records.length }, dates: bundleDates(k) };
        await writeSearchIndex(POOL, [bundle], false);
        writeFileSync(path.join(POOL, bundle.path, "counts.json"), JSON.stringify(countsOf(records)));
        writeFileSync(path.join(POOL, bundle.path, ".done"), "");
        done++;
        const seconds = (performance.now() - started) / 1000;
        log(`bundle ${k} written (${done} this run, ${(seconds / done).toFixed(1)} s a bundle)`);
      }
    }),
  );
}

/** The site of the pool's first `count` articles (a whole number of bundles): its folder. */
export function writeSite(count: number): string {
  const bundles = Math.ceil(count / BUNDLE_SIZE);
  const site = path.join(ROOT, `bench/out/search-synthetic-${count}`);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(path.join(site, "search"), { recursive: true });
  mkdirSync(path.join(site, "api"), { recursive: true });
  // The pool and the project's own assets, linked: the page runs the search script as it is now.
  symlinkSync(path.join(POOL, "pagefind"), path.join(site, "pagefind"));
  symlinkSync(path.join(ROOT, "layouts/assets"), path.join(site, "assets"));
  const context = siteContext({ title: "Synthetic archive", pathPrefix: "/", siteUrl: "http://localhost/", language: "en" });
  const info = Array.from({ length: bundles }, (_, k) => ({ languages: { en: BUNDLE_SIZE }, dates: bundleDates(k) }));
  writeFileSync(path.join(site, "search/index.html"), renderSearchPage(context, info));
  writeFileSync(path.join(site, "search/bundles.json"), renderSearchBundles(info));
  // The whole archive's filter counts: each bundle's, kept beside it in the pool (counted again
  // for a pool written before they were kept).
  const counts: FilterCounts = {};
  for (let k = 0; k < bundles; k++) {
    const kept = path.join(POOL, `pagefind/b${k}/counts.json`);
    const part = existsSync(kept) ? (JSON.parse(readFileSync(kept, "utf8")) as FilterCounts) : countsOf(bundleRecords(k));
    for (const [language, filters] of Object.entries(part)) addFilterCounts(counts, language, filters);
  }
  writeFileSync(path.join(site, "search/filters.json"), renderSearchFilterCounts(sortedCounts(counts)));
  writeFileSync(path.join(site, "api/problems.json"), JSON.stringify({ articles: bundles * BUNDLE_SIZE }));
  return site;
}

/** Builds what is missing of the pool for `count` articles and writes their site. */
export async function syntheticSearchSite(count: number): Promise<string> {
  await buildPool(count);
  return writeSite(count);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  console.log(`site: ${await syntheticSearchSite(count)}`);
}
