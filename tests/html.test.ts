import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, flattened, html, jsonForScript, SafeHtml, trustedHtml } from "../src/html.ts";

describe("escapeHtml", () => {
  it.each([
    ["STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", "STANDARD OIL &lt;SRD&gt; TO FORM FINANCIAL UNIT"],
    ["AT&T", "AT&amp;T"],
    ['"quoted"', "&quot;quoted&quot;"],
    ["it's", "it&#39;s"],
    ["&amp;", "&amp;amp;"],
    ["TEHRAN (Tasnim) –", "TEHRAN (Tasnim) –"],
    ["", ""],
  ])("%j → %j", (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe("the html tag", () => {
  it.each([
    ["text", "<b>x</b>", "<p>&lt;b&gt;x&lt;/b&gt;</p>"],
    ["an attribute breakout", '"><script>alert(1)</script>', "<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["a number", 42, "<p>42</p>"],
    ["zero", 0, "<p>0</p>"],
    ["null", null, "<p></p>"],
    ["undefined", undefined, "<p></p>"],
    ["false", false, "<p></p>"],
    ["true", true, "<p></p>"],
    ["a list", ["a", "<", 1, null], "<p>a&lt;1</p>"],
    ["nested html", html`<i>${"&"}</i>`, "<p><i>&amp;</i></p>"],
    ["trusted markup", trustedHtml('<svg aria-hidden="true"></svg>'), '<p><svg aria-hidden="true"></svg></p>'],
    ["a list of nested html", [html`<li>${"<a>"}</li>`, html`<li>b</li>`], "<p><li>&lt;a&gt;</li><li>b</li></p>"],
  ])("escapes or passes %s", (_what, value, expected) => {
    const result = html`<p>${value}</p>`;
    expect(result).toBeInstanceOf(SafeHtml);
    expect(result.value).toBe(expected);
    expect(String(result)).toBe(expected);
  });

  it("escapes a value inside a quoted attribute", () => {
    expect(html`<a title="${'x" onclick="steal()'}">t</a>`.value).toBe('<a title="x&quot; onclick=&quot;steal()">t</a>');
  });

  it("does not treat a plain string that looks like markup as safe", () => {
    const markup: string = "<em>x</em>";
    expect(html`${markup}`.value).toBe("&lt;em&gt;x&lt;/em&gt;");
  });
});

describe("jsonForScript", () => {
  it.each([
    [{ headline: "</script><script>alert(1)</script>" }],
    [{ text: "line\u2028separator\u2029paragraph" }],
    [{ title: "STANDARD OIL <SRD>", n: 1, list: [null, true] }],
  ])("%j cannot close the script element and reads back the same", (value) => {
    const json = jsonForScript(value).value;
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("jsonForScript, against escaping each character in a pass of its own", () => {
  it("writes every text as the three replacements did", () => {
    const tricky = fc.constantFrom("<", "\u2028", "\u2029", "</script>", ">", "&", "\u2027", "\\u003c");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), tricky)), (parts) => {
        const value = { text: parts.join("") };
        const before = JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
        expect(jsonForScript(value).value).toBe(before);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("flattened", () => {
  it.each([
    ["an empty text", ""],
    ["a text in one piece", "<p>one piece</p>"],
    ["a page built piece by piece", Array.from({ length: 500 }, (_, i) => `<li>${i}</li>`).reduce((page, item) => page + item, "<ol>") + "</ol>"],
  ])("gives back %s unchanged", (_what, text) => {
    expect(flattened(text)).toBe(text);
  });
});
