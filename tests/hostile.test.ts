/**
 * The hostile archive: tests/fixtures/hostile/articles (empty, binary, mis-encoded, huge,
 * malicious and malformed files; see its README.md), copied to a temporary folder with the
 * generated files and symbolic links added, built by `npm run build` with the present pinned.
 * tests/fixtures/hostile/expected.json says, for every file, exactly what must be reported and
 * whether it becomes an article.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, listFiles, readText, type BuildResult } from "./helpers/build.ts";
import { attribute, scanTags, urlScheme, type Tag } from "./helpers/html-tags.ts";
import { HOSTILE_ARTICLES, HOSTILE_NOW, listEntries, makeHostileArchive, readExpected, withoutV8Position, type ExpectedProblem } from "./helpers/hostile.ts";

interface ExportRecord {
  url: string;
  title: string;
  source: { name: string; slug: string } | null;
  dateline: { place: string; placeSlug: string; placeName?: string } | null;
  topics: { name: string; slug: string }[];
  sourceFile: string;
  wordCount: number;
  originalUrl: string | null;
  archived: string | null;
}

interface Report {
  files: number;
  articles: number;
  errors: number;
  warnings: number;
  problems: (ExpectedProblem & { file: string })[];
}

const ARTICLE_URL = /^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;
const expected = readExpected();
const known = expected.filter((e) => !e.bug);
const buggy = expected.filter((e) => e.bug);

let articlesDir: string;
let outsideFile: string;
let build: BuildResult;
let strict: BuildResult;
let records: ExportRecord[];
let report: Report;
let entries: string[];
let pages: { file: string; html: string; tags: Tag[] }[];

const byKey = (a: ExpectedProblem, b: ExpectedProblem) =>
  a.field.localeCompare(b.field) || a.severity.localeCompare(b.severity) || a.message.localeCompare(b.message);
const reportedFor = (file: string): ExpectedProblem[] =>
  report.problems
    .filter((p) => p.file === file)
    .map((p) => ({ field: p.field, severity: p.severity, message: withoutV8Position(p.message) }))
    .sort(byKey);
const recordOf = (file: string) => records.find((r) => r.sourceFile === file);
const pageOf = (url: string) => readText(build.output, `${url.slice(1)}index.html`);

beforeAll(async () => {
  const made = makeHostileArchive();
  articlesDir = made.dir;
  outsideFile = made.outside;
  const env = { DATELINE_NOW: HOSTILE_NOW };
  [build, strict] = await Promise.all([
    buildSite({ articlesDir, env }),
    buildSite({ articlesDir, env, args: ["--strict"] }),
  ]);
  expect(build.exitCode, build.stderr).toBe(0);
  records = JSON.parse(readText(build.output, "api/articles.json"));
  report = JSON.parse(readText(build.output, "api/problems.json"));
  entries = listEntries(articlesDir);
  pages = listFiles(build.output)
    .filter((f) => f.endsWith(".html"))
    .map((file) => {
      const html = readText(build.output, file);
      return { file, html, tags: scanTags(html) };
    });
});

afterAll(() => {
  // The copy (with its 5 MB file) and both outputs live in folders of their own.
  for (const dir of [articlesDir, build?.output, strict?.output]) if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe("the hostile set", () => {
  it("holds at least 40 hostile files, and expected.json describes every file in the folder", () => {
    expect(expected.length).toBeGreaterThanOrEqual(40);
    expect(expected.map((e) => e.file).sort()).toEqual([...entries].sort());
    const committed = listEntries(HOSTILE_ARTICLES).sort();
    expect(expected.filter((e) => !e.generated).map((e) => e.file).sort()).toEqual(committed);
  });

  it("builds with exit code 0 and ends with a summary counting every file, article, warning and error", () => {
    expect(build.exitCode).toBe(0);
    const warnings = report.problems.filter((p) => p.severity === "warning").length;
    const errors = report.problems.filter((p) => p.severity === "error").length;
    expect(build.stdout).toContain(`${records.length} articles built from ${entries.length} files; ${warnings} warnings, ${errors} errors`);
    expect(report).toMatchObject({ files: entries.length, articles: records.length, warnings, errors });
  });

  it("with --strict, fails with exit code 1 and writes no site", () => {
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toContain("Build failed (--strict)");
    expect(existsSync(strict.output)).toBe(false);
  });

  it("prints every reported problem on stderr, one line each, naming file and field", () => {
    for (const p of report.problems) expect(build.stderr).toContain(`${p.severity}: ${p.file}: ${p.field}: ${p.message}\n`);
    expect(build.stderr.split("\n").filter((l) => /^(error|warning): /.test(l))).toHaveLength(report.problems.length);
  });
});

describe("every problem, exactly", () => {
  it.each(known.map((e) => [e.file, e] as const))("%s: reports exactly the expected problems", (file, e) => {
    expect(reportedFor(file)).toEqual([...(e.problems ?? [])].sort(byKey));
  });

  it("reports no problem for a file that expected.json does not list", () => {
    const listed = new Set(expected.map((e) => e.file));
    expect(report.problems.filter((p) => !listed.has(p.file))).toEqual([]);
  });

  it("reports each problem once", () => {
    const lines = report.problems.map((p) => JSON.stringify([p.file, p.field, p.severity, p.message]));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("an article that builds has no error, an article file that does not build has one, and any other file has a problem", () => {
    for (const e of expected.filter((x) => !x.dataFile)) {
      const severities = report.problems.filter((p) => p.file === e.file).map((p) => p.severity);
      if (e.builds) expect(severities, e.file).not.toContain("error");
      else if (/\.(?:md|markdown|txt)$/i.test(e.file)) expect(severities, e.file).toContain("error");
      else expect(severities.length, e.file).toBeGreaterThan(0);
    }
  });
});

describe("every article, and nothing lost", () => {
  it("exactly the files expected to build are articles in /api/articles.json", () => {
    expect(records.map((r) => r.sourceFile).sort()).toEqual(expected.filter((e) => e.builds).map((e) => e.file).sort());
  });

  it.each(expected.filter((e) => e.record).map((e) => [e.file, e] as const))("%s: its record holds what expected.json says", (file, e) => {
    const record = recordOf(file);
    expect(record).toBeDefined();
    const want = e.record ?? {};
    if (want.url !== undefined) expect(record?.url).toBe(want.url);
    if (want.title !== undefined) expect(record?.title).toBe(want.title);
    if (want.source !== undefined) expect(record?.source?.name ?? null).toBe(want.source);
    if (want.place !== undefined) expect(record?.dateline?.place ?? null).toBe(want.place);
    if (want.topics !== undefined) expect(record?.topics.map((t) => t.name)).toEqual(want.topics);
    if (want.wordCount !== undefined) expect(record?.wordCount).toBe(want.wordCount);
    if (want.originalUrl !== undefined) expect(record?.originalUrl).toBe(want.originalUrl);
    if (want.archived !== undefined) expect(record?.archived).toBe(want.archived);
  });

  it("every file under the folder is an exported article, a reported problem, or a data file applied to a built article", () => {
    const exported = new Set(records.map((r) => r.sourceFile));
    const reported = new Set(report.problems.map((p) => p.file));
    for (const file of entries) {
      if (exported.has(file) || reported.has(file)) continue;
      // A data file is accounted for by the articles it applies to: story.11tydata.json by
      // story.md beside it, folder/folder.11tydata.json by the articles under folder/.
      const stem = file.replace(/\.11tydata\.json$/, "");
      const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
      const appliesToFolder = /(?:^|\/)([^/]+)\/\1$/.test(stem) || /(?:^|\/)index$/.test(stem);
      const applied =
        file.endsWith(".11tydata.json") &&
        [...exported].some((f) => f.replace(/\.[^./]+$/, "") === stem || (appliesToFolder && f.startsWith(folder)));
      expect(applied, `${file} is neither built nor reported`).toBe(true);
    }
    expect(report.files).toBe(entries.length);
  });

  it("every built article has its page", () => {
    const files = new Set(pages.map((p) => p.file));
    // The file whose date gives an URL off the site is a known bug, checked below.
    const offSite = new Set(["date-year-0000-offset.md"]);
    for (const r of records.filter((x) => !offSite.has(x.sourceFile))) expect(files.has(`${r.url.slice(1)}index.html`), r.url).toBe(true);
  });

  it("article, topic, source and place addresses made from hostile names are plain slugs inside their sections", () => {
    const bugFiles = new Set(buggy.map((e) => e.file));
    for (const r of records) {
      if (!bugFiles.has(r.sourceFile)) expect(r.url, r.sourceFile).toMatch(ARTICLE_URL);
      for (const t of r.topics) expect(t.slug, r.sourceFile).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      if (r.source) expect(r.source.slug, r.sourceFile).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      if (r.dateline) expect(r.dateline.placeSlug, r.sourceFile).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(listFiles(build.output).every((f) => !f.split("/").includes(".."))).toBe(true);
  });
});

describe("article text never runs", () => {
  const SCRIPT_JSON_LD = "application/ld+json";

  it("no page has a <script> but its JSON-LD block, the search page's own module script and data, a list's language filter and On this day's today", () => {
    for (const { file, tags } of pages) {
      for (const tag of tags.filter((t) => t.name === "script" && !t.closing)) {
        const type = attribute(tag, "type");
        const src = attribute(tag, "src");
        const isJsonLd = type === SCRIPT_JSON_LD && src === undefined && tag.attributes.length === 1;
        const isSearch = file === "search/index.html" && type === "module" && src === "/assets/search.js" && tag.attributes.length === 2;
        const isSearchData = file === "search/index.html" && type === "application/json" && attribute(tag, "id") === "search-data" && src === undefined && tag.attributes.length === 2;
        const isListFilter = type === "module" && src === "/assets/lists.js" && tag.attributes.length === 2;
        const isToday = file === "on-this-day/index.html" && type === "module" && src === "/assets/on-this-day.js" && tag.attributes.length === 2;
        expect(isJsonLd || isSearch || isSearchData || isListFilter || isToday, `${file}: <script ${JSON.stringify(tag.attributes)}>`).toBe(true);
      }
      expect(tags.filter((t) => t.name === "script" && !t.closing && attribute(t, "type") === SCRIPT_JSON_LD).length, file).toBeLessThanOrEqual(1);
    }
    expect(pages.some(({ tags }) => tags.some((t) => attribute(t, "type") === "module"))).toBe(true);
  });

  it("every JSON-LD block parses as JSON and cannot close its element", () => {
    let blocks = 0;
    for (const { file, tags } of pages) {
      for (const tag of tags.filter((t) => t.name === "script" && attribute(t, "type") === SCRIPT_JSON_LD)) {
        blocks++;
        expect(tag.content, file).not.toMatch(/<\/script/i);
        expect(tag.content, file).not.toMatch(/<!--/);
        expect(() => JSON.parse(tag.content ?? ""), file).not.toThrow();
      }
    }
    expect(blocks).toBe(records.length);
  });

  it("the JSON-LD block of the title holding </script> parses, with the title as written", () => {
    const record = recordOf("2023-04-02-script-close-title.md");
    const html = pageOf(record?.url ?? "");
    const blocks = scanTags(html).filter((t) => t.name === "script" && attribute(t, "type") === SCRIPT_JSON_LD);
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]?.content ?? "");
    expect(data.headline).toBe("Closing </script><script>alert('ld')</script> the JSON-LD block");
    expect(html).toContain("<h1>Closing &lt;/script&gt;&lt;script&gt;alert(&#39;ld&#39;)&lt;/script&gt; the JSON-LD block</h1>");
  });

  it("no element carries an event handler attribute (on…=)", () => {
    for (const { file, tags } of pages) {
      for (const tag of tags) {
        const handlers = tag.attributes.filter(([name]) => name.startsWith("on"));
        expect(handlers, `${file}: <${tag.name}>`).toEqual([]);
      }
    }
  });

  it("no link, image, form or frame leads to a javascript:, vbscript: or data: address", () => {
    const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset", "ping", "manifest"]);
    let checked = 0;
    for (const { file, tags } of pages) {
      for (const tag of tags) {
        for (const [name, value] of tag.attributes) {
          if (!URL_ATTRIBUTES.has(name)) continue;
          checked++;
          expect(["javascript", "vbscript", "data", "livescript"], `${file}: <${tag.name} ${name}="${value}">`).not.toContain(urlScheme(value));
        }
        if (tag.name === "meta" && attribute(tag, "http-equiv") !== undefined) {
          expect(attribute(tag, "http-equiv"), file).toBe("Content-Security-Policy");
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("no page embeds a frame, object, style sheet or base address from an article", () => {
    const forbidden = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "template", "portal"]);
    for (const { file, tags: all } of pages) {
      const tags = all.filter((t) => !t.closing);
      expect(tags.filter((t) => forbidden.has(t.name)).map((t) => t.name), file).toEqual([]);
      for (const tag of tags.filter((t) => t.name === "form")) expect(attribute(tag, "action"), file).toMatch(/^\/[^/]/);
      for (const tag of tags.filter((t) => t.name === "link")) expect(attribute(tag, "href"), file).toMatch(/^(?:\/[^/]|http:\/\/localhost:8080\/)/);
      for (const tag of tags) expect(attribute(tag, "style"), `${file}: <${tag.name} style>`).toBeUndefined();
    }
  });

  it("titles, summaries, sources, places and topics that are markup are shown as text", () => {
    const script = pageOf(recordOf("2023-04-01-script-title.md")?.url ?? "");
    expect(script).toContain("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Script in the title</h1>");
    const fields = pageOf(recordOf("2023-04-08-hostile-source-dateline.md")?.url ?? "");
    expect(fields).toContain("&lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;");
    expect(fields).toContain("&lt;img src=x onerror=alert(&#39;place&#39;)&gt;");
    const topics = pageOf(recordOf("2023-04-09-hostile-topics.md")?.url ?? "");
    expect(topics).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(readText(build.output, "topics/index.html")).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(readText(build.output, "sources/index.html")).toContain("&lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;");
  });

  it("embedded HTML (iframe, style, object, svg, form) in Markdown is shown as text or dropped, never kept as markup", () => {
    const html = pageOf(recordOf("2023-04-05-iframe-style-object.md")?.url ?? "");
    expect(html).toContain('<p>&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</p>');
    expect(html).toContain('&lt;object data="https://evil.example/x.swf"&gt;');
    expect(html).toContain("&lt;style&gt;body { display: none }&lt;/style&gt;");
    const pointingAway = scanTags(html).filter((t) => t.attributes.some(([, value]) => value.includes("evil.example")));
    expect(pointingAway.map((t) => t.name)).toEqual([]);
  });

  it("template syntax in title, summary and text is shown as written, never run", () => {
    const html = pageOf(recordOf("2023-04-04-template-syntax.md")?.url ?? "");
    expect(html).toContain("<h1>{{ 7 * 7 }} and {% raw %}template{% endraw %} syntax</h1>");
    expect(html).toContain("This text tries {{ 7 * 7 }}, {{ page.url }} and {% include 'x' %}{% if true %}templating{% endif %}.");
    expect(html).toContain("{%- for x in collections.all -%}{{ x.url }}{%- endfor -%}");
    expect(html).not.toMatch(/\b49\b/);
  });

  it("the file reached by a symbolic link out of the articles folder is published nowhere", () => {
    const secret = readFileSync(outsideFile, "utf8");
    expect(secret).toContain("It must not be published.");
    for (const file of listFiles(build.output).filter((f) => !f.startsWith("pagefind/"))) {
      expect(readText(build.output, file), file).not.toContain("A secret outside the articles folder");
    }
  });

  it("no page holds a NUL byte or a carriage return", () => {
    for (const { file, html } of pages) {
      expect(html.includes("\u0000"), file).toBe(false);
      expect(html.includes("\r"), file).toBe(false);
    }
  });
});

describe.runIf(buggy.some((e) => Array.isArray(e.bug?.expected)))("open bugs: what each buggy file should be reported as", () => {
  const problemsWanted = buggy.filter((e) => Array.isArray(e.bug?.expected));

  it.each(problemsWanted.map((e) => [e.file, e] as const))("%s: reported once, clearly", (file, e) => {
    const want = e.bug?.expected;
    if (!Array.isArray(want)) throw new Error("no expected problems");
    const got = reportedFor(file);
    expect(got.map(({ field, severity }) => ({ field, severity }))).toEqual(want.map(({ field, severity }) => ({ field, severity })));
    want.forEach((w, i) => {
      if (w.message !== undefined) expect(got[i]?.message).toBe(w.message);
      expect(got[i]?.message).not.toContain('""');
    });
  });

});

describe("regressions: bugs this suite found, fixed", () => {
  it("date-year-0000-offset.md, date-year-9999-offset.md: every article's URL is /YYYY/MM/DD/slug/, on the site", () => {
    for (const r of records) expect(r.url, r.sourceFile).toMatch(ARTICLE_URL);
  });

  it("2023-04-22-empty-dateline-place.md: no place with an empty name is made", () => {
    for (const r of records) expect(r.dateline?.placeName ?? r.dateline?.place ?? "x", r.sourceFile).not.toBe("");
  });

  it("2023-04-15-deep-nesting.md: deeply nested Markdown loses no text silently", () => {
    const file = "2023-04-15-deep-nesting.md";
    const html = pageOf(recordOf(file)?.url ?? "");
    const kept = html.includes("Deep quote.") && html.includes("level 299") && html.includes("[[[[[[[[");
    const reported = report.problems.some((p) => p.file === file);
    expect(kept || reported).toBe(true);
  });

  it("Atom feeds carry titles and summaries as text, so markup in them never reaches a feed reader as HTML", () => {
    for (const feed of listFiles(build.output).filter((f) => f.endsWith("feed.xml"))) {
      const xml = readText(build.output, feed);
      for (const [, type, body] of xml.matchAll(/<(?:title|summary)(?: type="(\w+)")?>([\s\S]*?)<\/(?:title|summary)>/g)) {
        const text = (body ?? "").replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
        if (type === "html") expect(text, `${feed}: ${text.slice(0, 80)}`).not.toMatch(/<\s*(?:script|img|iframe|svg)\b/i);
      }
    }
  });
});

describe.runIf(buggy.length > 0)("open bugs: the buggy files today", () => {
  it.each(buggy.map((e) => [e.file, e] as const))("%s: builds or not as expected, and every problem it gets names the right field", (file, e) => {
    expect(recordOf(file) !== undefined).toBe(e.builds);
    const fields = new Set(Array.isArray(e.bug?.expected) ? e.bug.expected.map((p) => p.field) : []);
    for (const p of reportedFor(file)) expect(fields.has(p.field), `${file}: ${p.field}`).toBe(true);
  });
});

describe("the tag scanner these checks rely on", () => {
  it("sees markup as a browser does, and escaped text as text", () => {
    expect(scanTags("&lt;script&gt;alert(1)&lt;/script&gt; <!-- <script> -->")).toEqual([]);
    const [img] = scanTags("<img src=x onerror=alert(1)>");
    expect(img?.attributes).toEqual([["src", "x"], ["onerror", "alert(1)"]]);
    const [link] = scanTags('<a title="a > b" href="&#106;ava&#x73;cript&colon;alert(1)">');
    expect(urlScheme(attribute(link!, "href") ?? "")).toBe("javascript");
    expect(urlScheme(" java\tscript:alert(1)")).toBe("javascript");
    const [script] = scanTags('<script type="application/ld+json">{"a":"<b>"}</script><p>');
    expect(script?.content).toBe('{"a":"<b>"}');
    expect(scanTags("<SCRIPT SRC=//x></SCRIPT>").map((t) => [t.name, t.closing])).toEqual([["script", false], ["script", true]]);
  });
});
