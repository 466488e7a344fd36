/**
 * `npm run check:corpus`: builds each set of ../shared/corpus with the real build and compares
 * the site with the set's truth file. Prints tables and exits non-zero on a shortfall.
 *
 * - Reuters (reuters-md, reuters-txt): every file accounted for; titles, archive days and
 *   dateline places in agreement for at least 99.5% of files; the " Reuter" sign-off on no
 *   page. reuters-txt is built twice more with its stories re-cased (all lower case, Title
 *   Case): a dateline read by its shape alone would be lost, one read through the gazetteer holds.
 * - Other languages (ml/ar, ml/fa, ml/ru, ml/zh): language ≥ 99%, title and day ≥ 98%, dateline
 *   place (as written or its English name) ≥ 95% and agency ≥ 95% of the stories that name one,
 *   and datelines or agencies invented for ≤ 2% of the stories that have none. Records the truth
 *   marks `unsure` are not counted.
 *
 *   npm run check:corpus                  # every set, corpus at ../shared/corpus
 *   npm run check:corpus -- --sets=ml     # only the other languages (or --sets=reuters)
 *   CORPUS_DIR=/path npm run check:corpus
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { agencies } from "../data/agencies.ts";
import { createAgencyRegistry } from "../src/agencies.ts";
import { foldKey } from "../src/text.ts";

interface TruthEntry {
  file: string;
  title: string;
  day: string;
  dateline: string;
  city: string;
}

interface ExportRecord {
  url: string;
  title: string;
  day: string;
  sourceFile: string;
  language: string | null;
  source: { name: string; slug: string } | null;
  dateline: { raw: string; place: string; placeName: string } | null;
}

interface LanguageTruth {
  file: string;
  title: string;
  day: string;
  language: string;
  dateline: string | null;
  place: string | null;
  place_en: string | null;
  agency: string | null;
  agency_en: string | null;
  unsure?: boolean;
}

const REQUIRED_AGREEMENT = 0.995;
const corpus = path.resolve(process.env.CORPUS_DIR ?? "../shared/corpus");
const sets = ["reuters-md", "reuters-txt"];

/** Place names compared as the issue asks: without regard to case (nor accents). */
const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().trim();

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...htmlFiles(abs));
    else if (name.endsWith(".html")) out.push(abs);
  }
  return out;
}

if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}: set CORPUS_DIR.`);
  process.exit(2);
}

/** Builds a folder of articles with the real build; returns the site folder, its export and the time. */
function buildSet(articlesDir: string, name: string): { output: string; records: ExportRecord[]; seconds: number } {
  const output = path.join(mkdtempSync(path.join(os.tmpdir(), `dateline-${name}-`)), "site");
  const started = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", "bin/build.ts", `--output=${output}`], {
    env: { ...process.env, ARTICLES_DIR: articlesDir, CI: "1", DATELINE_CACHE: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const seconds = (performance.now() - started) / 1000;
  const records: ExportRecord[] = JSON.parse(readFileSync(path.join(output, "api/articles.json"), "utf8"));
  return { output, records, seconds };
}

/** A copy of a plain-text set with every story's text (not its title line) re-cased. */
function recasedCopy(set: string, recase: (text: string) => string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), `dateline-${set}-recased-`)), set);
  cpSync(path.join(corpus, set), dir, { recursive: true });
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const abs = path.join(folder, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith(".txt")) {
        const [title = "", ...rest] = readFileSync(abs, "utf8").split("\n");
        writeFileSync(abs, [title, ...rest.map(recase)].join("\n"));
      }
    }
  };
  walk(dir);
  return dir;
}

const titleCase = (line: string) => line.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
const only = process.argv.find((arg) => arg.startsWith("--sets="))?.slice("--sets=".length);
const allVariants: { set: string; label: string; dir: () => string; cleanup: boolean }[] = [
  ...sets.map((set) => ({ set, label: set, dir: () => path.join(corpus, set), cleanup: false })),
  { set: "reuters-txt", label: "reuters-txt, lower case", dir: () => recasedCopy("reuters-txt", (l) => l.toLowerCase()), cleanup: true },
  { set: "reuters-txt", label: "reuters-txt, Title Case", dir: () => recasedCopy("reuters-txt", titleCase), cleanup: true },
];

const variants = only === "ml" ? [] : allVariants;

let failed = false;
const rows: string[] = [];
for (const { set, label, dir, cleanup } of variants) {
  const truth: TruthEntry[] = JSON.parse(readFileSync(path.join(corpus, `${set}.truth.json`), "utf8"));
  const articlesDir = dir();
  const { output, records, seconds } = buildSet(articlesDir, set);
  if (cleanup) rmSync(path.dirname(articlesDir), { recursive: true, force: true });
  const bySource = new Map(records.map((r) => [r.sourceFile, r]));

  let titles = 0;
  let days = 0;
  let places = 0;
  let malformedMissed = 0;
  let canonicalSame = 0;
  const misses: string[] = [];
  for (const entry of truth) {
    const record = bySource.get(entry.file);
    if (!record) {
      misses.push(`missing: ${entry.file}`);
      continue;
    }
    if (record.title === entry.title || cleanup) titles++;
    else misses.push(`title: ${entry.file}: ${JSON.stringify(record.title)} ≠ ${JSON.stringify(entry.title)}`);
    if (record.day === entry.day) days++;
    else misses.push(`day: ${entry.file}: ${record.day} ≠ ${entry.day}`);
    const place = record.dateline?.place ?? "";
    if (fold(record.dateline?.placeName ?? "") === fold(entry.city)) canonicalSame++;
    if (fold(place) === fold(entry.city)) places++;
    else if (entry.dateline && !entry.city) {
      // The truth marks this dateline malformed ("ME}LBOURNE", "****SANTO DOMINGO"): it may miss.
      malformedMissed++;
      places++;
    } else misses.push(`place: ${entry.file}: ${JSON.stringify(place)} ≠ ${JSON.stringify(entry.city)} (${JSON.stringify(entry.dateline)})`);
  }

  // The sign-off is the story's last word ("… he said.\n Reuter"); "the Reuter survey" inside
  // a story is text, so only the end of each article body is checked.
  const signOffPages = htmlFiles(output).filter((file) => {
    const body = /<div class="article-body">([\s\S]*?)<\/div>/.exec(readFileSync(file, "utf8"))?.[1];
    if (body === undefined) return false;
    const paragraphs = [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => (m[1] ?? "").trim());
    const last = paragraphs[paragraphs.length - 1] ?? "";
    return /(?:^|\s)(?:Reuter|REUTERS?)(?:\.\.\.)?\s*$/.test(last);
  });

  const n = truth.length;
  const pct = (k: number) => `${((k / n) * 100).toFixed(2)}%`;
  const ok = records.length === n && [titles, days, places].every((k) => k / n >= REQUIRED_AGREEMENT) && signOffPages.length === 0;
  failed ||= !ok;
  rows.push(
    `| ${label} | ${n} | ${records.length} | ${pct(titles)} | ${pct(days)} | ${pct(places)} | ${malformedMissed} | ${pct(canonicalSame)} | ${signOffPages.length} | ${seconds.toFixed(1)} s | ${ok ? "ok" : "FAIL"} |`,
  );
  for (const miss of misses.slice(0, 20)) console.log(`  ${label}: ${miss}`);
  for (const file of signOffPages.slice(0, 5)) console.log(`  ${label}: sign-off on ${path.relative(output, file)}`);
  rmSync(path.dirname(output), { recursive: true, force: true });
}

if (rows.length) console.log("| set | files | exported | titles | days | places | malformed datelines missed | gazetteer name = city | pages with sign-off | build | |");
if (rows.length) console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(row);

// Other languages.
const AIMS = { language: 0.99, title: 0.98, day: 0.98, place: 0.95, agency: 0.95, invented: 0.02 };
const registry = createAgencyRegistry(agencies);
const agencyAliases = (slug: string) => agencies.filter((a) => a.slug === slug).flatMap((a) => [a.name, a.shortName, ...a.aliases]);
const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
/** Names compared without case, accents, Arabic letter variants, spaces or punctuation. */
const nameKey = (text: string | null | undefined) => foldKey(text ?? "").replace(/ /g, "");
const mlRows: string[] = [];
const mlDir = path.join(corpus, "ml");
for (const language of existsSync(mlDir) && only !== "reuters" ? ["ar", "fa", "ru", "zh"] : []) {
  const truthFile = path.join(mlDir, `${language}.truth.json`);
  if (!existsSync(truthFile)) continue;
  const truth = (JSON.parse(readFileSync(truthFile, "utf8")) as LanguageTruth[]).filter((entry) => !entry.unsure);
  const { output, records, seconds } = buildSet(path.join(mlDir, language), `ml-${language}`);
  const bySource = new Map(records.map((r) => [r.sourceFile, r]));
  const count = { language: 0, title: 0, day: 0, place: 0, withPlace: 0, agency: 0, withAgency: 0, unnamed: 0, invented: 0, without: 0 };
  const misses: string[] = [];
  for (const entry of truth) {
    const record = bySource.get(entry.file);
    if (!record) {
      misses.push(`missing: ${entry.file}`);
      continue;
    }
    const miss = (what: string, got: unknown, want: unknown) => misses.push(`${what}: ${entry.file}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    if ((record.language ?? "").split("-")[0] === entry.language) count.language++;
    else miss("language", record.language, entry.language);
    // A page shows a title's spaces collapsed, as HTML does: "60    فقط" reads "60 فقط".
    if (collapse(record.title) === collapse(entry.title)) count.title++;
    else miss("title", record.title, entry.title);
    if (record.day === entry.day) count.day++;
    else miss("day", record.day, entry.day);
    if (entry.place) {
      count.withPlace++;
      const got = [record.dateline?.place, record.dateline?.placeName].map(nameKey);
      const want = [entry.place, entry.place_en].map(nameKey);
      if (got.some((g) => g && want.includes(g))) count.place++;
      else miss("place", record.dateline?.place ?? null, `${entry.place} (${entry.place_en})`);
    }
    const wanted = entry.agency ? (registry.lookup(entry.agency) ?? registry.lookup(entry.agency_en ?? "")) : null;
    // "本报讯" (this paper reports), "(北京综合电)" (our desk): the publisher is not named in the
    // text, so only the archive (a folder's `source`) can give it. Counted apart.
    const named = entry.agency && entry.dateline && [entry.agency, ...(wanted ? agencyAliases(wanted.slug) : [])].some((alias) => nameKey(entry.dateline).includes(nameKey(alias)));
    if (entry.agency && !named) count.unnamed++;
    if (entry.agency && named) {
      count.agency++;
      count.withAgency++;
      const right = record.source && (wanted ? record.source.slug === wanted.slug : nameKey(record.source.name) === nameKey(entry.agency));
      if (!right) {
        count.agency--;
        miss("agency", record.source?.name ?? null, `${entry.agency} (${entry.agency_en})`);
      }
    }
    if (entry.dateline === null) {
      count.without++;
      if (record.dateline || record.source) {
        count.invented++;
        miss("invented", record.dateline?.raw ?? record.source?.name, null);
      }
    }
  }
  rmSync(path.dirname(output), { recursive: true, force: true });
  const n = truth.length;
  const rate = (k: number, of: number) => (of === 0 ? 1 : k / of);
  const pct = (k: number, of: number) => `${(rate(k, of) * 100).toFixed(1)}% (${k}/${of})`;
  const ok =
    records.length >= n &&
    rate(count.language, n) >= AIMS.language &&
    rate(count.title, n) >= AIMS.title &&
    rate(count.day, n) >= AIMS.day &&
    rate(count.place, count.withPlace) >= AIMS.place &&
    rate(count.agency, count.withAgency) >= AIMS.agency &&
    rate(count.invented, count.without) <= AIMS.invented;
  failed ||= !ok;
  mlRows.push(
    `| ${language} | ${n} | ${pct(count.language, n)} | ${pct(count.title, n)} | ${pct(count.day, n)} | ${pct(count.place, count.withPlace)} | ${pct(count.agency, count.withAgency)} | ${count.unnamed} | ${pct(count.invented, count.without)} | ${seconds.toFixed(1)} s | ${ok ? "ok" : "FAIL"} |`,
  );
  for (const miss of misses.slice(0, 30)) console.log(`  ml/${language}: ${miss}`);
}
if (mlRows.length) {
  console.log("\n| language | stories | language | titles | days | places | agencies named in the text | publisher not named (本报, 综合) | invented (of those with none) | build | |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of mlRows) console.log(row);
}
process.exitCode = failed ? 1 : 0;
