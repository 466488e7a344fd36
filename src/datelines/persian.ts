/**
 * The Persian attribution clause that opens an agency's story, up to its first comma:
 *
 *   به گزارش خبرگزاری فارس از قم،                            agency, place
 *   به گزارش خبرنگار سیاسی خبرگزاری فارس،                     a desk's reporter, agency
 *   به گزارش خبرگزاری فارس از کرج به نقل از ستاد …،            agency, place, the source quoted
 *   به گزارش فارس به نقل از خبرگزاری آسوشیتدپرس،                agency, the agency quoted
 *
 * "به گزارش" (according to the report of) opens it; the reporting agency is the registry name
 * (or "خبرگزاری …", "news agency …") nearest the start after the reporter or desk; "از" (from)
 * after it names the place, unless it belongs to "به نقل از" (quoting). A story that only
 * mentions an agency in mid-sentence has no such opening, and no dateline.
 */
import { leadingSpace, matchUpTo, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const OPENING = /^به\s+گزارش\s+([^،,\n]{2,160}?)\s*[،,]/u;
const QUOTING = /(?:\s+و)?\s+به\s+نقل\s+از\s+(.+)$/u;
const FROM = /\s+از\s+(.+)$/u;
const AGENCY_WORD = /^(?:خبرگزاری|خبرگزاري|پایگاه\s+خبری|روزنامه|شبکه|سایت)\s/u;
/** A source named in the clause is rarely longer than a ministry's public relations office. */
const MAX_SOURCE_WORDS = 14;
const RUN_ON = /^به\s+گزارش\s+([^،,\n]{2,80}?)\s+از\s+([^\s،,]+)/u;

function parsePersian(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);
  const opening = OPENING.exec(text) ?? openingWithoutComma(text, lookups) ?? openingOfKnownAgency(text, lookups);
  if (!opening) return null;
  let clause = opening[1] ?? "";
  let via: string | null = null;
  const quoting = QUOTING.exec(clause);
  if (quoting) {
    via = quoting[1]?.trim() ?? null;
    clause = clause.slice(0, quoting.index);
  }
  let place: string | null = null;
  const from = FROM.exec(clause);
  if (from) {
    place = from[1]?.trim() ?? null;
    clause = clause.slice(0, from.index);
  }
  const agency = findAgency(clause.trim(), lookups);
  if (!agency) return null;
  return matchUpTo(text, start, opening[0].length, "persian-attribution", { place, agencyText: agency, via });
}

/**
 * "به گزارش خبرگزاری فارس از گرگان م پورمحمدی …": a clause that runs on without its comma ends
 * after "از" and a place the gazetteer knows.
 */
function openingWithoutComma(text: string, lookups: DatelineLookups | null): RegExpExecArray | null {
  const run = RUN_ON.exec(text);
  if (!run || !lookups) return null;
  const [, before = "", place = ""] = run;
  if (!lookups.isPlace(place) || !findAgency(before, lookups)) return null;
  // Shaped like OPENING's match: the clause in group 1, the whole in group 0.
  const shaped = [run[0], `${before} از ${place}`] as unknown as RegExpExecArray;
  shaped.index = 0;
  return shaped;
}

/** "به گزارش تسنیم آمریکا پیشنهاد…": no comma at all, but a known agency right after "به گزارش". */
function openingOfKnownAgency(text: string, lookups: DatelineLookups | null): RegExpExecArray | null {
  const words = /^به\s+گزارش\s+(.{2,80})/u.exec(text)?.[1]?.split(/\s+/, 4) ?? [];
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    if (lookups?.isAgency(name)) {
      const end = text.indexOf(name) + name.length;
      const shaped = [text.slice(0, end), name] as unknown as RegExpExecArray;
      shaped.index = 0;
      return shaped;
    }
  }
  return null;
}

/**
 * The agency in "خبرنگار سیاسی خبرگزاری فارس" or "گروه بین‌الملل خبرگزاری فارس": the longest
 * run of closing words the registry knows, else a "خبرگزاری …" phrase as written.
 */
function findAgency(clause: string, lookups: DatelineLookups | null): string | null {
  const words = clause.split(/\s+/);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const name = words.slice(words.length - n).join(" ");
    if (lookups?.isAgency(name)) return name;
  }
  const agencyPhrase = words.findIndex((_, i) => AGENCY_WORD.test(words.slice(i).join(" ") + " "));
  if (agencyPhrase >= 0) return words.slice(agencyPhrase).join(" ");
  // "به گزارش افکارنیوز،", "به گزارش «نماینده»،", "به گزارش پایگاه اطلاع رسانی وزارت کشور،": by the
  // grammar of the phrase ("according to the report of …") what it names is the source, known or not.
  const unquoted = clause.replace(/^[«"“](.+)[»"”]$/u, "$1");
  if (words.length <= MAX_SOURCE_WORDS && !/\s(?:که|گفت|است)\s/u.test(` ${unquoted} `)) return unquoted;
  return null;
}

export const persianDatelines: DatelineForm = {
  name: "persian",
  applies: (head) => /^\s*به\s+گزارش/u.test(head.slice(leadingSpace(head))),
  parse: parsePersian,
};
