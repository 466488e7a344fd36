/**
 * The dev server's incremental build: after a full build, a change to the articles folder
 * re-reads only the files that changed (by size, time and folder data), re-plans the archive,
 * and rewrites only the outputs whose signature changed (build/outputs.ts): the article's page,
 * its neighbours', the lists and feeds that hold it, the JSON and sitemaps. The search index
 * catches up afterwards, one bundle at a time.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteContext } from "../layouts/page.ts";
import { indexArticles } from "../src/archive.ts";
import { getNormalizeContext } from "../src/load.ts";
import { readUrlLedger } from "../src/url-ledger.ts";
import { normalizeArticle, type NormalizedArticle } from "../src/normalize-article.ts";
import { planSite } from "../src/pages.ts";
import { listArchive, readArchiveEntry } from "../src/read-archive.ts";
import { splitIntoBundles, type SearchBundle } from "../src/search-bundles.ts";
import { searchRecord } from "../src/search-records.ts";
import type { Problem } from "../src/types.ts";
import { articleOutputs, generatedFiles, otherOutputs, outputPath, type Output } from "./outputs.ts";
import { writeSavedCopies } from "./saved-copies.ts";
import { savedFileUrl } from "../src/provenance.ts";
import type { OwnerPagesRenderer } from "./owner-pages.ts";

interface CachedFile {
  size: number;
  mtimeMs: number;
  folderData: string;
  article: NormalizedArticle | null;
  problems: Problem[];
}

export interface UpdateResult {
  articles: number;
  readAgain: number;
  written: string[];
  removed: string[];
  /** Search bundles whose articles changed: to re-index. */
  staleBundles: SearchBundle[];
  /** Search bundles that no longer exist: to delete. */
  goneBundles: string[];
  seconds: number;
}

export class IncrementalSite {
  private readonly files = new Map<string, CachedFile>();
  private signatures = new Map<string, string>();
  private bundleSignatures = new Map<string, string>();
  private readonly folders = new Set<string>();

  /** Renders and writes outputs sixteen at a time: the disk works while the next pages render. */
  private async writeOutputs(outputs: readonly Output[]): Promise<void> {
    for (let i = 0; i < outputs.length; i += 16) {
      await Promise.all(
        outputs.slice(i, i + 16).map(async (output) => {
          const file = path.join(this.outputDir, outputPath(output.url));
          const folder = path.dirname(file);
          if (!this.folders.has(folder)) {
            await mkdir(folder, { recursive: true });
            this.folders.add(folder);
          }
          await writeFile(file, output.render());
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
  ) {}

  /**
   * Brings the output up to date with the articles folder. With `write: false` (just after a
   * full build) it only learns what the output holds.
   */
  async update(write = true): Promise<UpdateResult> {
    const started = performance.now();
    const listing = listArchive(this.articlesDir);
    const problems = [...listing.problems];
    const ledger = readUrlLedger(this.articlesDir, problems);
    const context = getNormalizeContext();
    const normalized: NormalizedArticle[] = [];
    const seen = new Set<string>();
    let readAgain = 0;
    for (const entry of listing.entries) {
      seen.add(entry.path);
      const folderData = JSON.stringify(entry.folderData);
      let cached = this.files.get(entry.path);
      if (!cached || cached.size !== entry.size || cached.mtimeMs !== entry.mtimeMs || cached.folderData !== folderData) {
        readAgain++;
        const read = readArchiveEntry(entry);
        const result = read.file ? normalizeArticle(read.file, context) : null;
        cached = { size: entry.size, mtimeMs: entry.mtimeMs, folderData, article: result?.article ?? null, problems: [...read.problems, ...(result?.problems ?? [])] };
        this.files.set(entry.path, cached);
      }
      problems.push(...cached.problems);
      if (cached.article) normalized.push(cached.article);
    }
    for (const file of [...this.files.keys()]) if (!seen.has(file)) this.files.delete(file);

    const archive = indexArticles(normalized, problems, listing.allPaths, ledger);
    const plan = planSite(archive, this.site.words);

    // Article pages first, so a new or edited article shows at once; then everything else.
    const signatures = new Map<string, string>();
    const written: string[] = [];
    const writeChanged = async (outputs: Output[]) => {
      const changed = outputs.filter((output) => {
        signatures.set(output.url, output.signature);
        return write && this.signatures.get(output.url) !== output.signature;
      });
      await this.writeOutputs(changed);
      written.push(...changed.map((output) => output.url));
    };
    // The articles that are new or changed themselves first, then those whose neighbours or
    // related articles changed (an article signature starts with the article's own version).
    const ownVersion = (signature: string | undefined) => signature?.slice(0, signature.indexOf("|"));
    const articlePages = articleOutputs(this.site, plan);
    const changedItself = (output: Output) => ownVersion(this.signatures.get(output.url)) !== ownVersion(output.signature);
    const changedArticles = new Set(articlePages.filter(changedItself).map((output) => output.url));
    await writeChanged([...articlePages.filter(changedItself), ...articlePages.filter((output) => !changedItself(output))]);
    if (write) await writeSavedCopies(this.outputDir, this.articlesDir, archive.articles.filter((a) => changedArticles.has(a.url)));
    const bundles = splitIntoBundles(archive.articles.map((a) => searchRecord(a, this.site.words)), this.bundleSize, archive.articles.map((a) => a.version));
    await writeChanged(otherOutputs(this.site, plan, generatedFiles(this.site, archive, plan, bundles, this.ownerUrls)));

    const removed = write ? [...this.signatures.keys()].filter((url) => !signatures.has(url)) : [];
    for (const url of removed) {
      await rm(path.join(this.outputDir, outputPath(url)), { force: true });
      // A removed article's page takes the copy of its file (saved.txt) with it.
      if (url.endsWith("/")) await rm(path.join(this.outputDir, savedFileUrl(url).slice(1)), { force: true });
    }
    if (this.renderOwnerPages && this.ownerUrls.length && (written.length || removed.length)) await this.renderOwnerPages(archive, plan, bundles);
    this.signatures = signatures;

    const bundleSignatures = new Map(bundles.map((b) => [b.path, b.signature]));
    const staleBundles = write ? bundles.filter((b) => this.bundleSignatures.get(b.path) !== b.signature) : [];
    const goneBundles = write ? [...this.bundleSignatures.keys()].filter((p) => !bundleSignatures.has(p)) : [];
    this.bundleSignatures = bundleSignatures;

    return {
      articles: archive.articles.length,
      readAgain,
      written,
      removed,
      staleBundles,
      goneBundles,
      seconds: (performance.now() - started) / 1000,
    };
  }
}
