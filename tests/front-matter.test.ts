import { describe, expect, it } from "vitest";
import { readFrontMatter, type FrontMatterResult } from "../src/front-matter.ts";

function refused(result: FrontMatterResult): string {
  if (result.ok) throw new Error(`expected the front matter to be refused, got ${JSON.stringify(result.data)}`);
  return result.reason;
}

const REUTERS_MD = [
  "---",
  'title: "COCA COLA <KO> UNIT AND WORLD FILM IN VENTURE"',
  "date: 1987-02-26 16:47:45",
  "source: Reuters",
  'topics: ["earn"]',
  "---",
  "",
  "NEW YORK, FEb 26 - Coca-Cola Co's Entertainment Business Sector Inc unit said it formed a joint venture.",
  "",
].join("\n");

/** Nine aliases of nine aliases …: expands to 9^6 entries if aliases are not capped. */
const ALIAS_BOMB = [
  "---",
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
  "title: Boom",
  "---",
  "Body",
].join("\n");

describe("readFrontMatter: what it reads", () => {
  it.each([
    [
      "a Reuters article",
      REUTERS_MD,
      { title: "COCA COLA <KO> UNIT AND WORLD FILM IN VENTURE", date: "1987-02-26 16:47:45", source: "Reuters", topics: ["earn"] },
      "\nNEW YORK, FEb 26 - Coca-Cola Co's Entertainment Business Sector Inc unit said it formed a joint venture.\n",
    ],
    ["an empty block", "---\n---\nBody", {}, "Body"],
    ["a block closed with ...", "---\ntitle: Hello\n...\nBody", { title: "Hello" }, "Body"],
    ["spaces after the fences", "--- \ntitle: Hello\n--- \nBody", { title: "Hello" }, "Body"],
    ["a block at the very end of the file", "---\ntitle: Hello\n---", { title: "Hello" }, ""],
    ["a small, legitimate alias", "---\nplace: &p Tehran\ndateline: *p\n---\nBody", { place: "Tehran", dateline: "Tehran" }, "Body"],
  ])("%s", (_what, text, data, body) => {
    const result = readFrontMatter(text);
    expect(result).toEqual({ ok: true, data, body, hasFrontMatter: true });
  });

  it.each([
    ["plain text", "Putin, Aliyev Discuss Further De-Escalation\n\nTEHRAN (Tasnim) – Body"],
    ["a --- rule later in the body", "No front matter here\n---\nmore text"],
    ["an indented fence", " ---\ntitle: x\n---\nBody"],
  ])("reads %s as all body", (_what, text) => {
    expect(readFrontMatter(text)).toEqual({ ok: true, data: {}, body: text, hasFrontMatter: false });
  });

  it.each([
    ["date: 1987-02-26 16:47:45", "date", "1987-02-26 16:47:45"],
    ["date: 2023-09-21", "date", "2023-09-21"],
    ["answer: yes", "answer", "yes"],
    ["switch: off", "switch", "off"],
    ["title: 1984", "title", 1984],
    ["flag: true", "flag", true],
    ["nothing: null", "nothing", null],
  ])("reads YAML 1.2 core values: %s", (line, key, value) => {
    const result = readFrontMatter(`---\n${line}\n---\nBody`);
    expect(result.ok && result.data[key]).toStrictEqual(value);
  });
});

describe("readFrontMatter: what it refuses", () => {
  it.each([
    ["invalid YAML", "---\ntitle: [unclosed\n---\nBody", /front matter is not valid YAML/],
    ["a duplicated key", "---\ntitle: a\ntitle: b\n---\nBody", /not valid YAML.*unique/],
    ["a block that never closes", "---\ntitle: x\nBody without a closing fence", /never ends/],
    ["a list instead of fields", "---\n- a\n- b\n---\nBody", /must be a set of `key: value` lines/],
    ["a lone string instead of fields", "---\njust a string\n---\nBody", /must be a set of `key: value` lines/],
    ["a !!js/function tag", "---\ntitle: x\nf: !!js/function 'function () { return process.exit(1) }'\n---\nBody", /not valid YAML.*js\/function/],
    ["a !!js/regexp tag", "---\nf: !!js/regexp /x/\n---\nBody", /not valid YAML.*js\/regexp/],
    ["a !!js/undefined tag", "---\nf: !!js/undefined ''\n---\nBody", /not valid YAML.*js\/undefined/],
    ["a local custom tag", "---\nf: !custom x\n---\nBody", /not valid YAML.*!custom/],
    ["an alias bomb", ALIAS_BOMB, /could not be read.*alias/i],
  ])("refuses %s", (_what, text, expected) => {
    expect(refused(readFrontMatter(text))).toMatch(expected);
  });

  it("refuses an alias bomb quickly, without expanding it", () => {
    const started = performance.now();
    refused(readFrontMatter(ALIAS_BOMB));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("still hands back the body after the fence when the YAML is invalid", () => {
    const result = readFrontMatter("---\ntitle: [unclosed\n---\nThe story.");
    expect(result.body).toBe("The story.");
  });
});

describe("regression: YAML tags that build values are refused", () => {
  it.each(["date: !!timestamp 2023-09-21", "data: !!binary aGVsbG8=", "set: !!set {a, b}"])("%s", (yaml) => {
    const result = readFrontMatter(`---\n${yaml}\n---\nBody`);
    expect(result.ok).toBe(false);
  });

  it("a YAML error names its line", () => {
    const result = readFrontMatter('---\ntitle: ok\ndate: [2023\n---\nBody');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/line \d+/);
  });
});
