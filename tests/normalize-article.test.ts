import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { getNormalizeContext, loadArticles } from "../src/load.ts";
import { isHttpUrl, normalizeArticle, type NormalizeContext, type NormalizeResult, type NormalizedArticle } from "../src/normalize-article.ts";
import type { SourceFile } from "../src/types.ts";
import { temporaryFolder } from "./support/articles.ts";

const SEED_NAME = "2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh.txt";
const SEED_PATH = fileURLToPath(new URL(`./fixtures/seed/${SEED_NAME}`, import.meta.url));
const SEED_TITLE = "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh";
const MENU_LINES = ["Most Visited in Other Media", "Top Other Media stories", "Top Stories"];

let context: NormalizeContext;
beforeAll(() => {
  context = getNormalizeContext();
});

function normalize(filePath: string, text: string, folderData: Record<string, unknown> = {}): NormalizeResult {
  const format = filePath.endsWith(".txt") ? "txt" : "md";
  const file: SourceFile = { path: filePath, format, text, folderData };
  return normalizeArticle(file, context);
}

function article(result: NormalizeResult): NormalizedArticle {
  if (!result.article) throw new Error(`expected an article, got problems: ${JSON.stringify(result.problems)}`);
  return result.article;
}

const md = (fields: string, body = "The story.") => `---\n${fields}\n---\n${body}`;

describe("the seed article", () => {
  const check = (seed: NormalizedArticle) => {
    expect(seed.title).toBe(SEED_TITLE);
    expect(seed.date.day).toBe("2023-09-21");
    expect(seed.source).toMatchObject({ name: "Tasnim News Agency", slug: "tasnim", known: true });
    expect(seed.citedSources.map((agency) => agency.name)).toEqual(["TASS"]);
    expect(seed.dateline).toMatchObject({ raw: "TEHRAN (Tasnim) –", placeName: "Tehran", agencyText: "Tasnim" });
    expect(seed.dateline?.place).toMatchObject({ name: "Tehran", country: "Iran", timeZone: "Asia/Tehran", known: true });
    expect(seed.topics.map((topic) => topic.name)).toEqual(expect.arrayContaining(["Nagorno-Karabakh", "Azerbaijan", "Armenia", "Russia"]));
    expect(seed.slugBase).toBe("putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh");
    for (const line of MENU_LINES) {
      expect(seed.plainText).not.toContain(line);
      expect(seed.bodyHtml).not.toContain(line);
    }
    expect(seed.plainText.startsWith("TEHRAN (Tasnim) – Russian President Vladimir Putin")).toBe(true);
    expect(seed.plainText.endsWith('in the Azerbaijani city of Yevlakh "to discuss reintegration issues."')).toBe(true);
    expect(seed.plainText).not.toContain(SEED_TITLE);
    expect(seed.plainText.split("\n\n")).toHaveLength(7);
  };

  it("normalizes from its text alone, with no problems", () => {
    const result = normalize(SEED_NAME, readFileSync(SEED_PATH, "utf8"));
    check(article(result));
    expect(result.problems).toEqual([]);
  });

  it.each([
    ["as saved", (text: string) => text],
    ["with a UTF-8 byte order mark", (text: string) => `\ufeff${text}`],
    ["with CRLF line ends", (text: string) => text.replace(/\n/g, "\r\n")],
    ["with a byte order mark and CRLF line ends", (text: string) => `\ufeff${text.replace(/\n/g, "\r\n")}`],
  ])("normalizes the same %s, read from a folder whose data file says {\"source\": \"Tasnim\"}", (_how, transform) => {
    const folder = temporaryFolder();
    try {
      const articles = path.join(folder.dir, "articles");
      mkdirSync(path.join(articles, "tasnim"), { recursive: true });
      writeFileSync(path.join(articles, "tasnim", "tasnim.11tydata.json"), '{"source": "Tasnim"}');
      writeFileSync(path.join(articles, "tasnim", SEED_NAME), transform(readFileSync(SEED_PATH, "utf8")));
      const loaded = loadArticles({ articlesDir: articles });
      expect(loaded.problems).toEqual([]);
      expect(loaded.articles).toHaveLength(1);
      check(loaded.articles[0] as NormalizedArticle);
    } finally {
      folder.remove();
    }
  });
});

describe("problems, as values", () => {
  it.each([
    ["a missing title (Markdown)", "2023-09-21-x.md", md("date: 2023-09-21"), {}, "title", /missing: add `title:`/],
    ["a missing title (text file of blank lines)", "2023-09-21-x.txt", "\n\n\n", {}, "title", /missing: the file has no text/],
    ["Markdown without front matter (no title)", "2023-09-21-x.md", "Just a paragraph.", {}, "title", /missing/],
    ["a missing date", "putin-aliyev.md", md("title: Putin, Aliyev"), {}, "date", /missing: add `date:`.*YYYY-MM-DD-/],
    ["an impossible date", "putin-aliyev.md", md("title: Putin, Aliyev\ndate: 2023-02-30"), {}, "date", /"2023-02-30" is not a real date/],
    ["an impossible date in the file name", "2023-02-30-putin-aliyev.md", md("title: Putin, Aliyev"), {}, "file name", /not a real date/],
    ["an impossible date in the folder's data", "putin-aliyev.md", md("title: Putin, Aliyev"), { date: "2023-02-30" }, "date", /not a real date/],
    ["a date that is not a date", "putin-aliyev.md", md("title: Putin, Aliyev\ndate: last Thursday"), {}, "date", /not a date this archive reads/],
    ["invalid YAML front matter", "2023-09-21-x.md", md("title: [Putin, Aliyev"), {}, "front matter", /not valid YAML/],
    ["a !!js/function tag", "2023-09-21-x.md", md("title: !!js/function 'function () { return 1 }'"), {}, "front matter", /not valid YAML/],
    ["front matter that never ends", "2023-09-21-x.md", "---\ntitle: x\nThe story.", {}, "front matter", /never ends/],
    [
      "a YAML alias bomb",
      "2023-09-21-x.md",
      md(["title: Boom", "a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]"].join("\n")),
      {},
      "front matter",
      /could not be read/,
    ],
  ])("%s is an error and no article", (_what, filePath, text, folderData, field, message) => {
    const result = normalize(filePath, text, folderData);
    expect(result.article).toBeNull();
    expect(result.problems).toEqual([{ file: filePath, field, severity: "error", message: expect.stringMatching(message) }]);
  });

  it.each([
    ["an unknown agency", md("title: T\ndate: 2023-09-21\nsource: Daily Planet"), "source", /unknown agency "Daily Planet": kept as written/],
    ["an unknown agency in the dateline", md("title: T\ndate: 2023-09-21", "TEHRAN (Kayhan) – The story."), "dateline", /unknown agency "Kayhan"/],
    ["an unknown place in the dateline", md("title: T\ndate: 2023-09-21", "XYZZYVILLE, March 3 - The story."), "dateline", /unknown place "XYZZYVILLE"/],
    ["an unknown place in front matter", md("title: T\ndate: 2023-09-21\ndateline: XYZZYVILLE"), "dateline", /unknown place "XYZZYVILLE"/],
    ["a javascript: url", md("title: T\ndate: 2023-09-21\nurl: javascript:alert(1)"), "url", /"javascript:alert\(1\)" is not an http\(s\) address; kept out/],
    ["a relative url", md("title: T\ndate: 2023-09-21\nurl: /en/news/1"), "url", /not an http\(s\) address/],
    ["an unreadable archived date", md("title: T\ndate: 2023-09-21\narchived: someday"), "archived", /"someday" is not a date.*ignored/],
    ["a field of the wrong shape", md("title: T\ndate: 2023-09-21\nsummary: [a, b]"), "summary", /wrong shape.*ignored/],
    ["a bad language code", md("title: T\ndate: 2023-09-21\nlanguage: english"), "language", /not a language code.*ignored/],
    ["a bad slug", md("title: T\ndate: 2023-09-21\nslug: Putin Aliyev"), "slug", /lower-case.*ignored/],
  ])("%s is a warning, and the article is still built", (_what, text, field, message) => {
    const result = normalize("story.md", text);
    expect(result.article).not.toBeNull();
    expect(result.problems).toEqual([{ file: "story.md", field, severity: "warning", message: expect.stringMatching(message) }]);
  });

  it("keeps an unknown agency as written", () => {
    const result = article(normalize("story.md", md("title: T\ndate: 2023-09-21\nsource: Daily Planet")));
    expect(result.source).toEqual({ name: "Daily Planet", shortName: "Daily Planet", slug: "daily-planet", homepage: null, known: false });
  });

  it("keeps an unknown place as written, without country or time zone", () => {
    const result = article(normalize("story.md", md("title: T\ndate: 2023-09-21", "XYZZYVILLE, March 3 - The story.")));
    expect(result.dateline?.place).toMatchObject({ name: "Xyzzyville", country: null, timeZone: null, known: false });
  });

  it("never keeps a javascript: url", () => {
    expect(article(normalize("story.md", md("title: T\ndate: 2023-09-21\nurl: javascript:alert(1)"))).originalUrl).toBeNull();
  });

  it("names the folder's data file when a bad value comes from it", () => {
    const result = normalize("2023-09-21-x.md", md("title: T"), { language: "english" });
    expect(result.problems).toEqual([
      { file: "2023-09-21-x.md", field: "language", severity: "warning", message: expect.stringMatching(/^\(from the folder's data file\) /) },
    ]);
  });
});

describe("where each field comes from", () => {
  it.each([
    ["the front matter's title over the first line", "2023-09-21-x.txt", "---\ntitle: From Front Matter\n---\nFirst line\n\nSecond.", "From Front Matter"],
    ["the first line of a text file", "2023-09-21-x.txt", "COCA COLA <KO> UNIT AND WORLD FILM IN VENTURE\n\nNEW YORK, FEb 26 - Coca-Cola said.", "COCA COLA <KO> UNIT AND WORLD FILM IN VENTURE"],
    ["a title with its agency tag taken off", "2023-09-21-x.md", md("title: Quake hits Chile (AP)"), "Quake hits Chile"],
    ["a title with an unknown tag kept whole", "2023-09-21-x.md", md("title: Quake hits Chile (Daily Planet)"), "Quake hits Chile (Daily Planet)"],
    ["a numeric title", "2023-09-21-x.md", md("title: 1984"), "1984"],
    ["a title with runs of spaces", "2023-09-21-x.md", md('title: "Putin,   Aliyev  Talk "'), "Putin, Aliyev Talk"],
  ])("title: %s", (_what, filePath, text, title) => {
    expect(article(normalize(filePath, text)).title).toBe(title);
  });

  it.each([
    ["front matter", "2023-09-21-x.md", md("title: T\ndate: 2023-09-20"), {}, "2023-09-20"],
    ["the folder's data over the file name", "2023-09-21-x.md", md("title: T"), { date: "2023-09-19" }, "2023-09-19"],
    ["front matter over the folder's data", "2023-09-21-x.md", md("title: T\ndate: 2023-09-20"), { date: "2023-09-19" }, "2023-09-20"],
    ["the file name", "2023-09-21-x.md", md("title: T"), {}, "2023-09-21"],
    ["a Reuters time without offset, on the day written", "x.md", md("title: T\ndate: 1987-02-26 16:47:45", "NEW YORK, FEb 26 - Coca-Cola said."), {}, "1987-02-26"],
    ["a UTC time, on the day in the dateline's zone", "x.md", md("title: T\ndate: 2023-09-21T22:30:00Z", "TEHRAN (Tasnim) – The story."), {}, "2023-09-22"],
    ["a UTC time without a dateline, on the UTC day", "x.md", md("title: T\ndate: 2023-09-21T22:30:00Z"), {}, "2023-09-21"],
    ["a time with offset, on the day in the front matter dateline's zone", "x.md", md("title: T\ndate: 2023-09-21T01:00:00+03:30\ndateline: WASHINGTON"), {}, "2023-09-20"],
  ])("date: %s", (_what, filePath, text, folderData, day) => {
    expect(article(normalize(filePath, text, folderData)).date.day).toBe(day);
  });

  it.each([
    ["front matter over everything", md("title: T (AP)\ndate: 2023-09-21\nsource: Reuters", "TEHRAN (Tasnim) – The story."), { source: "Tasnim" }, "reuters"],
    ["the folder's data over the dateline", md("title: T\ndate: 2023-09-21", "WASHINGTON (AP) — The story."), { source: "Tasnim" }, "tasnim"],
    ["the dateline's agency", md("title: T\ndate: 2023-09-21", "WASHINGTON (AP) — The Senate voted."), {}, "ap"],
    ["a leading agency name", md("title: T\ndate: 2023-09-21", "Reuters - The Senate voted."), {}, "reuters"],
    ["the title's agency tag", md("title: Quake hits Chile (AP)\ndate: 2023-09-21"), {}, "ap"],
    ["the wire's sign-off", md("title: T\ndate: 2023-09-21", "LONDON, March 5 - Jaguar Plc said.\n\n REUTER"), {}, "reuters"],
    ["nothing at all", md("title: T\ndate: 2023-09-21", "LONDON, March 5 - Jaguar Plc said."), {}, null],
  ])("source: %s", (_what, text, folderData, slug) => {
    expect(article(normalize("story.md", text, folderData)).source?.slug ?? null).toBe(slug);
  });

  it.each([
    ["the opening of the story", md("title: T\ndate: 2023-09-21", "SAN FRANCISCO, Calif., March 3 - Shares rose."), "San Francisco", "San Francisco", "America/Los_Angeles"],
    ["a mixed-case dateline", md("title: T\ndate: 2023-09-21", "Caracas, feb 26 - venezuela is seeking flexibility."), "Caracas", "Caracas", "America/Caracas"],
    ["a region after the city", md("title: T\ndate: 2023-09-21", "RICHMOND, Va. Feb 26 - Qtly div eights cts vs 7.5 cts prior"), "Richmond", "Richmond", "America/New_York"],
    ["an old spelling", md("title: T\ndate: 2023-09-21", "PEKING, March 3 - China said."), "Peking", "Beijing", "Asia/Shanghai"],
    ["front matter over the opening", md("title: T\ndate: 2023-09-21\ndateline: Tehran, Iran", "LONDON, March 5 - Jaguar said."), "Tehran", "Tehran", "Asia/Tehran"],
  ])("dateline: %s", (_what, text, placeName, name, timeZone) => {
    const dateline = article(normalize("story.md", text)).dateline;
    expect(dateline?.placeName).toBe(placeName);
    expect(dateline?.place).toMatchObject({ name, timeZone });
  });

  it("has no dateline when the story opens with an ordinary sentence", () => {
    expect(article(normalize("story.md", md("title: T\ndate: 2023-09-21", "Prices rose - and then fell."))).dateline).toBeNull();
  });

  it.each([
    ["front matter slug", "2023-09-21-file-name.md", md("title: Some Title\nslug: chosen-slug"), "chosen-slug", true],
    ["the file name without its date", "2023-09-21-putin-aliyev.md", md("title: Some Title"), "putin-aliyev", false],
    ["a Reuters file name with its number", "1987/02/114-coca-cola-ko-unit.md", md("title: T\ndate: 1987-02-26"), "114-coca-cola-ko-unit", false],
    ["the title when the file name is generic", "2023-09-21-index.md", md("title: Hello World"), "hello-world", false],
    ["the title when the file name is only a date", "2023-09-21.md", md("title: Hello World"), "hello-world", false],
    ["the title when the file name has no Latin letters", "2023-09-21-中文.md", md("title: Hello World"), "hello-world", false],
  ])("slug: %s", (_what, filePath, text, slugBase, slugExplicit) => {
    expect(article(normalize(filePath, text))).toMatchObject({ slugBase, slugExplicit });
  });

  it.each([
    ["named topics, normalized and de-duplicated", 'topics: "Iran, nagorno karabakh"\ntags: ["#Iran", "Karabakh"]', "The story.", ["Iran", "Nagorno-Karabakh"]],
    ["Reuters category codes", 'topics: ["earn", "acq"]', "The story.", ["Earnings", "Acquisitions"]],
    ["named topics first, then those found in the text", "topics: [Oil]", "Iran said output would rise. Iran again.", ["Oil", "Iran"]],
  ])("topics: %s", (_what, fields, body, names) => {
    const result = article(normalize("2023-09-21-x.md", md(`title: T\n${fields}`, body)));
    expect(result.topics.map((topic) => topic.name)).toEqual(names);
  });

  it("reads the other fields", () => {
    const result = article(
      normalize(
        "2023-09-21-x.md",
        md(
          [
            "title: T",
            "author: [Ali Reza, Maryam]",
            "language: en",
            "summary: Leaders talk.",
            "url: https://www.tasnimnews.com/en/news/2023/09/21/2960000/putin",
            "archived: 2024-01-02T03:04:05Z",
          ].join("\n"),
        ),
      ),
    );
    expect(result).toMatchObject({
      author: "Ali Reza, Maryam",
      language: "en",
      summary: "Leaders talk.",
      originalUrl: "https://www.tasnimnews.com/en/news/2023/09/21/2960000/putin",
      archived: "2024-01-02T03:04:05Z",
    });
  });

  it("renders a text file's paragraphs as escaped HTML, without its sign-off", () => {
    const result = article(
      normalize("1987-03-05-jaguar.txt", "JAGUAR SEES STRONG GROWTH\n\nLONDON, March 5 - Jaguar Plc <JAGR.L> is about to sell its\nnew XJ-6 model.\n    Commenting on growth.\n REUTER...\n"),
    );
    expect(result.bodyHtml).toBe("<p>LONDON, March 5 - Jaguar Plc &lt;JAGR.L&gt; is about to sell its new XJ-6 model.</p>\n<p>Commenting on growth.</p>");
    expect(result.plainText).toBe("LONDON, March 5 - Jaguar Plc <JAGR.L> is about to sell its new XJ-6 model.\n\nCommenting on growth.");
    expect(result.wordCount).toBe(17);
  });

  it("drops a Markdown article's trailing sign-off and menu lines too", () => {
    const result = article(normalize("2023-09-21-x.md", md("title: T", "TEHRAN (Tasnim) – The story.\n\nMost Visited in Other Media\nTop Stories")));
    expect(result.plainText).toBe("TEHRAN (Tasnim) – The story.");
  });
});

describe("isHttpUrl", () => {
  it.each([
    ["https://www.tasnimnews.com/en", true],
    ["http://www.reuters.com/", true],
    ["HTTPS://EXAMPLE.COM", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["ftp://example.com/file", false],
    ["//example.com/x", false],
    ["/en/news/1", false],
    ["not a url", false],
  ])("%s → %s", (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});

describe("regression: a bad date in folder data falls back to the file name", () => {
  it("dates the article from its file name and warns about the folder's date", () => {
    const context = getNormalizeContext();
    const file: SourceFile = { path: "wire/2023-09-21-talks.txt", format: "txt", text: "Talks resume\n\nText.", folderData: { date: { year: 2023 } } };
    const result = normalizeArticle(file, context);
    expect(result.article?.date.day).toBe("2023-09-21");
    expect(result.problems).toContainEqual(expect.objectContaining({ field: "date", severity: "warning" }));
  });
});
