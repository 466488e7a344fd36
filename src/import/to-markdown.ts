/**
 * Article HTML (Readability's output) to clean Markdown, with turndown.
 *
 * The archive shows text, not a copy of the page: images, figures, videos, embeds and forms are
 * dropped (the site's Content-Security-Policy would block their remote files anyway), links are
 * kept only to http(s) and mailto addresses, tables become plain one-line HTML tables (which the
 * archive's sanitizer allows), and paragraphs that are page furniture ("Advertisement",
 * "Share this article") are removed. Text that looks like Markdown or HTML is escaped, so a
 * ticker symbol "<SRD>" reads as written.
 */
import TurndownService from "turndown";
import { collapseWhitespace } from "../text.ts";
import { findDateInText } from "../dates-in-text.ts";

/** Paragraphs that are page furniture, wherever they stand. */
const FURNITURE = /^(?:advertisement|advertising|anzeige|publicidad|publicité|pubblicità|reklama|sponsored(?: content)?|skip advertisement|continue reading(?: the main story)?|story continues below(?: advertisement)?|share(?: this(?: article| story| post)?)?(?: on (?:facebook|twitter|linkedin|whatsapp|email))?|tweet|print(?: this(?: article| story)?)?|email(?: this)?|e-mail|(?:show |view |\d+ )?comments?|read (?:more|full article|the full story)|(?:next|previous) (?:story|article|post)|load more|back to top|related(?: articles| stories| news| content)?|follow us(?: on \w+)?|subscribe(?: now)?|分享|关键字|關鍵字|关键词|關鍵詞|标签|標籤)\W*$/i;
/** A promotion of another story: "MUST READ | …", "ALSO READ: …". */
const PROMOTION = /^(?:must read|also read|read also|see also|read more|recommended|watch|listen|related)\s*[|:]/i;

/**
 * Calls to action a site appends to its stories: newsletters, subscriptions, sharing, comments,
 * apps. Removed when the paragraph is short (a real paragraph that mentions a newsletter is long).
 */
const CALL_TO_ACTION = /\b(?:newsletters?|subscribe to|sign up (?:for|to)|inscrever|suscr[ií]bete|abonnez-vous|subscriu-te|leave a (?:comment|reply)|commenting (?:feature|is)|read or share this|share this (?:story|article)|follow [\w.]+ on (?:twitter|facebook|instagram)|download (?:our|the) app)\b/i;
/** The heading of a comments section: it and everything after it are the readers', not the story's. */
const COMMENTS_HEADING = /^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:comment|reply)|join the (?:conversation|discussion)|discussion|kommentarer|kommentare|commentaires|comentarios|comentários|commenti|komentarze|комментарии)(?:\s*\(\d+\))?\W*$/i;
/** Photo credits left from a removed picture: "Foto: Liselotte Sabroe/Ritzau Scanpix". */
const PHOTO_CREDIT = /^(?:photo|photograph|image|picture|foto|fotó|bild|imagen|immagine|crédito|credit)s?(?: credit)?\s*[:：]/i;
/** A line that is only a label and a date: "Updated: March 16, 2020, 5:01 PM IST", "Publicado el 17/03/2020". */
const DATE_LINE_LABEL = /^\W*(?:(?:last )?updated|published|posted|modified|publicado|actualizado|atualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)?\W*(?:on|el|em|le|am|il)?\W*$/i;

type TurndownNode = TurndownService.Node;

function createService(base: string | null): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "*",
    strongDelimiter: "**",
    linkStyle: "inlined",
  });
  const defaultEscape = service.escape.bind(service);
  service.escape = (text: string) => defaultEscape(text).replace(/</g, "\\<");

  // Added rules come before turndown's own (its image rule among them).
  service.addRule("dropped", {
    filter: ["script", "style", "noscript", "template", "iframe", "object", "embed", "video", "audio", "picture", "img", "svg", "canvas", "form", "input", "button", "select", "textarea", "nav", "aside", "footer"] as TurndownService.Filter,
    replacement: () => "",
  });
  // A figure is its image and caption; a figure holding a quotation is text.
  service.addRule("figure", {
    filter: (node) => node.nodeName === "FIGURE" && !node.querySelector("blockquote, p"),
    replacement: () => "",
  });
  service.addRule("figcaption", { filter: ["figcaption"], replacement: () => "" });
  service.addRule("link", {
    filter: (node) => node.nodeName === "A",
    replacement: (content, node) => {
      const text = content.trim();
      const href = absoluteHref((node as HTMLElement).getAttribute("href"), base);
      if (!text) return "";
      if (!href || href === text) return content;
      return `[${text}](${href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
    },
  });
  service.addRule("table", {
    filter: ["table"],
    replacement: (_content, node) => `\n\n${simpleTable(node)}\n\n`,
  });
  return service;
}

function absoluteHref(href: string | null, base: string | null): string | null {
  if (!href || href.startsWith("#")) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A table as one line of plain HTML: rows and cells, their text only. */
function simpleTable(node: TurndownNode): string {
  // turndown's DOM (domino) has array-like, not iterable, lists.
  const rows: string[] = [];
  const rowList = node.querySelectorAll("tr");
  for (let r = 0; r < rowList.length; r++) {
    const row = rowList[r];
    if (!row) continue;
    const cells: string[] = [];
    for (let c = 0; c < row.children.length; c++) {
      const cell = row.children[c];
      if (!cell || (cell.nodeName !== "TD" && cell.nodeName !== "TH")) continue;
      const tag = cell.nodeName === "TH" ? "th" : "td";
      cells.push(`<${tag}>${escapeHtml(collapseWhitespace(cell.textContent ?? ""))}</${tag}>`);
    }
    if (cells.length) rows.push(`<tr>${cells.join("")}</tr>`);
  }
  return rows.length ? `<table>${rows.join("")}</table>` : "";
}

/**
 * Converts article HTML to Markdown. `base` resolves relative links; `title`, when given, is
 * dropped from the top of the text where the page repeats it as a heading.
 */
export function htmlToMarkdown(html: string, options: { base?: string | null; title?: string | null } = {}): string {
  const service = createService(options.base ?? null);
  let markdown: string;
  try {
    markdown = service.turndown(html);
  } catch {
    return "";
  }
  let blocks = markdown
    .split(/\n{2,}/)
    .map((block) => block.replace(/[ \t]+$/gm, "").replace(/^\n+|\n+$/g, ""))
    .filter((block) => block.trim() !== "" && !/^(?:[-*]\s*)?$/.test(block.trim()));
  blocks = removeFurniture(blocks);
  // The headline repeated at the top of the text, as a heading or a line.
  const title = options.title ? foldTitle(options.title) : null;
  if (title) blocks = blocks.filter((block, index) => index >= 6 || foldTitle(plain(block)) !== title);
  return blocks.join("\n\n");
}

/**
 * Drops the blocks that are the page's, not the story's: furniture labels, short calls to
 * action, lines holding only a date, lists and paragraphs that are nothing but links (related
 * stories, tags, "Filed under"), with the short label above them ("Read more on").
 */
function removeFurniture(blocks: readonly string[]): string[] {
  const kept: string[] = [];
  for (const [index, block] of blocks.entries()) {
    const text = plain(block);
    if (COMMENTS_HEADING.test(text) && index >= blocks.length / 3) break;
    const drop =
      text === "" ||
      FURNITURE.test(text) ||
      (text.length <= 120 && PHOTO_CREDIT.test(text)) ||
      (text.length <= 200 && PROMOTION.test(text)) ||
      (text.length <= 300 && CALL_TO_ACTION.test(text)) ||
      isDateLine(text) ||
      isLinkOnly(block);
    if (!drop) {
      kept.push(block);
      continue;
    }
    if (isLinkOnly(block)) {
      // The label of a removed list of links: "Read more on", "Filed under", "### Related".
      const previous = kept[kept.length - 1];
      if (previous !== undefined && isLabel(previous)) kept.pop();
    }
  }
  return kept;
}

/** True for a paragraph, heading or list all of whose text is link text. */
function isLinkOnly(block: string): boolean {
  const items = /^\s*(?:[-*+]|\d+\.)\s/.test(block) ? block.split(/\n(?=\s*(?:[-*+]|\d+\.)\s)/) : [block];
  return items.every((item) => {
    const text = plain(item).replace(/^(?:[-*+]|\d+\.)\s+/, "");
    if (!text) return true;
    const links = [...item.matchAll(/\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)]*\)/g)];
    if (links.length === 0) return false;
    const linkText = links.map((m) => plain(m[1] ?? "")).join("").replace(/\s+/g, "").length;
    return linkText >= 0.9 * text.replace(/\s+/g, "").length;
  });
}

function isLabel(block: string): boolean {
  const text = plain(block);
  return text.length > 0 && text.split(" ").length <= 5 && !/[.!?"”»]$/.test(text) && !isLinkOnly(block);
}

function isDateLine(text: string): boolean {
  if (text.length > 100) return false;
  const date = findDateInText(text);
  if (!date) return false;
  const rest = text.replace(date.written, " ").replace(/\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?/gi, " ");
  return DATE_LINE_LABEL.test(rest.replace(/[,|/·•–—-]/g, " ").trim());
}

/** Escapes plain text paragraphs (from a .txt file) as Markdown paragraphs. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const service = createService(null);
  return paragraphs.map((paragraph) => service.escape(collapseWhitespace(paragraph))).filter(Boolean).join("\n\n");
}

/** A Markdown block's text, roughly: for comparisons only. */
function plain(block: string): string {
  return collapseWhitespace(
    block
      .replace(/^#{1,6}\s+/gm, "")
      .replace(/\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`\\]/g, "")
      .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, ""),
  );
}

const foldTitle = (text: string) => collapseWhitespace(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
