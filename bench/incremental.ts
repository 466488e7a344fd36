/**
 * `npm run bench:incremental`: what the build cache saves. On a generated archive
 * (bench/generate.ts, in a scratch folder), or with `--corpus=reuters` on real news text (the
 * Reuters stories of ../shared/corpus/reuters-bench/, CORPUS_DIR to say where the corpus is,
 * replicated with their dates moved by whole years beyond 13,520: bench/real-text.ts), it times
 *
 *   1. a full build without the cache (--no-cache), as npm run build did before it;
 *   2. a full build writing the cache;
 *   3. a build from the cache after one article was added, 4. after it was changed (a sentence
 *      added to its opening), 5. after the archive's longest article had a sentence added at its
 *      end and 6. had it taken away again (an edit that leaves every headline, opening and day
 *      as they were: the cache's story grouping serves), 7. after the added article was removed,
 *
 * each as a user waits for it (wall seconds, the whole process), and checks that the site of
 * step 7 (the archive as in step 1 again) is byte for byte the site of step 1.
 *
 *   npm run bench:incremental                       # 30,000 articles
 *   npm run bench:incremental -- --sizes=100000
 *   npm run bench:incremental -- --corpus=reuters --sizes=13520   # real stories; the article
 *                                                   # added is a copy of the newest, in the newest year
 *   npm run bench:incremental -- --keep             # keep the scratch folder
 *   npm run bench:incremental -- --no-baseline      # no step 1 (nor the check): a full build less
 *   npm run bench:incremental -- --rounds=3         # steps 3 to 7 three times over, and step 1
 *                                                   # before each round: each step's median, with
 *                                                   # every run (builds differ by seconds from run
 *                                                   # to run, and the shares are of step 1's median)
 *
 * Any edit to the code voids the cache: run it where nobody edits the code meanwhile (a copy of
 * the project, `git archive HEAD`, with node_modules linked).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArchive } from "./generate.ts";
import { listStories, replicateStories, shiftYear } from "./real-text.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "30000").split(",").map(Number);
const keep = args.includes("--keep");
const baselineToo = !args.includes("--no-baseline");
const rounds = Number(args.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 1);
const corpus = args.find((a) => a.startsWith("--corpus="))?.slice(9) ?? "synthetic";
if (corpus !== "synthetic" && corpus !== "reuters") {
  console.error(`Unknown --corpus=${corpus}: synthetic (generated articles, the default) or reuters (real stories).`);
  process.exit(2);
}
const REUTERS = path.join(path.resolve(process.env.CORPUS_DIR ?? path.join(ROOT, "../shared/corpus")), "reuters-bench");
if (!(Number.isInteger(rounds) && rounds >= 1)) {
  console.error("--rounds: how many times to add, change and remove the article, a whole number from 1 (--rounds=3).");
  process.exit(2);
}

interface Step {
  step: string;
  /** The median of `runs`. */
  seconds: number;
  /** Each run's wall seconds, in order (one unless --rounds). */
  runs: number[];
  summary: string;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function build(articles: string, output: string, cache: string | null): Step & { exitCode: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--heap-growing-percent=30", "--import", "tsx", "bin/build.ts", `--output=${output}`, ...(cache ? [`--cache=${cache}`] : ["--no-cache"])], {
    cwd: ROOT,
    env: { ...process.env, MALLOC_ARENA_MAX: "2", NODE_OPTIONS: `--max-old-space-size=8192 ${process.env.NODE_OPTIONS ?? ""}`, ARTICLES_DIR: articles, DATELINE_QUIET: "1", CI: "1" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const summary = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0) console.error(run.stderr.slice(-2000));
  return { step: "", seconds, runs: [seconds], summary, exitCode: run.status ?? 1 };
}

/** Every file under a folder, relative, sorted. */
function listFiles(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true })
    .flatMap((entry) => {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, name) : [name];
    })
    .sort();
}

/** The files that differ between two sites. */
function differences(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  if (filesA.join("\n") !== filesB.join("\n")) return ["the two sites hold different files"];
  return filesA.filter((file) => statSync(path.join(a, file)).size !== statSync(path.join(b, file)).size || !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
}

/** A generated archive, and the article added to it: dated after every other, in the archive's last year (2024). */
function syntheticAddition(count: number, articles: string): { file: string; text: string } {
  generateArchive({ count, outDir: articles });
  return {
    file: path.join(articles, "2024", "12", "2024-12-31-bench-added.md"),
    text: "---\ntitle: An article added for the bench\ndate: 2024-12-31T23:59:00Z\nsource: Reuters\ntopics: [Oil]\n---\n\nLONDON, Dec 31 (Reuters) - One article more than the archive had.\n",
  };
}

/**
 * The real stories, and the article added to them: a copy of the archive's last story (the
 * newest of the last copy), dated as it is, so an article of this year's, where a news archive
 * grows. (Until 5 December 2026 it was dated a year after the last copy's, in a year of its own:
 * since stories are grouped a year at a time, that would have regrouped one article.)
 */
function realAddition(count: number, articles: string): { file: string; text: string } {
  replicateStories({ corpusDir: REUTERS, count, outDir: articles });
  const stories = listStories(REUTERS);
  const last = stories[(count - 1) % stories.length] as string;
  const shifted = shiftYear(readFileSync(path.join(REUTERS, last), "utf8"), Math.floor((count - 1) / stories.length));
  if (!shifted) throw new Error(`${last} has no date line to move`);
  return { file: path.join(articles, String(shifted.year), shifted.date.slice(5, 7), `bench-added-${path.basename(last)}`), text: shifted.text };
}

/** The archive's largest article file (the first by path of those as large): its end is far past the opening grouping reads. */
function longestArticle(dir: string): string {
  let best = { file: "", size: -1 };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(md|txt)$/.test(entry.name)) {
        const size = statSync(file).size;
        if (size > best.size) best = { file, size };
      }
    }
  };
  walk(dir);
  if (!best.file) throw new Error(`no article in ${dir}`);
  return best.file;
}

const results: { corpus: string; articles: number; steps: Step[]; identical: boolean }[] = [];
for (const count of sizes) {
  const scratch = path.join(os.tmpdir(), `dateline-bench-incremental-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const articles = path.join(scratch, "articles");
  process.stderr.write(`Writing ${count.toLocaleString("en-US")} ${corpus === "reuters" ? "real Reuters stories" : "synthetic articles"}…\n`);
  const addition = corpus === "reuters" ? realAddition(count, articles) : syntheticAddition(count, articles);
  const cache = path.join(scratch, "cache");
  const steps: Step[] = [];
  const step = (name: string, output: string, withCache: boolean) => {
    process.stderr.write(`${name}…\n`);
    const result = build(articles, output, withCache ? cache : null);
    if (result.exitCode !== 0) throw new Error(`${name}: the build failed (exit ${result.exitCode})`);
    const before = steps.find((s) => s.step === name);
    if (before) {
      before.runs.push(result.seconds);
      before.seconds = median(before.runs);
    } else steps.push({ step: name, seconds: result.seconds, runs: [result.seconds], summary: result.summary });
    process.stderr.write(`  ${result.seconds.toFixed(1)} s: ${result.summary}\n`);
  };
  const baseline = path.join(scratch, "site-full");
  const site = path.join(scratch, "site");
  if (baselineToo) step("full build, no cache", baseline, false);
  step("full build, writing the cache", site, true);
  const added = addition.file;
  mkdirSync(path.dirname(added), { recursive: true });
  const longest = longestArticle(articles);
  const longestText = readFileSync(longest, "utf8");
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) process.stderr.write(`Round ${round} of ${rounds}:\n`);
    // The full build again each round, the archive as it was: its median is taken at the same
    // hours as the builds from the cache, whose shares of it are the point (this machine's pace
    // moves by a third from one half hour to the next).
    if (baselineToo && round > 1) step("full build, no cache", baseline, false);
    writeFileSync(added, addition.text);
    step("one article added, from the cache", site, true);
    writeFileSync(added, `${addition.text}\nA sentence more, written by the bench.\n`);
    step("that article changed, from the cache", site, true);
    writeFileSync(longest, `${longestText}\nA sentence more at its end, written by the bench.\n`);
    step("the longest article's end changed (and back), from the cache", site, true);
    writeFileSync(longest, longestText);
    step("the longest article's end changed (and back), from the cache", site, true);
    rmSync(added);
    step("that article removed, from the cache", site, true);
  }
  const differing = baselineToo ? differences(site, baseline) : [];
  if (differing.length) console.error(`The site from the cache differs from the full build in ${differing.length} files: ${differing.slice(0, 5).join(", ")}`);
  results.push({ corpus, articles: count, steps, identical: baselineToo && differing.length === 0 });
  if (!keep) rmSync(scratch, { recursive: true, force: true });
  else process.stderr.write(`Kept ${scratch}\n`);
}

for (const { corpus, articles, steps, identical } of results) {
  const full = steps[0]?.seconds ?? Number.NaN;
  const check = !baselineToo ? "not compared" : identical ? "byte for byte the full build's" : "NOT the full build's";
  console.log(`\n${articles.toLocaleString("en-US")} ${corpus === "reuters" ? "real Reuters stories" : "synthetic articles"} (the last site ${check}):\n`);
  const many = steps.some((s) => s.runs.length > 1);
  console.log(many ? "| step | wall s (median) | of a full build | each run, s |\n| --- | ---: | ---: | --- |" : "| step | wall s | of a full build |\n| --- | ---: | ---: |");
  for (const s of steps) console.log(`| ${s.step} | ${s.seconds.toFixed(1)} | ${((100 * s.seconds) / full).toFixed(1)}% |${many ? ` ${s.runs.map((r) => r.toFixed(1)).join(", ")} |` : ""}`);
}
mkdirSync(path.join(ROOT, "bench/out"), { recursive: true });
writeFileSync(path.join(ROOT, "bench/out/incremental.json"), `${JSON.stringify(results, null, 1)}\n`);
