/**
 * A build from the cache (build/cached-build.ts) runs on a thread of its own, for the sake of
 * one setting Node fixes when a thread starts: the size of its young generation.
 *
 * Such a build reads the whole archive's records and makes its articles, plan and signatures
 * again, all kept to its end: most of what it allocates survives, and with Node's young
 * generation (16 MB semi-spaces) garbage collection was a quarter of its time, nearly all of it
 * scavenges copying survivors. Semi-spaces of 64 MB (YOUNG_GENERATION_MB) halve their number
 * (at 100,000 articles, a build from the cache took 23–24 s rather than 25.5–26.5; 128 MB was
 * no faster). A full build keeps Node's default: its reader threads and Eleventy would each get
 * the larger young generation, where 2 GiB at 100,000 articles is met by little.
 *
 * The thread does all of it: checks the cache describes the output, brings the site up to
 * date, and finishes it (build/finish-site.ts); the main thread, holding the cache's lock and
 * the build's watchdog, lists the articles folder meanwhile (while the thread reads the
 * records, about 1 s at 100,000 articles that the thread would spend after them), hands the
 * listing over, and waits. When the cache cannot be used, or the build from it fails, the
 * thread says why and the main thread builds in full, as before.
 */
import { rm } from "node:fs/promises";
import { parentPort, Worker, workerData } from "node:worker_threads";
import type { SiteOptions } from "../src/site-options.ts";
import { BuildCache } from "./build-cache.ts";
import { takeListing, type TakenListing } from "../src/read-archive.ts";
import { describeFailure, finishSite } from "./finish-site.ts";
import { settleSearchIndex } from "./search-index.ts";

/** The young generation of the thread (two semi-spaces and the large objects' young space, a third each): 64 MB semi-spaces. */
export const YOUNG_GENERATION_MB = 192;

/** What the thread is given. */
export interface CachedBuildJob {
  options: SiteOptions;
  cacheDir: string;
  fingerprint: string;
  staging: string;
  /** When the build started, ms since 1970 (performance.timeOrigin + performance.now()): threads count time from their own start. */
  startedAt: number;
  /** The build's arguments (--lock-urls…). */
  argv: readonly string[];
}

/** The build's exit code, or why it must be a full build. */
export type CachedBuildOutcome = { code: number } | { fallback: string };

/** Runs a build from the cache on a thread of its own (see above) and waits for it. */
export function buildFromCacheOnThread(job: CachedBuildJob): Promise<CachedBuildOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("../src/worker-bootstrap.mjs", import.meta.url), {
      workerData: { module: import.meta.url, run: "serveBuildFromCache", job },
      argv: [...job.argv],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.postMessage(listingMessage(job.options.articlesDir));
    let outcome: CachedBuildOutcome | undefined;
    worker.on("message", (message: CachedBuildOutcome) => (outcome = message));
    // An error the thread did not catch (it catches the build's own): a full build, as for any failure.
    worker.on("error", (error) => (outcome ??= { fallback: `the build from the cache failed (${describeFailure(error)})` }));
    worker.on("exit", (code) => resolve(outcome ?? { fallback: `the build from the cache stopped (exit code ${code})` }));
  });
}

/** The articles folder's listing, or why it could not be taken (the thread then fails as listing it itself would have). */
type ListingMessage = TakenListing | { error: string };

function listingMessage(articlesDir: string): ListingMessage {
  try {
    return takeListing(articlesDir);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The listing the main thread sends, once. */
function listingFromMainThread(): Promise<TakenListing> {
  return new Promise((resolve, reject) => {
    parentPort?.once("message", (message: ListingMessage) => ("error" in message ? reject(new Error(message.error)) : resolve(message)));
  });
}

/** The thread's side: workerData.job (CachedBuildJob). */
export async function serveBuildFromCache(): Promise<void> {
  const job = (workerData as { job: CachedBuildJob }).job;
  const listing = listingFromMainThread();
  // Told as soon as it fails, not when awaited: a build that stops sooner must not leave it unhandled.
  listing.catch(() => undefined);
  const tell = (outcome: CachedBuildOutcome) => parentPort?.postMessage(outcome);
  const started = job.startedAt - performance.timeOrigin;
  // The code that updates the site (the layouts, the planning: most of what a build loads) is
  // loaded here, not where this module is: the main thread imports this module only to start
  // the thread, and would load all of it for nothing first (a quarter of a second).
  const updating = import("./cached-build.ts");
  // Awaited below, unless the cache cannot serve: then a failure to load it is no one's to tell.
  updating.catch(() => undefined);
  const cache = BuildCache.adopt(job.cacheDir, job.fingerprint);
  const index = cache.usableFor(job.options.outputDir);
  if (typeof index === "string") return tell({ fallback: index });
  try {
    const { updateFromCache } = await updating;
    const site = await updateFromCache(job.options, cache, index, job.staging, listing);
    tell({ code: await finishSite(job.options, site, started, job.argv) });
  } catch (error) {
    await settleSearchIndex();
    await rm(job.staging, { recursive: true, force: true }).catch(() => undefined);
    tell({ fallback: `the build from the cache failed (${describeFailure(error)})` });
  }
}
