/**
 * From an articles folder to normalized articles and the problems found on the way.
 */
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
  const context = getNormalizeContext();
  const articles: NormalizedArticle[] = [];
  files.forEach((file, index) => {
    const result = normalizeArticle(file, context);
    problems.push(...result.problems);
    if (result.article) articles.push(result.article);
    options.onProgress?.(index + 1, files.length);
  });
  return { articles, problems, allPaths };
}
