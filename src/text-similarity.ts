/**
 * Which articles say the same thing: TF-IDF cosine similarity between articles close in time.
 *
 * Each article is read as its title (counted twice) and the opening of its text, the dateline
 * left out: a wire's updates and other agencies' versions of one event share their names,
 * places and figures there. Terms are weighted by TF-IDF over the articles compared (src/stories.ts compares a year's at a time), so "said" and
 * "pct" weigh nothing and "GenCorp" or "Lanzhou" a lot, and each article keeps only its
 * strongest terms. Candidate pairs come from an inverted index of those terms, looked up only
 * among articles a few days apart, and a term found in too many articles is never used to find
 * candidates (it is still scored): the work grows with the number of articles, not with its
 * square.
 *
 * Recurring reports ("Fed adds reserves", a daily money-market figure, a quarterly results
 * table) read alike from day to day with different figures: a pair whose words agree but
 * whose figures do not is a different event, and gets no score.
 */

/** The part of an article this module reads. */
export interface SimilarityInput {
  title: string;
  plainText: string;
  /** The archive day, `YYYY-MM-DD`. */
  day: string;
  /** The dateline as written at the start of the text, left out of the terms. */
  datelineRaw?: string | null;
  /** Its terms as readArticleTerms read them, kept from an earlier build (the build cache): its text is then not read again. */
  terms?: KeptTerms;
}

export interface SimilarPair {
  /** Indexes into the input list, `a < b`. */
  a: number;
  b: number;
  /** Cosine similarity of the two articles' term vectors, 0–1. */
  score: number;
}

/** What comparing the archive's articles found. */
export interface SimilarityResult {
  /** Pairs alike enough, by `a` then `b`. */
  pairs: SimilarPair[];
  /**
   * Pairs whose words are alike enough but which are surely different events: their figures
   * disagree, or one headline's subject is missing from the other article. `score` is the
   * cosine of their words. Grouping never puts such a pair in one story.
   */
  conflicts: SimilarPair[];
  /**
   * Whether two articles, linked or not, are surely different events (the test `conflicts`
   * was drawn with, on any pair): grouping asks it of every pair two groups would bring
   * together, so a story never holds two events that only links through others joined.
   */
  differ: (a: number, b: number) => boolean;
}

export interface SimilarityOptions {
  /** Pairs scoring below this are not returned. */
  minScore: number;
  /** Only articles at most this many days apart are compared. */
  maxDays: number;
  /** Words of text read after the title. */
  leadWords?: number;
  /** Terms kept per article, strongest first. */
  termsPerArticle?: number;
}

const DEFAULT_LEAD_WORDS = 120;
const DEFAULT_TERMS = 40;
/** Terms used to look up candidates, per article. */
const LOOKUP_TERMS = 12;
/** A term in more than this share of the archive finds no candidates (it may still score). */
const MAX_LOOKUP_SHARE = 0.02;
/** Headlines sharing this share of their words, on different days, are one recurring report… */
const RECURRING_HEADLINE = 0.7;
/** …unless their texts are this alike: then the later one is a repeat. */
const REPEAT_SCORE = 0.9;
/** Headlines whose actions (the words after a company's code) differ are two events below this score. */
const MAX_ACTION_SCORE = 0.5;
/**
 * Below this cosine of their words outside the company name their headlines share (and the
 * codes), one company's two reports are alike only in its name: two events.
 */
const MAX_NAME_ONLY_SCORE = 0.05;
/** How many of a headline's rarest words make its subject. */
const SUBJECT_WORDS = 2;
/**
 * A figure in more than this share of the archive is no sign of one event: fees of "5/8 pct",
 * "5,000 dlrs" denominations, round amounts. Two reports agree on figures only by sharing a
 * rarer one (the share is not applied below MIN_LOOKUP_CAP articles).
 */
const MAX_FIGURE_SHARE = 0.003;
/** Below this many articles, the shares above are not applied. */
const MIN_LOOKUP_CAP = 50;
/**
 * On different days, two reports that are not near copies and share no rare figure must share
 * this many of an event's specifics, or they are two events: one company's different
 * announcements, a recurring report's two issues, alike in the name and the topic only. A
 * specific is a word rare in the archive (MAX_FIGURE_SHARE) that is not in both headlines, a
 * figure, or twice over a calendar date ("payable April 15") or a word so rare it names one
 * party (NAME_SHARE).
 */
const MIN_SHARED_SPECIFICS = 2;
/** A word in at most this share of the archive (at least MIN_NAME_CAP articles) names one party, a person or a firm. */
const NAME_SHARE = 0.0004;
const MIN_NAME_CAP = 3;

/** Short English function words: IDF would weigh them down anyway, this keeps vectors small. */
const STOP_WORDS = new Set(
  ("a an and are as at be been but by for from had has have he her his in is it its of on or " +
    "said says that the their this to was were which will with would after also about over").split(" "),
);

/** Fewer words than this under a headline make it a bare headline. */
const BARE_WORDS = 5;
const TIME_ZONES = new Set(["gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "hrs", "hours", "local"]);

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const TOKEN = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;

/** The words of a text, lower case; Chinese and Japanese runs as character pairs. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // Most texts have no Chinese or Japanese: their words are not each looked at for it.
  const han = HAN_OR_KANA.test(text);
  // The words at once, as strings (a global match), not a match object each.
  for (const word of text.toLowerCase().match(TOKEN) ?? NO_WORDS) {
    if (han && HAN_OR_KANA.test(word)) {
      const chars = [...word];
      if (chars.length === 1) tokens.push(word);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
    } else if (!STOP_WORDS.has(word) && (word.length > 1 || DIGIT.test(word))) {
      tokens.push(word);
    }
  }
  return tokens;
}

/**
 * A figure worth comparing: a number, but not one that may be a day of the month or a year,
 * which reports of different events share ("pay March 31", "in 1987").
 */
function isFigure(token: string): boolean {
  if (!/^\p{N}[\p{N}.,]*$/u.test(token)) return false;
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    return value > 31 && !(token.length === 4 && value >= 1800 && value <= 2100);
  }
  return true;
}

/**
 * Fractions as wire copy writes rates and prices, "6-1/8", "101-3/4", "7/8": figures in their
 * own right (the words alone read "6", "1", "8", which could be days of the month).
 */
const FRACTION = /(?<![\p{N}/])(?:\p{N}+[- ])?\p{N}+\/\p{N}+(?![\p{N}/])/gu;

/** A calendar date as English wire copy writes it, "April 15", "Sept. 30": a pay or record day, a meeting's. */
const CALENDAR_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?\s+([1-9]|[12]\d|3[01])\b(?![.,]?\d)/gi;

/**
 * Who a headline names by code: Reuters' `<SUN>`, `<CUCD.O>`, `<ACC CORP>`, and the
 * `(NYSE: XOM)` form. The code before a dot: `<PARC>` and `<PARC.O>` are one company.
 */
const BRACKETED = /<([^<>]{1,40})>|\((?:[A-Z][A-Za-z]{1,9})\s*:\s*([A-Z0-9.]{1,10})\)/g;

/**
 * What a headline says a company did: its words after the last company code ("CONSOLIDATED
 * NATURAL GAS <CNG> IN PAYOUT": payout), plurals as singulars, figures left out. Empty when
 * the headline names no company by code.
 */
function actionOf(title: string): Set<string> {
  let end = -1;
  for (const match of title.matchAll(BRACKETED)) end = (match.index ?? 0) + match[0].length;
  if (end < 0) return new Set();
  return new Set(tokenize(title.slice(end)).filter((word) => !DIGIT.test(word)).map(singular));
}

/** The words of a headline before its first company code: the company's name. */
function nameWordsOf(title: string): string[] {
  const at = title.search(/<|\((?:[A-Z][A-Za-z]{1,9})\s*:/);
  return at < 0 ? [] : tokenize(title.slice(0, at)).filter((word) => !DIGIT.test(word));
}

/** The words of a headline's company codes (`<AARE>`: aare; `(NYSE: XOM)`: nyse, xom). */
function codeWordsOf(title: string): string[] {
  return [...title.matchAll(BRACKETED)].flatMap((match) => tokenize(match[0]));
}

function tickersOf(title: string): Set<string> {
  const tickers = new Set<string>();
  for (const match of title.matchAll(BRACKETED)) {
    const code = (match[1] ?? match[2] ?? "").trim().toUpperCase().replace(/\s+/g, " ").replace(/\.[A-Z]{1,2}$/, "");
    if (code) tickers.add(code);
  }
  return tickers;
}

/** An English plural read as its singular ("deposits", "deposit"), for comparing headlines. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

interface Terms {
  counts: Map<string, number>;
  tickers: Set<string>;
  action: Set<string>;
  nameWords: string[];
  codeWords: string[];
  /** A bare headline: no text under it (a wire's flash). */
  bare: boolean;
  titleTerms: string[];
  /** Every word of the title, company codes included. */
  headlineWords: string[];
  /** The calendar dates of the title and opening, `apr-15`. */
  dates: Set<string>;
  /** The words of the text read after the title. */
  leadTerms: Set<string>;
  figures: Set<string>;
}

/** What findSimilarPairs reads of one article alone, with the default lead words: a build cache may keep it (SimilarityInput.terms). */
export type ArticleTerms = Terms;

/**
 * Words as numbers into a list of words that every article's terms share, as a build cache
 * keeps them (build/story-term-store.ts): an article's largest fields come back so, not as a
 * map or set of their own each.
 */
export interface CodedWords {
  words: readonly string[];
  numberOf: ReadonlyMap<string, number>;
  /** Word numbers, in the map's or set's order; a map's each followed by its value. */
  numbers: Int32Array;
}

/** The fields of ArticleTerms a cache may give back coded (CodedWords): the counts of the words read, and the lead's words. */
export const CODED_TERM_FIELDS: readonly string[] = ["counts", "leadTerms"];

/** An article's terms as a cache gives them back: as read, or with the fields of CODED_TERM_FIELDS coded. */
export type KeptTerms = Omit<Terms, "counts" | "leadTerms"> & { counts: Terms["counts"] | CodedWords; leadTerms: Terms["leadTerms"] | CodedWords };

export function readArticleTerms(input: SimilarityInput): ArticleTerms {
  return readTerms(input, DEFAULT_LEAD_WORDS);
}

function readTerms(input: SimilarityInput, leadWords: number): Terms {
  let text = input.plainText;
  const raw = input.datelineRaw;
  if (raw) {
    const at = text.indexOf(raw);
    if (at >= 0 && at < 400) text = text.slice(at + raw.length);
  }
  const counts = new Map<string, number>();
  const figures = new Set<string>();
  const add = (token: string, weight: number) => counts.set(token, (counts.get(token) ?? 0) + weight);
  const title = tokenize(input.title);
  for (const token of title) add(token, 2);
  // A ticker symbol (`<SRD>`) is left out of the subject: the same company's other reports
  // name it in words.
  const titleTerms = tokenize(input.title.replace(/<[^<>]*>/g, " "));
  // Enough characters for the lead words, with room to spare; tokenizing the rest is waste.
  const lead = tokenize(text.slice(0, leadWords * 12)).slice(0, leadWords);
  for (const token of lead) add(token, 1);
  for (const tokens of [title, lead]) {
    tokens.forEach((token, i) => {
      // "at 1015 GMT" is a time of day, which reports of different days share.
      if (DIGIT.test(token) && isFigure(token) && !TIME_ZONES.has(tokens[i + 1] ?? "")) figures.add(token);
    });
  }
  // The fractions of the title and of about as much text as the lead words span.
  for (const part of [input.title, text.slice(0, leadWords * 8)]) {
    for (const match of part.matchAll(FRACTION)) figures.add(match[0].replace(" ", "-"));
  }
  const dates = new Set<string>();
  for (const part of [input.title, text.slice(0, leadWords * 8)]) {
    for (const match of part.matchAll(CALENDAR_DATE)) dates.add(`${(match[1] as string).toLowerCase()}-${match[2]}`);
  }
  return { counts, leadTerms: new Set(lead), bare: lead.length < BARE_WORDS, titleTerms, headlineWords: title, dates, figures, tickers: tickersOf(input.title), action: actionOf(input.title), nameWords: nameWordsOf(input.title), codeWords: codeWordsOf(input.title) };
}

/** An article's terms as numbers (term number and count), with what else of them its vector needs: held until its vector is made. */
type Shared<T> = { readonly [K in keyof T]: T[K] extends Set<infer V> ? ReadonlySet<V> : T[K] extends (infer V)[] ? readonly V[] : T[K] };
interface ArticleTermNumbers extends Shared<Pick<KeptTerms, "bare" | "titleTerms" | "dates" | "figures" | "tickers" | "action" | "nameWords" | "codeWords">> {
  ids: Int32Array;
  counts: Uint16Array;
  /** The headline's terms (its words are terms the article counts), each once, as term numbers, in the order of the headline. */
  headlineIds: Int32Array;
  /** The title's words its opening repeats. */
  titleInLead: string[];
}

/** An article's strongest terms with their weights, the vector of length one. */
interface Vector {
  /** The strongest LOOKUP_TERMS terms, strongest first, as numbers: the terms candidates are looked up by. */
  lookup: number[];
  /** The same terms as numbers, ascending, with their weights: a cosine sums over the shared ones in that order (cosine(), a merge; denseCosine() in the pair search). */
  ids: Int32Array;
  weights: Float64Array;
  /** Every figure of the title and opening: a repeat has the same. */
  figures: ReadonlySet<string>;
  /** The figures rare enough in the archive to tell one event (MAX_FIGURE_SHARE). */
  telling: ReadonlySet<string>;
  day: number;
  bare: boolean;
  /** The headline's words, plurals as singulars, for telling a recurring report from a repeat. */
  headline: ReadonlySet<string>;
  /** The companies the headline names by code. */
  tickers: ReadonlySet<string>;
  /** What the headline says the company did (the words after its code). */
  action: ReadonlySet<string>;
  /** The rare words of the company's name before its code (MAX_FIGURE_SHARE, as for figures). */
  names: ReadonlySet<string>;
  /** The headline's two rarest words (not figures): what the article is about, most often a name. */
  subject: string[];
  /**
   * The rarest word of the headline that its text repeats as written: a name, most often (a
   * headline's verb, "REJECTS", is seldom repeated as is: "said it rejected"). Empty if none.
   */
  named: string[];
  /** The terms of the company's name before its code and of the codes, as term numbers. */
  company: ReadonlySet<number>;
  /** The headline's terms, codes included, as term numbers, ascending. */
  headlineIds: Int32Array;
  /** The calendar dates of the title and opening. */
  dates: ReadonlySet<string>;
}

/** What comparing two articles needs to know of the archive. */
interface Archive {
  idOf: ReadonlyMap<string, number>;
  /** Per term number: 2 for a word that names one party, 1 for another rare word, 0 for a common word or a figure. */
  specificity: Uint8Array;
}

/** Days since 1970-01-01 of a day, `YYYY-MM-DD`. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/**
 * Every pair of articles at most `maxDays` apart whose similarity reaches `minScore`, in a
 * fixed order (by `a`, then `b`). The result depends only on the articles, never on their order.
 */
export function findSimilarPairs(inputs: readonly SimilarityInput[], options: SimilarityOptions): SimilarityResult {
  const leadWords = options.leadWords ?? DEFAULT_LEAD_WORDS;
  const keep = options.termsPerArticle ?? DEFAULT_TERMS;
  // Each distinct term gets a number: counting, weighing and comparing work on numbers. Each
  // article's terms are kept as two typed arrays, not its map of words, until its vector is made.
  const idOf = new Map<string, number>();
  const termOf: string[] = [];
  const frequency: number[] = [];
  const idOfTerm = (term: string) => {
    let id = idOf.get(term);
    if (id === undefined) {
      id = frequency.length;
      idOf.set(term, id);
      termOf.push(term);
      frequency.push(0);
    }
    return id;
  };
  // Coded terms (a cache's): each word number's term number, once met; the same numbers, in the same order, as their words get.
  let codedWords: readonly string[] | undefined;
  let idOfNumber = new Int32Array(0);
  const termIdSlab = new Slabs(Int32Array);
  const termCountSlab = new Slabs(Uint16Array);
  const headlineIdSlab = new Slabs(Int32Array);
  // A title's words as the archive's copies of its terms (read from a text), or as they are (kept
  // terms are the store's words already), at their length.
  const archiveCopies = (words: readonly string[]) => words.map((word) => termOf[idOf.get(word) ?? -1] ?? word);
  const atLength = (words: readonly string[]) => words.slice();
  const terms = inputs.map((input): ArticleTermNumbers => {
    const kept = leadWords === DEFAULT_LEAD_WORDS ? input.terms : undefined;
    const read = kept ?? readTerms(input, leadWords);
    const { counts, leadTerms } = read;
    let ids: Int32Array;
    let weights: Uint16Array;
    if (counts instanceof Map) {
      ids = termIdSlab.take(counts.size);
      weights = termCountSlab.take(counts.size);
      let at = 0;
      for (const [term, count] of counts) {
        const id = idOfTerm(term);
        frequency[id] = (frequency[id] as number) + 1;
        ids[at] = id;
        weights[at++] = count;
      }
    } else {
      const { words, numbers } = counts;
      if (words !== codedWords || idOfNumber.length < words.length) {
        codedWords = words;
        idOfNumber = new Int32Array(words.length).fill(-1);
      }
      const size = numbers.length >> 1;
      ids = termIdSlab.take(size);
      weights = termCountSlab.take(size);
      for (let at = 0; at < size; at++) {
        const number = numbers[2 * at] as number;
        let id = idOfNumber[number] as number;
        if (id < 0) idOfNumber[number] = id = idOfTerm(words[number] as string);
        frequency[id] = (frequency[id] as number) + 1;
        ids[at] = id;
        weights[at] = numbers[2 * at + 1] as number;
      }
    }
    const inLead = (word: string) => {
      if (leadTerms instanceof Set) return leadTerms.has(word);
      const number = leadTerms.numberOf.get(word);
      return number !== undefined && leadTerms.numbers.includes(number);
    };
    const { bare, titleTerms, headlineWords, dates, figures, tickers, action, nameWords, codeWords } = read;
    // Held for every article until the vectors are made: empty sets as one, lists at their length
    // (a list grown word by word has room to spare), and the title's words as the archive's one
    // copy of each term (read from a text, each article's words are strings of their own). About
    // 1 kB an article less at 10,000.
    const shared = counts instanceof Map ? archiveCopies : atLength;
    const sharedTitleTerms = shared(titleTerms);
    const headlineIds = headlineIdSlab.take(headlineWords.length);
    let headlineSize = 0;
    for (const word of headlineWords) {
      const id = idOf.get(word) as number;
      let known = false;
      for (let h = 0; h < headlineSize && !known; h++) known = headlineIds[h] === id;
      if (!known) headlineIds[headlineSize++] = id;
    }
    return {
      ids,
      counts: weights,
      bare,
      titleTerms: sharedTitleTerms,
      headlineIds: headlineIds.subarray(0, headlineSize),
      dates: orEmpty(dates),
      figures: orEmpty(figures),
      tickers: orEmpty(tickers),
      action: orEmpty(action),
      nameWords: nameWords.length === 0 ? NO_WORDS : nameWords.slice(),
      codeWords: codeWords.length === 0 ? NO_WORDS : codeWords.slice(),
      titleInLead: sharedTitleTerms.filter(inLead),
    };
  });
  const documentFrequency = { get: (term: string) => frequency[idOf.get(term) ?? -1] };
  const total = inputs.length;
  const idfOfId = Float64Array.from(frequency, (df) => Math.log((1 + total) / (1 + df)) + 1);

  /** The `count` rarest distinct words that are no figures, rarest first, then by word. */
  const rarestOf = (words: readonly string[], count = SUBJECT_WORDS): string[] => {
    const rarest: string[] = [];
    const frequencies: number[] = [];
    for (const word of words) {
      if (STARTS_WITH_DIGIT.test(word) || rarest.includes(word)) continue;
      const df = documentFrequency.get(word) ?? 0;
      let at = rarest.length;
      while (at > 0 && (df < (frequencies[at - 1] as number) || (df === frequencies[at - 1] && word < (rarest[at - 1] as string)))) at--;
      if (at >= count) continue;
      rarest.splice(at, 0, word);
      frequencies.splice(at, 0, df);
      if (rarest.length > count) {
        rarest.pop();
        frequencies.pop();
      }
    }
    return rarest;
  };
  const days = inputs.map((input) => dayNumber(input.day));
  const figureFrequency = new Map<string, number>();
  for (const { figures } of terms) for (const figure of figures) figureFrequency.set(figure, (figureFrequency.get(figure) ?? 0) + 1);
  const figureCap = Math.max(MIN_LOOKUP_CAP, Math.floor(total * MAX_FIGURE_SHARE));
  const telling = (figures: ReadonlySet<string>) => (figures.size === 0 ? EMPTY : new Set([...figures].filter((figure) => (figureFrequency.get(figure) ?? 0) <= figureCap)));
  // Each term's place in the order of the words, for breaking ties of weight as comparing the words would.
  const alphabetical = new Int32Array(termOf.length);
  termOf
    .map((_, id) => id)
    .sort((x, y) => compareStrings(termOf[x] as string, termOf[y] as string))
    .forEach((id, place) => (alphabetical[id] = place));
  // Each term's weight in one article: (1 + log of its count) × its idf. The logs of small counts once.
  const logOf = Float64Array.from({ length: 64 }, (_, count) => Math.log(count));
  let weight = new Float64Array(64);
  // Each article's terms go as its vector is made: a hundred thousand of both at once were about
  // twice the memory of either (grouping was a build's largest moment).
  const released = terms as (ArticleTermNumbers | undefined)[];
  const vectorIdSlab = new Slabs(Int32Array);
  const vectorWeightSlab = new Slabs(Float64Array);
  const kept = new Int32Array(keep);
  const byNumber = new Float64Array(keep);
  const vectors: Vector[] = terms.map(({ ids, counts, bare, titleTerms, headlineIds, dates, titleInLead, figures, tickers, action, nameWords, codeWords }, index) => {
    released[index] = undefined;
    const count = ids.length;
    if (weight.length < count) weight = new Float64Array(2 * count);
    for (let at = 0; at < count; at++) {
      const n = counts[at] as number;
      weight[at] = (1 + (n < 64 ? (logOf[n] as number) : Math.log(n))) * (idfOfId[ids[at] as number] as number);
    }
    // The `keep` strongest, strongest first, then by word (places in `ids`): each term goes in
    // where it belongs among those kept so far, or nowhere.
    const limit = Math.min(keep, count);
    let size = 0;
    const before = (x: number, y: number) => {
      const wx = weight[x] as number;
      const wy = weight[y] as number;
      return wx > wy || (wx === wy && (alphabetical[ids[x] as number] as number) < (alphabetical[ids[y] as number] as number));
    };
    for (let at = 0; at < count; at++) {
      if (size === limit && !before(at, kept[size - 1] as number)) continue;
      let low = 0;
      let high = size;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (before(at, kept[middle] as number)) high = middle;
        else low = middle + 1;
      }
      if (size < limit) size++;
      for (let k = size - 1; k > low; k--) kept[k] = kept[k - 1] as number;
      kept[low] = at;
    }
    let squares = 0;
    for (let k = 0; k < size; k++) squares += (weight[kept[k] as number] as number) * (weight[kept[k] as number] as number);
    const norm = Math.sqrt(squares) || 1;
    const lookup: number[] = [];
    for (let k = 0; k < size && k < LOOKUP_TERMS; k++) lookup.push(ids[kept[k] as number] as number);
    // The kept terms by number, with their weights of length one: each term's number and its
    // place among the kept in one number, sorted as numbers (the numbers are distinct).
    for (let k = 0; k < size; k++) byNumber[k] = (ids[kept[k] as number] as number) * size + k;
    byNumber.subarray(0, size).sort();
    const termIds = vectorIdSlab.take(size);
    const weights = vectorWeightSlab.take(size);
    for (let k = 0; k < size; k++) {
      const packed = byNumber[k] as number;
      const place = kept[packed % size] as number;
      termIds[k] = ids[place] as number;
      weights[k] = (weight[place] as number) / norm;
    }
    return {
      lookup,
      ids: termIds,
      weights,
      figures: orEmpty(figures),
      telling: orEmpty(telling(figures)),
      day: days[index] as number,
      bare,
      headline: new Set(titleTerms.map(singular)),
      tickers: orEmpty(tickers),
      action: orEmpty(action),
      names: nameWords.length === 0 ? EMPTY : orEmpty(new Set(nameWords.filter((word) => (documentFrequency.get(word) ?? 0) <= figureCap))),
      subject: rarestOf(titleTerms),
      named: rarestOf(titleInLead, 1),
      company: nameWords.length + codeWords.length === 0 ? EMPTY : new Set([...nameWords, ...codeWords].map((word) => idOf.get(word) as number)),
      headlineIds: headlineIds.sort(),
      dates: orEmpty(dates),
    };
  });
  terms.length = 0;
  const nameCap = Math.max(MIN_NAME_CAP, Math.floor(total * NAME_SHARE));
  const specificity = Uint8Array.from(frequency, (df, id) => (DIGIT.test(termOf[id] as string) ? 0 : df <= nameCap ? 2 : df <= figureCap ? 1 : 0));
  const archive: Archive = { idOf, specificity };

  // Articles in order of day, and each lookup term's articles in that order.
  const order = inputs.map((_, i) => i).sort((x, y) => (days[x] as number) - (days[y] as number) || x - y);
  const lookupCap = Math.max(MIN_LOOKUP_CAP, Math.floor(total * MAX_LOOKUP_SHARE));
  const postings: (number[] | undefined)[] = [];
  for (const index of order) {
    for (const id of (vectors[index] as Vector).lookup) {
      if ((frequency[id] as number) > lookupCap) continue;
      const list = postings[id];
      if (list) list.push(index);
      else postings[id] = [index];
    }
  }

  const pairs: SimilarPair[] = [];
  const conflicts: SimilarPair[] = [];
  // The candidates met for the article at hand: `met[other]` is its position in `order`, plus one.
  const met = new Int32Array(total);
  // The article's weights by term number, zero elsewhere: a candidate's cosine is then a sum over
  // its own terms, ascending, as cosine() merges them (the terms not shared add zero, which leaves
  // a sum as it is), rather than a merge of the two lists for each of the many candidates.
  const dense = new Float64Array(termOf.length);
  // Each lookup term's place in its list of the next article to be taken that has it.
  const next = new Int32Array(termOf.length);
  for (let position = 0; position < order.length; position++) {
    const index = order[position] as number;
    const vector = vectors[index] as Vector;
    const day = days[index] as number;
    for (let k = 0; k < vector.ids.length; k++) dense[vector.ids[k] as number] = vector.weights[k] as number;
    for (const id of vector.lookup) {
      const list = postings[id];
      if (!list) continue;
      // Later articles only (each pair once), up to maxDays later. The list holds this article
      // (its lookup term, in order of day): those after it follow its own place, which moves on
      // by one with each article of the list taken in turn.
      const own = next[id] as number;
      next[id] = own + 1;
      for (let at = own + 1; at < list.length; at++) {
        const other = list[at] as number;
        if ((days[other] as number) - day > options.maxDays) break;
        if (met[other] === position + 1) continue;
        met[other] = position + 1;
        const otherVector = vectors[other] as Vector;
        const score = denseCosine(dense, otherVector);
        if (score < options.minScore) continue;
        const pair = { a: Math.min(index, other), b: Math.max(index, other), score };
        if (differentEvents(vector, otherVector, score, archive, true)) conflicts.push(pair);
        else pairs.push(pair);
      }
    }
    for (let k = 0; k < vector.ids.length; k++) dense[vector.ids[k] as number] = 0;
  }
  const byIndexes = (x: SimilarPair, y: SimilarPair) => x.a - y.a || x.b - y.b;
  const differ = (a: number, b: number): boolean => {
    const x = vectors[a] as Vector;
    const y = vectors[b] as Vector;
    return differentEvents(x, y, cosine(x, y), archive, false);
  };
  return { pairs: pairs.sort(byIndexes), conflicts: conflicts.sort(byIndexes), differ };
}

/**
 * Alike in words, yet surely not one event: a headline's subject (either of its two rarest
 * words) is not in the other article; or both give figures rare in the archive and none of those is the same; or they are
 * a recurring report ("HOG AND CATTLE SLAUGHTER GUESSTIMATES" every day): the same headline on
 * another day over a text that is not a copy with the same figures; or both headlines name
 * companies by code (`<SUN>`, `(NYSE: XOM)`) and none is the same; or both name companies by
 * code and their texts are alike only in the company name their headlines share; or, on
 * different days, neither headline's name (its rarest word its text repeats) is in the other
 * article; or, on different days, they are no near copies with text and share no rare figure
 * and fewer than MIN_SHARED_SPECIFICS of an event's specifics. `linking` (a pair being
 * linked, not two groups being joined): also when one is a bare headline and the other of
 * another day and no copy.
 */
function differentEvents(x: Vector, y: Vector, score: number, archive: Archive, linking: boolean): boolean {
  const { idOf } = archive;
  // A bare headline's words are too few to tell a follow-up from the next day's figure: no
  // link across days. That is want of evidence, not proof: the headline may still join a story
  // through an article of its own day.
  if (linking && x.day !== y.day && (x.bare || y.bare) && score < REPEAT_SCORE) return true;
  // Headlines naming companies by code, no code in common and no rare word of their names
  // either (a wire's codes vary: "BANCROFT <BCV>", "BANCROFT <BCF>").
  if (x.tickers.size > 0 && y.tickers.size > 0 && !sharesAny(x.tickers, y.tickers) && !sharesAny(x.names, y.names)) return true;
  // The same company doing two things ("<CNG> IN PAYOUT", "<CNG> CREATES UNIT"), unless the
  // texts are close (one event in other words: "QTLY DIV", "REGULAR DIVIDEND").
  if (score < MAX_ACTION_SCORE && x.action.size > 0 && y.action.size > 0 && !sharesAny(x.action, y.action)) return true;
  // The same company's two reports whose texts share little but its name: its name and codes
  // carry the cosine ("<AARE> IN PURCHASE", "AMEX TRADING ... <AEI>"; a dividend and a
  // results table of one company).
  if (x.tickers.size > 0 && y.tickers.size > 0 && cosineOutside(x, y) < MAX_NAME_ONLY_SCORE) return true;
  // A repeat has the same figures, and figures that say something: the same round amounts on
  // two days ("400 mln from 450 mln") are a daily figure that happened to come out the same.
  // In the same order, too: "rises to 7.46 from 7.37" and "falls to 7.37 from 7.46" are two weeks' auctions.
  const repeat = score >= REPEAT_SCORE && sameOrder(x.figures, y.figures) && (x.figures.size === 0 || x.telling.size > 0);
  if (x.day !== y.day && overlap(x.headline, y.headline) >= RECURRING_HEADLINE && !repeat) return true;
  const mentions = (words: readonly string[], other: Vector) => words.length === 0 || words.some((word) => holds(other.ids, idOf.get(word) ?? -1));
  if (!mentions(x.subject, y) || !mentions(y.subject, x)) return true;
  // On another day, neither headline's name (its rarest word that its text repeats) in the
  // other article: two subjects told from one template (two issuers' eurobonds).
  if (x.day !== y.day && x.named.length > 0 && y.named.length > 0 && !mentions(x.named, y) && !mentions(y.named, x)) return true;
  // On another day and not a near copy: the same event repeats its specifics, not only the
  // name and the topic (a company's new service, then its rate cut; a weekly list's two issues).
  // A bare headline is no near copy: its words are all it has (a daily operation's flash).
  if (x.day !== y.day && (score < REPEAT_SCORE || x.bare || y.bare) && !sharesAny(x.telling, y.telling) && sharedSpecifics(x, y, archive.specificity) < MIN_SHARED_SPECIFICS) return true;
  return x.telling.size > 0 && y.telling.size > 0 && !sharesAny(x.telling, y.telling);
}

/**
 * How many of an event's specifics two articles share, up to MIN_SHARED_SPECIFICS: rare words
 * not in both headlines (a word naming one party counts twice), figures, and calendar dates
 * (twice).
 */
function sharedSpecifics(x: Vector, y: Vector, specificity: Uint8Array): number {
  let shared = 0;
  for (const date of x.dates) if (y.dates.has(date) && (shared += 2) >= MIN_SHARED_SPECIFICS) return shared;
  for (const figure of x.figures) if (y.figures.has(figure) && ++shared >= MIN_SHARED_SPECIFICS) return shared;
  forSharedTerms(x, y, (id) => {
    const weight = specificity[id] as number;
    return weight > 0 && !(holds(x.headlineIds, id) && holds(y.headlineIds, id)) && (shared += weight) >= MIN_SHARED_SPECIFICS;
  });
  return shared;
}

/** The cosine of two articles' terms, those of the company name (and codes) both headlines give left out. */
function cosineOutside(x: Vector, y: Vector): number {
  return dot(x, y, true);
}

function cosine(x: Vector, y: Vector): number {
  return Math.min(1, dot(x, y, false));
}

/** cosine(x, y), given x's weights by term number (zero for the terms x lacks): the same sum, in the same order. */
function denseCosine(dense: Float64Array, y: Vector): number {
  const ids = y.ids;
  const weights = y.weights;
  let score = 0;
  for (let j = 0; j < ids.length; j++) {
    const weight = dense[ids[j] as number] as number;
    if (weight !== 0) score += weight * (weights[j] as number);
  }
  return Math.min(1, score);
}

/**
 * Visits each term two vectors share (their ids are ascending: a merge of the two lists), with
 * its place in each, until `visit` returns true.
 */
function forSharedTerms(x: Vector, y: Vector, visit: (id: number, i: number, j: number) => boolean): void {
  const a = x.ids;
  const b = y.ids;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const u = a[i] as number;
    const v = b[j] as number;
    if (u === v) {
      if (visit(u, i, j)) return;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
}

/** The sum over the terms two vectors share of their weights' products; `outsideCompany`: terms of a company both name left out. */
function dot(x: Vector, y: Vector, outsideCompany: boolean): number {
  let score = 0;
  forSharedTerms(x, y, (id, i, j) => {
    if (!outsideCompany || !(x.company.has(id) && y.company.has(id))) score += (x.weights[i] as number) * (y.weights[j] as number);
    return false;
  });
  return score;
}

const EMPTY: ReadonlySet<never> = new Set();
const NO_WORDS: readonly string[] = [];

/** One empty set for every article that has none: most have no figure, code or company name. */
function orEmpty<T>(set: ReadonlySet<T>): ReadonlySet<T> {
  return set.size === 0 ? EMPTY : set;
}

/** Whether an ascending array holds a value. */
function holds(ids: Int32Array, id: number): boolean {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const value = ids[middle] as number;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle;
  }
  return false;
}

/** Jaccard overlap of two sets. */
function overlap<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  let shared = 0;
  for (const value of x) if (y.has(value)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The same values in the same order (a set keeps the order they were added in: the text's). */
function sameOrder<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): boolean {
  if (x.size !== y.size) return false;
  const others = y.values();
  for (const value of x) if (others.next().value !== value) return false;
  return true;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sharesAny<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): boolean {
  for (const value of x) if (y.has(value)) return true;
  return false;
}

type TypedArrayOf<T> = { new (length: number): T; BYTES_PER_ELEMENT: number };

/**
 * Small typed arrays cut from larger ones: each article's few dozen numbers a view of a shared
 * block rather than an array with its own memory (a hundred thousand articles made hundreds of
 * thousands of those, each allocated, tracked and freed on its own). A block is freed once no
 * view of it is left.
 */
class Slabs<T extends Int32Array | Uint16Array | Float64Array> {
  private block: T;
  private used = 0;
  constructor(private readonly type: TypedArrayOf<T>) {
    this.block = new type(0);
  }

  take(length: number): T {
    if (this.used + length > this.block.length) {
      this.block = new this.type(Math.max(SLAB_BYTES / this.type.BYTES_PER_ELEMENT, length));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + length) as T;
    this.used += length;
    return view;
  }
}
const SLAB_BYTES = 256 * 1024;
