/**
 * A saved web page in, its article out: the page's own metadata (src/import/html-metadata.ts),
 * read before anything is removed, then Mozilla Readability on a linkedom DOM for the title,
 * byline and text, then turndown for Markdown. Navigation, ads, share widgets and comments are
 * left behind by Readability; what furniture slips through is removed by htmlToMarkdown.
 *
 * Nothing here throws: a page Readability cannot read still gives its metadata, with no text.
 */
import { Readability } from "@mozilla/readability";
import iconv from "iconv-lite";
import { parseHTML } from "linkedom";
import { collapseWhitespace } from "../text.ts";
import { decodeEntities, readHtmlMetadata, type Found, type HtmlMetadata } from "./html-metadata.ts";
import { htmlToMarkdown } from "./to-markdown.ts";

export interface ExtractedPage {
  /** The article's title and where it came from, or null when the page has none. */
  title: Found<string> | null;
  metadata: HtmlMetadata;
  /** Readability's byline, site name and language, where it found them. */
  byline: string | null;
  siteName: string | null;
  language: string | null;
  /** The article text as Markdown ("" when no article text was found). */
  markdown: string;
}

export interface ExtractOptions {
  /** The address the page was saved from, when known. */
  knownUrl?: string | null;
}

/**
 * Decodes a saved page: a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else the
 * charset the page declares, else Windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString("utf8");
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer.subarray(2), "utf16le");
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer.subarray(2), "utf16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    const head = buffer.subarray(0, 4096).toString("latin1");
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
    const charset = declared && iconv.encodingExists(declared) ? declared : "windows-1252";
    return iconv.decode(buffer, charset);
  }
}

export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedPage {
  let document: Document;
  try {
    document = parseHTML(html).document as unknown as Document;
  } catch {
    document = parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
  }
  const metadata = safely(() => readHtmlMetadata(document, { knownUrl: options.knownUrl ?? null }), emptyMetadata());
  const base = metadata.addresses[0]?.value ?? null;

  let parsed: ReturnType<Readability["parse"]> = null;
  try {
    parsed = new Readability(document, { charThreshold: 300 }).parse();
  } catch {
    parsed = null;
  }

  // Readability leaves entities a page escaped twice ("su&nbsp;mamá") as written.
  // Readability leaves entities a page escaped twice ("su&nbsp;mamá") as written.
  const readabilityTitle = collapseWhitespace(decodeEntities(parsed?.title ?? ""));
  let title: Found<string> | null = null;
  if (readabilityTitle) {
    const same = metadata.titles.find((t) => t.value === readabilityTitle);
    const within = metadata.titles.find((t) => t.from === "<title>" && t.value.includes(readabilityTitle));
    title = { value: readabilityTitle, from: same?.from ?? (within ? "<title>, without the site's name" : "Readability") };
  } else {
    title = metadata.titles[0] ?? null;
  }
  if (title) {
    const siteNames = [...metadata.publishers.map((p) => p.value), parsed?.siteName ?? ""];
    const cleaned = withoutSiteName(title.value, siteNames);
    if (cleaned !== title.value) title = { value: cleaned, from: `${title.from}, without the site's name` };
  }

  const markdown = parsed?.content ? htmlToMarkdown(parsed.content, { base, title: title?.value ?? null }) : "";
  const byline = parsed?.byline ? collapseWhitespace(parsed.byline) : null;
  return {
    title,
    metadata,
    byline: byline || null,
    siteName: parsed?.siteName ? collapseWhitespace(parsed.siteName) || null : null,
    language: parsed?.lang ?? null,
    markdown,
  };
}

const SEPARATOR = "\\s+[|–—:·•-]+\\s+|\\s*[|·•]\\s*|\\s+::\\s+";

/**
 * A title without the site's name the page appended or prepended ("Two newborns die … - The
 * Frontier Post" → "Two newborns die …"), nor a stray separator at either end ("| Aktres, …").
 */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  let text = title.replace(/^[\s|:–—·•-]+|[\s|:–—·•-]+$/g, "") || title;
  for (const name of siteNames.map((n) => collapseWhitespace(n)).filter((n) => n.length >= 2)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const trailing = new RegExp(`(?:${SEPARATOR})${escaped}$`, "i");
    const leading = new RegExp(`^${escaped}(?:${SEPARATOR})`, "i");
    const stripped = text.replace(trailing, "").replace(leading, "");
    if (stripped !== text && stripped.trim().length >= 10) text = stripped.trim();
  }
  return text;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function emptyMetadata(): HtmlMetadata {
  return { titles: [], dates: [], authors: [], publishers: [], addresses: [], languages: [], topics: [], descriptions: [], software: null };
}
