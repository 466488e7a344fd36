/**
 * `npm run check:datelines`: the held-out measure of the dateline reader. Reads real story openings
 * (gathered from public pages and repositories, never from ../shared/corpus; see the README beside
 * each set): tests/fixtures/heldout/openings.json (set A) by default, or the file given as an
 * argument, such as tests/fixtures/heldout-b/openings.json (set B). Runs parseDateline on each with
 * the archive's own registries, and prints per language:
 *
 * - dateline found: a dateline is read where the opening has one;
 * - place right: of the datelines that name a place, the place read is the one written (case
 *   aside), or one the gazetteer resolves to the same place;
 * - agency right: of the datelines that name an agency, the agency read is the same registry
 *   entry, or the same text once folded;
 * - false datelines: openings with no dateline where one was read anyway.
 *
 * ("raw exact" is shown too: the dateline read is exactly the one written.)
 *
 * Then every miss. It only reports: it always exits 0. The rules must never be tuned on these
 * openings, or the measure stops saying anything about stories the project has not seen.
 *
 *   npm run check:datelines                                            (set A)
 *   npm run check:datelines -- tests/fixtures/heldout-b/openings.json  (set B, or any other file)
 *   npm run check:datelines -- --file=/path/to/openings.json
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { agencies } from "../data/agencies.ts";
import { createAgencyRegistry } from "../src/agencies.ts";
import { parseDateline, type DatelineLookups, type DatelineMatch } from "../src/dateline.ts";
import { getGazetteer } from "../src/gazetteer.ts";
import { foldKey } from "../src/text.ts";

interface Opening {
  language: string;
  text: string;
  dateline: string | null;
  place: string | null;
  agency: string | null;
  source: string;
}

interface Tally {
  withDateline: number;
  found: number;
  rawExact: number;
  withPlace: number;
  placeRight: number;
  withAgency: number;
  agencyRight: number;
  negatives: number;
  falseDatelines: number;
}

interface Miss {
  language: string;
  what: string;
  text: string;
  expected: string;
  got: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const file = openingsFile(process.argv.slice(2));

/**
 * The openings to measure: `--file=PATH` or a bare PATH argument, else set A. A relative path is
 * taken from the current directory, or failing that from the one `npm run` was started in.
 */
function openingsFile(args: string[]): string {
  const fileArg = args.find((arg) => arg.startsWith("--file="));
  const given = fileArg ? fileArg.slice("--file=".length) : args.find((arg) => !arg.startsWith("-"));
  if (!given) return path.join(here, "../tests/fixtures/heldout/openings.json");
  const fromCwd = path.resolve(given);
  if (existsSync(fromCwd) || !process.env.INIT_CWD) return fromCwd;
  const fromInit = path.resolve(process.env.INIT_CWD, given);
  return existsSync(fromInit) ? fromInit : fromCwd;
}

function main(): void {
  if (!existsSync(file)) {
    console.log(`No held-out openings at ${file}.`);
    return;
  }
  const openings = JSON.parse(readFileSync(file, "utf8")) as Opening[];

  const registry = createAgencyRegistry(agencies);
  const gazetteer = getGazetteer();
  const lookups: DatelineLookups = {
    isAgency: (name) => registry.lookup(name) !== null,
    isPlace: (name) => gazetteer.knowsPlace(name),
    isRegion: (name) => gazetteer.knowsRegion(name),
  };

  const samePlace = (found: string, expected: string): boolean => {
    if (found.trim().toLocaleLowerCase() === expected.trim().toLocaleLowerCase()) return true;
    try {
      return gazetteer.resolvePlace(found).name === gazetteer.resolvePlace(expected).name;
    } catch {
      return false;
    }
  };
  const sameAgency = (found: string, expected: string): boolean => {
    const a = registry.lookup(found);
    const b = registry.lookup(expected);
    if (a && b && a.slug === b.slug) return true;
    return foldKey(found) === foldKey(expected);
  };

  const tallies = new Map<string, Tally>();
  const misses: Miss[] = [];
  const tallyOf = (language: string): Tally => {
    let tally = tallies.get(language);
    if (!tally) {
      tally = { withDateline: 0, found: 0, rawExact: 0, withPlace: 0, placeRight: 0, withAgency: 0, agencyRight: 0, negatives: 0, falseDatelines: 0 };
      tallies.set(language, tally);
    }
    return tally;
  };

  for (const opening of openings) {
    const tally = tallyOf(opening.language);
    let match: DatelineMatch | null = null;
    let crashed: string | null = null;
    try {
      match = parseDateline(opening.text, lookups);
    } catch (error) {
      crashed = error instanceof Error ? error.message : String(error);
    }
    const miss = (what: string, expected: string, got: string) =>
      misses.push({ language: opening.language, what, text: opening.text, expected, got });
    const got = crashed ? `crashed: ${crashed}` : describe(match);

    if (opening.dateline === null) {
      tally.negatives++;
      if (match || crashed) {
        tally.falseDatelines++;
        miss("false dateline", "no dateline", got);
      }
      continue;
    }

    tally.withDateline++;
    if (opening.place !== null) tally.withPlace++;
    if (opening.agency !== null) tally.withAgency++;
    if (!match) {
      miss("dateline not found", describeExpected(opening), got);
      continue;
    }
    tally.found++;
    if (match.raw.trim() === opening.dateline.trim()) tally.rawExact++;
    else miss("dateline read differs from the one written", describeExpected(opening), got);

    if (opening.place !== null) {
      if (match.place && samePlace(match.place, opening.place)) tally.placeRight++;
      else miss("place wrong", describeExpected(opening), got);
    } else if (match.place) {
      miss("place where none is named", describeExpected(opening), got);
    }
    if (opening.agency !== null) {
      if (match.agencyText && sameAgency(match.agencyText, opening.agency)) tally.agencyRight++;
      else miss("agency wrong", describeExpected(opening), got);
    } else if (match.agencyText) {
      miss("agency where none is named", describeExpected(opening), got);
    }
  }

  const total = [...tallies.values()].reduce<Tally>(
    (sum, t) => {
      for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += t[key];
      return sum;
    },
    { withDateline: 0, found: 0, rawExact: 0, withPlace: 0, placeRight: 0, withAgency: 0, agencyRight: 0, negatives: 0, falseDatelines: 0 },
  );

  console.log(`Held-out dateline openings: ${openings.length} (${path.relative(process.cwd(), file) || file})\n`);
  console.log("| language | openings | dateline found | raw exact | place right | agency right | false datelines |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  const languages = [...tallies.keys()].sort();
  for (const language of languages) console.log(row(language, tallies.get(language) as Tally));
  console.log(row("**all**", total));

  console.log(`\n${misses.length} misses${misses.length ? ":" : "."}\n`);
  for (const language of languages) {
    for (const m of misses.filter((x) => x.language === language)) {
      console.log(`- [${m.language}] ${m.what}: ${JSON.stringify(clip(m.text))}`);
      console.log(`    expected ${m.expected}`);
      console.log(`    got      ${m.got}`);
    }
  }
}

function row(label: string, t: Tally): string {
  const openings = t.withDateline + t.negatives;
  return `| ${label} | ${openings} | ${rate(t.found, t.withDateline)} | ${rate(t.rawExact, t.withDateline)} | ${rate(t.placeRight, t.withPlace)} | ${rate(t.agencyRight, t.withAgency)} | ${rate(t.falseDatelines, t.negatives)} |`;
}

function rate(n: number, of: number): string {
  if (of === 0) return "–";
  return `${n}/${of} (${((100 * n) / of).toFixed(0)}%)`;
}

function describe(match: DatelineMatch | null): string {
  if (!match) return "no dateline";
  return `${JSON.stringify(match.raw)} place ${JSON.stringify(match.place)} agency ${JSON.stringify(match.agencyText)} (${match.form})`;
}

function describeExpected(opening: Opening): string {
  return `${JSON.stringify(opening.dateline)} place ${JSON.stringify(opening.place)} agency ${JSON.stringify(opening.agency)}`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 90 ? `${flat.slice(0, 90)}…` : flat;
}

try {
  main();
} catch (error) {
  console.log(`check:datelines could not run: ${error instanceof Error ? error.message : String(error)}`);
}
process.exitCode = 0;
