/**
 * Shard parts on disk (src/shards.ts for what a shard renders): what a `--shard=K/N` build
 * leaves in its folder once Eleventy has written its pages, and the merge that joins N parts
 * into one site.
 *
 * A part is never a site: it has no site marker (SITE_MARKER), which only the merge writes, and
 * it holds its manifest (PART_MANIFEST), which the merge never copies.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Archive } from "../src/archive.ts";
import { savedFileUrl } from "../src/provenance.ts";
import { checkParts, isPartManifest, PART_MANIFEST, type PartManifest, type ShardSpec } from "../src/shards.ts";
import type { SiteContext } from "../layouts/page.ts";
import type { OwnerPages } from "./outputs.ts";
import { outputPath } from "./site-files.ts";

/** Every file under `dir`, relative with "/", sorted; symbolic links are files. */
export function listPartFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string, relative: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(folder, entry.name), rel);
      else out.push(rel);
    }
  };
  walk(dir, "");
  return out.sort();
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

/** Folders whose files make the code that renders a site: a part built by other code is another build (and the build cache is void). */
const CODE = ["src", "layouts", "site", "build", "data", "_data", "_includes", "theme", "settings.ts", "eleventy.config.ts", "package-lock.json"];

let codeHash: string | undefined;

export function hashCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash("sha256");
  const add = (file: string) => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.join(file, name));
      return;
    }
    hash.update(`${path.relative(PROJECT_ROOT, file)}\0`).update(readFileSync(file)).update("\0");
  };
  for (const entry of CODE) add(path.join(PROJECT_ROOT, entry));
  codeHash = hash.digest("hex");
  return codeHash;
}

/**
 * What every shard of one build has in common: the shard count, the settings as the pages show
 * them, every article's file and version, the owner's pages, the search bundles, the code.
 */
export function partFingerprint(count: number, site: SiteContext, archive: Archive, ownerPages: OwnerPages, bundleSignatures: readonly string[]): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ count, site, ownerPages, bundleSignatures, now: process.env.DATELINE_NOW ?? null }));
  for (const path of archive.allPaths) hash.update(`${path}\n`);
  for (const article of archive.articles) hash.update(`${article.sourceFile}|${article.version}|${article.url}\n`);
  hash.update(hashCode());
  return hash.digest("hex");
}

export interface PartContents {
  shard: ShardSpec;
  /** Whether the part keeps whatever else Eleventy wrote (the owner's pages, the assets): shard 1. */
  ownsRest: boolean;
  /** Site-relative URLs of the pages and files it renders. */
  urls: string[];
  /** The articles whose saved copies it holds. */
  savedCopies: readonly { url: string }[];
  /** Search bundle folders ("pagefind/b3/"). */
  bundlePaths: string[];
  fingerprint: string;
  report: PartManifest["report"];
}

/**
 * Ends a part: removes what Eleventy wrote that another shard owns (the owner's pages, in
 * every shard but the first), then writes the manifest of what is left.
 */
export async function finishPart(output: string, contents: PartContents): Promise<PartManifest> {
  let files = listPartFiles(output);
  if (!contents.ownsRest) {
    const owned = new Set([...contents.urls.map(outputPath), ...contents.savedCopies.map((a) => savedFileUrl(a.url).slice(1))]);
    const inBundle = (file: string) => contents.bundlePaths.some((folder) => file.startsWith(folder));
    const foreign = files.filter((file) => !owned.has(file) && !inBundle(file));
    for (const file of foreign) await rm(path.join(output, file), { force: true });
    await removeEmptyFolders(output);
    if (foreign.length) files = listPartFiles(output);
  }
  const manifest: PartManifest = {
    dateline: "shard part",
    shard: contents.shard.index,
    of: contents.shard.count,
    fingerprint: contents.fingerprint,
    files: files.filter((file) => file !== PART_MANIFEST),
    report: contents.report,
  };
  await writeFile(path.join(output, PART_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

async function removeEmptyFolders(folder: string): Promise<boolean> {
  let empty = true;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && (await removeEmptyFolders(path.join(folder, entry.name)))) await rm(path.join(folder, entry.name), { recursive: true });
    else empty = false;
  }
  return empty;
}

/** A part's manifest, or why the folder is not a part, in a few words. */
export function readPart(dir: string): { dir: string; manifest: PartManifest } | string {
  const file = path.join(dir, PART_MANIFEST);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `${dir} is not a folder`;
  if (!existsSync(file)) return `${dir} is not a part: it has no ${PART_MANIFEST} (write parts with npm run build -- --shard=K/N --output=DIR)`;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return `${dir}/${PART_MANIFEST} is not JSON: the part is damaged`;
  }
  if (!isPartManifest(manifest)) return `${dir}/${PART_MANIFEST} is not a part manifest: the part is damaged`;
  return { dir, manifest };
}

/**
 * Whether the given folders are the parts of one site, in one line if not: every folder a part,
 * the parts of one build, all N there once, no file in two parts, and each part's files those
 * its manifest lists (nothing lost on the way, as through an artifact that drops dotfiles).
 */
export function checkPartFolders(dirs: readonly string[]): { dir: string; manifest: PartManifest }[] | string {
  const parts: { dir: string; manifest: PartManifest }[] = [];
  for (const dir of dirs) {
    const part = readPart(dir);
    if (typeof part === "string") return part;
    parts.push(part);
  }
  const refusal = checkParts(parts);
  if (refusal) return refusal;
  for (const part of parts) {
    const found = listPartFiles(part.dir).filter((file) => file !== PART_MANIFEST);
    const listed = part.manifest.files;
    if (found.length !== listed.length || found.some((file, i) => file !== listed[i])) {
      const foundSet = new Set(found);
      const listedSet = new Set(listed);
      const missing = listed.filter((file) => !foundSet.has(file));
      const extra = found.filter((file) => !listedSet.has(file));
      const what = missing.length ? `lacks ${missing.length} of its files (${missing[0]}…)` : `holds ${extra.length} files its manifest does not list (${extra[0]}…)`;
      return `${part.dir} (shard ${part.manifest.shard}/${part.manifest.of}) ${what}: the part is damaged`;
    }
  }
  return parts.sort((a, b) => a.manifest.shard - b.manifest.shard);
}

/**
 * Puts the parts' files into `into` (a fresh folder): moved when the parts are the build's own
 * (one machine), copied otherwise. A folder absent from `into` is moved whole.
 */
export async function joinParts(parts: readonly { dir: string }[], into: string, mode: "move" | "copy"): Promise<void> {
  await mkdir(into, { recursive: true });
  for (const part of parts) await joinFolder(part.dir, into, mode, true);
}

async function joinFolder(from: string, to: string, mode: "move" | "copy", root: boolean): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true });
  const copies: Promise<void>[] = [];
  for (const entry of entries) {
    if (root && entry.name === PART_MANIFEST) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const exists = await stat(target).then(
      (s) => s,
      () => null,
    );
    if (entry.isDirectory()) {
      if (exists && !exists.isDirectory()) throw new Error(`${target} is both a file and a folder in the parts`);
      if (!exists && mode === "move") await rename(source, target);
      else {
        if (!exists) await mkdir(target);
        await joinFolder(source, target, mode, false);
      }
    } else {
      if (exists) throw new Error(`${target} is in two parts`);
      copies.push(mode === "move" ? rename(source, target) : copyFile(source, target));
      if (copies.length >= 64) await Promise.all(copies.splice(0));
    }
  }
  await Promise.all(copies);
}
