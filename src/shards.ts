/**
 * Shards: a site's work split N ways, so that N Eleventy instances (processes on one machine,
 * or jobs on many) each render a share, and a merge joins their parts into the site one build
 * would have written, byte for byte.
 *
 * The page plan is always made over the whole archive (a story spans neighbouring days, a list
 * holds articles of every period); only the rendering is split:
 * - article pages (and their saved copies) in N stretches of time, counted from the oldest;
 * - search bundles likewise, in N runs of consecutive bundles;
 * - every other page (home, lists, indexes, feeds, history pages) and whole-site file (JSON,
 *   sitemaps, search page, 404) by a hash of its address, so each shard has about 1/N of them;
 * - what has no plan of its own (the owner's pages of pages/, the assets) to shard 1.
 *
 * Each part carries a manifest (PART_MANIFEST): its shard, the shard count, a fingerprint of
 * the archive, settings and code it was built from, and its files. `checkParts` says whether
 * a set of parts makes one whole site.
 */

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** The manifest each part holds at its root; never copied into the merged site. */
export const PART_MANIFEST = ".dateline-part.json";

export interface PartManifest {
  dateline: "shard part";
  shard: number;
  of: number;
  /** Changes with the archive, the settings, the owner's pages, the code and the shard count. */
  fingerprint: string;
  /** The part's files, relative, sorted, the manifest left out. */
  files: string[];
  /** The archive's problem count, the same in every part. */
  report: { files: number; articles: number; errors: number; warnings: number };
}

/** "K/N" → the shard, or why not. */
export function parseShard(text: string): ShardSpec | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `--shard=${text}: expected --shard=K/N, shard K of N (such as --shard=2/4)`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > 1000) return `--shard=${text}: N must be between 1 and 1000`;
  if (index < 1 || index > count) return `--shard=${text}: K must be between 1 and ${count}`;
  return { index, count };
}

/** The shard named on the command line (`--shard=K/N` or `--shard K/N`), null for none; throws if malformed. */
export function shardFromArgv(argv: readonly string[]): ShardSpec | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = arg === "--shard" ? argv[i + 1] ?? "" : arg.startsWith("--shard=") ? arg.slice("--shard=".length) : null;
    if (value === null) continue;
    const parsed = parseShard(value);
    if (typeof parsed === "string") throw new Error(parsed);
    return parsed;
  }
  return null;
}

/** The shard (1-based) of the `position`-th of `total` items cut into `count` runs as even as can be. */
export function runShard(position: number, total: number, count: number): number {
  return Math.floor((position * count) / Math.max(1, total)) + 1;
}

/** Whether shard `shard` renders the article at `index` of `total` given newest first: runs of time from the oldest. */
export function ownsArticle(shard: ShardSpec, index: number, total: number): boolean {
  return runShard(total - 1 - index, total, shard.count) === shard.index;
}

/** Whether shard `shard` indexes bundle `index` (b0 the oldest) of `total`. */
export function ownsBundle(shard: ShardSpec, index: number, total: number): boolean {
  return runShard(index, total, shard.count) === shard.index;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Why the parts do not make one site, in one line; null when they do: one part for each
 * shard 1…N of the same N, of the same build (fingerprint), no file in two parts.
 */
export function checkParts(parts: readonly { dir: string; manifest: PartManifest }[]): string | null {
  if (parts.length === 0) return "no parts to merge: give the folders --shard=K/N builds wrote";
  const [first] = parts as [{ dir: string; manifest: PartManifest }];
  for (const part of parts) {
    if (part.manifest.of !== first.manifest.of) {
      return `${part.dir} is shard ${part.manifest.shard}/${part.manifest.of} but ${first.dir} is shard ${first.manifest.shard}/${first.manifest.of}: parts of builds cut into different numbers of shards`;
    }
  }
  for (const part of parts) {
    if (part.manifest.fingerprint !== first.manifest.fingerprint) {
      return `${part.dir} and ${first.dir} were built from different archives, settings, owner's pages or code: build every shard from the same commit and settings`;
    }
  }
  const byShard = new Map<number, string>();
  for (const part of parts) {
    const seen = byShard.get(part.manifest.shard);
    if (seen !== undefined) return `${seen} and ${part.dir} are both shard ${part.manifest.shard}/${first.manifest.of}`;
    byShard.set(part.manifest.shard, part.dir);
  }
  const count = first.manifest.of;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !byShard.has(k));
  if (missing.length) return `${plural(missing.length, "shard")} of ${count} missing: ${missing.map((k) => `${k}/${count}`).join(", ")} (${plural(parts.length, "part")} given)`;
  const owner = new Map<string, string>();
  for (const part of parts) {
    for (const file of part.manifest.files) {
      const other = owner.get(file);
      if (other !== undefined) return `${file} is in two parts, ${other} and ${part.dir}`;
      owner.set(file, part.dir);
    }
  }
  return null;
}

/** Whether a parsed JSON value has a part manifest's shape. */
export function isPartManifest(value: unknown): value is PartManifest {
  const m = value as Partial<PartManifest> | null;
  return (
    typeof m === "object" &&
    m !== null &&
    m.dateline === "shard part" &&
    Number.isInteger(m.shard) &&
    Number.isInteger(m.of) &&
    typeof m.fingerprint === "string" &&
    Array.isArray(m.files) &&
    m.files.every((f) => typeof f === "string") &&
    typeof m.report === "object" &&
    m.report !== null
  );
}

/** Whether shard `shard` renders the page (or whole-site file) at `url`: by a hash of the address, stable whatever else the plan holds. */
export function ownsUrl(shard: ShardSpec, url: string): boolean {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % shard.count) + 1 === shard.index;
}

/** What one shard renders: every page when `shard` is null. */
export interface PlanShare<Page extends { url: string }, Bundle> {
  /** Its article pages: a run of time. */
  articles: Page[];
  bundles: Bundle[];
  /** Its pages of any other kind, and whole-site files, of those given. */
  pages<T extends { url: string }>(all: readonly T[]): T[];
  /** Whether this shard writes what has no plan: the owner's pages, the assets, .nojekyll. */
  ownsRest: boolean;
}

export function sharePlan<Page extends { url: string }, Bundle>(articles: readonly Page[], bundles: readonly Bundle[], shard: ShardSpec | null): PlanShare<Page, Bundle> {
  if (!shard) return { articles: [...articles], bundles: [...bundles], pages: (all) => [...all], ownsRest: true };
  return {
    articles: articles.filter((_, i) => ownsArticle(shard, i, articles.length)),
    bundles: bundles.filter((_, i) => ownsBundle(shard, i, bundles.length)),
    pages: (all) => all.filter((page) => ownsUrl(shard, page.url)),
    ownsRest: shard.index === 1,
  };
}
