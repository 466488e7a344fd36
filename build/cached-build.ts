/**
 * `npm run build` with the build cache (build/build-cache.ts for what it holds):
 *
 * - a full build records, in the process that read the archive, what it read of each file and
 *   the signature of every output (recordBuild, from the Eleventy plugin), and bin/build.ts makes
 *   the cache describe the site once it is swapped in;
 * - a build from the cache (updateFromCache) reads again only the article files whose content
 *   changed, re-plans the archive, renders into its staging folder only the outputs whose
 *   signature changed (build/incremental.ts), re-indexes only the search bundles whose articles
 *   changed, renders the owner's pages again (they may list articles), and hands back a site
 *   that applies all of it in one step (src/staging-commit.mjs).
 */
import { existsSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { presentTime } from "../src/dates.ts";
import { startEntryReader, type EntryReader } from "../src/readers.ts";
import { BUNDLE_SIZE } from "../src/search-bundles.ts";
import type { SiteFile } from "../src/site-size.ts";
import type { SiteOptions } from "../src/site-options.ts";
import { applyCommit, COMMIT_FILE, PACK_FILE, type CommitJournal } from "../src/staging-commit.mjs";
import { ownerSiteContext, type BuildState } from "./build-state.ts";
import { bodiesNameOf, readRecords, recordsStatsAt, siteFilesOf, writeRecords, type BuildCache, type CacheHead } from "./build-cache.ts";
import { BodiesFile } from "./article-texts.ts";
import { OutputPack } from "./output-pack.ts";
import { IncrementalSite, RACY_MS, snapshotOfBuild, type UpdateResult } from "./incremental.ts";
import type { TakenListing } from "../src/read-archive.ts";
import type { FinishedSite } from "./finish-site.ts";
import { withOwnerNavigation, type GeneratedFile, type OwnerPages } from "./outputs.ts";
import { ownerPagesRenderer } from "./owner-pages.ts";
import { writeSearchIndex } from "./search-index.ts";

/** Bytes of texts no record points at that the texts file may hold beyond as many as it needs, before it is written afresh. */
const TEXTS_SLACK = 64 * 1024 * 1024;

/** A full build's records: what it read and planned, for the next build to start from. */
export async function recordBuild(file: string, build: BuildState, ownerPages: OwnerPages, files: readonly GeneratedFile[]): Promise<void> {
  if (!build.read) return;
  // The files were listed after this process started: their stats are no older than that.
  const snapshot = snapshotOfBuild(build.read, build.site, build.plan, files, build.searchBundles, presentTime(), performance.timeOrigin, build.read.storyTerms);
  await writeRecords(file, snapshot, ownerPages);
}

/** Every file under a folder, relative, with its size, but the pack of pages at its top. */
function listFolder(dir: string, relative = "", out: SiteFile[] = []): SiteFile[] {
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    if (!relative && entry.name === PACK_FILE) continue;
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) listFolder(dir, name, out);
    else out.push({ file: name, bytes: statSync(path.join(dir, name)).size });
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * Brings the site the cache describes up to date in `staging`: nothing is changed in the output
 * until the returned site is installed. Throws if the cache's records cannot be read (the caller
 * builds in full).
 */
export async function updateFromCache(options: SiteOptions, cache: BuildCache, index: CacheHead, staging: string, listing?: Promise<TakenListing>): Promise<FinishedSite> {
  const started = performance.now();
  // npm run build grows the heap by 30% at a time (package.json), which keeps a full build's
  // memory down while Eleventy renders every page; a build from the cache renders a few hundred
  // and mostly reads records it keeps to the end, for which V8's own growing collects far less
  // often (0: V8's default; it takes effect at once).
  setFlagsFromString("--heap-growing-percent=0");
  // The reading code (about 4 s to load here, and 150 MB) loads on a thread of its own while
  // the records are read: the files that changed are read there, and the thread then ends.
  const reader = listing ? readerIfChanged(listing, recordsStatsAt(cache.recordsPath(index.records))) : startEntryReader();
  try {
    return await update(options, cache, index, staging, started, reader, listing);
  } finally {
    reader.stop();
  }
}

/**
 * The reader thread, started at once (the reading code takes about 4 s to load, and an added or
 * changed file waits for it) and stopped as soon as the listing (taken on the main thread)
 * shows no file whose times are within RACY_MS of when the records' stats were taken, or later:
 * statsTrusted reads again only such files, or those unlike their record, which have such times
 * too (a file added, changed, moved or touched since). An article removed, or none changed, then
 * leaves the second core to this thread's garbage collection while the records are read. Should
 * a file have to be read after all, a thread is started for it.
 */
export function readerIfChanged(listing: Promise<TakenListing>, statsAt: number | null, startReader: () => EntryReader = startEntryReader): EntryReader {
  let reader: EntryReader | undefined = startReader();
  let stopped = false;
  listing.then(
    ({ listing }) => {
      if (stopped || statsAt === null || listing.entries.some((entry) => Math.max(entry.mtimeMs, entry.ctimeMs) >= statsAt - RACY_MS)) return;
      reader?.stop();
      reader = undefined;
    },
    () => undefined,
  );
  return {
    read: (entries) => (stopped ? Promise.reject(new Error("the thread reading articles was stopped")) : (reader ??= startReader()).read(entries)),
    stop() {
      stopped = true;
      reader?.stop();
    },
  };
}

async function update(options: SiteOptions, cache: BuildCache, index: CacheHead, staging: string, started: number, reader: EntryReader, listing: Promise<TakenListing> | undefined): Promise<FinishedSite> {
  const { snapshot, ownerPages } = await readRecords(cache.recordsPath(index.records));
  const texts = new BodiesFile(cache.recordsPath(index.bodies));
  const output = options.outputDir;
  const site = withOwnerNavigation(ownerSiteContext(options), ownerPages);
  const bundleSize = Number(process.env.DATELINE_SEARCH_BUNDLE_SIZE) || BUNDLE_SIZE;
  await mkdir(staging, { recursive: true });
  const incremental = new IncrementalSite(options.articlesDir, output, site, bundleSize, ownerPages.urls, ownerPagesRenderer(options, site, staging), {
    previous: snapshot,
    compareContent: true,
    readText: (ref) => texts.read(ref),
    // The thread ends once they are read: none are read after.
    readEntries: (entries) => (entries.length ? reader.read(entries) : Promise.resolve([])).finally(() => reader.stop()),
    listing,
  });
  const readCache = (performance.now() - started) / 1000;
  const timings: Record<string, number> = { readCache };
  // Pagefind works in its own processes while the pages and the owner's pages are rendered.
  let indexing: Promise<unknown> = Promise.resolve();
  const pack = new OutputPack(staging);
  let result: UpdateResult;
  try {
    result = await incremental.update({
      into: staging,
      pack,
      onStaleBundles: (stale) => {
        indexing = writeSearchIndex(staging, stale, false);
        indexing.catch(() => undefined);
      },
    });
  } finally {
    pack.close();
  }
  timings.update = result.seconds;
  // New records, under a name no index gives yet: the index names them once the site is applied.
  const records = cache.newRecordsName();
  const kept = incremental.snapshot();
  // Texts appended for the articles read again; the whole file written afresh once more than half is texts no record points at.
  let live = 0;
  for (const cached of kept.files.values()) live += cached.body?.[1] ?? 0;
  const rewrite = statSync(texts.file).size > 2 * live + TEXTS_SLACK;
  const bodies = rewrite ? bodiesNameOf(records) : index.bodies;
  await writeRecords(cache.recordsPath(records), kept, ownerPages, rewrite ? { file: bodies, rewriteFrom: texts } : { file: bodies });
  texts.close();
  timings.records = (performance.now() - started) / 1000 - readCache - result.seconds;
  timings.textsRead = texts.reads;
  const waited = performance.now();
  await indexing;
  timings.searchWait = (performance.now() - waited) / 1000;
  if (process.env.DATELINE_TIMINGS) writeFileSync(process.env.DATELINE_TIMINGS, `${JSON.stringify(timings)}\n`);

  const folders = result.staleBundles.map((bundle) => bundle.path.replace(/\/$/, ""));
  const inFolder = (file: string) => folders.some((folder) => file.startsWith(`${folder}/`));
  const listed = listFolder(staging);
  const written = [...listed, ...pack.files()];
  const journal: CommitJournal = {
    folders,
    writes: pack.writes(),
    moves: listed.map((f) => f.file).filter((file) => !inFolder(file)),
    removes: [...result.removedFiles, ...result.goneBundles.map((bundle) => bundle.replace(/\/$/, ""))],
  };
  // The new site's files: the old ones, less those removed or replaced, with those written.
  // Each of the old 300,000 (at 100,000 articles) checked against a set and a few prefixes
  // made once, not through closures and strings made for every file.
  const gone = new Set([...journal.removes, ...written.map((f) => f.file)]);
  const goneUnder = [...journal.removes, ...folders].map((folder) => `${folder}/`);
  // The old site's list, read only now (the index's first line told the cache could serve):
  // at 100,000 articles parsed in 0.2 s, where as one JSON list of pairs before the records it
  // took 1 to 2 s on this thread.
  const previousSite = cache.readSite();
  if (typeof previousSite === "string") throw new Error(previousSite);
  const untouched = siteFilesOf(previousSite).filter(({ file }) => {
    if (gone.has(file)) return false;
    for (const prefix of goneUnder) if (file.startsWith(prefix)) return false;
    return true;
  });
  // In path order: the old list is, so the sort merges the few written in.
  const newSite = [...untouched, ...written].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const seconds = result.seconds.toFixed(1);

  return {
    read: async (file) => pack.read(file)?.toString("utf8") ?? readFile(path.join(existsSync(path.join(staging, file)) ? staging : output, file), "utf8"),
    files: () => newSite,
    note:
      `Built from the cache (${path.relative(process.cwd(), cache.dir) || cache.dir}): ${plural(result.readAgain, "article file")} read again, ` +
      `${plural(result.checked + result.trusted, "unchanged", "unchanged")} (${result.checked.toLocaleString("en-US")} by content, ${result.trusted.toLocaleString("en-US")} by size, times and inode); ${plural(result.written.length, "page or file", "pages and files")} rendered, ` +
      `${plural(written.length, "file")} written and ${plural(journal.removes.length, "removed", "removed")}, ` +
      `${plural(result.staleBundles.length, "search bundle")} re-indexed (the update took ${seconds} s).`,
    discard: () => rm(staging, { recursive: true, force: true }),
    async install() {
      // The cache is void from here until it describes the new site.
      await cache.forget();
      const temporary = path.join(staging, `${COMMIT_FILE}.tmp`);
      writeFileSync(temporary, JSON.stringify(journal));
      renameSync(temporary, path.join(staging, COMMIT_FILE));
      applyCommit(output, staging);
      await cache.remember(output, newSite, records, bodies);
      await rm(staging, { recursive: true, force: true });
    },
  };
}
