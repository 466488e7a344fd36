/**
 * Every file the site has, from a planned archive: what Eleventy's templates write in a build,
 * and what the dev server rewrites when articles change. Each output carries a signature that
 * changes whenever what the file shows could, so the dev server renders only those.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { renderArticlePage } from "../layouts/article.ts";
import { renderHomePage } from "../layouts/home.ts";
import { renderOnThisDayPage, renderStoriesIndex, renderStoryPage, renderStoryRedirect } from "../layouts/history.ts";
import { renderIndexPage } from "../layouts/index-page.ts";
import { renderListPage } from "../layouts/list.ts";
import { renderNotFoundPage } from "../layouts/not-found.ts";
import type { NavigationLink, SiteContext } from "../layouts/page.ts";
import { renderSearchPage } from "../layouts/search.ts";
import type { Archive } from "../src/archive.ts";
import { articlesJsonChunks, renderArticlesJson } from "../src/export-json.ts";
import { WORLD_LAND_URL, worldLandSvg } from "../src/dateline-map.ts";
import { renderAtomFeed } from "../src/feeds.ts";
import type { ArticlePage, FeedPage, HomePage, ListPage, SitePlan } from "../src/pages.ts";
import type { OnThisDayPage, StoriesIndexPage, StoryPage } from "../src/history-pages.ts";
import type { SearchBundle } from "../src/search-bundles.ts";
import { renderSitemaps } from "../src/sitemap.ts";
import type { Article } from "../src/types.ts";

/** A file the site has that is not a page of the plan: JSON, sitemaps, search, 404. */
export interface GeneratedFile {
  url: string;
  /** Made when first read (once): a build that renders another share never makes it. */
  readonly content: string;
  /**
   * What the content follows from, where that is far cheaper to tell than making the content
   * (the JSON export of every article): its signature then, made when first read. Else the
   * content's hash is its signature.
   */
  readonly signature?: string;
  /**
   * Writes the content to a file without making it whole, where it is large (the JSON export):
   * a build from the cache writes it so, as the full build does (writeArticlesJson).
   */
  readonly writeTo?: (file: string) => void;
}

/**
 * A file whose content is made when first read: each render pass and shard lists every file,
 * and renders its share; the JSON export of 100,000 articles is a string of about 100 MB.
 */
function lazyFile(url: string, make: () => string, sign?: () => string, writeTo?: (file: string) => void): GeneratedFile {
  let content: string | undefined;
  let signature: string | undefined;
  const file = {
    url,
    get content() {
      return (content ??= make());
    },
    ...(writeTo ? { writeTo } : {}),
  };
  return sign ? Object.defineProperty(file, "signature", { enumerable: true, get: () => (signature ??= sign()) }) : file;
}

/**
 * What /api/articles.json follows from: each article's version (its file's text and folder
 * data), address, file and hash, its topics' names as the archive chose them, and its story's
 * title and address, in order, with the path prefix (src/export-json.ts, articleRecord).
 */
export function articlesJsonSignature(pathPrefix: string, articles: readonly Article[], storyOf: ReadonlyMap<Article, { title: string; url: string }>): string {
  const hash = createHash("sha1").update(`${pathPrefix}\n`);
  for (const article of articles) {
    const story = storyOf.get(article);
    hash.update(`${ref(article)}|${article.sourceFile}|${article.sha256 ?? "-"}|${topicNames(article)}|${story ? `${story.url}:${story.title}` : "-"}\n`);
  }
  return `articles:${hash.digest("hex")}`;
}

/** A file in every built site, so a later build knows the folder is one it may replace. */
export const SITE_MARKER = ".dateline-site";
export const SITE_MARKER_TEXT = "This folder is a site built by Dateline; a build replaces it whole.\n";

/**
 * The owner's pages a build wrote (pages/): their addresses, for the sitemap, and the links they
 * added to the navigation. The dev server reads it, since it renders the archive's pages
 * without Eleventy.
 */
export const OWNER_PAGES_FILE = ".dateline-pages.json";

export interface OwnerPages {
  urls: string[];
  navigation: NavigationLink[];
}

/** The owner's pages a finished build recorded in `outputDir`: none if it recorded none. */
export function readOwnerPages(outputDir: string): OwnerPages {
  const file = path.join(outputDir, OWNER_PAGES_FILE);
  if (!existsSync(file)) return { urls: [], navigation: [] };
  return JSON.parse(readFileSync(file, "utf8")) as OwnerPages;
}

/** The site context as the full build rendered with it: the owner's pages in its navigation. */
export function withOwnerNavigation(site: SiteContext, owner: OwnerPages): SiteContext {
  return { ...site, navigation: [...site.navigation, ...owner.navigation] };
}

/** The JSON export: a full build writes it as it is made (writeArticlesJson), not through Eleventy. */
export const ARTICLES_JSON = "/api/articles.json";

/**
 * Writes the JSON export into a site folder a thousand records at a time: through Eleventy, the
 * whole export (about 150 MB at 100,000 articles) and the records it was joined from were held
 * at once, and then kept until the pass ended. The same bytes as its GeneratedFile's content.
 */
export function writeArticlesJson(outputDir: string, site: SiteContext, archive: Archive): void {
  const file = path.join(outputDir, ARTICLES_JSON.slice(1));
  mkdirSync(path.dirname(file), { recursive: true });
  writeArticlesJsonFile(file, site.pathPrefix, archive);
}

function writeArticlesJsonFile(file: string, pathPrefix: string, archive: Archive): void {
  const fd = openSync(file, "w");
  try {
    for (const chunk of articlesJsonChunks(pathPrefix, archive.articles, archive.storyOf)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** The problem report written beside the site, and read by bin/build.ts for its summary. */
export const PROBLEM_REPORT = "/api/problems.json";

export function generatedFiles(site: SiteContext, archive: Archive, plan: SitePlan, bundles: readonly SearchBundle[], ownerUrls: readonly string[] = []): GeneratedFile[] {
  const errors = archive.problems.filter((p) => p.severity === "error").length;
  const report = {
    files: archive.allPaths.length,
    articles: archive.articles.length,
    errors,
    warnings: archive.problems.length - errors,
    // As they are now, whenever the report is made.
    problems: [...archive.problems],
  };
  return [
    lazyFile(
      ARTICLES_JSON,
      () => renderArticlesJson(site.pathPrefix, archive.articles, archive.storyOf),
      () => articlesJsonSignature(site.pathPrefix, archive.articles, archive.storyOf),
      (file) => writeArticlesJsonFile(file, site.pathPrefix, archive),
    ),
    lazyFile(WORLD_LAND_URL, () => worldLandSvg()),
    lazyFile(PROBLEM_REPORT, () => `${JSON.stringify(report, null, 1)}\n`),
    ...renderSitemaps(site.siteUrl, ownerUrls.length ? [...plan.urls, ...ownerUrls] : plan.urls),
    lazyFile("/search/", () => renderSearchPage(site, bundles.map((b) => ({ path: `/${b.path}`, languages: b.languages, dates: b.dates })))),
    lazyFile("/404.html", () => renderNotFoundPage(site)),
  ];
}

export interface Output {
  url: string;
  signature: string;
  render(): string;
  /** Writes the output to a file in pieces, where it is too large to make whole (GeneratedFile.writeTo). */
  writeTo?: ((file: string) => void) | undefined;
}

/** Each article's `version@url`, made once: every list, feed and neighbour that shows the article signs with it. */
const madeRefs = new WeakMap<Article, string>();
function ref(article: Article | null): string {
  if (!article) return "-";
  let made = madeRefs.get(article);
  if (made === undefined) madeRefs.set(article, (made = `${article.version}@${article.url}`));
  return made;
}
const refs = (articles: readonly Article[]) => articles.map(ref).join(",");
const topicNames = (article: Article) => article.topics.map((t) => t.name).join(",");

function articleSignature(page: ArticlePage): string {
  // Its own part (before the first "|") names its file too: the page shows it, and a file moved
  // with its text and address kept is the same version at the same address.
  const own = `${ref(page.article)}#${page.article.sourceFile}`;
  const story = page.story ? `${page.story.url}:${page.story.title}:${page.story.count}:${page.story.firstDay}:${page.story.lastDay}` : "-";
  const also = page.alsoReported.map((r) => `${r.agency.slug}:${ref(r.article)}`).join(",");
  return `${own}|${topicNames(page.article)}|${ref(page.previous)}|${ref(page.next)}|${refs(page.related)}|${story}|${also}`;
}

function storySignature(page: StoryPage): string {
  return `${page.title}|${refs(page.story.articles)}`;
}

function storiesIndexSignature(page: StoriesIndexPage): string {
  const { pageUrls: _pageUrls, ...position } = page.pagination;
  return `${page.title}|${JSON.stringify(position)}|${page.stories.map((story) => `${story.url}:${story.title}:${refs(story.articles)}`).join(";")}`;
}

function onThisDaySignature(page: OnThisDayPage): string {
  return page.day ? `${page.title}|${page.day.years.map((y) => refs(y.articles)).join(";")}|${page.previous?.url}|${page.next?.url}` : JSON.stringify(page);
}

function listSignature(page: ListPage): string {
  // The page URLs of a list follow from its address and page count, so they are left out:
  // writing them all into every page's signature would cost the square of a long list.
  const { items, citing, pagination, ...rest } = page;
  const { pageUrls: _pageUrls, ...position } = pagination;
  return `${refs(items)}|${citing ? [...citing].map((a) => a.url).join(",") : ""}|${JSON.stringify(position)}|${JSON.stringify(rest)}`;
}

function homeSignature(page: HomePage): string {
  const { latest, first, last, ...rest } = page;
  return `${refs(latest)}|${ref(first)}|${ref(last)}|${JSON.stringify(rest)}`;
}

function feedSignature(feed: FeedPage): string {
  return `${feed.title}|${feed.alternateUrl}|${refs(feed.articles)}`;
}

function contentSignature(content: string): string {
  return createHash("sha1").update(content).digest("hex");
}

/** The article pages, each with its signature and a way to render it. */
export function articleOutputs(site: SiteContext, plan: SitePlan): Output[] {
  return plan.articles.map((page) => ({ url: page.url, signature: articleSignature(page), render: () => renderArticlePage(site, page) }));
}

/** Every output of the site but the article pages. */
export function otherOutputs(site: SiteContext, plan: SitePlan, files: readonly GeneratedFile[]): Output[] {
  return [
    { url: plan.home.url, signature: homeSignature(plan.home), render: () => renderHomePage(site, plan.home) },
    ...plan.lists.map((page) => ({ url: page.url, signature: listSignature(page), render: () => renderListPage(site, page) })),
    ...plan.indexes.map((page) => ({ url: page.url, signature: JSON.stringify(page), render: () => renderIndexPage(site, page) })),
    ...plan.feeds.map((feed) => ({ url: feed.url, signature: feedSignature(feed), render: () => renderAtomFeed(site, feed) })),
    ...plan.stories.map((page) => ({ url: page.url, signature: storySignature(page), render: () => renderStoryPage(site, page) })),
    ...plan.storiesIndex.map((page) => ({ url: page.url, signature: storiesIndexSignature(page), render: () => renderStoriesIndex(site, page) })),
    ...plan.storyRedirects.map((page) => ({ url: page.url, signature: JSON.stringify(page), render: () => renderStoryRedirect(site, page) })),
    ...plan.onThisDay.map((page) => ({ url: page.url, signature: onThisDaySignature(page), render: () => renderOnThisDayPage(site, page) })),
    ...files.map((file) => ({ url: file.url, signature: file.signature ?? contentSignature(file.content), render: () => file.content, writeTo: file.writeTo })),
  ];
}

/** Where an output's URL is written: "/a/" → "a/index.html", "/feed.xml" → "feed.xml". */
export function outputPath(url: string): string {
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}
