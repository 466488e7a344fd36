import { describe, expect, it } from "vitest";
import { articleUrl, assignUrls, compareStrings, indexArticles } from "../src/archive.ts";
import type { NormalizedArticle } from "../src/normalize-article.ts";
import { shortHash } from "../src/slug.ts";
import type { Problem } from "../src/types.ts";
import { LONDON, normalizedArticle, REUTERS, TASNIM, TASS, TEHRAN } from "./support/articles.ts";

/** URL of each article by its source file. */
function urlsOf(articles: readonly NormalizedArticle[], problems: Problem[] = []): Map<string, string> {
  const assigned = assignUrls(articles, problems);
  return new Map(articles.map((article) => [article.sourceFile, assigned.get(article)?.url ?? "missing"]));
}

const suffix = (sourceFile: string) => shortHash(sourceFile).slice(0, 6);

describe("articleUrl", () => {
  it.each([
    ["2023-09-21", "putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh", "/2023/09/21/putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/"],
    ["1987-02-26", "114-coca-cola-ko-unit-and-world-film-in-venture", "/1987/02/26/114-coca-cola-ko-unit-and-world-film-in-venture/"],
  ])("%s + %s → %s", (day, slug, url) => {
    expect(articleUrl(day, slug)).toBe(url);
  });
});

describe("assignUrls", () => {
  it("gives each article /YYYY/MM/DD/slug/ from its archive day and slug", () => {
    const articles = [
      normalizedArticle("tasnim/2023-09-21-putin-aliyev.txt", "2023-09-21"),
      normalizedArticle("reuters/1987/02/114-coca-cola.md", "1987-02-26 16:47:45"),
    ];
    const problems: Problem[] = [];
    expect([...urlsOf(articles, problems).values()]).toEqual(["/2023/09/21/putin-aliyev/", "/1987/02/26/114-coca-cola/"]);
    expect(problems).toEqual([]);
  });

  it.each([
    ["the same slug on different days", ["a/2023-09-21-talks.md", "2023-09-21"], ["b/2023-09-22-talks.md", "2023-09-22"]],
    ["different slugs on the same day", ["a/2023-09-21-talks.md", "2023-09-21"], ["b/2023-09-21-more-talks.md", "2023-09-21"]],
  ])("does not count %s as a collision", (_what, [fileA = "", dateA = ""], [fileB = "", dateB = ""]) => {
    const problems: Problem[] = [];
    const urls = urlsOf([normalizedArticle(fileA, dateA), normalizedArticle(fileB, dateB)], problems);
    expect(new Set(urls.values()).size).toBe(2);
    expect([...urls.values()].every((url) => !/-[0-9a-f]{6}\/$/.test(url))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("on a collision, the file whose path sorts first keeps the URL and the other gets a suffix from its own path, with a warning", () => {
    const first = normalizedArticle("reuters/2023-09-21-talks.md", "2023-09-21");
    const second = normalizedArticle("tasnim/2023-09-21-talks.txt", "2023-09-21T10:00:00");
    const problems: Problem[] = [];
    const urls = urlsOf([second, first], problems);
    expect(urls.get("reuters/2023-09-21-talks.md")).toBe("/2023/09/21/talks/");
    expect(urls.get("tasnim/2023-09-21-talks.txt")).toBe(`/2023/09/21/talks-${suffix("tasnim/2023-09-21-talks.txt")}/`);
    expect(problems).toEqual([
      {
        file: "tasnim/2023-09-21-talks.txt",
        field: "slug",
        severity: "warning",
        message: expect.stringMatching(/\/2023\/09\/21\/talks\/ already belongs to reuters\/2023-09-21-talks\.md.*set `slug:`/),
      },
    ]);
  });

  it("returns the suffixed slug along with the URL", () => {
    const a = normalizedArticle("a/2023-09-21-talks.md", "2023-09-21");
    const b = normalizedArticle("b/2023-09-21-talks.md", "2023-09-21");
    const assigned = assignUrls([a, b], []);
    expect(assigned.get(a)).toEqual({ url: "/2023/09/21/talks/", slug: "talks" });
    expect(assigned.get(b)).toEqual({ url: `/2023/09/21/talks-${suffix("b/2023-09-21-talks.md")}/`, slug: `talks-${suffix("b/2023-09-21-talks.md")}` });
  });

  it("reports a collision on every build: the ledger keeping an article's suffix does not silence it", () => {
    const a = normalizedArticle("a/2023-09-21-talks.md", "2023-09-21");
    const b = normalizedArticle("b/2023-09-21-talks.md", "2023-09-21");
    const first: Problem[] = [];
    const assigned = assignUrls([a, b], first);
    // The ledger as the first build leaves it; the second build reads it.
    const ledger = new Map([a, b].map((x) => [x.sourceFile, assigned.get(x)?.url ?? ""] as const));
    const second: Problem[] = [];
    const again = assignUrls([b, a], second, ledger);
    expect([again.get(a), again.get(b)]).toEqual([assigned.get(a), assigned.get(b)]);
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
    // Once the holder of the address has left, the suffix stays and nothing collides.
    const alone: Problem[] = [];
    expect(assignUrls([b], alone, ledger).get(b)).toEqual(assigned.get(b));
    expect(alone).toEqual([]);
  });

  it("gives every article of a three-way collision a distinct URL", () => {
    const files = ["a/2023-09-21-talks.md", "b/2023-09-21-talks.md", "c/2023-09-21-talks.md"];
    const urls = urlsOf(files.map((file) => normalizedArticle(file, "2023-09-21")));
    expect(new Set(urls.values()).size).toBe(3);
  });

  const archive = [
    normalizedArticle("a/2023-09-21-talks.md", "2023-09-21"),
    normalizedArticle("b/2023-09-21-talks.md", "2023-09-21"),
    normalizedArticle("c/2023-09-21-talks.md", "2023-09-21"),
    normalizedArticle("tasnim/2023-09-21-putin-aliyev.txt", "2023-09-21"),
    normalizedArticle("reuters/1987/02/114-coca-cola.md", "1987-02-26"),
    normalizedArticle("reuters/1987/02/137-venezuela.md", "1987-02-26"),
  ];
  const full = urlsOf(archive);

  it.each([
    ["an unrelated article is removed", ["reuters/1987/02/137-venezuela.md"]],
    ["several unrelated articles are removed", ["reuters/1987/02/137-venezuela.md", "tasnim/2023-09-21-putin-aliyev.txt"]],
    ["the middle article of a collision is removed", ["b/2023-09-21-talks.md"]],
  ])("keeps every other article's URL when %s", (_what, removed) => {
    const rest = archive.filter((article) => !removed.includes(article.sourceFile));
    for (const [file, url] of urlsOf(rest)) expect(url).toBe(full.get(file));
  });

  it("keeps every URL when unrelated articles are added", () => {
    const grown = [
      ...archive,
      normalizedArticle("afp/2023-09-21-other-story.md", "2023-09-21"),
      normalizedArticle("afp/2023-09-22-talks.md", "2023-09-22"),
      normalizedArticle("z/2023-09-21-talks.md", "2023-09-21"),
    ];
    const urls = urlsOf(grown);
    for (const [file, url] of full) expect(urls.get(file)).toBe(url);
  });

  it("gives the same URLs whatever order the articles come in", () => {
    expect(urlsOf([...archive].reverse())).toEqual(full);
  });
});

describe("indexArticles", () => {
  const normalized = [
    normalizedArticle("tasnim/2023-09-21-putin-aliyev.txt", "2023-09-21T10:00:00", {
      source: TASNIM,
      citedSources: [TASS],
      topics: ["Nagorno-Karabakh", "Azerbaijan", "Russia"],
      place: TEHRAN,
    }),
    normalizedArticle("tasnim/2023-09-20-karabakh-clashes.txt", "2023-09-20T08:00:00", { source: TASNIM, topics: ["Nagorno-Karabakh", "Armenia"], place: TEHRAN }),
    normalizedArticle("tasnim/2023-09-19-baku-measures.txt", "2023-09-19T08:00:00", { source: TASNIM, topics: ["Azerbaijan"], place: TEHRAN }),
    normalizedArticle("reuters/2023-08-01-oil.md", "2023-08-01T08:00:00", { source: REUTERS, citedSources: [TASS, TASNIM], topics: ["Russia"], place: LONDON }),
    normalizedArticle("reuters/1987/03/05-jaguar.md", "1987-03-05", { source: REUTERS, topics: ["earn"], place: LONDON }),
  ];
  const problems: Problem[] = [
    { file: "z.md", field: "date", message: "missing", severity: "error" },
    { file: "a.md", field: "url", message: "not http", severity: "warning" },
  ];
  const built = indexArticles(normalized, problems, ["x"]);
  const titles = (articles: readonly { sourceFile: string }[]) => articles.map((a) => a.sourceFile.split("/").pop());

  it("lists the articles newest first", () => {
    expect(titles(built.articles)).toEqual([
      "2023-09-21-putin-aliyev.txt",
      "2023-09-20-karabakh-clashes.txt",
      "2023-09-19-baku-measures.txt",
      "2023-08-01-oil.md",
      "05-jaguar.md",
    ]);
  });

  it("orders articles of the same instant by URL", () => {
    const same = indexArticles(
      [normalizedArticle("x/2023-09-21-zeta.md", "2023-09-21"), normalizedArticle("x/2023-09-21-alpha.md", "2023-09-21")],
      [],
      [],
    );
    expect(same.articles.map((a) => a.url)).toEqual(["/2023/09/21/alpha/", "/2023/09/21/zeta/"]);
  });

  it("gives articles their URLs and strips the normalization-only fields", () => {
    const first = built.articles[0];
    expect(first?.url).toBe("/2023/09/21/putin-aliyev/");
    expect(first?.slug).toBe("putin-aliyev");
    expect(first).not.toHaveProperty("slugBase");
    expect(first).not.toHaveProperty("slugExplicit");
    expect(first?.topics[0]).toEqual({ name: "Nagorno-Karabakh", slug: "nagorno-karabakh" });
  });

  it.each([
    ["nagorno-karabakh", 2],
    ["azerbaijan", 2],
    ["russia", 2],
    ["armenia", 1],
    ["earn", 1],
  ])("groups topic %s with %d articles", (slug, count) => {
    expect(built.topics.find((group) => group.slug === slug)?.articles).toHaveLength(count);
  });

  it("sorts topic, source and place groups by slug, each newest first", () => {
    for (const groups of [built.topics, built.sources, built.places]) {
      const slugs = groups.map((group) => group.slug);
      expect(slugs).toEqual([...slugs].sort(compareStrings));
      for (const group of groups) {
        const keys = group.articles.map((a) => a.date.sortKey);
        expect(keys).toEqual([...keys].sort((a, b) => b - a));
      }
    }
  });

  it.each([
    ["tasnim", 3, 1, 4],
    ["reuters", 2, 0, 2],
    ["tass", 0, 2, 2],
  ])("counts source %s: %d own, %d citing, %d in all", (slug, ownCount, citingCount, total) => {
    const group = built.sources.find((g) => g.slug === slug);
    expect(group).toMatchObject({ ownCount, citingCount });
    expect(group?.articles).toHaveLength(total);
  });

  it.each([
    ["tehran-ir", 3],
    ["london-gb", 2],
  ])("groups place %s with %d articles", (slug, count) => {
    expect(built.places.find((group) => group.slug === slug)?.articles).toHaveLength(count);
  });

  it.each([
    ["years", ["2023", "1987"], ["/2023/", "/1987/"], [4, 1]],
    ["months", ["2023-09", "2023-08", "1987-03"], ["/2023/09/", "/2023/08/", "/1987/03/"], [3, 1, 1]],
    [
      "days",
      ["2023-09-21", "2023-09-20", "2023-09-19", "2023-08-01", "1987-03-05"],
      ["/2023/09/21/", "/2023/09/20/", "/2023/09/19/", "/2023/08/01/", "/1987/03/05/"],
      [1, 1, 1, 1, 1],
    ],
  ] as const)("lists %s newest first, with URLs and counts", (kind, ids, urls, counts) => {
    const periods = built[kind];
    expect(periods.map((p) => p.id)).toEqual(ids);
    expect(periods.map((p) => p.url)).toEqual(urls);
    expect(periods.map((p) => p.articles.length)).toEqual(counts);
  });

  it("links each article to the older (previous) and newer (next) one", () => {
    const [newest, second, , , oldest] = built.articles;
    expect(built.links.get(newest!)).toMatchObject({ previous: second, next: null });
    expect(built.links.get(second!)).toMatchObject({ previous: built.articles[2], next: newest });
    expect(built.links.get(oldest!)).toMatchObject({ previous: null, next: built.articles[3] });
  });

  it("relates articles that share topics, never the article itself", () => {
    const putin = built.articles[0]!;
    const related = built.links.get(putin)?.related ?? [];
    expect(related).not.toContain(putin);
    expect(titles(related).sort()).toEqual(["2023-08-01-oil.md", "2023-09-19-baku-measures.txt", "2023-09-20-karabakh-clashes.txt"]);
    const jaguar = built.articles[4]!;
    expect(built.links.get(jaguar)?.related).toEqual([]);
  });

  it("shows each topic under the spelling most articles use", () => {
    const spelled = indexArticles(
      [
        normalizedArticle("a/2023-09-21-a.md", "2023-09-21", { topics: ["Climate change"] }),
        normalizedArticle("a/2023-09-22-b.md", "2023-09-22", { topics: ["Climate change"] }),
        normalizedArticle("a/2023-09-23-c.md", "2023-09-23", { topics: ["Climate Change"] }),
      ],
      [],
      [],
    );
    expect(spelled.topics.map((g) => g.key.name)).toEqual(["Climate change"]);
    expect(spelled.articles.map((a) => a.topics[0]?.name)).toEqual(["Climate change", "Climate change", "Climate change"]);
  });

  it("sorts problems by file, and adds the URL collisions to them", () => {
    expect(built.problems.map((p) => p.file)).toEqual(["a.md", "z.md"]);
    const colliding = indexArticles([normalizedArticle("b/2023-09-21-x.md", "2023-09-21"), normalizedArticle("a/2023-09-21-x.md", "2023-09-21")], [], []);
    expect(colliding.problems.map((p) => [p.file, p.field])).toEqual([["b/2023-09-21-x.md", "slug"]]);
  });

  it("keeps the list of every path found", () => {
    expect(built.allPaths).toEqual(["x"]);
  });
});
