/**
 * Each article's story terms (src/text-similarity.ts, readArticleTerms), kept by the build cache
 * so that a build from it groups stories without reading every article's text again (at 30,000
 * articles, reading them took 3.5 s of a 32 s build from the cache).
 *
 * Kept compact, since a large archive has a hundred thousand of them: every word once, in one
 * list, and each article's terms as one Int32Array of word numbers, read back in one copy. The
 * terms are coded field by field without knowing their fields: a word, a list, set or map of
 * words (a map's values whole numbers), a yes or no. Terms of another shape are not kept (the
 * article's text is read for them, as without a cache). Order is kept (a set's, a map's): the
 * grouping numbers words in the order it meets them. The largest fields (the words read and
 * their counts, the lead's words: CODED_TERM_FIELDS) are given back as word numbers, which the
 * grouping reads as such: a hundred thousand articles make no map or set of words each.
 *
 * The code that reads the terms is part of the cache's fingerprint (build/build-cache.ts): terms
 * read by other rules void the cache, never mix with these.
 */
import { createHash } from "node:crypto";
import { CODED_TERM_FIELDS, type ArticleTerms, type KeptTerms } from "../src/text-similarity.ts";
import type { GroupingInput, KeptGrouping, StoryOptions, StoryTermCache } from "../src/stories.ts";

/** How a field is coded: w a word, l a list of words, s a set of words, m a map of words to whole numbers, b yes or no. */
type Kind = "w" | "l" | "s" | "m" | "b";

/** What the records keep of a store. */
export interface StoredTerms {
  fields: [string, Kind][];
  words: string[];
  /** By article file. */
  terms: Map<string, Int32Array>;
  /** The groupings found last, one a period, each while its key holds (src/stories.ts, KeptGrouping). */
  groupings?: KeptGrouping[] | undefined;
}

const isWhole = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff;

function kindOf(value: unknown): Kind | null {
  if (typeof value === "string") return "w";
  if (typeof value === "boolean") return "b";
  if (Array.isArray(value)) return value.every((v) => typeof v === "string") ? "l" : null;
  if (value instanceof Set) return [...value].every((v) => typeof v === "string") ? "s" : null;
  if (value instanceof Map) return [...value].every(([k, v]) => typeof k === "string" && isWhole(v)) ? "m" : null;
  return null;
}

export class StoryTermStore implements StoryTermCache {
  private fields: [string, Kind][] | null;
  private readonly words: string[];
  private readonly numberOf = new Map<string, number>();
  private readonly terms: Map<string, Int32Array>;
  private groupings: Map<string, KeptGrouping>;

  constructor(stored?: StoredTerms) {
    this.fields = stored?.fields ?? null;
    this.words = stored?.words ?? [];
    this.terms = stored?.terms ?? new Map();
    this.groupings = new Map((stored?.groupings ?? []).map((grouping) => [grouping.key, grouping]));
    this.words.forEach((word, n) => this.numberOf.set(word, n));
  }

  /** What the records keep. */
  stored(): StoredTerms {
    return { fields: this.fields ?? [], words: this.words, terms: this.terms, groupings: [...this.groupings.values()] };
  }

  /**
   * A hash of the options and of each article's file, address, day and coded terms, in order. A
   * word's number never changes in a store (words are only added, and a store's records keep
   * its grouping with its words), so equal codes are equal terms; the fields' order is the
   * store's own.
   */
  groupingKey(articles: readonly GroupingInput[], options: StoryOptions): string | null {
    if (!this.fields) return null;
    const hash = createHash("sha256").update(JSON.stringify([options, this.fields]));
    let names = "";
    for (const { sourceFile, url, day } of articles) {
      const coded = this.terms.get(sourceFile);
      if (!coded) return null;
      names += `${sourceFile}\0${url}\0${day}\0${coded.length}\n`;
      hash.update(new Uint8Array(coded.buffer, coded.byteOffset, coded.byteLength));
    }
    return hash.update(names).digest("hex");
  }

  keptGrouping(key: string): KeptGrouping | undefined {
    return this.groupings.get(key);
  }

  keepGroupings(groupings: readonly KeptGrouping[]): void {
    this.groupings = new Map(groupings.map((grouping) => [grouping.key, grouping]));
  }

  /** A file's terms, the largest fields (CODED_TERM_FIELDS) as word numbers into the store's words, not a map or set each. */
  get(sourceFile: string): KeptTerms | undefined {
    const coded = this.terms.get(sourceFile);
    return coded && this.fields ? (this.decode(coded, this.fields) as unknown as KeptTerms) : undefined;
  }

  set(sourceFile: string, terms: ArticleTerms): void {
    const coded = this.encode(terms);
    if (coded) this.terms.set(sourceFile, coded);
    else this.terms.delete(sourceFile);
  }

  /** Whether a file's terms are kept (get gives them). */
  has(sourceFile: string): boolean {
    return this.fields !== null && this.terms.has(sourceFile);
  }

  /** Forgets a file's terms (read again, or gone). */
  delete(sourceFile: string): void {
    this.terms.delete(sourceFile);
  }

  /** Keeps the terms of these files only. */
  keepOnly(files: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const file of [...this.terms.keys()]) if (!files.has(file)) this.terms.delete(file);
  }

  private word(word: string): number {
    let n = this.numberOf.get(word);
    if (n === undefined) {
      n = this.words.length;
      this.words.push(word);
      this.numberOf.set(word, n);
    }
    return n;
  }

  /** Numbers being coded, reused from article to article (grown as needed). */
  private coding = new Int32Array(256);
  private coded = 0;

  private push(n: number): void {
    if (this.coded === this.coding.length) {
      const larger = new Int32Array(2 * this.coding.length);
      larger.set(this.coding);
      this.coding = larger;
    }
    this.coding[this.coded++] = n;
  }

  /**
   * The terms as numbers, or null when a field is of no kind the store codes, or not the kind
   * and name the store's first terms gave it. Each value is checked as it is coded, in one pass:
   * a hundred thousand articles' sets and maps were copied to be checked, then again to be coded.
   */
  private encode(terms: ArticleTerms): Int32Array | null {
    const entries = Object.entries(terms);
    if (!this.fields) {
      const fields: [string, Kind][] = [];
      for (const [name, value] of entries) {
        const kind = kindOf(value);
        if (!kind) return null;
        fields.push([name, kind]);
      }
      this.fields = fields;
    }
    const fields = this.fields;
    if (entries.length !== fields.length) return null;
    this.coded = 0;
    for (let f = 0; f < fields.length; f++) {
      const [name, kind] = fields[f] as [string, Kind];
      const [entryName, value] = entries[f] as [string, unknown];
      if (entryName !== name) return null;
      if (kind === "w") {
        if (typeof value !== "string") return null;
        this.push(this.word(value));
      } else if (kind === "b") {
        if (typeof value !== "boolean") return null;
        this.push(value ? 1 : 0);
      } else if (kind === "m") {
        if (!(value instanceof Map)) return null;
        this.push(value.size);
        for (const [word, count] of value as Map<unknown, unknown>) {
          if (typeof word !== "string" || !isWhole(count)) return null;
          this.push(this.word(word));
          this.push(count as number);
        }
      } else {
        if (kind === "l" ? !Array.isArray(value) : !(value instanceof Set)) return null;
        const list = value as Iterable<unknown> & { length?: number; size?: number };
        this.push((kind === "l" ? list.length : list.size) as number);
        for (const word of list) {
          if (typeof word !== "string") return null;
          this.push(this.word(word));
        }
      }
    }
    return this.coding.slice(0, this.coded);
  }

  private decode(coded: Int32Array, fields: readonly [string, Kind][]): Record<string, unknown> {
    const words = this.words;
    const terms: Record<string, unknown> = {};
    let at = 0;
    for (const [name, kind] of fields) {
      if (kind === "w") terms[name] = words[coded[at++] as number];
      else if (kind === "b") terms[name] = coded[at++] === 1;
      else {
        const length = coded[at++] as number;
        if ((kind === "m" || kind === "s") && CODED_TERM_FIELDS.includes(name)) {
          // Left coded: a view of the numbers (a map's each followed by its value).
          const end = at + (kind === "m" ? 2 * length : length);
          terms[name] = { words, numberOf: this.numberOf, numbers: coded.subarray(at, end) };
          at = end;
        } else if (kind === "m") {
          const map = new Map<string, number>();
          for (let i = 0; i < length; i++, at += 2) map.set(words[coded[at] as number] as string, coded[at + 1] as number);
          terms[name] = map;
        } else {
          const list: string[] = new Array(length);
          for (let i = 0; i < length; i++) list[i] = words[coded[at++] as number] as string;
          terms[name] = kind === "l" ? list : new Set(list);
        }
      }
    }
    return terms;
  }
}
