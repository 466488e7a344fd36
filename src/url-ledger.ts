/**
 * The URL ledger (`.dateline-urls.json` in the articles folder): which article file owns which
 * address, as earlier builds assigned them. The build keeps it up to date where it exists
 * (`--lock-urls` starts one); src/archive.ts reads it to settle collisions, so a file that once
 * won an address keeps it when a newcomer asks for the same one. It also records the story each
 * article was in (its slug), so that a story keeps its address whatever joins it later
 * (src/stories.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "./types.ts";

/** The URL ledger's file name, inside the articles folder. */
export const URL_LEDGER_FILE = ".dateline-urls.json";

export interface UrlLedger {
  /** Each article file's address: `/YYYY/MM/DD/slug/`. */
  urls: ReadonlyMap<string, string>;
  /** Each article file's story, by slug, for the articles that were in one. */
  stories: ReadonlyMap<string, string>;
}

export const EMPTY_LEDGER: UrlLedger = { urls: new Map(), stories: new Map() };

/**
 * Reads the URL ledger: `{"urls": {"<source file>": "/YYYY/MM/DD/slug/"}, "stories":
 * {"<source file>": "<story slug>"}}`; none is an empty one.
 */
export function readUrlLedger(articlesDir: string, problems: Problem[]): UrlLedger {
  const file = path.join(articlesDir, URL_LEDGER_FILE);
  if (!existsSync(file)) return EMPTY_LEDGER;
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { urls?: Record<string, unknown>; stories?: Record<string, unknown> };
    const strings = (record: Record<string, unknown> | undefined) =>
      new Map(Object.entries(record && typeof record === "object" ? record : {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    return { urls: strings(data.urls), stories: strings(data.stories) };
  } catch (error) {
    problems.push({ file: URL_LEDGER_FILE, field: "file", message: `is not valid JSON (${(error as Error).message}); URLs were assigned without it`, severity: "warning" });
    return EMPTY_LEDGER;
  }
}

/**
 * The ledger after a build: every built article's URL, and the slug of its story if it is in
 * one (`story`, the story's site-relative URL), by file, in a stable order.
 */
export function renderUrlLedger(articles: readonly { sourceFile: string; url: string; story?: string | null }[]): string {
  const byFile = [...articles].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
  const urls = Object.fromEntries(byFile.map((a) => [a.sourceFile, a.url] as const));
  const stories = Object.fromEntries(
    byFile.flatMap((a) => {
      const slug = a.story?.match(/^\/stories\/([^/]+)\/$/)?.[1];
      return slug ? [[a.sourceFile, slug] as const] : [];
    }),
  );
  return `${JSON.stringify({ about: "Dateline's URL ledger: which article file owns which address, and which story it was in. Commit it; the build keeps it up to date.", urls, stories }, null, 1)}\n`;
}
