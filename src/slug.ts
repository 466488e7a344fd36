/**
 * Slugs: the readable, stable part of archive URLs. @sindresorhus/slugify transliterates
 * ("Ilham Əliyev" → "ilham-aliyev"); we bound the length, read umlauts as plain vowels
 * (Zürich → zurich, as English-language datelines write it) and give text with no Latin
 * transliteration (Chinese, say) a stable hash slug instead of an empty one.
 */
import { createHash } from "node:crypto";
import slugifyLibrary from "@sindresorhus/slugify";

const MAX_SLUG_LENGTH = 80;
const PLAIN_VOWELS: [string, string][] = [["ä", "a"], ["ö", "o"], ["ü", "u"], ["Ä", "A"], ["Ö", "O"], ["Ü", "U"]];

/** A URL-safe slug of at most 80 characters, cut at a word boundary; never empty. */
export function slugify(text: string): string {
  let slug = slugifyLibrary(text, { decamelize: false, customReplacements: PLAIN_VOWELS });
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf("-");
    slug = (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
  }
  return slug || `x-${shortHash(text)}`;
}

/** Eight hex digits of SHA-256: a stable, short fingerprint of a text. */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}
