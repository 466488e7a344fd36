/**
 * One article file in, one normalized article (or the reasons there is none) out.
 *
 * Where each field comes from, first found wins:
 * - title: front matter, else the first line of a .txt file;
 * - date: front matter (or the folder's data), else the file name (`YYYY-MM-DD-…`), else a full
 *   date in the dateline ("… 11 أغسطس 2015 م واس") or alone on the story's first line, in any
 *   language, script of digits or calendar (src/dates-in-text.ts);
 * - source: front matter, the folder's data, the dateline's agency, a leading "Agency – ",
 *   a trailing "(Agency)" on the title, the wire's sign-off;
 * - dateline: front matter, else the opening of the story.
 */
import { createHash } from "node:crypto";
import type { AgencyRegistry } from "./agencies.ts";
import { dateFromFileName, FUTURE_GRACE_MS, parsePublishedDate } from "./dates.ts";
import { findDateInText } from "./dates-in-text.ts";
import { parseDateline, parseDatelineField, registryLookups, type DatelineLookups, type DatelineMatch } from "./dateline.ts";
import { validateFields } from "./fields.ts";
import { chooseLanguage } from "./language.ts";
import { readFrontMatter } from "./front-matter.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { renderMarkdownBody, renderParagraphs, roughMarkdownBlocks } from "./markdown.ts";
import { readPlainText, stripTrailingFurniture } from "./plain-text.ts";
import { mergeData } from "./read-archive.ts";
import { slugify, slugifyFileName } from "./slug.ts";
import { collapseWhitespace, countWords, leadOf, titleCaseIfShouting } from "./text.ts";
import type { TopicMention, TopicVocabulary } from "./topics.ts";
import type { Agency, Article, Dateline, Place, Problem, Severity, SourceFile } from "./types.ts";

export interface NormalizeContext {
  agencies: AgencyRegistry;
  gazetteer: Gazetteer;
  topics: TopicVocabulary;
  /** The present, in milliseconds since the epoch: a later publication date is reported. */
  now: number;
  /** The language of an article whose file names none and whose text is too short to tell. */
  defaultLanguage?: string;
}

const DEFAULT_LANGUAGE = "en";
/** A first line this short that holds a full date is the story's date line. */
const DATE_LINE_LENGTH = 60;
/** A one-line standfirst above a dateline is at most this long. */
const STANDFIRST_LENGTH = 200;

/** Publication dates earlier than this are reported: no news archive holds many, a typo does. */
const EARLIEST_LIKELY_YEAR = 1800;

/** An article before the archive gives it a URL and settles topic display names. */
export interface NormalizedArticle extends Omit<Article, "url" | "slug" | "topics"> {
  /** The slug the article asks for: front matter `slug`, else its file name, else its title. */
  slugBase: string;
  /** True when the slug was set in front matter: such a slug is never given a suffix silently. */
  slugExplicit: boolean;
  /** A fingerprint of the text (see textDigest), for finding duplicates; null for short texts. */
  textDigest: string | null;
  topics: TopicMention[];
}

export interface NormalizeResult {
  article: NormalizedArticle | null;
  problems: Problem[];
}

const TITLE_AGENCY_TAG = /\s*\(([^()]{2,40})\)\s*$/;
const LEADING_AGENCY = /^\s*([\p{L}][\p{L} .'’-]{1,40}?)\s*(?:-{1,2}|[–—])\s+/u;
const GENERIC_FILE_NAMES = new Set(["index", "article", "story", "text", "untitled"]);

/**
 * `checkOnly` (for `npm run check`) skips what only pages need: HTML, topics found in the text,
 * cited sources and word counts. The problems reported are the same.
 */
export function normalizeArticle(file: SourceFile, context: NormalizeContext, checkOnly = false): NormalizeResult {
  const problems: Problem[] = [];
  const report = (field: string, message: string, severity: Severity = "error") =>
    problems.push({ file: file.path, field, message, severity });

  // Front matter, over the folder's defaults.
  const frontMatter = readFrontMatter(file.text);
  if (!frontMatter.ok) {
    report("front matter", frontMatter.reason);
    return { article: null, problems };
  }
  const { fields, issues } = validateFields(mergeData(file.folderData, frontMatter.data));
  for (const issue of issues) {
    const fromFolder = issue.field in file.folderData && !(issue.field in frontMatter.data);
    const where = fromFolder ? "(from the folder's data file) " : "";
    // A title is required: one of the wrong shape stops the article, said once, as it is.
    if (issue.field === "title") report("title", `${where}${issue.message}`);
    else report(issue.field, `${where}${issue.message}; ignored`, "warning");
  }
  if (issues.some((issue) => issue.field === "title")) return { article: null, problems };

  // Body and title.
  let title = fields.title;
  let blocks: string[];
  let bodyHtml: string;
  let signOff: string | undefined;
  if (file.format === "txt") {
    const text = readPlainText(frontMatter.body, title === undefined);
    title ??= text.title;
    blocks = text.paragraphs;
    bodyHtml = checkOnly ? "" : renderParagraphs(blocks);
    signOff = text.signOff;
  } else {
    const lines = frontMatter.body.split("\n");
    const trailing = stripTrailingFurniture(lines);
    signOff = trailing.signOff;
    const source = trailing.lines.join("\n");
    const rendered = checkOnly ? roughMarkdownBlocks(source) : renderMarkdownBody(source);
    if (rendered.fallback) report("body", rendered.fallback, "warning");
    blocks = rendered.blocks;
    bodyHtml = rendered.html;
  }
  title = title === undefined ? undefined : collapseWhitespace(title);
  if (!title) {
    report("title", file.format === "txt" ? "missing: the file has no text for a title line" : "missing: add `title:` to the front matter");
    return { article: null, problems };
  }

  // Dateline: from front matter, else the opening of the story. One that names only its agency
  // or reporter ("به گزارش خبرگزاری فارس،", "ТАСС, 10 августа.") still gives the source and byline.
  const lead = blocks[0] ?? "";
  const { match: datelineMatch, dateline } = readDateline(fields, lead, frontMatter.body, context, report);
  const datelineAgency = datelineMatch?.agencyText ?? null;

  // Title's trailing agency tag: "Quake hits Chile (AP)".
  let titleAgency: Agency | null = null;
  const tag = TITLE_AGENCY_TAG.exec(title);
  if (tag) {
    titleAgency = context.agencies.lookup(tag[1] ?? "");
    if (titleAgency) title = title.slice(0, tag.index).trim() || title;
  }

  // Source agency.
  let source: Agency | null = null;
  let sourceField = "source";
  let sourceWritten: string | undefined = fields.source;
  if (!sourceWritten && datelineAgency) {
    sourceWritten = datelineAgency;
    sourceField = "dateline";
  }
  if (sourceWritten) {
    source = context.agencies.resolve(sourceWritten);
    if (!source.known) report(sourceField, `unknown agency "${sourceWritten}": kept as written (add it to data/agencies.ts)`, "warning");
  } else if (!datelineMatch) {
    const leading = LEADING_AGENCY.exec(lead);
    source = leading ? context.agencies.lookup(leading[1] ?? "") : null;
  }
  source ??= titleAgency ?? (signOff ? context.agencies.lookup(signOff.replace(/\W+$/, "")) : null);

  // Date.
  const zone = dateline?.place.timeZone ?? null;
  let dateValue: unknown = fields.date;
  let dateField = "date";
  if (dateValue === undefined) {
    const fromName = dateFromFileName(file.path.split("/").pop() ?? "");
    if (fromName) {
      dateValue = fromName;
      dateField = "file name";
    }
  }
  if (dateValue === undefined) {
    const written = dateWrittenInStory(datelineMatch?.dateText ?? null, frontMatter.body, title, fields.language ?? null);
    if (written) {
      dateValue = written;
      dateField = "text";
    }
  }
  if (dateValue === undefined) {
    report("date", "missing: add `date:` to the front matter or start the file name with YYYY-MM-DD- (no full date in the dateline or on the story's first line either)");
    return { article: null, problems };
  }
  const dateResult = parsePublishedDate(dateValue, zone);
  if (!dateResult.ok) {
    report(dateField, dateResult.reason);
    return { article: null, problems };
  }
  if (Number(dateResult.date.day.slice(0, 4)) < EARLIEST_LIKELY_YEAR) {
    report(dateField, `${dateResult.date.day} is before ${EARLIEST_LIKELY_YEAR}; built as written, but check it`, "warning");
  } else if (dateResult.date.sortKey > context.now + FUTURE_GRACE_MS) {
    report(dateField, `${dateResult.date.day} is in the future; built as written, but check it`, "warning");
  }

  // Language: as the file or its folder says, else as the text reads.
  const plainText = blocks.join("\n\n");
  const language = fields.language ?? (checkOnly ? null : chooseLanguage(title, plainText, context.defaultLanguage ?? DEFAULT_LANGUAGE));

  // Topics: those the file names, then those the text is about.
  const topics: TopicMention[] = [];
  const seenTopics = new Set<string>();
  const addTopic = (topic: TopicMention | null) => {
    if (topic && !seenTopics.has(topic.slug)) {
      seenTopics.add(topic.slug);
      topics.push(topic);
    }
  };
  for (const field of ["topics", "tags"] as const) {
    const value = fields[field];
    const names = typeof value === "string" ? value.split(",") : (value ?? []);
    for (const name of names) addTopic(context.topics.normalize(name));
  }
  if (!checkOnly) for (const topic of context.topics.detect(title, blocks, language)) addTopic(topic);

  // Original address: only an http(s) URL is ever linked.
  let originalUrl: string | null = null;
  if (fields.url) {
    if (isHttpUrl(fields.url)) originalUrl = new URL(fields.url).href;
    else report("url", `"${truncate(fields.url, 60)}" is not an http(s) address; kept out of the page`, "warning");
  }

  let archived: string | null = null;
  if (fields.archived !== undefined) {
    const result = parsePublishedDate(fields.archived);
    if (result.ok) archived = result.date.iso;
    else report("archived", `${result.reason}; ignored`, "warning");
  }

  const citedSources = checkOnly ? [] : citedIn(plainText, datelineMatch?.via ?? null, source, context);
  const author = Array.isArray(fields.author) ? fields.author.join(", ") : (fields.author ?? datelineMatch?.byline ?? null);

  const fileName = file.path.split("/").pop() ?? "";
  const fileStem = fileName.replace(/\.[^.]+$/, "").replace(/^\d{4}-\d{2}-\d{2}[-_ .]?/, "");
  const fileSlug = GENERIC_FILE_NAMES.has(fileStem.toLowerCase()) || fileStem === "" ? "" : slugifyFileName(fileStem);
  const slugBase = fields.slug ?? (fileSlug && !fileSlug.startsWith("x-") ? fileSlug : slugify(title));

  return {
    article: {
      sourceFile: file.path,
      version: checkOnly ? "" : createHash("sha1").update(file.text).update(JSON.stringify(file.folderData)).digest("hex").slice(0, 16),
      ...(file.sha256 ? { sha256: file.sha256 } : {}),
      format: file.format,
      slugBase,
      slugExplicit: fields.slug !== undefined,
      title,
      date: dateResult.date,
      source,
      citedSources,
      dateline,
      topics,
      author,
      language: language ?? context.defaultLanguage ?? DEFAULT_LANGUAGE,
      summary: fields.summary ?? null,
      originalUrl,
      archived,
      bodyHtml,
      // Check runs keep a fingerprint of the text for finding duplicates, not the text itself.
      plainText: checkOnly ? "" : plainText,
      lead: checkOnly ? "" : leadOf(plainText, dateline?.raw ?? null),
      textDigest: plainText.length >= 200 ? textDigest(plainText) : null,
      wordCount: checkOnly ? 0 : countWords(plainText),
    },
    problems,
  };
}

/** The dateline a file gives or its story opens with, and its place in the gazetteer. */
function readDateline(
  fields: { dateline?: string; source?: string },
  lead: string,
  body: string,
  context: NormalizeContext,
  report: (field: string, message: string, severity?: Severity) => void,
): { match: DatelineMatch | null; dateline: Dateline | null } {
  const lookups = datelineLookups(context);
  const match = fields.dateline
    ? parseDatelineField(fields.dateline, lookups)
    : (parseDateline(withFirstLineBreak(lead, body), lookups) ?? datelineAfterStandfirst(body, lead, lookups));
  if (match?.place === "") {
    report("dateline", `"${fields.dateline}" names no place before its comma; ignored`, "warning");
    return { match: null, dateline: null };
  }
  if (!match?.place) return { match, dateline: null };
  // The agency's country helps read a place name in another script ("از سمیرم" in a Fars story).
  const agencyNamed = fields.source ?? match.agencyText;
  const countryHint = agencyNamed ? (context.agencies.lookup(agencyNamed)?.country ?? null) : null;
  const place = context.gazetteer.resolvePlace(match.place, match.region, countryHint);
  if (!place.known) report("dateline", `unknown place "${match.place}": kept as written, without country or time zone`, "warning");
  const dateline: Dateline = {
    raw: match.raw,
    placeAsWritten: match.place,
    placeName: normalCase(match.place, place),
    region: match.region,
    dateText: match.dateText,
    agencyText: match.agencyText,
    place,
  };
  return { match, dateline };
}

const lookupsByContext = new WeakMap<NormalizeContext, DatelineLookups>();

/** What a dateline form may ask: is this a known agency, a known place? */
function datelineLookups(context: NormalizeContext): DatelineLookups {
  let lookups = lookupsByContext.get(context);
  if (!lookups) {
    lookups = registryLookups(context.agencies, context.gazetteer);
    lookupsByContext.set(context, lookups);
  }
  return lookups;
}

/**
 * The first paragraph with its first line break put back: Markdown paragraphs come joined into
 * one line, but a dateline may be a line of its own ("داليا أبوالعيش – عين اليوم").
 */
function withFirstLineBreak(lead: string, body: string): string {
  let seen = 0;
  for (const line of body.split("\n", 12)) {
    const text = collapseWhitespace(line);
    if (!text) continue;
    if (text.length < lead.length && lead.startsWith(text)) return `${text}\n${lead.slice(text.length).trimStart()}`;
    if (++seen > 3) break;
  }
  return lead;
}

/**
 * Some agencies put a one-line standfirst above the dateline (Interfax: "В финале он сыграет …"
 * then "Москва. 9 мая. INTERFAX.RU - …"). The second line counts when it opens with a dateline
 * that names its agency: that much shape is never an accident.
 */
function datelineAfterStandfirst(body: string, lead: string, lookups: DatelineLookups): ReturnType<typeof parseDateline> {
  const lines = body.split("\n", 40).map(collapseWhitespace).filter(Boolean);
  const [first, second] = lead.startsWith(lines[0] ?? "\u0000") ? lines : lines.slice(1);
  // A standfirst is a line, not a paragraph: short, and not a finished sentence.
  if (!first || !second || first.length > STANDFIRST_LENGTH || /[.!?؟。]$/u.test(first)) return null;
  const match = parseDateline(second, lookups);
  return match?.agencyText ? match : null;
}

/**
 * A full date the story itself gives: in its dateline (the Saudi Press Agency writes the Hijri
 * and the Gregorian day) or on a short first line of its own ("۳۰ شهریور ۱۴۰۲", "2023年9月21日").
 * A date further into the text is what the story is about, not when it was filed.
 */
function dateWrittenInStory(datelineDate: string | null, body: string, title: string, language: string | null): string | null {
  if (datelineDate) {
    const fromDateline = findDateInText(datelineDate, language);
    if (fromDateline) return fromDateline.day;
  }
  const firstLines = body.split("\n", 20).map(collapseWhitespace).filter((line) => line && line !== title);
  const first = firstLines[0];
  if (!first || first.length > DATE_LINE_LENGTH) return null;
  return findDateInText(first, language)?.day ?? null;
}

/**
 * "NEW YORK" → "New York"; "peking" → "Peking" when the gazetteer knows the place (the name
 * as written, in normal case: `place.name` is the gazetteer's, "Beijing"); anything else as written.
 */
function normalCase(written: string, place: Place): string {
  if (place.known && written === written.toLowerCase() && written !== written.toUpperCase()) return titleCaseIfShouting(written.toUpperCase());
  return titleCaseIfShouting(written);
}

/** The sources the text cites, the one its dateline quotes ("به نقل از تاس") first. */
function citedIn(text: string, via: string | null, source: Agency | null, context: NormalizeContext): Agency[] {
  const cited = context.agencies.findCited(text, source);
  const quoted = via ? viaAgency(via, context) : null;
  if (!quoted || quoted.slug === source?.slug) return cited;
  return [quoted, ...cited.filter((agency) => agency.slug !== quoted.slug)];
}

/** "خبرگزاری آسوشیتدپرس", "تاس": the agency a quoting clause names, if the registry knows it. */
function viaAgency(via: string, context: NormalizeContext): Agency | null {
  const words = via.split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    for (let at = 0; at + n <= words.length; at++) {
      const agency = context.agencies.lookup(words.slice(at, at + n).join(" "));
      if (agency) return agency;
    }
  }
  return null;
}

/**
 * A fingerprint of an article's text: two copies of one story share it. The text is already
 * in normal form (paragraphs with their spacing collapsed), so it is hashed as it is.
 */
export function textDigest(text: string): string {
  return createHash("sha1").update(text).digest("hex").slice(0, 20);
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
