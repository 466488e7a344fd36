/**
 * The site's words put to use: numbers, month names and period labels in the site's language
 * (data/i18n/), and an article's language as attributes. Pure: the layouts and src/pages.ts
 * call it.
 */
import { en } from "../data/i18n/en.ts";
import type { SiteWords } from "../data/i18n/index.ts";
import { textDirection } from "./text-direction.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 1234 → "1,234" in English, "۱٬۲۳۴" in Persian. */
export function formatCount(n: number, words: SiteWords = en): string {
  let format = numberFormats.get(words.locale);
  if (!format) numberFormats.set(words.locale, (format = new Intl.NumberFormat(words.locale)));
  return format.format(n);
}

/** The digits of a label ("2023", "14:05") in the site's own digits. */
export function localDigits(text: string, words: SiteWords = en): string {
  if (words === en) return text;
  return text.replace(/[0-9]/g, (d) => formatCount(Number(d), words));
}

export function monthName(month: number, words: SiteWords = en): string {
  return words.monthNames[month - 1] ?? String(month);
}

/** "2023-09-21" → "21 September 2023"; "2023-09" → "September 2023"; "2023" → "2023". */
export function periodLabel(id: string, words: SiteWords = en): string {
  const [year = id, month, day] = id.split("-");
  const y = localDigits(year, words);
  if (day) return words.dayLabel(localDigits(String(Number(day)), words), monthName(Number(month), words), y);
  if (month) return words.monthLabel(monthName(Number(month), words), y);
  return y;
}

/** The language an article is shown in: its own, else the site's. */
export function articleLanguage(language: string | null, words: SiteWords = en): string {
  return language || words.language;
}

const languageNames = new Map<string, string>();

/** A language's name in the site's language: "fa" → "Persian" (or "فارسی" on a Persian site). */
export function languageName(language: string, words: SiteWords = en): string {
  // Every article page names its language: one Intl.DisplayNames for each pair, not each page.
  const key = `${words.locale}\0${language}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      const named = new Intl.DisplayNames([words.locale], { type: "language" }).of(language);
      name = named && named !== language ? named : language;
    } catch {
      name = language;
    }
    languageNames.set(key, name);
  }
  return name;
}

/** The primary subtag, lower case, which search and the language filters group by: "zh-TW" → "zh". */
export function primaryLanguage(language: string): string {
  return (language.split(/[-_]/)[0] ?? language).toLowerCase();
}

export { textDirection };
