/**
 * What a saved web page says about itself: JSON-LD (`NewsArticle`, `Article`,
 * `ReportageNewsArticle` and the rest of the Article family, at the top level, inside
 * `@graph` or in arrays), Open Graph and the common `<meta>` names, `<link rel=canonical>`,
 * `<html lang>`, microdata (`itemprop="datePublished"`), `<time>` in the article's header, the
 * date shown beside the headline, and a date in the address.
 *
 * Every value comes with where it was found (`from`), in order of trust, so the importer can say
 * what it took and why. Modification dates are never taken for publication dates.
 */
import { dateFromUrl, normalizeTimestamp } from "../dates-in-text.ts";
import { findEmbeddedDates } from "./embedded-date.ts";
import { findVisibleDates } from "./visible-date.ts";
import { collapseWhitespace } from "../text.ts";

export interface Found<T> {
  value: T;
  /** Where the value was found, for messages: "JSON-LD datePublished", "og:title". */
  from: string;
}

export interface DateCandidate {
  /** ISO 8601 as src/dates.ts reads it: `2020-01-13T13:37:49Z`, or a day `2020-01-13`. */
  iso: string;
  /** The value as the page writes it. */
  written: string;
  from: string;
  kind: "metadata" | "address" | "text";
}

export interface HtmlMetadata {
  titles: Found<string>[];
  dates: DateCandidate[];
  authors: Found<string[]>[];
  publishers: Found<string>[];
  /** Canonical, og:url, JSON-LD url, the address the page was saved from: the first is the best. */
  addresses: Found<string>[];
  languages: Found<string>[];
  topics: Found<string[]>[];
  descriptions: Found<string>[];
  /** The publishing software, when the page says ("WordPress"): its defaults are no evidence. */
  software: string | null;
}

export interface MetadataOptions {
  /** The address the page was saved from, when known (given by the user or written in the page). */
  knownUrl?: string | null;
}

const ARTICLE_TYPE = /^(?:\w+NewsArticle|NewsArticle|Article|ScholarlyArticle|TechArticle|SatiricalArticle|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)$/;

/** `<meta>` names (lower case, after `og:`/`article:`/`dc.`/`dcterms.` prefixes were kept) that carry a publication date. */
const PUBLICATION_META = new Map<string, string>(
  [
    "article:published_time", "og:article:published_time", "og:published_time", "article:published", "published_time",
    "datepublished", "date_published", "date-published", "pubdate", "pub_date", "publishdate", "publish_date", "publish-date",
    "publishdatetime", "publish_time", "publishtime", "publication_date", "publication-date", "publicationdate",
    "parsely-pub-date", "sailthru.date", "article.published", "article_date_original", "original-publish-date",
    "dc.date", "dc.date.issued", "dc.date.created", "dc.date.published", "dcterms.date", "dcterms.issued", "dcterms.created",
    "date", "datecreated", "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime", "bt:pubdate",
    "displaydate", "release_date", "og:pubdate", "article:publication_date", "nastooh:publishdate",
  ].map((name, index) => [name, String(index)]),
);

const UPDATE_WORDS = /modif|updat|expir|revis|last|edit/i;

export function readHtmlMetadata(document: Document, options: MetadataOptions = {}): HtmlMetadata {
  const metas = readMetas(document);
  const meta = (...names: string[]): Found<string>[] => {
    const out: Found<string>[] = [];
    for (const name of names) {
      for (const entry of metas) {
        if (entry.key === name && entry.content) out.push({ value: entry.content, from: entry.label });
      }
    }
    return out;
  };
  const jsonLd = readJsonLd(document);
  const articles = jsonLd.filter((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
  const otherNodes = jsonLd.filter((node) => !articles.includes(node));

  // Addresses first: the dates in them and the base for relative links.
  const knownUrl = httpUrl(options.knownUrl ?? "") ?? savedFromUrl(document);
  const addresses: Found<string>[] = [];
  const addAddress = (value: string | null | undefined, from: string) => {
    const url = httpUrl(value ?? "", knownUrl ?? undefined);
    if (url && !addresses.some((a) => a.value === url)) addresses.push({ value: url, from });
  };
  for (const link of document.querySelectorAll("link[rel]")) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute("rel") ?? "")) addAddress(link.getAttribute("href"), "link rel=canonical");
  }
  for (const found of meta("og:url")) addAddress(found.value, found.from);
  for (const node of articles) addAddress(text(node.url) ?? text(idOf(node.mainEntityOfPage)), "JSON-LD url");
  if (knownUrl) addAddress(knownUrl, options.knownUrl ? "the address given" : "the page's saved-from note");
  // A canonical link to a site's home page, from an article page, is a template's mistake.
  const deep = addresses.filter((a) => new URL(a.value).pathname.replace(/\/+$/, "") !== "");
  const orderedAddresses = deep.length ? [...deep, ...addresses.filter((a) => !deep.includes(a))] : addresses;

  // Titles.
  const titles: Found<string>[] = [];
  const addTitle = (value: unknown, from: string) => {
    const title = typeof value === "string" ? collapseWhitespace(decodeEntities(value)) : "";
    if (title) titles.push({ value: title, from });
  };
  for (const node of articles) addTitle(node.headline ?? node.name, "JSON-LD headline");
  for (const found of meta("og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline")) addTitle(found.value, found.from);
  addTitle(document.querySelector("title")?.textContent ?? "", "<title>");
  addTitle(document.querySelector("h1")?.textContent ?? "", "<h1>");

  // Languages.
  const languages: Found<string>[] = [];
  const addLanguage = (value: string | null | undefined, from: string) => {
    const code = languageCode(value ?? "");
    if (code) languages.push({ value: code, from });
  };
  addLanguage(document.documentElement?.getAttribute("lang"), "html lang");
  addLanguage(document.documentElement?.getAttribute("xml:lang"), "html xml:lang");
  for (const node of articles) addLanguage(text(node.inLanguage), "JSON-LD inLanguage");
  for (const found of meta("content-language", "language", "dc.language", "og:locale")) addLanguage(found.value, found.from);

  // Dates: structured metadata, then the address, then the page's text.
  const language = languages[0]?.value ?? null;
  const dates: DateCandidate[] = [];
  const addDate = (written: unknown, from: string, kind: DateCandidate["kind"] = "metadata") => {
    if (typeof written !== "string") return;
    const iso = normalizeTimestamp(written, language);
    if (iso) dates.push({ iso, written: written.trim(), from, kind });
  };
  for (const node of articles) addDate(node.datePublished, "JSON-LD datePublished");
  for (const found of meta("article:published_time", "og:article:published_time")) addDate(found.value, found.from);
  for (const element of document.querySelectorAll('[itemprop~="datePublished"]')) {
    if (insideComments(element)) continue;
    const tag = element.tagName.toLowerCase();
    const value = element.getAttribute("content") ?? element.getAttribute("datetime") ?? (tag === "meta" ? null : element.textContent);
    addDate(value, `itemprop=datePublished on <${tag}>`);
  }
  for (const entry of metas) {
    if (entry.key === "article:published_time" || entry.key === "og:article:published_time") continue;
    if (PUBLICATION_META.has(entry.key) && !UPDATE_WORDS.test(entry.key)) addDate(entry.content, entry.label);
  }
  for (const node of articles) addDate(node.dateCreated, "JSON-LD dateCreated");
  for (const element of document.querySelectorAll('[itemprop~="dateCreated"]')) {
    if (insideComments(element)) continue;
    addDate(element.getAttribute("content") ?? element.getAttribute("datetime"), `itemprop=dateCreated on <${element.tagName.toLowerCase()}>`);
  }
  for (const node of otherNodes) addDate(node.datePublished, `JSON-LD ${types(node)[0] ?? "node"} datePublished`);
  for (const element of document.querySelectorAll("time[pubdate], [pubdate][datetime]")) {
    if (!insideComments(element)) addDate(element.getAttribute("datetime") ?? element.textContent, "<time pubdate>");
  }
  // The <h1>'s own text is no evidence that the <h1> shows the article's title.
  const visible = findVisibleDates(document, titles.filter((t) => t.from !== "<h1>").map((t) => t.value), language);
  for (const found of visible.times) addDate(found.written, found.from);
  for (const address of orderedAddresses) {
    const day = dateFromUrl(address.value);
    if (day) dates.push({ iso: day, written: address.value, from: `the address (${address.from})`, kind: "address" });
  }
  for (const found of findEmbeddedDates(document)) {
    if (!dates.some((d) => d.iso === found.iso)) dates.push({ iso: found.iso, written: found.written, from: found.from, kind: "metadata" });
  }
  for (const found of visible.texts) dates.push({ iso: found.day, written: found.written, from: found.from, kind: "text" });

  // People and publishers.
  const authors: Found<string[]>[] = [];
  for (const node of articles) {
    const names = personNames(node.author ?? node.creator);
    if (names.length) authors.push({ value: names, from: "JSON-LD author" });
  }
  for (const found of meta("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")) {
    const names = found.value.split(/\s*(?:;|\||,\s*and\s+|\s+and\s+|,)\s*/).map(cleanPersonName).filter((n): n is string => n !== null);
    if (names.length) authors.push({ value: names, from: found.from });
  }
  const publishers: Found<string>[] = [];
  const addPublisher = (value: unknown, from: string) => {
    const name = typeof value === "string" ? collapseWhitespace(decodeEntities(value)) : "";
    if (name && !/^https?:/i.test(name) && name.length <= 120) publishers.push({ value: name, from });
  };
  for (const node of articles) {
    const publisher = Array.isArray(node.publisher) ? node.publisher[0] : node.publisher;
    addPublisher(typeof publisher === "string" ? publisher : (publisher as JsonObject | undefined)?.name, "JSON-LD publisher.name");
  }
  for (const found of meta("og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher")) addPublisher(found.value, found.from);

  // Topics: only those the page names as its own tags.
  const topics: Found<string[]>[] = [];
  const tags = meta("article:tag").map((f) => collapseWhitespace(decodeEntities(f.value))).filter(Boolean);
  if (tags.length) topics.push({ value: tags, from: "article:tag" });
  for (const found of meta("news_keywords", "keywords")) {
    const words = decodeEntities(found.value).split(/[,;]/).map(collapseWhitespace).filter(Boolean);
    if (words.length) topics.push({ value: words, from: found.from });
  }
  for (const node of articles) {
    const keywords = Array.isArray(node.keywords) ? node.keywords.filter((k): k is string => typeof k === "string") : typeof node.keywords === "string" ? node.keywords.split(",") : [];
    const words = keywords.map((k) => collapseWhitespace(decodeEntities(k))).filter(Boolean);
    if (words.length) topics.push({ value: words, from: "JSON-LD keywords" });
  }

  const descriptions: Found<string>[] = [];
  for (const node of articles) if (typeof node.description === "string" && node.description.trim()) descriptions.push({ value: collapseWhitespace(decodeEntities(node.description)), from: "JSON-LD description" });
  for (const found of meta("og:description", "description", "twitter:description")) descriptions.push({ value: collapseWhitespace(found.value), from: found.from });

  return { titles, dates, authors, publishers, addresses: orderedAddresses, languages, topics, descriptions, software: readSoftware(document, metas) };
}

/** "WordPress" for a page WordPress made (its generator tag or its /wp-content/ files), else the generator named, else null. */
function readSoftware(document: Document, metas: readonly MetaEntry[]): string | null {
  const generator = metas.find((m) => m.key === "generator")?.content ?? null;
  if (generator && /wordpress|\bfor wp\b/i.test(generator)) return "WordPress";
  for (const element of document.querySelectorAll("link[href], script[src]")) {
    if (/\/wp-(?:content|includes)\//.test(element.getAttribute("href") ?? element.getAttribute("src") ?? "")) return "WordPress";
  }
  return generator;
}

interface MetaEntry {
  /** name, property, itemprop or http-equiv, in lower case. */
  key: string;
  content: string;
  /** How to name it in messages: "og:title", "meta name=date". */
  label: string;
}

function readMetas(document: Document): MetaEntry[] {
  const entries: MetaEntry[] = [];
  for (const element of document.querySelectorAll("meta")) {
    const content = element.getAttribute("content");
    if (content === null || content.trim() === "") continue;
    for (const attribute of ["property", "name", "itemprop", "http-equiv"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const label = /^(?:og|article|twitter):/.test(key) ? key : `meta ${attribute}=${key}`;
      entries.push({ key, content: content.trim(), label });
    }
  }
  return entries;
}

type JsonObject = Record<string, unknown>;

/** Every JSON-LD object on the page, outermost first: top-level nodes, `@graph` members, nested nodes. */
function readJsonLd(document: Document): JsonObject[] {
  const roots: unknown[] = [];
  for (const script of document.querySelectorAll("script")) {
    if (!/^application\/ld\+json$/i.test((script.getAttribute("type") ?? "").trim())) continue;
    const parsed = parseJsonLenient(script.textContent ?? "");
    if (parsed !== undefined) roots.push(parsed);
  }
  const levels: JsonObject[][] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 12 || value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth);
      return;
    }
    const object = value as JsonObject;
    if ("@type" in object) (levels[depth] ??= []).push(object);
    for (const [key, child] of Object.entries(object)) {
      if (key === "@graph") visit(child, depth);
      else if (child && typeof child === "object") visit(child, depth + 1);
    }
  };
  for (const root of roots) visit(root, 0);
  return levels.flat();
}

function parseJsonLenient(source: string): unknown {
  // Pages wrap their JSON in comments and CDATA markers ("<!--", "/*<![CDATA[*/", "<![CDATA[").
  const cleaned = source
    .trim()
    .replace(/^(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)\s*/, "")
    .replace(/\s*(?:-->|\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>)$/, "")
    .trim();
  const flat = cleaned.replace(/[\u0000-\u001f]+/g, " ");
  for (const attempt of [cleaned, flat, flat.replace(/,\s*([}\]])/g, "$1")]) {
    try {
      return JSON.parse(attempt);
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function types(node: JsonObject): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^https?:\/\/schema\.org\//, ""));
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function idOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && !Array.isArray(value)) return text((value as JsonObject)["@id"]) ?? text((value as JsonObject).url);
  return null;
}

function personNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    const raw = typeof item === "string" ? item : item && typeof item === "object" ? text((item as JsonObject).name) : null;
    const name = raw === null ? null : cleanPersonName(raw);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "By JOHN SMITH " → "JOHN SMITH"; an address, a handle or a long text is no name. */
export function cleanPersonName(raw: string): string | null {
  const name = collapseWhitespace(decodeEntities(raw)).replace(/^(?:by|por|par|von|di|door|av|af)\s+/i, "").replace(/[,;|]+$/, "").trim();
  if (name === "" || name.length > 80 || /^https?:|^www\.|@|\d{4}/i.test(name)) return null;
  return name;
}

/** An absolute http(s) address, resolved against `base`; null for anything else. */
export function httpUrl(value: string, base?: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The address a browser noted when saving the page: Chrome's `saved from url=`, SingleFile's `url:`. */
function savedFromUrl(document: Document): string | null {
  const comments: string[] = [];
  for (const parent of [document, document.documentElement, document.head]) {
    for (const node of parent?.childNodes ?? []) if (node.nodeType === 8) comments.push(node.textContent ?? "");
  }
  const head = comments.join("\n");
  const chrome = /saved from url=\(\d+\)(\S+)/i.exec(head)?.[1];
  const singleFile = /Page saved with SingleFile\s+url:\s*(\S+)/i.exec(head)?.[1];
  return httpUrl(chrome ?? singleFile ?? "");
}

/** "en_US" → "en-US"; null for anything that is not a language tag. */
export function languageCode(value: string): string | null {
  const code = value.trim().replace(/_/g, "-");
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(code) ? code : null;
}

function insideComments(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const marker = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`;
    if (/comment/i.test(marker)) return true;
  }
  return false;
}

/** JSON-LD and meta content sometimes carry HTML entities the page escaped twice. */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt|nbsp));/gi, (whole, dec: string, hex: string, named: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " " }[named.toLowerCase()] ?? whole;
  });
}
