/**
 * Wire datelines in Latin and Cyrillic capitals, the way English and European agencies write
 * them:
 *
 *   TEHRAN (Tasnim) –                       place, agency
 *   LONDON, Nov 26 (Reuters) -              place, date, agency
 *   SAN FRANCISCO, Calif., March 3 -        place, region, date
 *   BUDAPEST, April 7, Reuter -             place, date, agency after a comma
 *   MADRID, 21 sep (EFE).-                  the agency's own language and punctuation
 *   (ANSA) - ROMA, 21 SET -                 the agency first
 *
 * The place in capitals is a dateline by its shape. In any other case ("Tehran, Sept 21 -",
 * "omaha, april 7 -") it needs a date or an agency after it, and, unless it is capitalised as a
 * name, the gazetteer must know it: an ordinary sentence with a dash is not a dateline, however
 * a wire re-cases it. The month is any word before or after a day number: wires misspell and
 * miscapitalise it ("FEb 26", "Narch 2"), and it may be in any language ("21 сентября", "2 mars").
 */
import { leadingSpace, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const MONTH = "\\p{L}{3,10}\\.?";
const WEEKDAY = "(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY";
const DAY = "\\d{1,2}(?:st|nd|rd|th|er|º|\\.)?";
const DATE = `(?:${MONTH}\\s+${DAY}|${DAY}(?:\\s+de)?\\s+${MONTH}|${WEEKDAY})(?:(?:,|\\s+de)?\\s+\\d{4})?`;
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’&/\\- ]{0,48}?[\\p{Lu}\\p{M}.]";
const MIXED_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{0,48}?[\\p{L}\\p{M}.]";
const ANY_PLACE = "\\p{L}[\\p{L}\\p{M}.'’\\- ]{0,48}?[\\p{L}\\p{M}.]";
const regionPattern = (first: string) =>
  `(?!(?:${WEEKDAY})\\b)${first}[\\p{L}.]*(?:[ -]${first}[\\p{L}.]*){0,3}(?=\\s?,|\\s*\\(|\\s*${DASH_CHAR}|\\s+${MONTH}\\s+\\d)`;
const AGENCY = "\\(([^()\\n\\d]{2,40})\\)";
/** A word or two after a comma that may be the agency ("…, April 7, Reuter -"): the registry decides. */
const COMMA_AGENCY = "\\s?,\\s*(\\p{L}[\\p{L}.&-]*(?: \\p{L}[\\p{L}.&-]*)?)";
const DASH_CHAR = "[-–—―‒−‐‑]";
/** A dash: a hyphen (or two) needs a space after it, any other dash may touch the story. */
const DASH = "(?:\\.?(?:-{1,2}|‐|‑)\\s+|\\.?[–—―‒−]\\s*)";
const tail = (region: string) =>
  `(?:\\s?,\\s*(${region}))?(?:\\s?,?\\s*(${DATE}))?[.,]?(?:\\s*${AGENCY}|${COMMA_AGENCY})?\\s*${DASH}`;

const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE}|\\p{Lu})${tail(regionPattern("\\p{Lu}"))}`, "u");
const MIXED_DATELINE = new RegExp(`^(${MIXED_PLACE})${tail(regionPattern("\\p{Lu}"))}`, "u");
const ANY_CASE_DATELINE = new RegExp(`^(${ANY_PLACE})${tail(regionPattern("\\p{L}"))}`, "u");
/** "(ANSA) - ROMA, 21 SET -": the agency before the place. */
const AGENCY_FIRST = new RegExp(`^${AGENCY}\\s*${DASH}(${MIXED_PLACE})(?:\\s?,\\s*(${DATE}))?\\s*${DASH}`, "u");

function parseWire(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);
  const caps = CAPS_DATELINE.exec(text);
  if (caps && agencyAfterCommaIsKnown(caps, lookups) && capsPlaceStands(caps, lookups)) return toMatch(caps, text, start);
  const mixed = MIXED_DATELINE.exec(text);
  if (mixed && (mixed[3] || mixed[4] || mixed[5]) && agencyAfterCommaIsKnown(mixed, lookups)) return toMatch(mixed, text, start);
  // Any case at all, the gazetteer deciding: "omaha, april 7 -", "tehran (tasnim) -".
  const any = ANY_CASE_DATELINE.exec(text);
  // A known region after the place vouches for it too: "rocky hill, conn., march 5 -".
  if (any && lookups && agencyAfterCommaIsKnown(any, lookups)) {
    const place = (any[1] ?? "").trim();
    const region = any[2]?.trim();
    const knownRegion = region !== undefined && lookups.isRegion(region);
    if ((any[3] || any[4] || any[5] || knownRegion) && (knownRegion || lookups.isPlace(place))) return toMatch(any, text, start);
  }
  const first = AGENCY_FIRST.exec(text);
  if (first) {
    const end = first[0].length;
    return {
      raw: text.slice(0, end).trim(),
      place: (first[2] ?? "").trim(),
      region: null,
      dateText: first[3]?.trim() ?? null,
      agencyText: first[1]?.trim() ?? null,
      byline: null,
      end: start + end,
      form: "agency-first",
    };
  }
  return null;
}

/**
 * A place in capitals with a date, an agency or a region after it is a dateline by its shape
 * (small towns the gazetteer lacks included: "LANGHORNE, Pa., March 5 -"). A place in capitals
 * and a dash alone ("TEHRAN -") must be a place the gazetteer knows: "PRICES ROSE -" in a
 * shouted story is not one.
 */
function capsPlaceStands(match: RegExpExecArray, lookups: DatelineLookups | null): boolean {
  if (!lookups || match[2] || match[3] || match[4] || match[5]) return true;
  return lookups.isPlace((match[1] ?? "").trim());
}

/** An agency written after a comma counts only when the registry knows it. */
function agencyAfterCommaIsKnown(match: RegExpExecArray, lookups: DatelineLookups | null): boolean {
  const afterComma = match[5];
  return afterComma === undefined || (lookups?.isAgency(afterComma) ?? false);
}

function toMatch(match: RegExpExecArray, text: string, start: number): DatelineMatch {
  const end = match[0].length;
  return {
    raw: text.slice(0, end).trim(),
    place: (match[1] ?? "").trim(),
    region: match[2]?.trim() ?? null,
    dateText: match[3]?.trim() ?? null,
    agencyText: (match[4] ?? match[5])?.trim() ?? null,
    byline: null,
    end: start + end,
    form: "wire",
  };
}

export const wireDatelines: DatelineForm = {
  name: "wire",
  applies: () => true,
  parse: parseWire,
};
