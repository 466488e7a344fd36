/**
 * From an articles folder to normalized articles and the problems found on the way.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { agencies } from "../data/agencies.ts";
import { topics } from "../data/topics.ts";
import { createAgencyRegistry } from "./agencies.ts";
import { getGazetteer } from "./gazetteer.ts";
import { normalizeArticle, type NormalizeContext, type NormalizedArticle } from "./normalize-article.ts";
import { readArchiveFiles } from "./read-archive.ts";
import { createTopicVocabulary } from "./topics.ts";
import type { Problem } from "./types.ts";

export interface LoadOptions {
  articlesDir: string;
  /** Called after each file, for progress reports. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadedArticles {
  articles: NormalizedArticle[];
  problems: Problem[];
  allPaths: string[];
  urlLedger: Map<string, string>;
}

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

let sharedContext: NormalizeContext | undefined;

/** The registries built from data/: built once per process. */
export function getNormalizeContext(): NormalizeContext {
  sharedContext ??= {
    agencies: createAgencyRegistry(agencies),
    gazetteer: getGazetteer(),
    topics: createTopicVocabulary(topics),
  };
  return sharedContext;
}

export function loadArticles(options: LoadOptions): LoadedArticles {
  const { files, problems, allPaths } = readArchiveFiles(options.articlesDir);
  const urlLedger = readUrlLedger(options.articlesDir, problems);
  const context = getNormalizeContext();
  const articles: NormalizedArticle[] = [];
  files.forEach((file, index) => {
    const result = normalizeArticle(file, context);
    problems.push(...result.problems);
    if (result.article) articles.push(result.article);
    options.onProgress?.(index + 1, files.length);
  });
  return { articles, problems, allPaths, urlLedger };
}
