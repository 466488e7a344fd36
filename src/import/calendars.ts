/**
 * Days written in the Solar Hijri (Persian, Jalali) and Hijri (Islamic, Umm al-Qura) calendars,
 * as Gregorian days. ICU converts only from the Gregorian calendar, so the day is found by
 * formatting the Gregorian days around an estimate until one reads as the day written.
 */
import type { Calendar } from "./month-names.ts";

const formats = new Map<Calendar, Intl.DateTimeFormat>();

function partsIn(calendar: Calendar, date: Date): { year: number; month: number; day: number } {
  let format = formats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
    formats.set(calendar, format);
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
