/**
 * What the search index holds for each article: its text, the metadata a result shows
 * (title, date, source) and the filters and sort key the search page offers. Built from the
 * normalized articles, so Pagefind indexes exactly what the article page shows, without
 * reading the page back.
 */
import { DateTime } from "luxon";
import { readableDay } from "./dates.ts";
import type { Article } from "./types.ts";

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export function searchRecord(article: Article): SearchRecord {
  return {
    url: article.url,
    content: `${article.title}\n\n${article.plainText}`,
    language: "en",
    meta: {
      title: article.title,
      date: readableDay(article.date),
      ...(article.source ? { source: article.source.name } : {}),
    },
    filters: {
      topic: article.topics.map((t) => t.name),
      source: article.source ? [article.source.name] : [],
      place: article.dateline ? [article.dateline.place.name] : [],
      year: [article.date.day.slice(0, 4)],
    },
    // One instant format for every article, so the sort compares like with like.
    sort: { date: DateTime.fromMillis(article.date.sortKey, { zone: "UTC" }).toISO() ?? article.date.iso },
  };
}
