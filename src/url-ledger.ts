/**
 * The URL ledger (`.dateline-urls.json` in the articles folder): which article file owns which
 * address, as earlier builds assigned them. The build keeps it up to date where it exists
 * (`--lock-urls` starts one); src/archive.ts reads it to settle collisions, so a file that once
 * won an address keeps it when a newcomer asks for the same one.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "./types.ts";

/** The URL ledger's file name, inside the articles folder. */
export const URL_LEDGER_FILE = ".dateline-urls.json";

/** Reads the URL ledger: `{"urls": {"<source file>": "/YYYY/MM/DD/slug/"}}`; none is an empty one. */
export function readUrlLedger(articlesDir: string, problems: Problem[]): Map<string, string> {
  const file = path.join(articlesDir, URL_LEDGER_FILE);
  if (!existsSync(file)) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { urls?: Record<string, unknown> };
    return new Map(Object.entries(data.urls ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch (error) {
    problems.push({ file: URL_LEDGER_FILE, field: "file", message: `is not valid JSON (${(error as Error).message}); URLs were assigned without it`, severity: "warning" });
    return new Map();
  }
}

/** The ledger after a build: every built article's URL, by file, in a stable order. */
export function renderUrlLedger(articles: readonly { sourceFile: string; url: string }[]): string {
  const urls = Object.fromEntries([...articles].map((a) => [a.sourceFile, a.url] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  return `${JSON.stringify({ about: "Dateline's URL ledger: which article file owns which address. Commit it; the build keeps it up to date.", urls }, null, 1)}\n`;
}
