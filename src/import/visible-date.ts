/**
 * The date a page shows with its headline, for pages whose metadata has none.
 *
 * News pages print the publication date just under the headline ("March 11, 2020",
 * "martes 17 de marzo de 2020", "이용민 기자 | 2020-03-04 16:52:59"), sometimes just above it
 * in an element named for it (`<p class="published-date">`). Dates elsewhere on the page are
 * not the article's: comments, related stories, menus, the site's banner with today's date,
 * a photo caption ("…, France, January 16, 2020. Julien De Rosa/Pool") are never read.
 *
 * So: find the headline (the heading that matches the page's title), then read the short text
 * boxes (at most 100 characters) that follow it closely in document order, and take the first
 * full date; an "Updated …" box is skipped. A `<time datetime>` closely after the headline is
 * taken as the article header's time.
 */
import { findDateInText, normalizeTimestamp } from "../dates-in-text.ts";

export interface VisibleDates {
  /** `<time datetime>` in the article's header. */
  times: { written: string; from: string }[];
  /** Dates written in the text next to the headline. */
  texts: { day: string; written: string; from: string }[];
}

/** How far after the headline's end (in characters of text) its date may be. */
const AFTER_HEADLINE = 600;
/** How far before the headline's start a date in an element named for it may be. */
const BEFORE_HEADLINE = 300;
const SHORT_BOX = 100;
/** The longest text a box named for its information (a date line, a byline) may have. */
const INFO_BOX = 250;
const INFO_MARKERS = /date|time|publi|posted|byline|meta|info|source|author|fecha|datum/i;
const MAX_DEPTH = 400;

const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "NAV", "FOOTER", "ASIDE", "FORM", "BUTTON", "SELECT", "IFRAME", "OPTION", "HEAD"]);
const SKIPPED_MARKERS = /comment|related|recommend|sidebar|widget|footer|(?:^|[\s_-])nav(?:$|[\s_-])|navbar|menu|breadcrumb|share|social|promo|advert|trending|popular|most-?read|newsletter|outbrain|taboola|more-?stories|read-?more|cookie|modal|popup/i;
const DATE_MARKERS = /date|time|publi|posted|fecha|datum|data|stamp|byline|dateline/i;
const SITE_HEADER_MARKERS = /masthead|top-?bar|site-?header|header-?top|top-?header|(?:^|\s)(?:header|today|current-?date|clock|weather)(?:$|\s)/i;
const UPDATE_WORDS = /^\W*(?:updated?|modified|last (?:updated|modified|edited)|actualizado|atualizado|actualitzat|mis à jour|mise à jour|aktualisiert|bijgewerkt|aggiornato|zaktualizowano|обновлено)\b/i;

interface Box {
  element: Element;
  text: string;
  start: number;
  end: number;
  /** For a date in an attribute: which ("<time datetime>", "data-publish-time"). */
  label?: string;
}

/**
 * A date an element carries in an attribute: `datetime` on any element, a `data-*` attribute
 * named for a date or time, `content` on an element marked as a date (`itemprop`, class).
 */
function dateAttribute(element: Element): { value: string; label: string } | null {
  const tag = element.tagName.toLowerCase();
  const datetime = element.getAttribute("datetime");
  if (datetime) return { value: datetime, label: `<${tag} datetime>` };
  for (const attribute of element.attributes ?? []) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith("data-") && /date|time|publi/.test(name) && !/modif|updat|expir|edit/.test(name) && /\d{4}-\d{2}-\d{2}/.test(attribute.value)) {
      return { value: attribute.value, label: `the ${name} attribute` };
    }
  }
  const content = element.getAttribute("content");
  const marker = `${element.getAttribute("itemprop") ?? ""} ${element.getAttribute("class") ?? ""}`;
  if (content && /date|publi/i.test(marker) && !/modif|updat/i.test(marker) && /\d{4}-\d{2}-\d{2}/.test(content)) return { value: content, label: `the content of <${tag}>` };
  return null;
}

export function findVisibleDates(document: Document, titles: readonly string[], language: string | null): VisibleDates {
  const result: VisibleDates = { times: [], texts: [] };
  // The whole document, not document.body: pages with a stray second <body> keep their
  // article beside the first one.
  const root = document.documentElement;
  if (!root) return result;

  const found = findHeadline(document, titles);
  if (!found) return result;
  const headline = found.element;

  // One walk over the page: the text offset of every element, and its maximal short boxes.
  const boxes: Box[] = [];
  const times: Box[] = [];
  let offset = 0;
  let headlineStart = -1;
  let headlineEnd = -1;
  /** The element's text when at most SHORT_BOX characters, else null. */
  const visit = (element: Element, depth: number): string | null => {
    const start = offset;
    if (element === headline) headlineStart = start;
    let text = "";
    let long = false;
    const shortChildren: Box[] = [];
    for (const child of element.childNodes) {
      if (child.nodeType === 3) {
        const data = (child.textContent ?? "").replace(/\s+/g, " ");
        if (data.trim()) {
          offset += data.trim().length + 1;
          if (!long) text += data;
        }
      } else if (child.nodeType === 1) {
        const childElement = child as Element;
        // Nesting this deep is no article header (and would exhaust the stack).
        // A container of the headline is never skipped, whatever its name.
        if (depth > MAX_DEPTH || (skipped(childElement) && !childElement.contains(headline))) continue;
        const childStart = offset;
        const childText = visit(childElement, depth + 1);
        if (childText === null) long = true;
        else {
          if (!long) text += ` ${childText} `;
          if (/\p{Nd}/u.test(childText)) shortChildren.push({ element: childElement, text: childText.trim(), start: childStart, end: offset });
        }
      }
      if (!long && text.length > INFO_BOX * 2) long = true;
    }
    if (element === headline) headlineEnd = offset;
    const attribute = dateAttribute(element);
    if (attribute) times.push({ element, text: attribute.value, start, end: offset, label: attribute.label });
    const collapsed = long ? null : text.replace(/\s+/g, " ").trim();
    // A byline or date line may be longer ("记者 王小明 来源：新华网 2020/04/17 10:32 字号：大 中 小 …").
    const limit = INFO_MARKERS.test(`${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`) ? INFO_BOX : SHORT_BOX;
    if (collapsed === null || collapsed.length > limit) {
      boxes.push(...shortChildren);
      return null;
    }
    return collapsed;
  };
  const rootText = visit(root, 0);
  if (rootText !== null && /\p{Nd}/u.test(rootText)) boxes.push({ element: root, text: rootText, start: 0, end: offset });
  if (headlineStart < 0) return result;

  const time = times.find((t) => t.start >= headlineEnd && t.start - headlineEnd <= AFTER_HEADLINE && !isUpdate(t.element) && !isSiteHeader(t.element, headline));
  if (time && normalizeTimestamp(time.text)) result.times.push({ written: time.text, from: `${time.label ?? "<time datetime>"} under the headline` });

  // A short box may hold the headline itself and its date ("<h1>…</h1> 17/03/2020"): only the
  // text after the headline counts.
  const headlineText = (headline.textContent ?? "").replace(/\s+/g, " ").trim();
  boxes.sort((a, b) => a.start - b.start);
  for (const box of boxes) {
    const holdsHeadline = box.start <= headlineStart && box.end >= headlineEnd;
    if ((box.start < headlineEnd && !holdsHeadline) || box.start - headlineEnd > AFTER_HEADLINE) continue;
    const text = holdsHeadline ? box.text.slice(box.text.indexOf(headlineText) + headlineText.length).trim() : box.text;
    if (holdsHeadline && box.text.indexOf(headlineText) < 0) continue;
    if (UPDATE_WORDS.test(text) || isSiteHeader(box.element, headline)) continue;
    // Under a heading that is not known to be the article's, only an element named for a date.
    if (!found.matched && !namedForDate(box.element)) continue;
    const date = findDateInText(text, language);
    if (date) {
      result.texts.push({ day: date.day, written: text, from: "the date under the headline" });
      break;
    }
  }
  if (result.texts.length === 0) {
    // Boxes that end before the headline, or hold it with their date first ("<i class=date>
    // 11.02.2020</i><h1>…</h1>"): then only the text before the headline counts.
    const before = boxes.filter((box) => {
      const holdsHeadline = box.start <= headlineStart && box.end >= headlineEnd;
      return (holdsHeadline || (box.end <= headlineStart && headlineStart - box.end <= BEFORE_HEADLINE)) && namedForDate(box.element);
    });
    for (const box of before.reverse()) {
      const at = box.text.indexOf(headlineText);
      const text = box.start <= headlineStart && box.end >= headlineEnd ? (at > 0 ? box.text.slice(0, at) : "") : box.text;
      if (!text || UPDATE_WORDS.test(text) || isSiteHeader(box.element, headline)) continue;
      const date = findDateInText(text, language);
      if (date) {
        result.texts.push({ day: date.day, written: text, from: "the date above the headline" });
        break;
      }
    }
  }
  return result;
}

function skipped(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.getAttribute("hidden") !== null || element.getAttribute("aria-hidden") === "true") return true;
  // The page's frame is never skipped for its classes ("<body class="menu-closed has-sidebar">").
  if (tag === "BODY" || tag === "MAIN" || tag === "ARTICLE") return false;
  const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""} ${element.getAttribute("role") ?? ""}`;
  return SKIPPED_MARKERS.test(marker) || /^(?:navigation|complementary|contentinfo)$/.test(element.getAttribute("role") ?? "");
}

/** True when the box, an element inside it or one of its three nearest ancestors is named for a date. */
function namedForDate(element: Element): boolean {
  const named = (node: Element) => DATE_MARKERS.test(`${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""} ${node.getAttribute("itemprop") ?? ""}`);
  let node: Element | null = element;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) if (named(node)) return true;
  return [...element.querySelectorAll("*")].some(named);
}

function isUpdate(element: Element): boolean {
  const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("itemprop") ?? ""}`;
  return /modif|updat/i.test(marker);
}

/** Text as compared with a title: full-width forms folded (NFKC), no punctuation, one space, lower case. */
const fold = (text: string) => text.normalize("NFKC").replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim().toLowerCase();

/** How long a text reads: an ideograph, kana or hangul syllable says as much as a short word. */
const weight = (text: string) => text.length + 3 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);

interface Headline {
  element: Element;
  /** True when it shows one of the page's titles; false for a first <h1> taken for want of one. */
  matched: boolean;
}

/**
 * The element that shows the article's title: the first h1, h2 or headline-named element
 * whose text is one of the page's titles, outside menus and sidebars, else anywhere but the
 * page's head, navigation and footer (a container named "main-content-without-advertisements"
 * is no advert); else the first h1 outside them, unmatched.
 */
function findHeadline(document: Document, titles: readonly string[]): Headline | null {
  const wanted = titles.map(fold).filter((t) => t.length >= 4);
  const matches = (element: Element) => {
    const text = fold(element.textContent ?? "");
    if (text.length < 4) return false;
    return wanted.some((title) => title === text || (weight(text) >= 15 && title.includes(text)) || (weight(title) >= 15 && text.includes(title)));
  };
  const outsideFrame = (selector: string) => [...document.querySelectorAll(selector)].filter((h) => !insideTags(h, FRAME_TAGS));
  // Headings first; then elements named for a headline, which may also hold its date.
  const headings = outsideFrame("h1, h2, [itemprop~='headline']");
  const named = outsideFrame("[class~='headline'], [id='headline'], [class~='title'], [class~='article-title'], [class~='entry-title']");
  const clear = headings.filter((h) => !insideSkipped(h));
  const found = clear.find(matches) ?? headings.find(matches) ?? named.find((h) => !insideSkipped(h) && matches(h)) ?? named.find(matches);
  if (found) return { element: found, matched: true };
  const first = clear.find((h) => h.tagName.toUpperCase() === "H1" && fold(h.textContent ?? "").length >= 4);
  return first ? { element: first, matched: false } : null;
}

/** Parts of a page that are never the article's: a heading inside them is not its headline. */
const FRAME_TAGS = new Set(["HEAD", "NAV", "FOOTER", "ASIDE", "SCRIPT", "TEMPLATE", "NOSCRIPT"]);

function insideTags(element: Element, tags: ReadonlySet<string>): boolean {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) if (tags.has(node.tagName.toUpperCase())) return true;
  return false;
}

/**
 * True for the site's masthead: a <header> outside the article, or an element named for one,
 * that does not hold the headline. The date there is today's, shown on every page of the site.
 */
function isSiteHeader(element: Element, headline: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.contains(headline)) return false;
    const tag = node.tagName.toUpperCase();
    if (tag === "ARTICLE" || tag === "MAIN") return false;
    if ((tag === "HEADER" && !node.closest("article, main")) || node.getAttribute("role") === "banner") return true;
    const marker = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`;
    if (SITE_HEADER_MARKERS.test(marker)) return true;
  }
  return false;
}

function insideSkipped(element: Element): boolean {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    if (skipped(node)) return true;
  }
  return false;
}
