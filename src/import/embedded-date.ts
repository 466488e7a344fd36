/**
 * Publication dates a page carries in its code rather than its metadata: a key named for
 * publication in a script's data (`"dateOfPublication":"2020-01-30 09:44:01"`, `publishDate:
 * '2020-04-17'`, also in JSON-LD too broken to parse), or an attribute (`data-publish-date`,
 * `data-pubdate`, a microformat's `published`, a `datetime` inside the article).
 *
 * Only keys that say "published" (or a content system's name for it: `ptime`, `createtime`) are
 * read: "created" and "date" alone name too many other things (a section's creation, a
 * comment's, today's), and modification dates never count.
 * Attributes are read before scripts, each in page order: the page's own data comes before
 * lists of other stories.
 */
import { normalizeTimestamp } from "../dates-in-text.ts";

export interface EmbeddedDate {
  written: string;
  iso: string;
  from: string;
}

/** Keys, lower case without `_`, `-` or `.`, that name a publication date. */
const PUBLICATION_KEYS = new Set([
  "datepublished", "published", "publishedat", "publisheddate", "publishedtime", "publishedon",
  "publishdate", "publishtime", "publishat", "publishon", "publishdatetime", "pubdate", "pubtime",
  "dateofpublication", "publicationdate", "publicationtime", "firstpublished", "firstpublishedat",
  "firstpublisheddate", "dateposted", "postedat", "postedon", "postdate", "articledate",
  "articlepublisheddate", "articlepublishdate", "datafirstpublished",
  // Chinese and other content systems' names: NetEase's ptime, Tencent's pubtime, …
  "ptime", "newstime", "posttime", "releasetime", "createtime", "addtime", "publishedtimeutc",
]);

const ISO_VALUE = "(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s?(?:Z|[+-]\\d{2}:?\\d{2})?)?)";
// "key": "value", key: 'value', key = "value" (escaped quotes in JSON inside strings too).
const SCRIPT_PAIR = new RegExp(`["']?([A-Za-z_][\\w.-]{2,40})\\\\?["']?\\s*[:=]\\s*\\\\?["']${ISO_VALUE}\\\\?["']`, "g");

/** Menus, sidebars, footers and lists of other stories. */
const ASIDE = /related|recommend|sidebar|widget|popular|trending|most-?read|more-?stories|read-?more|footer|menu|(?:^|[\s_-])nav(?:$|[\s_-])|teaser|comment/i;

function insideAside(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (/^(?:NAV|ASIDE|FOOTER)$/.test(node.tagName.toUpperCase())) return true;
    if (ASIDE.test(`${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

const keyOf = (name: string) => name.toLowerCase().replace(/[-_.]/g, "").replace(/^data/, "");

export function findEmbeddedDates(document: Document): EmbeddedDate[] {
  const found: EmbeddedDate[] = [];
  const add = (written: string, from: string) => {
    const iso = normalizeTimestamp(written);
    if (iso && !found.some((f) => f.iso === iso)) found.push({ written, iso, from });
  };

  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes ?? []) {
      const name = attribute.name.toLowerCase();
      if (!name.startsWith("data-") || !PUBLICATION_KEYS.has(keyOf(name)) || insideAside(element)) continue;
      add(attribute.value, `the attribute ${name}`);
    }
  }
  // Microformats: hAtom's `published` (WordPress themes: <abbr class="published" title="…">,
  // <time class="entry-date published" datetime="…">) and h-entry's `dt-published`; and a
  // `datetime` inside the article. Lists of other stories carry them too: they count only
  // outside menus and sidebars, and when they all give one day.
  const marked: EmbeddedDate[] = [];
  for (const element of document.querySelectorAll(".published, .dt-published")) {
    const classes = ` ${element.getAttribute("class") ?? ""} `;
    if (/\s(?:updated|dt-updated)\s/.test(classes) && !/\s(?:published|dt-published)\s/.test(classes)) continue;
    const value = element.getAttribute("datetime") ?? element.getAttribute("title") ?? element.getAttribute("content");
    const iso = value && !insideAside(element) ? normalizeTimestamp(value) : null;
    if (value && iso) marked.push({ written: value, iso, from: `the microformat ${element.tagName.toLowerCase()}.${/dt-published/.test(classes) ? "dt-published" : "published"}` });
  }
  for (const element of document.querySelectorAll("article [datetime], main [datetime], [itemprop~='articleBody'] [datetime]")) {
    const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("itemprop") ?? ""}`;
    const value = element.getAttribute("datetime") ?? "";
    const iso = !/modif|updat/i.test(marker) && !insideAside(element) ? normalizeTimestamp(value) : null;
    if (iso) marked.push({ written: value, iso, from: `<${element.tagName.toLowerCase()} datetime> in the article` });
  }
  if (new Set(marked.map((m) => m.iso.slice(0, 10))).size === 1) for (const m of marked) add(m.written, m.from);
  for (const script of document.querySelectorAll("script")) {
    const code = script.textContent ?? "";
    if (!/\d{4}-\d{2}-\d{2}/.test(code)) continue;
    for (const m of code.matchAll(SCRIPT_PAIR)) {
      const key = m[1] ?? "";
      if (PUBLICATION_KEYS.has(keyOf(key.split(".").pop() ?? key))) add(m[2] ?? "", `a script's "${key}"`);
    }
  }
  return found;
}
