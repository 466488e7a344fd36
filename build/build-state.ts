/**
 * What one build knows, read once per build: the settings resolved, the archive read and
 * normalized (src/archive.ts), the pages planned (src/pages.ts) and the search bundles. The
 * data files in _data/ hand it to Eleventy; the plugin (build/eleventy-plugin.ts) builds the
 * collections from the same object. Reading starts as soon as a build does, and the search
 * index as soon as the articles are read: Pagefind works in its own processes while Eleventy
 * renders.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { siteContext, type SiteContext } from "../layouts/page.ts";
import { indexArticles, type Archive } from "../src/archive.ts";
import { loadArticlesInParallel } from "../src/load-parallel.ts";
import type { NormalizedArticle } from "../src/normalize-article.ts";
import type { ArchiveEntry } from "../src/read-archive.ts";
import { planSite, type SitePlan } from "../src/pages.ts";
import { createProgress } from "../src/progress.ts";
import { BUNDLE_SIZE, bundlesOfArticles, type SearchBundle } from "../src/search-bundles.ts";
import { searchRecord } from "../src/search-records.ts";
import { ownsBundle, shardFromArgv, type ShardSpec } from "../src/shards.ts";
import type { Article, Problem } from "../src/types.ts";
import { readSiteOptions, type SiteOptions } from "../src/site-options.ts";
import { handedOver } from "./archive-handoff.ts";
import { TextsOnDisk } from "./article-texts.ts";
import { bodiesNameOf, RECORD_ENV } from "./build-cache.ts";
import { writeSavedCopiesOnThread } from "./saved-copies.ts";
import { StoryTermStore } from "./story-term-store.ts";
import { writeSearchIndex, type SearchIndexResult } from "./search-index.ts";

/** The project's folder: theme/ and _data/ are found from here. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

/** The owner's stylesheet, loaded after the built-in one when it has any rule. */
export const OWN_STYLESHEET_FILE = path.join(PROJECT_ROOT, "theme/style.css");

/**
 * DATELINE_BENCH_WITHOUT_HISTORY=1 builds without stories, other agencies' copies, on-this-day
 * pages, maps and saved copies: `npm run bench -- --history-cost` compares the two builds. Not an
 * owner's option: a site built so has links to pages it lacks.
 */
export const WITHOUT_HISTORY = /^(1|true|yes)$/i.test(process.env.DATELINE_BENCH_WITHOUT_HISTORY ?? "");

/**
 * From this many articles a build trades a little time for memory around its largest moment,
 * the end of grouping and planning: one Pagefind process indexes meanwhile (the others start
 * after), and the garbage of grouping is collected in full before rendering starts, rather than
 * left for V8 to find while the first pages are rendered.
 */
export const LARGE_ARCHIVE = 50_000;

/**
 * From this many articles the heap grows 10% between full collections rather than 30%: the plan
 * alone is over 2 GB, and a million-article build went over 4 GiB while rendering (README "Speed").
 */
export const HUGE_ARCHIVE = 500_000;

/** A full garbage collection, now (node:v8 exposes it on request; about a second for a 1 GB heap). */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
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

export interface BuildState {
  options: SiteOptions;
  /** Frozen, so that Eleventy's data cascade shares it rather than copying it per template. */
  site: SiteContext;
  archive: Archive;
  /** Every article, newest first, without its text: `collections.articles` and `archive.articles`. */
  articles: ArticleCard[];
  plan: SitePlan;
  searchBundles: SearchBundle[];
  /** Started once the articles were read; awaited after the pages are written. */
  searchIndex: Promise<SearchIndexResult>;
  /** The saved copies (build/saved-copies.ts), when started with the search index; else written after rendering. */
  savedCopies?: Promise<void> | undefined;
  timings: Partial<PhaseTimings>;
  renderStarted: number;
  /** The shard this build renders (`--shard=K/N`, src/shards.ts); none: the whole site. */
  shard?: ShardSpec | null;
  /** What was read of each article file, kept when this build writes the build cache (DATELINE_CACHE_RECORD). */
  read?: { entries: ArchiveEntry[]; articles: NormalizedArticle[]; problems: Problem[]; storyTerms: StoryTermStore; texts: TextsOnDisk } | undefined;
}

/**
 * An article as the owner's templates see it: every normalized field but the text itself
 * (`bodyHtml`, `plainText`). Handing Eleventy the whole articles costs about 9 kB of memory an
 * article at 10,000 (measured: peak heap 865–908 MB against 779–821 MB), and no list needs them.
 */
export type ArticleCard = Omit<Article, "bodyHtml" | "plainText">;

export function articleCards(articles: readonly Article[]): ArticleCard[] {
  // Field by field, in the article's order, the texts' fields passed over unread: taking them
  // apart by destructuring would read them (from disk, or the cache's texts file).
  return articles.map((article) => {
    const card: Record<string, unknown> = {};
    for (const key of Object.keys(article)) if (key !== "bodyHtml" && key !== "plainText") card[key] = article[key as keyof Article];
    return card as unknown as ArticleCard;
  });
}

/** Whether a stylesheet holds anything but comments and space. */
export function hasRules(css: string): boolean {
  return css.replace(/\/\*[\s\S]*?\*\//g, "").trim().length > 0;
}

/** The site's context from the settings: the owner's stylesheet counts only when it has a rule. */
export function ownerSiteContext(options: SiteOptions): SiteContext {
  const ownStylesheet = existsSync(OWN_STYLESHEET_FILE) && hasRules(readFileSync(OWN_STYLESHEET_FILE, "utf8"));
  return siteContext({ ...options, ownStylesheet });
}

let current: Promise<BuildState> | undefined;
let currentSiteContext: SiteContext | undefined;

async function readState(outputDir: string): Promise<BuildState> {
  const timings: Partial<PhaseTimings> = {};
  const options = readSiteOptions();
  const site = Object.freeze(ownerSiteContext(options));
  currentSiteContext = site;
  const started = performance.now();
  const progress = createProgress("Reading articles");
  // Read and planned here, or handed over by the shard that did (build/archive-handoff.ts).
  let planning = 0;
  let read: BuildState["read"];
  // A shard indexes its own bundles only (src/shards.ts).
  const shard = shardFromArgv(process.argv.slice(2));
  // Grouping the stories and planning is a large archive's largest moment: one Pagefind process
  // works beside it, the second once the pages are planned (on two cores the main thread holds
  // one of them then anyway).
  let markPlanned = () => {};
  const pagesPlanned = new Promise<void>((resolve) => (markPlanned = resolve));
  const startIndex = (archive: Archive) => {
    // The bundles keep their articles' addresses; each bundle's records, with the texts, are made
    // only as Pagefind takes it (the texts are on disk meanwhile).
    const bundles = bundlesOfArticles(archive.articles, bundleSize, site.words);
    const byUrl = new Map(archive.articles.map((a) => [a.url, a]));
    const recordsOf = (bundle: SearchBundle) => bundle.urls.map((url) => searchRecord(byUrl.get(url) as Article, site.words));
    const widen = archive.articles.length >= LARGE_ARCHIVE ? pagesPlanned : undefined;
    const index = writeSearchIndex(outputDir, shard ? bundles.filter((_, i) => ownsBundle(shard, i, bundles.length)) : bundles, true, { widen, recordsOf });
    // Reported when awaited after rendering; this keeps an early failure from going unhandled.
    index.catch(() => undefined);
    return { bundles, index };
  };
  // Started as soon as the articles are indexed: the search index needs no stories, so Pagefind
  // works while they are found and the pages planned.
  let indexing: ReturnType<typeof startIndex> | undefined;
  let savedCopies: Promise<void> | undefined;
  const { archive, plan } = await handedOver(async () => {
    try {
      return await readAndPlan();
    } finally {
      markPlanned();
    }
  });
  async function readAndPlan(): Promise<{ archive: Archive; plan: SitePlan }> {
    // The texts go to disk as the reader threads send them (build/article-texts.ts), so no more
    // than a batch's are held: into the build cache's texts file when this build writes one, else
    // into a file of its own that nothing outlives.
    const record = process.env[RECORD_ENV];
    const texts = TextsOnDisk.open(record ? path.join(path.dirname(record), bodiesNameOf(record)) : path.join(outputDir, `.dateline-texts-${process.pid}`), Boolean(record));
    const loaded = await loadArticlesInParallel({ articlesDir: options.articlesDir, onProgress: progress.update, onArticles: (batch) => texts.add(batch) });
    texts.flush();
    // V8 lets garbage grow to 30% of what the heap holds before collecting it in full (the
    // build's --heap-growing-percent): for a huge archive's 2 GB and more, most of a GB. At 10%,
    // collections come sooner, each costing a second or two.
    if (loaded.articles.length >= HUGE_ARCHIVE) setFlagsFromString("--heap-growing-percent=10");
    // What the build cache keeps of each file (build/build-cache.ts), when this build writes one.
    if (record) read = { entries: loaded.entries, articles: loaded.articles, problems: [...loaded.problems], storyTerms: new StoryTermStore(), texts };
    const archive = indexArticles(loaded.articles, loaded.problems, loaded.allPaths, loaded.urlLedger, {
      stories: !WITHOUT_HISTORY,
      storyTerms: read?.storyTerms,
      // Without a cache to write, the articles as read and the file list are needed no longer
      // once indexed: about 450 bytes an article fewer while the stories are grouped.
      afterIndexed: read
        ? undefined
        : () => {
            loaded.articles.length = 0;
            loaded.entries.length = 0;
          },
      beforeStories: (indexed) => {
        // The articles are made without their texts: each gets it back, read from disk when asked for.
        for (const article of indexed.articles) texts.attach(article);
        indexing = startIndex(indexed);
        // The saved copies too, on their own thread, while the stories are grouped (a shard's
        // share is known only later: a shard copies its own after rendering).
        if (!shard && !WITHOUT_HISTORY) {
          savedCopies = writeSavedCopiesOnThread(outputDir, options.articlesDir, indexed.articles);
          savedCopies.catch(() => undefined);
        }
      },
    });
    planning = performance.now();
    const plan = planSite(archive, site.words, { history: !WITHOUT_HISTORY });
    // Each article page holds its links now; the archive's map of them (about 80 bytes an
    // article) is read by nothing after planning.
    archive.links.clear();
    if (archive.articles.length >= LARGE_ARCHIVE) collectGarbage();
    return { archive, plan };
  }
  progress.done(`${archive.articles.length} articles read`);
  const planned = performance.now();
  timings.read = ((planning || planned) - started) / 1000;
  // An archive handed over by another shard was indexed there: its search index starts here.
  const { bundles: searchBundles, index: searchIndex } = indexing ?? startIndex(archive);
  timings.plan = (performance.now() - (planning || planned)) / 1000;
  return { options, site, archive, articles: articleCards(archive.articles), plan, searchBundles, searchIndex, savedCopies, timings, renderStarted: performance.now(), shard, read };
}

/**
 * A value set for the length of one Eleventy build, which the plugin reads. Held on globalThis:
 * Eleventy imports the plugin itself, which may load this module a second time beside the
 * caller's copy (under a test runner's own module loader).
 */
function buildSlot<V>(name: string) {
  const key = Symbol.for(name);
  const holder = globalThis as { [key]?: V | undefined };
  return {
    get: (): V | undefined => holder[key],
    /** Runs `render` (an Eleventy build) with the slot holding `value`. */
    async with<T>(value: V, render: () => Promise<T>): Promise<T> {
      holder[key] = value;
      try {
        return await render();
      } finally {
        holder[key] = undefined;
      }
    },
  };
}

/**
 * A state given rather than read: the dev server's, when it has Eleventy render the owner's
 * pages again over the archive it already holds (build/owner-pages.ts).
 */
const given = buildSlot<BuildState>("dateline.givenBuildState");

/** Runs `render` (an Eleventy build) over `state`: the build reads nothing and indexes nothing. */
export const withGivenState = <T>(state: BuildState, render: () => Promise<T>): Promise<T> => given.with(state, render);

/** The state given to the build now running, if one was: its archive pages are already written. */
export const givenState = (): BuildState | undefined => given.get();

/**
 * Render passes: one build that reads the archive once and has Eleventy render the site in
 * several passes, each a fresh Eleventy instance rendering one share of the pages (src/shards.ts
 * cuts them as it cuts shards), into the same folder. Eleventy keeps every page it renders until
 * its build ends, so a build's memory grows with the pages of one pass, not of the whole site
 * (bin/build.ts chooses the number). The first pass reads the archive; the others reuse it.
 */
export interface RenderPass {
  pass: ShardSpec;
  /** The state the first pass read, for the passes after it. */
  state?: Promise<BuildState>;
}
const renderPasses = buildSlot<RenderPass>("dateline.renderPass");

/** Runs `render` (an Eleventy build) as pass `pass.pass` of a build in passes. */
export const withRenderPass = <T>(pass: RenderPass, render: () => Promise<T>): Promise<T> => renderPasses.with(pass, render);

/** The pass being rendered, when a build renders in passes (none: the whole site at once). */
export const renderPass = (): ShardSpec | null => renderPasses.get()?.pass ?? null;

/** Starts a build's reading afresh (each build, and each rebuild, reads the articles again). */
export function startBuild(outputDir: string): Promise<BuildState> {
  const state = givenState();
  if (state) currentSiteContext = state.site;
  const pass = renderPasses.get();
  current = state ? Promise.resolve(state) : (pass?.state ?? readState(outputDir));
  if (pass) pass.state = current;
  return current;
}

/** The current build's state: what the data files in _data/ return parts of. */
export function currentBuild(): Promise<BuildState> {
  if (!current) throw new Error("The archive is read when a build starts: no build has started (is eleventy.config.ts in use?)");
  return current;
}

/** The current build's site context, once its build has started: for filters, which cannot wait. */
export function currentSite(): SiteContext {
  if (!currentSiteContext) throw new Error("The site's settings are read when a build starts: no build has started");
  return currentSiteContext;
}
