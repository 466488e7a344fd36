/**
 * On this day: the archive's articles by calendar day (month and day), across all years.
 *
 * Every calendar day has a page, 29 February included, so the index can link to all 366 and a
 * reader's "today" always lands on one; a day with no article says so. Within a day, years run
 * newest first, and articles within a year in the order given (the archive's, newest first).
 */

/** `MM-DD`. */
export type MonthDay = string;

export interface OnThisDayYear<A> {
  year: string;
  articles: A[];
}

export interface OnThisDay<A> {
  monthDay: MonthDay;
  /** Site-relative, `/on-this-day/MM-DD/`. */
  url: string;
  /** Newest year first. */
  years: OnThisDayYear<A>[];
  count: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The 366 calendar days, `01-01` to `12-31`, 29 February included. */
export const CALENDAR_DAYS: readonly MonthDay[] = DAYS_IN_MONTH.flatMap((days, month) =>
  Array.from({ length: days }, (_, day) => `${String(month + 1).padStart(2, "0")}-${String(day + 1).padStart(2, "0")}`),
);

export function onThisDayUrl(monthDay: MonthDay): string {
  return `/on-this-day/${monthDay}/`;
}

/** The calendar day of an archive day, `YYYY-MM-DD` → `MM-DD` (years of any length). */
export function monthDayOf(day: string): MonthDay {
  return day.slice(-5);
}

/** Every calendar day with the articles of that day in every year; `dayOf` gives an article's archive day. */
export function groupOnThisDay<A>(articles: readonly A[], dayOf: (article: A) => string): OnThisDay<A>[] {
  const byMonthDay = new Map<MonthDay, Map<string, A[]>>();
  for (const article of articles) {
    const day = dayOf(article);
    const years = byMonthDay.get(monthDayOf(day)) ?? new Map<string, A[]>();
    byMonthDay.set(monthDayOf(day), years);
    const year = day.slice(0, -6);
    const list = years.get(year);
    if (list) list.push(article);
    else years.set(year, [article]);
  }
  return CALENDAR_DAYS.map((monthDay) => {
    const years = [...(byMonthDay.get(monthDay) ?? new Map<string, A[]>())]
      .map(([year, list]) => ({ year, articles: list }))
      .sort((a, b) => Number(b.year) - Number(a.year));
    return { monthDay, url: onThisDayUrl(monthDay), years, count: years.reduce((sum, y) => sum + y.articles.length, 0) };
  });
}
