/**
 * `npm run bench`: how the build scales, side by side with Hugo + Pagefind, on synthetic and on
 * real news text.
 *
 *   npm run bench                                   # synthetic 1,000, 10,000, 30,000; Reuters 13,520, 30,000
 *   npm run bench -- --full                         # adds 100,000 to both
 *   npm run bench -- --corpus=reuters --sizes=13520 # one real-text row
 *   npm run bench -- --corpus=synthetic --sizes=1000,5000
 *   npm run bench -- --no-hugo                      # Dateline only
 *   npm run bench -- --keep                         # keep each site in bench/out/site-<corpus>-<N>/
 *   npm run bench -- --repeat=3                     # each row 3 times, ours and Hugo's alternately: medians
 *   npm run bench -- --history-cost=3               # also: each row built 3 times with and 3 without
 *                                                   # stories, on this day, maps and saved copies
 *
 * Two corpora: `synthetic`, a deterministic generated archive (bench/generate.ts), and
 * `reuters`, the 13,520 real Reuters stories of ../shared/corpus/reuters-bench/ (CORPUS_DIR to
 * point elsewhere) at their own size or replicated with their dates moved by whole years
 * (bench/real-text.ts). Archives are cached under bench/out/. Without the corpus the real rows
 * are skipped with a note.
 *
 * For each row it builds the archive with `npm run build`, and reports wall and CPU time for the
 * whole build and each phase, peak memory of the process tree (Pagefind's own process included),
 * pages, files and bytes written, per article too. Then Hugo (Debian's `hugo`, never installed
 * silently) builds the same articles into equivalent pages (bench/hugo/), followed by Pagefind's
 * CLI on its output; the ratio is ours / (Hugo + Pagefind). Prints a table and writes
 * bench/out/results.json.
 *
 * `--history-cost=R` measures what the features of news read as history cost (stories and other
 * agencies' copies, on this day, the maps, saved copies): after a row's build, R more builds
 * without them (DATELINE_BENCH_WITHOUT_HISTORY) alternate with R−1 more with them, and the
 * medians are compared. Alternating keeps a slow spell of a shared machine from landing on one side.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArchive } from "./generate.ts";
import { countStories, replicateStories } from "./real-text.ts";

interface RunMeasure {
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMB: number;
  exitCode: number;
  /**
   * CPU seconds other processes used while the command ran (measure): on a shared machine Hugo,
   * which spreads over every core, slows far more than a build that waits on one thread, so a
   * ratio taken under load flatters us.
   */
  othersCpuSeconds: number;
}

type Corpus = "synthetic" | "reuters";

/** A build's measures and where its time went (DATELINE_TIMINGS). */
type PhasedRun = RunMeasure & { phases: Record<string, number> };

interface SizeResult {
  corpus: Corpus;
  articles: number;
  dateline: RunMeasure & {
    phases: Record<string, number>;
    pages: number;
    files: number;
    megabytes: number;
    msPerArticle: number;
  };
  /**
   * `ratio`: our wall time over theirs. `floor`: our CPU seconds spread over every core, over
   * their wall time: the ratio our build's work would allow at best on this machine, every core
   * busy from start to end (a ratio below it needs less work, not more overlap).
   */
  hugo?: { build: RunMeasure; pagefind: RunMeasure; pages: number; totalSeconds: number; ratio: number; floor: number };
  /** --history-cost: the builds with and without the history features. */
  historyCost?: { with: PhasedRun[]; without: PhasedRun[] };
  /** --repeat: every run's wall seconds, ours and Hugo + Pagefind's, in the order they ran; the row shows the medians' runs. */
  repeats?: { ours: number[]; theirs: number[] };
}

/** The run with the median of `key` (the lower middle one of an even count). */
function medianRun<T>(runs: readonly T[], key: (run: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[(runs.length - 1) >> 1] as T;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "bench/out");
const args = process.argv.slice(2);
const sizeArg = args.find((a) => a.startsWith("--sizes="))?.slice(8);
const corpusArg = args.find((a) => a.startsWith("--corpus="))?.slice(9) ?? "synthetic,reuters";
const full = args.includes("--full");
const DEFAULT_SIZES: Record<Corpus, number[]> = {
  synthetic: [1000, 10000, 30000, ...(full ? [100000] : [])],
  reuters: [13520, 30000, ...(full ? [100000] : [])],
};
const corpora = corpusArg.split(",").map((c) => {
  if (c !== "synthetic" && c !== "reuters") {
    console.error(`Unknown --corpus=${c}: synthetic, reuters, or both (synthetic,reuters).`);
    process.exit(2);
  }
  return c;
});
const sizesFor = (corpus: Corpus) => (sizeArg ? sizeArg.split(",").map(Number) : DEFAULT_SIZES[corpus]);
const withHugo = !args.includes("--no-hugo");
const keepSites = args.includes("--keep");
const repeats = Number(args.find((a) => a.startsWith("--repeat="))?.slice(9) ?? 1);
if (!(Number.isInteger(repeats) && repeats >= 1)) {
  console.error("--repeat: how many times to build each row, ours and Hugo's alternately, a whole number from 1 (--repeat=3).");
  process.exit(2);
}
const historyArg = args.find((a) => a === "--history-cost" || a.startsWith("--history-cost="));
const historyRepeats = historyArg ? Number(historyArg.split("=")[1] ?? 3) : 0;
if (historyArg && !(Number.isInteger(historyRepeats) && historyRepeats >= 1)) {
  console.error(`${historyArg}: give how many builds of each kind, a whole number from 1 (--history-cost=3).`);
  process.exit(2);
}
const REUTERS = path.join(path.resolve(process.env.CORPUS_DIR ?? path.join(ROOT, "../shared/corpus")), "reuters-bench");
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"]).stdout.toString().trim() || 100);

/** Every process's parent and CPU ticks so far (user and system), from one pass over /proc. */
function processTable(): { parentOf: Map<number, number>; ticks: Map<number, number> } {
  const parentOf = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // After the name: state, ppid, …; utime and stime are the 12th and 13th fields from there.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  return { parentOf, ticks };
}

/** Every process in the tree under `pid`. */
function processTree(pid: number, parentOf: ReadonlyMap<number, number>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [child, parent] of parentOf) {
    const list = children.get(parent) ?? [];
    list.push(child);
    children.set(parent, list);
  }
  const tree = new Set<number>();
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop() as number;
    tree.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return tree;
}

function treeMemoryKB(tree: Iterable<number>): number {
  let total = 0;
  for (const p of tree) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return total;
}

/**
 * Runs a command, sampling the memory of its whole process tree every 100 ms. CPU time is the
 * shell's children's time, read when the command is done (all descendants are reaped by then).
 * Other work is the CPU time, over the same samples, of every process outside the tree but
 * this one and the kernel's threads (writing files back to disk, the build's own included, is
 * the kernel's): a process that starts and ends between two samples is missed.
 */
function measure(command: string, env: NodeJS.ProcessEnv = process.env): Promise<RunMeasure> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn("bash", ["-c", `${command}; code=$?; read -r -a s < /proc/$$/stat; echo "CPU_TICKS \${s[15]} \${s[16]}" >&2; exit $code`], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let peak = 0;
    let stderr = "";
    const firstTicks = new Map<number, number>();
    const lastTicks = new Map<number, number>();
    const ours = new Set<number>();
    const sample = () => {
      if (!child.pid) return;
      const { parentOf, ticks } = processTable();
      const tree = processTree(child.pid, parentOf);
      for (const p of tree) ours.add(p);
      peak = Math.max(peak, treeMemoryKB(tree));
      for (const [p, t] of ticks) {
        // Kernel threads are children of kthreadd (2).
        if (ours.has(p) || p === process.pid || p === 2 || parentOf.get(p) === 2) continue;
        if (!firstTicks.has(p)) firstTicks.set(p, t);
        lastTicks.set(p, t);
      }
    };
    sample();
    const timer = setInterval(sample, 100);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const ticks = /CPU_TICKS (\d+) (\d+)/.exec(stderr);
      if (code !== 0) process.stderr.write(stderr.split("\n").filter((l) => !l.startsWith("warning:")).slice(-15).join("\n"));
      let others = 0;
      for (const [p, last] of lastTicks) if (!ours.has(p)) others += last - (firstTicks.get(p) as number);
      resolve({
        wallSeconds: (performance.now() - started) / 1000,
        cpuSeconds: ticks ? (Number(ticks[1]) + Number(ticks[2])) / CLOCK_TICKS : Number.NaN,
        peakMemoryMB: peak / 1024,
        exitCode: code ?? 1,
        othersCpuSeconds: others / CLOCK_TICKS,
      });
    });
  });
}

function countOutput(dir: string): { pages: number; files: number; bytes: number } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = path.join(d, name);
      const info = statSync(abs);
      if (info.isDirectory()) walk(abs);
      else {
        files++;
        bytes += info.size;
        if (name.endsWith(".html")) pages++;
      }
    }
  };
  walk(dir);
  return { pages, files, bytes };
}

/** The archive and its Hugo mirror for a row, made once and cached under bench/out/. */
function ensureArchive(corpus: Corpus, count: number): { articles: string; hugo: string } {
  const name = corpus === "synthetic" ? `${count}` : `${corpus}-${count}`;
  const articles = path.join(OUT, `articles-${name}`);
  const hugo = path.join(OUT, `hugo-${name}`);
  const marker = path.join(OUT, `articles-${name}.done`);
  const maker = corpus === "synthetic" ? "bench/generate.ts" : "bench/real-text.ts";
  const version = String(readFileSync(path.join(ROOT, maker), "utf8").length);
  if (!existsSync(marker) || readFileSync(marker, "utf8") !== version || !existsSync(hugo)) {
    process.stderr.write(`Generating ${count.toLocaleString("en-US")} ${corpus} articles…\n`);
    if (corpus === "synthetic") generateArchive({ count, outDir: articles, hugoDir: hugo });
    else replicateStories({ corpusDir: REUTERS, count, outDir: articles, hugoDir: hugo });
    writeFileSync(marker, version);
  }
  return { articles, hugo };
}

function hugoAvailable(): boolean {
  return spawnSync("hugo", ["version"]).status === 0;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  if (withHugo && !hugoAvailable()) {
    console.error("Hugo is not installed: the comparison needs Debian's hugo package (sudo apt-get install hugo), or run npm run bench -- --no-hugo.");
    process.exit(2);
  }
  const results: SizeResult[] = [];
  // Per run: two benches at once (another terminal, a second checkout) must not clear each other's sites.
  const scratch = path.join(os.tmpdir(), `dateline-bench-${process.pid}`);
  const rows: { corpus: Corpus; count: number }[] = [];
  for (const corpus of corpora) {
    if (corpus === "reuters" && (!existsSync(REUTERS) || countStories(REUTERS) === 0)) {
      console.error(`Skipping the real-text rows: no Reuters stories at ${REUTERS} (set CORPUS_DIR).`);
      continue;
    }
    for (const count of sizesFor(corpus)) rows.push({ corpus, count });
  }
  for (const { corpus, count } of rows) {
    const { articles, hugo } = ensureArchive(corpus, count);
    const site = keepSites ? path.join(OUT, `site-${corpus}-${count}`) : path.join(scratch, `dateline-${count}`);
    const timings = path.join(scratch, `timings-${count}.json`);
    /** The phases the last build wrote (DATELINE_TIMINGS). */
    const readPhases = (): Record<string, number> => (existsSync(timings) ? (JSON.parse(readFileSync(timings, "utf8")) as Record<string, number>) : {});
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    if (keepSites) rmSync(site, { recursive: true, force: true });
    process.stderr.write(`Dateline, ${count.toLocaleString("en-US")} ${corpus} articles…\n`);
    const build = (output: string, extra: NodeJS.ProcessEnv = {}) =>
      measure(`node --heap-growing-percent=30 --import tsx bin/build.ts --output=${output}`, {
        ...process.env,
        // As `npm run build` sets them: room for the largest archives, and a heap that grows by
        // 30% at a time rather than up to fourfold (at 30,000 articles the peak is 250 MB lower, in
        // the same time).
        NODE_OPTIONS: `--max-old-space-size=8192 ${process.env.NODE_OPTIONS ?? ""}`,
        // As npm run build: two malloc arenas, not one per thread (the reader and indexer threads').
        MALLOC_ARENA_MAX: "2",
        ARTICLES_DIR: articles,
        DATELINE_TIMINGS: timings,
        DATELINE_QUIET: "1",
        CI: "1",
        // Every row is a full build: npm run bench:incremental measures the cache.
        DATELINE_CACHE: "off",
        ...extra,
      });
    const ours = await build(site);
    if (ours.exitCode !== 0) {
      console.error(`The build of ${count.toLocaleString("en-US")} articles failed (exit ${ours.exitCode}, peak ${ours.peakMemoryMB.toFixed(0)} MB after ${ours.wallSeconds.toFixed(0)} s); stopping here.`);
      break;
    }
    const output = countOutput(site);
    const phases = readPhases();
    const result: SizeResult = {
      corpus,
      articles: count,
      dateline: {
        ...ours,
        phases,
        pages: output.pages,
        files: output.files,
        megabytes: output.bytes / 1e6,
        msPerArticle: (ours.wallSeconds * 1000) / count,
      },
    };
    if (!keepSites) rmSync(site, { recursive: true, force: true });

    if (historyRepeats) {
      const runs: { with: PhasedRun[]; without: PhasedRun[] } = { with: [{ ...ours, phases }], without: [] };
      const other = path.join(scratch, `history-${count}`);
      for (let i = 0; i < historyRepeats; i++) {
        for (const kind of ["without", "with"] as const) {
          if (kind === "with" && runs.with.length >= historyRepeats) continue;
          process.stderr.write(`Dateline ${kind} the history features, ${count.toLocaleString("en-US")} ${corpus} articles (${i + 1} of ${historyRepeats})…\n`);
          const run = await build(other, kind === "without" ? { DATELINE_BENCH_WITHOUT_HISTORY: "1" } : {});
          rmSync(other, { recursive: true, force: true });
          if (run.exitCode !== 0) throw new Error(`The build ${kind} the history features failed (exit ${run.exitCode}).`);
          runs[kind].push({ ...run, phases: readPhases() });
        }
      }
      result.historyCost = runs;
    }

    const runHugo = async (round: number) => {
      const hugoSite = path.join(scratch, `hugo-${count}`);
      process.stderr.write(`Hugo + Pagefind, ${count.toLocaleString("en-US")} ${corpus} articles${repeats > 1 ? ` (${round} of ${repeats})` : ""}…\n`);
      const build = await measure(`hugo --source bench/hugo --contentDir ${hugo} --destination ${hugoSite} --quiet`);
      const pages = countOutput(hugoSite).pages;
      const pagefind = await measure(`node_modules/.bin/pagefind --site ${hugoSite} --silent`);
      rmSync(hugoSite, { recursive: true, force: true });
      return { build, pagefind, pages, totalSeconds: build.wallSeconds + pagefind.wallSeconds };
    };
    /** Ours against theirs: the ratio, and the best one our CPU time allows on this machine's cores. */
    const against = (run: RunMeasure, theirs: Awaited<ReturnType<typeof runHugo>>) => ({
      ...theirs,
      ratio: run.wallSeconds / theirs.totalSeconds,
      floor: run.cpuSeconds / os.cpus().length / theirs.totalSeconds,
    });
    if (withHugo) result.hugo = against(ours, await runHugo(1));
    if (repeats > 1) {
      // Ours and theirs alternately, so that a slow spell of a shared machine lands on both.
      const oursRuns: PhasedRun[] = [{ ...ours, phases }];
      const theirRuns = result.hugo ? [result.hugo] : [];
      const other = path.join(scratch, `repeat-${count}`);
      for (let round = 2; round <= repeats; round++) {
        process.stderr.write(`Dateline, ${count.toLocaleString("en-US")} ${corpus} articles (${round} of ${repeats})…\n`);
        const run = await build(other);
        rmSync(other, { recursive: true, force: true });
        if (run.exitCode !== 0) throw new Error(`A repeated build failed (exit ${run.exitCode}).`);
        oursRuns.push({ ...run, phases: readPhases() });
        if (withHugo) theirRuns.push(against(run, await runHugo(round)));
      }
      const middle = medianRun(oursRuns, (r) => r.wallSeconds);
      result.dateline = { ...result.dateline, ...middle, msPerArticle: (middle.wallSeconds * 1000) / count };
      if (theirRuns.length) {
        result.hugo = against(middle, medianRun(theirRuns, (r) => r.totalSeconds));
      }
      result.repeats = { ours: oursRuns.map((r) => r.wallSeconds), theirs: theirRuns.map((r) => r.totalSeconds) };
    }
    results.push(result);
    printTable(results);
  }
  rmSync(scratch, { recursive: true, force: true });
  writeFileSync(path.join(OUT, "results.json"), `${JSON.stringify({ machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 1e9) }, results }, null, 1)}\n`);
  console.log(`\nJSON: ${path.relative(ROOT, path.join(OUT, "results.json"))}`);
}

function printTable(results: SizeResult[]) {
  const f = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(digits));
  const lines = [
    "",
    "| corpus | N | wall s | CPU s | read s | render s | search index s (waited) | peak MB | pages | files | MB written | kB/article | files/article | ms/article | Hugo s | Pagefind s | Hugo+Pagefind CPU s | Hugo+Pagefind peak MB | ratio | floor | others' CPU s (ours / theirs) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map((r) => {
      const d = r.dateline;
      const p = d.phases;
      return `| ${r.corpus} | ${r.articles.toLocaleString("en-US")} | ${f(d.wallSeconds)} | ${f(d.cpuSeconds)} | ${f(p.read)} | ${f(p.render)} | ${f(p.searchIndex)} (${f(p.searchWait)}) | ${f(d.peakMemoryMB, 0)} | ${d.pages.toLocaleString("en-US")} | ${d.files.toLocaleString("en-US")} | ${f(d.megabytes)} | ${f((d.megabytes * 1000) / r.articles)} | ${f(d.files / r.articles, 2)} | ${f(d.msPerArticle, 2)} | ${f(r.hugo?.build.wallSeconds)} | ${f(r.hugo?.pagefind.wallSeconds)} | ${f(r.hugo ? r.hugo.build.cpuSeconds + r.hugo.pagefind.cpuSeconds : undefined)} | ${f(r.hugo ? Math.max(r.hugo.build.peakMemoryMB, r.hugo.pagefind.peakMemoryMB) : undefined, 0)} | ${r.hugo ? f(r.hugo.ratio, 2) : "–"} | ${r.hugo ? f(r.hugo.floor, 2) : "–"} | ${f(d.othersCpuSeconds)} / ${r.hugo ? f(r.hugo.build.othersCpuSeconds + r.hugo.pagefind.othersCpuSeconds) : "–"} |`;
    }),
  ];
  console.log(lines.join("\n"));
  for (const r of results.filter((x) => x.repeats)) {
    const { ours, theirs } = r.repeats as { ours: number[]; theirs: number[] };
    const list = (runs: number[]) => runs.map((x) => f(x)).join(", ");
    console.log(`\n${r.corpus} ${r.articles.toLocaleString("en-US")}: the row shows the median of ${ours.length} runs each (ours ${list(ours)} s${theirs.length ? `; Hugo + Pagefind ${list(theirs)} s` : ""}).`);
  }
  // Other work on the machine slows Hugo (every core) far more than us: such a ratio flatters us.
  const busy = results.filter((r) => {
    const share = (m: RunMeasure) => m.othersCpuSeconds / m.wallSeconds / os.cpus().length;
    return share(r.dateline) > 0.05 || (r.hugo && Math.max(share(r.hugo.build), share(r.hugo.pagefind)) > 0.05);
  });
  if (busy.length) {
    console.log(
      `\nOther work used more than 5% of the machine during ${busy.map((r) => `${r.corpus} ${r.articles.toLocaleString("en-US")}`).join(", ")} (others' CPU s): ` +
        "their wall times and ratios are not a quiet machine's. Hugo spreads over every core and slows the most, which flatters the ratio.",
    );
  }
  const costed = results.filter((r) => r.historyCost);
  if (costed.length) {
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    };
    const list = (runs: RunMeasure[], key: "wallSeconds" | "cpuSeconds") => runs.map((r) => f(r[key], 0)).join(", ");
    const phase = (runs: PhasedRun[], name: string) => f(median(runs.map((r) => r.phases[name] ?? Number.NaN)));
    console.log(
      [
        "",
        "What the history features cost (stories, on this day, maps, saved copies); medians of the runs listed:",
        "",
        "| corpus | N | wall s with (runs) | wall s without (runs) | wall cost | CPU s with (runs) | CPU s without (runs) | CPU cost | read + plan s with / without | render s with / without | search wait s with / without |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...costed.map((r) => {
          const h = r.historyCost as { with: PhasedRun[]; without: PhasedRun[] };
          const readPlan = (runs: PhasedRun[]) => f(median(runs.map((x) => (x.phases.read ?? Number.NaN) + (x.phases.plan ?? 0))));
          const cost = (key: "wallSeconds" | "cpuSeconds") => `${f((median(h.with.map((x) => x[key])) / median(h.without.map((x) => x[key])) - 1) * 100, 1)}%`;
          return `| ${r.corpus} | ${r.articles.toLocaleString("en-US")} | ${f(median(h.with.map((x) => x.wallSeconds)))} (${list(h.with, "wallSeconds")}) | ${f(median(h.without.map((x) => x.wallSeconds)))} (${list(h.without, "wallSeconds")}) | ${cost("wallSeconds")} | ${f(median(h.with.map((x) => x.cpuSeconds)))} (${list(h.with, "cpuSeconds")}) | ${f(median(h.without.map((x) => x.cpuSeconds)))} (${list(h.without, "cpuSeconds")}) | ${cost("cpuSeconds")} | ${readPlan(h.with)} / ${readPlan(h.without)} | ${phase(h.with, "render")} / ${phase(h.without, "render")} | ${phase(h.with, "searchWait")} / ${phase(h.without, "searchWait")} |`;
        }),
      ].join("\n"),
    );
  }
}

await main();
