/**
 * Reading a large articles folder on reader threads (src/readers.ts), each taking a contiguous
 * share of the files, with the same result, in the same order, as src/load.ts's loadArticles.
 *
 * This module loads none of what reading needs: the registries (the gazetteer, the language
 * model, the agencies and topics) take about 150 MB a thread. A folder worth reader threads is
 * read by them alone, and each ends once its share is handed over, so the build's main thread,
 * which holds the archive and renders the site, never holds the registries. A small folder is
 * read on this thread (src/load.ts, loaded then).
 */
import type { Archive, ArchiveFeatures } from "./archive.ts";
import { indexArticles } from "./archive.ts";
import type { LoadedArticles, LoadOptions, ReadMessage, ReadResult } from "./load.ts";
import type { NormalizedArticle } from "./normalize-article.ts";
import { listArchive, type ArchiveEntry } from "./read-archive.ts";
import { takeReaders, type Reader, type ReaderOptions } from "./readers.ts";
import { readUrlLedger } from "./url-ledger.ts";

/**
 * What a caller may do with each batch of articles as it arrives, before the next: replace
 * articles in the array (a build writes their texts to disk and keeps copies without them).
 */
export type OnArticles = (articles: NormalizedArticle[]) => void;

/**
 * Reads and normalizes the articles folder: on reader threads when it is large, else on this
 * one. `onArticles` is given every article read, a batch at a time (src/load.ts, READ_BATCH),
 * in no set order between threads; the result has them as onArticles left them, in the
 * folder's order.
 */
export async function loadArticlesInParallel(options: LoadOptions & ReaderOptions & { onArticles?: OnArticles }): Promise<LoadedArticles> {
  const { entries, problems, allPaths } = listArchive(options.articlesDir);
  const urlLedger = readUrlLedger(options.articlesDir, problems);
  const readers = takeReaders(options.articlesDir, entries.length, options);
  if (readers.length === 0) {
    const { normalizeEntries } = await import("./load.ts");
    const normalized = normalizeEntries(entries, (done) => options.onProgress?.(done, entries.length), options.checkOnly);
    options.onArticles?.(normalized.articles);
    return { articles: normalized.articles, entries, problems: [...problems, ...normalized.problems], allPaths, urlLedger };
  }
  const share = Math.ceil(entries.length / readers.length);
  const done = new Array<number>(readers.length).fill(0);
  const report = (part: number, n: number) => {
    done[part] = n;
    options.onProgress?.(done.reduce((a, b) => a + b, 0), entries.length);
  };
  const checkOnly = options.checkOnly ?? false;
  const shared = new SharedValues();
  const results = await Promise.all(readers.map((reader, r) => readInWorker(reader, entries.slice(r * share, (r + 1) * share), checkOnly, (n) => report(r, n), options.onArticles, shared)));
  return {
    articles: results.flatMap((r) => r.articles),
    entries,
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    allPaths,
    urlLedger,
  };
}

/** The archive of a folder (src/archive.ts), read as loadArticlesInParallel reads it. */
export async function buildArchiveInParallel(options: LoadOptions, features: ArchiveFeatures = {}): Promise<Archive> {
  const loaded = await loadArticlesInParallel(options);
  return indexArticles(loaded.articles, loaded.problems, loaded.allPaths, loaded.urlLedger, features);
}

/**
 * The values many articles hold alike (a place, an agency, a topic, a day, a time zone, the words
 * of a dateline), made one again. A thread's message arrives as a copy in which every article has
 * its own: at 10,000 articles, 9,525 place objects for 200 places, each with its own strings. Read
 * on one thread, the articles share them as the registries gave them; after this, read on several,
 * they share them as well. The values are never changed once read, so sharing them changes
 * nothing else.
 */
export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly objects = new Map<string, object>();

  /** The first string met that is equal to `value`, or the first object whose JSON is. */
  one<T extends string | object>(value: T): T {
    const known = typeof value === "string" ? this.strings : this.objects;
    const key = typeof value === "string" ? value : JSON.stringify(value);
    const first = known.get(key);
    if (first !== undefined) return first as T;
    known.set(key, value as string & object);
    return value;
  }

  /** `articles`, each with the values it shares with articles met before made the same objects. */
  share(articles: NormalizedArticle[]): void {
    for (const article of articles) {
      article.format = this.one(article.format);
      if (article.language !== null) article.language = this.one(article.language);
      const { date } = article;
      date.day = this.one(date.day);
      if (date.zone !== null) date.zone = this.one(date.zone);
      if (article.source) article.source = this.one(article.source);
      article.citedSources = article.citedSources.map((agency) => this.one(agency));
      article.topics = article.topics.map((topic) => this.one(topic));
      const { dateline } = article;
      if (dateline) {
        dateline.place = this.one(dateline.place);
        dateline.placeAsWritten = this.one(dateline.placeAsWritten);
        dateline.placeName = this.one(dateline.placeName);
        if (dateline.region !== null) dateline.region = this.one(dateline.region);
        if (dateline.dateText !== null) dateline.dateText = this.one(dateline.dateText);
        if (dateline.agencyText !== null) dateline.agencyText = this.one(dateline.agencyText);
      }
    }
  }
}

function readInWorker(reader: Reader, entries: ArchiveEntry[], checkOnly: boolean, onProgress: (done: number) => void, onArticles: OnArticles | undefined, shared: SharedValues): Promise<ReadResult> {
  const { worker } = reader;
  const articles: NormalizedArticle[] = [];
  return new Promise((resolve, reject) => {
    worker.ref();
    worker.on("message", (message: ReadMessage) => {
      shared.share(message.articles);
      onArticles?.(message.articles);
      for (const article of message.articles) articles.push(article);
      onProgress(message.done);
      if ("last" in message) {
        resolve({ articles, problems: message.problems });
        // Its share handed over, the thread ends, and its memory (the registries) with it.
        worker.removeAllListeners("exit");
        void worker.terminate();
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`a worker reading articles stopped (exit code ${code})`));
    });
    worker.postMessage({ entries, checkOnly });
  });
}
