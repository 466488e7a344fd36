/**
 * One input file (a saved page, a text, a Markdown file) in, one normalized Markdown article
 * out, or the reason there is none. Nothing here touches the disk or the clock: the command
 * (src/import/add-command.ts) reads the file, gives "now", and writes the result.
 *
 * Fields, in the order they are written, and where they come from (first found wins):
 * - title: Markdown/text front matter, the text's first line or leading `# ` heading; for a page,
 *   Readability's title (JSON-LD headline, og:title, … or the cleaned <title>);
 * - date: --date, front matter, the page's publication date (see html-metadata.ts), the file
 *   name (`2023-09-21-…`). Never the file's time nor today: an input with no date is refused;
 * - source: --source, front matter, the page's publisher (JSON-LD publisher.name, og:site_name,
 *   …) or its address when it is a registered agency's site, the dateline's agency;
 * - dateline: front matter, else the opening of the text (src/dateline.ts);
 * - author, url (canonical address), language, archived (now), topics (--topics, front matter,
 *   the page's article:tag or keywords).
 * Fields left unknown are left out.
 */
import path from "node:path";
import { DateTime } from "luxon";
import { stringify } from "yaml";
import { agencies as agencyEntries } from "../../data/agencies.ts";
import type { AgencyRegistry } from "../agencies.ts";
import { dateFromFileName, parsePublishedDate } from "../dates.ts";
import { parseDateline, parseDatelineField, registryLookups } from "../dateline.ts";
import { validateFields } from "../fields.ts";
import { readFrontMatter } from "../front-matter.ts";
import { renderMarkdownBody } from "../markdown.ts";
import { normalizeArticle, type NormalizeContext, type NormalizedArticle } from "../normalize-article.ts";
import { readPlainText } from "../plain-text.ts";
import { decodeArticleBytes } from "../read-archive.ts";
import { slugify } from "../slug.ts";
import { collapseWhitespace, countWords, foldKey } from "../text.ts";
import type { Agency } from "../types.ts";
import { normalizeTimestamp } from "../dates-in-text.ts";
import { articleText, textFingerprint } from "./duplicates.ts";
import { decodeHtml, extractArticle } from "./extract-article.ts";
import { cleanPersonName, languageCode, type DateCandidate, type Found } from "./html-metadata.ts";
import { chooseDate } from "./publication-day.ts";
import { findPublisherZone } from "./publisher-zone.ts";
import { paragraphsToMarkdown } from "./to-markdown.ts";

export type InputKind = "html" | "txt" | "md";

/** The kind of input a file name says it is, or null for a file the importer does not read. */
export function inputKind(fileName: string): InputKind | null {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === ".html" || extension === ".htm" || extension === ".xhtml") return "html";
  if (extension === ".txt") return "txt";
  if (extension === ".md" || extension === ".markdown") return "md";
  return null;
}

export interface ImportInput {
  /** The file's name or path, for messages and for a date written in its name. */
  name: string;
  bytes: Uint8Array;
  kind: InputKind;
}

export interface ImportOptions {
  /** --date: the publication date, over anything the input says. */
  date?: string | null;
  /** --source: the agency or outlet, over anything the input says. */
  source?: string | null;
  /** --topics: the topics, instead of any the input names. */
  topics?: readonly string[] | null;
  /** The address the page was saved from, when the user knows it. */
  knownUrl?: string | null;
  /** When the article is archived: the `archived` field. */
  now: Date;
  /** The zone `archived` is written in (default: the machine's). */
  zone?: string | null;
}

/** One line of the report: what was found for a field and where, or that nothing was. */
export interface Finding {
  field: string;
  value: string | null;
  from: string | null;
  note?: string;
}

export interface ImportedArticle {
  title: string;
  /** The archive day, `YYYY-MM-DD`, as the build will file the article. */
  day: string;
  /** `YYYY/MM/<slug>.md`, relative to the articles folder. */
  relativePath: string;
  /** The original addresses the input gives (canonical first), for finding duplicates. */
  addresses: string[];
  /** The hash of the article's text, for finding duplicates (null for a very short text). */
  fingerprint: string | null;
  /** The whole file to write: YAML front matter and the Markdown body. */
  fileText: string;
  findings: Finding[];
  /** Warnings the build would give for the file (an unknown agency, say). */
  warnings: string[];
  /** The article as the build normalizes it. */
  normalized: NormalizedArticle;
}

export type ImportResult = { ok: true; article: ImportedArticle } | { ok: false; reason: string; findings: Finding[] };

/** Topics taken from a page's own tags: a page listing dozens of keywords is trimmed to these. */
const MAX_PAGE_TOPICS = 10;

interface Draft {
  title: Found<string> | null;
  dates: DateCandidate[];
  source: Found<string> | null;
  publishers: Found<string>[];
  author: Found<string[]> | null;
  url: Found<string> | null;
  addresses: string[];
  language: Found<string> | null;
  /** Every language tag the input gives, best first: the publisher's region may be in any. */
  languages: Found<string>[];
  topics: Found<string[]> | null;
  archived: string | null;
  dateline: string | null;
  body: string;
  /** Front matter fields of a Markdown or text input that the importer does not set itself. */
  extra: Record<string, unknown>;
  /** Why the input's own date cannot be read, when it has one that cannot. */
  dateProblem?: string;
}

export function importArticle(input: ImportInput, options: ImportOptions, context: NormalizeContext): ImportResult {
  const findings: Finding[] = [];
  const refuse = (reason: string): ImportResult => ({ ok: false, reason, findings: sortFindings(findings) });

  let draft: Draft;
  if (input.kind === "html") {
    draft = draftFromHtml(input, options);
  } else {
    const decoded = decodeArticleBytes(input.bytes);
    if (decoded.problem?.severity === "error") return refuse(`${input.name}: ${decoded.problem.message}`);
    const result = draftFromText(decoded.text, input.kind);
    if (typeof result === "string") return refuse(`${input.name}: ${result}`);
    draft = result;
    const knownUrl = options.knownUrl?.trim();
    if (!draft.url && knownUrl) {
      draft.url = { value: knownUrl, from: "--url" };
      draft.addresses.push(knownUrl);
    }
  }

  // Title.
  if (!draft.title) return refuse(`${input.name}: no title found${input.kind === "html" ? " in the page" : ""}`);
  const title = draft.title.value;
  findings.push({ field: "title", value: title, from: draft.title.from });

  // Dateline: from the front matter, else the opening of the text: the first paragraph, past
  // any label or list a saved page leaves above the story ("Filed under").
  const lookups = registryLookups(context.agencies, context.gazetteer);
  const datelineMatch = draft.dateline ? parseDatelineField(draft.dateline, lookups) : parseDateline(openingParagraph(draft.body), lookups);
  const place = datelineMatch?.place ? context.gazetteer.resolvePlace(datelineMatch.place, datelineMatch.region) : null;
  const zone = place?.timeZone ?? null;
  if (datelineMatch) {
    findings.push({ field: "dateline", value: datelineMatch.raw, from: draft.dateline ? "front matter" : "the text's opening", note: place?.known ? `${place.name}, ${place.country}` : `place "${datelineMatch.place}" not in the gazetteer` });
  } else {
    findings.push({ field: "dateline", value: null, from: null });
  }

  // Date.
  const baseName = path.basename(input.name);
  const dates: DateCandidate[] = [];
  if (options.date) {
    const iso = normalizeTimestamp(options.date);
    if (!iso) return refuse(`${input.name}: --date ${JSON.stringify(options.date)} is not a date (use 2023-09-21 or 2023-09-21T14:05:00+03:30)`);
    dates.push({ iso, written: options.date, from: "--date", kind: "metadata" });
  }
  if (!options.date && draft.dateProblem) return refuse(`${input.name}: ${draft.dateProblem}; correct it or give one with --date YYYY-MM-DD`);
  dates.push(...draft.dates);
  const fromName = dateFromFileName(baseName);
  if (fromName) dates.push({ iso: fromName, written: baseName, from: "the file name", kind: "metadata" });
  const publisherZone = findPublisherZone(
    {
      datelineZone: zone && place ? { zone, place: place.name } : null,
      addresses: draft.addresses,
      languages: draft.languages,
    },
    context.gazetteer,
  );
  const chosen = chooseDate(dates, publisherZone);
  if (!chosen) {
    findings.push({ field: "date", value: null, from: null });
    const looked = input.kind === "html"
      ? "has no publication date (none in its JSON-LD, meta tags, <time> or scripts, its address, beside its headline or in the file name)"
      : "has no date (none in its front matter nor at the start of its file name, as in 2023-09-21-story.txt)";
    return refuse(`${input.name} ${looked}: give one with --date YYYY-MM-DD`);
  }
  const parsedDate = parsePublishedDate(chosen.iso, zone);
  if (!parsedDate.ok) return refuse(`${input.name}: the date ${chosen.iso} (${chosen.from}) ${parsedDate.reason}`);
  findings.push({
    field: "date",
    value: parsedDate.date.day,
    from: chosen.from,
    ...(chosen.note ? { note: chosen.note } : {}),
  });

  if (input.kind === "html" && !draft.body.trim()) {
    findings.push({ field: "text", value: null, from: null, note: "no article text found on the page" });
    return refuse(`${input.name}: no article text found on the page (Readability found no story in it)`);
  }

  // Source.
  let source: { name: string; from: string } | null = null;
  if (options.source) source = { name: context.agencies.resolve(options.source).name, from: "--source" };
  else if (draft.source) source = { name: context.agencies.resolve(draft.source.value).name, from: draft.source.from };
  else {
    const publisher = resolvePublisher(draft.publishers, draft.addresses, context.agencies);
    if (publisher) source = publisher;
    else if (datelineMatch?.agencyText) source = { name: context.agencies.resolve(datelineMatch.agencyText).name, from: "the dateline" };
  }
  findings.push({ field: "source", value: source?.name ?? null, from: source?.from ?? null });

  // Author, address, language, topics.
  const authors = draft.author?.value ?? [];
  findings.push({ field: "author", value: authors.length ? authors.join(", ") : null, from: draft.author?.from ?? null });
  findings.push({ field: "url", value: draft.url?.value ?? null, from: draft.url?.from ?? null });
  findings.push({ field: "language", value: draft.language?.value ?? null, from: draft.language?.from ?? null });
  let topics: Found<string[]> | null = options.topics?.length ? { value: [...options.topics], from: "--topics" } : draft.topics;
  if (topics) {
    const explicit = topics.from === "--topics" || topics.from === "front matter";
    // A page's keywords often repeat its title, site and author: those are not topics.
    const notTopics = explicit ? [] : [title, source?.name ?? "", ...authors, ...draft.publishers.map((p) => p.value)].map(foldKey);
    topics = { value: uniqueTopics(topics.value, explicit ? 100 : MAX_PAGE_TOPICS, new Set(notTopics)), from: topics.from };
  }
  if (topics && topics.value.length === 0) topics = null;
  findings.push({ field: "topics", value: topics ? topics.value.join(", ") : null, from: topics?.from ?? null });

  const archived = draft.archived ?? formatNow(options.now, options.zone ?? null);

  const fields: Record<string, unknown> = {};
  fields.title = title;
  fields.date = chosen.iso;
  if (source) fields.source = source.name;
  if (datelineMatch) fields.dateline = datelineMatch.raw;
  if (authors.length) fields.author = authors.length === 1 ? authors[0] : authors;
  if (draft.url) fields.url = draft.url.value;
  if (draft.language) fields.language = draft.language.value;
  fields.archived = archived;
  if (topics) fields.topics = topics.value;
  for (const [key, value] of Object.entries(draft.extra)) if (!(key in fields) && value !== null && value !== undefined) fields[key] = value;

  // Every field must be one the build accepts: a field it would ignore is left out here.
  const { issues } = validateFields(fields);
  for (const issue of issues) {
    findings.push({ field: issue.field, value: null, from: null, note: `left out: ${issue.message}` });
    delete fields[issue.field];
  }

  const slug = typeof fields.slug === "string" ? fields.slug : slugify(title);
  const body = draft.body.trim();
  const fileText = `---\n${stringify(fields, { lineWidth: 0 })}---\n${body ? `\n${body}\n` : ""}`;
  const relativePathGuess = `${parsedDate.date.day.slice(0, 4)}/${parsedDate.date.day.slice(5, 7)}/${slug}.md`;

  // The file must build: normalize it as the build will.
  const normalized = normalizeArticle({ path: relativePathGuess, format: "md", text: fileText, folderData: {} }, context);
  if (!normalized.article) {
    return refuse(`${input.name}: the article would not build: ${normalized.problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`);
  }
  const day = normalized.article.date.day;
  const relativePath = `${day.slice(0, 4)}/${day.slice(5, 7)}/${slug}.md`;
  const plain = articleText(fileText, "md");
  const paragraphs = plain ? plain.split("\n\n").length : 0;
  findings.push({ field: "text", value: `${countWords(plain)} words in ${paragraphs} ${paragraphs === 1 ? "paragraph" : "paragraphs"}`, from: input.kind === "html" ? "Readability" : input.kind === "txt" ? "the text" : "the Markdown body" });

  sortFindings(findings);

  return {
    ok: true,
    article: {
      title,
      day,
      relativePath,
      addresses: draft.addresses,
      fingerprint: textFingerprint(plain),
      fileText,
      findings,
      warnings: normalized.problems.filter((p) => p.severity === "warning").map((p) => `${p.field}: ${p.message}`),
      normalized: normalized.article,
    },
  };
}

const FINDING_ORDER = ["title", "date", "source", "dateline", "author", "url", "language", "topics", "text"];

/** The report in the order the fields are written. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (FINDING_ORDER.indexOf(a.field) + 1 || 99) - (FINDING_ORDER.indexOf(b.field) + 1 || 99));
}

function draftFromHtml(input: ImportInput, options: ImportOptions): Draft {
  const page = extractArticle(decodeHtml(input.bytes), { knownUrl: options.knownUrl ?? null });
  const { metadata } = page;
  const publishers = [...metadata.publishers];
  if (page.siteName && !publishers.some((p) => p.value === page.siteName)) publishers.push({ value: page.siteName, from: "Readability site name" });
  let author = metadata.authors[0] ?? null;
  if (!author && page.byline) {
    const name = cleanPersonName(page.byline);
    // A byline naming the site itself ("The Frontier Post") or holding a time is no author.
    const isSite = name !== null && publishers.some((p) => foldKey(p.value) === foldKey(name));
    if (name && !isSite && !/\d{1,2}:\d{2}|\b\d{4}\b/.test(name)) author = { value: [name], from: "the byline (Readability)" };
  }
  let language = metadata.languages[0] ?? null;
  const readabilityLanguage = page.language ? languageCode(page.language) : null;
  if (!language && readabilityLanguage) language = { value: readabilityLanguage, from: "Readability" };
  return {
    title: page.title,
    dates: metadata.dates,
    source: null,
    publishers,
    author,
    url: metadata.addresses[0] ?? null,
    addresses: metadata.addresses.map((a) => a.value),
    language,
    // WordPress writes "en-US" for every site left in its default language, wherever it is.
    languages: [...metadata.languages, ...(readabilityLanguage ? [{ value: readabilityLanguage, from: "Readability" }] : [])].filter(
      (l) => !(metadata.software === "WordPress" && /^en[-_]us$/i.test(l.value)),
    ),
    topics: metadata.topics[0] ?? null,
    archived: null,
    dateline: null,
    body: page.markdown,
    extra: {},
  };
}

const OWN_FIELDS = new Set(["title", "date", "source", "dateline", "author", "url", "language", "archived", "topics", "tags"]);

function draftFromText(text: string, kind: "txt" | "md"): Draft | string {
  const frontMatter = readFrontMatter(text);
  if (!frontMatter.ok) return frontMatter.reason;
  const { fields } = validateFields(frontMatter.data);
  const fm = "front matter";

  let title: Found<string> | null = fields.title ? { value: collapseWhitespace(fields.title), from: fm } : null;
  let body: string;
  if (kind === "txt") {
    const plain = readPlainText(frontMatter.body, title === null);
    if (!title && plain.title) title = { value: plain.title, from: "the first line" };
    body = paragraphsToMarkdown(plain.paragraphs);
  } else {
    body = frontMatter.body.replace(/^\s*\n/, "");
    if (!title) {
      const heading = /^#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(body.trimStart());
      if (heading?.[1]) {
        title = { value: collapseWhitespace(heading[1]), from: "the leading # heading" };
        body = body.trimStart().slice(heading[0].length);
      }
    }
  }

  const dates: DateCandidate[] = [];
  let dateProblem: string | undefined;
  const written = frontMatter.data.date;
  if (written !== undefined && written !== null) {
    const writtenText = written instanceof Date ? written.toISOString() : String(written);
    const iso = normalizeTimestamp(writtenText);
    if (iso) dates.push({ iso, written: writtenText, from: fm, kind: "metadata" });
    else dateProblem = `its front matter date ${JSON.stringify(writtenText)} is not a date the archive reads`;
  }

  const topicNames: string[] = [];
  for (const value of [fields.topics, fields.tags]) {
    if (typeof value === "string") topicNames.push(...value.split(","));
    else if (Array.isArray(value)) topicNames.push(...value);
  }
  const authors = fields.author === undefined ? [] : (Array.isArray(fields.author) ? fields.author : [fields.author]).map(collapseWhitespace).filter(Boolean);
  let archived: string | null = null;
  if (fields.archived !== undefined) {
    const value = fields.archived instanceof Date ? fields.archived.toISOString() : String(fields.archived);
    archived = normalizeTimestamp(value);
  }
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(frontMatter.data)) if (!OWN_FIELDS.has(key)) extra[key] = value;

  return {
    title,
    dates,
    source: fields.source ? { value: fields.source, from: fm } : null,
    publishers: [],
    author: authors.length ? { value: authors, from: fm } : null,
    url: fields.url ? { value: fields.url, from: fm } : null,
    addresses: fields.url ? [fields.url] : [],
    language: fields.language ? { value: fields.language, from: fm } : null,
    languages: fields.language ? [{ value: fields.language, from: fm }] : [],
    topics: topicNames.length ? { value: topicNames, from: fm } : null,
    archived,
    dateline: fields.dateline ?? null,
    body,
    extra,
    ...(dateProblem ? { dateProblem } : {}),
  };
}

/** The story's first paragraph: the first of the first few blocks that is a sentence, not a heading, list or label. */
function openingParagraph(body: string): string {
  const blocks = body.split(/\n{2,}/).slice(0, 5);
  const paragraph = blocks.find((block) => !/^\s*(?:#|[-*+]\s|\d+\.\s|>|\||<)/.test(block) && block.trim().split(/\s+/).length >= 8);
  return renderMarkdownBody(paragraph ?? blocks[0] ?? "").blocks[0] ?? "";
}

/**
 * The agency or outlet the page's publisher names: the first name the registry knows (also
 * tried in parts, "Reuters.com" or "Khabaronline | News" → each side), else the page's address
 * when it is a registered agency's site, else the first name as written.
 */
function resolvePublisher(publishers: readonly Found<string>[], addresses: readonly string[], registry: AgencyRegistry): { name: string; from: string } | null {
  for (const publisher of publishers) {
    const known = lookupVariants(publisher.value, registry);
    if (known) return { name: known.name, from: `${publisher.from} "${publisher.value}"` };
  }
  for (const address of addresses) {
    const known = agencyForHost(address, registry);
    if (known) return { name: known.name, from: `the site's address (${new URL(address).hostname})` };
  }
  const first = publishers[0];
  return first ? { name: first.value, from: `${first.from}; not in data/agencies.ts, kept as written` } : null;
}

function lookupVariants(name: string, registry: AgencyRegistry): Agency | null {
  const variants = [name, ...name.split(/\s+[|–—:-]+\s+|\s*::\s*/), name.replace(/\.(?:com|net|org|co\.uk|[a-z]{2})$/i, "")];
  for (const variant of variants) {
    const agency = variant.trim() ? registry.lookup(variant.trim()) : null;
    if (agency) return agency;
  }
  return null;
}

const AGENCY_HOSTS: { host: string; name: string }[] = agencyEntries.flatMap((entry) => {
  try {
    return [{ host: new URL(entry.homepage).hostname.replace(/^www\./, ""), name: entry.name }];
  } catch {
    return [];
  }
});

function agencyForHost(address: string, registry: AgencyRegistry): Agency | null {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
  const entry = AGENCY_HOSTS.find((a) => host === a.host || host.endsWith(`.${a.host}`));
  return entry ? registry.lookup(entry.name) : null;
}

function uniqueTopics(names: readonly string[], limit: number, excluded: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>(excluded);
  const out: string[] = [];
  for (const name of names) {
    const clean = collapseWhitespace(name);
    const key = foldKey(clean);
    // Codes in a page's keywords ("reu", "pmn") are not topics.
    if (!key || clean.length > 60 || seen.has(key) || /^[a-z]{1,4}$/.test(clean)) continue;
    seen.add(key);
    out.push(clean);
    if (out.length >= limit) break;
  }
  return out;
}

/** "Now" as ISO 8601 with its offset, to the second. */
export function formatNow(now: Date, zone: string | null): string {
  const dateTime = DateTime.fromJSDate(now, zone ? { zone } : {}).startOf("second");
  return dateTime.toISO({ suppressMilliseconds: true }) ?? now.toISOString();
}

function truncate(text: string, length: number): string {
  const flat = collapseWhitespace(text);
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
