/**
 * Dates as web pages write them: in metadata (ISO 8601 in its many spellings, RFC 2822), in
 * the text next to a headline ("March 11, 2020", "martes 17 de marzo de 2020", "17/03/2020",
 * "2020년 3월 4일") and in addresses (`/2023/09/21/`, `/20200316/`).
 *
 * Only a full date (year, month and day) is ever returned: a month alone, a relative date
 * ("1 minute ago") or a slashed date whose order cannot be told is no date. Nothing here
 * throws and nothing reads the clock.
 */
import { parsePublishedDate } from "./dates.ts";
import { toGregorianDay } from "./calendars.ts";
import { readMonthName, type Calendar } from "./month-names.ts";

/** The earliest and latest years a publication date may have: anything else is a misreading. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A timestamp from metadata (`article:published_time`, JSON-LD `datePublished`, `<time
 * datetime>`) as ISO 8601 that src/dates.ts reads, keeping its time and offset
 * (`2020-01-13T13:37:49Z`); a value whose time cannot be read keeps only its day, read in the
 * page's `language` when it is no ISO date ("1399/01/29" in a Persian page). Null when it names
 * no full date.
 */
export function normalizeTimestamp(written: string, language: string | null = null): string | null {
  let text = asciiDigits(written).trim().replace(/\s+/g, " ");
  if (text === "" || text.length > 80) return null;
  // ISO 8601 basic format: 20200316T13:00:00Z, 20200316T130000Z, 20200316.
  text = text.replace(/^(\d{4})(\d{2})(\d{2})(?=T|$)/, "$1-$2-$3").replace(/^(\d{4}-\d{2}-\d{2}T)(\d{2})(\d{2})(\d{2})(?=\D|$)/, "$1$2:$3:$4");
  // "2020-02-18 T 07:20:50 +0330", "2020-02-20 13:52:51 UTC", "2020-01-13T13:37:49 +00:00".
  text = text
    .replace(/^(\d{4}-\d{2}-\d{2})\s*T\s*/, "$1T")
    .replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:UTC|GMT|Z)$/i, "$1Z")
    .replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s+([+-]\d{2}:?\d{2})$/, "$1$2");
  // Fractions of a second beyond milliseconds ("03:01:00.000000") are dropped.
  text = text.replace(/(:\d{2}\.\d{3})\d+/, "$1");
  const parsed = parsePublishedDate(text);
  if (parsed.ok) {
    const year = Number(parsed.date.day.slice(0, 4));
    if (year >= MIN_YEAR && year <= MAX_YEAR) return parsed.date.iso;
    // A year before 1800 may be a Solar Hijri or Hijri one ("1399/01/29"); else a misreading.
    return findDateInText(text, language)?.day ?? null;
  }
  // An ISO day followed by something unreadable ("2020-03-28 18:15 IST"): the day is enough.
  const isoStart = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(text);
  if (isoStart) {
    const [year, month, day] = [Number(isoStart[1]), Number(isoStart[2]), Number(isoStart[3])];
    return isRealDay(year, month, day) ? isoDay(year, month, day) : null;
  }
  return findDateInText(text, language)?.day ?? null;
}

// Letters, marks and the abbreviation signs of Latin (.), Hebrew (׳) and Devanagari (॰).
const MONTH_WORD = "([\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\u05f3\\u0970]{1,14}(?:\\s[\\p{L}\\p{M}]{2,10})??)";
// A second name for the same month, in brackets or after a slash: "17 نيسان (أبريل) 2020".
const ALSO = "(?:\\s*[/(（]\\s*[\\p{L}\\p{M}]+\\s*[)）]?)?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?";
const YEAR = "(\\d{4})";
const NOT_AFTER = "(?<![\\p{L}\\p{M}\\d])";

interface Ymd {
  year: number;
  month: number;
  day: number;
  calendar: Calendar;
}

/**
 * One way of writing a date: a pattern and what it reads. They are all tried on a text; the
 * first date in the text wins (a Gregorian one before one in another calendar).
 */
interface DateForm {
  name: string;
  pattern: RegExp;
  read(match: RegExpMatchArray, language: string | null): Ymd | null;
}

const named = (word: string | undefined, language: string | null) => readMonthName(word ?? "", language);

const DATE_FORMS: readonly DateForm[] = [
  {
    // 21 September 2023, 21. September 2023, 17 de marzo de 2020, 31 stycznia 2020,
    // 21-Sep-2023, ١٧ أبريل ٢٠٢٠, ۲۹ بهمن ۱۳۹۸, 26 شوال 1436 هـ.
    name: "day month year",
    pattern: new RegExp(`${NOT_AFTER}${DAY},?(?:\\s+de|\\s+d[e'’]|[\\s-])\\s*${MONTH_WORD}${ALSO}(?:\\s+de|\\s+del|[,،]|-)?\\s*${YEAR}(?!\\d)`, "giu"),
    read: (m, language) => {
      const month = named(m[2], language);
      return month ? { year: Number(m[3]), month: month.month, day: Number(m[1]), calendar: month.calendar } : null;
    },
  },
  {
    // ۲۹ فروردین ۹۹: Persian sites often write the Solar Hijri year in two digits. Only a
    // Solar Hijri month name makes them a year (1350–1449: 1971–2071).
    name: "day Solar Hijri month two-digit year",
    pattern: new RegExp(`${NOT_AFTER}${DAY}\\s+${MONTH_WORD}\\s+(\\d{2})(?![\\d:])`, "giu"),
    read: (m, language) => {
      const month = named(m[2], language);
      if (month?.calendar !== "persian") return null;
      const short = Number(m[3]);
      return { year: short >= 50 ? 1300 + short : 1400 + short, month: month.month, day: Number(m[1]), calendar: "persian" };
    },
  },
  {
    // September 21, 2023; Sept. 21st 2023.
    name: "month day year",
    pattern: new RegExp(`${NOT_AFTER}${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, "giu"),
    read: (m, language) => {
      const month = named(m[1], language);
      return month ? { year: Number(m[3]), month: month.month, day: Number(m[2]), calendar: month.calendar } : null;
    },
  },
  {
    // 2020. április 17. (Hungarian), 2020 m. balandžio 17 d. (Lithuanian).
    name: "year month day",
    pattern: new RegExp(`(?<!\\d)${YEAR}\\.?(?:\\s+m\\.)?\\s+${MONTH_WORD}\\s+(\\d{1,2})(?!\\d)`, "giu"),
    read: (m, language) => {
      const month = named(m[2], language);
      return month ? { year: Number(m[1]), month: month.month, day: Number(m[3]), calendar: month.calendar } : null;
    },
  },
  {
    // 2020. gada 17. aprīlis (Latvian), 2020 ж. 17 сәуір (Kazakh): the year, a word for
    // "year", the day and the month.
    name: "year day month",
    // Not when a year follows: "2019 to 12 March 2020" is 12 March 2020.
    pattern: new RegExp(`(?<!\\d)${YEAR}\\.?\\s+[\\p{L}]{1,5}\\.?\\s+${DAY}\\s+${MONTH_WORD}(?![\\p{L}\\p{M}])(?!\\s*[,،]?\\s*\\d{4})`, "giu"),
    read: (m, language) => {
      const month = named(m[3], language);
      return month ? { year: Number(m[1]), month: month.month, day: Number(m[2]), calendar: month.calendar } : null;
    },
  },
  {
    // 17. 4. 2020 (Czech, Slovak, German): dots, each followed by a space.
    name: "spaced dotted day month year",
    pattern: /(?<![\d.])(\d{1,2})\.\s{1,3}(\d{1,2})\.\s{1,3}(\d{4})(?!\d)/g,
    read: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), calendar: "gregory" }),
  },
  {
    // 2023-09-21, 2023/09/21, 2023.09.21 (year first is never ambiguous); ۱۳۹۸/۱۱/۲۹ in a
    // Persian page is a Solar Hijri day.
    name: "numeric year first",
    pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-]\d)/g,
    read: (m, language) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), calendar: Number(m[1]) < MIN_YEAR ? localCalendar(language) : "gregory" }),
  },
  {
    // 2023년 9월 21일, 2023年9月21日.
    name: "CJK",
    pattern: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), calendar: "gregory" }),
  },
  {
    // 21.09.2023, 21/09/2023, 09/21/2023, 21-09-2023. `language` decides the order only where
    // the numbers cannot: 03/04/2020 is 4 March in an American page, 3 April elsewhere, and no
    // date at all when the language is unknown or English (written both ways).
    name: "numeric day or month first",
    pattern: /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g,
    read: (m, language) => {
      const [a, separator, b, year] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
      const gregory = (month: number, day: number): Ymd => ({ year, month, day, calendar: year < MIN_YEAR ? localCalendar(language) : "gregory" });
      if (separator === "." || a > 12) return gregory(b, a);
      if (b > 12 || a === b) return gregory(a, b);
      if (/^en-us$/i.test(language ?? "")) return gregory(a, b);
      if (language && !/^en\b/i.test(language)) return gregory(b, a);
      return null;
    },
  },
];

/** The calendar a numeric date with a year before 1800 is in: Solar Hijri in Persian, Hijri in Arabic. */
function localCalendar(language: string | null): Calendar {
  if (/^(?:fa|ps|prs)\b/i.test(language ?? "")) return "persian";
  if (/^(?:ar|ur)\b/i.test(language ?? "")) return "islamic-umalqura";
  return "gregory";
}

/**
 * Digits of any script as ASCII ("٢٠٢٠", "۱۳۹۸", "२०२०", "２０２０"). Every script's digits are
 * ten consecutive code points starting at zero, so a digit's value is its distance from the
 * start of its run.
 */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    let zero = digit.codePointAt(0) ?? 48;
    if (zero <= 57) return digit;
    const start = zero;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((start - zero) % 10);
  });
}

export interface TextDate {
  /** The day, `YYYY-MM-DD` (Gregorian). */
  day: string;
  /** The words the date was read from. */
  written: string;
}

/**
 * The first full date written in a short text, in any of the forms above, in any script's
 * digits and any language's month names (`language`, a page's `lang`, is asked first). A day
 * written in the Solar Hijri or Hijri calendar is given as its Gregorian day, and only when the
 * text has no Gregorian date.
 */
export function findDateInText(text: string, language: string | null = null): TextDate | null {
  // Persian digits (U+06F0–U+06F9) say the text is Persian or Urdu when the page does not.
  const lang = language ?? (/[\u06f0-\u06f9]/.test(text) ? "fa" : null);
  // Direction marks Arabic and Persian pages put between a date's parts are no characters.
  const ascii = asciiDigits(text).replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, "");
  const found: { index: number; gregorian: boolean; date: TextDate }[] = [];
  for (const form of DATE_FORMS) {
    const pattern = new RegExp(form.pattern.source, form.pattern.flags);
    for (let m = pattern.exec(ascii); m; m = pattern.exec(ascii)) {
      const ymd = form.read(m, lang);
      const day = ymd ? gregorianDay(ymd) : null;
      if (day) found.push({ index: m.index, gregorian: ymd?.calendar === "gregory", date: { day, written: m[0] } });
      // A match that is no date may hide one that starts inside it ("and March 3, 2021").
      else pattern.lastIndex = m.index + 1;
    }
  }
  found.sort((x, y) => Number(y.gregorian) - Number(x.gregorian) || x.index - y.index);
  return found[0]?.date ?? null;
}

function gregorianDay({ year, month, day, calendar }: Ymd): string | null {
  if (calendar === "gregory") return isRealDay(year, month, day) ? isoDay(year, month, day) : null;
  // Solar Hijri and Hijri years of modern times.
  if (year < 1200 || year > 1600) return null;
  const converted = toGregorianDay(calendar, year, month, day);
  return converted && Number(converted.slice(0, 4)) >= MIN_YEAR ? converted : null;
}

/**
 * The publication day an address carries in its path: `/2023/09/21/`, `/2023-09-21-story`,
 * `/news/20200316/story`, `…-under-control-20200113`, `/2020-04/17/c_1125868456.htm`. Query strings are not read (an
 * `?imgurl=…/2019/…` is someone else's address), nor are numbers run on to longer ones
 * (an id such as `202003171044893040`).
 */
export function dateFromUrl(address: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(address).pathname);
  } catch {
    return null;
  }
  const patterns = [
    /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/,
    /(?:^|[/_-])(\d{4})-(\d{2})-(\d{2})(?=\/|$|[-_.])/,
    /(?:^|[/_-])(\d{4})(\d{2})(\d{2})(?=\/|$|[-_.])/,
    // Chinese news sites: Xinhua's /2020-04/17/, People's Daily's /2020/0417/, China News
    // Service's /2020/04-17/, and /202004/17/.
    /\/(\d{4})-(\d{2})\/(\d{2})\//,
    /\/(\d{4})\/(\d{2})(\d{2})\//,
    /\/(\d{4})\/(\d{2})-(\d{2})\//,
    /\/(\d{4})(\d{2})\/(\d{2})\//,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year >= 1990 && year <= 2100 && isRealDay(year, month, day)) return isoDay(year, month, day);
  }
  return null;
}
