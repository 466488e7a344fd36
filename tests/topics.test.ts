import { describe, expect, it } from "vitest";
import { topics } from "../data/topics.ts";
import { createTopicVocabulary } from "../src/topics.ts";

const vocabulary = createTopicVocabulary(topics);
const detected = (title: string, blocks: string[]) => vocabulary.detect(title, blocks).map((topic) => topic.name);

describe("normalize: one topic, one name, one slug", () => {
  it.each([
    ["Nagorno-Karabakh", "Nagorno-Karabakh", "nagorno-karabakh"],
    ["Nagorno Karabakh", "Nagorno-Karabakh", "nagorno-karabakh"],
    ["nagorno-karabakh", "Nagorno-Karabakh", "nagorno-karabakh"],
    ["NAGORNO–KARABAKH", "Nagorno-Karabakh", "nagorno-karabakh"],
    ["Karabakh", "Nagorno-Karabakh", "nagorno-karabakh"],
    ["Artsakh", "Nagorno-Karabakh", "nagorno-karabakh"],
    ["acq", "Acquisitions", "acquisitions"],
    ["earn", "Earnings", "earnings"],
    ["crude", "Crude oil", "crude-oil"],
    ["money-fx", "Foreign exchange", "foreign-exchange"],
    ["EU", "European Union", "european-union"],
    ["U.N.", "United Nations", "united-nations"],
    ["nato", "NATO", "nato"],
    ["Iran", "Iran", "iran"],
    ["iranian", "Iran", "iran"],
    ["Azerbaijani", "Azerbaijan", "azerbaijan"],
    ["Russian Federation", "Russia", "russia"],
    ["United States of America", "United States", "united-states"],
    ["British", "United Kingdom", "united-kingdom"],
  ])("%j → %s (/topics/%s/)", (written, name, slug) => {
    expect(vocabulary.normalize(written)).toMatchObject({ name, slug });
  });

  it.each([
    ["climate change", "Climate change", "climate-change"],
    ["Climate Change", "Climate Change", "climate-change"],
    ["#climate", "Climate", "climate"],
    ["  Brexit  ", "Brexit", "brexit"],
  ])("a topic outside the vocabulary, %j, is cleaned up: %s (%s)", (written, name, slug) => {
    expect(vocabulary.normalize(written)).toMatchObject({ name, slug });
  });

  it.each(["", "   ", "#", "—"])("an empty name (%j) is no topic", (written) => {
    expect(vocabulary.normalize(written)).toBeNull();
  });

  it("gives spellings of one topic the same key", () => {
    expect(vocabulary.normalize("nagorno karabakh")?.key).toBe(vocabulary.normalize("Karabagh")?.key);
  });
});

describe("detect: what a text is about", () => {
  it.each([
    ["a title mention is enough (3 points)", "Iran raises oil output", [], ["Iran"]],
    ["a mention in the opening plus one more (2 + 1)", "Oil prices", ["Iran said output would rise.", "Iran again."], ["Iran"]],
    ["three mentions in the body (1 + 1 + 1)", "Oil prices", ["Output rose.", "Iran", "Iran", "Iran"], ["Iran"]],
    ["a demonym counts for its country", "Iranian vote count begins", [], ["Iran"]],
    ["a headline in capitals counts", "IRAN RAISES OIL OUTPUT", [], ["Iran"]],
    ["a name at the end of a sentence counts", "Oil prices", ["Output rose in Iran.", "Iran."], ["Iran"]],
    ["a spaced or hyphenated name is one term", "Talks on Nagorno Karabakh", [], ["Nagorno-Karabakh"]],
    ["the longest name wins", "Papua New Guinea votes", [], ["Papua New Guinea"]],
    ["U.S. is the United States", "U.S. economy grows", [], ["United States"]],
    ["Britain is the United Kingdom", "Britain votes", [], ["United Kingdom"]],
  ])("%s", (_why, title, blocks, expected) => {
    expect(detected(title, blocks)).toEqual(expected);
  });

  it.each([
    ["a single mention in the opening (2 points)", "Oil prices", ["Iran said output would rise."]],
    ["two mentions in the body (2 points)", "Oil prices", ["Output rose.", "Iran", "Iran"]],
    ["a passing mention", "JAGUAR SEES STRONG GROWTH", ["LONDON, March 5 - Jaguar Plc is about to sell its new XJ-6 model on the U.S. And Japanese markets"]],
    ["an ambiguous country name (Georgia, the state)", "Storms in Georgia", ["Georgia", "Georgia"]],
    ["ambiguous names such as Jordan and Chad", "Jordan and Chad sign deal", []],
    ["a demonym inside a wider name (Latin American)", "Latin American debt talks", ["Latin American creditors met.", "Latin American banks"]],
    ["a demonym shared by two countries (Congolese)", "Congolese vote", []],
    ["a topic that is only normalized, never detected (EU)", "EU summit", ["EU", "EU"]],
  ])("does not find %s", (_why, title, blocks) => {
    expect(detected(title, blocks)).toEqual([]);
  });

  it("takes the unmistakable form of an ambiguous country (the demonym)", () => {
    expect(detected("Georgian talks", [])).toEqual(["Georgia"]);
  });

  it("reads a story like the seed article as being about Nagorno-Karabakh, Azerbaijan, Armenia and Russia", () => {
    const found = detected("Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh", [
      "TEHRAN (Tasnim) – Russian President Vladimir Putin and his Azerbaijani counterpart Ilham Aliyev discussed Nagorno-Karabakh.",
      "Putin pointed to the importance of respecting the rights and ensuring the safety of the Armenian population in Nagorno-Karabakh.",
      "The conflict between Armenia and Azerbaijan over the highland region of Nagorno-Karabakh broke out in February 1988.",
      "Armenian Prime Minister Nikol Pashinyan declared that Yerevan recognizes the sovereignty of Azerbaijan.",
      "Russia called on the conflicting sides to prevent civilian casualties. Russian peacekeepers were deployed.",
    ]);
    expect(found[0]).toBe("Nagorno-Karabakh");
    expect(found).toEqual(expect.arrayContaining(["Nagorno-Karabakh", "Azerbaijan", "Armenia", "Russia"]));
  });

  it("ranks by score, then by first mention", () => {
    expect(detected("Iraq and Iran", ["Iran", "Iran"])).toEqual(["Iran", "Iraq"]);
    expect(detected("Iraq and Iran", [])).toEqual(["Iraq", "Iran"]);
  });

  it("gives an article at most six topics", () => {
    expect(detected("France Germany Italy Spain Japan China Iran Iraq", [])).toEqual(["France", "Germany", "Italy", "Spain", "Japan", "China"]);
  });

  it("reads only the first 20,000 characters of the text", () => {
    expect(detected("x", ["Output rose.", "z".repeat(25_000), "Iraq Iraq Iraq Iraq"])).toEqual([]);
    expect(detected("x", ["Output rose.", "z".repeat(15_000), "Iraq Iraq Iraq Iraq"])).toEqual(["Iraq"]);
  });
});

describe("regressions", () => {
  it.each([
    ["Iranians vote in runoff", "Iran"],
    ["Iran's parliament meets", "Iran"],
    ["Russians queue for fuel", "Russia"],
    ["Azerbaijanis celebrate", "Azerbaijan"],
  ])("plurals and possessives still count: %s → %s", (title, country) => {
    expect(vocabulary.detect(title, []).map((t) => t.name)).toContain(country);
  });

  it.each([
    ["Britain", "united-kingdom"],
    ["U.K.", "united-kingdom"],
    ["UK", "united-kingdom"],
    ["U.S.", "united-states"],
    ["USA", "united-states"],
  ])("a country's short form is the country's one topic: %s → %s", (name, slug) => {
    expect(vocabulary.normalize(name)?.slug).toBe(slug);
  });
});
