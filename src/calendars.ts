/**
 * An article's date in its own calendar, shown beside the Gregorian one: Persian articles in
 * the Solar Hijri calendar, Arabic ones in the Hijri (Umm al-Qura) calendar. The table says which
 * language reads which calendar; Intl does the arithmetic.
 */

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
