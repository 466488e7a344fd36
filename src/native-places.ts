/**
 * Place names in other languages and scripts, mapped to the English name the gazetteer knows,
 * so that "Москва", "مسکو", "莫斯科" and "MOSCOW" are one place.
 *
 * In the order tried:
 * 1. Unicode CLDR (cldr-dates-full): the exemplar city of every time zone, in every language
 *    ("تهران", "طهران", "Тегеран" for Asia/Tehran), and country names from i18n-iso-countries;
 *    loaded per script, and only when a name in that script is met.
 * 2. data/place-names.ts, for the cities CLDR does not name (Jeddah, Mecca, 北京).
 * 3. A reading of the name into Latin letters, matched against GeoNames in the countries that
 *    write the script: Cyrillic transliterated ("КРАСНОЯРСК" → Krasnoyarsk), Chinese in pinyin
 *    (兰州 → Lanzhou, in China), Arabic and Persian by consonants ("کرج" → k-r-j → Karaj, in
 *    Iran), since those scripts leave short vowels unwritten.
 * Steps 1 and 2 are sure enough to tell a place from a person's name in a dateline; step 3 only
 * resolves a name a dateline's shape has already marked as a place.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import transliterate from "@sindresorhus/transliterate";
import { nativePlaceNames, placeKindWords } from "../data/place-names.ts";
import { foldKey } from "./text.ts";

const require = createRequire(import.meta.url);

type Script = "arabic" | "cyrillic" | "han" | "greek" | "hebrew" | "other" | "latin";

/** The CLDR and i18n-iso-countries locales read for names in each script. */
const LOCALES: Record<Exclude<Script, "latin">, string[]> = {
  arabic: ["ar", "fa", "ur", "ps", "ckb"],
  cyrillic: ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"],
  han: ["zh", "zh-Hant", "ja", "yue"],
  greek: ["el"],
  hebrew: ["he", "yi"],
  other: ["ja", "ko", "hi", "bn", "th", "ka", "hy", "am", "ta", "km"],
};
/** Latin-script languages whose names for foreign cities differ from English ("Moscú", "Pékin"). */
const LATIN_LOCALES = ["es", "fr", "de", "it", "pt", "tr", "pl", "nl", "ro", "id", "vi", "cs", "hu", "sv", "az", "uz", "hr", "sq"];

/** Countries that write each script, where a name read into Latin letters is looked for. */
export const SCRIPT_COUNTRIES: Partial<Record<Script, string[]>> = {
  arabic: ["IR", "AF", "SA", "AE", "QA", "BH", "KW", "OM", "YE", "IQ", "SY", "LB", "JO", "PS", "EG", "LY", "TN", "DZ", "MA", "SD", "MR", "PK"],
  cyrillic: ["RU", "UA", "BY", "KZ", "KG", "BG", "RS", "MK", "MN", "TJ", "UZ"],
  han: ["CN", "TW", "HK", "MO", "SG"],
};

export function scriptOf(text: string): Script {
  for (const ch of text) {
    if (/\p{Script=Arabic}/u.test(ch)) return "arabic";
    if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
    if (/\p{Script=Han}/u.test(ch)) return "han";
    if (/\p{Script=Greek}/u.test(ch)) return "greek";
    if (/\p{Script=Hebrew}/u.test(ch)) return "hebrew";
    if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch)) return "other";
  }
  return "latin";
}

/** The key native names are compared by: folded, without spaces (Persian writes خرم‌آباد and خرم آباد). */
export function nativeKey(name: string): string {
  return foldKey(name).replace(/ /g, "");
}

const KIND_WORDS = new RegExp(`^(?:${placeKindWords.join("|")})\\s+`, "u");

/** "شهرستان قائم‌شهر" → "قائم‌شهر": the name without a word saying what kind of place it is. */
export function withoutKindWord(name: string): string {
  return name.trim().replace(KIND_WORDS, "") || name.trim();
}

let englishZoneCities: Map<string, string> | undefined;
const loaded = new Map<string, Map<string, string>>();

function cldrFile(locale: string): string | null {
  try {
    return require.resolve(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
  } catch {
    return null;
  }
}

/** zone id → exemplar city, for one locale. */
function zoneCities(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const file = cldrFile(locale);
  if (!file) return out;
  const json = JSON.parse(readFileSync(file, "utf8")) as { main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }> };
  const zones = Object.values(json.main)[0]?.dates.timeZoneNames.zone ?? {};
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    const city = (node as { exemplarCity?: unknown }).exemplarCity;
    if (typeof city === "string") out.set(path, city);
    for (const [key, value] of Object.entries(node)) if (key !== "exemplarCity" && typeof value === "object") walk(value, path ? `${path}/${key}` : key);
  };
  walk(zones, "");
  return out;
}

/** Every time zone's exemplar city in one locale ("ru": Москва, Тегеран …), for tests and tools. */
export function exemplarCities(locale: string): string[] {
  return [...zoneCities(locale)].filter(([zone]) => !zone.startsWith("Etc/")).map(([, city]) => city);
}

function englishCityOfZone(zone: string): string {
  englishZoneCities ??= zoneCities("en");
  return englishZoneCities.get(zone) ?? (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}

/** native key → English name, for the names of one script: CLDR cities, countries, data/place-names.ts. */
function namesFor(script: Script): Map<string, string> {
  let names = loaded.get(script);
  if (names) return names;
  names = new Map<string, string>();
  const countries = require("i18n-iso-countries") as {
    getNames(lang: string, options?: { select: "official" | "alias" | "all" }): Record<string, string | string[]>;
    getName(code: string, lang: string): string | undefined;
  };
  const locales = script === "latin" ? LATIN_LOCALES : LOCALES[script];
  for (const locale of locales) {
    for (const [zone, city] of zoneCities(locale)) {
      if (zone.startsWith("Etc/")) continue;
      const key = nativeKey(city);
      if (key && !names.has(key)) names.set(key, englishCityOfZone(zone));
    }
    const lang = locale.split("-")[0] ?? locale;
    try {
      for (const [code, value] of Object.entries(countries.getNames(lang, { select: "all" }))) {
        const english = countries.getName(code, "en");
        if (!english) continue;
        for (const name of Array.isArray(value) ? value : [value]) {
          const key = nativeKey(name);
          if (key && !names.has(key)) names.set(key, english);
        }
      }
    } catch {
      // A language i18n-iso-countries does not have: its cities still count.
    }
  }
  // The hand-made table wins: it is there to correct as much as to add.
  for (const [native, english] of Object.entries(nativePlaceNames)) if (scriptOf(native) === script) names.set(nativeKey(native), english);
  loaded.set(script, names);
  return names;
}

/** The English name of a place written in another language, from CLDR, the countries and the table. */
export function englishPlaceName(written: string): string | null {
  const script = scriptOf(written);
  const names = namesFor(script);
  return names.get(nativeKey(written)) ?? names.get(nativeKey(withoutKindWord(written))) ?? null;
}

let pinyinFunction: typeof import("pinyin-pro").pinyin | undefined;

/** pinyin-pro, loaded when a Chinese name is first read: its dictionary takes ~250 ms to load. */
function pinyinOf(): typeof import("pinyin-pro").pinyin {
  pinyinFunction ??= (require("pinyin-pro") as typeof import("pinyin-pro")).pinyin;
  return pinyinFunction;
}

/** Latin spellings to try in GeoNames for a name in another script, and the countries to try them in. */
export function latinReadings(written: string): { readings: string[]; consonantSkeleton: string | null; countries: string[] } | null {
  const name = withoutKindWord(written);
  const script = scriptOf(name);
  const countries = SCRIPT_COUNTRIES[script] ?? [];
  if (script === "cyrillic") return { readings: [transliterate(name)], consonantSkeleton: null, countries };
  if (script === "han") return { readings: [pinyinOf()(name, { toneType: "none", type: "array" }).join("")], consonantSkeleton: null, countries };
  if (script === "arabic") return { readings: [], consonantSkeleton: arabicSkeleton(name), countries };
  return null;
}

/*
 * Consonant skeletons. Arabic and Persian write long vowels with letters that also stand for
 * consonants (ا و ی) and leave short vowels out; romanizations differ in vowels and in a few
 * consonants (q/gh, z/dh, ch/c). Both sides are reduced to one letter per consonant class,
 * vowels and semi-vowels dropped, doubles collapsed, a final h dropped.
 */
const ARABIC_CLASSES: Record<string, string> = {
  ب: "b", پ: "p", ت: "t", ط: "t", ث: "s", س: "s", ص: "s", ج: "j", چ: "C", ح: "h", ه: "h", خ: "X", د: "d",
  ذ: "z", ز: "z", ض: "z", ظ: "z", ژ: "z", ر: "r", ش: "S", غ: "G", ق: "G", ف: "f", ک: "k", ك: "k", گ: "g",
  ل: "l", م: "m", ن: "n",
};

export function arabicSkeleton(name: string): string {
  const withoutArticle = name.replace(/(^|\s)ال(?=\p{L})/gu, "$1");
  let out = "";
  for (const ch of withoutArticle.normalize("NFKD")) out += ARABIC_CLASSES[ch] ?? "";
  return tidySkeleton(out);
}

export function latinSkeleton(name: string): string {
  const text = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(^|[\s-])(?:al|el|as|ad|ar|at|az)[\s-]/g, "$1")
    .replace(/[^a-z]/g, "");
  const out = text
    .replace(/kh/g, "X")
    .replace(/sh/g, "S")
    .replace(/ch/g, "C")
    .replace(/zh|dh/g, "z")
    .replace(/gh|q/g, "G")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/c/g, "k")
    .replace(/[aeiouyvwx']/g, "");
  return tidySkeleton(out);
}

function tidySkeleton(skeleton: string): string {
  return skeleton.replace(/(.)\1+/g, "$1").replace(/h$/, "");
}
