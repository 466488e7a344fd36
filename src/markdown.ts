/**
 * Article bodies to safe HTML.
 *
 * Markdown goes through markdown-it, which escapes text and refuses `javascript:` links. Raw
 * HTML in Markdown then goes through sanitize-html with an allowlist; a tag outside it is
 * shown as written rather than dropped, because wire copy is full of ticker symbols in angle
 * brackets ("<SRD>", "<Matra>") that a reader must see. Nothing in an article is ever run
 * as a template: `{{ }}` and `{% %}` are text.
 */
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "./html.ts";
import { collapseWhitespace } from "./text.ts";

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

// The page's title is its only <h1>: headings in a body start at <h2>.
markdown.renderer.rules.heading_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token && token.tag === "h1") token.tag = "h2";
  return self.renderToken(tokens, index, options);
};
markdown.renderer.rules.heading_close = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token && token.tag === "h1") token.tag = "h2";
  return self.renderToken(tokens, index, options);
};
// Links in an article lead away from the archive: no referrer, no endorsement.
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index]?.attrSet("rel", "nofollow noopener noreferrer");
  return self.renderToken(tokens, index, options);
};

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s",
    "sub", "sup", "small", "mark", "abbr", "cite", "q", "dfn", "time", "span", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "img", "a", "del", "ins",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    abbr: ["title"],
    time: ["datetime"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
    h1: "h2",
    // Only an image at an absolute web address is kept; anything else becomes its alt text.
    img: (tagName, attribs) =>
      /^https?:\/\//i.test(attribs.src ?? "")
        ? { tagName, attribs: { ...attribs, loading: "lazy" } }
        : { tagName: "span", attribs: {}, text: attribs.alt ?? "" },
  },
};

const ALLOWED_TAGS = new Set(SANITIZE_OPTIONS.allowedTags || []);

export interface RenderedBody {
  html: string;
  /** The text of each block (paragraph, heading, list item), without markup. */
  blocks: string[];
  /** Set when the Markdown could not be rendered whole and was shown as plain text instead. */
  fallback?: string;
}

const WORD = /[\p{L}\p{N}]{3,}/gu;

/**
 * Whether the rendered text kept the source's words. Past its nesting limit (100 levels of
 * quotes or lists) markdown-it stops without a word, dropping text; link addresses, tags and
 * reference definitions are not text, so they are left out of the comparison.
 */
function keptTheWords(source: string, blocks: readonly string[]): boolean {
  const written = source
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/^\s*\[[^\]\n]+\]:\s*\S+.*$/gm, " ")
    .replace(/\]\([^)\n]*\)/g, "] ")
    .replace(/<[^>\n]*>/g, " ");
  const rendered = new Set(blocks.join(" ").match(WORD) ?? []);
  const words = new Set(written.match(WORD) ?? []);
  let missing = 0;
  for (const word of words) if (!rendered.has(word)) missing++;
  return missing <= Math.max(2, words.size * 0.02);
}

function asPlainText(source: string, reason: string): RenderedBody {
  const paragraphs = source.split(/\n\s*\n/).map(collapseWhitespace).filter(Boolean);
  return { html: renderParagraphs(paragraphs), blocks: paragraphs, fallback: reason };
}

const TOO_DEEP = "is nested too deeply to read as Markdown (over 100 levels); shown as plain text so that nothing is lost";

/** Renders a Markdown body to sanitized HTML and its plain-text blocks. */
/**
 * The blocks of a Markdown body without parsing it, for `npm run check`, which needs only the
 * opening (for the dateline) and a fingerprint of the text: paragraphs split at blank lines,
 * block markers (headings, quotes, list bullets) and inline emphasis dropped. A body that may
 * be nested too deeply is parsed after all, so the same warning is given as in a build.
 */
export function roughMarkdownBlocks(source: string): RenderedBody {
  if (MAYBE_TOO_DEEP.test(source)) return renderMarkdownBody(source, true);
  const blocks = source
    .split(/\n[ \t]*\n/)
    .map((block) => collapseWhitespace(block.replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, "").replace(/[*_`]+/g, "")))
    .filter(Boolean);
  return { html: "", blocks };
}

/** `textOnly`: only the plain-text blocks are wanted (`npm run check`), so no HTML is made. */
export function renderMarkdownBody(source: string, textOnly = false): RenderedBody {
  let rendered: RenderedBody;
  try {
    rendered = renderMarkdown(source, textOnly);
  } catch {
    // A pathological nesting can exhaust the parser's stack: the text is kept all the same.
    return asPlainText(source, TOO_DEEP);
  }
  // Only text nested deep enough to reach markdown-it's limit can be lost: check that text only.
  if (!MAYBE_TOO_DEEP.test(source)) return rendered;
  return keptTheWords(source, rendered.blocks) ? rendered : asPlainText(source, TOO_DEEP);
}

/** Fifty quote marks, a hundred columns of indent, or fifty brackets in a row. */
const MAYBE_TOO_DEEP = /(?:>[ \t]*){50}|^[ \t]{100}|[[(]{50}/m;

function renderMarkdown(source: string, textOnly: boolean): RenderedBody {
  const tokens = markdown.parse(source, {});
  keepUnknownTagsAsText(tokens);
  if (textOnly) return { html: "", blocks: plainBlocks(tokens) };
  const hasRawHtml = tokens.some(
    (token) => token.type === "html_block" || (token.type === "inline" && token.children?.some((child) => child.type === "html_inline")),
  );
  const rendered = markdown.renderer.render(tokens, markdown.options, {});
  const html = hasRawHtml ? sanitizeHtml(rendered, SANITIZE_OPTIONS) : rendered;

  return { html: html.trim(), blocks: plainBlocks(tokens) };
}

/** The text of each block (paragraph, heading, list item, code), without markup. */
function plainBlocks(tokens: ReturnType<typeof markdown.parse>): string[] {
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type === "inline") {
      const text = (token.children ?? [])
        .map((child) => {
          if (child.type === "text" || child.type === "code_inline") return child.content;
          if (child.type === "softbreak" || child.type === "hardbreak") return " ";
          if (child.type === "html_inline") return isAllowedTag(child.content) ? "" : child.content;
          return "";
        })
        .join("");
      const collapsed = collapseWhitespace(text);
      if (collapsed) blocks.push(collapsed);
    } else if (token.type === "html_block" || token.type === "fence" || token.type === "code_block") {
      const text = collapseWhitespace(
        token.type === "html_block" ? sanitizeHtml(token.content, { allowedTags: [], allowedAttributes: {} }) : token.content,
      );
      if (text) blocks.push(decodeBasicEntities(text));
    }
  }
  return blocks;
}

/** Paragraphs of plain text (a .txt body) as HTML. */
export function renderParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
}

/**
 * Raw HTML that names no allowed tag is text someone wrote ("<SRD>", "<Matra>"): turn it back
 * into text before rendering, so it shows exactly as written, case and all.
 */
function keepUnknownTagsAsText(tokens: ReturnType<typeof markdown.parse>): void {
  for (const token of tokens) {
    if (token.type === "inline") {
      for (const child of token.children ?? []) {
        if (child.type === "html_inline" && !isAllowedTag(child.content)) child.type = "text";
      }
    } else if (token.type === "html_block") {
      const names = [...token.content.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)].map((m) => (m[1] ?? "").toLowerCase());
      if (!names.some((name) => ALLOWED_TAGS.has(name))) {
        token.content = `<p>${escapeHtml(token.content.trim())}</p>\n`;
      } else {
        token.content = token.content.replace(/<(?=\/?([a-z][a-z0-9-]*))/gi, (lt, _slash, offset: number) => {
          const name = /^<\/?([a-z][a-z0-9-]*)/i.exec(token.content.slice(offset))?.[1]?.toLowerCase() ?? "";
          return ALLOWED_TAGS.has(name) ? lt : "&lt;";
        });
      }
    }
  }
}

/** Whether raw inline HTML is a tag the sanitizer keeps (so it is markup, not text such as "<SRD>"). */
function isAllowedTag(markup: string): boolean {
  const name = /^<\/?([a-z][a-z0-9-]*)/i.exec(markup)?.[1]?.toLowerCase();
  return name !== undefined && ALLOWED_TAGS.has(name);
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
