/**
 * Slugs: the readable, stable part of archive URLs. @sindresorhus/slugify transliterates
 * ("Ilham Əliyev" → "ilham-aliyev", "Путин" → "putin", "ایران" → "ayran"); we bound the length,
 * read umlauts as plain vowels (Zürich → zurich, as English-language datelines write it), write
 * Chinese in toneless pinyin and give text with no Latin transliteration (Korean, Hebrew, Thai;
 * Japanese, whose kanji pinyin would misread) a stable hash slug instead of an empty one.
 *
 * Archive URLs are forever: a title with no Han characters, Arabic vowel marks or tatweel goes
 * through exactly the steps it always did (tests/slug.test.ts holds random Latin titles to the
 * old function), so only what used to come out as a hash or as noise reads differently now.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import slugifyLibrary from "@sindresorhus/slugify";

const MAX_SLUG_LENGTH = 80;
const PLAIN_VOWELS: [string, string][] = [["ä", "a"], ["ö", "o"], ["ü", "u"], ["Ä", "A"], ["Ö", "O"], ["Ü", "U"]];

/** Han ideographs (the basic and extension A blocks, and compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
/** Hiragana and katakana: text with kana is Japanese, whose kanji are not read in pinyin. */
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
/**
 * Arabic vowel marks (harakat, superscript alef, Quranic marks) and tatweel: the library reads
 * some marks as vowels and tatweel as a word break ("الســـلام" → "als-lam"); they are dropped,
 * so a title reads the same with or without them.
 */
const ARABIC_MARKS = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const NEEDS_PREPARING = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** A URL-safe slug of at most 80 characters, cut at a word boundary; never empty. */
export function slugify(text: string): string {
  return boundedSlug(NEEDS_PREPARING.test(text) ? prepareNonLatin(text) : text, text);
}

/**
 * The slug a file name gives, as it always has: a name in a script with no transliteration
 * (Chinese) gives a hash slug (`x-…`), which tells the caller to take the title's slug instead,
 * so an article whose file is named 中文.md keeps the title's address it has always had.
 */
export function slugifyFileName(stem: string): string {
  return boundedSlug(stem, stem);
}

/**
 * Text that is already a slug (lower-case ASCII letters and digits in hyphen-joined runs, as
 * most article files are named): the library gives it back unchanged, as none of its
 * replacements touches those characters, so it is not asked (it builds its maps and runs a
 * pattern of 1,900 replacements each call).
 */
const ALREADY_A_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function boundedSlug(prepared: string, text: string): string {
  let slug = ALREADY_A_SLUG.test(prepared) ? prepared : slugifyLibrary(prepared, { decamelize: false, customReplacements: PLAIN_VOWELS });
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf("-");
    slug = (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
  }
  return slug || `x-${shortHash(text)}`;
}

/** Arabic marks dropped; Chinese (text with Han and no kana) in pinyin, a syllable a word. */
function prepareNonLatin(text: string): string {
  let prepared = text.replace(ARABIC_MARKS, "");
  // Syllables, not words: word division would follow the segmenter's dictionary, which changes
  // between versions, and a URL must not.
  if (HAN.test(prepared) && !KANA.test(prepared)) prepared = prepared.replace(HAN_RUN, (run) => ` ${toPinyin(run)} `);
  return prepared;
}

type PinyinFunction = typeof import("pinyin-pro").pinyin;
let pinyinFunction: PinyinFunction | undefined;

/** "伊朗外长" → "yi lang wai zhang". pinyin-pro's dictionary takes ~100 ms to load: only when needed. */
function toPinyin(han: string): string {
  pinyinFunction ??= (createRequire(import.meta.url)("pinyin-pro") as typeof import("pinyin-pro")).pinyin;
  return pinyinFunction(han, { toneType: "none", separator: " " });
}

/** Eight hex digits of SHA-256: a stable, short fingerprint of a text. */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}
