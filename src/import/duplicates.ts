/**
 * Telling an article the archive already has: by its original address (compared as
 * `comparableUrl` writes it: lower-case host, no `www.`, either scheme, no trailing slash, no
 * `utm_*` or click-id parameters, no fragment) or by its text (a hash of the body's text with
 * white space normalized, read the way the build reads it).
 */
import { createHash } from "node:crypto";
import { readFrontMatter } from "../front-matter.ts";
import { renderMarkdownBody } from "../markdown.ts";
import { readPlainText, stripTrailingFurniture } from "../plain-text.ts";
import { readArchiveFiles } from "../read-archive.ts";
import { collapseWhitespace } from "../text.ts";
import type { ArticleFormat } from "../types.ts";

const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/** The form addresses are compared in; null for anything that is not an http(s) address. */
export function comparableUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const port = url.port ? `:${url.port}` : "";
  const path = url.pathname.replace(/\/+$/, "");
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : "";
  return `${host}${port}${path}${query}`;
}

/** The article text of a file, as the build reads it: a .txt file's paragraphs, a Markdown body's blocks. */
export function articleText(fileText: string, format: ArticleFormat): string {
  const frontMatter = readFrontMatter(fileText);
  const body = frontMatter.ok ? frontMatter.body : fileText;
  if (format === "txt") {
    const hasTitleLine = !(frontMatter.ok && typeof frontMatter.data.title === "string" && frontMatter.data.title.trim());
    return readPlainText(body, hasTitleLine).paragraphs.join("\n\n");
  }
  const { lines } = stripTrailingFurniture(body.split("\n"));
  return renderMarkdownBody(lines.join("\n")).blocks.join("\n\n");
}

/** Texts shorter than this are not compared: two empty bodies are not one article. */
const MIN_TEXT_LENGTH = 80;

/** A hash of an article's text with its white space normalized; null when there is too little text. */
export function textFingerprint(text: string): string | null {
  const normalized = collapseWhitespace(text.normalize("NFC"));
  if (normalized.length < MIN_TEXT_LENGTH) return null;
  return createHash("sha256").update(normalized).digest("hex");
}

export interface Duplicate {
  /** The file already holding the article (relative to the articles folder), or the earlier input. */
  file: string;
  /** "the same original address" or "the same text". */
  reason: string;
}

export interface ArticleIndex {
  find(addresses: readonly string[], fingerprint: string | null): Duplicate | null;
  add(file: string, addresses: readonly string[], fingerprint: string | null): void;
  size(): number;
}

export function createArticleIndex(): ArticleIndex {
  const byUrl = new Map<string, string>();
  const byText = new Map<string, string>();
  let count = 0;
  return {
    find(addresses, fingerprint) {
      for (const address of addresses) {
        const key = comparableUrl(address);
        const file = key ? byUrl.get(key) : undefined;
        if (file) return { file, reason: `the same original address (${address})` };
      }
      const file = fingerprint ? byText.get(fingerprint) : undefined;
      return file ? { file, reason: "the same text" } : null;
    },
    add(file, addresses, fingerprint) {
      count++;
      for (const address of addresses) {
        const key = comparableUrl(address);
        if (key && !byUrl.has(key)) byUrl.set(key, file);
      }
      if (fingerprint && !byText.has(fingerprint)) byText.set(fingerprint, file);
    },
    size: () => count,
  };
}

/**
 * Every article file in the articles folder, by its `url` and its text. A missing folder is an
 * empty one. `label` names a file (given its path in the folder) in messages.
 */
export function indexArticlesFolder(articlesDir: string, label: (relativePath: string) => string = (p) => p): ArticleIndex {
  const index = createArticleIndex();
  let files;
  try {
    files = readArchiveFiles(articlesDir).files;
  } catch {
    return index;
  }
  for (const file of files) {
    const frontMatter = readFrontMatter(file.text);
    const url = frontMatter.ok && typeof frontMatter.data.url === "string" ? [frontMatter.data.url] : [];
    index.add(label(file.path), url, textFingerprint(articleText(file.text, file.format)));
  }
  return index;
}
