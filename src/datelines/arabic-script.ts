/**
 * Datelines in the Arabic script (Arabic, Persian, Urdu).
 *
 *   جنيف 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس      Saudi Press Agency: place, Hijri and
 *                                                          Gregorian dates, agency
 *   طهران (تسنيم) -   القاهرة (رويترز) -                    place, agency in brackets
 *   الرياض - واس   سبق- جدة:   تهران- ایرنا-                 a short first line of parts
 *   عبدالله البرقاوي- سبق- الرياض:                          between dashes: agency, place,
 *   داليا أبوالعيش – عين اليوم                              reporter in any order
 *   أبوظبي في 14 مايو / وام /                              WAM: place, date, agency between slashes
 *   9 يونيو (رويترز) -                                     date and agency, no place
 *   "عكاظ" (جدة)   أبوظبي (وام)   القاهرة ، مصر –   طهران:    a paper and its place; a place alone
 *
 * Arabic has no capitals to mark a dateline, so the parts are told apart by what the archive
 * knows: a part the agency registry knows is the agency; a part the gazetteer knows is the
 * place; the part after an agency is its place ("AGENCY – X", Sabq's "AGENCY- X:"), and a part
 * before one that is no known place is a reporter ("X – AGENCY"), not a place. A name in
 * quotation marks («الشرق الأوسط») or called a news agency (خبرگزاری …, وكالة …) is an agency
 * whether the registry knows it or not. A line with no known agency and no known place is not
 * taken for a dateline, and a place alone before a colon or a dash must be one the gazetteer knows.
 */
import { leadingSpace, matchUpTo, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const ARABIC_WORD = "[\\p{Script=Arabic}\\u200c]+";
const DIGITS = "[0-9٠-٩۰-۹]";
/** A date as the SPA writes it: day, month word, year. */
const DAY_MONTH_YEAR = `${DIGITS}{1,2}\\s+${ARABIC_WORD}(?:\\s+${ARABIC_WORD})?\\s+${DIGITS}{4}`;
const SPA = new RegExp(
  `^(${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){0,4})\\s+(${DAY_MONTH_YEAR})\\s*هـ\\s*(?:الموافق|الموافق لـ?|م?وافق)\\s+(${DAY_MONTH_YEAR})\\s*م\\s+(${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){0,3}?)(?=\\s|$|[.:،-])`,
  "u",
);
const DASH = "(?:\\s*[-–—―‒−/]\\s*|\\s+ـ+\\s+)";
const SOME_WORDS = `${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){0,2}`;
/** "طهران (تسنيم) -", "أبوظبي (وام)": place, agency in brackets, a dash or not. */
const BRACKETED = new RegExp(`^(${SOME_WORDS})\\s*[(（]([^()\\n]{2,30})[)）]\\s*([-–—―‒−ـ]\\s*)?`, "u");
/** WAM: "أبوظبي في 14 مايو / وام /", "أبوظبي في الأول من ديسمبر/ وام/". */
const SLASHED = new RegExp(`^(${SOME_WORDS})\\s+في\\s+([^/\\n]{2,30}?)\\s*/\\s*([^/\\n]{2,20}?)\\s*/`, "u");
/** Reuters Arabic without a place: "9 يونيو (رويترز) -". */
const DATE_AGENCY = new RegExp(`^(${DIGITS}{1,2}\\s+${ARABIC_WORD}(?:\\s+${DIGITS}{4})?)\\s*[(（]([^()\\n]{2,30})[)）]\\s*[-–—―‒−]\\s*`, "u");
/** A paper in quotation marks and its place in brackets: "عكاظ" (جدة). */
const QUOTED_PAPER = new RegExp(`^["«“]([^"»”\\n]{2,30})["»”]\\s*[(（](${SOME_WORDS})[)）]\\s*[-–—―‒−:]?\\s*`, "u");
/** A place (and its country) alone, before a colon or a dash: "طهران:", "القاهرة ، مصر –". */
const PLACE_ALONE = new RegExp(`^(${SOME_WORDS})(?:\\s*[،,]\\s*(${ARABIC_WORD}(?:\\s+${ARABIC_WORD})?))?\\s*(:|[-–—―‒−]\\s)\\s*`, "u");
/** "/ اصفهان …": a slash and the words after it. */
const SLASH_WORDS = new RegExp(`^\\s*/\\s*(${SOME_WORDS})`, "u");
/** "مشهد/ …": a place and a slash. */
const PLACE_SLASH = new RegExp(`^(${SOME_WORDS})\\s*/\\s*`, "u");
/** A short first line: up to three parts between dashes, ending the line, at a colon or a dash. */
const PART = `[^\\n\\-–—―‒−:()/]{2,40}?`;
const PARTS = new RegExp(`^(${PART})${DASH}(${PART})(?:${DASH}(${PART}))?\\s*(:|[-–—―‒−]\\s*|\\.\\s|\\n|$)`, "u");
/** Verbs of saying that end a sentence's subject: a part ending in one is no byline. */
const SPEECH_VERB = /(?:^|\s)(?:گفت|افزود|اظهار کرد|قال|قالت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت)$/u;
/** "د ب أ أعلن …", "ایسنا،فاطمه …": a known agency alone, before a space or a comma. */
const FIRST_WORDS = new RegExp(`^(${ARABIC_WORD}(?:\\s+${ARABIC_WORD}){0,3})`, "u");

function parseArabicScript(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);

  const spa = SPA.exec(text);
  if (spa) {
    return matchUpTo(text, start, spa[0].length, "spa", { place: spa[1], dateText: `${spa[2]} هـ / ${spa[3]} م`, agencyText: spa[4] });
  }
  const slashed = SLASHED.exec(text);
  if (slashed) return matchUpTo(text, start, slashed[0].length, "slashed", { place: slashed[1], agencyText: slashed[3], dateText: slashed[2] });
  const dateAgency = DATE_AGENCY.exec(text);
  if (dateAgency) return matchUpTo(text, start, dateAgency[0].length, "date-agency", { agencyText: dateAgency[2], dateText: dateAgency[1] });
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const [place = "", agency = ""] = [bracketed[1], bracketed[2]?.trim()];
    // Without a dash after it, the bracket could be a remark: the place or the agency must be known.
    const vouched = bracketed[3] !== undefined || (lookups !== null && (lookups.isPlace(place) || lookups.isAgency(agency)));
    if (vouched) return matchUpTo(text, start, bracketed[0].length, "bracketed", { place, agencyText: agency });
  }
  const quoted = QUOTED_PAPER.exec(text);
  if (quoted) return matchUpTo(text, start, quoted[0].length, "quoted-paper", { place: quoted[2], agencyText: quoted[1] });
  if (!lookups) return null;
  const slashedAgency = placeSlashAgency(text, start, lookups);
  if (slashedAgency) return slashedAgency;
  const parts = PARTS.exec(text);
  if (!parts) return placeAlone(text, start, lookups) ?? knownAgencyFirst(text, start, lookups);
  const values = [parts[1], parts[2], parts[3]].filter((p): p is string => p !== undefined).map((p) => p.trim());
  // A part that says something ("استاندار اصفهان گفت") is the story, not a byline.
  if (values.some((p) => CREDIT_WORDS.test(p))) return null;
  if (values.some((p) => p.split(/\s+/).length > 4 || /[.!?؟]/.test(p) || SPEECH_VERB.test(p))) return placeAlone(text, start, lookups) ?? knownAgencyFirst(text, start, lookups);
  const roles = assignRoles(values, lookups);
  if (!roles) return placeAlone(text, start, lookups) ?? knownAgencyFirst(text, start, lookups);
  const closing = parts[4] ?? "";
  const end = parts[0].length - (closing === "\n" ? 1 : 0);
  return matchUpTo(text, start, end, "parts", { place: roles.place, agencyText: roles.agency, byline: roles.byline });
}

/**
 * "مشهد/ خبرگزاری ایسنا نماینده …": a known place, a slash, and an agency the story runs on
 * from without a mark between: the agency is the longest run of words the registry knows.
 */
function placeSlashAgency(text: string, start: number, lookups: DatelineLookups): DatelineMatch | null {
  const slash = PLACE_SLASH.exec(text);
  if (!slash || !lookups.isPlace(slash[1] ?? "")) return null;
  const words = text.slice(slash[0].length).split(/\s+/, 4);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    if (lookups.isAgency(name)) return matchUpTo(text, start, slash[0].length + name.length, "place-slash-agency", { place: slash[1], agencyText: name });
  }
  return null;
}

/** "طهران:", "القاهرة ، مصر –": a known place alone; "دیدارنیوز:" an outlet alone. */
function placeAlone(text: string, start: number, lookups: DatelineLookups): DatelineMatch | null {
  const alone = PLACE_ALONE.exec(text);
  if (!alone) return null;
  const name = alone[1] ?? "";
  if (lookups.isPlace(name)) {
    // "الرياض: واس غادر …", "الخرطوم: نبض نيوز حطت …": the agency may follow the colon.
    const agency = alone[3] === ":" ? agencyAtStart(text.slice(alone[0].length), lookups) : null;
    const end = alone[0].length + (agency ? text.slice(alone[0].length).indexOf(agency) + agency.length : 0);
    return matchUpTo(text, start, end, "place-alone", { place: name, region: alone[2], agencyText: agency });
  }
  // "شبكة وتر-", "النجاح الإخباري -": an outlet by its name, alone.
  if (isAgencyByName(name) && !alone[2]) return matchUpTo(text, start, alone[0].length, "agency-alone", { agencyText: name });
  if (alone[3] === ":" && !alone[2] && (lookups.isAgency(name) || isAgencyByName(name))) return matchUpTo(text, start, alone[0].length, "agency-alone", { agencyText: name });
  return null;
}


/**
 * A name that says it is a news outlet: "خبرگزاری …" / "وكالة …" (news agency), or a Persian
 * site's name ending in نیوز (news), پرس (press) or آنلاین (online).
 */
function isAgencyByName(part: string): boolean {
  return /^(?:خبرگزاری|خبرگزاري|وكالة|وکالة|صحيفة|جريدة|روزنامه|شبكة|شبکه|موقع|قناة|پایگاه)\s/u.test(part) || /(?:نیوز|نيوز|پرس|برس|آنلاین|الإخباري|الاخباري|تلکس|تلكس)$/u.test(part);
}

/** The longest run of one to four words at the start of a text that is a known or self-named agency. */
function agencyAtStart(text: string, lookups: DatelineLookups): string | null {
  const words = (FIRST_WORDS.exec(text.trimStart())?.[1] ?? "").split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    if (name && (lookups.isAgency(name) || isAgencyByName(name))) return name;
  }
  return null;
}

/**
 * "د ب أ أعلن وزير …", "ایسنا،فاطمه مهاجرانی …", "ایسنا/اصفهان …": a story opening with an agency
 * the registry knows, then a space, a comma, or a slash and a known place.
 */
function knownAgencyFirst(text: string, start: number, lookups: DatelineLookups): DatelineMatch | null {
  const words = (FIRST_WORDS.exec(text)?.[1] ?? "").split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    if (!name || !lookups.isAgency(name)) continue;
    const rest = text.slice(name.length);
    const slash = SLASH_WORDS.exec(rest);
    if (slash) {
      const place = [2, 1].map((k) => (slash[1] ?? "").split(/\s+/).slice(0, k).join(" ")).find((p) => lookups.isPlace(p));
      if (place) return matchUpTo(text, start, name.length + rest.indexOf(place) + place.length, "agency-slash-place", { agencyText: name, place });
    }
    const comma = /^\s*[،,]\s*/u.exec(rest);
    return matchUpTo(text, start, name.length + (comma ? comma[0].length : 0), "agency-first", { agencyText: name });
  }
  return null;
}

/** «الشرق الأوسط», "عكاظ": a publication's name in quotation marks, without them. */
function unquoted(part: string): string | null {
  const match = /^["«“](.+)["»”]$/u.exec(part.trim());
  return match ? (match[1] ?? null) : null;
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

function assignRoles(written: string[], lookups: DatelineLookups): Roles | null {
  const parts = written.map((part) => unquoted(part) ?? part);
  const agencyAt = parts.findIndex((part, i) => lookups.isAgency(part) || unquoted(written[i] ?? "") !== null || isAgencyByName(part));
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
  // One word beside a known place is an outlet ("دمشق-سانا", "المونديال - الدوحة"): a reporter
  // signs with a name and a family name.
  if (agencyAt < 0 && others.length === 1 && (others[0] ?? "").split(/\s+/).length === 1) return { place, agency: others[0] ?? null, byline: null };
  return { place, agency: agencyAt >= 0 ? (parts[agencyAt] ?? null) : null, byline: others[0] ?? null };
}

export const arabicScriptDatelines: DatelineForm = {
  name: "arabic-script",
  applies: (head) => /\p{Script=Arabic}/u.test(head.slice(0, 40)),
  parse: parseArabicScript,
};
