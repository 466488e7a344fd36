/**
 * Incremental builds: after a full build, a change to the articles folder re-reads only the
 * files that changed, re-plans the archive, and rewrites only the outputs whose signature changed
 * (build/outputs.ts): the article's page, its neighbours', the lists and feeds that hold it, the
 * JSON and sitemaps. The search index catches up one bundle at a time (staleBundles).
 *
 * The dev server keeps an IncrementalSite in memory and tells changed files by size and time.
 * `npm run build` keeps its snapshot in the build cache (build/build-cache.ts) and tells them by
 * content (`compareContent`), since a CI checkout gives every file a new time, unless the file's
 * size, times and inode are all as recorded and its times are older than the listing that
 * recorded them (as git's index does: see statsTrusted).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteContext } from "../layouts/page.ts";
import type { SiteWords } from "../data/i18n/index.ts";
import { indexArticles, type Archive } from "../src/archive.ts";
import { readUrlLedger } from "../src/url-ledger.ts";
import { FUTURE_GRACE_MS, presentTime } from "../src/dates.ts";
import type { NormalizedArticle } from "../src/normalize-article.ts";
import { planSite, type SitePlan } from "../src/pages.ts";
import { MAX_ARTICLE_BYTES, takeListing, type ArchiveEntry, type TakenListing } from "../src/read-archive.ts";
import type { EntryRead } from "../src/load.ts";
import { bundlesOfArticles, type SearchBundle } from "../src/search-bundles.ts";
import { searchRecord } from "../src/search-records.ts";
import type { Article, Problem } from "../src/types.ts";
import { articleOutputs, generatedFiles, otherOutputs, type GeneratedFile, type Output } from "./outputs.ts";
import { ARTICLES_JSON, outputPath } from "./site-files.ts";
import { writeSavedCopies } from "./saved-copies.ts";
import { savedFileUrl } from "../src/provenance.ts";
import type { OwnerPagesRenderer } from "./owner-pages.ts";
import { StoryTermStore, type StoredTerms } from "./story-term-store.ts";
import { withTextOnDemand, type ArticleBody, type BodyRef, type TextSource } from "./article-texts.ts";
import type { StoredRecords } from "./build-cache.ts";
import type { OutputPack } from "./output-pack.ts";

/** What is known of one article file: how it was found, and what reading it gave. */
export interface CachedFile {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  folderData: string;
  /** SHA-256 of its bytes; null if they could not be read (such a file is read again every time). */
  sha256: string | null;
  /** With `body`, the article's text is in the cache's texts file, and the article has no `bodyHtml` nor `plainText`. */
  article: NormalizedArticle | null;
  body?: BodyRef | undefined;
  problems: Problem[];
}

/** What an incremental site knows of the site it keeps: the build cache saves and restores it. */
export interface SiteSnapshot {
  files: Map<string, CachedFile>;
  /** By URL: an article page's `version@url|hash of its signature`, any other output's hash. */
  signatures: Map<string, string>;
  bundleSignatures: Map<string, string>;
  /** The present the files were read against (ms): whether a date is "in the future" depends on it. */
  now: number;
  /** When the files' sizes, times and inodes were taken (ms since 1970, no later than the listing). */
  statsAt: number;
  /** Each article file's story terms (build/story-term-store.ts). */
  storyTerms: StoredTerms;
  /** Each article's line of the JSON export's signature, by its address (build/outputs.ts, articlesJsonLines). */
  exportLines?: Map<string, string> | undefined;
  /** The records this snapshot was read from, chunk by chunk: the chunks whose files are unchanged are written again as they are. */
  stored?: StoredRecords | undefined;
}

/**
 * How long before the listing that recorded it a file's times must be for its size, times and
 * inode to vouch for its content: a file changed again within the same tick of the file
 * system's clock as its recorded time (a second on some, two on FAT) keeps that time, and the
 * file system's clock may lag the process's.
 */
export const RACY_MS = 2000;

/**
 * Whether a file is as the cache recorded it without reading it: the same size, times (modified
 * and changed: a tool that puts the old modified time back still changes the other) and inode,
 * and those times older than the listing that recorded them, by RACY_MS. A file changed in the
 * tick it was listed in keeps its times: such a file is read again, as git re-hashes the files
 * its index calls racily clean.
 */
export function statsTrusted(cached: Pick<CachedFile, "size" | "mtimeMs" | "ctimeMs" | "ino">, entry: Pick<ArchiveEntry, "size" | "mtimeMs" | "ctimeMs" | "ino">, statsAt: number): boolean {
  return (
    cached.size === entry.size &&
    cached.mtimeMs === entry.mtimeMs &&
    cached.ctimeMs === entry.ctimeMs &&
    cached.ino === entry.ino &&
    Math.max(cached.mtimeMs, cached.ctimeMs) < statsAt - RACY_MS
  );
}

export interface UpdateOptions {
  /** false (just after a full build): only learn what the output holds. */
  write?: boolean;
  /**
   * Write the changed outputs into this folder (a build's staging folder) rather than into the
   * output, and remove nothing: the caller moves them in and removes `removedFiles`.
   */
  into?: string;
  /** With `into`: the outputs rendered whole go into this pack in it, not a file each (build/output-pack.ts). */
  pack?: OutputPack;
  /** Told the search bundles to re-index as soon as they are known, before the other outputs are written. */
  onStaleBundles?: (stale: SearchBundle[]) => void;
}

export interface UpdateResult {
  articles: number;
  /** Article files read and normalized again. */
  readAgain: number;
  /** Article files whose bytes were read and found the same as the cache's hash says. */
  checked: number;
  /** Article files taken as unchanged by their size, times and inode (statsTrusted), not read. */
  trusted: number;
  /** URLs of the outputs written and removed. */
  written: string[];
  removed: string[];
  /** Site-relative files written and removed, saved copies included ("2024/03/01/a/index.html"). */
  writtenFiles: string[];
  removedFiles: string[];
  /** Search bundles whose articles changed: to re-index. */
  staleBundles: SearchBundle[];
  /** Search bundles that no longer exist: to delete. */
  goneBundles: string[];
  seconds: number;
}

export interface IncrementalOptions {
  /** What a build before this one knew (build/build-cache.ts). */
  previous?: SiteSnapshot;
  /** Tell a changed file by its content's hash, never by its size and time alone. */
  compareContent?: boolean;
  /** Reads an article's text from the cache's texts file (CachedFile.body). */
  readText?: (ref: BodyRef) => ArticleBody;
  /**
   * Reads and normalizes the files that changed, asked once each update, with none when none
   * did (a build from the cache: on a reader thread, src/readers.ts); by default on this
   * thread, the reading code loaded when first needed.
   */
  readEntries?: (entries: readonly ArchiveEntry[]) => Promise<EntryRead[]>;
  /**
   * The articles folder as listed elsewhere, for the first update only (a build from the cache
   * lists it on the main thread while its own thread reads the records); by default the update
   * lists it.
   */
  listing?: Promise<TakenListing>;
}

/** Reads files on this thread: the reading code, and with it the registries (about 150 MB), loads only when a file is read again. */
async function readHere(entries: readonly ArchiveEntry[], bytes: readonly (Buffer | undefined)[]): Promise<EntryRead[]> {
  const { readEntry } = await import("../src/load.ts");
  return entries.map((entry, i) => readEntry(entry, bytes[i]));
}

/** The present the normalize context has, or will have once made. */
let present: number | undefined;
const sharedNow = () => (present ??= presentTime());

/** The signature of every output of a site, as an IncrementalSite keeps them. */
export function outputSignatures(site: SiteContext, plan: SitePlan, files: readonly GeneratedFile[]): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const output of articleOutputs(site, plan)) signatures.set(output.url, output.signature);
  for (const output of otherOutputs(site, plan, files)) signatures.set(output.url, output.signature);
  return signatures;
}

/**
 * The snapshot of a full build, from what it read (each file's entry, article and problems) and
 * what it planned: what an incremental build starts from.
 */
export function snapshotOfBuild(
  read: { entries: readonly ArchiveEntry[]; articles: readonly NormalizedArticle[]; problems: readonly Problem[]; texts?: { refOf(file: string): BodyRef | undefined } },
  site: SiteContext,
  plan: SitePlan,
  files: readonly GeneratedFile[],
  bundles: readonly SearchBundle[],
  now: number,
  statsAt: number,
  storyTerms: StoryTermStore = new StoryTermStore(),
): SiteSnapshot {
  const articles = new Map(read.articles.map((a) => [a.sourceFile, a]));
  const problems = new Map<string, Problem[]>();
  for (const problem of read.problems) {
    const list = problems.get(problem.file);
    if (list) list.push(problem);
    else problems.set(problem.file, [problem]);
  }
  const cached = new Map<string, CachedFile>();
  for (const entry of read.entries) {
    const article = articles.get(entry.path) ?? null;
    // Problems of the listing (another file's) never name an article file; its own do.
    // An article whose text the build wrote to the cache's texts file (build/article-texts.ts) is kept without it.
    const body = article ? read.texts?.refOf(entry.path) : undefined;
    cached.set(entry.path, { size: entry.size, mtimeMs: entry.mtimeMs, ctimeMs: entry.ctimeMs, ino: entry.ino, folderData: JSON.stringify(entry.folderData), sha256: article?.sha256 ?? null, article, ...(body ? { body } : {}), problems: problems.get(entry.path) ?? [] });
  }
  storyTerms.keepOnly(cached);
  return {
    files: cached,
    signatures: outputSignatures(site, plan, files),
    bundleSignatures: new Map(bundles.map((b) => [b.path, b.signature])),
    now,
    statsAt,
    storyTerms: storyTerms.stored(),
    exportLines: exportLinesOf(files),
  };
}

/** The JSON export's lines' signatures, from a site's generated files, once its signature was read. */
function exportLinesOf(files: readonly GeneratedFile[]): Map<string, string> | undefined {
  return files.find((file) => file.url === ARTICLES_JSON)?.lines;
}

export class IncrementalSite {
  private readonly files: Map<string, CachedFile>;
  private signatures: Map<string, string>;
  private bundleSignatures: Map<string, string>;
  /** The signatures of the lines of the JSON export the output has, when known: its unchanged lines are copied. */
  private exportLines: Map<string, string> | undefined;
  private readonly stored: StoredRecords | undefined;
  private readonly folders = new Set<string>();
  private readonly compareContent: boolean;
  /** When the recorded stats were taken: a file's size, times and inode vouch for it only if older (statsTrusted). */
  private statsAt: number;
  private readonly storyTerms: StoryTermStore;
  private readonly readText: ((ref: BodyRef) => ArticleBody) | undefined;
  private readonly readEntries: ((entries: readonly ArchiveEntry[]) => Promise<EntryRead[]>) | undefined;
  private listing: Promise<TakenListing> | undefined;
  // The registries (the gazetteer…) are loaded only when a file must be read again.
  private readonly now = sharedNow();
  /** The archive and plan of the last update, for the caller (the owner's pages, the cache). */
  archive: Archive | undefined;
  plan: SitePlan | undefined;

  /**
   * Renders and writes outputs: into the pack, if given, one after another (but those written in
   * pieces, as files); else sixteen at a time, the disk working while the next pages render.
   */
  private async writeOutputs(folder: string, outputs: readonly Output[], pack: OutputPack | undefined): Promise<void> {
    const files: Output[] = [];
    for (const output of outputs) {
      if (pack && !output.writeTo) pack.write(outputPath(output.url), output.render());
      else files.push(output);
    }
    for (let i = 0; i < files.length; i += 16) {
      await Promise.all(
        files.slice(i, i + 16).map(async (output) => {
          const file = path.join(folder, outputPath(output.url));
          const parent = path.dirname(file);
          if (!this.folders.has(parent)) {
            await mkdir(parent, { recursive: true });
            this.folders.add(parent);
          }
          if (output.writeTo) output.writeTo(file);
          else await writeFile(file, output.render());
        }),
      );
    }
  }

  constructor(
    private readonly articlesDir: string,
    private readonly outputDir: string,
    private readonly site: SiteContext,
    private readonly bundleSize: number,
    /** The owner's pages' addresses, from the full build (OWNER_PAGES_FILE): they stay in the sitemap. */
    private readonly ownerUrls: readonly string[] = [],
    /** Renders the owner's pages again, which may show any article, once the archive changed. */
    private readonly renderOwnerPages?: OwnerPagesRenderer,
    options: IncrementalOptions = {},
  ) {
    const previous = options.previous;
    this.compareContent = options.compareContent ?? false;
    this.files = new Map(previous?.files ?? []);
    this.signatures = previous?.signatures ?? new Map();
    this.bundleSignatures = previous?.bundleSignatures ?? new Map();
    this.exportLines = previous?.exportLines;
    this.stored = previous?.stored;
    this.statsAt = previous?.statsAt ?? 0;
    this.storyTerms = new StoryTermStore(previous?.storyTerms);
    this.readText = options.readText;
    this.readEntries = options.readEntries;
    this.listing = options.listing;
    if (previous) {
      // A date "in the future" then may not be now, and the other way round: read such a file again.
      const horizon = Math.min(previous.now, this.now) + FUTURE_GRACE_MS;
      for (const [file, cached] of this.files) if (cached.article && cached.article.date.sortKey > horizon) this.files.delete(file);
    }
  }

  /** The cache's texts file, for the articles given their text on demand. */
  private readonly texts: TextSource = { read: (ref) => this.text(ref) };

  private text(ref: BodyRef): ArticleBody {
    if (!this.readText) throw new Error("an article's text is in the cache's texts file, and no reader was given");
    return this.readText(ref);
  }

  /** What this site knows now, for the build cache. */
  snapshot(): SiteSnapshot {
    return { files: this.files, signatures: this.signatures, bundleSignatures: this.bundleSignatures, now: this.now, statsAt: this.statsAt, storyTerms: this.storyTerms.stored(), exportLines: this.exportLines, stored: this.stored };
  }

  /** Whether a file is as the cache knows it: by size and time, by size, times and inode (statsTrusted), or by its content's hash. */
  private unchanged(entry: ArchiveEntry, cached: CachedFile | undefined, folderData: string): { same: boolean; bytes?: Buffer } {
    if (!cached || cached.folderData !== folderData || cached.size !== entry.size) return { same: false };
    if (!this.compareContent && cached.mtimeMs === entry.mtimeMs) return { same: true };
    if (cached.sha256 && statsTrusted(cached, entry, this.statsAt)) return { same: true };
    if (!cached.sha256 || entry.size > MAX_ARTICLE_BYTES) return { same: false };
    let bytes: Buffer;
    try {
      bytes = readFileSync(entry.absolutePath);
    } catch {
      return { same: false };
    }
    return { same: createHash("sha256").update(bytes).digest("hex") === cached.sha256, bytes };
  }

  /**
   * Brings the output up to date with the articles folder. With `write: false` (just after a
   * full build) it only learns what the output holds.
   */
  async update(options: UpdateOptions | boolean = {}): Promise<UpdateResult> {
    const { write = true, into, pack, onStaleBundles } = typeof options === "boolean" ? { write: options } : options;
    const target = into ?? this.outputDir;
    const started = performance.now();
    const given = this.listing;
    this.listing = undefined;
    const { listing, listedAt } = given ? await given : takeListing(this.articlesDir);
    const problems = [...listing.problems];
    const ledger = readUrlLedger(this.articlesDir, problems);
    const normalized: NormalizedArticle[] = [];
    const seen = new Set<string>();
    let checked = 0;
    let trusted = 0;
    /** Articles whose text is still in the texts file, by file. */
    const textLater = new Map<string, BodyRef>();
    // The files to read again, with their content where hashing read it.
    const toRead: ArchiveEntry[] = [];
    const readBytes: (Buffer | undefined)[] = [];
    const readFolderData: string[] = [];
    // A folder's files share its data object (listArchive): each object serialized once.
    const folderJson = new Map<object, string>();
    for (const entry of listing.entries) {
      seen.add(entry.path);
      let folderData = folderJson.get(entry.folderData);
      if (folderData === undefined) folderJson.set(entry.folderData, (folderData = JSON.stringify(entry.folderData)));
      const cached = this.files.get(entry.path);
      const found = this.unchanged(entry, cached, folderData);
      if (found.bytes && found.same) checked++;
      else if (found.same) trusted++;
      if (found.same && cached) {
        if (cached.mtimeMs !== entry.mtimeMs || cached.ctimeMs !== entry.ctimeMs || cached.ino !== entry.ino) {
          // Object.assign, not a spread into a literal: V8 gives each such spread copy a shape
          // of its own, and in CI (a fresh checkout) every file's entry is copied so.
          this.files.set(entry.path, Object.assign({}, cached, { mtimeMs: entry.mtimeMs, ctimeMs: entry.ctimeMs, ino: entry.ino }));
        }
      } else {
        this.storyTerms.delete(entry.path);
        toRead.push(entry);
        readBytes.push(found.bytes);
        readFolderData.push(folderData);
      }
    }
    const readAgain = toRead.length;
    const reads = this.readEntries ? await this.readEntries(toRead) : toRead.length ? await readHere(toRead, readBytes) : [];
    toRead.forEach((entry, i) => {
      const { sha256, article, problems } = reads[i] as EntryRead;
      this.files.set(entry.path, { size: entry.size, mtimeMs: entry.mtimeMs, ctimeMs: entry.ctimeMs, ino: entry.ino, folderData: readFolderData[i] as string, sha256, article, problems });
    });
    for (const entry of listing.entries) {
      const cached = this.files.get(entry.path) as CachedFile;
      problems.push(...cached.problems);
      if (!cached.article) continue;
      if (!cached.body) normalized.push(cached.article);
      else if (this.storyTerms.has(entry.path)) {
        normalized.push(cached.article);
        textLater.set(entry.path, cached.body);
      } else {
        // Grouping reads the text of an article whose terms are not kept.
        normalized.push({ ...cached.article, ...this.text(cached.body) });
      }
    }
    for (const file of [...this.files.keys()]) if (!seen.has(file)) this.files.delete(file);
    this.storyTerms.keepOnly(this.files);
    this.statsAt = listedAt;

    // The search bundles need no stories: those to index again are known, and handed over, before
    // the stories are grouped (the largest part of the rest), so Pagefind works meanwhile.
    let bundles: SearchBundle[] = [];
    let staleBundles: SearchBundle[] = [];
    const archive = indexArticles(normalized, problems, listing.allPaths, ledger, {
      storyTerms: this.storyTerms,
      beforeStories: (indexed) => {
        for (const article of indexed.articles) {
          const ref = textLater.get(article.sourceFile);
          if (ref) withTextOnDemand(article, this.texts, ref);
        }
        // A bundle's signature is its articles' versions, and the search page reads its languages
        // and dates: stubs of the records tell those (searchStub).
        bundles = bundlesOfArticles(indexed.articles, this.bundleSize, this.site.words);
        staleBundles = write ? bundles.filter((b) => this.bundleSignatures.get(b.path) !== b.signature) : [];
        if (onStaleBundles) {
          withRecords(staleBundles, indexed.articles, this.site.words);
          onStaleBundles(staleBundles);
        }
      },
    });
    const plan = planSite(archive, this.site.words);
    this.archive = archive;
    this.plan = plan;

    // Article pages first, so a new or edited article shows at once; then everything else.
    const signatures = new Map<string, string>();
    const written: string[] = [];
    const writeChanged = async (outputs: Output[]) => {
      const changed = outputs.filter((output) => {
        signatures.set(output.url, output.signature);
        return write && this.signatures.get(output.url) !== output.signature;
      });
      await this.writeOutputs(target, changed, into ? pack : undefined);
      written.push(...changed.map((output) => output.url));
    };
    // The articles that are new or changed themselves first, then those whose neighbours or
    // related articles changed (an article signature starts with the article's own version).
    const ownVersion = (signature: string | undefined) => signature?.slice(0, signature.indexOf("|"));
    const articlePages = articleOutputs(this.site, plan);
    const changedItself = (output: Output) => ownVersion(this.signatures.get(output.url)) !== ownVersion(output.signature);
    const changedArticles = new Set(articlePages.filter(changedItself).map((output) => output.url));
    await writeChanged([...articlePages.filter(changedItself), ...articlePages.filter((output) => !changedItself(output))]);
    const savedCopies = write ? archive.articles.filter((a) => changedArticles.has(a.url)) : [];
    await writeSavedCopies(target, this.articlesDir, savedCopies);
    // For the caller to index (npm start), once the pages that show an edit are written.
    if (!onStaleBundles) withRecords(staleBundles, archive.articles, this.site.words);
    // The export the output has is read before it is written (into the output itself, without `into`).
    const previousExport = this.exportLines && write ? { file: path.join(this.outputDir, ARTICLES_JSON.slice(1)), lines: this.exportLines } : undefined;
    const files = generatedFiles(this.site, archive, plan, bundles, this.ownerUrls, previousExport);
    await writeChanged(otherOutputs(this.site, plan, files));
    this.exportLines = exportLinesOf(files);

    const removed = write ? [...this.signatures.keys()].filter((url) => !signatures.has(url)) : [];
    // A removed article's page takes the copy of its file (saved.txt) with it.
    const removedFiles = removed.flatMap((url) => [outputPath(url), ...(url.endsWith("/") ? [savedFileUrl(url).slice(1)] : [])]);
    if (!into) for (const file of removedFiles) await rm(path.join(this.outputDir, file), { force: true });
    if (this.renderOwnerPages && this.ownerUrls.length && (written.length || removed.length)) await this.renderOwnerPages(archive, plan, bundles);
    this.signatures = signatures;

    const bundleSignatures = new Map(bundles.map((b) => [b.path, b.signature]));
    const goneBundles = write ? [...this.bundleSignatures.keys()].filter((p) => !bundleSignatures.has(p)) : [];
    this.bundleSignatures = bundleSignatures;

    return {
      articles: archive.articles.length,
      readAgain,
      checked,
      trusted,
      written,
      removed,
      writtenFiles: [...written.map(outputPath), ...savedCopies.map((a) => savedFileUrl(a.url).slice(1))],
      removedFiles,
      staleBundles,
      goneBundles,
      seconds: (performance.now() - started) / 1000,
    };
  }
}

/** The bundles to index again get their records whole, texts and all. */
function withRecords(stale: readonly SearchBundle[], articles: readonly Article[], words: SiteWords): void {
  if (!stale.length) return;
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  for (const bundle of stale) bundle.records = bundle.urls.map((url) => searchRecord(byUrl.get(url) as Article, words));
}
