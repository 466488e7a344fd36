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
import { leadingSpace, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const OPENING = /^به\s+گزارش\s+([^،,\n]{2,160}?)\s*[،,]/u;
const QUOTING = /(?:\s+و)?\s+به\s+نقل\s+از\s+(.+)$/u;
const FROM = /\s+از\s+(.+)$/u;
const AGENCY_WORD = /^(?:خبرگزاری|خبرگزاري|پایگاه\s+خبری|روزنامه|شبکه|سایت)\s/u;

function parsePersian(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);
  const opening = OPENING.exec(text);
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
  return {
    raw: opening[0].trim(),
    place,
    region: null,
    dateText: null,
    agencyText: agency,
    byline: null,
    end: start + opening[0].length,
    form: "persian-attribution",
    via,
  };
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
  return null;
}

export const persianDatelines: DatelineForm = {
  name: "persian",
  applies: (head) => /^\s*به\s+گزارش/u.test(head),
  parse: parsePersian,
};
