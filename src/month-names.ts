/**
 * Month names in every language CLDR knows, for reading dates written in words, taken from the
 * platform's ICU (`Intl.DateTimeFormat`) rather than hand lists: the wide and abbreviated names,
 * each both as it stands alone ("январь") and as it reads inside a date ("13 января"), for the
 * Gregorian calendar and for the Solar Hijri (Persian) and Hijri (Islamic) ones.
 *
 * The locales are those cldr-dates-full ships (only its folder names are read). One name can
 * mean two months in two languages ("listopad" is October in Croatian, November in Czech), so
 * a page's own language is asked first; the table of all languages keeps only the names every
 * language that has them agrees on.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type Calendar = "gregory" | "persian" | "islamic-umalqura";

/** The calendars whose month names are read, and the locales that write them. */
const OTHER_CALENDARS: { calendar: Exclude<Calendar, "gregory">; locales: string[] }[] = [
  { calendar: "persian", locales: ["fa", "fa-AF", "ps", "ckb", "ku", "en"] },
  { calendar: "islamic-umalqura", locales: ["ar", "ar-SA", "ar-EG", "fa", "ur", "en", "tr", "ms", "id"] },
];

export interface MonthName {
  month: number;
  calendar: Calendar;
}

/**
 * The key a written month name is looked up by: lower case, NFC, without a trailing dot, and
 * with the letters Arabic-script writers interchange folded together ("أبريل" = "ابريل", Persian
 * "ی"/"ک" = Arabic "ي"/"ك"), and tatweel and joiners removed.
 */
export function monthKey(word: string): string {
  return word
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u0640\u200c\u200d\u200e\u200f]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/[ىی]/g, "ي")
    .replace(/ک/g, "ك")
    .replace(/ة/g, "ه")
    .replace(/\.+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

let allLocales: string[] | undefined;

/** Every locale cldr-dates-full has data for ("ro", "ar-LB", "sr-Latn" …). */
function cldrLocales(): string[] {
  if (allLocales) return allLocales;
  try {
    const require = createRequire(import.meta.url);
    const main = path.join(path.dirname(require.resolve("cldr-dates-full/package.json")), "main");
    // Languages and scripts ("sr-Latn"), and Arabic's regions, whose month names differ
    // ("نيسان" in the Levant, "أبريل" in Egypt, "أبريل"/"ابريل" in the Maghreb); other
    // regional variants repeat their language's names.
    allLocales = readdirSync(main).filter((name) => (/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$/.test(name) || /^ar-/.test(name)) && Intl.DateTimeFormat.supportedLocalesOf(name).length > 0);
  } catch {
    allLocales = [];
  }
  return allLocales;
}

/** The twelve (or thirteen) month names one locale writes for one calendar, by month number. */
function namesOf(locale: string, calendar: Calendar): Map<string, number> {
  const out = new Map<string, number>();
  let tag: string;
  try {
    tag = new Intl.Locale(locale, { calendar, numberingSystem: "latn" }).toString();
  } catch {
    return out;
  }
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: "long" }, { month: "short" },
    { day: "numeric", month: "long" }, { day: "numeric", month: "short" },
  ];
  const number = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { month: "numeric", timeZone: "UTC" });
  const formats = styles.map((style) => new Intl.DateTimeFormat(tag, { ...style, timeZone: "UTC" }));
  // The 15th of each month is enough for the Gregorian calendar; every 10 days over a year and
  // a half meets every month of the others.
  const dates = calendar === "gregory"
    ? Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2020, month, 15)))
    : Array.from({ length: 55 }, (_, step) => new Date(Date.UTC(2020, 0, 1 + step * 10)));
  for (const date of dates) {
    const month = calendar === "gregory" ? date.getUTCMonth() + 1 : Number(number.formatToParts(date).find((p) => p.type === "month")?.value);
    if (!Number.isInteger(month)) continue;
    for (const format of formats) {
      const name = format.formatToParts(date).find((p) => p.type === "month")?.value ?? "";
      const key = monthKey(name);
      // Numbered months ("M03", "3月") are no names.
      if (key.length < 2 || /\d/.test(key) || !/\p{L}/u.test(key)) continue;
      out.set(key, month);
      // Latin names are also written without their accents ("fevrier", "marco", "aout").
      const plain = key.normalize("NFD").replace(/\p{M}/gu, "");
      if (plain !== key && /^[\p{Script=Latin} ]+$/u.test(plain) && !out.has(plain)) out.set(plain, month);
    }
  }
  return out;
}

const byLanguage = new Map<string, Map<string, MonthName>>();
let everywhere: Map<string, MonthName> | undefined;

/**
 * The month names a page in `language` writes ("ro-RO": Romanian's, its region's first), in
 * all the calendars above.
 */
export function monthNamesFor(language: string): Map<string, MonthName> {
  const key = language.toLowerCase();
  const cached = byLanguage.get(key);
  if (cached) return cached;
  const out = new Map<string, MonthName>();
  let base = key;
  try {
    base = new Intl.Locale(language).language;
  } catch {
    // an unreadable tag gives no names
  }
  const locales = [language, ...cldrLocales().filter((l) => l.toLowerCase() === base || l.toLowerCase().startsWith(`${base}-`))];
  for (const locale of locales) {
    for (const [name, month] of namesOf(locale, "gregory")) if (!out.has(name)) out.set(name, { month, calendar: "gregory" });
  }
  for (const { calendar, locales: calendarLocales } of OTHER_CALENDARS) {
    if (!calendarLocales.some((l) => l.split("-")[0] === base)) continue;
    for (const [name, month] of namesOf(language, calendar)) if (!out.has(name)) out.set(name, { month, calendar });
  }
  byLanguage.set(key, out);
  return out;
}

/**
 * Month names of all languages, each with the month most of the languages that write it mean
 * (two thirds of them at least: "jan" is January nearly everywhere; "listopad", November in
 * Czech and Polish but October in Croatian, is left to pages that say their language).
 */
export function monthNamesEverywhere(): Map<string, MonthName> {
  if (everywhere) return everywhere;
  const votes = new Map<string, Map<string, number>>();
  const add = (name: string, value: MonthName) => {
    const ballot = votes.get(name) ?? new Map<string, number>();
    const key = `${value.calendar}:${value.month}`;
    ballot.set(key, (ballot.get(key) ?? 0) + 1);
    votes.set(name, ballot);
  };
  for (const locale of cldrLocales()) for (const [name, month] of namesOf(locale, "gregory")) add(name, { month, calendar: "gregory" });
  for (const { calendar, locales } of OTHER_CALENDARS) {
    for (const locale of locales) for (const [name, month] of namesOf(locale, calendar)) add(name, { month, calendar });
  }
  everywhere = new Map();
  for (const [name, ballot] of votes) {
    const total = [...ballot.values()].reduce((a, b) => a + b, 0);
    const [winner, count] = [...ballot].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (count * 3 < total * 2) continue;
    const [calendar, month] = winner.split(":");
    everywhere.set(name, { month: Number(month), calendar: calendar as Calendar });
  }
  return everywhere;
}

/**
 * What a written month name means in a page in `language` (null: unknown), else in any
 * language. An inflected form CLDR does not list ("avgusta", "septembra" in Bosnian and
 * Serbian) is read as the name it extends (see nearName).
 */
export function readMonthName(word: string, language: string | null): MonthName | null {
  const key = monthKey(word);
  if (language) {
    const own = monthNamesFor(language);
    const exact = own.get(key);
    if (exact) return exact;
    const near = nearName(key, own, 4);
    if (near) return near;
    // A one-letter preposition written onto the name (Hebrew "באפריל", "in April").
    const unprefixed = own.get(key.slice(1));
    if (key.length >= 4 && /^[\u05d1\u05dc]/.test(key) && unprefixed) return unprefixed;
  }
  const everywhere = monthNamesEverywhere();
  // Among all languages' names, only a near form of a name of six letters or more.
  return everywhere.get(key) ?? nearName(key, everywhere, 6);
}

/**
 * The month of the names `key` extends or differs from only in its last two letters (an
 * inflection: "aprila" ~ "april", "septembra" ~ "septembar"), when they all agree; null
 * otherwise. Names shorter than `shortest` are too easily a word's start ("may" ~ "mayor").
 */
function nearName(key: string, names: ReadonlyMap<string, MonthName>, shortest: number): MonthName | null {
  const months = new Set<number>();
  let found: MonthName | null = null;
  for (const [name, value] of names) {
    if (name.length < shortest || value.calendar !== "gregory" || key.length < name.length || key.length - name.length > 2) continue;
    if (commonPrefix(name, key) >= Math.max(3, name.length - 2, key.length - 2)) {
      months.add(value.month);
      found = value;
    }
  }
  return found && months.size === 1 ? found : null;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
