import { describe, expect, it } from "vitest";
import { readPlainText, stripTrailingFurniture } from "../src/plain-text.ts";

const SEED_SHAPE = [
  "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh",
  "",
  "",
  "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh",
  "",
  "TEHRAN (Tasnim) – Russian President Vladimir Putin and his Azerbaijani counterpart Ilham Aliyev in a telephone conversation have discussed the steps that should be taken to stabilize the situation in Nagorno-Karabakh, the Kremlin press service reported after the leaders' conversation.",
  "",
  "\"They discussed priority steps for further stabilization of the situation (in Nagorno-Karabakh) and overcoming humanitarian problems in the region,\" the press service said, TASS reported.",
  "",
  "Most Visited in Other Media",
  "Top Other Media stories",
  "Top Stories",
].join("\n");

const WIRE_SHAPE = [
  "JAGUAR SEES STRONG GROWTH IN NEW MODEL SALES",
  "",
  "LONDON, March 5 - Jaguar Plc <JAGR.L> is about to sell its",
  "new XJ-6 model on the U.S. And Japanese markets and expects a",
  "strong reception based on its success in the U.K., Chairman Sir",
  "John Egan told a news conference.",
  "    Commenting on an 11 pct growth in 1986 group turnover to",
  "830.4 mln stg and pre-tax profits at 120.8 mln stg, slightly",
  "below 1985's 121.3 mln, Egan said Jaguar aimed at an average",
  "profit growth of 15 pct per year.",
  " REUTER...",
  "",
].join("\n");

describe("readPlainText: a story saved from a news site", () => {
  const article = readPlainText(SEED_SHAPE);

  it("takes the first line for the title", () => {
    expect(article.title).toBe("Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh");
  });

  it("drops the headline the page repeats above the story", () => {
    expect(article.paragraphs[0]?.startsWith("TEHRAN (Tasnim) –")).toBe(true);
    expect(article.paragraphs).not.toContain("Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh");
  });

  it("keeps one paragraph per line of web text", () => {
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[1]?.endsWith("the press service said, TASS reported.")).toBe(true);
  });

  it("removes the site's menu lines from the end and reports them", () => {
    expect(article.removedLines).toEqual(["Most Visited in Other Media", "Top Other Media stories", "Top Stories"]);
    for (const line of article.removedLines) expect(article.paragraphs.join("\n")).not.toContain(line);
    expect(article.signOff).toBeUndefined();
  });
});

describe("readPlainText: hard-wrapped wire copy", () => {
  const article = readPlainText(WIRE_SHAPE);

  it("keeps a headline in capitals as written", () => {
    expect(article.title).toBe("JAGUAR SEES STRONG GROWTH IN NEW MODEL SALES");
  });

  it("joins hard-wrapped lines and starts a paragraph at each indent", () => {
    expect(article.paragraphs).toEqual([
      "LONDON, March 5 - Jaguar Plc <JAGR.L> is about to sell its new XJ-6 model on the U.S. And Japanese markets and expects a strong reception based on its success in the U.K., Chairman Sir John Egan told a news conference.",
      "Commenting on an 11 pct growth in 1986 group turnover to 830.4 mln stg and pre-tax profits at 120.8 mln stg, slightly below 1985's 121.3 mln, Egan said Jaguar aimed at an average profit growth of 15 pct per year.",
    ]);
  });

  it("removes the wire's sign-off and reports it", () => {
    expect(article.signOff).toBe("REUTER...");
    expect(article.paragraphs.join(" ")).not.toMatch(/REUTER/);
  });
});

describe("readPlainText: what counts as the end of a story", () => {
  it.each([
    ["a Reuters sign-off", "Body.\n Reuter\n", "Reuter"],
    ["a sign-off in capitals", "Body.\n\nREUTER\n", "REUTER"],
    ["a sign-off with dots", "Body.\n\nREUTER...\n", "REUTER..."],
    ["a plural sign-off", "Body.\nReuters\n", "Reuters"],
    ["a -30- mark", "Body.\n-30-\n", "-30-"],
    ["an (END) mark", "Body.\n(END)\n", "(END)"],
    ["a ### mark", "Body.\n###\n", "###"],
  ])("%s is removed as the sign-off", (_what, body, signOff) => {
    const article = readPlainText(`TITLE\n\n${body}`);
    expect(article.signOff).toBe(signOff);
    expect(article.paragraphs).toEqual(["Body."]);
  });

  it.each([
    ["the exact menu line", "Top Stories", "Top Stories"],
    ["the menu line in capitals", "TOP STORIES", "TOP STORIES"],
    ["the menu line with a trailing stop", "Top Stories.", "Top Stories."],
    ["the menu line with odd spacing", "  Most   Visited in Other Media ", "Most Visited in Other Media"],
    ["a share button", "Share", "Share"],
  ])("%s is removed as furniture", (_what, line, reported) => {
    const article = readPlainText(`TITLE\n\nBody.\n\n${line}\n`);
    expect(article.paragraphs).toEqual(["Body."]);
    expect(article.removedLines).toEqual([reported]);
  });

  it.each([
    ["furniture words inside the last sentence", "Body.\n\nTop Stories are what we sell.", ["Body.", "Top Stories are what we sell."]],
    ["a menu line in the middle of the story", "Body.\n\nShare\n\nMore body.", ["Body.", "Share", "More body."]],
    ["the word Reuter inside a sentence", "Body.\n\nA Reuter spokesman said so.", ["Body.", "A Reuter spokesman said so."]],
  ])("keeps %s", (_what, body, paragraphs) => {
    const article = readPlainText(`TITLE\n\n${body}`);
    expect(article.paragraphs).toEqual(paragraphs);
    expect(article.removedLines).toEqual([]);
    expect(article.signOff).toBeUndefined();
  });

  it("removes furniture and a sign-off together, scanning up from the end", () => {
    const article = readPlainText("TITLE\n\nBody.\n\nREUTER\n\nShare\nTags\n");
    expect(article).toMatchObject({ paragraphs: ["Body."], signOff: "REUTER", removedLines: ["Share", "Tags"] });
  });
});

describe("readPlainText: edges", () => {
  it.each([
    ["blank lines before the title", "\n\n  Title with   spaces  \n\nBody", "Title with spaces", ["Body"]],
    ["a repeated title in another case", "Title\ntitle\nBody", "Title", ["Body"]],
    ["a title and no body", "Only a title", "Only a title", []],
    ["an empty text", "", undefined, []],
    ["an end-of-text control character", "TITLE\n\nBody.\u0003\n", "TITLE", ["Body."]],
  ])("%s", (_what, text, title, paragraphs) => {
    const article = readPlainText(text);
    expect(article.title).toBe(title);
    expect(article.paragraphs).toEqual(paragraphs);
  });

  it("reads every line as body when front matter gave the title", () => {
    expect(readPlainText("First paragraph.\n\nSecond.", false)).toMatchObject({ title: undefined, paragraphs: ["First paragraph.", "Second."] });
  });

  it("starts a new paragraph after a long line (a web paragraph) even without a blank line", () => {
    const long = `${"word ".repeat(30).trim()}.`;
    expect(readPlainText(`T\n\n${long}\nnext line\nthird`).paragraphs).toEqual([long, "next line third"]);
  });
});

describe("stripTrailingFurniture", () => {
  it.each([
    [["Body.", "Most Read", "", "Reuter", ""], 0, ["Body."], "Reuter", ["Most Read"]],
    [["Body.", "More body."], 0, ["Body.", "More body."], undefined, []],
    [["Title", "Share"], 1, [], undefined, ["Share"]],
    [["Share", "Tags"], 1, [], undefined, ["Tags"]],
    [["Title", "", "Body.", "", "Top Stories", ""], 1, ["", "Body."], undefined, ["Top Stories"]],
    [[], 0, [], undefined, []],
  ])("%j from line %d keeps %j", (lines, start, kept, signOff, removedLines) => {
    expect(stripTrailingFurniture(lines, start)).toEqual({ lines: kept, signOff, removedLines });
  });

  it("leaves the lines it was given as they were", () => {
    const lines = ["Body. REUTER", "Share"];
    stripTrailingFurniture(lines);
    expect(lines).toEqual(["Body. REUTER", "Share"]);
  });
});

describe("a sign-off run on to the last sentence", () => {
  it.each([
    ["after a full stop", "reporting results in line with market expectations, dealers said. REUTER", "reporting results in line with market expectations, dealers said.", "REUTER"],
    ["with dots", "the bank said. REUTER...", "the bank said.", "REUTER..."],
    ["after a closing quote", 'he said, "that is good news." Reuter', 'he said, "that is good news."', "Reuter"],
    ["after a figure", "Oper shr profit 1.22 dlrs vs 1.04 REUTER", "Oper shr profit 1.22 dlrs vs 1.04", "REUTER"],
  ])("is removed %s", (_where, last, kept, signOff) => {
    expect(stripTrailingFurniture(["First line.", last])).toEqual({ lines: ["First line.", kept], signOff, removedLines: [] });
  });

  it.each([
    ["the agency named in the sentence", "finance director John Edwards told Reuters"],
    ["the agency named before the stop", "he told Reuters."],
    ["the agency in mixed case after a figure", "the figure was 42 Reuter"],
  ])("is not confused with %s", (_what, last) => {
    expect(stripTrailingFurniture(["First line.", last])).toEqual({ lines: ["First line.", last], signOff: undefined, removedLines: [] });
  });

  it("is removed from a wire story's last paragraph", () => {
    const article = readPlainText("TITLE\n\nLONDON, March 5 - Jaguar Plc said it would\nsell more cars. REUTER\n");
    expect(article.paragraphs).toEqual(["LONDON, March 5 - Jaguar Plc said it would sell more cars."]);
    expect(article.signOff).toBe("REUTER");
  });
});
