/** What every dateline form returns, and what it may ask of the archive's registries. */

export interface DatelineMatch {
  /** The dateline exactly as written, including its closing dash, comma or colon. */
  raw: string;
  /** The place as written, or null when the dateline names only its agency or author. */
  place: string | null;
  region: string | null;
  dateText: string | null;
  agencyText: string | null;
  /** A reporter the dateline names ("داليا أبوالعيش – عين اليوم", "/Корр. ТАСС Сергей Изотов/"). */
  byline: string | null;
  /** Where the story proper starts in the text given. */
  end: number;
  /** A source the dateline quotes ("به نقل از تاس"), as written. */
  via?: string | null;
  /** The form that read it ("wire", "tass", "xinhua" …), for tests and messages. */
  form: string;
}

/**
 * What a form may ask when the shape alone cannot say: is this name a known agency, a known
 * place? Without lookups (unit tests, the property tests) a form answers from shape alone.
 */
export interface DatelineLookups {
  isAgency(name: string): boolean;
  isPlace(name: string): boolean;
  /** A region written after a place ("Calif.", "N.J.", "Ontario") or a country. */
  isRegion(name: string): boolean;
}

/** One family of datelines: a named reader, tried in the registry's order (src/dateline.ts). */
export interface DatelineForm {
  name: string;
  /** Quick test on the opening characters: skip the form when its script is absent. */
  applies(head: string): boolean;
  parse(head: string, lookups: DatelineLookups | null): DatelineMatch | null;
}

/** What a form found, by name; anything left out was not found. */
export interface Found {
  place?: string | null;
  region?: string | null;
  dateText?: string | null;
  agencyText?: string | null;
  byline?: string | null;
  via?: string | null;
}

/**
 * The match for a dateline that runs from the start of `text` to `end`, where `text` starts
 * `start` characters into the head the form was given. Names found are trimmed; empty is none.
 */
export function matchUpTo(text: string, start: number, end: number, form: string, found: Found): DatelineMatch {
  const clean = (value: string | null | undefined) => value?.trim() || null;
  return {
    raw: text.slice(0, end).trim(),
    place: clean(found.place),
    region: clean(found.region),
    dateText: clean(found.dateText),
    agencyText: clean(found.agencyText),
    byline: clean(found.byline),
    ...(found.via !== undefined ? { via: clean(found.via) } : {}),
    end: start + end,
    form,
  };
}

/**
 * The text's leading white space, a wire's stray asterisks and a social post's emoji ("♦️ به
 * گزارش …"), which no dateline includes.
 */
export function leadingSpace(head: string): number {
  return head.length - head.replace(LEADING_NOISE, "").length;
}
const LEADING_NOISE = /^[\s*\u200f\u200e\ufeff\ufe0f\p{So}]+/u;
