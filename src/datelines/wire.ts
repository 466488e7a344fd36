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
import { leadingSpace, matchUpTo, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const MONTH = "\\p{L}{3,10}\\.?";
const WEEKDAY = "(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY";
const DAY = "\\d{1,2}(?:st|nd|rd|th|er|º|\\.)?";
/** "March 3", "3 March", "21 de septiembre de 2023", "Tuesday", and Belga's "31/07". */
const DATE = `(?:${MONTH}\\s+${DAY}|${DAY}(?:\\s+de)?\\s+${MONTH}|${WEEKDAY}|\\d{1,2}/\\d{1,2}(?!\\d))(?:(?:,|\\s+de)?\\s+\\d{4})?`;
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’&/\\- ]{0,48}?[\\p{Lu}\\p{M}.]";
const MIXED_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{0,48}?[\\p{L}\\p{M}.]";
const ANY_PLACE = "\\p{L}[\\p{L}\\p{M}.'’\\- ]{0,48}?[\\p{L}\\p{M}.]";
const regionPattern = (first: string) =>
  `(?!(?:${WEEKDAY})\\b)${first}[\\p{L}.]*(?:[ -]${first}[\\p{L}.]*){0,3}(?=\\s?,|\\s*\\(|\\s*${DASH_CHAR}|\\s+${MONTH}\\s+\\d)`;
const AGENCY = "\\((\\s?\\p{L}[^()\\n\\d]{1,39})\\)";
/** A word or two after a comma that may be the agency ("…, April 7, Reuter -"): the registry decides. */
const COMMA_AGENCY = "\\s?,\\s*(\\p{L}[\\p{L}.&-]*(?: \\p{L}[\\p{L}.&-]*)?)";
const DASH_CHAR = "[-–—―‒−‐‑]";
/** A dash: a hyphen (or two) needs a space after it, any other dash may touch the story. */
const DASH = "(?:\\.?(?:-{1,2}|‐|‑)\\s+|\\.?[–—―‒−]\\s*|=\\s+)(?:[-–—]\\s+)?";
const tail = (region: string) =>
  `(?:\\s?,\\s*(${region}))?(?:(?:\\s?,\\s*|\\s+)(${DATE}))?[.,]?(?:\\s*${AGENCY}|${COMMA_AGENCY})?\\s*${DASH}`;
/** The same with the agency and no dash: "New Delhi, July 26 (IANS) Hours after…", "PARYŻ (PAP). …". */
const tailWithoutDash = (region: string) =>
  `(?:\\s?,\\s*(${region}))?(?:(?:\\s?,\\s*|\\s+)(${DATE}))?[.,]?\\s*${AGENCY}()[.:]?\\s+(?=\\p{Lu}|\\p{Lo})`;

const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE}|\\p{Lu})${tail(regionPattern("\\p{Lu}"))}`, "u");
const MIXED_DATELINE = new RegExp(`^(${MIXED_PLACE})${tail(regionPattern("\\p{Lu}"))}`, "u");
const ANY_CASE_DATELINE = new RegExp(`^(${ANY_PLACE})${tail(regionPattern("\\p{L}"))}`, "u");
const AGENCY_NO_DASH = new RegExp(`^(${MIXED_PLACE})${tailWithoutDash(regionPattern("\\p{Lu}"))}`, "u");
/** "June 3 (UPI) --", "Jan. 10 (Xinhua) --": a date and the agency, no place. */
const DATE_AGENCY = new RegExp(`^(${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})\\s*${AGENCY}\\s*${DASH}`, "u");
/** "(CNN) --", "(Belga) Grande absente…", "(Adnkronos) -": the agency alone. */
const AGENCY_ALONE = new RegExp(`^${AGENCY}\\s*(${DASH})?`, "u");
/** "MOSCOW, January 21. /TASS/.", "Bagdad / NINA /--": the agency between slashes. */
const SLASHED = new RegExp(`^(${MIXED_PLACE})(?:\\s?,\\s*(${DATE}))?\\.?\\s*/\\s*([^/\\n]{2,40}?)\\s*/\\s*(?:\\.|-{1,2}|[–—])?\\s*`, "u");
/** "ISLAMABAD: Pakistan Peoples Party…", "Kabul: The official…": a known place and a colon. */
const PLACE_COLON = new RegExp(`^(${MIXED_PLACE})\\s*:\\s+(?=\\p{Lu})`, "u");
/** "Damascus [Syria], June 9 (ANI):", "Manchester (United Kingdom) (AFP) –": the country in brackets. */
const BRACKETED_REGION = new RegExp(`^(${MIXED_PLACE})\\s*[\\[(]([^\\])\\n]{2,30})[\\])](?:\\s?,\\s*(${DATE}))?\\s*${AGENCY}\\s*(?:${DASH}|:\\s+)`, "u");
/** Press-release wires: "ST. LOUIS--(BUSINESS WIRE)--", "NEW YORK, March 3, 2021 /PRNewswire/ --". */
const RELEASE_WIRE = new RegExp(`^(${CAPS_PLACE})(?:,\\s*(${regionPattern("\\p{Lu}")}))?(?:,\\s*(${DATE}))?\\s*(?:-{1,2}\\s*\\(([^()\\n]{2,30})\\)\\s*-{1,2}|/([^/\\n]{2,30})/\\s*-{1,2})\\s*`, "u");
/** "IERUSALIM. Premierul israelian…": a known place in capitals and a full stop. */
const CAPS_STOP = new RegExp(`^(${CAPS_PLACE})\\.\\s+(?=\\p{Lu}\\p{Ll})`, "u");
/** "(ANSA) - ROMA, 21 SET -": the agency before the place. */
const AGENCY_FIRST = new RegExp(`^${AGENCY}\\s*${DASH}(${MIXED_PLACE})(?:\\s*\\(([^()\\n]{2,30})\\))?(?:\\s?,\\s*(${DATE}))?\\s*${DASH}`, "u");
/** English month names and their wire abbreviations: a date with no dash after it must use one. */
const ENGLISH_MONTH = "(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
/** "LONDON, Sept 21 Top UK shares…": a wire dateline that lost its "(Reuters) -". */
const NO_DASH = new RegExp(`^(${CAPS_PLACE}),\\s*(${ENGLISH_MONTH}\\s+\\d{1,2})\\s+(?=\\p{Lu})`, "u");
/** "By JONATHAN J. COOPER and SIMRAN PARWANI NEW YORK (AP) —": a byline run into the dateline. */
const BYLINE = /^By\s+(?=\p{Lu})/u;

function parseWire(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);
  if (lookups && BYLINE.test(text)) return afterByline(text, start, lookups);
  const release = RELEASE_WIRE.exec(text);
  if (release) return matchUpTo(text, start, release[0].length, "release-wire", { place: release[1], region: release[2], dateText: release[3], agencyText: release[4] ?? release[5] });
  const bracketedRegion = BRACKETED_REGION.exec(text);
  if (bracketedRegion) return matchUpTo(text, start, bracketedRegion[0].length, "bracketed-region", { place: bracketedRegion[1], region: bracketedRegion[2], dateText: bracketedRegion[3], agencyText: bracketedRegion[4] });
  const slashed = SLASHED.exec(text);
  if (slashed) return matchUpTo(text, start, slashed[0].length, "slashed", { place: slashed[1], dateText: slashed[2], agencyText: slashed[3] });
  const dateAgency = DATE_AGENCY.exec(text);
  if (dateAgency) return matchUpTo(text, start, dateAgency[0].length, "date-agency", { dateText: dateAgency[1], agencyText: dateAgency[2] });
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
    return matchUpTo(text, start, end, "agency-first", { place: first[2], region: first[3], dateText: first[4], agencyText: first[1] });
  }
  const alone = AGENCY_ALONE.exec(text);
  if (alone && (alone[2] || lookups?.isAgency(alone[1] ?? ""))) return matchUpTo(text, start, alone[0].length, "agency-alone", { agencyText: alone[1] });
  if (lookups) {
    // An agency the registry knows vouches for a dateline that lost its dash.
    const noDashAgency = AGENCY_NO_DASH.exec(text);
    if (noDashAgency && lookups.isAgency(noDashAgency[4] ?? "")) return toMatch(noDashAgency, text, start);
    const colon = PLACE_COLON.exec(text);
    if (colon && lookups.isPlace((colon[1] ?? "").trim())) return matchUpTo(text, start, colon[0].length, "place-colon", { place: colon[1] });
    const stop = CAPS_STOP.exec(text);
    if (stop && lookups.isPlace((stop[1] ?? "").trim())) return matchUpTo(text, start, stop[0].length, "place-stop", { place: stop[1] });
    const noDash = NO_DASH.exec(text);
    if (noDash && lookups.isPlace((noDash[1] ?? "").trim())) {
      return matchUpTo(text, start, noDash[0].length, "no-dash", { place: noDash[1], dateText: noDash[2] });
    }
  }
  return null;
}

/**
 * The dateline after a byline in capitals: the first word from which a dateline with a date or
 * an agency reads and whose place the gazetteer knows ("… SIMRAN PARWANI NEW YORK (AP) —").
 */
function afterByline(text: string, start: number, lookups: DatelineLookups): DatelineMatch | null {
  for (const word of text.slice(0, 160).matchAll(/\s(?=\p{Lu})/gu)) {
    const at = (word.index ?? 0) + 1;
    const rest = text.slice(at);
    const caps = CAPS_DATELINE.exec(rest);
    if (!caps || !(caps[3] || caps[4]) || !lookups.isPlace((caps[1] ?? "").trim())) continue;
    const match = toMatch(caps, rest, start + at);
    return { ...match, byline: text.slice(3, at).trim().replace(/,$/, "") || null, form: "byline-wire" };
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
  return matchUpTo(text, start, end, "wire", { place: match[1], region: match[2], dateText: match[3], agencyText: match[4] ?? match[5] });
}

export const wireDatelines: DatelineForm = {
  name: "wire",
  applies: () => true,
  parse: parseWire,
};
