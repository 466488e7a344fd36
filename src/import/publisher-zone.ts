/**
 * The publisher's time zone, for filing a timestamp written in UTC on the day the publisher
 * lived it: the dateline's place, else the country the site's address names (a country-code
 * domain), else the region its language tag names (`ro-RO`, `en-CA`), else the one country
 * most of a language's speakers live in (CLDR's likely region: Persian → Iran).
 *
 * A country of several zones is read in its capital's (United States: New York, Canada:
 * Toronto, Russia: Moscow), found through the gazetteer.
 */
import countriesAndTimezones from "countries-and-timezones";
import { worldCountries } from "../countries.ts";
import type { Gazetteer } from "../gazetteer.ts";

export interface PublisherZone {
  /** IANA zone: "America/New_York". */
  zone: string;
  /** Why, for the report: "the site's domain .ca", "html lang ro-RO". */
  from: string;
  /** True when the dateline's place gave it (the build applies that zone itself). */
  fromDateline?: boolean;
}

export interface ZoneEvidence {
  /** The dateline's zone, when its place is known. */
  datelineZone?: { zone: string; place: string } | null;
  /** The page's addresses, best first. */
  addresses: readonly string[];
  /** Language tags the page gives, best first, each with where it was found. */
  languages: readonly { value: string; from: string }[];
}

/**
 * Country-code domains sold as generic names (.tv, .io, .fm …): they say nothing of where a
 * site is. upmedia.mg is Taiwanese, not Malagasy.
 */
const GENERIC_COUNTRY_DOMAINS = new Set(["ac", "ag", "ai", "as", "bz", "cc", "cd", "co", "cx", "dj", "fm", "gg", "gl", "gs", "im", "io", "la", "ly", "me", "mg", "ms", "nu", "pw", "sh", "so", "st", "sx", "tk", "tm", "to", "tv", "vc", "vg", "ws"]);

/** Second-level names a country's registry gives its own sites: `eltiempo.com.co` is Colombian. */
const NATIONAL_SECOND_LEVEL = /^(?:com|co|net|org|gov|gob|edu|ac|nic|info|news|press)$/;

/** Domains that are not their ISO country code. */
const DOMAIN_COUNTRY: Record<string, string> = { uk: "GB" };

/**
 * Languages spoken natively across many zones (English from Honolulu to Auckland, Spanish,
 * Portuguese, French and Arabic on several continents): the language alone names no region.
 */
const WORLD_LANGUAGES = new Set(["en", "es", "pt", "fr", "ar"]);

export function findPublisherZone(evidence: ZoneEvidence, gazetteer: Pick<Gazetteer, "resolvePlace">): PublisherZone | null {
  if (evidence.datelineZone) return { zone: evidence.datelineZone.zone, from: `the dateline's ${evidence.datelineZone.place}`, fromDateline: true };
  for (const address of evidence.addresses) {
    const labels = hostLabels(address);
    const domain = labels.at(-1);
    if (!domain || domain.length !== 2) continue;
    if (GENERIC_COUNTRY_DOMAINS.has(domain) && !(labels.length >= 3 && NATIONAL_SECOND_LEVEL.test(labels.at(-2) ?? ""))) continue;
    const zone = countryZone(DOMAIN_COUNTRY[domain] ?? domain.toUpperCase(), gazetteer);
    if (zone) return { zone, from: `the site's domain .${domain}` };
  }
  for (const language of evidence.languages) {
    const region = explicitRegion(language.value);
    const zone = region ? countryZone(region, gazetteer) : null;
    if (zone) return { zone, from: `${language.from} ${language.value}` };
  }
  for (const language of evidence.languages) {
    const region = likelyRegion(language.value);
    const zone = region ? countryZone(region, gazetteer) : null;
    if (zone) return { zone, from: `${language.from} ${language.value}, the language of ${countryName(region ?? "")}` };
  }
  return null;
}

function hostLabels(address: string): string[] {
  try {
    return new URL(address).hostname.toLowerCase().split(".");
  } catch {
    return [];
  }
}

function explicitRegion(tag: string): string | null {
  try {
    const region = new Intl.Locale(tag.replace(/_/g, "-")).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

function likelyRegion(tag: string): string | null {
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, "-"));
    if (WORLD_LANGUAGES.has(locale.language)) return null;
    const region = locale.maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

const zoneByCountry = new Map<string, string | null>();

/** The zone of a country: its only one, else its capital's. */
export function countryZone(code: string, gazetteer: Pick<Gazetteer, "resolvePlace">): string | null {
  const cached = zoneByCountry.get(code);
  if (cached !== undefined) return cached;
  const zones = countriesAndTimezones.getTimezonesForCountry(code) ?? [];
  let zone: string | null = null;
  const offsets = new Set(zones.map((z) => `${z.utcOffset}/${z.dstOffset}`));
  if (zones.length && offsets.size === 1) zone = zones[0]?.name ?? null;
  else if (zones.length) {
    const country = worldCountries.find((c) => c.cca2 === code);
    const capital = country?.capital?.[0];
    const place = capital ? gazetteer.resolvePlace(capital, country?.name.common ?? null) : null;
    zone = place?.known && place.countryCode === code ? place.timeZone : null;
  }
  zoneByCountry.set(code, zone);
  return zone;
}

function countryName(code: string): string {
  return worldCountries.find((c) => c.cca2 === code)?.name.common ?? code;
}
