/**
 * The shapes an article takes on its way through the archive: `SourceFile` as read from disk,
 * `RawArticle` as written in it, `Article` once normalized, `Archive` once indexed.
 */

export type Severity = "error" | "warning";

/** Something wrong with one file: which file, which field, and why. */
export interface Problem {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  /** The field or part of the file concerned ("date", "front matter", "file"). */
  field: string;
  message: string;
  severity: Severity;
}

export type ArticleFormat = "md" | "txt";

/** One article file as read from the articles folder. */
export interface SourceFile {
  /** Path relative to the articles folder, with forward slashes. */
  path: string;
  format: ArticleFormat;
  text: string;
  /** Defaults from the folder's directory data files, outermost folder first, merged. */
  folderData: Record<string, unknown>;
  /** SHA-256 of the file's bytes as read, hex (src/provenance.ts). */
  sha256?: string;
}

/** An article as its file writes it, before any normalization. */
export interface RawArticle {
  sourceFile: string;
  format: ArticleFormat;
  /** Front matter merged over the folder defaults. */
  fields: Record<string, unknown>;
  /** Where the date came from, for messages. */
  title: string | undefined;
  /** The body: Markdown for .md files, paragraphs of plain text for .txt files. */
  body: { kind: "markdown"; markdown: string } | { kind: "paragraphs"; paragraphs: string[] };
  /** The date written in the file name (`YYYY-MM-DD-…`), if any. */
  fileNameDate: string | undefined;
  /** The file name without the date prefix and extension. */
  fileNameSlug: string;
  /** The sign-off removed from the end of the text ("Reuter"), if any. */
  signOff: string | undefined;
}

export interface Agency {
  name: string;
  shortName: string;
  slug: string;
  homepage: string | null;
  /** ISO 3166-1 alpha-2 code of the country it is based in, when the registry says. */
  country?: string;
  /** False for an agency not in the registry, kept as written. */
  known: boolean;
}

export interface Place {
  name: string;
  slug: string;
  /** Country name, when the gazetteer knows the place. */
  country: string | null;
  countryCode: string | null;
  timeZone: string | null;
  /** False for a place not in the gazetteer, kept as written. */
  known: boolean;
  /** Longitude and latitude (GeoNames; a country's centre for a country), for maps. */
  coordinates?: [number, number];
}

export interface Dateline {
  /** The dateline exactly as written, including its closing dash. */
  raw: string;
  /** The place as written ("SAN FRANCISCO"). */
  placeAsWritten: string;
  /** The place as written, in normal case ("San Francisco", "Peking"); `place.name` is the gazetteer's ("Beijing"). */
  placeName: string;
  /** The region written after the place ("Calif."), if any. */
  region: string | null;
  /** The date written in the dateline ("Nov 26"), if any. */
  dateText: string | null;
  /** The agency written in the dateline ("Reuters"), if any. */
  agencyText: string | null;
  place: Place;
}

export interface PublishedDate {
  /** ISO 8601 as normalized: `2023-09-21`, `2023-09-21T14:05:00` or `2023-09-21T14:05:00+03:30`. */
  iso: string;
  /** The archive day, `YYYY-MM-DD`. */
  day: string;
  hasTime: boolean;
  hasOffset: boolean;
  /** Milliseconds since the epoch, for ordering; a date without offset counts as UTC. */
  sortKey: number;
  /** The zone the date is shown in: the dateline's, or the offset written, or null. */
  zone: string | null;
}

export interface Topic {
  name: string;
  slug: string;
}

/** An article once normalized: everything the pages, feeds, export and search show. */
export interface Article {
  sourceFile: string;
  /** A fingerprint of the file and its folder data: it changes when, and only when, they do. */
  version: string;
  /** SHA-256 of the article's file as saved, hex: its provenance (src/provenance.ts). */
  sha256?: string;
  format: ArticleFormat;
  /** Site-relative URL, `/YYYY/MM/DD/slug/`, without the path prefix. */
  url: string;
  slug: string;
  title: string;
  date: PublishedDate;
  source: Agency | null;
  citedSources: Agency[];
  dateline: Dateline | null;
  topics: Topic[];
  author: string | null;
  language: string | null;
  summary: string | null;
  /** The original address, only when it is an http(s) URL. */
  originalUrl: string | null;
  /** When the article was saved, ISO 8601. */
  archived: string | null;
  /** The article text as sanitized HTML. */
  bodyHtml: string;
  /** The article text as plain text, for feeds, search and counts. */
  plainText: string;
  /** The opening of the text, without its dateline, at most 300 characters (src/text.ts leadOf): what cards show. */
  lead: string;
  wordCount: number;
}
