/**
 * Datelines: the opening words that say where and by whom a story was filed. Each family of
 * forms is a module in src/datelines/, a named reader tried in the order below; the first that
 * reads the opening wins. A form never changes the text: it says what it found and where the
 * story proper starts.
 *
 *   persian          به گزارش خبرگزاری فارس از قم،
 *   chinese          新华社北京9月21日电, (法新社雪梨二日电), (北京法新电)
 *   russian          МОСКВА, 21 сентября. /ТАСС/.   МОСКВА, 21 сен - РИА Новости.
 *   arabic-script    جنيف 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس, سبق- جدة:, طهران (تسنيم) -
 *   wire             TEHRAN (Tasnim) –, LONDON, Nov 26 (Reuters) -, MADRID, 21 sep (EFE).-
 *   any-script       ドーハ：, चेन्नई, 5 सितंबर |   (a known place, in scripts without forms of their own)
 *
 * Where the shape alone cannot tell a dateline from a sentence (a lower-case wire, Arabic with
 * no capitals), a form asks the lookups whether a name is a known agency or place.
 */
import { anyScriptDatelines } from "./datelines/any-script.ts";
import { arabicScriptDatelines } from "./datelines/arabic-script.ts";
import { chineseDatelines } from "./datelines/chinese.ts";
import { persianDatelines } from "./datelines/persian.ts";
import { russianDatelines } from "./datelines/russian.ts";
import type { DatelineForm, DatelineLookups, DatelineMatch } from "./datelines/types.ts";
import { wireDatelines } from "./datelines/wire.ts";

export type { DatelineLookups, DatelineMatch } from "./datelines/types.ts";

/** The forms, in the order they are tried: the most specific first. */
export const datelineForms: readonly DatelineForm[] = [
  persianDatelines,
  chineseDatelines,
  russianDatelines,
  arabicScriptDatelines,
  wireDatelines,
  anyScriptDatelines,
];

/** The lookups a build gives the forms: the agency registry and the gazetteer. */
export function registryLookups(
  agencies: { lookup(name: string): unknown },
  gazetteer: { knowsPlace(name: string): boolean; knowsRegion(name: string): boolean },
): DatelineLookups {
  return {
    isAgency: (name) => agencies.lookup(name) !== null,
    isPlace: (name) => gazetteer.knowsPlace(name),
    isRegion: (name) => gazetteer.knowsRegion(name),
  };
}

/** How far into a story a dateline may reach. */
const HEAD_LENGTH = 200;

/** Finds the dateline at the start of a story's first paragraph, or null. */
export function parseDateline(text: string, lookups: DatelineLookups | null = null): DatelineMatch | null {
  const head = text.slice(0, HEAD_LENGTH);
  for (const form of datelineForms) {
    if (!form.applies(head)) continue;
    const match = form.parse(head, lookups);
    if (match) return match;
  }
  return null;
}

/** Reads a dateline given in front matter: "TEHRAN", "Tehran, Iran", or a full "TEHRAN (Tasnim) –". */
export function parseDatelineField(value: string, lookups: DatelineLookups | null = null): DatelineMatch {
  const text = value.trim();
  const asWire = parseDateline(/[-–—]\s*$/.test(text) ? `${text} ` : `${text} – `, lookups);
  if (asWire?.place) return { ...asWire, raw: text };
  const [place = text, ...rest] = text.split(/[,،]/).map((part) => part.trim());
  return { raw: text, place, region: rest[0] || null, dateText: null, agencyText: null, byline: null, end: text.length, form: "field" };
}
