/**
 * Eleventy wiring, and nothing else: the archive is read and normalized by src/, planned into
 * pages by src/pages.ts and rendered by layouts/; this file hands the plan to Eleventy as
 * collections that the templates in site/ paginate over, one output file per entry, and runs
 * the Pagefind step after Eleventy has written the site.
 *
 * Articles are data here, not Eleventy templates: a few templates paginate over them, which
 * keeps Eleventy's per-template costs away from archives of tens of thousands of articles.
 */
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { buildArchiveInParallel, type Archive } from "./src/archive.ts";
import { planSite, type SitePlan } from "./src/pages.ts";
import { createProgress } from "./src/progress.ts";
import { readSiteOptions, type SiteOptions } from "./src/site-options.ts";
import { siteContext, type SiteContext } from "./layouts/page.ts";
import { generatedFiles, SITE_MARKER, type GeneratedFile } from "./build/outputs.ts";
import { writeSearchIndex, type SearchIndexResult } from "./build/search-index.ts";
import { BUNDLE_SIZE, splitIntoBundles, type SearchBundle } from "./src/search-bundles.ts";
import { searchRecord } from "./src/search-records.ts";

/** What one build knows: read once per build (and again on each rebuild of `npm start`). */
interface BuildState {
  archive: Archive;
  plan: SitePlan;
  files: GeneratedFile[];
  searchBundles: SearchBundle[];
}

/** Articles per search bundle; DATELINE_SEARCH_BUNDLE_SIZE changes it (the tests use a small one). */
const bundleSize = Number(process.env.DATELINE_SEARCH_BUNDLE_SIZE) || BUNDLE_SIZE;

/**
 * Where the time of a build goes, by phase, in seconds. Written to the file DATELINE_TIMINGS
 * names (the benchmark sets it); a build without it records but does not write.
 */
export interface PhaseTimings {
  read: number;
  plan: number;
  render: number;
  searchIndex: number;
  /** Waiting for the search index after the pages were written. */
  searchWait: number;
}

async function buildState(options: SiteOptions, site: SiteContext, timings: Partial<PhaseTimings>): Promise<BuildState> {
  const started = performance.now();
  const progress = createProgress("Reading articles");
  const archive = await buildArchiveInParallel({ articlesDir: options.articlesDir, onProgress: progress.update });
  progress.done(`${archive.articles.length} articles read`);
  const planned = performance.now();
  timings.read = (planned - started) / 1000;
  const plan = planSite(archive, site.words);
  const searchBundles = splitIntoBundles(archive.articles.map((a) => searchRecord(a, site.words)), bundleSize, archive.articles.map((a) => a.version));
  const files = generatedFiles(site, archive, plan, searchBundles);
  timings.plan = (performance.now() - planned) / 1000;
  return { archive, plan, files, searchBundles };
}

// Eleventy's configuration object has no published types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export default function configure(eleventyConfig: EleventyConfig) {
  const options = readSiteOptions();
  const site: SiteContext = siteContext(options);
  let state: BuildState | undefined;
  let timings: Partial<PhaseTimings> = {};
  // Read in eleventy.before, before Eleventy asks for any collection.
  const current = (): BuildState => {
    if (!state) throw new Error("The archive was not read before the pages were planned.");
    return state;
  };

  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.addWatchTarget(options.articlesDir);
  eleventyConfig.addWatchTarget("./data/");
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addWatchTarget("./layouts/");
  eleventyConfig.setQuietMode(true);

  // A new build (or a rebuild in watch mode) reads the articles afresh, and starts the search
  // index at once: Pagefind works in its own process while Eleventy renders.
  let searchIndex: Promise<SearchIndexResult> | undefined;
  let renderStarted = 0;
  eleventyConfig.on("eleventy.before", async () => {
    timings = {};
    state = await buildState(options, site, timings);
    const { searchBundles } = state;
    renderStarted = performance.now();
    const output = path.resolve(eleventyConfig.directories.output);
    searchIndex = writeSearchIndex(output, searchBundles);
    // Reported when awaited after rendering; this keeps an early failure from going unhandled.
    searchIndex.catch(() => undefined);
  });

  eleventyConfig.addCollection("datelineArticlePages", () => current().plan.articles);
  eleventyConfig.addCollection("datelineListPages", () => current().plan.lists);
  eleventyConfig.addCollection("datelineIndexPages", () => current().plan.indexes);
  eleventyConfig.addCollection("datelineHomePage", () => [current().plan.home]);
  eleventyConfig.addCollection("datelineFeeds", () => current().plan.feeds);
  eleventyConfig.addCollection("datelineFiles", () => current().files);

  eleventyConfig.on("eleventy.after", async () => {
    // The output folder as finally set (the event's own `dir` misses a programmatic override).
    const output = path.resolve(eleventyConfig.directories.output);
    const rendered = performance.now();
    timings.render = (rendered - renderStarted) / 1000;
    // GitHub Pages would otherwise run Jekyll, which hides folders starting with "_".
    await mkdir(output, { recursive: true });
    await writeFile(path.join(output, ".nojekyll"), "");
    await writeFile(path.join(output, SITE_MARKER), "This folder is a site built by Dateline; a build replaces it whole.\n");
    const progress = createProgress("Search index");
    const indexed = await (searchIndex ?? writeSearchIndex(output, current().searchBundles));
    progress.done(`${indexed.pages} articles indexed for search in ${indexed.bundles} bundle(s), ${indexed.seconds.toFixed(1)} s alongside rendering`);
    timings.searchIndex = indexed.seconds;
    timings.searchWait = (performance.now() - rendered) / 1000;
    if (process.env.DATELINE_TIMINGS) await writeFile(process.env.DATELINE_TIMINGS, `${JSON.stringify(timings)}\n`);
  });

  return {
    dir: { input: "site" },
    pathPrefix: options.pathPrefix,
  };
}
