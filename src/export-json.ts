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
  sourceFile: string;
  wordCount: number;
  originalUrl: string | null;
  archived: string | null;
  author: string | null;
  language: string | null;
}

const agencyRef = (agency: Agency) => ({ name: agency.name, slug: agency.slug });

export function articleRecord(pathPrefix: string, article: Article): ArticleRecord {
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
    sourceFile: article.sourceFile,
    wordCount: article.wordCount,
    originalUrl: article.originalUrl,
    archived: article.archived,
    author: article.author,
    language: article.language,
  };
}

export function renderArticlesJson(pathPrefix: string, articles: readonly Article[]): string {
  return `${JSON.stringify(articles.map((a) => articleRecord(pathPrefix, a)), null, 1)}\n`;
}
