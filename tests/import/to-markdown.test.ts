import { describe, expect, it } from "vitest";
import { extractArticle, withoutSiteName } from "../../src/import/extract-article.ts";
import { htmlToMarkdown, paragraphsToMarkdown } from "../../src/import/to-markdown.ts";
import { renderMarkdownBody } from "../../src/markdown.ts";

const STORY = [
  "SANTIAGO, Sept 21 (Reuters) - A strong earthquake hit central Chile on Thursday, the country's emergency service said, with no immediate reports of damage.",
  "The quake, of magnitude 6.1, struck at a depth of 10 km near the coastal town of Constitucion, the U.S. Geological Survey said.",
  "Chile is one of the world's most seismically active countries and its buildings are designed to withstand strong quakes.",
];

describe("htmlToMarkdown: the story, not the page", () => {
  it.each([
    ["an image and its caption", `<figure><img src="https://x.example/a.jpg" alt="A"><figcaption>Rescuers in Constitucion. Photo: AP</figcaption></figure>`, ["a.jpg", "Rescuers"]],
    ["a share widget", `<p>Share this article</p><ul><li><a href="https://facebook.com/sharer?u=x">Facebook</a></li><li><a href="https://twitter.com/intent/tweet">Twitter</a></li></ul>`, ["Share", "Facebook", "Twitter"]],
    ["an advertisement label", `<p>Advertisement</p>`, ["Advertisement"]],
    ["a list of related stories under its label", `<p><strong>Read more on</strong></p><p><a href="/a">Quake hits Peru</a></p><p><a href="/b">Quake hits Ecuador</a></p>`, ["Read more on", "Peru", "Ecuador"]],
    ["a newsletter sign-up", `<p>Never miss the latest news. Sign up for our newsletters to get today's top stories.</p>`, ["newsletter"]],
    ["an 'Updated' line", `<p><strong>Updated:</strong> March 16, 2020, 5:01 PM IST</p>`, ["Updated", "March 16"]],
    ["a promotion of another story", `<p><strong>MUST READ |</strong> <strong>Thousands of Chileans are calling for change</strong></p>`, ["MUST READ", "Thousands"]],
    ["a script and a form", `<script>alert(1)</script><form><input value="Search"><button>Go</button></form>`, ["alert", "Search", "Go"]],
  ])("leaves out %s", (_what, furniture, absent) => {
    const html = `<div><p>${STORY[0]}</p>${furniture}<p>${STORY[1]}</p><p>${STORY[2]}</p></div>`;
    const markdown = htmlToMarkdown(html, { base: "https://example.com/news/1" });
    for (const word of absent) expect(markdown).not.toContain(word);
    for (const paragraph of STORY) expect(markdown).toContain(paragraph.slice(0, 40));
  });

  it("cuts the text at a comments heading past the story's opening, with every comment after it", () => {
    const html = `<div>${STORY.map((p) => `<p>${p}</p>`).join("")}<h3>Comments</h3><p>Great article, thanks!</p><p>I disagree with this.</p></div>`;
    const markdown = htmlToMarkdown(html);
    expect(markdown).not.toMatch(/Comments|Great article|disagree/);
    expect(markdown).toContain(STORY[2]);
  });

  it("drops the headline repeated at the top of the text", () => {
    const markdown = htmlToMarkdown(`<h1>Quake hits central Chile</h1><p>${STORY[0]}</p>`, { title: "Quake hits central Chile" });
    expect(markdown.startsWith("SANTIAGO")).toBe(true);
  });

  it("keeps links to web addresses, resolved against the page, and drops others", () => {
    const markdown = htmlToMarkdown(`<p>The <a href="/usgs">USGS</a> said, quoting <a href="javascript:alert(1)">officials</a> and <a href="#note">a note</a>, more than forty words of text here to make a real paragraph.</p>`, { base: "https://example.com/news/1" });
    expect(markdown).toContain("[USGS](https://example.com/usgs)");
    expect(markdown).not.toContain("javascript");
    expect(markdown).not.toContain("#note");
    expect(markdown).toContain("officials and a note");
  });

  it("writes a table as one line of plain HTML the archive's sanitizer keeps", () => {
    const markdown = htmlToMarkdown(`<p>${STORY[0]}</p><table class="x" style="color:red"><tr><th>Town</th><th>Magnitude</th></tr><tr><td>Constitucion</td><td onclick="x()">6.1 &lt;M&gt;</td></tr></table>`);
    expect(markdown).toContain("<table><tr><th>Town</th><th>Magnitude</th></tr><tr><td>Constitucion</td><td>6.1 &lt;M&gt;</td></tr></table>");
  });

  it("escapes text that would read as Markdown or HTML, so it shows as written", () => {
    const markdown = htmlToMarkdown(`<p>STANDARD OIL &lt;SRD&gt; TO FORM *FINANCIAL* UNIT_1</p>`);
    const rendered = renderMarkdownBody(markdown);
    expect(rendered.blocks[0]).toBe("STANDARD OIL <SRD> TO FORM *FINANCIAL* UNIT_1");
  });

  it("writes plain text paragraphs as escaped Markdown paragraphs", () => {
    const markdown = paragraphsToMarkdown(["1. Not a list", "# Not a heading", "<b>not bold</b>"]);
    expect(renderMarkdownBody(markdown).blocks).toEqual(["1. Not a list", "# Not a heading", "<b>not bold</b>"]);
  });
});

describe("extractArticle: navigation, share widgets and comments stay out of the text", () => {
  it("keeps the story of a page full of furniture, and nothing else", () => {
    const html = `<!doctype html><html lang="en"><head><title>Quake hits central Chile - Example News</title><meta property="og:site_name" content="Example News"></head><body>
      <nav class="menu"><a href="/">Home</a><a href="/world">World News</a><a href="/sport">Sport Pages</a></nav>
      <header><div class="site-banner">Example News — all the news</div></header>
      <main><article>
        <h1>Quake hits central Chile</h1>
        <div class="share-buttons"><a href="https://facebook.com/sharer">Share on Facebook</a><a href="https://twitter.com/share">Tweet this</a></div>
        ${STORY.map((p) => `<p>${p}</p>`).join("\n")}
        <p>${"Rescue teams searched the town through the night and into the morning, officials said. ".repeat(3)}</p>
      </article>
      <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Quake hits Peru coast</a></li><li><a href="/b">Volcano erupts in Ecuador</a></li></ul></aside>
      <section id="comments"><h3>3 Comments</h3><div class="comment"><p>First! Reader opinion number one.</p></div><form><textarea></textarea><button>Post Comment</button></form></section>
      </main><footer>© Example News. Privacy Policy. Terms of Use.</footer></body></html>`;
    const page = extractArticle(html, { knownUrl: "https://example.com/2023/09/21/quake" });
    expect(page.title).toEqual({ value: "Quake hits central Chile", from: "<title>, without the site's name" });
    for (const paragraph of STORY) expect(page.markdown).toContain(paragraph);
    for (const furniture of ["World News", "Sport Pages", "all the news", "Share on Facebook", "Tweet this", "Quake hits Peru", "Ecuador", "Comments", "Reader opinion", "Post Comment", "Privacy Policy"]) {
      expect(page.markdown).not.toContain(furniture);
    }
  });
});

describe("withoutSiteName", () => {
  it.each([
    ["Two newborns die for ‘want of oxygen’ at Bhakkar hospital - The Frontier Post", ["The Frontier Post"], "Two newborns die for ‘want of oxygen’ at Bhakkar hospital"],
    ["Example News | Quake hits central Chile", ["Example News"], "Quake hits central Chile"],
    ["| Aktres, sunod-sunuran sa aktor BF", [], "Aktres, sunod-sunuran sa aktor BF"],
    ["Reuters", ["Reuters"], "Reuters"],
    ["Quake hits central Chile", ["Example News"], "Quake hits central Chile"],
  ])("%j with site %j → %j", (title, sites, expected) => {
    expect(withoutSiteName(title, sites)).toBe(expected);
  });
});
