/**
 * `npm run check:import`: runs the importer's extraction on every saved page of
 * ../shared/corpus (nothing is written) and compares it with the corpus's truth:
 *
 * - html-readability/<name>/source.html against expected-metadata.json: the title, exact
 *   after collapsing white space (aim: 95% of pages); byline, site name, language and
 *   publication day are shown for information;
 * - html-dated/<id>.html against truth.json, each page read with its original address as the
 *   known address: the publication day (aim: 92% of the pages that have one) and no date at all
 *   for the pages that have none (aim: every one).
 *
 * Prints the rates and every miss, and exits non-zero when an aim is missed or a page crashed.
 * The html-dated rate is also given for two halves, by page id (A: even, B: odd): rules are
 * tuned looking only at A's misses, so B's rate says how they do on pages not looked at.
 *
 *   npm run check:import
 *   CORPUS_DIR=/path npm run check:import
 *   npm run check:import -- --out=/tmp/imported    # also writes each page's Markdown file there, to read
 *   npm run check:import -- --without-metadata     # html-dated without its date metadata (JSON-LD, date
 *                                                  # <meta>, canonical link): the address and the text alone
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeHtml } from "../src/import/extract-article.ts";
import { importArticle, type ImportResult } from "../src/import/import-article.ts";
import { getNormalizeContext } from "../src/load.ts";

const TITLE_AIM = 0.95;
const DATE_AIM = 0.92;
const corpus = path.resolve(process.env.CORPUS_DIR ?? "../shared/corpus");
const outArg = process.argv.find((arg) => arg.startsWith("--out="));
const outDir = outArg ? path.resolve(outArg.slice("--out=".length)) : null;
const withoutMetadata = process.argv.includes("--without-metadata");

if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}: set CORPUS_DIR.`);
  process.exit(2);
}

const context = getNormalizeContext();
const now = new Date("2024-01-01T00:00:00Z");
const collapse = (text: unknown) => String(text ?? "").replace(/\s+/g, " ").trim();

interface Outcome {
  result: ImportResult | null;
  crash: string | null;
  ms: number;
}

/**
 * The page without what a page with no metadata lacks: JSON-LD, date and address <meta> tags,
 * itemprop=datePublished, the canonical link and the browser's saved-from note.
 */
function stripMetadata(html: string): string {
  return html
    .replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<meta\b[^>]*>/gi, (tag) => (/date|time|pub|created|issued|og:url/i.test(tag) ? "" : tag))
    .replace(/itemprop=["']?datePublished["']?/gi, "")
    .replace(/<link[^>]*canonical[^>]*>/gi, "")
    .replace(/saved from url=\(\d+\)\S+/gi, "");
}

function run(file: string, knownUrl: string | null, strip = false): Outcome {
  const started = performance.now();
  try {
    const bytes = strip ? Buffer.from(stripMetadata(decodeHtml(readFileSync(file)))) : readFileSync(file);
    const result = importArticle({ name: file, bytes, kind: "html" }, { now, knownUrl, zone: "UTC" }, context);
    return { result, crash: null, ms: performance.now() - started };
  } catch (error) {
    return { result: null, crash: (error as Error).stack ?? String(error), ms: performance.now() - started };
  }
}

function save(name: string, outcome: Outcome): void {
  if (!outDir || !outcome.result) return;
  mkdirSync(outDir, { recursive: true });
  const text = outcome.result.ok
    ? outcome.result.article.fileText
    : `REFUSED: ${outcome.result.reason}\n${outcome.result.findings.map((f) => `${f.field}: ${f.value} (${f.from})`).join("\n")}\n`;
  writeFileSync(path.join(outDir, `${name}.md`), text);
}

const findingValue = (result: ImportResult | null, field: string): string | null =>
  (result?.ok ? result.article.findings : (result?.findings ?? [])).find((f) => f.field === field)?.value ?? null;

let failed = false;
let crashes = 0;
const rows: string[] = [];

// Set 1: titles on Readability's test pages.
{
  const dir = path.join(corpus, "html-readability");
  const names = readdirSync(dir).filter((name) => existsSync(path.join(dir, name, "source.html"))).sort();
  let titles = 0;
  let dated = 0;
  let datesRight = 0;
  let bylines = 0;
  let sites = 0;
  let langs = 0;
  let seconds = 0;
  const misses: string[] = [];
  for (const name of names) {
    const expected = JSON.parse(readFileSync(path.join(dir, name, "expected-metadata.json"), "utf8")) as Record<string, unknown>;
    const outcome = run(path.join(dir, name, "source.html"), null);
    seconds += outcome.ms / 1000;
    save(`readability-${name}`, outcome);
    if (outcome.crash) {
      crashes++;
      misses.push(`CRASH ${name}: ${outcome.crash}`);
      continue;
    }
    const title = findingValue(outcome.result, "title");
    if (collapse(title) === collapse(expected.title)) titles++;
    else misses.push(`title ${name}: ${JSON.stringify(title)} ≠ ${JSON.stringify(collapse(expected.title))}`);
    if (collapse(findingValue(outcome.result, "author")) === collapse(expected.byline)) bylines++;
    if (collapse(findingValue(outcome.result, "language")).toLowerCase() === collapse(expected.lang).toLowerCase()) langs++;
    const source = collapse(findingValue(outcome.result, "source"));
    if (source === collapse(expected.siteName)) sites++;
    if (typeof expected.publishedTime === "string") {
      dated++;
      const day = findingValue(outcome.result, "date");
      if (day === expected.publishedTime.slice(0, 10)) datesRight++;
      else misses.push(`(info) date ${name}: ${day} ≠ ${expected.publishedTime}`);
    }
  }
  const n = names.length;
  const rate = titles / n;
  const ok = rate >= TITLE_AIM;
  failed ||= !ok;
  rows.push(`| html-readability | ${n} pages | titles ${titles}/${n} = ${(rate * 100).toFixed(1)}% (aim ${TITLE_AIM * 100}%) | days ${datesRight}/${dated} of pages with one; bylines ${bylines}/${n}, sources = site name ${sites}/${n}, languages ${langs}/${n} (for information) | ${seconds.toFixed(1)} s | ${ok ? "ok" : "FAIL"} |`);
  for (const miss of misses) console.log(`  html-readability: ${miss}`);
}

// Set 2: publication days on htmldate's evaluation pages.
{
  const dir = path.join(corpus, "html-dated");
  const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8")) as Record<string, { file: string; date: string | null }>;
  let dated = 0;
  let right = 0;
  let undated = 0;
  let undatedClean = 0;
  let seconds = 0;
  const halves = { A: { dated: 0, right: 0 }, B: { dated: 0, right: 0 } };
  const misses: string[] = [];
  for (const [address, entry] of Object.entries(truth)) {
    const half = Number(entry.file.replace(/\D/g, "")) % 2 === 0 ? halves.A : halves.B;
    const outcome = run(path.join(dir, entry.file), address, withoutMetadata);
    seconds += outcome.ms / 1000;
    save(`dated-${entry.file.replace(/\.html$/, "")}`, outcome);
    if (outcome.crash) {
      crashes++;
      misses.push(`CRASH ${entry.file}: ${outcome.crash}`);
      if (entry.date) dated++;
      else undated++;
      continue;
    }
    const findings = outcome.result?.ok ? outcome.result.article.findings : (outcome.result?.findings ?? []);
    const date = findings.find((f) => f.field === "date");
    const day = date?.value ?? null;
    if (entry.date) {
      dated++;
      half.dated++;
      if (day === entry.date) {
        right++;
        half.right++;
      } else misses.push(`date ${half === halves.A ? "A" : "B"} ${entry.file}: ${day ?? "none"}${date?.from ? ` (${date.from})` : ""} ≠ ${entry.date}  ${address.slice(0, 90)}`);
    } else {
      undated++;
      if (day === null) undatedClean++;
      else misses.push(`date ${entry.file}: ${day} (${date?.from}) for a page with no date  ${address.slice(0, 90)}`);
    }
  }
  const rate = dated ? right / dated : 1;
  // Without its metadata a page has less to go on: the rate is for information, but no date may be invented.
  const ok = (withoutMetadata || rate >= DATE_AIM) && undatedClean === undated;
  failed ||= !ok;
  const percent = (a: number, b: number) => `${a}/${b} = ${((a / Math.max(b, 1)) * 100).toFixed(1)}%`;
  const set = withoutMetadata ? "html-dated, without its metadata" : "html-dated";
  rows.push(`| ${set} | ${dated + undated} pages | days ${percent(right, dated)} (aim ${DATE_AIM * 100}%); half A ${percent(halves.A.right, halves.A.dated)}, half B ${percent(halves.B.right, halves.B.dated)} | no date for ${undatedClean}/${undated} undated pages (aim: all) | ${seconds.toFixed(1)} s | ${ok ? "ok" : "FAIL"} |`);
  for (const miss of misses) console.log(`  html-dated: ${miss}`);
}

if (crashes) {
  failed = true;
  console.log(`  ${crashes} page(s) crashed the extraction`);
}
console.log("| set | pages | measured | also | time | |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(row);
process.exitCode = failed ? 1 : 0;
