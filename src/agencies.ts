/**
 * The agency registry: which news agency or outlet a name means, and which agencies a text
 * cites ("…, TASS reported").
 *
 * Names are looked up by their folded key (case, accents and punctuation ignored), so the
 * registry in data/agencies.ts lists each spelling once. Citations are found only next to a
 * reporting phrase and with the alias's own capitalisation, so the word "map" or a person
 * called Petra is not taken for an agency.
 */
import type { AgencyEntry } from "../data/agencies.ts";
import { slugify } from "./slug.ts";
import { collapseWhitespace, foldKey } from "./text.ts";
import type { Agency } from "./types.ts";

export interface AgencyRegistry {
  /** The registered agency a name means, or null. */
  lookup(name: string): Agency | null;
  /** The registered agency a name means, or the name kept as written (`known: false`). */
  resolve(name: string): Agency;
  /** Agencies the text cites as a source, in order of first citation, without `exclude`. */
  findCited(text: string, exclude?: Agency | null): Agency[];
}

const REPORTING_AFTER = "(?:news agency |agency |wire service |newswire )?(?:reported|reports|said|says|quoted|cited|wrote|writes|added|adds|announced|carried)";
const REPORTING_BEFORE = "(?:according to|told|quoted by|cited by|reported by|citing|quoting|in an interview with|in a statement to|speaking to|the news agency|news agency)";

export function createAgencyRegistry(entries: readonly AgencyEntry[]): AgencyRegistry {
  const byKey = new Map<string, Agency>();
  const aliasToAgency = new Map<string, Agency>();
  for (const entry of entries) {
    const agency: Agency = {
      name: entry.name,
      shortName: entry.shortName,
      slug: entry.slug,
      homepage: entry.homepage || null,
      country: entry.country,
      known: true,
    };
    for (const name of [entry.name, entry.shortName, entry.slug, ...entry.aliases]) {
      const key = foldKey(name);
      if (key && !byKey.has(key)) byKey.set(key, agency);
    }
    for (const alias of [entry.name, entry.shortName, ...entry.aliases]) {
      if (!aliasToAgency.has(alias)) aliasToAgency.set(alias, agency);
    }
  }

  // Citations are found from the reporting phrase outwards: the few words before "reported"
  // or after "according to" are looked up, longest run first, with the alias's own case.
  const maxAliasWords = Math.max(...[...aliasToAgency.keys()].map((alias) => alias.split(" ").length));
  const NAME_WORD = "[\\p{L}][\\p{L}\\p{N}'’.&-]*";
  const reportingAfter = new RegExp(`,? ${REPORTING_AFTER}\\b`, "gu");
  const citedBefore = new RegExp(`\\b${REPORTING_BEFORE} (?:the )?((?:${NAME_WORD} ){0,${maxAliasWords - 1}}${NAME_WORD})`, "gu");

  function lookup(name: string): Agency | null {
    const key = foldKey(name.replace(/^the\s+/i, ""));
    return byKey.get(key) ?? null;
  }

  function resolve(name: string): Agency {
    const known = lookup(name);
    if (known) return known;
    const written = collapseWhitespace(name);
    return { name: written, shortName: written, slug: slugify(written), homepage: null, known: false };
  }

  // Every run agencyIn tries from the end ends with the run's last word (its trailing
  // punctuation cut), and every run from the start begins with the first: a word no alias ends
  // (or begins) with rules them all out at once. A text's every "said" is looked at.
  const TRAILING_PUNCTUATION = /[.,;:]+$/;
  const lastWords = new Set([...aliasToAgency.keys()].map((alias) => alias.slice(alias.lastIndexOf(" ") + 1)));
  const firstWords = new Set([...aliasToAgency.keys()].map((alias) => alias.split(" ")[0] ?? alias));

  /** The agency named by the last (or first) words of a run, the longest match winning. */
  function agencyIn(words: string[], fromEnd: boolean): Agency | undefined {
    const edge = (fromEnd ? words[words.length - 1] : words[0]) ?? "";
    const bare = edge.replace(TRAILING_PUNCTUATION, "");
    if (fromEnd ? !lastWords.has(bare) : !firstWords.has(edge) && !firstWords.has(bare)) return undefined;
    for (let n = Math.min(words.length, maxAliasWords); n >= 1; n--) {
      const run = (fromEnd ? words.slice(words.length - n) : words.slice(0, n)).join(" ").replace(TRAILING_PUNCTUATION, "");
      const agency = aliasToAgency.get(run);
      if (agency) return agency;
    }
    return undefined;
  }

  function findCited(text: string, exclude: Agency | null = null): Agency[] {
    const found: { index: number; agency: Agency }[] = [];
    // "…, TASS reported": the verb is found first, then the words just before it.
    for (const match of text.matchAll(reportingAfter)) {
      const end = match.index ?? 0;
      const words = text.slice(Math.max(0, end - 120), end).split(" ").slice(-maxAliasWords);
      const agency = agencyIn(words, true);
      if (agency) found.push({ index: end, agency });
    }
    // "according to Xinhua": the words just after the phrase.
    for (const match of text.matchAll(citedBefore)) {
      const name = match[1] ?? "";
      const agency = agencyIn(name.split(" "), false);
      if (agency) found.push({ index: (match.index ?? 0) + match[0].length - name.length, agency });
    }
    found.sort((a, b) => a.index - b.index);
    const seen = new Set<string>(exclude ? [exclude.slug] : []);
    const cited: Agency[] = [];
    for (const { agency } of found) {
      if (seen.has(agency.slug)) continue;
      seen.add(agency.slug);
      cited.push(agency);
    }
    return cited;
  }

  return { lookup, resolve, findCited };
}
