/**
 * Datelines in the Arabic script (Arabic, Persian, Urdu).
 *
 *   جنيف 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس      Saudi Press Agency: place, Hijri and
 *                                                          Gregorian dates, agency
 *   طهران (تسنيم) -   القاهرة (رويترز) -                    place, agency in brackets
 *   الرياض - واس   سبق- جدة:   تهران- ایرنا-                 a short first line of parts
 *   عبدالله البرقاوي- سبق- الرياض:                          between dashes: agency, place,
 *   داليا أبوالعيش – عين اليوم                              reporter in any order
 *
 * Arabic has no capitals to mark a dateline, so the parts are told apart by what the archive
 * knows: a part the agency registry knows is the agency; a part the gazetteer knows is the
 * place; the part after an agency is its place ("AGENCY – X", Sabq's "AGENCY- X:"), and a part
 * before one that is no known place is a reporter ("X – AGENCY"), not a place. A line with no
 * known agency and no known place is not taken for a dateline.
 */
import { leadingSpace, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const ARABIC_WORD = "[\\p{Script=Arabic}\\u200c]+";
const DIGITS = "[0-9٠-٩۰-۹]";
/** A date as the SPA writes it: day, month word, year. */
const DAY_MONTH_YEAR = `${DIGITS}{1,2}\\s+${ARABIC_WORD}(?:\\s+${ARABIC_WORD})?\\s+${DIGITS}{4}`;
const SPA = new RegExp(
  `^(${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){0,4})\\s+(${DAY_MONTH_YEAR})\\s*هـ\\s*(?:الموافق|الموافق لـ?|م?وافق)\\s+(${DAY_MONTH_YEAR})\\s*م\\s+(${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){0,3}?)(?=\\s|$|[.:،-])`,
  "u",
);
const DASH = "(?:\\s*[-–—―‒−]\\s*|\\s+ـ+\\s+)";
/** "طهران (تسنيم) -": place, agency in brackets, dash. */
const BRACKETED = new RegExp(`^(${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){0,2})\\s*[(（]([^()\\n]{2,30})[)）]\\s*[-–—―‒−ـ]\\s*`, "u");
/** A short first line: up to three parts between dashes, ending the line, at a colon or a dash. */
const PART = `[^\\n\\-–—―‒−:()]{2,40}?`;
const PARTS = new RegExp(`^(${PART})${DASH}(${PART})(?:${DASH}(${PART}))?\\s*(:|[-–—―‒−]\\s*|\\n|$)`, "u");

function parseArabicScript(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);

  const spa = SPA.exec(text);
  if (spa) {
    return {
      raw: spa[0].trim(),
      place: spa[1] ?? null,
      region: null,
      dateText: `${spa[2]} هـ / ${spa[3]} م`,
      agencyText: spa[4] ?? null,
      byline: null,
      end: start + spa[0].length,
      form: "spa",
    };
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    return {
      raw: bracketed[0].trim(),
      place: bracketed[1] ?? null,
      region: null,
      dateText: null,
      agencyText: bracketed[2]?.trim() ?? null,
      byline: null,
      end: start + bracketed[0].length,
      form: "bracketed",
    };
  }
  if (!lookups) return null;
  const parts = PARTS.exec(text);
  if (!parts) return null;
  const values = [parts[1], parts[2], parts[3]].filter((p): p is string => p !== undefined).map((p) => p.trim());
  if (values.some((p) => p.split(/\s+/).length > 4 || /[.!?؟]/.test(p) || CREDIT_WORDS.test(p))) return null;
  const roles = assignRoles(values, lookups);
  if (!roles) return null;
  const closing = parts[4] ?? "";
  const end = parts[0].length - (closing === "\n" ? 1 : 0);
  return {
    raw: text.slice(0, end).trim(),
    place: roles.place,
    region: null,
    dateText: null,
    agencyText: roles.agency,
    byline: roles.byline,
    end: start + end,
    form: "parts",
  };
}

interface Roles {
  place: string | null;
  agency: string | null;
  byline: string | null;
}

/**
 * A desk or a credit, not a place or a reporter: "خبرگزاری فارس ـ گروه اندیشه:" (Fars, its
 * thought desk), "إعداد: …" (prepared by). Such a line is a credit line, not a dateline.
 */
const CREDIT_WORDS = /^(?:گروه|سرویس|بخش|میز|قسم|إعداد|اعداد|تحرير|ترجمة|ترجمه|تنظیم)(?:\s|$)/u;

/** "بريدة، تقرير": a place with a note after the comma; the place is what comes before it. */
const placePart = (part: string) => part.split(/[،,]/)[0]?.trim() ?? part;

function assignRoles(parts: string[], lookups: DatelineLookups): Roles | null {
  const agencyAt = parts.findIndex((part) => lookups.isAgency(part));
  const placeAt = parts.findIndex((part, i) => i !== agencyAt && lookups.isPlace(placePart(part)));
  if (agencyAt < 0 && placeAt < 0) return null;
  let place: string | null = placeAt >= 0 ? placePart(parts[placeAt] ?? "") : null;
  // "AGENCY – X": what follows the agency is where it filed from, known to the gazetteer or not.
  let placeIndex = placeAt;
  if (place === null && agencyAt >= 0 && agencyAt < parts.length - 1) {
    placeIndex = parts.length - 1;
    place = placePart(parts[placeIndex] ?? "");
  }
  const others = parts.filter((_, i) => i !== agencyAt && i !== placeIndex);
  // Two parts left unexplained is a sentence, not a dateline.
  if (others.length > 1) return null;
  return { place, agency: agencyAt >= 0 ? (parts[agencyAt] ?? null) : null, byline: others[0] ?? null };
}

export const arabicScriptDatelines: DatelineForm = {
  name: "arabic-script",
  applies: (head) => /\p{Script=Arabic}/u.test(head.slice(0, 40)),
  parse: parseArabicScript,
};
