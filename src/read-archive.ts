/**
 * Reading the articles folder: every file under it, at any depth, in a fixed order.
 *
 * Article files are `.md`, `.markdown` and `.txt`. Folder defaults come from Eleventy-style
 * directory data files (`tasnim/tasnim.11tydata.json`, applied to everything below that
 * folder) and template data files (`story.11tydata.json`, applied to `story.md`); only JSON is
 * read, never code. Every other file is reported, so nothing in the folder goes unnoticed.
 * Names starting with a dot (`.git`, `.DS_Store`) are skipped.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import type { ArticleFormat, Problem, SourceFile } from "./types.ts";

/** Articles larger than this are refused: no news story is this long, a dump or a binary is. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Articles larger than this are built, with a warning. */
export const LARGE_ARTICLE_BYTES = 512 * 1024;

export interface ArchiveFiles {
  files: SourceFile[];
  problems: Problem[];
  /** Every file found, article or not, for accounting. */
  allPaths: string[];
}

const ARTICLE_EXTENSIONS: Record<string, ArticleFormat> = { ".md": "md", ".markdown": "md", ".txt": "txt" };
const DATA_SUFFIX = ".11tydata.json";

/** Merges data the way Eleventy's cascade does: the inner value wins, lists are combined. */
export function mergeData(outer: Record<string, unknown>, inner: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...outer };
  for (const [key, value] of Object.entries(inner)) {
    const existing = merged[key];
    merged[key] = Array.isArray(existing) && Array.isArray(value) ? [...new Set([...existing, ...value])] : value;
  }
  return merged;
}

/** Decodes an article's bytes: UTF-8 (a BOM is dropped), else Windows-1252 with a warning. */
export function decodeArticleBytes(bytes: Uint8Array): { text: string; problem: { message: string; severity: "error" | "warning" } | null } {
  if (bytes.length === 0) return { text: "", problem: { message: "the file is empty", severity: "error" } };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { text: "", problem: { message: "the file is binary (it contains NUL bytes), not text", severity: "error" } };
  let text: string;
  let problem: { message: string; severity: "error" | "warning" } | null = null;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // iconv-lite: Node 20's own windows-1252 decoder maps 0x80–0x9F to control characters.
    text = iconv.decode(Buffer.from(bytes), "windows-1252");
    problem = { message: "the file is not UTF-8; read as Windows-1252 (Latin-1). Save it as UTF-8 to be sure", severity: "warning" };
  }
  text = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { text, problem: { message: "the file holds only white space", severity: "error" } };
  return { text, problem };
}

/** An article file found in the articles folder, not yet read. */
export interface ArchiveEntry {
  path: string;
  absolutePath: string;
  format: ArticleFormat;
  size: number;
  /** Last modified, for telling a changed file from an unchanged one. */
  mtimeMs: number;
  /** Last changed (content or metadata) and the inode: a file rewritten with its old time still changes these. */
  ctimeMs: number;
  ino: number;
  folderData: Record<string, unknown>;
}

export interface ArchiveListing {
  entries: ArchiveEntry[];
  problems: Problem[];
  allPaths: string[];
}

/** A listing of the articles folder, and when it was begun: no later than any stat it took. */
export interface TakenListing {
  listing: ArchiveListing;
  listedAt: number;
}

/** Lists the articles folder now. */
export function takeListing(articlesDir: string): TakenListing {
  const listedAt = Date.now();
  return { listedAt, listing: listArchive(articlesDir) };
}

/** Walks the articles folder: the article files to read, and every other file, reported. */
export function listArchive(articlesDir: string): ArchiveListing {
  const root = path.resolve(articlesDir);
  const found: ArchiveEntry[] = [];
  const problems: Problem[] = [];
  const allPaths: string[] = [];
  const report = (file: string, field: string, message: string, severity: "error" | "warning" = "error") =>
    problems.push({ file, field, message, severity });

  let rootReal: string;
  try {
    rootReal = realpathSync(root);
    if (!statSync(rootReal).isDirectory()) throw new Error("not a folder");
  } catch {
    throw new Error(`The articles folder ${root} does not exist or is not a folder.`);
  }

  const readJson = (absolute: string, relative: string): Record<string, unknown> => {
    try {
      const value: unknown = JSON.parse(readFileSync(absolute, "utf8").replace(/^\ufeff/, ""));
      if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
      report(relative, "data file", "must hold a JSON object ({\"source\": \"…\"}); ignored");
    } catch (error) {
      report(relative, "data file", `is not valid JSON (${(error as Error).message}); its defaults are not applied`);
    }
    return {};
  };

  const walk = (directory: string, relativeDir: string, inherited: Record<string, unknown>) => {
    const entries = readdirSync(directory, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith("."))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map((entry) => entry.name));

    // This folder's directory data file: named after the folder, or index.11tydata.json.
    let folderData = inherited;
    const folderName = relativeDir === "" ? path.basename(root) : path.posix.basename(relativeDir);
    for (const candidate of [`${folderName}${DATA_SUFFIX}`, `index${DATA_SUFFIX}`]) {
      if (names.has(candidate)) {
        folderData = mergeData(folderData, readJson(path.join(directory, candidate), join(relativeDir, candidate)));
      }
    }

    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      const relative = join(relativeDir, entry.name);
      let stat = lstatSync(absolute);
      if (stat.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          allPaths.push(relative);
          report(relative, "file", "is a symbolic link to nothing; not read");
          continue;
        }
        if (target !== rootReal && !target.startsWith(rootReal + path.sep)) {
          allPaths.push(relative);
          report(relative, "file", "is a symbolic link to a file outside the articles folder; not read");
          continue;
        }
        stat = statSync(target);
        if (stat.isDirectory()) {
          allPaths.push(relative);
          report(relative, "file", "is a symbolic link to a folder; not followed (move the folder here instead)", "warning");
          continue;
        }
      }
      if (stat.isDirectory()) {
        walk(absolute, relative, folderData);
        continue;
      }
      allPaths.push(relative);
      if (!stat.isFile()) {
        report(relative, "file", "is not a regular file; not read");
        continue;
      }
      if (entry.name.endsWith(DATA_SUFFIX)) {
        // Directory data files were read above; template data files are read with their article.
        continue;
      }
      if (/\.11tydata\.(?:c|m)?js$/.test(entry.name)) {
        report(relative, "data file", "is code, and code in the articles folder is never run; use a .11tydata.json file", "warning");
        continue;
      }
      const format = ARTICLE_EXTENSIONS[path.extname(entry.name).toLowerCase()];
      if (!format) {
        report(relative, "file", "is not an article (only .md, .markdown and .txt files are); not read", "warning");
        continue;
      }
      const templateDataName = `${entry.name.replace(/\.[^.]+$/, "")}${DATA_SUFFIX}`;
      const fileData = names.has(templateDataName)
        ? mergeData(folderData, readJson(path.join(directory, templateDataName), join(relativeDir, templateDataName)))
        : folderData;
      found.push({ path: relative, absolutePath: absolute, format, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, folderData: fileData });
    }
  };

  walk(rootReal, "", {});
  return { entries: found, problems, allPaths };
}

/** Reads one listed article file: its text, or why it cannot be read. `given`: its bytes, already read. */
export function readArchiveEntry(entry: ArchiveEntry, given?: Buffer): { file: SourceFile | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (message: string, severity: "error" | "warning" = "error") => problems.push({ file: entry.path, field: "file", message, severity });
  if (entry.size > MAX_ARTICLE_BYTES) {
    report(`is ${formatBytes(entry.size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} an article may be; not read`);
    return { file: null, problems };
  }
  let bytes: Buffer;
  try {
    bytes = given ?? readFileSync(entry.absolutePath);
  } catch (error) {
    report(`could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return { file: null, problems };
  }
  const { text, problem } = decodeArticleBytes(bytes);
  if (problem) {
    report(problem.message, problem.severity);
    if (problem.severity === "error") return { file: null, problems };
  }
  if (entry.size > LARGE_ARTICLE_BYTES) report(`is ${formatBytes(entry.size)}, unusually large for an article; built anyway`, "warning");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { file: { path: entry.path, format: entry.format, text, folderData: entry.folderData, sha256 }, problems };
}

/** Lists and reads every article file: `listArchive` and `readArchiveEntry` together. */
export function readArchiveFiles(articlesDir: string): ArchiveFiles {
  const { entries, problems, allPaths } = listArchive(articlesDir);
  const files: SourceFile[] = [];
  for (const entry of entries) {
    const read = readArchiveEntry(entry);
    problems.push(...read.problems);
    if (read.file) files.push(read.file);
  }
  return { files, problems, allPaths };
}

function join(directory: string, name: string): string {
  return directory === "" ? name : `${directory}/${name}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}
