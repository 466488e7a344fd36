/**
 * Topics: normalizing the topics a file names, and finding the vocabulary topics a text is about.
 *
 * A topic's identity is its folded key (case, accents, spacing and punctuation ignored) after
 * aliases are applied, and its slug is made from that key, so "Nagorno Karabakh",
 * "nagorno-karabakh" and "Karabakh" are one topic with one URL.
 *
 * How a text is found to be about a vocabulary topic (a country, by name or demonym, or a
 * topic of data/topics.ts marked `detect`): each mention scores 3 in the title, 2 in the
 * first paragraph and 1 elsewhere; a topic needs 3 points (a title mention, or a mention in
 * the opening plus one more, or three mentions) and an article gets at most the six
 * best-scoring topics. A passing mention ("U.S. and Japanese markets") is not enough.
 *
 * Countries and topics are also found in Arabic, Persian, Russian and Chinese text, by the
 * names i18n-iso-countries, world-countries's translations and data/topic-names.ts give, and
 * each language's grammar
 * (src/topic-languages.ts), as the same topic as in English: "ایران", "إيران", "Иран" and
 * "伊朗" are Iran, one slug and one name. Mentions score and pass the gate as English ones do.
 */
import { createRequire } from "node:module";
import { worldCountries } from "./countries.ts";
import { ambiguousCountryNames, type TopicEntry } from "../data/topics.ts";
import { ambiguousNames, countryNames, irregularDemonyms, regionPrefixes, regionQualifiers, topicLanguages } from "../data/topic-names.ts";
import { slugify } from "./slug.ts";
import { addNativeDemonym, addNativeName, createLexicon, finishLexicon, foldArabic, matchHan, matchNative, type NativeLexicon } from "./topic-languages.ts";
import { collapseWhitespace, foldKey, titleCaseIfShouting } from "./text.ts";
import type { Topic } from "./types.ts";

/** A topic as one article names it; the archive picks one display name per slug. */
export interface TopicMention extends Topic {
  key: string;
}

export interface TopicVocabulary {
  /** The topic a name means: a vocabulary topic by name or alias, else the name cleaned up. Null when empty. */
  normalize(name: string): TopicMention | null;
  /**
   * Vocabulary topics the text is about, best first. `blocks[0]` is the opening paragraph.
   * `language` (BCP 47, "fa", "ru-RU") chooses which language's names are looked for besides
   * English ones; unknown or null, all of them.
   */
  detect(title: string, blocks: readonly string[], language?: string | null): TopicMention[];
}

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
const THRESHOLD = 3;
const MAX_DETECTED = 6;
/** Only the first part of a long text is read for topics: what an article is about shows early. */
const MAX_DETECT_CHARS = 20_000;

/** Words whose forms (wordForms) are kept at most, at once. */
const MAX_CACHED_WORDS = 100_000;

/** Demonyms that are also part of wider names ("Latin American" is not about the United States). */
const EXCLUDED_PREFIXES = new Set(["Latin", "South", "North", "Central", "Native", "African", "Asian", "Anglo", "Pan"]);

/** A word: letters, digits, apostrophes and dots ("U.S.", "People's"). */
const WORD = /[\p{L}\p{M}\p{N}'’.]+/gu;
/** Han ideographs: Chinese names are looked for in runs of them. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;

type Lexicon = NativeLexicon<TopicMention>;

/** The script a word's first letter is in, for the words English terms never start with. */
function nativeScript(code: number): "cyrillic" | "arabic" | null {
  if (code >= 0x0400 && code <= 0x052f) return "cyrillic";
  if ((code >= 0x0600 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfeff)) return "arabic";
  return null;
}

/** world-countries names its translations by ISO 639-3 code. */
const WORLD_COUNTRIES_LANGUAGE = { ar: "ara", fa: "per", ru: "rus", zh: "zho" } as const;

interface I18nCountries {
  registerLocale(locale: unknown): void;
  getNames(lang: string, options: { select: "all" }): Record<string, string[]>;
}

/** A word as written, then without a sentence's full stop, a possessive or a plural ending. */
function wordForms(word: string): string[] {
  const bare = word.replace(/\.+$/, "").replace(/['’]s?$/, "");
  return [...new Set([word, bare, bare.replace(/s$/, ""), bare.replace(/es$/, "")])];
}

/** Whether two words are joined only by spaces or hyphens (not by a comma or a full stop). */
function joinedByGap(text: string, before: RegExpMatchArray | undefined, after: RegExpMatchArray | undefined): boolean {
  if (!before || !after) return false;
  const end = (before.index ?? 0) + before[0].length;
  const gap = text.slice(end, after.index ?? end);
  return /^[\s\-‐–]+$/.test(gap) && !before[0].endsWith(".") ;
}

interface VocabularyTerm {
  term: string;
  topic: TopicMention;
}

function mention(name: string): TopicMention {
  const key = foldKey(name);
  return { key, name, slug: slugify(key) };
}

export function createTopicVocabulary(entries: readonly TopicEntry[]): TopicVocabulary {
  const byKey = new Map<string, TopicMention>();
  const terms: VocabularyTerm[] = [];
  const ambiguous = new Set(ambiguousCountryNames.map(foldKey));

  // A demonym names a country only when one sovereign country uses it: "French" is France's,
  // not the French Southern Lands'; "Congolese" belongs to two countries and to neither here.
  const demonymOwners = new Map<string, Set<string>>();
  for (const country of worldCountries) {
    if (!country.independent) continue;
    for (const d of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
      if (d) demonymOwners.set(d, (demonymOwners.get(d) ?? new Set()).add(country.cca2));
    }
  }

  for (const country of worldCountries) {
    const topic = mention(country.name.common);
    const names = [country.name.common, country.name.official, ...country.altSpellings.filter((s) => s.length > 3 && !/\d/.test(s))];
    const demonyms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter(
      (d): d is string => Boolean(d) && demonymOwners.get(d ?? "")?.size === 1 && demonymOwners.get(d ?? "")?.has(country.cca2) === true,
    );
    for (const name of [...names, ...demonyms]) {
      const key = foldKey(name);
      if (!byKey.has(key)) byKey.set(key, topic);
    }
    for (const term of new Set([...names, ...demonyms])) {
      if (ambiguous.has(foldKey(term))) continue;
      if (/^[\p{Lu}\p{Lt}]/u.test(term) && /^[\p{L}\p{M} .'’-]+$/u.test(term)) terms.push({ term, topic });
    }
  }
  // Short forms the news uses, which world-countries lists only as two-letter codes.
  const shortForms = [["U.S.", "US"], ["US", "US"], ["USA", "US"], ["U.S.A.", "US"], ["U.K.", "GB"], ["UK", "GB"], ["Britain", "GB"], ["UAE", "AE"], ["U.A.E.", "AE"]] as const;
  for (const [term, code] of shortForms) {
    const country = worldCountries.find((c) => c.cca2 === code);
    if (!country) continue;
    const topic = mention(country.name.common);
    byKey.set(foldKey(term), topic);
    if (term !== "US") terms.push({ term, topic });
  }

  for (const entry of entries) {
    const topic = mention(entry.name);
    for (const name of [entry.name, ...(entry.aliases ?? [])]) byKey.set(foldKey(name), topic);
    if (entry.detect) for (const term of [entry.name, ...(entry.aliases ?? [])]) terms.push({ term, topic });
  }

  // Other languages: each country's names in i18n-iso-countries and data/topic-names.ts, and
  // the other-language names of data/topics.ts, as the English topic.
  // The library's core and the locales read, not its Node entry, which loads all 80.
  const require = createRequire(import.meta.url);
  const i18n = require("i18n-iso-countries/index.js") as I18nCountries;
  for (const language of topicLanguages) i18n.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
  const lexicons = new Map<string, Lexicon>();
  for (const language of topicLanguages) {
    const lexicon = createLexicon<TopicMention>(language, regionQualifiers[language], regionPrefixes[language]);
    const ambiguousHere = new Set(ambiguousNames[language].map((name) => foldArabic(foldKey(name))));
    const i18nNames = i18n.getNames(language, { select: "all" });
    const register = (name: string, topic: TopicMention, detect: boolean, derive: boolean) => {
      const key = foldKey(name);
      if (!key) return;
      if (!byKey.has(key)) byKey.set(key, topic);
      if (!byKey.has(foldArabic(key))) byKey.set(foldArabic(key), topic);
      if (detect && !ambiguousHere.has(foldArabic(key))) addNativeName(lexicon, name, topic, derive);
    };
    for (const country of worldCountries) {
      const topic = mention(country.name.common);
      const translation = country.translations[WORLD_COUNTRIES_LANGUAGE[language]];
      const names = [...(i18nNames[country.cca2] ?? []), translation?.common, translation?.official, ...(countryNames[language][country.cca2] ?? [])];
      for (const name of new Set(names)) if (name) register(name, topic, true, true);
      for (const adjective of irregularDemonyms[language]?.[country.cca2] ?? []) {
        byKey.set(foldKey(adjective), topic);
        addNativeDemonym(lexicon, adjective, topic);
      }
    }
    for (const entry of entries) {
      const topic = byKey.get(foldKey(entry.name)) ?? mention(entry.name);
      for (const name of entry.names?.[language] ?? []) register(name, topic, entry.detect === true, false);
    }
    finishLexicon(lexicon);
    lexicons.set(language, lexicon);
  }
  const allLexicons = [...lexicons.values()];
  /** The lexicons a text in `language` is read with: its own, or all when the language is unknown. */
  function lexiconsFor(language: string | null | undefined): Lexicon[] {
    if (!language) return allLexicons;
    const own = lexicons.get(language.split(/[-_]/)[0]?.toLowerCase() ?? "");
    return own ? [own] : [];
  }

  // Terms are matched word by word: the text is split into words once, and at each word the
  // longest term starting there wins ("Azerbaijani" over "Azerbaijan", "Papua New Guinea"
  // over "Guinea"). Words inside a term may be joined by spaces or hyphens.
  const termTopic = new Map<string, TopicMention>();
  const longestFrom = new Map<string, number>();
  for (const { term, topic } of terms) {
    const words = term.split(/[\s\-‐–]+/).filter(Boolean);
    const key = words.join(" ");
    if (!words.length || termTopic.has(key)) continue;
    termTopic.set(key, topic);
    const first = words[0] ?? "";
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, words.length));
  }
  const firstLetters = new Set([...longestFrom.keys()].map((word) => word.charAt(0)));

  // Topic names repeat across an archive: each spelling is worked out once.
  const normalized = new Map<string, TopicMention | null>();
  function normalize(name: string): TopicMention | null {
    let topic = normalized.get(name);
    if (topic === undefined) {
      topic = normalizeName(name);
      normalized.set(name, topic);
    }
    return topic;
  }

  function normalizeName(name: string): TopicMention | null {
    const cleaned = collapseWhitespace(name).replace(/^[#\s]+/, "");
    const key = foldKey(cleaned);
    if (!key) return null;
    const known = byKey.get(key) ?? byKey.get(foldArabic(key)) ?? matchWholeName(cleaned);
    if (known) return known;
    const display = cleaned === cleaned.toLowerCase() ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : cleaned;
    return { key, name: display, slug: slugify(key) };
  }

  /** A name in another language, as a whole ("ایران", "Ирана", "伊朗"), for front matter topics. */
  function matchWholeName(name: string): TopicMention | undefined {
    const compact = name.replace(/\s+/g, "");
    for (const lexicon of allLexicons) {
      if (lexicon.script === "han") {
        const topic = lexicon.terms.get(compact);
        if (topic) return topic;
        continue;
      }
      const tokens = [...name.matchAll(WORD)];
      const match = tokens.length ? matchNative(lexicon, name, tokens, 0) : null;
      if (match && match.words === tokens.length) return match.topic;
    }
    return undefined;
  }

  // A word's forms, worked out once per word (words repeat across an archive), in a cache
  // emptied when it grows large.
  const forms = new Map<string, string[]>();
  function formsOf(word: string): string[] {
    let found = forms.get(word);
    if (!found) {
      if (forms.size >= MAX_CACHED_WORDS) forms.clear();
      found = wordForms(word);
      forms.set(word, found);
    }
    return found;
  }

  type Scores = Map<string, { topic: TopicMention; score: number; first: number }>;
  function add(scores: Scores, topic: TopicMention, weight: number, first: number) {
    const entry = scores.get(topic.key);
    if (entry) entry.score += weight;
    else scores.set(topic.key, { topic, score: weight, first });
  }

  function score(text: string, weight: number, scores: Scores, offset: number, native: readonly Lexicon[]) {
    const words = [...text.matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]?.[0] ?? "";
      const code = word.charCodeAt(0);
      // Words English terms cannot start: other scripts, read with their language's grammar.
      if (code >= 0x0400) {
        const script = native.length ? nativeScript(code) : null;
        if (!script) continue;
        for (const lexicon of native) {
          if (lexicon.script !== script) continue;
          const match = matchNative(lexicon, text, words, i);
          if (!match) continue;
          add(scores, match.topic, weight, offset + (words[i]?.index ?? 0));
          i += match.words - 1;
          break;
        }
        continue;
      }
      // Most words cannot start a term: their first letter is not one a term starts with.
      if (!firstLetters.has(word.charAt(0))) continue;
      let longest = 0;
      for (const form of formsOf(word)) longest = Math.max(longest, longestFrom.get(form) ?? 0);
      if (longest === 0) continue;
      const previous = words[i - 1];
      if (previous && EXCLUDED_PREFIXES.has(previous[0]) && joinedByGap(text, previous, words[i])) continue;
      for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
        const span = words.slice(i, i + n);
        if (!span.every((w, k) => k === 0 || joinedByGap(text, span[k - 1], w))) continue;
        const topic = lookupSpan(span.map((w) => w[0]));
        if (!topic) continue;
        add(scores, topic, weight, offset + (words[i]?.index ?? 0));
        i += n - 1;
        break;
      }
    }
    // Chinese has no spaces between words: names are looked for along each run of Han characters.
    for (const lexicon of native) {
      if (lexicon.script !== "han" || !HAN.test(text)) continue;
      for (const run of text.matchAll(HAN_RUN)) {
        for (const found of matchHan(lexicon, run[0])) add(scores, found.topic, weight, offset + (run.index ?? 0) + found.index);
      }
    }
  }

  /** The topic a run of words names, allowing a sentence's full stop or a plural on the last word. */
  function lookupSpan(words: string[]): TopicMention | undefined {
    const head = words.slice(0, -1).join(" ");
    const last = words[words.length - 1] ?? "";
    const join = (w: string) => (head ? `${head} ${w}` : w);
    for (const candidate of formsOf(last)) {
      const topic = termTopic.get(join(candidate));
      if (topic) return topic;
    }
    return undefined;
  }

  function detect(title: string, blocks: readonly string[], language?: string | null): TopicMention[] {
    const scores: Scores = new Map();
    const native = lexiconsFor(language);
    score(titleCaseIfShouting(title), TITLE_WEIGHT, scores, 0, native);
    let offset = title.length;
    let budget = MAX_DETECT_CHARS;
    blocks.forEach((block, index) => {
      if (budget <= 0) return;
      const text = block.slice(0, budget);
      budget -= text.length;
      score(text, index === 0 ? LEAD_WEIGHT : BODY_WEIGHT, scores, offset, native);
      offset += text.length;
    });
    return [...scores.values()]
      .filter((entry) => entry.score >= THRESHOLD)
      .sort((a, b) => b.score - a.score || a.first - b.first)
      .slice(0, MAX_DETECTED)
      .map((entry) => entry.topic);
  }

  return { normalize, detect };
}
