import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/front-matter.ts";
import { importArticle, type ImportedArticle, type ImportOptions, type ImportResult, type InputKind } from "../../src/import/import-article.ts";
import { getNormalizeContext } from "../../src/load.ts";
import type { NormalizeContext } from "../../src/normalize-article.ts";
import { ASIA_PACIFIC, FRONTIER, fixtureBytes, HYPIXEL, RNA, SINA, UNDATED_PAGE, type PageFixture } from "./fixtures.ts";

const NOW = new Date("2024-05-06T07:08:09.123Z");
let context: NormalizeContext;
beforeAll(() => {
  context = getNormalizeContext();
});

function run(name: string, content: string | Uint8Array, options: Partial<ImportOptions> = {}, kind?: InputKind): ImportResult {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  const inferred = kind ?? (name.endsWith(".txt") ? "txt" : name.endsWith(".md") ? "md" : "html");
  return importArticle({ name, bytes, kind: inferred }, { now: NOW, zone: "UTC", ...options }, context);
}

function imported(result: ImportResult): ImportedArticle {
  if (!result.ok) throw new Error(`expected an article, got: ${result.reason}`);
  return result.article;
}

const finding = (article: ImportedArticle, field: string) => article.findings.find((f) => f.field === field);
const frontMatter = (article: ImportedArticle) => {
  const read = readFrontMatter(article.fileText);
  if (!read.ok) throw new Error(read.reason);
  return { data: read.data, body: read.body };
};
const importFixture = (fixture: PageFixture, options: Partial<ImportOptions> = {}) => imported(run(fixture.file, fixtureBytes(fixture), { knownUrl: fixture.url, ...options }));

describe("importArticle: real saved pages", () => {
  it.each([
    // page, title, day, the date's source, url, language
    [SINA, "9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結", "2020-01-21", "JSON-LD datePublished", SINA.url, null],
    [FRONTIER, "Two newborns die for ‘want of oxygen’ at Bhakkar hospital", "2020-03-01", "article:published_time", FRONTIER.url, "en-US"],
    [RNA, "Young leaders from Canada, Fiji, Pakistan, Uganda win Commonwealth Youth Awards 2020", "2020-03-11", "the date under the headline", RNA.url, "en-US"],
    [ASIA_PACIFIC, "Australian 'megablaze' brought under control", "2020-01-13", "the address (link rel=canonical)", "https://www.news24.com/World/News/australian-megablaze-brought-under-control-20200113", "en"],
    [HYPIXEL, "What? Where'd it go?", "2020-03-18", "<time datetime> under the headline", HYPIXEL.url, "en-US"],
  ])("$file: title, date, address and language, each with where it came from", (fixture, title, day, dateFrom, url, language) => {
    const article = importFixture(fixture);
    const { data } = frontMatter(article);
    expect(data.title).toBe(title);
    expect(article.day).toBe(day);
    expect(String(data.date).slice(0, 10)).toBe(day);
    expect(finding(article, "date")?.from?.startsWith(dateFrom)).toBe(true);
    expect(data.url).toBe(url);
    expect(data.language).toBe(language ?? undefined);
    expect(data.archived).toBe("2024-05-06T07:08:09Z");
    expect(article.relativePath).toBe(`${day.slice(0, 4)}/${day.slice(5, 7)}/${article.normalized.slugBase}.md`);
  });

  it("reads a JSON-LD page's author and publisher, and says where each came from", () => {
    const article = importFixture(SINA);
    expect(frontMatter(article).data).toMatchObject({ author: "北京新浪網", source: "新浪台灣" });
    expect(finding(article, "author")?.from).toBe("JSON-LD author");
    expect(finding(article, "source")?.from).toMatch(/^JSON-LD publisher\.name/);
    expect(finding(article, "title")?.from).toBe("JSON-LD headline");
  });

  it("takes the title from og:title without the site's name, and the source from og:site_name", () => {
    const article = importFixture(FRONTIER);
    expect(finding(article, "title")?.from).toBe("og:title, without the site's name");
    expect(frontMatter(article).data.source).toBe("The Frontier Post");
    expect(article.warnings.some((w) => w.includes("unknown agency"))).toBe(true);
  });

  it.each([
    [FRONTIER, ["Advertise with Us", "Arts & Literature", "Contact Us", "Recent Posts", "Afganistan"], "BHAKKAR: In what was blamed on negligence"],
    [RNA, ["Leave a Reply", "logged in", "Company Profile", "Newsflash", "Theme by HappyThemes", "Search for"], "Kigali: Four outstanding young people"],
  ])("keeps the navigation and comment form of $file out of the text", (fixture, furniture, opening) => {
    const { body } = frontMatter(importFixture(fixture));
    expect(body.trim().split("\n\n").slice(0, 2).join(" ")).toContain(opening);
    for (const text of furniture) expect(body).not.toContain(text);
  });

  it("writes nothing it did not find: no empty fields", () => {
    const { data } = frontMatter(importFixture(RNA));
    // The story opens "Kigali: Four outstanding young people…": a place and a colon, its dateline.
    expect(Object.keys(data)).toEqual(["title", "date", "dateline", "url", "language", "archived"]);
    expect(data.dateline).toBe("Kigali:");
    expect(Object.values(data).every((value) => value !== "" && value !== null)).toBe(true);
  });
});

describe("importArticle: dates", () => {
  it("refuses a page with no date anywhere, naming the file and the way out", () => {
    const result = run("saved/quake.html", UNDATED_PAGE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain("saved/quake.html");
    expect(result.reason).toContain("--date");
    expect(result.findings.find((f) => f.field === "date")?.value).toBeNull();
  });

  it("takes --date for a page with none", () => {
    const article = imported(run("saved/quake.html", UNDATED_PAGE, { date: "2023-09-21" }));
    expect(frontMatter(article).data.date).toBe("2023-09-21");
    expect(finding(article, "date")).toMatchObject({ value: "2023-09-21", from: "--date" });
  });

  it("puts --date over the page's own date, and says which date it passed over", () => {
    const article = importFixture(FRONTIER, { date: "March 2, 2020" });
    expect(frontMatter(article).data.date).toBe("2020-03-02");
    expect(finding(article, "date")?.note).toContain("2020-03-01 (article:published_time)");
  });

  it("takes a date from the file name of a page with none", () => {
    const article = imported(run("2023-09-21-quake.html", UNDATED_PAGE));
    expect(finding(article, "date")).toMatchObject({ value: "2023-09-21", from: "the file name" });
  });

  const utcPage = (dateline: string) => `<!doctype html><html><head><title>Silvia Pinal</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Tenemos Silvia Pinal para rato","datePublished":"2020-02-18T02:18:11Z"}</script>
    <link rel="canonical" href="https://laopinion.com/2020/02/17/tenemos-silvia-pinal-para-rato/"></head>
    <body><article><h1>Tenemos Silvia Pinal para rato</h1><p>${dateline}La actriz Silvia Pinal se encuentra bien de salud, dijo su hija Alejandra Guzmán a la prensa en la capital mexicana el lunes por la noche.</p></article></body></html>`;

  it("files a UTC timestamp one day off the page's address on the address's day: the site's own", () => {
    const article = imported(run("pinal.html", utcPage("")));
    expect(article.day).toBe("2020-02-17");
    expect(frontMatter(article).data.date).toBe("2020-02-17");
  });

  it("keeps the UTC timestamp when a dateline names the zone, and the build files it on the local day", () => {
    const article = imported(run("pinal.html", utcPage("LOS ANGELES – ")));
    expect(frontMatter(article).data.date).toBe("2020-02-18T02:18:11Z");
    expect(article.day).toBe("2020-02-17");
    expect(frontMatter(article).data.dateline).toBe("LOS ANGELES –");
  });
});

describe("importArticle: the publisher's day for a UTC timestamp", () => {
  const page = (time: string, canonical: string, lang: string, extraHead = "") => `<!doctype html><html lang="${lang}"><head><title>Quake hits central Chile</title>
    <meta property="article:published_time" content="${time}"><link rel="canonical" href="${canonical}">${extraHead}</head>
    <body><article><h1>Quake hits central Chile</h1><p>${"A strong earthquake shook central Chile on the night, officials said, and no damage was reported. ".repeat(4)}</p></article></body></html>`;

  it.each([
    // published_time, address, lang, day, why
    ["2020-03-16T23:30:00Z", "https://www.repubblica.it/esteri/terremoto", "it", "2020-03-17", "Rome: half past midnight the next day"],
    ["2020-01-22T03:10:00+00:00", "https://www.cbc.ca/news/world/quake", "en", "2020-01-21", "Ottawa: ten past ten the evening before"],
    ["2020-01-22T03:10:00Z", "https://example.com/news/quake", "en-US", "2020-01-21", "New York, from the page's language tag"],
    ["2020-01-22T03:10:00Z", "https://example.com/news/quake", "ro-RO", "2020-01-22", "Bucharest: five past five the same day"],
    ["2020-01-22T03:10:00Z", "https://example.com/news/quake", "en", "2020-01-22", "English alone names no zone: UTC's day"],
  ])("%s at %s (%s) → %s: %s", (time, canonical, lang, day, _why) => {
    const article = imported(run("quake.html", page(time, canonical, lang)));
    expect(article.day).toBe(day);
    expect(article.normalized.date.day).toBe(day);
  });

  it("says which zone it took and why", () => {
    const article = imported(run("quake.html", page("2020-03-16T23:30:00Z", "https://www.repubblica.it/esteri/terremoto", "it")));
    expect(frontMatter(article).data.date).toBe("2020-03-17T00:30:00+01:00");
    expect(finding(article, "date")?.from).toContain("Europe/Rome");
    expect(finding(article, "date")?.from).toContain(".it");
  });

  it("does not take WordPress's default en-US for the United States", () => {
    const wordpress = page("2020-01-22T03:10:00Z", "https://example.com/news/quake", "en-US", `<meta name="generator" content="WordPress 5.3.2">`);
    expect(imported(run("quake.html", wordpress)).day).toBe("2020-01-22");
  });
});

describe("importArticle: source, dateline and topics", () => {
  it("resolves the publisher with the agency registry and reads the dateline from the text's opening", () => {
    const article = imported(run("quake.html", UNDATED_PAGE, { date: "2023-09-21" }));
    expect(frontMatter(article).data).toMatchObject({ source: "Reuters", dateline: "SANTIAGO (Reuters) -" });
    expect(article.normalized.dateline?.place).toMatchObject({ name: "Santiago", country: "Chile" });
    expect(article.warnings).toEqual([]);
  });

  it("takes --source over the page's publisher, resolved by its alias", () => {
    const article = imported(run("quake.html", UNDATED_PAGE, { date: "2023-09-21", source: "itar-tass" }));
    expect(frontMatter(article).data.source).toBe("TASS");
  });

  it("takes a page's article:tag metas as topics, and --topics instead of them", () => {
    const tagged = UNDATED_PAGE.replace("</head>", `<meta property="article:tag" content="Chile"><meta property="article:tag" content="Earthquakes"><meta property="article:tag" content="Quake hits central Chile"></head>`);
    expect(frontMatter(imported(run("quake.html", tagged, { date: "2023-09-21" }))).data.topics).toEqual(["Chile", "Earthquakes"]);
    expect(frontMatter(imported(run("quake.html", tagged, { date: "2023-09-21", topics: ["Disasters"] }))).data.topics).toEqual(["Disasters"]);
  });

  it("leaves topics out when the page names none: the build detects them from the text", () => {
    expect(frontMatter(imported(run("quake.html", UNDATED_PAGE, { date: "2023-09-21" }))).data.topics).toBeUndefined();
  });
});

describe("importArticle: texts and Markdown files", () => {
  const SEED_NAME = "2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh.txt";
  const seed = readFileSync(path.resolve(import.meta.dirname, "../fixtures/seed", SEED_NAME));

  it("reads a .txt file as the build does: title line, date from the file name, dateline, menu lines dropped", () => {
    const article = imported(run(SEED_NAME, seed));
    const { data, body } = frontMatter(article);
    expect(data).toMatchObject({ title: "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh", date: "2023-09-21", source: "Tasnim News Agency", dateline: "TEHRAN (Tasnim) –" });
    expect(body.trim().startsWith("TEHRAN (Tasnim) – Russian President")).toBe(true);
    expect(body).not.toContain("Most Visited in Other Media");
    expect(body.trim().split("\n\n")).toHaveLength(7);
  });

  it("refuses a .txt file with no date in its name or front matter, and takes --date", () => {
    expect(run("putin.txt", seed).ok).toBe(false);
    expect(frontMatter(imported(run("putin.txt", seed, { date: "2023-09-21" }))).data.date).toBe("2023-09-21");
  });

  it("keeps a Markdown file's front matter, normalized, and fills what is missing", () => {
    const md = `---\ntitle: "  Quake   hits Chile "\ndate: September 21, 2023\nsource: reuters\ntags: "Chile, Earthquakes"\nsummary: A strong quake.\nslug: chile-quake\n---\n\nSANTIAGO, Sept 21 (Reuters) - A strong earthquake hit central Chile on Thursday, the country's emergency service said.\n`;
    const article = imported(run("story.md", md));
    const { data } = frontMatter(article);
    expect(data).toEqual({
      title: "Quake hits Chile",
      date: "2023-09-21",
      source: "Reuters",
      dateline: "SANTIAGO, Sept 21 (Reuters) -",
      archived: "2024-05-06T07:08:09Z",
      topics: ["Chile", "Earthquakes"],
      summary: "A strong quake.",
      slug: "chile-quake",
    });
    expect(article.relativePath).toBe("2023/09/chile-quake.md");
  });

  it("refuses a Markdown file whose date cannot be read, saying so, unless --date gives one", () => {
    const md = "---\ntitle: Quake\ndate: someday soon\n---\nText.\n";
    const result = run("2023-09-21-quake.md", md);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('front matter date "someday soon" is not a date');
    expect(frontMatter(imported(run("quake.md", md, { date: "2023-09-21" }))).data.date).toBe("2023-09-21");
  });

  it("takes a Markdown file's title from its leading # heading when the front matter has none", () => {
    const article = imported(run("2023-09-22-note.md", "# A heading title\n\nThe text of the note, long enough to read.\n"));
    expect(frontMatter(article).data.title).toBe("A heading title");
    expect(frontMatter(article).body).not.toContain("# A heading title");
  });

  it("writes YAML that reads back as written, whatever the title holds", () => {
    for (const title of ['Yes: "no" #1', "1984", "- a dash", "null", "{braces} & [brackets]"]) {
      const md = `---\ntitle: ${JSON.stringify(title)}\ndate: 2023-09-21\n---\nText.\n`;
      expect(frontMatter(imported(run("t.md", md))).data.title).toBe(title);
    }
  });
});
