/**
 * Calendars other than the Gregorian: an article's date in its own calendar, shown beside the
 * Gregorian one (Persian articles in the Solar Hijri calendar, Arabic ones in the Hijri, Umm
 * al-Qura), and days written in those calendars read back as Gregorian days. Intl does the
 * arithmetic: ICU converts only from the Gregorian calendar, so a day written in another is
 * found by formatting the Gregorian days around an estimate until one reads as the day written.
 */
import type { Calendar } from "./month-names.ts";

export interface CalendarDate {
  /** Unicode calendar name ("persian", "islamic-umalqura"). */
  calendar: string;
  /** The locale the date is written in ("fa-IR-u-ca-persian"), for `lang`. */
  locale: string;
  /** The date as that calendar's readers write it: "۳۰ شهریور ۱۴۰۲". */
  text: string;
}

/** Primary language subtag → the calendar its articles are dated in, and the locale to write it. */
export const OWN_CALENDARS: Readonly<Record<string, { calendar: string; locale: string }>> = {
  fa: { calendar: "persian", locale: "fa-IR" },
  prs: { calendar: "persian", locale: "fa-AF" },
  ar: { calendar: "islamic-umalqura", locale: "ar-SA" },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `day` (YYYY-MM-DD, the archive day) in the calendar of `language`, or null when that language
 * reads the Gregorian calendar (or is unknown).
 */
export function ownCalendarDate(day: string, language: string | null): CalendarDate | null {
  if (!language) return null;
  const own = OWN_CALENDARS[(language.split(/[-_]/)[0] ?? "").toLowerCase()];
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!own || !match) return null;
  const locale = `${own.locale}-u-ca-${own.calendar}`;
  let format = formats.get(locale);
  if (!format) {
    // The archive day is a calendar date, not an instant: read and write it in UTC.
    format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
    formats.set(locale, format);
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  if (Number.isNaN(date.getTime())) return null;
  return { calendar: own.calendar, locale, text: format.format(date) };
}

const numericFormats = new Map<Calendar, Intl.DateTimeFormat>();

function partsIn(calendar: Calendar, date: Date): { year: number; month: number; day: number } {
  let format = numericFormats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
    numericFormats.set(calendar, format);
  }
  const parts = format.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/** Mean days per year and the Gregorian day each calendar's year 1 starts, for the estimate. */
const EPOCHS: Record<Exclude<Calendar, "gregory">, { yearDays: number; monthDays: number; start: number }> = {
  persian: { yearDays: 365.2422, monthDays: 30.44, start: Date.UTC(622, 2, 22) },
  "islamic-umalqura": { yearDays: 354.367, monthDays: 29.53, start: Date.UTC(622, 6, 16) },
};

/**
 * The Gregorian day (`YYYY-MM-DD`) of a day in another calendar, or null when that day does not
 * exist (30 Esfand in a common year).
 */
export function toGregorianDay(calendar: Calendar, year: number, month: number, day: number): string | null {
  if (calendar === "gregory") return null;
  const epoch = EPOCHS[calendar];
  const estimate = epoch.start + ((year - 1) * epoch.yearDays + (month - 1) * epoch.monthDays + (day - 1)) * 86_400_000;
  for (let offset = 0; offset <= 40; offset++) {
    for (const sign of offset === 0 ? [0] : [-1, 1]) {
      const date = new Date(estimate + sign * offset * 86_400_000);
      const parts = partsIn(calendar, date);
      if (parts.year === year && parts.month === month && parts.day === day) return date.toISOString().slice(0, 10);
    }
  }
  return null;
}
