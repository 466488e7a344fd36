/**
 * Dates as web pages write them: in metadata (ISO 8601 in its many spellings, RFC 2822), in
 * the text next to a headline ("March 11, 2020", "martes 17 de marzo de 2020", "17/03/2020",
 * "2020년 3월 4일") and in addresses (`/2023/09/21/`, `/20200316/`).
 *
 * Only a full date (year, month and day) is ever returned: a month alone, a relative date
 * ("1 minute ago") or a slashed date whose order cannot be told is no date. Nothing here
 * throws and nothing reads the clock.
 */
import { parsePublishedDate } from "../dates.ts";

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
 * (`2020-01-13T13:37:49Z`); a value whose time cannot be read keeps only its day. Null when it
 * names no full date.
 */
export function normalizeTimestamp(written: string): string | null {
  let text = written.trim().replace(/\s+/g, " ");
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
    return year >= MIN_YEAR && year <= MAX_YEAR ? parsed.date.iso : null;
  }
  // An ISO day followed by something unreadable ("2020-03-28 18:15 IST"): the day is enough.
  const isoStart = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(text);
  if (isoStart) {
    const [year, month, day] = [Number(isoStart[1]), Number(isoStart[2]), Number(isoStart[3])];
    return isRealDay(year, month, day) ? isoDay(year, month, day) : null;
  }
  return findDateInText(text)?.day ?? null;
}

// Month names in the languages news sites most often write, in the forms a date uses
// (genitive in Slavic languages: "31 stycznia 2020", "13 января 2020").
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "jan", "gennaio", "gen", "januar", "jänner", "januari", "gener", "stycznia", "ledna", "января", "ocak", "janúar", "tammikuuta"],
  ["february", "feb", "févr", "fevr", "février", "fevrier", "febrero", "fevereiro", "fev", "febbraio", "februar", "februari", "febrer", "lutego", "února", "февраля", "şubat", "helmikuuta"],
  ["march", "mar", "mars", "marzo", "março", "marco", "märz", "maart", "marts", "març", "marca", "března", "марта", "mart", "maret", "maaliskuuta"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "apr", "kwietnia", "dubna", "апреля", "nisan", "huhtikuuta"],
  ["may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj", "maig", "maja", "května", "мая", "mayıs", "toukokuuta"],
  ["june", "jun", "juin", "junio", "junho", "giugno", "giu", "juni", "juny", "czerwca", "června", "июня", "haziran", "kesäkuuta"],
  ["july", "jul", "juillet", "juil", "julio", "julho", "luglio", "lug", "juli", "juliol", "lipca", "července", "июля", "temmuz", "heinäkuuta"],
  ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "agost", "sierpnia", "srpna", "августа", "ağustos", "agustus", "elokuuta"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre", "setembre", "września", "září", "сентября", "eylül", "syyskuuta"],
  ["october", "oct", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "oktober", "okt", "octubre", "października", "října", "октября", "ekim", "lokakuuta"],
  ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopadu", "ноября", "kasım", "marraskuuta"],
  ["december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dicembre", "dezember", "desember", "desembre", "des", "grudnia", "prosince", "декабря", "aralık", "joulukuuta"],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTH_BY_NAME.set(name.normalize("NFC"), index + 1);
});

const MONTH_WORD = "(\\p{L}{3,12})\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?";
const YEAR = "(\\d{4})";
// 21 September 2023, 21. September 2023, 17 de marzo de 2020, 31 stycznia 2020, 21-Sep-2023.
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])${DAY}(?:\\s+de|\\s+d[e']|[\\s-])\\s*${MONTH_WORD}(?:\\s+de|\\s+del|,|-)?\\s*${YEAR}(?!\\d)`, "giu");
// September 21, 2023; Sept. 21st 2023.
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\d])${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, "giu");
// 2023-09-21, 2023/09/21, 2023.09.21 (year first is never ambiguous).
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-]\d)/g;
// 2023년 9월 21일, 2023年9月21日.
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
// 21.09.2023, 21/09/2023, 09/21/2023, 21-09-2023.
const NUMERIC = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;

export interface TextDate {
  /** The day, `YYYY-MM-DD`. */
  day: string;
  /** The words the date was read from. */
  written: string;
}

/**
 * The first full date written in a short text, in any of the forms above. `language` (a page's
 * `lang`) decides the order of a slashed date only where the numbers cannot: 03/04/2020 is
 * 4 March in an American page, 3 April elsewhere, and no date at all when the language is unknown.
 */
export function findDateInText(text: string, language: string | null = null): TextDate | null {
  const found: { index: number; date: TextDate }[] = [];
  const add = (index: number, written: string, year: number, month: number, day: number) => {
    if (isRealDay(year, month, day)) found.push({ index, date: { day: isoDay(year, month, day), written } });
  };
  const monthOf = (word: string | undefined) => MONTH_BY_NAME.get((word ?? "").toLowerCase().normalize("NFC"));

  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthOf(m[2]);
    if (month) add(m.index, m[0], Number(m[3]), month, Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthOf(m[1]);
    if (month) add(m.index, m[0], Number(m[3]), month, Number(m[2]));
  }
  for (const m of text.matchAll(YEAR_MONTH_DAY)) add(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(CJK)) add(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(NUMERIC)) {
    const [a, separator, b, year] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
    const american = /^en-us$/i.test(language ?? "");
    if (separator === "." || a > 12) add(m.index, m[0], year, b, a);
    else if (b > 12) add(m.index, m[0], year, a, b);
    else if (a === b) add(m.index, m[0], year, a, a);
    else if (american) add(m.index, m[0], year, a, b);
    else if (language && !/^en\b/i.test(language)) add(m.index, m[0], year, b, a);
  }
  found.sort((x, y) => x.index - y.index);
  return found[0]?.date ?? null;
}

/**
 * The publication day an address carries in its path: `/2023/09/21/`, `/2023-09-21-story`,
 * `/news/20200316/story`, `…-under-control-20200113`. Query strings are not read (an
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
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year >= 1990 && year <= 2100 && isRealDay(year, month, day)) return isoDay(year, month, day);
  }
  return null;
}
