/**
 * `npm run check:corpus`: builds each Reuters set of ../shared/corpus with the real build and
 * compares the site with the set's .truth.json: every file accounted for, and titles, archive
 * days and dateline places in agreement for at least 99.5% of files. Also checks that the
 * " Reuter" sign-off reaches no page. Prints a table and exits non-zero on a shortfall.
 *
 *   npm run check:corpus                  # both sets, corpus at ../shared/corpus
 *   CORPUS_DIR=/path npm run check:corpus
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

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
  dateline: { raw: string; place: string; placeName: string } | null;
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

let failed = false;
const rows: string[] = [];
for (const set of sets) {
  const truth: TruthEntry[] = JSON.parse(readFileSync(path.join(corpus, `${set}.truth.json`), "utf8"));
  const output = path.join(mkdtempSync(path.join(os.tmpdir(), `dateline-${set}-`)), "site");
  const started = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", "bin/build.ts", `--output=${output}`], {
    env: { ...process.env, ARTICLES_DIR: path.join(corpus, set), CI: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const seconds = (performance.now() - started) / 1000;
  const records: ExportRecord[] = JSON.parse(readFileSync(path.join(output, "api/articles.json"), "utf8"));
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
    if (record.title === entry.title) titles++;
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
    `| ${set} | ${n} | ${records.length} | ${pct(titles)} | ${pct(days)} | ${pct(places)} | ${malformedMissed} | ${pct(canonicalSame)} | ${signOffPages.length} | ${seconds.toFixed(1)} s | ${ok ? "ok" : "FAIL"} |`,
  );
  for (const miss of misses.slice(0, 20)) console.log(`  ${set}: ${miss}`);
  for (const file of signOffPages.slice(0, 5)) console.log(`  ${set}: sign-off on ${path.relative(output, file)}`);
  rmSync(path.dirname(output), { recursive: true, force: true });
}

console.log("| set | files | exported | titles | days | places | malformed datelines missed | gazetteer name = city | pages with sign-off | build | |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(row);
process.exitCode = failed ? 1 : 0;
