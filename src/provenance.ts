/**
 * Provenance: is this page the file that was saved?
 *
 * Every article records the SHA-256 of its file's bytes as read from the articles folder
 * (src/read-archive.ts), before any decoding: the JSON export carries it as `sha256`, the
 * article page shows it (`data-sha256` on the element that shows it) and links to a copy of
 * the file as saved, byte for byte, served as plain text (`saved.txt` beside the page).
 *
 * `verifySite` checks a built site against an articles folder: each record of
 * /api/articles.json against its file (missing, or changed since the build), its page (missing,
 * or showing another hash), its saved copy (not the same bytes), and every article file
 * against the records (a file the site does not hold, unless the build refused it, as the site's
 * /api/problems.json says). Problems are values, each naming the file.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { listArchive } from "./read-archive.ts";

/** The saved file's copy beside an article's page. */
export const SAVED_FILE_NAME = "saved.txt";

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The address of an article's saved file, from its page's (`/1987/03/04/slug/saved.txt`). */
export function savedFileUrl(articleUrl: string): string {
  return `${articleUrl.endsWith("/") ? articleUrl : `${articleUrl}/`}${SAVED_FILE_NAME}`;
}

/** The hash an article page shows, or null when it shows none. */
export function readShownSha256(html: string): string | null {
  return /\bdata-sha256="([0-9a-f]{64})"/.exec(html)?.[1] ?? null;
}

export type VerifyReason =
  | "missing-file"
  | "changed-file"
  | "no-hash"
  | "missing-page"
  | "page-differs"
  | "saved-copy-differs"
  | "not-in-site";

export interface VerifyProblem {
  /** The article file, relative to the articles folder. */
  file: string;
  /** The page's address as the site gives it, when there is one. */
  url: string | null;
  reason: VerifyReason;
  message: string;
}

export interface VerifyResult {
  /** Records of the site's JSON export that were checked. */
  checked: number;
  /** Files the build refused (errors in the site's /api/problems.json): no page is expected of them. */
  refused: number;
  problems: VerifyProblem[];
}

export interface VerifyOptions {
  siteDir: string;
  articlesDir: string;
  /** The prefix the site's addresses carry ("/my-archive/"), which its files do not. */
  pathPrefix: string;
}

interface ExportRecord {
  url?: unknown;
  sourceFile?: unknown;
  sha256?: unknown;
}

/** Checks every page of a built site against the articles folder. Throws only when the site has no export. */
export function verifySite(options: VerifyOptions): VerifyResult {
  const exportFile = path.join(options.siteDir, "api", "articles.json");
  if (!existsSync(exportFile)) throw new Error(`${options.siteDir} holds no api/articles.json: is it a site built by Dateline?`);
  const records = JSON.parse(readFileSync(exportFile, "utf8")) as ExportRecord[];
  const problems: VerifyProblem[] = [];
  const inSite = new Set<string>();

  for (const record of records) {
    const file = typeof record.sourceFile === "string" ? record.sourceFile : "";
    const url = typeof record.url === "string" ? record.url : null;
    inSite.add(file);
    const report = (reason: VerifyReason, message: string) => problems.push({ file, url, reason, message });
    const recorded = typeof record.sha256 === "string" ? record.sha256 : null;

    const filePath = path.resolve(options.articlesDir, file);
    let actual: string | null = null;
    if (!file || !isInside(options.articlesDir, filePath) || !existsSync(filePath)) report("missing-file", `the articles folder has no ${file || "(unnamed file)"}, which ${url ?? "a page"} was built from`);
    else actual = sha256Hex(readFileSync(filePath));

    if (!recorded) report("no-hash", "the site records no sha256 for it (built before provenance, or not by Dateline)");
    else if (actual && actual !== recorded) report("changed-file", `the file changed since the site was built (sha256 ${short(recorded)} in the site, ${short(actual)} in the folder)`);

    if (!url) continue;
    const pageDir = path.resolve(options.siteDir, stripPrefix(url, options.pathPrefix));
    const pageFile = path.join(pageDir, "index.html");
    if (!isInside(options.siteDir, pageDir) || !existsSync(pageFile)) {
      report("missing-page", `the site has no page at ${url}`);
      continue;
    }
    const shown = readShownSha256(readFileSync(pageFile, "utf8"));
    if (recorded && shown !== recorded) report("page-differs", `the page at ${url} shows ${shown ? `sha256 ${short(shown)}` : "no sha256"}, the export ${short(recorded)}`);
    const copy = path.join(pageDir, SAVED_FILE_NAME);
    if (recorded && existsSync(copy) && sha256Hex(readFileSync(copy)) !== recorded) {
      report("saved-copy-differs", `the saved copy at ${savedFileUrl(url)} is not the file the page was built from`);
    }
  }

  const refused = refusedFiles(options.siteDir);
  for (const entry of listArchive(options.articlesDir).entries) {
    if (!inSite.has(entry.path) && !refused.has(entry.path)) {
      problems.push({ file: entry.path, url: null, reason: "not-in-site", message: "is in the articles folder but not in the site (added since the build, or refused by it)" });
    }
  }
  problems.sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason));
  return { checked: records.length, refused: refused.size, problems };
}

/** The files the build that wrote the site refused, as its problem report says. */
function refusedFiles(siteDir: string): Set<string> {
  const report = path.join(siteDir, "api", "problems.json");
  if (!existsSync(report)) return new Set();
  try {
    const { problems } = JSON.parse(readFileSync(report, "utf8")) as { problems?: { file?: unknown; severity?: unknown }[] };
    return new Set((problems ?? []).filter((p) => p.severity === "error" && typeof p.file === "string").map((p) => p.file as string));
  } catch {
    return new Set();
  }
}

/** The export and its paths are data: nothing outside the two folders is read. */
function isInside(base: string, target: string): boolean {
  const relative = path.relative(path.resolve(base), target);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}

function stripPrefix(url: string, prefix: string): string {
  const relative = url.startsWith(prefix) ? url.slice(prefix.length) : url.replace(/^\//, "");
  return decodeURIComponent(relative);
}

function short(hash: string): string {
  return hash.slice(0, 12);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
