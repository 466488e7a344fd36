/**
 * `npm run build`: the whole site, written atomically.
 *
 * Eleventy (configured by eleventy.config.ts) writes into a fresh folder beside the output
 * folder; only when everything, search index included, was written does that folder replace
 * the output. A failed build leaves the previous site as it was and exits non-zero. Ends with
 * a summary of articles built, warnings and errors, and the site's size and file count (with a
 * warning as it nears GitHub Pages' 1 GB); with --strict any problem fails the build.
 * Where the articles folder keeps a URL ledger (.dateline-urls.json; --lock-urls starts one),
 * it is brought up to date, so that addresses once given are kept.
 *
 * The site is rendered in shards (src/shards.ts): one process per core, each this file with
 * --shard=K/N writing its part inside the staging folder, joined there before the swap
 * (--jobs=N or DATELINE_JOBS limits them; --jobs=1 renders in this process). On many machines,
 * `--shard=K/N --output=DIR` writes one part and `--merge DIR1 … DIRN` joins them into the site,
 * the same bytes as one build.
 *
 * Killed (Ctrl-C, SIGTERM, a closed terminal, out of memory), the build dies at once and its
 * watchdog removes its staging folder; what a build killed with its watchdog left, the next
 * build removes (src/staging.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { BuildCache, cacheFingerprint, chooseCacheFolder, RECORD_ENV, refuseCacheFolder } from "../build/build-cache.ts";
import type { RenderPass } from "../build/build-state.ts";
import { describeFailure, finishSite, type FinishedSite } from "../build/finish-site.ts";
import { PROBLEM_REPORT, SITE_MARKER, SITE_MARKER_TEXT } from "../build/site-files.ts";
import { settleSearchIndex } from "../build/search-index.ts";
import { readsArticles } from "../build/archive-handoff.ts";
import { checkPartFolders, joinParts, readPart } from "../build/shard-part.ts";
import { startReaders } from "../src/readers.ts";
import { PART_MANIFEST, shardFromArgv, type ShardSpec } from "../src/shards.ts";
import { readSiteOptions, type SiteOptions } from "../src/site-options.ts";
import { listSiteFiles } from "../src/site-size.ts";
import { guardStaging, isStagingName, previousFolder, removeStaleStaging, stagingFolder } from "../src/staging.ts";

/** Below this many files in the articles folder, one process renders everything: starting more costs more than it saves. */
export const PARALLEL_FROM_FILES = 2000;

/** Set for the shard processes a one-machine build starts (renderInShards). */
const WITHIN_BUILD = "DATELINE_SHARD_WITHIN_BUILD";

/** Below this many cores, a build renders in one process unless told otherwise. */
export const MIN_CORES_FOR_SHARDS = 3;

/**
 * How many shard processes a one-machine build renders with: --jobs=N, else DATELINE_JOBS, else
 * every core (os.availableParallelism()) from three cores up, one for a small archive.
 */
export function chooseJobs(argv: readonly string[], env: NodeJS.ProcessEnv, countFiles: () => number, cores = os.availableParallelism()): number | string {
  const given = argv.find((arg) => arg.startsWith("--jobs="))?.slice("--jobs=".length) ?? env.DATELINE_JOBS?.trim();
  if (given) {
    const jobs = Number(given);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return `--jobs=${given} (or DATELINE_JOBS): give a whole number of processes from 1 to 256`;
    return jobs;
  }
  // On two cores one process already keeps both busy (Pagefind and the reader threads beside
  // Eleventy), and a second shard costs more than it saves (README "Speed").
  if (cores < MIN_CORES_FOR_SHARDS) return 1;
  return countFiles() < PARALLEL_FROM_FILES ? 1 : cores;
}

/** Articles per shard a build aims at, by default: more shards, each holding fewer pages, than processes on a large archive. */
export const ARTICLES_PER_SHARD = 10_000;

/**
 * How many shards a one-machine build cuts the site into (run `jobs` at a time): --shards=M,
 * else DATELINE_SHARDS, else as many as processes, more for a large archive (a shard per
 * ARTICLES_PER_SHARD files), since each shard holds its pages until it ends.
 */
export function chooseShards(argv: readonly string[], env: NodeJS.ProcessEnv, jobs: number, countFiles: () => number): number | string {
  const given = argv.find((arg) => arg.startsWith("--shards="))?.slice("--shards=".length) ?? env.DATELINE_SHARDS?.trim();
  if (given) {
    const shards = Number(given);
    if (!Number.isInteger(shards) || shards < 1 || shards > 1000) return `--shards=${given} (or DATELINE_SHARDS): give a whole number of shards from 1 to 1000`;
    return shards;
  }
  if (jobs <= 1) return 1;
  return Math.max(jobs, Math.ceil(countFiles() / ARTICLES_PER_SHARD));
}

/**
 * Articles per render pass a one-process build aims at, by default: Eleventy holds every page a
 * pass renders until the pass ends, so the build's memory grows with a pass, not the archive.
 */
export const ARTICLES_PER_PASS = 10_000;

/**
 * From this many article files, a pass renders half as many (ARTICLES_PER_PASS / 2): the plan of
 * such an archive, held beside every pass, is over 2 GB, and each pass's pages (about 300 MB at
 * 10,000 articles) come on top of it.
 */
export const SMALLER_PASSES_FROM = 500_000;

/**
 * How many passes a one-process build renders the site in (build/build-state.ts): --passes=P,
 * else DATELINE_PASSES, else one per ARTICLES_PER_PASS article files (one for a smaller archive;
 * half as many articles a pass from SMALLER_PASSES_FROM files).
 */
export function choosePasses(argv: readonly string[], env: NodeJS.ProcessEnv, countFiles: () => number): number | string {
  const given = argv.find((arg) => arg.startsWith("--passes="))?.slice("--passes=".length) ?? env.DATELINE_PASSES?.trim();
  if (given) {
    const passes = Number(given);
    if (!Number.isInteger(passes) || passes < 1 || passes > 1000) return `--passes=${given} (or DATELINE_PASSES): give a whole number of passes from 1 to 1000`;
    return passes;
  }
  const files = countFiles();
  return Math.max(1, Math.ceil(files / (files >= SMALLER_PASSES_FROM ? ARTICLES_PER_PASS / 2 : ARTICLES_PER_PASS)));
}

/** The files under a folder, counted up to `limit`. */
function countFilesUpTo(folder: string, limit: number): number {
  let count = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (count >= limit) return;
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else count++;
    }
  };
  walk(folder);
  return count;
}

/** The folders after --merge, up to the next option. */
export function mergeArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf("--merge");
  if (at < 0) return null;
  const dirs: string[] = [];
  for (const arg of argv.slice(at + 1)) {
    if (arg.startsWith("--")) break;
    dirs.push(arg);
  }
  return dirs;
}

async function main(): Promise<number> {
  const options = readSiteOptions();
  const started = performance.now();
  const argv = process.argv.slice(2);
  let shard: ShardSpec | null;
  try {
    shard = shardFromArgv(argv);
  } catch (error) {
    console.error(`Build failed: ${(error as Error).message}. Nothing was written.`);
    return 1;
  }
  const mergeDirs = mergeArguments(argv);
  if (mergeDirs && shard) {
    console.error("Build failed: --merge joins parts that --shard builds wrote; give one or the other. Nothing was written.");
    return 1;
  }
  if (mergeDirs) return merge(options, mergeDirs, started);
  if (!existsSync(options.articlesDir) || !statSync(options.articlesDir).isDirectory()) {
    console.error(`Build failed: the articles folder ${options.articlesDir} does not exist or is not a folder (set ARTICLES_DIR).`);
    return 1;
  }
  // The given --jobs, --shards and --passes are checked now; how many a full build takes is
  // chosen only when one is built (renderLayout), since choosing may count the articles folder's
  // files (0.5 s at 100,000), which a build from the cache never needs.
  const noCount = () => 0;
  const given = chooseJobs(argv, process.env, noCount);
  for (const refusal of [given, chooseShards(argv, process.env, typeof given === "number" ? given : 1, noCount), choosePasses(argv, process.env, noCount)]) {
    if (typeof refusal === "string") {
      console.error(`Build failed: ${refusal}. Nothing was written.`);
      return 1;
    }
  }
  const refusal = refuseOutput(options.outputDir, options.articlesDir);
  if (refusal) {
    console.error(`Build failed: ${refusal}. Nothing was written.`);
    return 1;
  }
  const staging = stagingFolder(options.outputDir);
  const previous = previousFolder(staging);
  // A shard process of a one-machine build writes inside that build's staging folder, which the
  // build's own watchdog removes (stopping the shards first): it needs no watchdog of its own.
  const guard = process.env[WITHIN_BUILD] ? { release() {} } : guardStaging(options.outputDir, staging, previous);
  // Parts (--shard) neither read nor write the build cache; nor does the merge.
  const cache = shard ? null : takeCache(options, argv);
  try {
    return await buildInto(options, staging, previous, started, shard, cache);
  } finally {
    cache?.release();
    guard.release();
  }
}

/** The build cache for this build (build/build-cache.ts), or null, said why when it is not for lack of asking. */
function takeCache(options: SiteOptions, argv: readonly string[]): BuildCache | null {
  const chosen = chooseCacheFolder(argv, process.env);
  if ("off" in chosen) return null;
  // A measuring switch of npm run bench: such a site lacks pages, and is never a cache's.
  if (process.env.DATELINE_BENCH_WITHOUT_HISTORY) return null;
  const refusal = refuseCacheFolder(chosen.dir, options);
  const cache = refusal ?? BuildCache.take(chosen.dir, cacheFingerprint(options));
  if (typeof cache === "string") {
    console.error(`note: building without the cache: ${cache}.`);
    return null;
  }
  return cache;
}

/** How a full build renders: in `shards` shard processes, `jobs` at a time, or in one process in `passes` passes. */
interface RenderLayout {
  jobs: number;
  shards: number;
  passes: number;
}

/** The render layout of a full build, the given options having been checked already (main). */
function renderLayout(argv: readonly string[], articlesDir: string, shard: ShardSpec | null): RenderLayout {
  // One count of the folder's files, up to the largest any choice needs, for all three.
  let counted: number | undefined;
  const countFiles = () => (counted ??= countFilesUpTo(articlesDir, 1000 * Math.max(ARTICLES_PER_SHARD, ARTICLES_PER_PASS)));
  const number = (choice: number | string) => (typeof choice === "number" ? choice : 1);
  const jobs = shard ? 1 : number(chooseJobs(argv, process.env, countFiles));
  const shards = shard ? 1 : number(chooseShards(argv, process.env, jobs, countFiles));
  // One process renders in passes; shard processes are shares already.
  const passes = shard || shards !== 1 ? 1 : number(choosePasses(argv, process.env, countFiles));
  return { jobs, shards, passes };
}

async function buildInto(options: SiteOptions, staging: string, previous: string, started: number, shard: ShardSpec | null, cache: BuildCache | null): Promise<number> {
  removeStaleStaging(options.outputDir);
  let why = "";
  if (cache) {
    why = cache.refusalFor(options.outputDir) ?? "";
    if (!why) {
      // Loaded only now: a full build starts its reader threads before loading the archive's code.
      const { buildFromCacheOnThread } = await import("../build/cached-build-thread.ts");
      const outcome = await buildFromCacheOnThread({ options, cacheDir: cache.dir, fingerprint: cache.fingerprint, staging, startedAt: performance.timeOrigin + started, argv: process.argv.slice(2) });
      if ("code" in outcome) return outcome.code;
      why = outcome.fallback;
    }
  }
  // The process that reads the archive writes the cache's records for the next build (build/cached-build.ts).
  const records = cache?.newRecordsName();
  if (cache && records) {
    process.env[RECORD_ENV] = cache.recordsPath(records);
    console.error(`note: a full build, writing the cache ${path.relative(process.cwd(), cache.dir) || cache.dir}: ${why}.`);
  }
  try {
    await mkdir(path.dirname(options.outputDir), { recursive: true });
    await rm(staging, { recursive: true, force: true });
    const { jobs, shards, passes } = renderLayout(process.argv.slice(2), options.articlesDir, shard);
    if (shards > 1) {
      await renderInShards(staging, jobs, shards);
    } else {
      // The reader threads load while Eleventy does (see src/readers.ts), hence its late import;
      // not in a shard that another shard hands the archive to (build/archive-handoff.ts).
      if (readsArticles()) startReaders(options.articlesDir);
      const { default: Eleventy } = await import("@11ty/eleventy");
      const { withRenderPass } = await import("../build/build-state.ts");
      const render = async () => {
        const eleventy = new Eleventy(options.pagesDir, staging, {
          configPath: path.resolve("eleventy.config.ts"),
          quietMode: true,
        });
        // Eleventy prints its own account of a failure, stack and all; ours follows, shorter.
        eleventy.disableLogger();
        await eleventy.write();
      };
      if (passes === 1) await render();
      else {
        const pass: RenderPass = { pass: { index: 1, count: passes } };
        for (let index = 1; index <= passes; index++) {
          pass.pass = { index, count: passes };
          await withRenderPass(pass, render);
        }
      }
    }
    if (shard) {
      // A part: its summary, and the swap. Problems are reported, and --strict applied, by the merge.
      const part = readPart(staging);
      if (typeof part === "string") throw new Error(part);
      swapIn(options.outputDir, staging, previous);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Shard ${shard.index}/${shard.count} of ${part.manifest.report.articles} articles: ${part.manifest.files.length.toLocaleString("en-US")} files written to ${path.relative(process.cwd(), options.outputDir) || "."} in ${seconds} s; join the ${shard.count} parts with npm run build -- --merge.`);
      return 0;
    }
    return await finishSite(options, stagedSite(options, staging, previous, cache, records), started);
  } catch (error) {
    // The search index may still be writing into the staging folder: let it finish first.
    await settleSearchIndex();
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    console.error(`Build failed: ${describeFailure(error)}`);
    if (process.env.DATELINE_DEBUG) console.error(error);
    console.error(`The ${shard ? "part" : "site"} in ${options.outputDir} was not changed.`);
    return 1;
  }
}

/**
 * Renders the site as `shards` shards, `jobs` at a time, each a process of its own (this file
 * with --shard=K/N, so each its own Eleventy instance) writing its part inside the staging
 * folder; then joins the parts there, as --merge would. Shard 1 reads the archive and hands it
 * to the others; it shows its progress, the others are quiet.
 */
async function renderInShards(staging: string, jobs: number, shards: number): Promise<void> {
  const partsFolder = path.join(staging, ".parts");
  await mkdir(partsFolder, { recursive: true });
  const passOn = process.argv.slice(2).filter((arg) => !/^--(output|jobs|shards|shard|passes|strict|lock-urls)(=|$)/.test(arg));
  const timingsFile = process.env.DATELINE_TIMINGS;
  const parts = Array.from({ length: shards }, (_, i) => path.join(partsFolder, String(i + 1)));
  const running = new Set<ChildProcess>();
  let failed = false;
  const runShard = (k: number): Promise<void> => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // One Pagefind process per shard: there are as many shards at once as cores.
      DATELINE_SEARCH_WORKERS: process.env.DATELINE_SEARCH_WORKERS ?? "1",
      DATELINE_STRICT: "",
      [WITHIN_BUILD]: "1",
      // Shard 1 reads the archive and hands it to the others (build/archive-handoff.ts).
      DATELINE_ARCHIVE_HANDOFF: path.join(partsFolder, "archive.v8"),
      DATELINE_ARCHIVE_HANDOFF_WRITE: k === 1 ? "1" : "",
      // Shard 1 reads the archive, so it writes the build cache's records.
      [RECORD_ENV]: k === 1 ? (process.env[RECORD_ENV] ?? "") : "",
      ...(k > 1 ? { DATELINE_QUIET: "1" } : {}),
      ...(timingsFile ? { DATELINE_TIMINGS: `${timingsFile}.shard-${k}` } : {}),
    };
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1] as string, ...passOn, `--shard=${k}/${shards}`, `--output=${parts[k - 1]}`], {
      env,
      stdio: ["ignore", "ignore", k === 1 ? "inherit" : "pipe"],
    });
    running.add(child);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    return new Promise<void>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code, signal) => {
        running.delete(child);
        if (code === 0) return resolve();
        const lines = stderr.trim().split("\n");
        const reason = lines.find((line) => line.startsWith("Build failed: "))?.slice("Build failed: ".length) ?? lines.pop();
        reject(new Error(`shard ${k}/${shards} failed (${signal ?? `exit code ${code}`})${reason ? `: ${reason}` : ""}`));
      });
    });
  };
  const started = performance.now();
  let next = 1;
  const lane = async (): Promise<void> => {
    while (next <= shards && !failed) await runShard(next++);
  };
  const lanes = Array.from({ length: Math.min(jobs, shards) }, lane);
  try {
    await Promise.all(lanes);
  } catch (error) {
    // One shard failed: the others' work is lost anyway; none starts after this.
    failed = true;
    for (const child of running) if (child.exitCode === null && child.pid) process.kill(child.pid, "SIGTERM");
    await Promise.allSettled(lanes);
    throw error;
  }
  const joined = performance.now();
  const checked = checkPartFolders(parts);
  if (typeof checked === "string") throw new Error(checked);
  await joinParts(checked, staging, "move");
  await rm(partsFolder, { recursive: true, force: true });
  await writeFile(path.join(staging, SITE_MARKER), SITE_MARKER_TEXT);
  if (timingsFile) {
    // Each phase as long as it took the slowest shard; `shards` s, all of them from the first start to the last end.
    const each = await Promise.all(parts.map((_, i) => readFile(`${timingsFile}.shard-${i + 1}`, "utf8").then((text) => JSON.parse(text) as Record<string, number>)));
    const slowest: Record<string, number> = {};
    for (const timings of each) for (const [phase, seconds] of Object.entries(timings)) slowest[phase] = Math.max(slowest[phase] ?? 0, seconds);
    await writeFile(timingsFile, `${JSON.stringify({ ...slowest, shardsWall: (joined - started) / 1000, merge: (performance.now() - joined) / 1000, jobs, shards })}\n`);
    await Promise.all(parts.map((_, i) => rm(`${timingsFile}.shard-${i + 1}`, { force: true })));
  }
}

/** `--merge DIR1 … DIRN`: the parts checked, then joined into the output as a build's site. */
async function merge(options: SiteOptions, dirs: readonly string[], started: number): Promise<number> {
  const resolved = dirs.map((dir) => path.resolve(dir));
  const checked = checkPartFolders(resolved);
  const inside = (child: string, folder: string) => child === folder || child.startsWith(folder + path.sep);
  const output = path.resolve(options.outputDir);
  const overlap = resolved.find((dir) => inside(dir, output) || inside(output, dir));
  const refusal = typeof checked === "string" ? checked : overlap ? `--output ${output} and the part ${overlap} overlap` : refuseOutput(options.outputDir, options.articlesDir);
  if (refusal || typeof checked === "string") {
    console.error(`Merge failed: ${refusal}. Nothing was written.`);
    return 1;
  }
  const staging = stagingFolder(options.outputDir);
  const previous = previousFolder(staging);
  const guard = guardStaging(options.outputDir, staging, previous);
  try {
    removeStaleStaging(options.outputDir);
    await mkdir(path.dirname(options.outputDir), { recursive: true });
    await rm(staging, { recursive: true, force: true });
    await joinParts(checked, staging, "copy");
    await writeFile(path.join(staging, SITE_MARKER), SITE_MARKER_TEXT);
    return await finishSite(options, stagedSite(options, staging, previous, null), started);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    console.error(`Merge failed: ${describeFailure(error)}`);
    console.error(`The site in ${options.outputDir} was not changed.`);
    return 1;
  } finally {
    guard.release();
  }
}

/**
 * A whole site written in `staging`, swapped in when finished. With the cache, the cache then
 * describes it, if the process that read the archive wrote its records.
 */
function stagedSite(options: SiteOptions, staging: string, previous: string, cache: BuildCache | null, records?: string): FinishedSite {
  let files: ReturnType<typeof listSiteFiles> | undefined;
  const recorded = () => Boolean(cache && records && existsSync(cache.recordsPath(records)));
  return {
    read: (file) => readFile(path.join(staging, file), "utf8"),
    files: () => (files ??= listSiteFiles(staging)),
    discard: () => rm(staging, { recursive: true, force: true }),
    async install() {
      // The cache describes the old site until the swap, and the new one after it.
      await cache?.forget();
      swapIn(options.outputDir, staging, previous);
      if (cache && records && recorded()) await cache.remember(options.outputDir, files ?? listSiteFiles(options.outputDir), records);
    },
    get note() {
      if (!cache) return "";
      return recorded() ? `Cache written to ${path.relative(process.cwd(), cache.dir) || cache.dir} for the next build.` : "The cache was not written (the archive was handed over, not read, in this process).";
    },
  };
}

/**
 * Swaps the finished folder in. A build killed between the two renames leaves the old site in
 * `previous`: the watchdog, or else the next build, puts it back.
 */
function swapIn(outputDir: string, staging: string, previous: string): void {
  if (existsSync(outputDir)) renameSync(outputDir, previous);
  renameSync(staging, outputDir);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Why the output folder must not be written, if it must not: the build replaces that folder
 * whole, so it must be a folder Dateline built (or empty, or absent), and never the articles
 * folder, the project, or a folder that holds either.
 */
export function refuseOutput(outputDir: string, articlesDir: string, cwd = process.cwd()): string | null {
  const output = path.resolve(outputDir);
  const inside = (child: string, folder: string) => child === folder || child.startsWith(folder + path.sep);
  if (inside(path.resolve(articlesDir), output)) return `--output ${output} is, or holds, the articles folder`;
  if (inside(path.resolve(cwd), output)) return `--output ${output} is, or holds, the current folder`;
  if (inside(output, path.resolve(articlesDir))) return `--output ${output} is inside the articles folder`;
  // The nearest folder that exists on the way to the output must be a folder, not a file.
  let ancestor = path.dirname(output);
  while (!existsSync(ancestor) && path.dirname(ancestor) !== ancestor) ancestor = path.dirname(ancestor);
  if (!statSync(ancestor).isDirectory()) return `--output ${output} cannot be made: ${ancestor} is a file, not a folder`;
  // A build's staging folder may hold a whole site, marker included, and still be no site.
  if (isStagingName(output)) return `--output ${output} is a build's staging folder (.<name>.building-<pid>), not a site`;
  if (!existsSync(output)) return null;
  if (!statSync(output).isDirectory()) return `--output ${output} is a file, not a folder`;
  // A shard's part (PART_MANIFEST) may be replaced too: it is Dateline's, though no site.
  const built = [SITE_MARKER, PART_MANIFEST, PROBLEM_REPORT.slice(1)].some((file) => existsSync(path.join(output, file)));
  if (readdirSync(output).length > 0 && !built) {
    return `--output ${output} holds files that are not a site Dateline built; empty it or choose another folder`;
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
