import { describe, expect, it } from "vitest";
import { agencies } from "../data/agencies.ts";
import { createAgencyRegistry } from "../src/agencies.ts";

const registry = createAgencyRegistry(agencies);

describe("lookup: which agency a name means", () => {
  it.each([
    ["Tasnim", "tasnim"],
    ["TASNIM", "tasnim"],
    ["Tasnim News Agency", "tasnim"],
    ["tasnim news", "tasnim"],
    ["Reuter", "reuters"],
    ["REUTERS", "reuters"],
    ["Reuters.", "reuters"],
    ["AP", "ap"],
    ["the Associated Press", "ap"],
    ["The Associated Press", "ap"],
    ["ITAR-TASS", "tass"],
    ["Agence France Presse", "afp"],
    ["Agence France-Presse", "afp"],
    ["Anadolu Ajansı", "anadolu"],
    ["anadolu ajansi", "anadolu"],
    ["ČTK", "ctk"],
    ["CTK", "ctk"],
    ["Telam", "telam"],
    ["Deutsche Presse-Agentur", "dpa"],
  ])("%s → %s", (name, slug) => {
    const agency = registry.lookup(name);
    expect(agency?.slug).toBe(slug);
    expect(agency?.known).toBe(true);
  });

  it.each(["Daily Planet", "", "Tehran"])("%j is not an agency", (name) => {
    expect(registry.lookup(name)).toBeNull();
  });

  it("gives every spelling of one agency the same record", () => {
    expect(registry.lookup("Tasnim")).toBe(registry.lookup("Tasnim News Agency"));
    expect(registry.lookup("Tasnim")).toMatchObject({ name: "Tasnim News Agency", shortName: "Tasnim", homepage: "https://www.tasnimnews.com/en" });
  });
});

describe("resolve: an unknown agency is kept as written", () => {
  it.each([
    ["Daily Planet", "Daily Planet", "daily-planet"],
    ["  Daily   Planet ", "Daily Planet", "daily-planet"],
    ["Kayhan", "Kayhan", "kayhan"],
  ])("%j → %j (%s)", (written, name, slug) => {
    expect(registry.resolve(written)).toEqual({ name, shortName: name, slug, homepage: null, known: false });
  });

  it("resolves a known name to the registry's agency", () => {
    expect(registry.resolve("Tasnim")).toMatchObject({ name: "Tasnim News Agency", slug: "tasnim", known: true });
  });
});

describe("findCited: agencies a text cites", () => {
  it.each([
    ['"They discussed priority steps," the press service said, TASS reported.', ["tass"]],
    ["the Kremlin press service reported, according to TASS.", ["tass"]],
    ["He told Reuters on Tuesday that IRNA reported nothing new.", ["reuters", "irna"]],
    ["Anadolu Agency reported the talks; the Associated Press reported the vote.", ["anadolu", "ap"]],
    ["TASS news agency said the talks went well.", ["tass"]],
    ["IRNA, reported the ministry.", ["irna"]],
    ["Officials said so, quoting Xinhua.", ["xinhua"]],
    ["AFP said so. AFP said it twice.", ["afp"]],
    ["Interfax reported, then TASS reported, then Interfax reported again.", ["interfax", "tass"]],
  ])("%j cites %j", (text, slugs) => {
    expect(registry.findCited(text).map((agency) => agency.slug)).toEqual(slugs);
  });

  it.each([
    ["a name with no reporting phrase", "Reuters is a news agency based in London."],
    ["an alias in the wrong case", "the ap reported that"],
    ["an ordinary word that is an alias", "The map shows Petra, the ancient city."],
    ["an alias inside a longer word", "The APs said it."],
    ["a text that cites nobody", "Russia called on the conflicting sides to prevent civilian casualties."],
  ])("finds nothing in %s", (_what, text) => {
    expect(registry.findCited(text)).toEqual([]);
  });

  it("leaves out the article's own source", () => {
    const tasnim = registry.lookup("Tasnim");
    expect(registry.findCited("Tasnim reported, and TASS reported.", tasnim).map((agency) => agency.slug)).toEqual(["tass"]);
  });
});

describe("findCited: every name the registry lists", () => {
  it("is found before a reporting verb and after a reporting phrase, full stop or not", () => {
    for (const entry of agencies) {
      // A name ending in "news agency" gives those words to the reporting phrase ("…, Tass news agency said").
      // Reporting phrases are English: Latin-script names, opening with a letter, are looked for by them.
      const names = [entry.name, entry.shortName, ...entry.aliases].filter((name) => /^\p{L}[\p{Script=Latin}\p{N} .'’&-]+$/u.test(name) && !/\b(?:agency|newswire)$/i.test(name));
      for (const alias of names) {
        // The longest name a run of words makes wins ("AP News" over "AP"), as lookup finds it.
        const expected = [registry.lookup(alias)?.slug ?? entry.slug];
        for (const text of [`Talks resumed, ${alias} said.`, `Talks resumed, ${alias}. reported`, `Talks resumed, according to ${alias}.`]) {
          expect([text, registry.findCited(text).map((agency) => agency.slug)]).toEqual([text, expected]);
        }
      }
    }
  });
});
