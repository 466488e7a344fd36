import { describe, expect, it } from "vitest";
import { indexArticles } from "../src/archive.ts";
import { count, FEED_SIZE, monthName, PAGE_SIZE, periodLabel, placeDescription, planSite, type ListPage, type SitePlan } from "../src/pages.ts";
import { agency, dailyArticles, LONDON, normalizedArticle, place, REUTERS, TASNIM, TASS, TEHRAN } from "./support/articles.ts";

function plan(articles: Parameters<typeof indexArticles>[0]): SitePlan {
  return planSite(indexArticles(articles, [], []));
}

function listPages(site: SitePlan, base: string): ListPage[] {
  return site.lists.filter((page) => page.url === base || page.url.startsWith(`${base}page/`));
}

describe("planSite: pagination of every list", () => {
  it.each([
    // articles, page count, items per page
    [0, 1, [0]],
    [1, 1, [1]],
    [PAGE_SIZE, 1, [PAGE_SIZE]],
    [PAGE_SIZE + 1, 2, [PAGE_SIZE, 1]],
    [2 * PAGE_SIZE + 5, 3, [PAGE_SIZE, PAGE_SIZE, 5]],
  ])("%d articles make %d page(s) of /articles/ holding %j", (total, pageCount, sizes) => {
    const pages = listPages(plan(dailyArticles(total, "2023-01-01")), "/articles/");
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    const urls = ["/articles/", ...Array.from({ length: pageCount - 1 }, (_, i) => `/articles/page/${i + 2}/`)];
    expect(pages.map((page) => page.url)).toEqual(urls);
    pages.forEach((page, i) => {
      expect(page.pagination).toEqual({
        pageNumber: i + 1,
        pageCount,
        total,
        firstIndex: i * PAGE_SIZE + 1,
        previous: urls[i - 1] ?? null,
        next: urls[i + 1] ?? null,
        pageUrls: urls,
      });
    });
  });

  it("puts every article on exactly one page, newest first", () => {
    const site = plan(dailyArticles(2 * PAGE_SIZE + 5, "2023-08-20"));
    const listed = listPages(site, "/articles/").flatMap((page) => page.items);
    expect(listed).toHaveLength(2 * PAGE_SIZE + 5);
    expect(new Set(listed).size).toBe(2 * PAGE_SIZE + 5);
    const keys = listed.map((article) => article.date.sortKey);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    expect(listed[0]?.date.day).toBe("2023-12-02");
    expect(listed.at(-1)?.date.day).toBe("2023-08-20");
  });

  it.each([
    ["/topics/iran/", 3],
    ["/sources/reuters/", 3],
    ["/2023/09/21/", 1],
  ])("paginates %s into %d page(s)", (base, pageCount) => {
    const pages = listPages(plan(dailyArticles(2 * PAGE_SIZE + 5, "2023-08-20", { topics: ["Iran"] })), base);
    expect(pages).toHaveLength(pageCount);
    expect(pages.every((page) => page.pagination.pageCount === pageCount)).toBe(true);
  });

  it("gives a year and a month one page: its chart or calendar and its months or days, no list of articles (the days list them)", () => {
    const site = plan(dailyArticles(45, "2023-08-20"));
    for (const base of ["/2023/", "/2023/09/"]) {
      const pages = listPages(site, base);
      expect(pages).toHaveLength(1);
      expect(pages[0]?.items).toEqual([]);
      expect(pages[0]?.children?.length).toBeGreaterThan(0);
    }
    expect(listPages(site, "/2023/")[0]?.pagination.total).toBe(45);
    expect(listPages(site, "/2023/")[0]?.chart).not.toBeNull();
    expect(listPages(site, "/2023/09/")[0]?.pagination.total).toBe(30);
    expect(listPages(site, "/2023/09/")[0]?.calendar).not.toBeNull();
  });

  it("gives every page one URL, and lists each in the sitemap", () => {
    const site = plan(dailyArticles(45, "2023-08-20", { topics: ["Iran"] }));
    expect(new Set(site.urls).size).toBe(site.urls.length);
    for (const page of site.lists) expect(site.urls).toContain(page.url);
    for (const page of site.articles) expect(site.urls).toContain(page.url);
    expect(site.urls).toEqual(expect.arrayContaining(["/", "/search/", "/topics/", "/sources/", "/places/"]));
  });
});

describe("planSite: date archives", () => {
  const site = plan([
    normalizedArticle("a/2022-12-31-eve.md", "2022-12-31"),
    normalizedArticle("a/2023-08-01-oil.md", "2023-08-01"),
    normalizedArticle("a/2023-09-19-baku.md", "2023-09-19"),
    normalizedArticle("a/2023-09-21-putin.md", "2023-09-21T10:00:00"),
    normalizedArticle("a/2023-09-21-aliyev.md", "2023-09-21T12:00:00"),
  ]);
  const page = (url: string) => site.lists.find((list) => list.url === url);

  it.each([
    // page, title, previous (older), next (newer), count
    ["/2023/", "2023", "/2022/", null, 4],
    ["/2022/", "2022", null, "/2023/", 1],
    ["/2023/09/", "September 2023", "/2023/08/", null, 3],
    ["/2023/08/", "August 2023", "/2022/12/", "/2023/09/", 1],
    ["/2022/12/", "December 2022", null, "/2023/08/", 1],
    ["/2023/09/21/", "21 September 2023", "/2023/09/19/", null, 2],
    ["/2023/09/19/", "19 September 2023", "/2023/08/01/", "/2023/09/21/", 1],
    ["/2022/12/31/", "31 December 2022", null, "/2023/08/01/", 1],
  ])("%s is titled %j, links back to %s and on to %s, and holds %d", (url, title, previous, next, total) => {
    const list = page(url);
    expect(list?.title).toBe(title);
    expect(list?.previous?.url ?? null).toBe(previous);
    expect(list?.next?.url ?? null).toBe(next);
    expect(list?.pagination.total).toBe(total);
  });

  it("lists a day's articles newest first", () => {
    expect(page("/2023/09/21/")?.items.map((article) => article.slug)).toEqual(["aliyev", "putin"]);
  });

  it("charts a year by month, January to December", () => {
    const bars = page("/2023/")?.chart?.bars ?? [];
    expect(bars.map((bar) => bar.shortLabel)).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
    expect(bars.map((bar) => bar.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 3, 0, 0, 0]);
    expect(bars[8]?.url).toBe("/2023/09/");
    expect(bars[0]?.url).toBeNull();
  });

  it("lists a year's months and a month's days with counts, in calendar order", () => {
    expect(page("/2023/")?.children).toEqual([
      { label: "August", url: "/2023/08/", count: 1 },
      { label: "September", url: "/2023/09/", count: 3 },
    ]);
    expect(page("/2023/09/")?.children).toEqual([
      { label: "19 September 2023", url: "/2023/09/19/", count: 1 },
      { label: "21 September 2023", url: "/2023/09/21/", count: 2 },
    ]);
  });

  it("lays out a month's calendar in weeks starting on Monday", () => {
    const weeks = page("/2023/09/")?.calendar?.weeks ?? [];
    // 1 September 2023 was a Friday.
    expect(weeks[0]?.slice(0, 4)).toEqual([null, null, null, null]);
    expect(weeks[0]?.[4]).toEqual({ day: 1, url: null, count: 0 });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.flat().filter((day) => day !== null)).toHaveLength(30);
    expect(weeks.flat().find((day) => day?.day === 21)).toEqual({ day: 21, url: "/2023/09/21/", count: 2 });
  });

  it("gives each article breadcrumbs down to its day", () => {
    const putin = site.articles.find((a) => a.article.slug === "putin");
    expect(putin?.breadcrumbs).toEqual([
      { label: "Home", url: "/" },
      { label: "2023", url: "/2023/" },
      { label: "September", url: "/2023/09/" },
      { label: "21", url: "/2023/09/21/" },
    ]);
    expect(putin?.next?.slug).toBe("aliyev");
    expect(putin?.previous?.slug).toBe("baku");
  });
});

describe("planSite: topics, sources, places and the home page", () => {
  const unknownAgency = agency("Daily Planet", "daily-planet", false);
  const site = plan([
    normalizedArticle("t/2023-09-21-putin.txt", "2023-09-21", { source: TASNIM, citedSources: [TASS], topics: ["Nagorno-Karabakh", "Russia"], place: TEHRAN }),
    normalizedArticle("t/2023-09-20-clashes.txt", "2023-09-20", { source: TASNIM, topics: ["Nagorno-Karabakh"], place: TEHRAN }),
    normalizedArticle("r/2023-09-19-oil.md", "2023-09-19", { source: REUTERS, citedSources: [TASS, TASNIM], topics: ["Russia"], place: LONDON }),
    normalizedArticle("r/1987-02-26-jaguar.md", "1987-02-26", { source: REUTERS, topics: ["earn"], place: place("Xyzzyville", "xyzzyville", null, null) }),
    normalizedArticle("p/2023-01-01-planet.md", "2023-01-01", { source: unknownAgency }),
  ]);
  const index = (kind: string) => site.indexes.find((page) => page.kind === kind);

  it.each([
    ["topics", [["earn", 1], ["Nagorno-Karabakh", 2], ["Russia", 2]]],
    ["sources", [["Daily Planet", 1], ["Reuters", 2], ["Tasnim News Agency", 3], ["TASS", 2]]],
    ["places", [["London", 1], ["Tehran", 2], ["Xyzzyville", 1]]],
  ])("the %s index lists every entry by name, with its count", (kind, entries) => {
    expect(index(kind)?.entries.map((entry) => [entry.label, entry.count])).toEqual(entries);
  });

  it("ranks the largest entries first in an index's top list", () => {
    expect(index("sources")?.top.map((entry) => entry.label)).toEqual(["Tasnim News Agency", "Reuters", "TASS", "Daily Planet"]);
  });

  it.each([
    ["Tasnim News Agency", "2 own, cited by 1"],
    ["TASS", "cited by 2"],
    ["Reuters", undefined],
  ])("notes how often source %s is cited: %s", (label, note) => {
    expect(index("sources")?.entries.find((entry) => entry.label === label)?.note).toBe(note);
  });

  it.each([
    ["/sources/tasnim/", "2 articles from Tasnim News Agency · 1 article citing it"],
    ["/sources/tass/", "0 articles from TASS · 2 articles citing it"],
    ["/sources/daily-planet/", "1 article from Daily Planet · not in the agency registry"],
    ["/places/tehran-ir/", "Iran · Asia/Tehran"],
    ["/places/xyzzyville/", "not found in the gazetteer"],
  ])("describes %s as %j", (url, description) => {
    expect(site.lists.find((page) => page.url === url)?.description).toBe(description);
  });

  it("marks which articles on a source page only cite it", () => {
    const tass = site.lists.find((page) => page.url === "/sources/tass/");
    expect(tass?.items.every((article) => tass.citing?.has(article))).toBe(true);
    const tasnim = site.lists.find((page) => page.url === "/sources/tasnim/");
    expect(tasnim?.items.filter((article) => tasnim.citing?.has(article)).map((a) => a.slug)).toEqual(["oil"]);
  });

  it("links topic pages to their neighbours in the index", () => {
    const russia = site.lists.find((page) => page.url === "/topics/russia/");
    expect(russia?.previous?.url).toBe("/topics/nagorno-karabakh/");
    expect(russia?.next).toBeNull();
  });

  it.each([
    ["/feed.xml", 5],
    ["/topics/nagorno-karabakh/feed.xml", 2],
    ["/sources/tass/feed.xml", 2],
  ])("publishes the feed %s with %d articles", (url, total) => {
    expect(site.feeds.find((feed) => feed.url === url)?.articles).toHaveLength(total);
  });

  it("caps a feed at the newest articles", () => {
    const big = plan(dailyArticles(FEED_SIZE + 5, "2023-01-01"));
    const feed = big.feeds.find((f) => f.url === "/feed.xml");
    expect(feed?.articles).toHaveLength(FEED_SIZE);
    expect(feed?.articles[0]?.date.day).toBe("2023-02-04");
  });

  it("counts the home page's totals, sources (own articles only) and years", () => {
    expect(site.home.total).toBe(5);
    expect(site.home.latest.map((a) => a.slug)).toEqual(["putin", "clashes", "oil", "planet", "jaguar"]);
    expect(site.home.sources.map((s) => [s.label, s.count])).toEqual([["Reuters", 2], ["Tasnim News Agency", 2], ["Daily Planet", 1]]);
    expect(site.home.years).toEqual([
      { label: "2023", url: "/2023/", count: 4 },
      { label: "1987", url: "/1987/", count: 1 },
    ]);
    expect(site.home.chart?.bars.map((bar) => bar.label)).toEqual(["1987", "2023"]);
    expect(site.home.first?.slug).toBe("jaguar");
    expect(site.home.last?.slug).toBe("putin");
  });

  it("plans an empty archive without failing", () => {
    const empty = plan([]);
    expect(empty.home).toMatchObject({ total: 0, first: null, last: null, chart: null });
    expect(listPages(empty, "/articles/")).toHaveLength(1);
  });
});

describe("labels", () => {
  it.each([
    ["2023-09-21", "21 September 2023"],
    ["1987-02-01", "1 February 1987"],
    ["2023-09", "September 2023"],
    ["2023", "2023"],
  ])("periodLabel(%s) → %s", (id, label) => {
    expect(periodLabel(id)).toBe(label);
  });

  it.each([
    [1, "January"],
    [12, "December"],
    [13, "13"],
  ])("monthName(%d) → %s", (month, name) => {
    expect(monthName(month)).toBe(name);
  });

  it.each([
    [1, "article", "1 article"],
    [0, "article", "0 articles"],
    [1980, "article", "1,980 articles"],
  ])("count(%d, %s) → %s", (n, noun, text) => {
    expect(count(n, noun)).toBe(text);
  });

  it.each([
    [TEHRAN, "Iran · Asia/Tehran"],
    [place("Bahrain", "bahrain-bh", "Bahrain", null), "Bahrain"],
    [place("Xyzzyville", "xyzzyville", null, null), "not found in the gazetteer"],
  ])("placeDescription(%s)", (where, description) => {
    expect(placeDescription(where)).toBe(description);
  });
});

describe("what many article pages hold alike", () => {
  it("is one object: a day's trail, a topic", () => {
    // Three articles a day for three days, on two topics: a million articles' pages are planned at once.
    const articles = [0, 1, 2].flatMap((d) =>
      [0, 1, 2].map((n) => normalizedArticle(`2023-05-0${d + 1}-report-${n}.md`, `2023-05-0${d + 1}T0${n}:00:00`, { title: `Wheat report ${d}${n}`, topics: ["Grain", n % 2 ? "Oil" : "Shipping"] })),
    );
    const site = plan(articles);
    const byDay = new Map<string, Set<unknown>>();
    for (const page of site.articles) byDay.set(page.article.date.day, (byDay.get(page.article.date.day) ?? new Set()).add(page.breadcrumbs));
    expect([...byDay.values()].map((trails) => trails.size)).toEqual([1, 1, 1]);
    // Each trail is still its own day's.
    for (const page of site.articles) expect(page.breadcrumbs.at(-1)?.url).toBe(`/${page.article.date.day.replace(/-/g, "/")}/`);
    const topicObjects = new Map<string, Set<unknown>>();
    for (const page of site.articles) for (const topic of page.article.topics) topicObjects.set(topic.slug, (topicObjects.get(topic.slug) ?? new Set()).add(topic));
    expect([...topicObjects.keys()].sort()).toEqual(["grain", "oil", "shipping"]);
    expect([...topicObjects.values()].every((objects) => objects.size === 1)).toBe(true);
  });
});
