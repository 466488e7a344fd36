/**
 * The archive as an Eleventy plugin: the glue between Eleventy and the pure code of src/.
 *
 * - Each build reads the archive once (build/build-state.ts); _data/ hands it to templates as
 *   global data, and the collections here are built from the same object: `articles` for the
 *   owner's pages, and the archive's own pages, which the templates of site/ paginate over.
 * - The templates of site/ are added whatever Eleventy's input folder is: that folder is the
 *   owner's pages/.
 * - The owner's pages are checked against the archive's addresses, join the sitemap, and may
 *   join the navigation (eleventyNavigation in their front matter).
 * - After Eleventy has written the pages, the search index is awaited and the site marked.
 *
 * Articles are data here, not Eleventy templates: a few templates paginate over them, which
 * keeps Eleventy's per-template costs away from archives of tens of thousands of articles.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import eleventyNavigation from "@11ty/eleventy-navigation";
import { OWN_STYLESHEET, type NavigationLink } from "../layouts/page.ts";
import { createProgress } from "../src/progress.ts";
import type { ArticlePage, SitePlan } from "../src/pages.ts";
import type { SearchBundle } from "../src/search-bundles.ts";
import { sharePlan, shardFromArgv, type PlanShare } from "../src/shards.ts";
import { givenState, hasRules, renderPass, WITHOUT_HISTORY, OWN_STYLESHEET_FILE, PROJECT_ROOT, startBuild, type BuildState } from "./build-state.ts";
import { generatedFiles, writeArticlesJson, type GeneratedFile, type OwnerPages } from "./outputs.ts";
import { ARTICLES_JSON, OWNER_PAGES_FILE, SITE_MARKER, SITE_MARKER_TEXT } from "./site-files.ts";
import { RECORD_ENV } from "./build-cache.ts";
import { writeSavedCopies } from "./saved-copies.ts";
import { finishPart, partFingerprint } from "./shard-part.ts";

// Eleventy's configuration object and collection API have no published types.
/* eslint-disable @typescript-eslint/no-explicit-any */
type EleventyConfig = any;
type CollectionApi = any;

/** An owner's page as a collection holds it. */
interface OwnerPage {
  url: string | false;
  inputPath: string;
  data: { eleventyNavigation?: unknown; eleventyExcludeFromCollections?: unknown };
}

export async function datelinePlugin(eleventyConfig: EleventyConfig): Promise<void> {
  let state: BuildState | undefined;
  let owner: { pages: OwnerPages; files: GeneratedFile[] } | undefined;
  const now = (): BuildState => {
    if (!state) throw new Error("The archive was not read before the pages were planned.");
    return state;
  };

  // A shard (--shard=K/N, src/shards.ts) renders its share of the pages; shard 1 the rest too.
  // A render pass (build/build-state.ts) renders its share the same way, into the whole site.
  const shard = givenState() ? null : shardFromArgv(process.argv.slice(2));
  const pass = givenState() || shard ? null : renderPass();
  const lastPass = !pass || pass.index === pass.count;
  let share: PlanShare<ArticlePage, SearchBundle> | undefined;
  const mine = () => (share ??= sharePlan(now().plan.articles, now().searchBundles, shard ?? pass));
  // What this build renders, by address, for the part's manifest.
  const renderedUrls = new Set<string>();
  const letGo = () => {
    owner = undefined;
    share = undefined;
    state = undefined;
    renderedUrls.clear();
  };
  const keep = <T extends { url: string }>(pages: readonly T[]): T[] => {
    const kept = mine().pages(pages);
    for (const page of kept) renderedUrls.add(page.url);
    return kept;
  };

  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addDataExtension("ts", { parser: importDataFile, read: false });
  // Eleventy reads md, njk, liquid, html and 11ty.js already; TypeScript too, run by tsx.
  eleventyConfig.addTemplateFormats("11ty.ts");
  const first = (shard ?? pass)?.index ?? 1;
  if (first === 1) eleventyConfig.addPassthroughCopy({ [path.join(PROJECT_ROOT, "layouts/assets")]: "assets" });
  if (first === 1 && existsSync(OWN_STYLESHEET_FILE) && hasRules(readFileSync(OWN_STYLESHEET_FILE, "utf8"))) {
    eleventyConfig.addPassthroughCopy({ [OWN_STYLESHEET_FILE]: OWN_STYLESHEET.slice(1) });
  }
  // The owner's pages are wrapped in the site's layout unless they choose another (or none).
  eleventyConfig.addLayoutAlias("page", "page.11ty.ts");
  eleventyConfig.addGlobalData("layout", "page");
  // Article text reached through the collections is escaped in every template language.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.setLiquidOptions({ outputEscape: "escape" });
  eleventyConfig.setQuietMode(true);

  // With a state given (the dev server re-rendering the owner's pages), only those are built.
  const ownerPagesOnly = givenState() !== undefined;
  const archiveTemplates = ownerPagesOnly ? [] : readdirSync(path.join(PROJECT_ROOT, "site")).filter((name) => name.endsWith(".11ty.ts")).sort();
  for (const file of archiveTemplates) {
    const template = await import(path.join(PROJECT_ROOT, "site", file));
    // A virtual template lives inside the input folder, by name only: site/… in Eleventy's messages.
    eleventyConfig.addTemplate(`site/${file}`, { ...(template.data ? { data: template.data } : {}), render: template.render });
  }

  // A new build reads the articles afresh and starts the search index at once.
  eleventyConfig.on("eleventy.before", async () => {
    owner = undefined;
    share = undefined;
    renderedUrls.clear();
    state = await startBuild(path.resolve(eleventyConfig.directories.output));
  });

  // Re-rendering the owner's pages only, the archive's files are written already: none is made.
  const ownerStep = (api: CollectionApi) => (owner ??= takeOwnerPages(now(), api.getAll() as OwnerPage[], !ownerPagesOnly));
  eleventyConfig.addCollection("articles", () => now().articles);
  // Each collection of the archive's pages is the shard's share (all of it without --shard).
  eleventyConfig.addCollection("datelineArticlePages", () => mine().articles);
  eleventyConfig.addCollection("datelineListPages", () => keep(now().plan.lists));
  eleventyConfig.addCollection("datelineIndexPages", () => keep(now().plan.indexes));
  eleventyConfig.addCollection("datelineHomePage", () => keep([now().plan.home]));
  eleventyConfig.addCollection("datelineFeeds", () => keep(now().plan.feeds));
  eleventyConfig.addCollection("datelineHistoryPages", () => keep([...now().plan.stories, ...now().plan.storiesIndex, ...now().plan.storyRedirects, ...now().plan.onThisDay]));
  // The JSON export is written by this plugin as it is made, by the build or pass that keeps it
  // (writeArticlesJson), not held whole as one of Eleventy's pages.
  let writesJson = false;
  eleventyConfig.addCollection("datelineFiles", (api: CollectionApi) => {
    const files = keep(ownerStep(api).files);
    writesJson = files.some((file) => file.url === ARTICLES_JSON);
    return files.filter((file) => file.url !== ARTICLES_JSON);
  });

  eleventyConfig.on("eleventy.after", async () => {
    if (ownerPagesOnly) return;
    const build = now();
    const { timings } = build;
    // The output folder as finally set (the event's own `dir` misses a programmatic override).
    const output = path.resolve(eleventyConfig.directories.output);
    const rendered = performance.now();
    timings.render = (rendered - build.renderStarted) / 1000;
    const part = mine();
    const ownerPages = owner?.pages ?? { urls: [], navigation: [] };
    await mkdir(output, { recursive: true });
    if (part.ownsRest) {
      // GitHub Pages would otherwise run Jekyll, which hides folders starting with "_".
      await writeFile(path.join(output, ".nojekyll"), "");
      await writeFile(path.join(output, OWNER_PAGES_FILE), `${JSON.stringify(ownerPages)}\n`);
    }
    if (writesJson) writeArticlesJson(output, build.site, build.archive);
    writesJson = false;
    // A pass before the last has written its pages; the rest is the whole site's, done once.
    // What this pass made is let go: Eleventy keeps its instances' listeners (this closure
    // among them) beyond their build.
    if (!lastPass) {
      letGo();
      return;
    }
    // A shard's part is no site: only the merge marks one (bin/build.ts).
    if (!shard) await writeFile(path.join(output, SITE_MARKER), SITE_MARKER_TEXT);
    // Each article's file as saved, beside its page (build/saved-copies.ts): started on a thread
    // of its own while the stories were grouped (every build but a shard part, render passes
    // included), or, for a shard part, its share copied now: copying alongside rendering took
    // the threads Eleventy writes its pages with (a 30,000-article build rendered 20 s slower).
    const savedCopies = part.articles.map((page) => page.article);
    if (!WITHOUT_HISTORY) await (build.savedCopies ?? writeSavedCopies(output, build.options.articlesDir, savedCopies));
    // The build cache's records, from the process that read the archive (build/cached-build.ts).
    const record = process.env[RECORD_ENV];
    // Loaded only here: it reaches the reading code (to read changed files again), and with it the
    // registries, which a large build's main thread otherwise never loads (src/load-parallel.ts).
    if (record && build.read) await (await import("./cached-build.ts")).recordBuild(record, build, ownerPages, owner?.files ?? generatedFiles(build.site, build.archive, build.plan, build.searchBundles, ownerPages.urls));
    const progress = createProgress("Search index");
    const indexed = await build.searchIndex;
    progress.done(`${indexed.pages} articles indexed for search in ${indexed.bundles} bundle(s), ${indexed.seconds.toFixed(1)} s alongside rendering`);
    timings.searchIndex = indexed.seconds;
    timings.searchWait = (performance.now() - rendered) / 1000;
    if (process.env.DATELINE_TIMINGS) await writeFile(process.env.DATELINE_TIMINGS, `${JSON.stringify(timings)}\n`);
    if (shard) {
      const errors = build.archive.problems.filter((p) => p.severity === "error").length;
      await finishPart(output, {
        shard,
        ownsRest: part.ownsRest,
        urls: [...part.articles.map((page) => page.url), ...renderedUrls],
        savedCopies,
        bundlePaths: part.bundles.map((bundle) => bundle.path),
        fingerprint: partFingerprint(shard.count, build.site, build.archive, ownerPages, build.searchBundles.map((bundle) => bundle.signature)),
        report: { files: build.archive.allPaths.length, articles: build.archive.articles.length, errors, warnings: build.archive.problems.length - errors },
      });
    }
  });
}

/** A data file of _data/ in TypeScript: its default export, called if it is a function. */
async function importDataFile(file: string): Promise<unknown> {
  const module = await import(path.resolve(file));
  return typeof module.default === "function" ? await module.default() : module.default;
}

/**
 * The owner's pages, once Eleventy has read them and before anything is rendered: an address
 * the archive uses is an error naming both; the others join the sitemap, and those that ask
 * for it the navigation.
 */
function takeOwnerPages(build: BuildState, all: readonly OwnerPage[], withFiles = true): { pages: OwnerPages; files: GeneratedFile[] } {
  const pages = all.filter((page) => typeof page.url === "string");
  const archiveUrls = archiveAddresses(build.plan);
  for (const page of pages) {
    const taken = archiveUrls.get(page.url as string);
    if (taken) {
      throw new Error(`${path.relative(process.cwd(), page.inputPath)} would be written at ${page.url}, which is ${taken}: rename the file or give it another permalink`);
    }
  }
  const navigation: NavigationLink[] = (eleventyNavigation.navigation.find(pages) as { key: string; title?: string; url: string }[]).map((entry) => ({
    label: entry.title ?? entry.key,
    url: entry.url,
    section: null,
  }));
  // The dev server's site context has them already, from the full build.
  const known = new Set(build.site.navigation.map((link) => link.url));
  build.site.navigation.push(...navigation.filter((link) => !known.has(link.url)));
  // Only pages a reader opens belong in the sitemap: not a robots.txt or a feed of the owner's.
  const urls = pages.map((page) => page.url as string).filter((url) => url.endsWith("/") || url.endsWith(".html"));
  const ownerPages = { urls: urls.sort(), navigation };
  return { pages: ownerPages, files: withFiles ? generatedFiles(build.site, build.archive, build.plan, build.searchBundles, ownerPages.urls) : [] };
}

/** Every address the archive writes, with what is there, in words. */
function archiveAddresses(plan: SitePlan): Map<string, string> {
  const addresses = new Map<string, string>();
  addresses.set(plan.home.url, "the archive's home page");
  for (const page of plan.articles) addresses.set(page.url, `the page of the article ${page.article.sourceFile}`);
  for (const page of plan.lists) addresses.set(page.url, `the archive's list "${page.title}"`);
  for (const page of plan.indexes) addresses.set(page.url, `the archive's index "${page.title}"`);
  for (const feed of plan.feeds) addresses.set(feed.url, `the archive's feed "${feed.title}"`);
  for (const page of [...plan.stories, ...plan.storiesIndex, ...plan.onThisDay]) addresses.set(page.url, `the archive's page "${page.title}"`);
  for (const page of plan.storyRedirects) addresses.set(page.url, `a story's old address, kept (it leads to ${page.redirectTo})`);
  for (const url of ["/search/", "/404.html", "/sitemap.xml", "/api/articles.json", "/api/problems.json", "/assets/"]) addresses.set(url, `the archive's ${url}`);
  return addresses;
}
