/**
 * Publication dates a page carries in its code rather than its metadata: a key named for
 * publication in a script's data (`"dateOfPublication":"2020-01-30 09:44:01"`, `publishDate:
 * '2020-04-17'`, also in JSON-LD too broken to parse), or an attribute (`data-publish-date`,
 * `data-pubdate`, a `datetime` inside the article).
 *
 * Only keys that say "published" (or a content system's name for it: `ptime`, `createtime`) are
 * read: "created" and "date" alone name too many other things (a section's creation, a
 * comment's, today's), and modification dates never count.
 * Attributes are read before scripts, each in page order: the page's own data comes before
 * lists of other stories.
 */
import { normalizeTimestamp } from "./date-text.ts";

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
      if (!name.startsWith("data-") || !PUBLICATION_KEYS.has(keyOf(name))) continue;
      add(attribute.value, `the attribute ${name}`);
    }
  }
  for (const element of document.querySelectorAll("article [datetime], main [datetime], [itemprop~='articleBody'] [datetime]")) {
    const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("itemprop") ?? ""}`;
    if (!/modif|updat/i.test(marker)) add(element.getAttribute("datetime") ?? "", `<${element.tagName.toLowerCase()} datetime> in the article`);
  }
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
