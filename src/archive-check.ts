/**
 * What `npm run check` points out beyond the build's own problems: topics spelled several
 * ways or nearly alike, likely duplicate articles, unknown agencies and places.
 */
import type { NormalizedArticle } from "./normalize-article.ts";
import { foldKey } from "./text.ts";

export interface NameCount {
  name: string;
  count: number;
}

export interface ArchiveIssues {
  /** One topic (one slug) written in more than one way. */
  topicSpellings: { slug: string; spellings: NameCount[] }[];
  /** Two topics whose names differ only by a plural, spacing, or one letter. */
  similarTopics: { a: NameCount; b: NameCount }[];
  duplicates: { reason: string; files: string[] }[];
  unknownAgencies: NameCount[];
  unknownPlaces: NameCount[];
}

const byCountThenName = (a: NameCount, b: NameCount) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function counted(map: Map<string, number>): NameCount[] {
  return [...map].map(([name, count]) => ({ name, count })).sort(byCountThenName);
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A topic name without what does not tell topics apart: case, accents, spacing, a plural ending. */
function skeleton(name: string): string {
  return foldKey(name).replace(/\s+/g, "").replace(/(?:es|s)$/, "");
}

/** Whether two strings are one insertion, deletion or substitution apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function findArchiveIssues(articles: readonly NormalizedArticle[]): ArchiveIssues {
  // Topics: the spellings of each slug, and the slugs that look alike.
  const spellings = new Map<string, Map<string, number>>();
  const topicCounts = new Map<string, { name: string; count: number }>();
  for (const article of articles) {
    for (const topic of article.topics) {
      const names = spellings.get(topic.slug) ?? new Map<string, number>();
      increment(names, topic.name);
      spellings.set(topic.slug, names);
      const entry = topicCounts.get(topic.slug);
      if (entry) entry.count++;
      else topicCounts.set(topic.slug, { name: topic.name, count: 1 });
    }
  }
  const topicSpellings = [...spellings]
    .filter(([, names]) => names.size > 1)
    .map(([slug, names]) => ({ slug, spellings: counted(names) }))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));

  const topics = [...topicCounts.values()].sort(byCountThenName);
  const similarTopics: ArchiveIssues["similarTopics"] = [];
  const bySkeleton = new Map<string, NameCount>();
  for (const topic of topics) {
    const key = skeleton(topic.name);
    const earlier = bySkeleton.get(key);
    if (earlier) similarTopics.push({ a: earlier, b: topic });
    else bySkeleton.set(key, topic);
  }
  // One letter apart, for names long enough that this is not a different word ("Iran", "Iraq").
  const long = [...bySkeleton].filter(([key]) => key.length >= 7).sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  for (let i = 0; i < long.length; i++) {
    const [keyA, a] = long[i] ?? ["", { name: "", count: 0 }];
    for (let j = i + 1; j < long.length; j++) {
      const [keyB, b] = long[j] ?? ["", { name: "", count: 0 }];
      if (keyB.length - keyA.length > 1) break;
      if (oneEditApart(keyA, keyB) && !/\d/.test(keyA + keyB)) similarTopics.push({ a, b });
    }
  }

  // Duplicates: the same headline on the same day, or the same text.
  const byHeadline = new Map<string, string[]>();
  const byText = new Map<string, string[]>();
  for (const article of articles) {
    const headline = `${article.date.day} ${foldKey(article.title)}`;
    byHeadline.set(headline, [...(byHeadline.get(headline) ?? []), article.sourceFile]);
    if (article.textDigest) byText.set(article.textDigest, [...(byText.get(article.textDigest) ?? []), article.sourceFile]);
  }
  const duplicates: ArchiveIssues["duplicates"] = [];
  const reported = new Set<string>();
  for (const files of byText.values()) {
    if (files.length < 2) continue;
    duplicates.push({ reason: "same text", files });
    reported.add(files.join("\n"));
  }
  for (const files of byHeadline.values()) {
    if (files.length > 1 && !reported.has(files.join("\n"))) duplicates.push({ reason: "same headline, same day", files });
  }
  duplicates.sort((a, b) => ((a.files[0] ?? "") < (b.files[0] ?? "") ? -1 : 1));

  const agencies = new Map<string, number>();
  const places = new Map<string, number>();
  for (const article of articles) {
    if (article.source && !article.source.known) increment(agencies, article.source.name);
    if (article.dateline && !article.dateline.place.known) increment(places, article.dateline.placeName);
  }
  return { topicSpellings, similarTopics, duplicates, unknownAgencies: counted(agencies), unknownPlaces: counted(places) };
}
