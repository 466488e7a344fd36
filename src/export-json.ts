/**
 * /api/articles.json: one record per article, newest first, for researchers and scripts.
 */
import { withPrefix } from "./site-options.ts";
import type { Agency, Article } from "./types.ts";

export interface ArticleRecord {
  url: string;
  title: string;
  date: string;
  day: string;
  source: { name: string; slug: string } | null;
  citedSources: { name: string; slug: string }[];
  dateline: { raw: string; place: string; country: string | null; timeZone: string | null; placeSlug: string; placeName: string } | null;
  topics: { name: string; slug: string }[];
  /** The story the article belongs to (src/stories.ts), or null. */
  story: { title: string; url: string } | null;
  sourceFile: string;
  /** SHA-256 of the file as saved (src/provenance.ts). */
  sha256: string | null;
  wordCount: number;
  originalUrl: string | null;
  archived: string | null;
  author: string | null;
  language: string | null;
}

const agencyRef = (agency: Agency) => ({ name: agency.name, slug: agency.slug });

/** What the export says of an article's story. */
export type StoryRef = { title: string; url: string };

export function articleRecord(pathPrefix: string, article: Article, story: StoryRef | null = null): ArticleRecord {
  return {
    url: withPrefix(pathPrefix, article.url),
    title: article.title,
    date: article.date.iso,
    day: article.date.day,
    source: article.source ? agencyRef(article.source) : null,
    citedSources: article.citedSources.map(agencyRef),
    dateline: article.dateline
      ? {
          raw: article.dateline.raw,
          place: article.dateline.placeName,
          country: article.dateline.place.country,
          timeZone: article.dateline.place.timeZone,
          placeSlug: article.dateline.place.slug,
          placeName: article.dateline.place.name,
        }
      : null,
    topics: article.topics.map((t) => ({ name: t.name, slug: t.slug })),
    story: story ? { title: story.title, url: withPrefix(pathPrefix, story.url) } : null,
    sourceFile: article.sourceFile,
    sha256: article.sha256 ?? null,
    wordCount: article.wordCount,
    originalUrl: article.originalUrl,
    archived: article.archived,
    author: article.author,
    language: article.language,
  };
}

/** An article's line of the export: its record as JSON, on one line. */
export function articleJsonLine(pathPrefix: string, article: Article, storyOf: ReadonlyMap<Article, StoryRef>): string {
  return JSON.stringify(articleRecord(pathPrefix, article, storyOf.get(article) ?? null));
}

/**
 * One record a line: as easy to read, grep or diff as an indented file, and a quarter of an
 * article's bytes in the export smaller (it is published with the site, whose size counts).
 */
export function renderArticlesJson(pathPrefix: string, articles: readonly Article[], storyOf: ReadonlyMap<Article, StoryRef> = new Map()): string {
  return [...articlesJsonChunks(pathPrefix, articles, storyOf)].join("");
}

/**
 * The same export in pieces of `perChunk` records, for writing to a file as they are made: at
 * 100,000 articles the whole export is about 150 MB of text, and made at once (with the records
 * it is joined from) it was the largest thing a build held.
 */
export function* articlesJsonChunks(pathPrefix: string, articles: readonly Article[], storyOf: ReadonlyMap<Article, StoryRef> = new Map(), perChunk = 1000): Generator<string> {
  if (!articles.length) {
    yield "[]\n";
    return;
  }
  for (let start = 0; start < articles.length; start += perChunk) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(start + perChunk, articles.length); i++) {
      lines.push(articleJsonLine(pathPrefix, articles[i] as Article, storyOf));
    }
    yield `${start === 0 ? "[\n" : ",\n"}${lines.join(",\n")}${start + perChunk >= articles.length ? "\n]\n" : ""}`;
  }
}
