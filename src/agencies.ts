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
import { collapseWhitespace, escapeRegExp, foldKey } from "./text.ts";
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

  const aliases = [...aliasToAgency.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const aliasPattern = `(?<![\\p{L}\\p{N}])(?:the )?(${aliases.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`;
  const citedAfter = new RegExp(`${aliasPattern},? ${REPORTING_AFTER}\\b`, "gu");
  const citedBefore = new RegExp(`\\b${REPORTING_BEFORE} ${aliasPattern}`, "gu");

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

  function findCited(text: string, exclude: Agency | null = null): Agency[] {
    const found: { index: number; agency: Agency }[] = [];
    for (const pattern of [citedAfter, citedBefore]) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        const agency = aliasToAgency.get(match[1] ?? "");
        if (agency) found.push({ index: match.index ?? 0, agency });
      }
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
