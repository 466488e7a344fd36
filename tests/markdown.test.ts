import { describe, expect, it } from "vitest";
import { renderMarkdownBody, renderParagraphs } from "../src/markdown.ts";

describe("renderMarkdownBody: Markdown to HTML and plain-text blocks", () => {
  it.each([
    [
      "NEW YORK, FEb 26 - Coca-Cola Co's Entertainment Business Sector Inc unit said.\n\nWorld Film Services was formed in 1963.",
      "<p>NEW YORK, FEb 26 - Coca-Cola Co's Entertainment Business Sector Inc unit said.</p>\n<p>World Film Services was formed in 1963.</p>",
      ["NEW YORK, FEb 26 - Coca-Cola Co's Entertainment Business Sector Inc unit said.", "World Film Services was formed in 1963."],
    ],
    ["- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>", ["one", "two"]],
    ["A line\nwrapped here", "<p>A line\nwrapped here</p>", ["A line wrapped here"]],
    ["[Tasnim](https://www.tasnimnews.com/en?a=1&b=2)", '<p><a href="https://www.tasnimnews.com/en?a=1&amp;b=2" rel="nofollow noopener noreferrer">Tasnim</a></p>', ["Tasnim"]],
    ["Code `x < y` here", "<p>Code <code>x &lt; y</code> here</p>", ["Code x < y here"]],
    ["```\ncode <x>\n```", "<pre><code>code &lt;x&gt;\n</code></pre>", ["code <x>"]],
    ["", "", []],
  ])("%j", (markdown, html, blocks) => {
    expect(renderMarkdownBody(markdown)).toEqual({ html, blocks });
  });
});

describe("renderMarkdownBody: wire text shows as written", () => {
  it.each([
    ["STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", "<p>STANDARD OIL &lt;SRD&gt; TO FORM FINANCIAL UNIT</p>", "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT"],
    ["Jaguar Plc <JAGR.L> is about to sell", "<p>Jaguar Plc &lt;JAGR.L&gt; is about to sell</p>", "Jaguar Plc <JAGR.L> is about to sell"],
    ["AT&T <T> rose", "<p>AT&amp;T &lt;T&gt; rose</p>", "AT&T <T> rose"],
    ["Shares of <Matra> and <em>Lagardere</em> rose", "<p>Shares of &lt;Matra&gt; and <em>Lagardere</em> rose</p>", "Shares of <Matra> and Lagardere rose"],
    ["Hello {{ site.title }} {% include x %}", "<p>Hello {{ site.title }} {% include x %}</p>", "Hello {{ site.title }} {% include x %}"],
  ])("%j", (markdown, html, block) => {
    const rendered = renderMarkdownBody(markdown);
    expect(rendered.html).toBe(html);
    expect(rendered.blocks).toEqual([block]);
  });
});

describe("renderMarkdownBody: nothing in an article can run", () => {
  it.each([
    ["a javascript: Markdown link", "[click](javascript:alert(1))"],
    ["a javascript: image", "![x](javascript:alert(1)) and <b>bold</b>"],
    ["a javascript: HTML link", '<a href="javascript:alert(1)">click</a>'],
    ["a JavaScript: link in odd case", '<a href="JaVaScRiPt:alert(1)">click</a>'],
    ["a protocol-relative link", '<a href="//evil.example/x">click</a>'],
    ["a data: image", '<img src="data:image/png;base64,AAAA">'],
    ["a script element", "<script>alert(1)</script>\n\nText"],
    ["an event handler on an image", "<img src=x onerror=alert(1)>"],
    ["an event handler on a paragraph", '<p onclick="steal()">Hi <b>bold</b></p>'],
    ["an event handler on a link", '<a href="https://example.com" onclick="steal()">ok</a>'],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a style element", "<style>body { display: none }</style>"],
  ])("%s", (_what, markdown) => {
    const { html } = renderMarkdownBody(markdown);
    expect(html).not.toMatch(/<script|<iframe|<style|\son\w+\s*=/i);
    expect(html).not.toMatch(/(?:href|src)\s*=\s*["']?\s*(?:javascript:|data:|\/\/)/i);
  });

  it.each([
    ['<a href="https://example.com" onclick="steal()">ok</a>', '<p><a href="https://example.com" rel="nofollow noopener noreferrer">ok</a></p>'],
    ['<a href="mailto:desk@example.com">mail us</a>', '<p><a href="mailto:desk@example.com" rel="nofollow noopener noreferrer">mail us</a></p>'],
    ['<p onclick="steal()">Hi <b>bold</b></p>', "<p>Hi <b>bold</b></p>"],
    ["<table><tr><td colspan=2 onclick=x>a</td></tr></table>", '<table><tr><td colspan="2">a</td></tr></table>'],
    ["<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
  ])("keeps the safe part of %j", (markdown, html) => {
    expect(renderMarkdownBody(markdown).html).toBe(html);
  });

  it("shows a tag outside the allowlist as text rather than dropping it", () => {
    const { html, blocks } = renderMarkdownBody("<div>inside a div</div>");
    expect(html).toContain("&lt;div&gt;inside a div&lt;/div&gt;");
    expect(blocks).toEqual(["<div>inside a div</div>"]);
  });
});

describe("renderParagraphs", () => {
  it.each([
    [["TEHRAN (Tasnim) – Putin and Aliyev spoke."], "<p>TEHRAN (Tasnim) – Putin and Aliyev spoke.</p>"],
    [["Jaguar Plc <JAGR.L> rose", "AT&T \"said\" it's up"], "<p>Jaguar Plc &lt;JAGR.L&gt; rose</p>\n<p>AT&amp;T &quot;said&quot; it&#39;s up</p>"],
    [["<script>alert(1)</script>"], "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    [[], ""],
  ])("%j → %j", (paragraphs, html) => {
    expect(renderParagraphs(paragraphs)).toBe(html);
  });
});

describe("headings in a body start below the page title", () => {
  it.each([
    ["# Big\n\ntext", "<h2>Big</h2>\n<p>text</p>"],
    ["<h1>Big</h1>", "<h2>Big</h2>"],
  ])("%j → %j", (source, expected) => {
    expect(renderMarkdownBody(source).html).toBe(expected);
  });
});
