/**
 * `npm start`: builds the archive, serves it on http://localhost:8080 (PORT to change) with live
 * reload, and keeps it up to date as you edit.
 *
 * - Adding, changing or deleting an article rewrites only the pages that show it (its own,
 *   its neighbours', the lists, feeds and JSON that hold it) and reloads the browser; the search
 *   index catches up a moment later, re-indexing only the bundle that changed.
 * - A change to the stylesheet or the search script is copied over and reloaded.
 * - A change to the code, to data/ (agencies, topics, places), to settings.ts or to the owner's
 *   pages, layouts, data or theme (pages/, _includes/, _data/, theme/) rebuilds everything.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { existsSync, statSync, watch } from "node:fs";
import path from "node:path";
import { forgetCacheOf } from "../build/build-cache.ts";
import { ownerSiteContext } from "../build/build-state.ts";
import { readOwnerPages, withOwnerNavigation } from "../build/outputs.ts";
import { ownerPagesRenderer } from "../build/owner-pages.ts";
import { IncrementalSite } from "../build/incremental.ts";
import { writeSearchIndex } from "../build/search-index.ts";
import { startStaticServer } from "../build/static-server.ts";
import { BUNDLE_SIZE, type SearchBundle } from "../src/search-bundles.ts";
import { readSiteOptions } from "../src/site-options.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const options = readSiteOptions();
const port = Number(process.env.PORT ?? 8080);
const bundleSize = Number(process.env.DATELINE_SEARCH_BUNDLE_SIZE) || BUNDLE_SIZE;
const log = (message: string) => console.log(`[dateline] ${message}`);

function fullBuild(): boolean {
  const result = spawnSync(process.execPath, ["--heap-growing-percent=30", "--import", "tsx", "bin/build.ts", ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: "inherit",
  });
  return result.status === 0;
}

if (!fullBuild()) {
  console.error("The first build failed: fix the problem above and run npm start again.");
  process.exit(1);
}
// From here the site changes in place: the build cache no longer describes it (build/build-cache.ts).
forgetCacheOf(options.outputDir);
// The owner's pages (pages/) are Eleventy's: the full build wrote them, and recorded their
// addresses and navigation links for the archive's pages rendered here.
const ownerPages = readOwnerPages(options.outputDir);
const site = withOwnerNavigation(ownerSiteContext(options), ownerPages);
const incremental = new IncrementalSite(options.articlesDir, options.outputDir, site, bundleSize, ownerPages.urls, ownerPagesRenderer(options, site, options.outputDir));
await incremental.update(false);
const server = await startStaticServer({ root: options.outputDir, prefix: options.pathPrefix, port, liveReload: true });
log(`serving ${server.url} — edit files in ${path.relative(ROOT, options.articlesDir) || "."}/ and the pages follow`);

// The search index: one re-index at a time, then one more if articles changed meanwhile.
let indexing: Promise<void> | null = null;
let pendingBundles = new Map<string, SearchBundle>();
function reindex(bundles: SearchBundle[], gone: string[]): void {
  for (const bundle of bundles) pendingBundles.set(bundle.path, bundle);
  void Promise.all(gone.map((p) => rm(path.join(options.outputDir, p), { recursive: true, force: true })));
  if (indexing || pendingBundles.size === 0) return;
  const batch = [...pendingBundles.values()];
  pendingBundles = new Map();
  const started = performance.now();
  indexing = writeSearchIndex(options.outputDir, batch, false)
    .then(() => log(`search index updated (${batch.length} bundle${batch.length === 1 ? "" : "s"}, ${((performance.now() - started) / 1000).toFixed(1)} s)`))
    .catch((error: Error) => log(`search index update failed: ${error.message}`))
    .finally(() => {
      indexing = null;
      reindex([], []);
    });
}

// Article changes, gathered for a moment so that saving several files makes one update.
let timer: NodeJS.Timeout | null = null;
let updating = false;
let again = false;
async function articlesChanged(): Promise<void> {
  if (updating) {
    again = true;
    return;
  }
  updating = true;
  try {
    const result = await incremental.update();
    const changed = result.written.length + result.removed.length;
    log(
      `${result.readAgain} file${result.readAgain === 1 ? "" : "s"} read, ${changed} output${changed === 1 ? "" : "s"} updated ` +
        `(${result.articles} articles) in ${result.seconds.toFixed(2)} s`,
    );
    if (changed) server.reload();
    reindex(result.staleBundles, result.goneBundles);
  } catch (error) {
    log(`update failed: ${(error as Error).message}`);
  } finally {
    updating = false;
    if (again) {
      again = false;
      void articlesChanged();
    }
  }
}

watch(options.articlesDir, { recursive: true }, (_event, file) => {
  if (file && path.basename(String(file)).startsWith(".") && !String(file).endsWith(".dateline-urls.json")) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void articlesChanged(), 50);
});

watch(path.join(ROOT, "layouts/assets"), async (_event, file) => {
  if (!file) return;
  await mkdir(path.join(options.outputDir, "assets"), { recursive: true });
  await copyFile(path.join(ROOT, "layouts/assets", String(file)), path.join(options.outputDir, "assets", String(file))).catch(() => undefined);
  log(`assets/${file} updated`);
  server.reload();
});

// Code and data are loaded once per process: a change to them starts a fresh one.
let restarting = false;
const rebuildOnChange = ["src", "layouts", "data", "site", "build", "bin", "_data", "_includes", "theme", "settings.ts", options.pagesDir];
for (const folder of rebuildOnChange) {
  const watched = path.resolve(ROOT, folder);
  if (!existsSync(watched)) continue;
  watch(watched, { recursive: statSync(watched).isDirectory() }, async (_event, file) => {
    if (restarting || !file || (folder === "layouts" && String(file).startsWith("assets"))) return;
    restarting = true;
    log(`${path.relative(ROOT, watched) || "."}${statSync(watched).isDirectory() ? `/${file}` : ""} changed: rebuilding everything`);
    await server.close();
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { cwd: process.cwd(), stdio: "inherit", env: process.env });
    child.on("exit", (code) => process.exit(code ?? 0));
  });
}
