/** Small text helpers shared by the normalizers. */

/** Runs of whitespace, non-breaking and zero-width spaces included. */
const WHITESPACE_RUN = /[\s\u200b]+/g;
/** A whitespace character other than a plain space, or two in a row. */
const NEEDS_COLLAPSING = /[^\S ]|\u200b|\s\s/;

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most text has single spaces only: finding that out is cheaper than rebuilding the string.
  const collapsed = NEEDS_COLLAPSING.test(text) ? text.replace(WHITESPACE_RUN, " ") : text;
  return collapsed.trim();
}

/**
 * The key names are compared by: lower case, no accents, punctuation and spacing folded to
 * single spaces. "Nagorno-Karabakh", "nagorno karabakh" and "NAGORNO–KARABAKH" share one key.
 */
export function foldKey(text: string): string {
  // ASCII has no accents to drop and no compatibility forms, and its letters and digits are
  // a-z and 0-9 once lower-cased: the same key, without normalizing (the gazetteer folds 138,000
  // city names, most of them ASCII).
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(/['`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  return foldKeyOfAnyText(text);
}

/** foldKey's general steps, for text of any script (ASCII gets the same key from them). */
export function foldKeyOfAnyText(text: string): string {
  return foldArabicScript(text)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const ARABIC_VARIANTS: Record<string, string> = { "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ـ": "", "\u200c": "" };

/**
 * Arabic and Persian write some letters differently (ي/ی, ك/ک, ة/ه) and Persian texts use
 * either; the tatweel only stretches a word and the zero-width non-joiner only shapes it.
 * Arabic-Indic and Persian digits are read as digits. (Hamza seats go with the accents.)
 */
export function foldArabicScript(text: string): string {
  if (!ARABIC_SCRIPT.test(text)) return text;
  return text
    .replace(/[يىكةـ\u200c]/g, (ch) => ARABIC_VARIANTS[ch] ?? ch)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Counts words as a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The most characters an article's lead keeps (leadOf): more than any excerpt of it shows. */
export const LEAD_LENGTH = 300;

/**
 * An article's lead: the opening paragraph of its plain text without the dateline it starts
 * with ("TOKYO, March 12 -", which a card's facts give already), cut at a word to at most
 * LEAD_LENGTH characters (with no mark where it was cut). What a card's excerpt is made from,
 * so that lists never need the whole text.
 */
export function leadOf(plainText: string, datelineRaw: string | null): string {
  let text = plainText.split("\n\n", 1)[0] ?? "";
  if (datelineRaw && text.startsWith(datelineRaw) && text.length > datelineRaw.length + 1) text = text.slice(datelineRaw.length).trimStart();
  if (text.length <= LEAD_LENGTH) return text;
  return text.slice(0, Math.max(text.lastIndexOf(" ", LEAD_LENGTH), LEAD_LENGTH - 30));
}

/** "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis"; mixed-case text is left as written. */
export function titleCaseIfShouting(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s\-/.(’'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
