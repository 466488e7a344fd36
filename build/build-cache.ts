/**
 * The build cache: what `npm run build` keeps between runs so that, after a few articles were
 * added, changed or removed, the next build reads, renders and indexes only what changed and
 * writes the same bytes a full build would.
 *
 * The cache folder (`.dateline-cache/`; `--cache=DIR` or DATELINE_CACHE=DIR elsewhere, `--no-cache`
 * or DATELINE_CACHE=off for none) holds:
 *
 *   state.json       the index, written last, by a rename: on its first line the format, a
 *                    fingerprint of what makes every page (the code, data/, settings, theme, the
 *                    owner's pages, the settings as resolved), the output folder it describes and
 *                    the names of its records and texts files; on its second, every file of that
 *                    site with its size (the second is read only by a build from the cache)
 *   records-<id>.v8  each article file's SHA-256, size, times and inode, its normalized article
 *                    but its text, its problems and its story terms (build/story-term-store.ts);
 *                    each output's signature (build/outputs.ts); each search bundle's signature
 *   bodies-<id>.v8   the articles' texts (bodyHtml, plainText), apart: a build from the cache reads
 *                    only those of the pages it renders, and appends those it read again (the
 *                    bytes the records point at are never rewritten; the file is written afresh
 *                    once more than half of it is texts no record points at)
 *   lock             the pid of the build using the cache: a second build at once goes without
 *
 * The previous site itself is the output folder the index names: a build from the cache writes
 * what changed into its staging folder, then applies it to the site in one short step through a
 * journal (src/staging-commit.mjs), instead of copying or linking a whole site each time (on
 * this machine, linking a 97,000-file site took 10 s and removing one 10–18 s, more than the rest
 * of such a build). The index is removed before that step and written again after it, so a build
 * killed at any point leaves a cache that is void, never one that looks valid. A site that is not
 * what the index lists (a file missing, added or of another size), another fingerprint, another
 * output folder, or an unreadable cache means a full build, said in one line, never a failure.
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { open, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { processRuns } from "../src/staging.ts";
import type { SiteFile } from "../src/site-size.ts";
import type { SiteOptions } from "../src/site-options.ts";
import type { NormalizedArticle } from "../src/normalize-article.ts";
import type { CachedFile, SiteSnapshot } from "./incremental.ts";
import type { OwnerPages } from "./outputs.ts";
import { hashCode } from "./shard-part.ts";
import type { StoredTerms } from "./story-term-store.ts";
import type { KeptGrouping } from "../src/stories.ts";
import { encodeBody, type BodiesFile, type BodyRef } from "./article-texts.ts";

/** The cache folder when nothing says otherwise, in the folder the build runs from. */
export const DEFAULT_CACHE_DIR = ".dateline-cache";
/** Changes whenever what the cache holds changes shape: an older cache is then void. */
export const CACHE_FORMAT = 10;

/** Set by bin/build.ts for the process that reads the archive: where it writes the cache's records. */
export const RECORD_ENV = "DATELINE_CACHE_RECORD";

const INDEX_FILE = "state.json";
const LOCK_FILE = "lock";
/** Every name the cache folder may hold, temporary files included. */
const CACHE_NAMES = /^(?:lock|state\.json(?:\.tmp-\d+)?|(?:records|bodies)-[0-9a-f]+\.v8(?:\.tmp-\d+)?)$/;

/**
 * The index of a cache, what it describes and where its records are: the first line of
 * state.json, which a build reads alone to tell whether the cache may serve it. The list of the site's files follows on two more lines (SiteList), read only by a build
 * from the cache, once its site is written (build/cached-build.ts).
 */
export interface CacheHead {
  dateline: "build cache";
  format: number;
  fingerprint: string;
  /** The site the records describe, as an absolute path. */
  output: string;
  records: string;
  /** The articles' texts the records point at. */
  bodies: string;
  /** The site's own files (those at its top and under api/), with their sizes: checked against the output before the cache is used. */
  own: [string, number][];
  /** How many names the site's top folder holds. */
  top: number;
}

/**
 * Every file of the site a cache describes, in path order, in two pieces rather than 318,000
 * small lists (at 100,000 articles), as state.json keeps it: its paths one JSON string, its sizes
 * a list of numbers, which parse far faster than a list of pairs.
 */
export interface SiteList {
  /** The files' relative paths, joined by SITE_LIST_SEPARATOR. */
  paths: string;
  bytes: readonly number[];
}

/** Between two paths of a SiteList: no path holds it. */
const SITE_LIST_SEPARATOR = "\0";

/** A site's files as a SiteList. */
export function toSiteList(site: readonly SiteFile[]): SiteList {
  return { paths: site.map((f) => f.file).join(SITE_LIST_SEPARATOR), bytes: site.map((f) => f.bytes) };
}

/** A SiteList's files, one object each. */
export function siteFilesOf(list: SiteList): SiteFile[] {
  if (list.bytes.length === 0) return [];
  const paths = list.paths.split(SITE_LIST_SEPARATOR);
  return paths.map((file, i) => ({ file, bytes: list.bytes[i] as number }));
}

/** The site's own files (its top and api/, as usableFor checks them) and how many names its top holds. */
function ownFilesOf(site: readonly SiteFile[]): Pick<CacheHead, "own" | "top"> {
  const own = site.filter(({ file }) => !file.includes("/") || file.startsWith("api/")).map(({ file, bytes }): [string, number] => [file, bytes]);
  return { own, top: new Set(site.map(({ file }) => file.slice(0, file.indexOf("/") >>> 0))).size };
}

/** A file's first line (a few hundred bytes), without reading the rest. */
function readFirstLine(file: string): string {
  const fd = openSync(file, "r");
  try {
    let line = Buffer.alloc(0);
    const chunk = Buffer.alloc(4096);
    for (let position = 0; ; ) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      const end = chunk.subarray(0, read).indexOf(10);
      line = Buffer.concat([line, chunk.subarray(0, end >= 0 ? end : read)]);
      if (end >= 0 || read === 0) return line.toString("utf8");
      position += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Where the cache is, or why there is none: `--no-cache` or DATELINE_CACHE=off, else `--cache=DIR`,
 * else DATELINE_CACHE=DIR, else `.dateline-cache` in `cwd`.
 */
export function chooseCacheFolder(argv: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): { dir: string } | { off: string } {
  if (argv.includes("--no-cache")) return { off: "--no-cache" };
  const given = argv.find((arg) => arg.startsWith("--cache="))?.slice("--cache=".length) ?? env.DATELINE_CACHE?.trim();
  if (given && /^(off|0|false|no)$/i.test(given)) return { off: `DATELINE_CACHE=${given}` };
  return { dir: path.resolve(cwd, given || DEFAULT_CACHE_DIR) };
}

/** Why the cache folder cannot be used with these folders, if it cannot. */
export function refuseCacheFolder(cacheDir: string, options: Pick<SiteOptions, "outputDir" | "articlesDir">): string | null {
  const inside = (child: string, folder: string) => child === folder || child.startsWith(folder + path.sep);
  const output = path.resolve(options.outputDir);
  if (inside(cacheDir, output) || inside(output, cacheDir)) return `the cache folder ${cacheDir} and the output ${output} overlap`;
  if (inside(cacheDir, path.resolve(options.articlesDir))) return `the cache folder ${cacheDir} is inside the articles folder`;
  return null;
}

/** Every file's bytes under these paths, by path relative to `root`: a change to any is a change to the hash. */
function hashFiles(root: string, paths: readonly string[], hash: ReturnType<typeof createHash>): void {
  const add = (file: string) => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.join(file, name));
      return;
    }
    hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update("\0");
  };
  for (const entry of paths) add(entry);
}

/**
 * What every page of a build depends on besides the articles: the code (src/, layouts/, site/,
 * build/, bin/, data/, _data/, _includes/, theme/, settings.ts, the lockfile), the owner's pages,
 * the settings as resolved (address, prefix, title, language…), the articles folder's place and
 * what the build is told through the environment. Any change: a full build.
 */
export function cacheFingerprint(options: SiteOptions, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  // The output folder is the index's to check (CacheHead.output); --strict changes no page.
  const { outputDir: _outputDir, strict: _strict, ...settings } = options;
  hash.update(JSON.stringify({
    format: CACHE_FORMAT,
    settings,
    bundleSize: env.DATELINE_SEARCH_BUNDLE_SIZE ?? null,
    now: env.DATELINE_NOW ?? null,
    withoutHistory: env.DATELINE_BENCH_WITHOUT_HISTORY ?? null,
  }));
  hash.update(hashCode());
  const root = path.resolve(import.meta.dirname, "..");
  hashFiles(root, [path.join(root, "bin")], hash);
  hashFiles(options.pagesDir, [options.pagesDir], hash);
  return hash.digest("hex");
}

/**
 * Voids the cache if it describes `outputDir`: for what changes that site outside a build (the
 * dev server, which updates it in place as articles change).
 */
export function forgetCacheOf(outputDir: string, argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): void {
  const chosen = chooseCacheFolder(argv, env);
  if ("off" in chosen) return;
  const file = path.join(chosen.dir, INDEX_FILE);
  try {
    // The first line alone: the whole file is no one JSON text (before 4 December 2026 this
    // parsed it whole, which always failed, and so never voided a cache).
    if ((JSON.parse(readFirstLine(file)) as CacheHead).output === path.resolve(outputDir)) rmSync(file, { force: true });
  } catch {
    // No cache, or none that could be taken for one.
  }
}

/** A cache taken for this build (its lock held until release). */
export class BuildCache {
  private constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {}

  /**
   * Takes the cache folder for this build: made if need be, locked, and cleared of whatever a
   * killed build left in it (temporary files, records no index names). Null, with why, when
   * another build running now holds it.
   */
  static take(dir: string, fingerprint: string): BuildCache | string {
    // The cache removes what it does not know in its folder: a folder holding anything else is no cache.
    const foreign = existsSync(dir) ? readdirSync(dir).find((name) => !CACHE_NAMES.test(name)) : undefined;
    if (foreign !== undefined) return `${dir} holds ${foreign}, which is not the cache's: give the cache a folder of its own (--cache=DIR)`;
    const lock = path.join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        mkdirSync(dir, { recursive: true });
        const fd = openSync(lock, "wx");
        writeFileSync(fd, `${process.pid}\n`);
        closeSync(fd);
        const cache = new BuildCache(dir, fingerprint);
        cache.clearLeftovers();
        return cache;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") return `the cache folder ${dir} cannot be used (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
        const holder = Number(readFileSync(lock, "utf8").trim());
        if (holder > 0 && holder !== process.pid && processRuns(holder)) return `the cache ${dir} is in use by the build with pid ${holder}`;
        rmSync(lock, { force: true });
      }
    }
    return `the cache folder ${dir} could not be locked`;
  }

  /**
   * The cache as another thread of this process took it (its lock is that thread's to release):
   * for a build from the cache on a thread of its own (build/cached-build-thread.ts).
   */
  static adopt(dir: string, fingerprint: string): BuildCache {
    return new BuildCache(dir, fingerprint);
  }

  release(): void {
    rmSync(path.join(this.dir, LOCK_FILE), { force: true });
  }

  /** Removes every file but the lock, the index and the records it names. */
  private clearLeftovers(): void {
    const head = this.readHead();
    const keep = new Set([LOCK_FILE, INDEX_FILE, ...(typeof head === "string" ? [] : [head.records, head.bodies])]);
    for (const name of readdirSync(this.dir)) if (!keep.has(name)) rmSync(path.join(this.dir, name), { recursive: true, force: true });
  }

  /** The index's head, as this build found it: its first line, read alone. */
  private foundHead: CacheHead | string | undefined;

  private readHead(): CacheHead | string {
    return (this.foundHead ??= this.parseHead());
  }

  private parseHead(): CacheHead | string {
    const file = path.join(this.dir, INDEX_FILE);
    if (!existsSync(file)) return "no cache yet";
    let head: CacheHead;
    try {
      head = JSON.parse(readFirstLine(file)) as CacheHead;
    } catch {
      return "the cache's index is not JSON";
    }
    if (head?.dateline !== "build cache" || head.format !== CACHE_FORMAT || typeof head.records !== "string" || !Array.isArray(head.own) || typeof head.top !== "number") return "the cache is of another format";
    if (!/^records-[0-9a-f]+\.v8$/.test(head.records) || !existsSync(path.join(this.dir, head.records))) return "the cache's records are missing";
    if (typeof head.bodies !== "string" || !/^bodies-[0-9a-f]+\.v8$/.test(head.bodies) || !existsSync(path.join(this.dir, head.bodies))) return "the cache's article texts are missing";
    return head;
  }

  /**
   * Why the cache cannot describe `outputDir`, as far as the index's head tells (built from the
   * same code and settings, for that folder, which exists), or null: usableFor checks the rest.
   */
  refusalFor(outputDir: string): string | null {
    const head = this.readHead();
    if (typeof head === "string") return head;
    if (head.fingerprint !== this.fingerprint) return "the code, the settings or the owner's pages changed since the cache was written";
    if (head.output !== path.resolve(outputDir)) return `the cache describes another output folder (${head.output})`;
    if (!existsSync(outputDir)) return `the site the cache describes (${outputDir}) is gone`;
    return null;
  }

  /**
   * The index, if the cache describes `outputDir` as it is now, built from the same code and
   * settings; else why not, in a few words (the build is then a full one). Reads the index's
   * first line alone: the list of the site's files is readSite's.
   */
  usableFor(outputDir: string): CacheHead | string {
    const refusal = this.refusalFor(outputDir);
    if (refusal) return refusal;
    const head = this.readHead() as CacheHead;
    // The site's own files (those at its top and under api/) as the index lists them, sizes and
    // all: walking every page's folder would cost as much as the rest of such a build (4.6 s
    // of 32 at 30,000 articles on this machine). A site built since, or by another build, has
    // another export; one edited by hand is not looked for.
    const top = readdirSync(outputDir).length;
    const changed = top !== head.top || head.own.find(([file, bytes]) => !existsSync(path.join(outputDir, file)) || statSync(path.join(outputDir, file)).size !== bytes);
    if (changed) return `${outputDir} is not the site the cache describes (${typeof changed === "object" ? `${changed[0]} was changed or removed` : "files were added or removed"} since)`;
    return head;
  }

  /** Every file of the site the cache describes (the index's second and third lines), or why they cannot be read. */
  readSite(): SiteList | string {
    let paths: unknown;
    let bytes: unknown;
    try {
      const [, pathsLine, bytesLine] = readFileSync(path.join(this.dir, INDEX_FILE), "utf8").split("\n", 3);
      paths = JSON.parse(pathsLine as string);
      bytes = JSON.parse(bytesLine as string);
    } catch {
      return "the cache's index is not JSON";
    }
    if (typeof paths !== "string" || !Array.isArray(bytes) || bytes.some((n) => typeof n !== "number")) return "the cache's index is damaged";
    let count = paths === "" ? 0 : 1;
    for (let at = paths.indexOf(SITE_LIST_SEPARATOR); at >= 0; at = paths.indexOf(SITE_LIST_SEPARATOR, at + 1)) count++;
    if (count !== bytes.length) return "the cache's index is damaged";
    return { paths, bytes: bytes as number[] };
  }

  /** Voids the cache: done before the site it describes changes. */
  async forget(): Promise<void> {
    this.foundHead = "no cache yet";
    await rm(path.join(this.dir, INDEX_FILE), { force: true });
  }

  /** A fresh records file's name (not yet written). */
  newRecordsName(): string {
    return `records-${randomBytes(8).toString("hex")}.v8`;
  }

  recordsPath(name: string): string {
    return path.join(this.dir, name);
  }

  /** Makes the cache describe `outputDir`, whose files are `site`, with the records (and the texts they point at) already written. */
  async remember(outputDir: string, site: readonly SiteFile[], records: string, bodies = bodiesNameOf(records)): Promise<void> {
    const head: CacheHead = { dateline: "build cache", format: CACHE_FORMAT, fingerprint: this.fingerprint, output: path.resolve(outputDir), records, bodies, ...ownFilesOf(site) };
    const temporary = path.join(this.dir, `${INDEX_FILE}.tmp-${process.pid}`);
    const list = toSiteList(site);
    await writeFile(temporary, `${JSON.stringify(head)}\n${JSON.stringify(list.paths)}\n${JSON.stringify(list.bytes)}`);
    await rename(temporary, path.join(this.dir, INDEX_FILE));
    this.foundHead = head;
    for (const name of readdirSync(this.dir)) if (/^(records|bodies)-/.test(name) && name !== records && name !== bodies) await rm(path.join(this.dir, name), { force: true });
  }
}

/** The texts file written afresh with records of this name (a full build's, or one written anew). */
export function bodiesNameOf(records: string): string {
  return path.basename(records).replace(/^records-/, "bodies-");
}

/**
 * The texts file records are written with (a name in the cache folder): appended to, or made
 * if missing; with `rewriteFrom`, every text is copied there from that file (written afresh).
 */
export interface TextsTarget {
  file: string;
  rewriteFrom?: BodiesFile;
}

/** Files per chunk of the records: each chunk is serialized alone, so no buffer grows with the archive. */
const CHUNK = 2000;

/**
 * Where a chunk of files is in a records file, and the entries read from it: a build from the
 * cache writes such a chunk's bytes again as they are, unless one of its files changed since
 * (an entry no longer the one read).
 */
export interface StoredChunk {
  /** The chunk's length prefix and bytes in the records file. */
  start: number;
  end: number;
  files: readonly (readonly [string, CachedFile])[];
}

/** The chunks of files of the records a snapshot was read from. */
export interface StoredRecords {
  file: string;
  chunks: readonly StoredChunk[];
}

/**
 * Parts of an article that many articles share (its source, its dateline's place, its topics,
 * cited sources and problems when alike) made one object within each chunk, where V8's
 * serialization writes a second reference to an object as a reference: a chunk of 2,000
 * generated articles then reads back 209 places rather than 1,442 (sources were one object per
 * agency already). At 100,000 articles that took reading the files' records from 2.85–2.95 s to
 * 2.2–2.45 s (fewer objects for the young generation to copy). Nothing changes these parts once
 * an article is read, so sharing them is safe.
 */
class ChunkInterner {
  private readonly byKey = new Map<string, object>();
  private readonly seen = new Map<object, object>();

  of<T extends object | null | undefined>(value: T): T {
    if (!value) return value;
    const known = this.seen.get(value);
    if (known) return known as T;
    const key = JSON.stringify(value);
    let shared = this.byKey.get(key);
    if (!shared) this.byKey.set(key, (shared = value));
    this.seen.set(value, shared);
    return shared as T;
  }

  /** The entry with its shared parts made one: a new object where any part was replaced. */
  entry(cached: CachedFile): CachedFile {
    const problems = this.of(cached.problems);
    const article = cached.article && this.article(cached.article);
    return problems === cached.problems && article === cached.article ? cached : { ...cached, problems, article };
  }

  private article(article: NormalizedArticle): NormalizedArticle {
    const source = this.of(article.source);
    const topics = this.of(article.topics);
    const citedSources = this.of(article.citedSources);
    const place = article.dateline?.place ? this.of(article.dateline.place) : null;
    if (source === article.source && topics === article.topics && citedSources === article.citedSources && place === (article.dateline?.place ?? null)) return article;
    const dateline = article.dateline && place ? { ...article.dateline, place } : article.dateline;
    return { ...article, source, topics, citedSources, dateline };
  }
}

interface RecordsHead {
  dateline: "build cache records";
  format: number;
  now: number;
  ownerPages: OwnerPages;
  files: number;
  statsAt: number;
  termFields: StoredTerms["fields"];
  terms: number;
}

/** Story terms of many files as one array: each file's terms a view of it once read. */
interface PackedTerms {
  files: string[];
  /** Where each file's terms start in `data`; one more, the end. */
  starts: Uint32Array;
  data: Int32Array;
}

function packTerms(entries: readonly [string, Int32Array][]): PackedTerms {
  const starts = new Uint32Array(entries.length + 1);
  entries.forEach(([, terms], i) => (starts[i + 1] = (starts[i] as number) + terms.length));
  const data = new Int32Array(starts[entries.length] as number);
  entries.forEach(([, terms], i) => data.set(terms, starts[i]));
  return { files: entries.map(([file]) => file), starts, data };
}

/**
 * Writes a snapshot (build/incremental.ts) as records: length-prefixed V8 serializations, the
 * files in chunks. Written under a temporary name and renamed: a killed build leaves no records
 * under a name an index could give.
 */
export async function writeRecords(file: string, snapshot: SiteSnapshot, ownerPages: OwnerPages, texts: TextsTarget = { file: bodiesNameOf(file) }): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  const handle = await open(temporary, "w");
  const bodies = openSync(path.resolve(path.dirname(file), texts.file), "a");
  let end = fstatSync(bodies).size;
  // The chunks read that no file of has changed since are copied as they are: their texts are
  // where they were, unless the texts file is written afresh.
  const stored = texts.rewriteFrom ? undefined : snapshot.stored;
  const old = stored ? await open(stored.file, "r") : undefined;
  try {
    const putBytes = async (body: Uint8Array) => {
      const head = Buffer.alloc(8);
      head.writeBigUInt64LE(BigInt(body.byteLength));
      await handle.write(head);
      await handle.write(body);
    };
    const put = (value: unknown) => putBytes(serialize(value));
    // A typed array as its bytes: V8's serialization would have it copied again when read.
    const putArray = (array: Uint32Array | Int32Array) => putBytes(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    const { storyTerms } = snapshot;
    const head: RecordsHead = {
      dateline: "build cache records",
      format: CACHE_FORMAT,
      now: snapshot.now,
      ownerPages,
      files: snapshot.files.size,
      statsAt: snapshot.statsAt,
      termFields: storyTerms.fields,
      terms: storyTerms.terms.size,
    };
    await put(head);
    await put(snapshot.signatures);
    await put(snapshot.bundleSignatures);
    await put(snapshot.exportLines ?? new Map());
    const copied = new Set<string>();
    if (old && stored) {
      for (const chunk of stored.chunks) {
        if (!chunk.files.every(([name, cached]) => snapshot.files.get(name) === cached)) continue;
        const bytes = Buffer.allocUnsafe(chunk.end - chunk.start);
        if ((await old.read(bytes, 0, bytes.length, chunk.start)).bytesRead !== bytes.length) throw new Error(`the records ${stored.file} end early`);
        await handle.write(bytes);
        for (const [name] of chunk.files) copied.add(name);
      }
    }
    const files = copied.size ? [...snapshot.files].filter(([name]) => !copied.has(name)) : [...snapshot.files];
    for (let i = 0; i < files.length; i += CHUNK) {
      // Each article's text goes to the texts file, unless it is there already.
      const written: Buffer[] = [];
      const shared = new ChunkInterner();
      const chunk = files.slice(i, i + CHUNK).map(([name, given]): [string, CachedFile] => {
        const cached = shared.entry(given);
        const { article } = cached;
        if (!article || (cached.body && !texts.rewriteFrom)) return [name, cached];
        const text = cached.body ? (texts.rewriteFrom as BodiesFile).read(cached.body) : article;
        const bytes = encodeBody(text);
        written.push(bytes);
        const body: BodyRef = [end, bytes.length];
        end += bytes.length;
        // Without the texts' fields at all: a build from the cache adds them as accessors
        // (build/incremental.ts), which keeps the object's shape shared; turning fields it has
        // into accessors would make each of a hundred thousand objects a slow dictionary.
        const { bodyHtml: _bodyHtml, plainText: _plainText, ...textless } = article;
        return [name, { ...cached, article: textless as NormalizedArticle, body }];
      });
      if (written.length) writeSync(bodies, Buffer.concat(written));
      await put(chunk);
    }
    await put(storyTerms.words);
    const terms = [...storyTerms.terms];
    for (let i = 0; i < terms.length; i += CHUNK) {
      const { files, starts, data } = packTerms(terms.slice(i, i + CHUNK));
      await put(files);
      await putArray(starts);
      await putArray(data);
    }
    await put(storyTerms.groupings ?? []);
  } finally {
    await handle.close();
    await old?.close();
    closeSync(bodies);
  }
  await rename(temporary, file);
}

/** When the files' stats in these records were taken (RecordsHead.statsAt), read from their head alone; null if it cannot be read. */
export function recordsStatsAt(file: string): number | null {
  try {
    const fd = openSync(file, "r");
    try {
      const length = Buffer.alloc(8);
      if (readSync(fd, length, 0, 8, 0) !== 8) return null;
      // A head is a few hundred bytes: a larger length is no head.
      const size = Number(length.readBigUInt64LE());
      if (size > 64 * 1024) return null;
      const body = Buffer.alloc(size);
      if (readSync(fd, body, 0, size, 8) !== size) return null;
      const head = deserialize(body) as RecordsHead;
      return head?.dateline === "build cache records" && typeof head.statsAt === "number" ? head.statsAt : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** Reads records written by writeRecords; throws if they are damaged. */
export async function readRecords(file: string): Promise<{ snapshot: SiteSnapshot; ownerPages: OwnerPages }> {
  const handle = await open(file, "r");
  try {
    let position = 0;
    const takeBytes = async (): Promise<Buffer> => {
      const head = Buffer.alloc(8);
      if ((await handle.read(head, 0, 8, position)).bytesRead !== 8) throw new Error("the records end early");
      const length = Number(head.readBigUInt64LE());
      // A fresh ArrayBuffer, never a slice of Node's pool: a typed array is a view of it from its start.
      const body = Buffer.from(new ArrayBuffer(length));
      if ((await handle.read(body, 0, length, position + 8)).bytesRead !== length) throw new Error("the records end early");
      position += 8 + length;
      return body;
    };
    const take = async (): Promise<unknown> => deserialize(await takeBytes());
    const takeArray = async <T>(Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): Promise<T> => {
      const bytes = await takeBytes();
      if (bytes.length % Type.BYTES_PER_ELEMENT) throw new Error("the records are damaged");
      return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length / Type.BYTES_PER_ELEMENT);
    };
    const head = (await take()) as RecordsHead;
    if (head?.dateline !== "build cache records" || head.format !== CACHE_FORMAT) throw new Error("the records are of another format");
    const signatures = (await take()) as Map<string, string>;
    const bundleSignatures = (await take()) as Map<string, string>;
    const exportLines = (await take()) as Map<string, string>;
    const files = new Map<string, CachedFile>();
    const chunks: StoredChunk[] = [];
    while (files.size < head.files) {
      const start = position;
      const chunk = (await take()) as [string, CachedFile][];
      if (!Array.isArray(chunk) || !chunk.length) throw new Error("the records are damaged");
      for (const [name, cached] of chunk) files.set(name, cached);
      chunks.push({ start, end: position, files: chunk });
    }
    const words = (await take()) as string[];
    const terms = new Map<string, Int32Array>();
    for (let count = 0; count < head.terms; ) {
      const names = (await take()) as string[];
      const starts = await takeArray(Uint32Array);
      const data = await takeArray(Int32Array);
      if (!Array.isArray(names) || !names.length || starts.length !== names.length + 1 || (starts[names.length] as number) > data.length) throw new Error("the records are damaged");
      names.forEach((name, i) => terms.set(name, data.subarray(starts[i], starts[i + 1])));
      count += names.length;
    }
    const groupings = (await take()) as KeptGrouping[];
    if (!(signatures instanceof Map) || !(bundleSignatures instanceof Map) || !(exportLines instanceof Map) || !Array.isArray(words)) throw new Error("the records are damaged");
    // A grouping of another shape is dropped (its period is grouped again), never trusted.
    const kept = (Array.isArray(groupings) ? groupings : []).filter(
      (grouping) => grouping && typeof grouping.key === "string" && Array.isArray(grouping.pairs) && Array.isArray(grouping.conflicts) && Array.isArray(grouping.groups),
    );
    const storyTerms: StoredTerms = { fields: head.termFields, words, terms, groupings: kept };
    return { snapshot: { files, signatures, bundleSignatures, now: head.now, statsAt: head.statsAt, storyTerms, exportLines, stored: { file, chunks } }, ownerPages: head.ownerPages };
  } finally {
    await handle.close();
  }
}
