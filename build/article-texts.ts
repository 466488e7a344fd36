/**
 * Articles' texts (`bodyHtml`, `plainText`) kept on disk, not in memory, while a build runs.
 *
 * The texts are most of what an archive weighs (about 1.6 kB of a Reuters story's 5.4 kB in
 * memory) and a page shows each once: its article page, its search record, a feed or two. A
 * card shows the article's lead (src/text.ts leadOf), which stays in memory. So a full build
 * writes the texts to a file as soon as the reader threads hand the articles over, keeps each
 * article without them, and gives each its text again through accessors that read the file
 * when asked (a read from the page cache: some microseconds).
 *
 * The file is the build cache's texts file when the build writes one (build/build-cache.ts:
 * the same format, so the cache's records point into it as written), else a file in the output
 * folder that is unlinked as soon as it is open: the system frees it when the build's process
 * ends, however it ends, and it is never part of a site.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { NormalizedArticle } from "../src/normalize-article.ts";
import type { Article } from "../src/types.ts";

/** Where an article's text is in a texts file: from, and how many bytes. */
export type BodyRef = [at: number, bytes: number];

/** An article's text, as a texts file holds it. */
export interface ArticleBody {
  bodyHtml: string;
  plainText: string;
}

/** One text as a texts file holds it: V8's serialization of `[bodyHtml, plainText]`. */
export function encodeBody(text: ArticleBody): Buffer {
  return serialize([text.bodyHtml, text.plainText]);
}

/** Reads articles' texts from a texts file, one at a time, as pages need them. */
export class BodiesFile {
  private fd: number | undefined;
  /** How many texts were read. */
  reads = 0;
  /** `fd`: the file already open (one unlinked, say), instead of opened by name when first read. */
  constructor(
    readonly file: string,
    fd?: number,
  ) {
    this.fd = fd;
  }

  read([at, bytes]: BodyRef): ArticleBody {
    this.fd ??= openSync(this.file, "r");
    this.reads++;
    const buffer = Buffer.allocUnsafe(bytes);
    if (readSync(this.fd, buffer, 0, bytes, at) !== bytes) throw new Error("the cache's article texts end early");
    const [bodyHtml, plainText] = deserialize(buffer) as [string, string];
    if (typeof bodyHtml !== "string" || typeof plainText !== "string") throw new Error("the cache's article texts are damaged");
    return { bodyHtml, plainText };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Where texts are read from: a texts file, or what reads one. */
export interface TextSource {
  read(ref: BodyRef): ArticleBody;
}

/** How an article whose text is on demand gets it: from where, and, when kept, the text once read. */
interface OnDemand {
  source: TextSource;
  ref: BodyRef;
  keep: boolean;
  text?: ArticleBody;
}
const textsOnDemand = new WeakMap<object, OnDemand>();

/**
 * The accessors of an article's text fields, shared by every article `registry` holds: each
 * reads the text of the entry found for the article itself, or for the article an object was
 * made from (Object.create); set, a field becomes the object's own.
 */
function textAccessors<E>(registry: WeakMap<object, E>, read: (entry: E, name: keyof ArticleBody) => string): PropertyDescriptorMap {
  const field = (name: keyof ArticleBody): PropertyDescriptor => ({
    enumerable: true,
    configurable: true,
    get(this: object) {
      let holder: object | null = this;
      while (holder && !registry.has(holder)) holder = Object.getPrototypeOf(holder) as object | null;
      return read(registry.get(holder as object) as E, name);
    },
    set(this: object, value: string) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
  });
  return { bodyHtml: field("bodyHtml"), plainText: field("plainText") };
}
const TEXT_FIELDS = textAccessors(textsOnDemand, (entry, name) => (entry.keep ? (entry.text ??= entry.source.read(entry.ref)) : entry.source.read(entry.ref))[name]);

/**
 * Gives an article without text fields its text when asked for it. The fields are added as
 * accessors, which keeps the objects' shape fast and shared (turning fields an object has into
 * accessors would make each of a hundred thousand objects a slow dictionary). `keep`: the text
 * once read stays (a build from the cache, which reads a few hundred); else it is read each time.
 */
export function withTextOnDemand(article: Article, source: TextSource, ref: BodyRef, keep = true): void {
  textsOnDemand.set(article, { source, ref, keep });
  Object.defineProperties(article, TEXT_FIELDS);
}

/** An article as read, but its text. */
export type TextlessArticle = Omit<NormalizedArticle, "bodyHtml" | "plainText">;

/** A typed array twice as long, with the same numbers first. */
function grown(numbers: Float64Array): Float64Array {
  const larger = new Float64Array(2 * numbers.length);
  larger.set(numbers);
  return larger;
}

/** Texts written per write to the file. */
const BATCH_BYTES = 4 * 1024 * 1024;

/** The texts of a build's articles, on disk: where each article's is, and the file to read them from. */
export class TextsOnDisk {
  /**
   * Each article file's number, in the order its text was written: its text is `bytes[n]` bytes
   * from `at[n]`. Numbers in two typed arrays, not a `[at, bytes]` pair and a record of where to
   * read it for every article (about 135 bytes an article, 135 MB at a million).
   */
  private readonly numbers = new Map<string, number>();
  private at: Float64Array = new Float64Array(1024);
  private bytes: Float64Array = new Float64Array(1024);
  /** Texts written: the next one's number (a file written again gets a new one). */
  private written = 0;
  /** The articles given their text here (attach), and their files' numbers. */
  private readonly attached = new WeakMap<object, number>();
  /** The accessors `attach` gives: this file's own, so an article needs no record of where its text is read from. */
  private readonly fields: PropertyDescriptorMap;
  private end: number;
  private batch: Buffer[] = [];
  private batchBytes = 0;
  private constructor(
    private readonly texts: BodiesFile,
    private readonly fd: number,
  ) {
    // Appending to a cache's texts file, the texts already there are kept.
    this.end = fstatSync(fd).size;
    this.fields = textAccessors(this.attached, (number, name) => this.read(this.refAt(number))[name]);
  }

  /**
   * Opens `file` for the texts (appended to: a cache's texts file may hold others, or made if
   * missing). `keepFile` false: the file is unlinked once open, so that nothing of it outlives
   * the process.
   */
  static open(file: string, keepFile: boolean): TextsOnDisk {
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(file, keepFile ? "a+" : "w+");
    if (!keepFile) unlinkSync(file);
    return new TextsOnDisk(new BodiesFile(file, fd), fd);
  }

  /** Writes the texts of `articles` to `file` at once (open, add, flush). */
  static write(articles: (NormalizedArticle | TextlessArticle)[], file: string, keepFile: boolean): TextsOnDisk {
    const onDisk = TextsOnDisk.open(file, keepFile);
    onDisk.add(articles);
    onDisk.flush();
    return onDisk;
  }

  /**
   * Writes the texts of `articles` (those that still have theirs), and replaces each such article
   * in the array by a copy without its text: a build hands each batch of articles here as the
   * reader threads send it, so no more than a batch's texts are ever held.
   */
  add(articles: (NormalizedArticle | TextlessArticle)[]): void {
    articles.forEach((article, i) => {
      if (!("bodyHtml" in article)) return;
      const bytes = encodeBody(article);
      const number = this.written++;
      if (number === this.at.length) {
        this.at = grown(this.at);
        this.bytes = grown(this.bytes);
      }
      this.numbers.set(article.sourceFile, number);
      this.at[number] = this.end;
      this.bytes[number] = bytes.length;
      this.end += bytes.length;
      this.batch.push(bytes);
      this.batchBytes += bytes.length;
      if (this.batchBytes >= BATCH_BYTES) this.flush();
      // A copy made by spreading keeps one shape for all; the article with its text goes now.
      const { bodyHtml: _bodyHtml, plainText: _plainText, ...textless } = article;
      articles[i] = textless;
    });
  }

  /** Writes what `add` has batched: before any text is read back. */
  flush(): void {
    if (this.batchBytes) writeSync(this.fd, Buffer.concat(this.batch, this.batchBytes));
    this.batch = [];
    this.batchBytes = 0;
  }

  /** Where an article file's text is, if it was written here. */
  refOf(sourceFile: string): BodyRef | undefined {
    const number = this.numbers.get(sourceFile);
    return number === undefined ? undefined : this.refAt(number);
  }

  private refAt(number: number): BodyRef {
    return [this.at[number] as number, this.bytes[number] as number];
  }

  /** Gives an article made from one written here its text again, read from the file each time it is asked for. */
  attach(article: Article): void {
    const number = this.numbers.get(article.sourceFile);
    if (number === undefined) return;
    this.attached.set(article, number);
    Object.defineProperties(article, this.fields);
  }

  read(ref: BodyRef): ArticleBody {
    this.flush();
    return this.texts.read(ref);
  }

  /** How many texts were read back. */
  get reads(): number {
    return this.texts.reads;
  }

  close(): void {
    this.texts.close();
  }
}
