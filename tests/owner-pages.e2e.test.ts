/**
 * The owner's side of the site, end to end: pages of their own in pages/ (Markdown, Nunjucks,
 * Liquid: tests/fixtures/pages), inside the site's layout, in the navigation and the sitemap,
 * reading the archive through collections.articles and _data/; settings.ts, with the
 * environment over it; theme/style.css and theme/parts.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIn, buildSite, readText, type BuildResult } from "./helpers/build.ts";
import { copyProject } from "./helpers/project-copy.ts";

interface ExportedArticle {
  url: string;
  title: string;
  day: string;
  source: { name: string } | null;
  dateline: { placeName?: string; place: string } | null;
  topics: { name: string }[];
}

let build: BuildResult;
const page = (url: string) => readText(build.output, url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));
const navigation = (html: string) => [...(html.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? "").matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);

beforeAll(async () => {
  build = await buildSite();
  expect(build.exitCode, build.stderr).toBe(0);
});

describe("a page of the owner's", () => {
  it("pages/about.md becomes /about/ inside the site's layout: head, header, navigation, footer, the CSP", () => {
    const about = page("/about/");
    expect(about).toMatch(/^<!doctype html>/);
    expect(about).toContain("<title>About the archive · Dateline</title>");
    expect(about).toContain('<meta name="description" content="Who keeps this archive, and why.">');
    expect(about).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval';`);
    expect(about).toContain('<link rel="stylesheet" href="/assets/dateline.css">');
    expect(about).toContain('<header class="site-header">');
    expect(about).toContain('<footer class="site-footer">');
    expect(about).toMatch(/<main id="main"[^>]*>[\s\S]*<h1>About the archive<\/h1>[\s\S]*<\/main>/);
    expect(about).toContain("<em>Dateline</em> test suite");
  });

  it("can read the archive's data: its articles, sources, topics, places and periods", () => {
    expect(page("/about/")).toContain("It holds 15 articles\nfrom 5 sources.");
    expect(page("/latest/")).toContain('<p class="site-name">Dateline, 15 articles, 17 topics, 9 places, 3 years.</p>');
  });

  it("collections.articles is every article, newest first, with its title, url, date, source, dateline and topics", () => {
    const exported = JSON.parse(readText(build.output, "api/articles.json")) as ExportedArticle[];
    const items = [...page("/latest/").matchAll(/<li data-url="([^"]*)" data-date="([^"]*)">\s*<a href="[^"]*">([^<]*)<\/a>\s*<span class="day">([^<]*)<\/span>\s*<span class="source">([^<]*)<\/span>\s*<span class="place">([^<]*)<\/span>\s*<span class="topics">([^<]*)<\/span>/g)];
    expect(items.map((m) => m[1])).toEqual(exported.map((a) => a.url));
    expect(items.map((m) => m[2])).toEqual(exported.map((a) => a.day));
    const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    expect(items.map((m) => unescape(m[3]!))).toEqual(exported.map((a) => a.title));
    expect(items.map((m) => unescape(m[5]!))).toEqual(exported.map((a) => a.source?.name ?? ""));
    expect(items.map((m) => unescape(m[7]!))).toEqual(exported.map((a) => a.topics.map((t) => t.name).join(", ")));
    const seed = items.find((m) => m[1]!.includes("putin-aliyev"));
    expect(seed?.[4]).toBe("21 September 2023");
    expect(seed?.[6]).toBe("Tehran");
  });

  it("shows an article's text escaped, in Nunjucks and in Liquid; the owner's own Markdown keeps its HTML", () => {
    for (const html of [page("/latest/"), page("/colophon/")]) {
      expect(html).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Hostile {{ 7 * 7 }} headline");
      expect(html).not.toContain("<script>alert(");
    }
    expect(page("/about/")).toContain('<span class="owner-html">raw HTML stays</span>');
  });

  it("joins the navigation of every page from its front matter, in its order, after the settings' sections", () => {
    const expected = ["Articles /articles/", "Topics /topics/", "Sources /sources/", "Places /places/", "Newest /latest/", "About /about/"];
    for (const url of ["/", "/about/", "/topics/", "/2023/09/21/putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/", "/search/", "/404.html"]) {
      expect(navigation(page(url)), url).toEqual(expected);
    }
    expect(page("/about/")).toContain('<a href="/about/" aria-current="page">About</a>');
    expect(page("/colophon/")).not.toContain('href="/colophon/"');
  });

  it("is in the sitemap, as is a Liquid page with its own permalink", () => {
    const sitemap = readText(build.output, "sitemap.xml");
    for (const url of ["/about/", "/latest/", "/colophon/"]) expect(sitemap).toContain(`<loc>http://localhost:8080${url}</loc>`);
  });
});

describe("a page of the owner's at an address the archive uses", () => {
  let pages: string;
  afterAll(() => rmSync(pages, { recursive: true, force: true }));

  it("fails the build, naming the file and what the archive has there", async () => {
    pages = mkdtempSync(path.join(os.tmpdir(), "dateline-pages-"));
    writeFileSync(path.join(pages, "topics.md"), "---\ntitle: My topics\n---\nMine.\n");
    const clash = await buildSite({ env: { PAGES_DIR: pages } });
    expect(clash.exitCode).toBe(1);
    expect(clash.stderr).toMatch(/^Build failed: .*topics\.md would be written at \/topics\/, which is the archive's index "Topics"/m);
  });
});

describe("settings, look and parts of the owner's", () => {
  let project: string;
  let custom: BuildResult;
  let overridden: BuildResult;
  const customPage = (url: string) => readText(custom.output, url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));

  beforeAll(async () => {
    project = copyProject();
    writeFileSync(
      path.join(project, "settings.ts"),
      `import type { Settings } from "./src/site-options.ts";
export default {
  title: "Wire Room",
  description: "Cables kept.",
  language: "en",
  timeZone: "Asia/Tehran",
  navigation: ["topics", "articles", { label: "Elsewhere", url: "https://example.org/" }],
  footer: "Kept by the Wire Room.",
  siteUrl: "https://wire.example/",
  pathPrefix: "/",
  articles: "articles",
  pages: "pages",
} satisfies Settings;
`,
    );
    writeFileSync(path.join(project, "theme/style.css"), ":root { --accent: #7a1f5c; }\n");
    writeFileSync(
      path.join(project, "theme/parts.ts"),
      `import { html } from "../src/html.ts";
import type { LayoutParts } from "../layouts/parts.ts";
export default {
  header: (site, page, standard) => html\`<p class="banner">\${site.title}: \${page.title}</p>\${standard}\`,
  articleFooter: (site, page, standard) => html\`<p class="notice">Saved from \${page.article.source?.name ?? "?"}</p>\${standard}\`,
} satisfies LayoutParts;
`,
    );
    const output = path.join(mkdtempSync(path.join(os.tmpdir(), "dateline-owner-")), "site");
    custom = await buildIn(project, output);
    overridden = await buildIn(project, `${output}-env`, { env: { SITE_TITLE: "From CI", SITE_URL: "https://ci.example/" } });
  });
  afterAll(() => rmSync(path.dirname(project), { recursive: true, force: true }));

  it("settings.ts gives the title, description, navigation, footer and address", () => {
    expect(custom.exitCode, custom.stderr).toBe(0);
    const home = customPage("/");
    expect(home).toContain("<title>Wire Room</title>");
    expect(home).toContain('<meta name="description" content="Cables kept.">');
    expect(navigation(home)).toEqual(["Topics /topics/", "Articles /articles/", "Elsewhere https://example.org/", "Newest /latest/", "About /about/"]);
    expect(home).toContain('<p class="fine">Kept by the Wire Room.</p>');
    expect(readText(custom.output, "sitemap.xml")).toContain("<loc>https://wire.example/about/</loc>");
  });

  it("the environment wins over settings.ts", () => {
    expect(overridden.exitCode, overridden.stderr).toBe(0);
    expect(readText(overridden.output, "index.html")).toContain("<title>From CI</title>");
    expect(readText(overridden.output, "sitemap.xml")).toContain("<loc>https://ci.example/about/</loc>");
  });

  it("theme/style.css is served and loaded after the built-in stylesheet", () => {
    expect(readText(custom.output, "assets/theme.css")).toContain("--accent: #7a1f5c");
    expect(customPage("/about/")).toContain('<link rel="stylesheet" href="/assets/dateline.css"><link rel="stylesheet" href="/assets/theme.css">');
    expect(page("/")).not.toContain("theme.css");
  });

  it("theme/parts.ts replaces the header and the article footer, escaping what it is given", () => {
    const seed = customPage("/2023/09/21/putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/");
    expect(seed).toContain('<p class="banner">Wire Room: Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh</p><header class="site-header">');
    expect(seed).toMatch(/<p class="notice">Saved from Tasnim News Agency<\/p><footer class="article-facts"/);
    expect(customPage("/2024/02/14/hostile/")).toContain('<p class="banner">Wire Room: &lt;script&gt;');
  });
});
