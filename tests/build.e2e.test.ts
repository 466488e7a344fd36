/**
 * End to end: `npm run build` on the fixture archive, then the pages, the JSON export, the
 * feeds, the sitemap and the search index are checked against each other.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_ARCHIVE, listFiles, readSearchFragments, readText, type BuildResult } from "./helpers/build.ts";

interface Record {
  url: string;
  title: string;
  date: string;
  day: string;
  source: { name: string; slug: string } | null;
  citedSources: { name: string; slug: string }[];
  dateline: { raw: string; place: string; country: string | null; timeZone: string | null; placeSlug: string } | null;
  topics: { name: string; slug: string }[];
  sourceFile: string;
  wordCount: number;
}

interface ProblemReport {
  files: number;
  articles: number;
  problems: { file: string; field: string; message: string; severity: string }[];
}

let build: BuildResult;
let records: Record[];
let report: ProblemReport;
let files: string[];

const SEED_URL = "/2023/09/21/putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/";
const page = (url: string) => readText(build.output, url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));

beforeAll(async () => {
  build = await buildSite();
  expect(build.exitCode, build.stderr).toBe(0);
  records = JSON.parse(readText(build.output, "api/articles.json"));
  report = JSON.parse(readText(build.output, "api/problems.json"));
  files = listFiles(build.output);
});

describe("the seed article", () => {
  it("builds to one page with its title, date, dateline, source, cited source and topics", () => {
    const seeds = records.filter((r) => r.title === "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh");
    expect(seeds).toHaveLength(1);
    const seed = seeds[0]!;
    expect(seed.url).toBe(SEED_URL);
    expect(seed.day).toBe("2023-09-21");
    expect(seed.dateline).toMatchObject({ place: "Tehran", country: "Iran", timeZone: "Asia/Tehran" });
    expect(seed.source).toEqual({ name: "Tasnim News Agency", slug: "tasnim" });
    expect(seed.citedSources).toEqual([{ name: "TASS", slug: "tass" }]);
    expect(seed.topics.map((t) => t.name)).toEqual(expect.arrayContaining(["Nagorno-Karabakh", "Azerbaijan", "Armenia", "Russia"]));

    const html = page(SEED_URL);
    expect(html.match(/<h1[^>]*>Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh<\/h1>/g)).toHaveLength(1);
    expect(html).toContain("21 September 2023");
    expect(html).toContain('href="/sources/tasnim/"');
    expect(html).toContain('href="/sources/tass/"');
    expect(html).toContain('href="/places/tehran-ir/"');
    for (const menu of ["Most Visited in Other Media", "Top Other Media stories", "Top Stories"]) expect(html).not.toContain(menu);
  });

  it("carries NewsArticle JSON-LD with dateline, source, date and topics", () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page(SEED_URL))?.[1];
    const data = JSON.parse(json ?? "{}");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.dateline).toBe("TEHRAN (Tasnim) –");
    expect(data.datePublished).toBe("2023-09-21");
    expect(data.sourceOrganization.name).toBe("Tasnim News Agency");
    expect(data.about.map((a: { name: string }) => a.name)).toContain("Nagorno-Karabakh");
    expect(data.archivedAt).toMatch(new RegExp(`${SEED_URL}$`));
  });

  it("gives JSON-LD a url only when the original address is known (archivedAt is the archive's)", () => {
    const jsonLd = (url: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page(url))?.[1] ?? "{}");
    const wire = jsonLd("/1987/03/06/2601-new-dutch-special-advances-announced-at-5-3-pct/");
    expect(wire.url).toBeUndefined();
    expect(wire.archivedAt).toMatch(/\/1987\/03\/06\/2601-new-dutch-special-advances-announced-at-5-3-pct\/$/);
    expect(jsonLd("/2024/02/14/quake/").url).toBe("https://example.org/news/chile-quake");
  });

  it("writes the facts of an article in the site's language without marks that repeat the page's", () => {
    const html = page(SEED_URL);
    expect(html).toContain("<dt>Dateline</dt><dd><q>TEHRAN (Tasnim) –</q>");
    expect(html).toContain('<dt>Language</dt><dd>English <span class="note">(en)</span></dd>');
    expect(html).toMatch(/<p class="article-meta"><time datetime=/);
  });
});

describe("nothing is lost", () => {
  it("every file under the articles folder is an article in the export or a reported problem", () => {
    const articleFiles = new Set(records.map((r) => r.sourceFile));
    const reported = new Set(report.problems.map((p) => p.file));
    const inputs = listFiles(path.resolve("tests/fixtures/archive")).filter((f) => !f.endsWith(".11tydata.json"));
    for (const file of inputs) expect(articleFiles.has(file) || reported.has(file), file).toBe(true);
    expect(report.files).toBe(inputs.length + 2);
  });

  it("reports each bad file once, naming file, field and reason", () => {
    const byFile = (file: string) => report.problems.filter((p) => p.file === file);
    expect(byFile("problems/no-title.md")).toEqual([expect.objectContaining({ field: "title", severity: "error" })]);
    expect(byFile("problems/impossible-date.md")).toEqual([
      expect.objectContaining({ field: "date", severity: "error", message: expect.stringContaining("February 2023 has 28 days") }),
    ]);
    expect(byFile("problems/invalid-yaml.md")).toEqual([expect.objectContaining({ field: "front matter", severity: "error" })]);
    expect(byFile("problems/unknown-agency.md")).toEqual([
      expect.objectContaining({ field: "source", severity: "warning", message: expect.stringContaining("Daily Planet Wire") }),
    ]);
    expect(byFile("problems/notes.pdf")).toEqual([expect.objectContaining({ field: "file", severity: "warning" })]);
    expect(records.some((r) => r.sourceFile === "problems/unknown-agency.md" && r.source?.name === "Daily Planet Wire")).toBe(true);
  });

  it("ends with a summary of articles, warnings and errors", () => {
    expect(build.stdout).toMatch(/15 articles built from 21 files; 4 warnings, 3 errors/);
    expect(build.stderr).toContain("error: problems/impossible-date.md: date:");
  });
});

describe("pages, export, feeds and search agree", () => {
  it("every exported article has its page, and every article page is exported", () => {
    for (const record of records) expect(files).toContain(`${record.url.slice(1)}index.html`);
    const articlePages = files.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    expect(articlePages.sort()).toEqual(records.map((r) => `${r.url.slice(1)}index.html`).sort());
  });

  it("the export is one record a line, between the brackets of one array", () => {
    const lines = readText(build.output, "api/articles.json").split("\n");
    expect(lines).toEqual(["[", ...records.map((r, i) => JSON.stringify(r) + (i < records.length - 1 ? "," : "")), "]", ""]);
  });

  it("the export is newest first, with its archive day and a count of words", () => {
    const keys = records.map((r) => r.day);
    expect([...keys].sort().reverse()).toEqual(keys);
    for (const r of records) {
      expect(r.date.startsWith(r.day) || r.date.includes("T")).toBe(true);
      expect(r.wordCount).toBeGreaterThan(0);
    }
  });

  it("topic, source, place and date pages list exactly the articles that have them", () => {
    for (const record of records) {
      for (const topic of record.topics) expect(page(`/topics/${topic.slug}/`)).toContain(`href="${record.url}"`);
      if (record.source) expect(page(`/sources/${record.source.slug}/`)).toContain(`href="${record.url}"`);
      if (record.dateline) expect(page(`/places/${record.dateline.placeSlug}/`)).toContain(`href="${record.url}"`);
      // A year leads to its months, a month to its days, a day lists its articles.
      const [y, m, d] = record.day.split("-");
      expect(page(`/${y}/`)).toContain(`href="/${y}/${m}/"`);
      expect(page(`/${y}/${m}/`)).toContain(`href="/${y}/${m}/${d}/"`);
      expect(page(`/${y}/${m}/${d}/`)).toContain(`href="${record.url}"`);
    }
    const tasnimPage = page("/sources/tasnim/");
    expect(tasnimPage).not.toContain('href="/1987/');
  });

  it("the site feed and each topic and source feed are Atom with the newest articles", () => {
    const feed = page("/feed.xml");
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain(SEED_URL);
    const newest = records[0]!;
    expect(feed.indexOf(newest.url)).toBeLessThan(feed.indexOf(SEED_URL));
    expect(page("/topics/nagorno-karabakh/feed.xml")).toContain(SEED_URL);
    expect(page("/sources/tasnim/feed.xml")).toContain(SEED_URL);
  });

  it("the sitemap lists every page", () => {
    const sitemap = page("/sitemap.xml");
    for (const record of records) expect(sitemap).toContain(`${record.url}</loc>`);
    expect(sitemap).toContain("/topics/</loc>");
  });

  it("the search index holds every article page and nothing else, with its filters", () => {
    const fragments = readSearchFragments(build.output);
    expect(fragments.map((f) => f.url).sort()).toEqual(records.map((r) => r.url).sort());
    const seed = fragments.find((f) => f.url === SEED_URL)!;
    expect(seed.filters.topic).toEqual(expect.arrayContaining(["Nagorno-Karabakh", "Azerbaijan"]));
    expect(seed.filters.source).toEqual(["Tasnim News Agency"]);
    expect(seed.filters.place).toEqual(["Tehran"]);
    expect(seed.filters.year).toEqual(["2023"]);
    expect(seed.meta.title).toBe("Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh");
    expect(seed.content).toContain("Kremlin press service");
    expect(seed.content).not.toContain("Related articles");
  });

  it("every list says how many articles it holds", () => {
    expect(page("/articles/")).toContain("15 articles");
    expect(page("/topics/")).toMatch(/Nagorno-Karabakh<\/a> <span class="count">2<\/span>/);
  });
});

describe("article text is untrusted", () => {
  const hostile = () => page("/2024/02/14/hostile/");

  it("escapes markup in titles and topics and never emits a script from the text", () => {
    const html = hostile();
    expect(html).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/onerror=|onclick=/);
    expect(html).not.toMatch(/(?:href|src)="\s*javascript:/i);
    expect(html).toContain("[link](javascript:alert('link'))");
    expect(html).toContain("&lt;b&gt;Bold&lt;/b&gt; topic");
  });

  it("shows template syntax as text, never running it", () => {
    const html = hostile();
    expect(html).toContain("{{ 7 * 7 }}");
    expect(html).toContain("{% if true %}templating{% endif %}");
    expect(html).not.toMatch(/Hostile 49 headline/);
  });

  it("keeps ticker symbols in angle brackets as written", () => {
    expect(hostile()).toContain("Ticker &lt;SRD&gt; stays as written");
    expect(page("/1987/02/26/2-standard-oil-srd-to-form-financial-unit/")).toContain("STANDARD OIL &lt;SRD&gt; TO FORM FINANCIAL UNIT");
    expect(page("/1987/02/26/2-standard-oil-srd-to-form-financial-unit/")).toContain("Co Plc &lt;BP&gt;");
  });

  it("links the original address only when it is http(s)", () => {
    expect(page("/2024/02/14/quake/")).toContain('href="https://example.org/news/chile-quake"');
    expect(records.find((r) => r.url === "/2024/02/14/hostile/")).toBeDefined();
  });
});

describe("URLs", () => {
  it("two articles asking for one address: the first by file path keeps it, the other gets a stable suffix and a warning", () => {
    const twins = records.filter((r) => r.url.startsWith("/2024/02/14/hostile-twin-slug"));
    expect(twins.map((t) => t.url).sort()).toEqual(["/2024/02/14/hostile-twin-slug-e24aba/", "/2024/02/14/hostile-twin-slug/"]);
    expect(report.problems).toContainEqual(expect.objectContaining({ file: "samples/2024-02-14-hostile-twin.md", field: "slug", severity: "warning" }));
  });

  it("a trailing (AP) on the title moves into the source", () => {
    const quake = records.find((r) => r.url === "/2024/02/14/quake/")!;
    expect(quake.title).toBe("Strong earthquake shakes central Chile");
    expect(quake.source).toEqual({ name: "Associated Press", slug: "ap" });
    expect(quake.day).toBe("2024-02-14");
    expect(quake.date).toBe("2024-02-14T23:10:00-03:00");
  });

  it("the ` Reuter` sign-off appears on no page", () => {
    const wire = page("/1987/03/06/2601-new-dutch-special-advances-announced-at-5-3-pct/");
    expect(wire).toContain("Bank for the previous seven-day facility.");
    expect(wire).not.toMatch(/\bReuter\b(?!s)/);
  });
});

describe("the build is deterministic and honest", () => {
  it("two builds of the same input are byte-identical", async () => {
    const again = await buildSite();
    expect(again.exitCode).toBe(0);
    const second = listFiles(again.output);
    expect(second).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(again.output, file)).equals(readFileSync(path.join(build.output, file))), file).toBe(true);
    }
  });

  it("--strict fails the build on any problem and leaves the previous output alone", async () => {
    const strict = await buildSite({ output: build.output, args: ["--strict"] });
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toContain("Build failed (--strict)");
    expect(existsSync(path.join(build.output, "index.html"))).toBe(true);
  });

  it("a missing articles folder is a clear message and a non-zero exit, not a stack trace", async () => {
    const missing = await buildSite({ articlesDir: "/nonexistent/articles" });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain("does not exist");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("under a path prefix", () => {
  it("every link, asset, feed and JSON URL carries the prefix", async () => {
    const prefixed = await buildSite({ env: { PATH_PREFIX: "/my-archive/", SITE_URL: "https://example.github.io/" } });
    expect(prefixed.exitCode).toBe(0);
    for (const file of listFiles(prefixed.output).filter((f) => f.endsWith(".html"))) {
      const html = readText(prefixed.output, file);
      for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) expect(url, `${file}: ${url}`).toMatch(/^\/my-archive\//);
    }
    const exported: Record[] = JSON.parse(readText(prefixed.output, "api/articles.json"));
    expect(exported.every((r) => r.url.startsWith("/my-archive/"))).toBe(true);
    expect(readText(prefixed.output, "sitemap.xml")).toContain(`https://example.github.io/my-archive${SEED_URL}`);
    expect(readText(prefixed.output, "feed.xml")).toContain(`https://example.github.io/my-archive${SEED_URL}`);
    const searchPage = readText(prefixed.output, "search/index.html");
    expect(searchPage).toContain('data-pagefind="/my-archive/pagefind/"');
    expect(searchPage).toContain('data-bundle-list="/my-archive/search/bundles.json"');
    // The bundle list names every bundle each language is in, and each bundle's stretch of time.
    const list = JSON.parse(readText(prefixed.output, "search/bundles.json")) as { languages: { [code: string]: number[] }; dates: [string, string][] };
    expect(list.dates.length).toBeGreaterThan(0);
    expect(Object.keys(list.languages)).toContain("en");
    for (const [i, [from, to]] of list.dates.entries()) {
      expect(from <= to, `bundle ${i}`).toBe(true);
      expect(existsSync(path.join(prefixed.output, `pagefind/b${i}/pagefind-entry.json`))).toBe(true);
    }
  });
});

describe("archive URLs are forever", () => {
  it("with the URL ledger, an article keeps its address when a colliding newcomer sorts first, and the newcomer keeps its own when the first leaves", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const os = await import("node:os");
    const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-ledger-"));
    writeFileSync(path.join(dir, "b-2023-09-21-talks.md"), "---\ntitle: Talks resume\ndate: 2023-09-21\nslug: talks\n---\n\nFirst.\n");
    writeFileSync(path.join(dir, "c-other.md"), "---\ntitle: Other\ndate: 2023-09-20\n---\n\nOther.\n");
    const urlsOf = (output: string) => new Map((JSON.parse(readText(output, "api/articles.json")) as Record[]).map((r) => [r.sourceFile, r.url]));

    const first = await buildSite({ articlesDir: dir, args: ["--lock-urls"] });
    expect(first.exitCode, first.stderr).toBe(0);
    expect(urlsOf(first.output).get("b-2023-09-21-talks.md")).toBe("/2023/09/21/talks/");

    writeFileSync(path.join(dir, "a-2023-09-21-talks.md"), "---\ntitle: Talks resume, again\ndate: 2023-09-21\nslug: talks\n---\n\nSecond.\n");
    const second = await buildSite({ articlesDir: dir });
    const afterAdding = urlsOf(second.output);
    expect(afterAdding.get("b-2023-09-21-talks.md")).toBe("/2023/09/21/talks/");
    expect(afterAdding.get("c-other.md")).toBe(urlsOf(first.output).get("c-other.md"));
    const newcomer = afterAdding.get("a-2023-09-21-talks.md");
    expect(newcomer).toMatch(/^\/2023\/09\/21\/talks-[0-9a-f]{6}\/$/);

    rmSync(path.join(dir, "b-2023-09-21-talks.md"));
    const third = await buildSite({ articlesDir: dir });
    expect(urlsOf(third.output).get("a-2023-09-21-talks.md")).toBe(newcomer);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("page weight", () => {
  it("an article page links its related articles by title and date, and writes no separator a stylesheet can draw", () => {
    const html = page(SEED_URL);
    const related = /<section class="related"[^>]*>.*?<\/section>/s.exec(html)?.[0] ?? "";
    expect(related).toMatch(/^<section class="related"[^>]*><h2 id="related-heading">Related articles<\/h2><ol class="links"><li><a href="\/[^"]+\/">[^<]+<\/a> <time datetime="\d{4}-\d\d-\d\d">[^<]+<\/time><\/li>/);
    for (const url of [SEED_URL, "/articles/", "/1987/03/06/", "/topics/nagorno-karabakh/"]) expect(page(url), url).not.toContain('class="sep"');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval';`);
  });

  it("a day's cards give an excerpt without its dateline; lists that repeat the days' (all articles, a day across years) give a title and facts only", () => {
    const day = page("/1987/03/06/");
    const wire = records.find((r) => r.url === "/1987/03/06/2601-new-dutch-special-advances-announced-at-5-3-pct/")!;
    const card = new RegExp(`<li><h3><a href="${wire.url}">[^<]+</a></h3><p>(.*?)</p><p>(.*?)</p></li>`).exec(day);
    expect(card?.[1]).toContain(`<time datetime="${wire.day}">`);
    expect(card?.[2]).not.toContain(wire.dateline!.raw.slice(0, 8));
    expect(card?.[2]?.length).toBeGreaterThan(40);
    for (const url of ["/articles/", "/on-this-day/09-21/"]) {
      const cards = page(url).match(/<li[^>]*><h3>.*?<\/li>/gs) ?? [];
      expect(cards.length, url).toBeGreaterThan(0);
      for (const c of cards) expect(c, url).toMatch(/<\/h3><p[^>]*>.*<\/p><\/li>$/s), expect(c.match(/<p/g), url).toHaveLength(1);
    }
  });

  it("every article page is at most 30 kB of HTML and CSS, compressed", async () => {
    const { gzipSync } = await import("node:zlib");
    const css = gzipSync(readFileSync(path.join(build.output, "assets/dateline.css"))).length;
    for (const record of records) {
      const html = gzipSync(readFileSync(path.join(build.output, record.url.slice(1), "index.html"))).length;
      expect(html + css, record.url).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it("the layouts add no character beyond Latin-1: only the articles' own text brings one (pages stay one byte a character in memory)", () => {
    const beyondLatin1 = (text: string) => new Set(text.match(/[^\x00-\xff]/gu) ?? []);
    const fromArticles = new Set(listFiles(FIXTURE_ARCHIVE).flatMap((file) => [...beyondLatin1(readText(FIXTURE_ARCHIVE, file))]));
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const extra = [...beyondLatin1(readText(build.output, file))].filter((c) => !fromArticles.has(c));
      expect(extra, file).toEqual([]);
    }
  });

  it("loads no font, script or style from anywhere but the site", () => {
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = readText(build.output, file);
      expect(html, file).not.toMatch(/<link[^>]+rel="(?:stylesheet|icon|preload|modulepreload)"[^>]+href="(?:https?:)?\/\//);
      expect(html, file).not.toMatch(/<(?:script|img|iframe)[^>]+src="(?:https?:)?\/\//);
    }
  });
});

describe("articles in every language", () => {
  const NOWRUZ = "/2024/03/20/nowruz/";
  const RAMADAN = "/2024/03/11/ramadan/";

  it("an article's page is in its language and direction; the site's header and footer keep the site's", () => {
    const persian = page(NOWRUZ);
    expect(persian).toContain('<html lang="fa" dir="rtl">');
    expect(persian).toMatch(/<article class="article" lang="fa" dir="rtl">/);
    expect(persian).toMatch(/<header class="site-header" lang="en" dir="ltr">/);
    expect(persian).toMatch(/<footer class="site-footer" lang="en" dir="ltr">/);
    expect(page(RAMADAN)).toContain('<html lang="ar" dir="rtl">');
    const english = page(SEED_URL);
    expect(english).toContain('<html lang="en" dir="ltr">');
    expect(english).not.toMatch(/<header class="site-header" lang=/);
  });

  it("shows the date in the article's own calendar beside the Gregorian one", () => {
    expect(page(NOWRUZ)).toMatch(/20 March 2024, 06:36 .*<span class="own-calendar" lang="fa-IR-u-ca-persian" dir="rtl"[^>]*>۱ فروردین ۱۴۰۳/s);
    expect(page(RAMADAN)).toMatch(/<span class="own-calendar" lang="ar-SA-u-ca-islamic-umalqura" dir="rtl"[^>]*>١ رمضان ١٤٤٥ هـ/);
    expect(page(SEED_URL)).not.toContain("own-calendar");
  });

  it("wraps each fact of a right-to-left article's line in a span of the line's direction, which holds the dot drawn before it", () => {
    // Drawn inside an item marked left to right (the site's English words), the dot sat at that
    // item's left: in a right-to-left line, not between it and the item before.
    const line = /<p class="article-meta">(.*?)<\/p>/s.exec(page(NOWRUZ))?.[1] ?? "";
    const items: string[] = [];
    let depth = 0;
    let start = 0;
    for (const tag of line.matchAll(/<(\/?)[a-z]+[^>]*>/g)) {
      if (tag[1]) {
        if (--depth === 0) items.push(line.slice(start, (tag.index ?? 0) + tag[0].length));
      } else if (depth++ === 0) start = tag.index ?? 0;
    }
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) expect(item).toMatch(/^<span>.*<\/span>$/s);
    expect(items[0]).toMatch(/^<span><span lang="en" dir="ltr"><time /);
    expect(page(SEED_URL)).toMatch(/<p class="article-meta"><time datetime=/);
  });

  it("lists give each card its article's language and direction, and a language filter when they hold more than one", () => {
    const list = page("/articles/");
    expect(list).toMatch(/<li lang="fa" dir="rtl"><h3>/);
    expect(list).toMatch(/<li lang="ar" dir="rtl"><h3>/);
    expect(list).toContain('<select id="language-filter">');
    expect(list).toContain('<option value="fa">Persian (1)</option>');
    expect(list).toContain('src="/assets/lists.js"');
    expect(page("/1987/03/06/")).not.toContain("language-filter");
  });

  it("the export carries each article's language, and search indexes each in its own", () => {
    expect(records.find((r) => r.url === NOWRUZ)).toMatchObject({ language: "fa" });
    expect(records.find((r) => r.url === RAMADAN)).toMatchObject({ language: "ar" });
    const indexed = new Set(files.filter((f) => f.endsWith("pagefind-entry.json")).flatMap((f) => Object.keys(JSON.parse(readText(build.output, f)).languages)));
    expect([...indexed]).toEqual(expect.arrayContaining(["en", "fa", "ar"]));
    const search = page("/search/");
    const data = JSON.parse(/<script type="application\/json" id="search-data">(.*?)<\/script>/s.exec(search)?.[1] ?? "{}");
    expect(data.languages.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining(["en", "fa", "ar"]));
    expect(data.languages.find((l: { code: string }) => l.code === "fa")).toMatchObject({ name: "Persian", dir: "rtl", count: 1 });
  });

  it("with SITE_LANGUAGE=fa, the site's own words are Persian and the site reads right to left", async () => {
    const fa = await buildSite({ articlesDir: path.join(FIXTURE_ARCHIVE, "multilingual"), env: { SITE_LANGUAGE: "fa" } });
    expect(fa.exitCode, fa.stderr).toBe(0);
    const faPage = (url: string) => readText(fa.output, url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));
    const home = faPage("/");
    expect(home).toContain('<html lang="fa" dir="rtl">');
    expect(home).toContain(">موضوع‌ها</a>");
    expect(home).toContain("تازه‌ترین خبرها");
    expect(faPage("/search/")).toContain("<h1>جست‌وجو</h1>");
    expect(faPage("/2024/03/")).toContain("مارس ۲۰۲۴");
    // A Russian article on the Persian site: its page left to right, the site's words right to left.
    // (Its language comes from detection: without it, an article is in the site's language.)
    const detected = (JSON.parse(faPage("/api/articles.json")) as { url: string; language: string | null }[]).find((r) => r.url === "/2024/03/15/book-fair/")?.language;
    const russian = faPage("/2024/03/15/book-fair/");
    if (detected === "ru") {
      expect(russian).toContain('<html lang="ru" dir="ltr">');
      expect(russian).toMatch(/<header class="site-header" lang="fa" dir="rtl">/);
    } else {
      expect(russian).toContain('<html lang="fa" dir="rtl">');
    }
    expect(faPage(NOWRUZ)).toContain('<html lang="fa" dir="rtl">');
    expect(faPage(NOWRUZ)).not.toMatch(/<header class="site-header" lang=/);
  });

  it("refuses a site language it has no words for", async () => {
    const unknown = await buildSite({ articlesDir: path.join(FIXTURE_ARCHIVE, "multilingual"), env: { SITE_LANGUAGE: "xx" } });
    expect(unknown.exitCode).not.toBe(0);
    expect(unknown.stderr).toContain("SITE_LANGUAGE=xx");
  });
});
