/**
 * The site's words put to use: numbers, month names and period labels in the site's language
 * (data/i18n/), and an article's language as attributes. Pure: the layouts and src/pages.ts
 * call it.
 */
import { en } from "../data/i18n/en.ts";
import type { SiteWords } from "../data/i18n/index.ts";
import { textDirection } from "./text-direction.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Each locale's counts as written so far: a build writes the same few thousand numbers (word
 * counts, list sizes, page numbers) tens of thousands of times, and Intl.NumberFormat#format is
 * slow beside a lookup. Whole numbers only, and at most MEMO_LIMIT of them.
 */
const writtenCounts = new Map<string, Map<number, string>>();
const MEMO_LIMIT = 100_000;

/** 1234 → "1,234" in English, "۱٬۲۳۴" in Persian. */
export function formatCount(n: number, words: SiteWords = en): string {
  // -0 shares 0's key in a Map, but not its text ("-0").
  const kept = Number.isSafeInteger(n) && !Object.is(n, -0);
  let written = writtenCounts.get(words.locale);
  if (!written) writtenCounts.set(words.locale, (written = new Map()));
  let text = kept ? written.get(n) : undefined;
  if (text !== undefined) return text;
  let format = numberFormats.get(words.locale);
  if (!format) numberFormats.set(words.locale, (format = new Intl.NumberFormat(words.locale)));
  text = format.format(n);
  if (kept && written.size < MEMO_LIMIT) written.set(n, text);
  return text;
}

/** The digits of a label ("2023", "14:05") in the site's own digits. */
export function localDigits(text: string, words: SiteWords = en): string {
  if (words === en) return text;
  return text.replace(/[0-9]/g, (d) => formatCount(Number(d), words));
}

export function monthName(month: number, words: SiteWords = en): string {
  return words.monthNames[month - 1] ?? String(month);
}

/** Each site words' period labels so far: every card of every list names its day. */
const periodLabels = new WeakMap<SiteWords, Map<string, string>>();

/** "2023-09-21" → "21 September 2023"; "2023-09" → "September 2023"; "2023" → "2023". */
export function periodLabel(id: string, words: SiteWords = en): string {
  let labels = periodLabels.get(words);
  if (!labels) periodLabels.set(words, (labels = new Map()));
  let label = labels.get(id);
  if (label === undefined) {
    label = labelPeriod(id, words);
    if (labels.size < MEMO_LIMIT) labels.set(id, label);
  }
  return label;
}

function labelPeriod(id: string, words: SiteWords): string {
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
