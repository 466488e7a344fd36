/**
 * Every file the site has, from a planned archive: what Eleventy's templates write in a build,
 * and what the dev server rewrites when articles change. Each output carries a signature that
 * changes whenever what the file shows could, so the dev server renders only those.
 */
import crypto, { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import { renderArticlePage } from "../layouts/article.ts";
import { renderHomePage } from "../layouts/home.ts";
import { renderOnThisDayPage, renderStoriesIndex, renderStoryPage, renderStoryRedirect } from "../layouts/history.ts";
import { renderIndexPage } from "../layouts/index-page.ts";
import { renderListPage } from "../layouts/list.ts";
import { renderNotFoundPage } from "../layouts/not-found.ts";
import type { NavigationLink, SiteContext } from "../layouts/page.ts";
import { renderSearchBundles, renderSearchFilterCounts, renderSearchPage, SEARCH_BUNDLES_URL, SEARCH_FILTERS_URL } from "../layouts/search.ts";
import type { Archive } from "../src/archive.ts";
import { filterCounts } from "../src/search-records.ts";
import { articleJsonLine, articlesJsonChunks, renderArticlesJson } from "../src/export-json.ts";
import { withPrefix } from "../src/site-options.ts";
import { WORLD_LAND_URL, worldLandSvg } from "../src/dateline-map.ts";
import { renderAtomFeed } from "../src/feeds.ts";
import type { ArticlePage, FeedPage, HomePage, ListPage, SitePlan } from "../src/pages.ts";
import type { OnThisDayPage, StoriesIndexPage, StoryPage } from "../src/history-pages.ts";
import type { SearchBundle } from "../src/search-bundles.ts";
import { renderSitemaps } from "../src/sitemap.ts";
import type { Article } from "../src/types.ts";
import { ARTICLES_JSON, OWNER_PAGES_FILE, outputPath, PROBLEM_REPORT } from "./site-files.ts";

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
  /** The JSON export's: each article's line's signature, by its address (articlesJsonLines). */
  readonly lines?: Map<string, string>;
}

/**
 * The JSON export a site has, for a build that updates it (build/incremental.ts): the file and
 * the signature of each of its lines.
 */
export interface PreviousExport {
  file: string;
  lines: ReadonlyMap<string, string>;
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
 * What each article's line of /api/articles.json follows from, by the article's address, in the
 * export's order: its version (its file's text and folder data), address, file and hash, its
 * topics' names as the archive chose them, and its story's title and address
 * (src/export-json.ts, articleRecord). Kept short (a hash): the build cache keeps one an article,
 * and a build from it copies the lines whose signature is unchanged from the export it wrote
 * before (writeArticlesJsonReusing).
 */
export function articlesJsonLines(articles: readonly Article[], storyOf: ReadonlyMap<Article, { title: string; url: string }>): Map<string, string> {
  const lines = new Map<string, string>();
  for (const article of articles) {
    const story = storyOf.get(article);
    lines.set(article.url, shortHash(`${ref(article)}|${article.sourceFile}|${article.sha256 ?? "-"}|${topicNames(article)}|${story ? `${story.url}:${story.title}` : "-"}`));
  }
  return lines;
}

/** What /api/articles.json follows from: each line's signature (articlesJsonLines), in order, with the path prefix. */
export function articlesJsonSignature(
  pathPrefix: string,
  articles: readonly Article[],
  storyOf: ReadonlyMap<Article, { title: string; url: string }>,
  lines: ReadonlyMap<string, string> = articlesJsonLines(articles, storyOf),
): string {
  const hash = createHash("sha1").update(`${pathPrefix}\n`);
  for (const [url, line] of lines) hash.update(`${url} ${line}\n`);
  return `articles:${hash.digest("hex")}`;
}

// Node's one-shot hash (20.12 on) where there is one: about a third of the time of a Hash object
// each, and a build from the cache signs over 300,000 outputs and 100,000 export lines.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64" | "hex") => string }).hash;
/** 96 bits of SHA-1, in base64: no two of a million lines' signatures meet by chance. */
const shortHash = (text: string) => (oneShot ? oneShot("sha1", text, "base64") : createHash("sha1").update(text).digest("base64")).slice(0, 16);

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

/**
 * Where each record's line is in an export (without the comma after it), by the record's
 * address as written; null if the bytes are not an export as articlesJsonChunks writes one.
 */
export function exportLineRanges(bytes: Buffer): Map<string, [number, number]> | null {
  const opening = "[\n";
  const closing = "\n]\n";
  if (bytes.length < opening.length + closing.length || bytes.toString("latin1", 0, 2) !== opening || bytes.toString("latin1", bytes.length - 3) !== closing) return null;
  const ranges = new Map<string, [number, number]>();
  const urlField = Buffer.from('{"url":"');
  const last = bytes.length - closing.length;
  for (let start = opening.length; start <= last; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0 || end > last) end = last;
    const lineEnd = bytes[end - 1] === 0x2c ? end - 1 : end;
    if (bytes.compare(urlField, 0, urlField.length, start, start + urlField.length) === 0) {
      const quote = bytes.indexOf(0x22, start + urlField.length);
      const url = quote > 0 && quote < lineEnd ? bytes.toString("utf8", start + urlField.length, quote) : "";
      // An address with an escape in it (none has one) is left to be written again.
      if (url && !url.includes("\\")) ranges.set(url, [start, lineEnd]);
    }
    start = end + 1;
  }
  return ranges;
}

/** Writes pieces to a file through one buffer: a hundred thousand lines in a few hundred writes. */
class BufferedFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  private used = 0;
  constructor(file: string) {
    this.fd = openSync(file, "w");
  }
  write(piece: string | Buffer): void {
    const length = typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
    if (length > this.buffer.length - this.used) this.flush();
    if (length > this.buffer.length) {
      writeSync(this.fd, typeof piece === "string" ? Buffer.from(piece) : piece);
      return;
    }
    this.used += typeof piece === "string" ? this.buffer.write(piece, this.used) : piece.copy(this.buffer, this.used);
  }
  /** Writes `length` bytes of another file, from `position`, through the same buffer. */
  copyFrom(source: ExportFile, position: number, length: number): void {
    for (let end = position + length; position < end; ) {
      if (this.used === this.buffer.length) this.flush();
      const read = source.read(this.buffer, this.used, Math.min(end - position, this.buffer.length - this.used), position);
      this.used += read;
      position += read;
    }
  }
  private flush(): void {
    if (this.used) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

/** An export file read in place, a window of a few megabytes at a time: searched and copied from without holding it (150 MB at 100,000 articles). */
export class ExportFile {
  private readonly fd: number;
  readonly size: number;
  private readonly window: Buffer;
  constructor(file: string, windowBytes = 4 * 1024 * 1024) {
    this.window = Buffer.allocUnsafe(windowBytes);
    this.fd = openSync(file, "r");
    this.size = fstatSync(this.fd).size;
  }
  read(into: Buffer, offset: number, length: number, position: number): number {
    const read = readSync(this.fd, into, offset, length, position);
    if (read <= 0) throw new Error("the export ended early");
    return read;
  }
  /** Where `needle` (shorter than the window) first is at or after `from`, or -1. */
  indexOf(needle: Buffer, from: number): number {
    if (needle.length >= this.window.length) throw new Error("a search longer than the window");
    for (let at = from; at < this.size; at += this.window.length - needle.length) {
      const length = readSync(this.fd, this.window, 0, Math.min(this.window.length, this.size - at), at);
      const found = this.window.subarray(0, length).indexOf(needle);
      if (found >= 0) return at + found;
      if (at + length >= this.size) break;
    }
    return -1;
  }
  /** The bytes at `position`, as Latin-1 (for the export's own punctuation). */
  text(position: number, length: number): string {
    const bytes = Buffer.alloc(length);
    readSync(this.fd, bytes, 0, length, position);
    return bytes.toString("latin1");
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** A piece of the export to write: an article's line to make, or a run of the old export's lines to copy (bytes `from` to `to`, the commas between them included). */
type ExportPiece = { article: Article } | { from: number; to: number };

const NEWLINE = Buffer.from("\n");

/**
 * Where the old export's lines to copy are, as runs of lines that follow one another there and
 * here: one pass over the old file, searching only for each run's first and last line (a line
 * starts `{"url":"…",` after a line break, which no JSON string holds). Null when the lines to
 * copy are not in the old export's order (then scannedExportCopy), or the old file is not an
 * export as written (or not the one the signatures describe).
 */
function planExportCopy(old: ExportFile, pathPrefix: string, articles: readonly Article[], lines: ReadonlyMap<string, string>, previous: PreviousExport): ExportPiece[] | null {
  if (old.size < 5 || old.text(0, 2) !== "[\n" || old.text(old.size - 3, 3) !== "\n]\n") return null;
  const oldUrls = [...previous.lines.keys()];
  const oldIndex = new Map(oldUrls.map((url, k) => [url, k]));
  // Each article's line: made, or copied from the old line of that index; the copied in runs.
  const planned: ({ article: Article } | { first: number; last: number })[] = [];
  let lastCopied = -1;
  for (const article of articles) {
    const k = unchangedLine(article, lines, previous) ? (oldIndex.get(article.url) ?? -1) : -1;
    if (k < 0) {
      planned.push({ article });
      continue;
    }
    if (k <= lastCopied) return null;
    const run = planned[planned.length - 1];
    if (run && "first" in run && run.last === k - 1) run.last = k;
    else planned.push({ first: k, last: k });
    lastCopied = k;
  }
  const needle = (k: number) => Buffer.from(`\n{"url":${JSON.stringify(withPrefix(pathPrefix, oldUrls[k] as string))},`);
  const pieces: ExportPiece[] = [];
  let cursor = 1;
  for (const item of planned) {
    if ("article" in item) {
      pieces.push(item);
      continue;
    }
    const first = old.indexOf(needle(item.first), cursor);
    if (first < 0) return null;
    const last = item.last === item.first ? first : old.indexOf(needle(item.last), first + 1);
    if (last < 0) return null;
    const lineBreak = old.indexOf(NEWLINE, last + 1);
    if (lineBreak < 0) return null;
    // A line ends before the comma that joins it to the next, or at the export's closing line.
    const to = old.text(lineBreak - 1, 1) === "," ? lineBreak - 1 : lineBreak;
    pieces.push({ from: first + 1, to });
    cursor = lineBreak;
  }
  return pieces;
}

/**
 * The JSON export, copying from the one a site has the line of each article whose line's
 * signature is unchanged, and making the others: the same bytes as writeArticlesJsonFile (each
 * line is one record's JSON, and a line's signature is what its record follows from). At
 * 100,000 articles, making every record again took about 2 s of a 30 s build from the cache.
 * The lines to copy are found by searching the old export for each run's ends
 * (planExportCopy), not by reading it whole and finding every line (1.1 s at 100,000), unless
 * they come in another order (scannedExportCopy). Either way the copied bytes are read from the
 * old file as they are written. Written in place (`file` the old export, as `npm start` writes
 * it), the new export goes beside it, then over it.
 */
export function writeArticlesJsonReusing(file: string, pathPrefix: string, archive: Archive, lines: ReadonlyMap<string, string>, previous: PreviousExport): void {
  let old: ExportFile;
  try {
    old = new ExportFile(previous.file);
  } catch {
    writeArticlesJsonFile(file, pathPrefix, archive);
    return;
  }
  const inPlace = path.resolve(file) === path.resolve(previous.file);
  const target = inPlace ? `${file}.tmp-${process.pid}` : file;
  try {
    const pieces = archive.articles.length ? (planExportCopy(old, pathPrefix, archive.articles, lines, previous) ?? scannedExportCopy(previous.file, pathPrefix, archive.articles, lines, previous)) : null;
    if (!pieces) {
      writeArticlesJsonFile(file, pathPrefix, archive);
      return;
    }
    const out = new BufferedFile(target);
    try {
      out.write("[\n");
      pieces.forEach((piece, i) => {
        if (i) out.write(",\n");
        if ("article" in piece) out.write(articleJsonLine(pathPrefix, piece.article, archive.storyOf));
        else out.copyFrom(old, piece.from, piece.to - piece.from);
      });
      out.write("\n]\n");
    } finally {
      out.close();
    }
  } finally {
    old.close();
  }
  if (inPlace) renameSync(target, file);
}

/** Whether an article's line of the old export may be copied: its signature is unchanged. */
function unchangedLine(article: Article, lines: ReadonlyMap<string, string>, previous: PreviousExport): boolean {
  const line = lines.get(article.url);
  return line !== undefined && previous.lines.get(article.url) === line;
}

/**
 * planExportCopy's pieces when the lines to copy come in another order than the old export's:
 * the old export read whole, every line found (exportLineRanges), each copied on its own. Null
 * if the file is not an export as written.
 */
function scannedExportCopy(file: string, pathPrefix: string, articles: readonly Article[], lines: ReadonlyMap<string, string>, previous: PreviousExport): ExportPiece[] | null {
  const ranges = exportLineRanges(readFileSync(file));
  if (!ranges) return null;
  return articles.map((article) => {
    const range = unchangedLine(article, lines, previous) ? ranges.get(withPrefix(pathPrefix, article.url)) : undefined;
    return range ? { from: range[0], to: range[1] } : { article };
  });
}

/**
 * `previousExport`: the JSON export the site has, from which a build that updates it copies the
 * unchanged lines (writeArticlesJsonReusing).
 */
export function generatedFiles(site: SiteContext, archive: Archive, plan: SitePlan, bundles: readonly SearchBundle[], ownerUrls: readonly string[] = [], previousExport?: PreviousExport): GeneratedFile[] {
  const errors = archive.problems.filter((p) => p.severity === "error").length;
  const report = {
    files: archive.allPaths.length,
    articles: archive.articles.length,
    errors,
    warnings: archive.problems.length - errors,
    // As they are now, whenever the report is made.
    problems: [...archive.problems],
  };
  let lines: Map<string, string> | undefined;
  const exportLines = () => (lines ??= articlesJsonLines(archive.articles, archive.storyOf));
  const exportFile = lazyFile(
    ARTICLES_JSON,
    () => renderArticlesJson(site.pathPrefix, archive.articles, archive.storyOf),
    () => articlesJsonSignature(site.pathPrefix, archive.articles, archive.storyOf, exportLines()),
    (file) => (previousExport ? writeArticlesJsonReusing(file, site.pathPrefix, archive, exportLines(), previousExport) : writeArticlesJsonFile(file, site.pathPrefix, archive)),
  );
  Object.defineProperty(exportFile, "lines", { get: exportLines });
  return [
    exportFile,
    lazyFile(WORLD_LAND_URL, () => worldLandSvg()),
    lazyFile(PROBLEM_REPORT, () => `${JSON.stringify(report, null, 1)}\n`),
    ...renderSitemaps(site.siteUrl, ownerUrls.length ? [...plan.urls, ...ownerUrls] : plan.urls),
    lazyFile("/search/", () => renderSearchPage(site, bundles)),
    lazyFile(SEARCH_BUNDLES_URL, () => renderSearchBundles(bundles)),
    lazyFile(SEARCH_FILTERS_URL, () => renderSearchFilterCounts(filterCounts(archive.articles, site.words))),
    lazyFile("/404.html", () => renderNotFoundPage(site)),
  ];
}

export interface Output {
  url: string;
  /**
   * What the file shows follows from, as kept: a hash, which an article page's own part
   * (its version, address and file) precedes, before the first "|" (keptSignature).
   */
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

const sha1 = oneShot ? (text: string) => oneShot("sha1", text, "hex") : (text: string) => createHash("sha1").update(text).digest("hex");

/**
 * An output's signature as kept: short, and an article page's own part still readable before
 * the first "|". Hashed as each output is listed, so that the long signatures (a list page's
 * names fifty articles) are garbage at once: held for every output of 100,000 articles until
 * all were listed, they survived into the old generation, and the young generation's
 * collections copied them there.
 */
function keptSignature(signature: string, isArticle: boolean): string {
  return isArticle ? `${signature.slice(0, signature.indexOf("|"))}|${sha1(signature)}` : sha1(signature);
}

/** The article pages, each with its signature and a way to render it. */
export function articleOutputs(site: SiteContext, plan: SitePlan): Output[] {
  return plan.articles.map((page) => ({ url: page.url, signature: keptSignature(articleSignature(page), true), render: () => renderArticlePage(site, page) }));
}

/** Every output of the site but the article pages. */
export function otherOutputs(site: SiteContext, plan: SitePlan, files: readonly GeneratedFile[]): Output[] {
  const kept = (signature: string) => keptSignature(signature, false);
  return [
    { url: plan.home.url, signature: kept(homeSignature(plan.home)), render: () => renderHomePage(site, plan.home) },
    ...plan.lists.map((page) => ({ url: page.url, signature: kept(listSignature(page)), render: () => renderListPage(site, page) })),
    ...plan.indexes.map((page) => ({ url: page.url, signature: kept(JSON.stringify(page)), render: () => renderIndexPage(site, page) })),
    ...plan.feeds.map((feed) => ({ url: feed.url, signature: kept(feedSignature(feed)), render: () => renderAtomFeed(site, feed) })),
    ...plan.stories.map((page) => ({ url: page.url, signature: kept(storySignature(page)), render: () => renderStoryPage(site, page) })),
    ...plan.storiesIndex.map((page) => ({ url: page.url, signature: kept(storiesIndexSignature(page)), render: () => renderStoriesIndex(site, page) })),
    ...plan.storyRedirects.map((page) => ({ url: page.url, signature: kept(JSON.stringify(page)), render: () => renderStoryRedirect(site, page) })),
    ...plan.onThisDay.map((page) => ({ url: page.url, signature: kept(onThisDaySignature(page)), render: () => renderOnThisDayPage(site, page) })),
    ...files.map((file) => ({ url: file.url, signature: kept(file.signature ?? contentSignature(file.content)), render: () => file.content, writeTo: file.writeTo })),
  ];
}
