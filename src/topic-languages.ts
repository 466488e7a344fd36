/**
 * Vocabulary topics in Arabic, Persian, Russian and Chinese text: the forms a name takes in each
 * language's grammar, so that a term is stored once, in its dictionary form, and found however
 * the sentence inflects it.
 *
 * - Russian declines names: each word of a name gets its case forms from its ending (Иран →
 *   Ирана, Ирану, Ираном, Иране; Россия → России, Россией; Саудовская Аравия → Саудовской
 *   Аравии), and a country's adjective of nationality is derived with -ский (иранский, российский,
 *   китайский) and declined as an adjective. Names must be capitalised in the text; adjectives not.
 * - Arabic attaches clitics: و/ف (and), ب/ك/ل (in, as, for), the article ال, and ل + ال as لل
 *   (وإيران, لإيران, بالعراق, للسعودية). A name written with the article (العراق) needs it; an
 *   adjective of nationality (nisba: إيراني, الإيرانية, سعودي, روسي) leads to its country with or
 *   without it. A nisba followed by بن (son of) is a person's name (تركي بن …), not a country.
 * - Persian adds suffixes (ایرانی, آمریکایی, ایرانیان, the ezafe آمریکای) and drops a final ه for
 *   the adjective (روسیه → روسی).
 * - Both scripts are compared with vowel marks and tatweel removed and letter variants folded:
 *   ي/ی/ى, ك/ک, ة/ۀ/ه, the hamza seats of alef.
 * - Chinese has no spaces: names are found as substrings, the longest at each place first
 *   (索马里 is Somalia, not Mali), and not when 洋, 湾 or 半岛 follows (印度洋, the Indian Ocean)
 *   or 内, 新 or a compass point comes before (内蒙古, Inner Mongolia).
 * - A name followed (Arabic, Persian) by a word for Latin, South, North or Central names a wider
 *   region: "آمریکای لاتین" is not the United States.
 *
 * Generic over the topic type so that src/topics.ts keeps its own.
 */
import type { TopicLanguage } from "../data/topic-names.ts";

type Script = "arabic" | "cyrillic" | "han";

export interface NativeMatch<T> {
  topic: T;
  /** How many words the mention takes. */
  words: number;
  /** Arabic: the mention is an adjective of nationality (إيراني), not the name. */
  adjective?: boolean;
}

export interface NativeLexicon<T> {
  language: TopicLanguage;
  script: Script;
  /** A name in its stored form (words folded, joined by a space) → topic. */
  terms: Map<string, T>;
  /** The first word of a name → the most words in a name starting with it. */
  longestFrom: Map<string, number>;
  /** Arabic and Persian: the stem an adjective of nationality leads to (روس from روسيا) → topic. */
  stems: Map<string, T>;
  /** Russian: a case form (lower case, ё as е) → the dictionary forms it may be. */
  forms: Map<string, string[]>;
  /** Russian names (not adjectives): found only capitalised. */
  capitalised: Set<string>;
  /** Words that make a name another place when they follow it. */
  qualifiers: Set<string>;
  /** Chinese: characters that make a name another place when they come straight before it. */
  prefixes: Set<string>;
  /** Chinese: first character's code → names starting with it, longest first. */
  hanByFirst: Map<number, string[]>;
  /** Keys claimed by two topics: dropped, as a demonym two countries share is. */
  conflicts: Set<string>;
  /** The length of the shortest word a name can start with, clitics included. */
  shortest: number;
}

function scriptOfLanguage(language: TopicLanguage): Script {
  return language === "ru" ? "cyrillic" : language === "zh" ? "han" : "arabic";
}

export function createLexicon<T>(language: TopicLanguage, qualifiers: readonly string[] = [], prefixes: readonly string[] = []): NativeLexicon<T> {
  return {
    language,
    script: scriptOfLanguage(language),
    terms: new Map(),
    longestFrom: new Map(),
    stems: new Map(),
    forms: new Map(),
    capitalised: new Set(),
    qualifiers: new Set(qualifiers.map(foldArabic)),
    prefixes: new Set(prefixes),
    hanByFirst: new Map(),
    conflicts: new Set(),
    shortest: 1,
  };
}

// ---------------------------------------------------------------------------------------------
// Folding

const ARABIC_LETTER_VARIANTS: Record<string, string> = { "ی": "ي", "ى": "ي", "ئ": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و" };
const ARABIC_MARKS = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d]/g;
const ARABIC_VARIANT_LETTERS = /[یىئکةۀأإآٱؤ]/g;

/** An Arabic or Persian word without vowel marks or tatweel, its letter variants folded. */
export function foldArabic(word: string): string {
  return word.replace(ARABIC_MARKS, "").replace(ARABIC_VARIANT_LETTERS, (ch) => ARABIC_LETTER_VARIANTS[ch] ?? ch);
}

function foldCyrillic(word: string): string {
  return word.toLowerCase().replace(/ё/g, "е");
}

/** Words of a name: split at spaces, hyphens and (Persian) zero-width non-joiners. */
function nameWords(name: string): string[] {
  return name.split(/[\s\-‐–\u200c]+/).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Building

function claim<T>(lexicon: NativeLexicon<T>, map: Map<string, T>, key: string, topic: T): void {
  const held = map.get(key);
  if (held === undefined) map.set(key, topic);
  else if (held !== topic) lexicon.conflicts.add(key);
}

/**
 * Adds a name of a topic in the lexicon's language. `derive` also adds the adjective of
 * nationality the grammar makes of a one-word country name.
 */
export function addNativeName<T>(lexicon: NativeLexicon<T>, name: string, topic: T, derive: boolean): void {
  // "КНР (Китайская Народная Республика)": an abbreviation and its expansion, both names;
  // "Внешние малые острова (США)", "刚果（布）": the brackets only qualify the name before them.
  const bracketed = /^(.*?)\s*[(（](.*)[)）]\s*$/.exec(name);
  if (bracketed) {
    const before = bracketed[1] ?? "";
    addNativeName(lexicon, before, topic, derive);
    if (lexicon.script !== "han" && before.length > 1 && before === before.toUpperCase()) addNativeName(lexicon, bracketed[2] ?? "", topic, derive);
    return;
  }
  if (lexicon.script === "han") {
    const key = name.replace(/[\s\-‐–·・]+/g, "");
    if (key.length < 2) return;
    claim(lexicon, lexicon.terms, key, topic);
    return;
  }
  const words = nameWords(name);
  if (!words.length) return;
  if (lexicon.script === "arabic") {
    const folded = words.map(foldArabic);
    addTerm(lexicon, folded, topic);
    if (derive && folded.length === 1) for (const stem of arabicNisbaStems(folded[0] ?? "", lexicon.language)) claim(lexicon, lexicon.stems, stem, topic);
    return;
  }
  const lemmas = words.map((word) => addRussianForms(lexicon, word, russianForms(word)));
  addTerm(lexicon, lemmas, topic);
  lexicon.capitalised.add(lemmas.join(" "));
  const only = words[0] ?? "";
  if (derive && words.length === 1 && only !== only.toUpperCase()) {
    for (const stem of russianAdjectiveStems(foldCyrillic(only))) addNativeDemonym(lexicon, `${stem}ий`, topic);
  }
}

/** Adds an adjective of nationality ("иранский", "الإيراني" is found through the name's stems). */
export function addNativeDemonym<T>(lexicon: NativeLexicon<T>, adjective: string, topic: T): void {
  if (lexicon.script !== "cyrillic") return addNativeName(lexicon, adjective, topic, false);
  const lemma = foldCyrillic(adjective);
  const match = /^(.+?)(ий|ый|ой)$/.exec(lemma);
  if (!match) return;
  addRussianForms(lexicon, lemma, ADJECTIVE_ENDINGS.map((ending) => `${match[1]}${ending}`));
  if (!lexicon.terms.has(lemma)) addTerm(lexicon, [lemma], topic);
}

function addTerm<T>(lexicon: NativeLexicon<T>, words: string[], topic: T): void {
  const key = words.join(" ");
  claim(lexicon, lexicon.terms, key, topic);
  const first = words[0] ?? "";
  lexicon.longestFrom.set(first, Math.max(lexicon.longestFrom.get(first) ?? 0, words.length));
}

function addRussianForms<T>(lexicon: NativeLexicon<T>, word: string, forms: string[]): string {
  const lemma = foldCyrillic(word);
  for (const form of new Set([lemma, ...forms])) {
    const lemmas = lexicon.forms.get(form);
    if (!lemmas) lexicon.forms.set(form, [lemma]);
    else if (!lemmas.includes(lemma)) lemmas.push(lemma);
  }
  return lemma;
}

/** When the lexicon is complete: a key two topics claim belongs to neither. */
export function finishLexicon<T>(lexicon: NativeLexicon<T>): void {
  for (const key of lexicon.conflicts) {
    lexicon.terms.delete(key);
    lexicon.stems.delete(key);
  }
  for (const key of lexicon.terms.keys()) {
    if (lexicon.script !== "han") continue;
    const first = key.charCodeAt(0);
    const list = lexicon.hanByFirst.get(first) ?? [];
    list.push(key);
    lexicon.hanByFirst.set(first, list);
  }
  for (const list of lexicon.hanByFirst.values()) list.sort((a, b) => b.length - a.length);
  // Arabic clitics and Persian suffixes only lengthen a word: a name's shortest form bounds them all.
  const firstWords = [...lexicon.terms.keys(), ...lexicon.stems.keys(), ...lexicon.forms.keys()].map((key) => key.split(" ")[0] ?? "");
  lexicon.shortest = Math.max(1, Math.min(...firstWords.map((word) => word.length)));
}

// ---------------------------------------------------------------------------------------------
// Russian grammar

const ADJECTIVE_ENDINGS = ["ий", "ый", "ой", "ого", "ому", "им", "ым", "ом", "ая", "ую", "ою", "ое", "ие", "ые", "их", "ых", "ими", "ыми", "ей"];
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/;

/** The case forms of one word of a name, by its ending (lower case, ё as е). */
function russianForms(word: string): string[] {
  const w = foldCyrillic(word);
  // Abbreviations (США, ООН, КНДР) do not decline.
  if (word.length > 1 && word === word.toUpperCase()) return [w];
  const with_ = (stem: string, endings: string[]) => endings.map((ending) => stem + ending);
  let m: RegExpExecArray | null;
  if ((m = /^(.{2,}?)(ий|ый|ой|ая|ое)$/.exec(w))) return with_(m[1] ?? "", ADJECTIVE_ENDINGS);
  if ((m = /^(.{2,}?)(ые|ие)$/.exec(w))) return with_(m[1] ?? "", ["ые", "ие", "ых", "их", "ым", "им", "ыми", "ими"]);
  if ((m = /^(.+)ия$/.exec(w))) return with_(m[1] ?? "", ["ия", "ии", "ию", "ией", "иею"]);
  if ((m = /^(.+)я$/.exec(w))) return with_(m[1] ?? "", ["я", "и", "е", "ю", "ей", "ею"]);
  if ((m = /^(.+)а$/.exec(w))) return with_(m[1] ?? "", ["а", "ы", "и", "е", "у", "ой", "ою"]);
  // Plural names: Штаты, Нидерланды, Филиппины (gen. Филиппин).
  if ((m = /^(.+)ы$/.exec(w))) return with_(m[1] ?? "", ["ы", "ов", "ам", "ами", "ах", ""]);
  if ((m = /^(.+)ь$/.exec(w))) return with_(m[1] ?? "", ["ь", "я", "ю", "ем", "е", "и", "ью"]);
  if ((m = /^(.+)й$/.exec(w))) return with_(m[1] ?? "", ["й", "я", "ю", "ем", "е"]);
  if (CONSONANT_END.test(w)) return with_(w, ["", "а", "у", "ом", "ем", "е"]);
  // Names ending in -о, -е, -и, -у, -ю (Того, Чили, Перу) do not decline.
  return [w];
}

/** Stems of the adjective of nationality, before -ий: Иран → иранск, Россия → российск, Корея → корейск. */
function russianAdjectiveStems(name: string): string[] {
  if (/ия$/.test(name)) return [`${name.slice(0, -2)}ийск`, `${name.slice(0, -2)}ск`];
  if (/ея$/.test(name)) return [`${name.slice(0, -1)}йск`];
  if (/[ая]$/.test(name)) return [`${name.slice(0, -1)}ск`];
  if (/[ьй]$/.test(name) || CONSONANT_END.test(name)) return [`${name}ск`];
  return [];
}

// ---------------------------------------------------------------------------------------------
// Arabic and Persian grammar

/** Stems an adjective of nationality is built on: روسيا → روس (روسي), السعوديه → السعود (سعودي), ایران → ایران. */
function arabicNisbaStems(name: string, language: TopicLanguage): string[] {
  const stems = [name];
  if (language === "ar") {
    const m = /^(.{2,}?)(يا|يه|ا|ه)$/.exec(name);
    if (m) stems.push(m[1] ?? "");
  } else if (name.endsWith("ه") && name.length > 3) stems.push(name.slice(0, -1));
  return stems;
}

/** An Arabic word without its leading clitics: وإيران → إيران, بالعراق → العراق, للسعودية → السعودية. */
function arabicPrefixForms(word: string): string[] {
  const forms = [word];
  let rest = word;
  if (/^[وف]/.test(rest) && rest.length > 3) forms.push((rest = rest.slice(1)));
  if (rest.startsWith("لل") && rest.length > 4) forms.push(`ال${rest.slice(2)}`);
  else if (/^[بكل]/.test(rest) && rest.length > 3) forms.push(rest.slice(1));
  return forms;
}

const ARABIC_NISBA = ["يين", "يون", "يات", "يتين", "يان", "يه", "ي"];
const PERSIAN_SUFFIXES = ["هايي", "هاي", "ها", "ايي", "يي", "اي", "يان", "ي"];

/** A word without each suffix it may end in (at least two letters left). */
function withoutSuffixes(word: string, suffixes: readonly string[]): string[] {
  return suffixes.filter((suffix) => word.length >= suffix.length + 2 && word.endsWith(suffix)).map((suffix) => word.slice(0, -suffix.length));
}
/** Son of, daughter of: تركي بن فيصل is Prince Turki, not a Turk; in عبدالله بن محمد السويد, السويد is a family name. */
const ARABIC_PATRONYMIC = new Set(["بن", "ابن", "بنت"]);
/** Titles before a person's name: "الدكتور السويد" is Dr al-Suwaid. An adjective after one still counts ("الأمير السعودي"). */
const ARABIC_TITLES = new Set(["الدكتور", "د", "الشيخ", "الاستاذ", "المهندس", "الامير", "اللواء", "العميد", "السيد", "معالي", "سمو"]);

// ---------------------------------------------------------------------------------------------
// Matching

/** A word of the text as the word pattern found it: `[0]` the word, `index` where. */
export type Token = RegExpMatchArray;

/** Whether two words are joined only by spaces, hyphens or a zero-width non-joiner. */
function joined(text: string, before: Token, after: Token): boolean {
  const gap = text.slice((before.index ?? 0) + before[0].length, after.index);
  return /^[\s\-‐–\u200c]+$/.test(gap) && !before[0].endsWith(".");
}

/** A word without a sentence's full stop or quotes around it. */
function bare(word: string): string {
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  const edge = (code: number) => code === 0x2e || code === 0x27 || code === 0x2019;
  return edge(first) || edge(last) ? word.replace(/^['’.]+|['’.]+$/g, "") : word;
}

/**
 * The topic a mention starting at `tokens[i]` names, the longest name first, or null. The
 * tokens are words of the lexicon's script (Arabic or Cyrillic).
 */
export function matchNative<T>(lexicon: NativeLexicon<T>, text: string, tokens: readonly Token[], i: number): NativeMatch<T> | null {
  const token = tokens[i];
  if (!token) return null;
  const match = lexicon.script === "cyrillic" ? matchCyrillic(lexicon, text, tokens, i) : matchArabic(lexicon, text, tokens, i);
  if (!match) return null;
  const next = tokens[i + match.words];
  const last = tokens[i + match.words - 1];
  if (lexicon.script !== "arabic") return match;
  if (next && last && joined(text, last, next)) {
    const following = foldArabic(bare(next[0]));
    if (lexicon.qualifiers.has(following) || ARABIC_PATRONYMIC.has(following)) return null;
  }
  if (lexicon.language === "ar") {
    const before = tokens[i - 1];
    const twoBefore = tokens[i - 2];
    if (twoBefore && ARABIC_PATRONYMIC.has(foldArabic(bare(twoBefore[0])))) return null;
    if (before && !match.adjective && ARABIC_TITLES.has(foldArabic(bare(before[0])))) return null;
  }
  return match;
}

/** What a word may be, worked out once per spelling: words repeat across an archive. */
interface WordReading<T> {
  /** The stored forms the word may be as the first word of a name. */
  firsts: string[];
  /** The most words of a name starting with one of them. */
  longest: number;
  /** The one-word name it is, if any. */
  single: NativeMatch<T> | null;
  /** Russian: written with a capital. */
  capital: boolean;
}

/** Readings kept per lexicon before the memo starts again, to bound its memory. */
const MAX_READINGS = 200_000;
const readings = new WeakMap<object, Map<string, WordReading<unknown>>>();

const NOTHING: WordReading<never> = { firsts: [], longest: 0, single: null, capital: false };

function readWord<T>(lexicon: NativeLexicon<T>, raw: string): WordReading<T> {
  // Short words (و, در, на) name nothing: no name is that short.
  if (raw.length < lexicon.shortest) return NOTHING;
  let memo = readings.get(lexicon) as Map<string, WordReading<T>> | undefined;
  if (!memo) readings.set(lexicon, (memo = new Map()));
  let reading = memo.get(raw);
  if (!reading) {
    if (memo.size >= MAX_READINGS) memo.clear();
    reading = lexicon.script === "cyrillic" ? readCyrillic(lexicon, raw) : readArabic(lexicon, raw);
    memo.set(raw, reading);
  }
  return reading;
}

function readArabic<T>(lexicon: NativeLexicon<T>, raw: string): WordReading<T> {
  const word = foldArabic(bare(raw));
  const firsts = lexicon.language === "ar" ? arabicPrefixForms(word) : [word];
  const longest = Math.max(0, ...firsts.map((form) => lexicon.longestFrom.get(form) ?? 0));
  return { firsts, longest, single: singleArabic(lexicon, firsts), capital: false };
}

function singleArabic<T>(lexicon: NativeLexicon<T>, firsts: string[]): NativeMatch<T> | null {
  for (const form of firsts) {
    const topic = lexicon.terms.get(form);
    if (topic !== undefined) return { topic, words: 1 };
  }
  for (const form of firsts) {
    if (lexicon.language === "fa") {
      for (const [k, stem] of persianForms(form).entries()) {
        const topic = (k > 0 ? lexicon.terms.get(stem) : undefined) ?? lexicon.stems.get(stem);
        if (topic !== undefined) return { topic, words: 1 };
      }
      continue;
    }
    for (const stem of withoutSuffixes(form, ARABIC_NISBA)) {
      for (const candidate of [stem, stem.startsWith("ال") ? stem.slice(2) : `ال${stem}`]) {
        const topic = lexicon.terms.get(candidate) ?? lexicon.stems.get(candidate);
        if (topic !== undefined) return { topic, words: 1, adjective: true };
      }
    }
  }
  return null;
}

function matchArabic<T>(lexicon: NativeLexicon<T>, text: string, tokens: readonly Token[], i: number): NativeMatch<T> | null {
  const reading = readWord(lexicon, tokens[i]?.[0] ?? "");
  for (let n = Math.min(reading.longest, tokens.length - i); n >= 2; n--) {
    const span = tokens.slice(i, i + n);
    if (!span.every((t, k) => k === 0 || joined(text, span[k - 1] as Token, t))) continue;
    const rest = span.slice(1).map((t) => foldArabic(bare(t[0])));
    const lastForms = lexicon.language === "fa" ? persianForms(rest[rest.length - 1] ?? "") : [rest[rest.length - 1] ?? ""];
    for (const first of reading.firsts) {
      for (const last of lastForms) {
        const topic = lexicon.terms.get([first, ...rest.slice(0, -1), last].join(" "));
        if (topic !== undefined) return { topic, words: n };
      }
    }
  }
  return reading.single;
}

/** A Persian word, then without a plural, adjective or ezafe suffix. */
function persianForms(word: string): string[] {
  return [word, ...withoutSuffixes(word, PERSIAN_SUFFIXES)];
}

function acceptCyrillic<T>(lexicon: NativeLexicon<T>, key: string, capital: boolean): T | undefined {
  const topic = lexicon.terms.get(key);
  return topic !== undefined && (capital || !lexicon.capitalised.has(key)) ? topic : undefined;
}

function readCyrillic<T>(lexicon: NativeLexicon<T>, raw: string): WordReading<T> {
  const word = bare(raw);
  const firsts = lexicon.forms.get(foldCyrillic(word)) ?? [];
  const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
  const longest = Math.max(0, ...firsts.map((form) => lexicon.longestFrom.get(form) ?? 0));
  let single: NativeMatch<T> | null = null;
  for (const form of firsts) {
    const topic = acceptCyrillic(lexicon, form, capital);
    if (topic !== undefined) {
      single = { topic, words: 1 };
      break;
    }
  }
  return { firsts, longest, single, capital };
}

function matchCyrillic<T>(lexicon: NativeLexicon<T>, text: string, tokens: readonly Token[], i: number): NativeMatch<T> | null {
  const reading = readWord(lexicon, tokens[i]?.[0] ?? "");
  for (let n = Math.min(reading.longest, tokens.length - i); n >= 2; n--) {
    const span = tokens.slice(i, i + n);
    if (!span.every((t, k) => k === 0 || joined(text, span[k - 1] as Token, t))) continue;
    const lists = span.map((t, k) => (k === 0 ? reading.firsts : lexicon.forms.get(foldCyrillic(bare(t[0])))));
    if (lists.some((list) => !list)) continue;
    for (const key of combinations(lists as string[][])) {
      const topic = acceptCyrillic(lexicon, key, reading.capital);
      if (topic !== undefined) return { topic, words: n };
    }
  }
  return reading.single;
}

function combinations(lists: string[][]): string[] {
  return lists.reduce<string[]>((keys, list) => keys.flatMap((key) => list.map((word) => (key ? `${key} ${word}` : word))), [""]);
}

/** Chinese names in a run of Han characters, the longest at each place first; each with its index in the run. */
export function matchHan<T>(lexicon: NativeLexicon<T>, run: string): { topic: T; index: number }[] {
  const found: { topic: T; index: number }[] = [];
  let end = 0;
  for (let j = 0; j < run.length - 1; j++) {
    const names = lexicon.hanByFirst.get(run.charCodeAt(j));
    if (!names) continue;
    for (const name of names) {
      if (!run.startsWith(name, j)) continue;
      const topic = lexicon.terms.get(name);
      const after = j + name.length;
      const qualified = [...lexicon.qualifiers].some((qualifier) => run.startsWith(qualifier, after)) || (j > end && lexicon.prefixes.has(run.charAt(j - 1)));
      if (topic !== undefined && !qualified) found.push({ topic, index: j });
      end = after;
      j += name.length - 1;
      break;
    }
  }
  return found;
}
