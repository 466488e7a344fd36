import { describe, expect, it } from "vitest";
import { en } from "../data/i18n/en.ts";
import { fa } from "../data/i18n/fa.ts";
import { SITE_WORDS } from "../data/i18n/index.ts";
import { splitIntoBundles } from "../src/search-bundles.ts";
import { filterCounts, searchRecord, searchStub } from "../src/search-records.ts";
import { readSiteOptions } from "../src/site-options.ts";
import { formatCount, languageName, localDigits, periodLabel, primaryLanguage } from "../src/site-words.ts";
import type { Article } from "../src/types.ts";
import { publishedDate } from "./support/articles.ts";

/** Every key of an object of words, nested ones as "nav.topics". */
function keysOf(words: object, prefix = ""): string[] {
  return Object.entries(words).flatMap(([key, value]) =>
    value && typeof value === "object" && !Array.isArray(value) && !("value" in value) ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("the site's words (data/i18n)", () => {
  it.each(Object.keys(SITE_WORDS))("%s has every key English has, and no empty one", (language) => {
    const words = SITE_WORDS[language]!;
    expect(keysOf(words).sort()).toEqual(keysOf(en).sort());
    for (const key of keysOf(words)) {
      const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], words);
      if (typeof value === "string") expect(value.trim(), `${language}: ${key}`).not.toBe("");
    }
    expect(words.language).toBe(language);
    expect(words.monthNames).toHaveLength(12);
  });

  it.each([
    [1234, en, "1,234"],
    [1234, fa, "۱٬۲۳۴"],
    [7, fa, "۷"],
  ])("formatCount(%s) in %s is %s", (n, words, text) => {
    expect(formatCount(n, words)).toBe(text);
  });

  it("writes a count as Intl does however often it is asked, -0 and fractions included", () => {
    for (const words of [en, fa]) {
      const format = new Intl.NumberFormat(words.locale);
      for (const n of [0, -0, 0, 1.5, 1.5, -3, 1234, 1234, 1e21, Number.NaN, -0, 0]) expect(formatCount(n, words)).toBe(format.format(n));
    }
  });

  it.each([
    ["2023-09-21", en, "21 September 2023"],
    ["2023-09", en, "September 2023"],
    ["2023", en, "2023"],
    ["2023-09-21", fa, "۲۱ سپتامبر ۲۰۲۳"],
    ["1987-02", fa, "فوریه ۱۹۸۷"],
    ["2024", fa, "۲۰۲۴"],
  ])("periodLabel(%s) is %s", (id, words, label) => {
    expect(periodLabel(id, words)).toBe(label);
    // Asked again (labels are kept per site words), the same.
    expect(periodLabel(id, words)).toBe(label);
  });

  it("writes digits in the site's own, and leaves English ones alone", () => {
    expect(localDigits("06:36", fa)).toBe("۰۶:۳۶");
    expect(localDigits("06:36", en)).toBe("06:36");
  });

  it.each([
    ["fa", en, "Persian"],
    ["ar", en, "Arabic"],
    ["ru", fa, "روسی"],
    ["zz", en, "zz"],
  ])("names the language %s in %s as %s", (code, words, name) => {
    expect(languageName(code, words)).toBe(name);
  });

  it.each([
    ["zh-TW", "zh"],
    ["fa_IR", "fa"],
    ["EN", "en"],
  ])("groups %s under %s", (tag, primary) => {
    expect(primaryLanguage(tag)).toBe(primary);
  });
});

describe("SITE_LANGUAGE", () => {
  it.each([
    [{}, "en"],
    [{ SITE_LANGUAGE: "fa" }, "fa"],
    [{ SITE_LANGUAGE: " FA " }, "fa"],
  ])("%j chooses %s", (env, language) => {
    expect(readSiteOptions(env, [], "/tmp").language).toBe(language);
  });

  it("refuses a language it has no words for, saying which it has", () => {
    expect(() => readSiteOptions({ SITE_LANGUAGE: "de" }, [], "/tmp")).toThrow(/SITE_LANGUAGE=de: .*en, fa/);
  });
});

function article(url: string, language: string | null, day = "2024-03-20"): Article {
  return {
    sourceFile: `${url.slice(1, -1)}.md`,
    version: url,
    format: "md",
    url,
    slug: url.split("/").at(-2) ?? "",
    title: `Title of ${url}`,
    date: publishedDate(day),
    source: null,
    citedSources: [],
    dateline: null,
    topics: [],
    author: null,
    language,
    summary: null,
    originalUrl: null,
    archived: null,
    bodyHtml: "<p>Text</p>",
    plainText: "Text",
    lead: "Text",
    wordCount: 1,
  };
}

describe("search records and bundles in every language", () => {
  it.each([
    ["fa", en, "fa"],
    ["zh-TW", en, "zh"],
    [null, en, "en"],
    [null, fa, "fa"],
  ])("an article in %s (site words %s) is indexed as %s", (language, words, indexed) => {
    const record = searchRecord(article("/2024/03/20/a/", language), words);
    expect(record.language).toBe(indexed);
    expect(record.meta.language).toBe(indexed);
  });

  it("a result's date is in the site's words, and carries the sort key for merging languages by date", () => {
    const record = searchRecord(article("/2024/03/20/a/", "fa"), fa);
    expect(record.meta.date).toBe("۲۰ مارس ۲۰۲۴");
    expect(record.meta.sorted).toBe(record.sort.date);
  });

  it("the archive's filter counts are the records' filters counted per language as indexed, the same file whatever the articles' order", () => {
    const tagged = (url: string, language: string | null, day: string, topics: string[]): Article => ({
      ...article(url, language, day),
      topics: topics.map((name) => ({ name, slug: name.toLowerCase() })) as Article["topics"],
    });
    const articles = [tagged("/4/", "fa", "2024-03-22", ["Iran", "Oil"]), tagged("/3/", "zh-TW", "1999-12-31", ["Oil"]), tagged("/2/", "fa", "2023-03-19", ["Oil"]), tagged("/1/", null, "2024-01-02", [])];
    const counts = filterCounts(articles, fa);
    // An article of no language is the site's (fa here); zh-TW is indexed as zh.
    expect(counts).toEqual({
      fa: { place: {}, source: {}, topic: { Iran: 1, Oil: 2 }, year: { "2023": 1, "2024": 2 } },
      zh: { place: {}, source: {}, topic: { Oil: 1 }, year: { "1999": 1 } },
    });
    for (const article of articles) {
      const record = searchRecord(article, fa);
      for (const [filter, values] of Object.entries(record.filters)) for (const value of values) expect(counts[record.language]?.[filter]?.[value]).toBeGreaterThan(0);
    }
    expect(JSON.stringify(filterCounts([...articles].reverse(), fa))).toBe(JSON.stringify(counts));
  });

  it("each bundle lists its languages with their counts", () => {
    const records = [article("/4/", "fa"), article("/3/", "ar"), article("/2/", "fa"), article("/1/", null)].map((a) => searchRecord(a));
    const bundles = splitIntoBundles(records, 2);
    expect(bundles.map((b) => b.languages)).toEqual([{ en: 1, fa: 1 }, { ar: 1, fa: 1 }]);
  });

  it("a record's stub (a build from the cache's, for the bundles it does not index again) gives the bundles the same signatures, languages and dates", () => {
    const articles = [article("/4/", "fa", "2024-03-22"), article("/3/", "ar", "1999-12-31"), article("/2/", "zh-TW", "2024-03-19"), article("/1/", null, "1900-01-02")];
    const versions = articles.map((a, i) => `v${i}`);
    const full = splitIntoBundles(articles.map((a) => searchRecord(a, fa)), 2, versions);
    const stubs = splitIntoBundles(articles.map((a) => searchStub(a, fa)), 2, versions);
    expect(stubs.map(({ records: _records, ...bundle }) => bundle)).toEqual(full.map(({ records: _records, ...bundle }) => bundle));
    expect(stubs.flatMap((b) => b.records.map((r) => [r.url, r.language, r.meta.sorted, r.sort.date]))).toEqual(full.flatMap((b) => b.records.map((r) => [r.url, r.language, r.meta.sorted, r.sort.date])));
  });

  it("each bundle carries its stretch of time, oldest and newest sort dates, for searches sorted by date", () => {
    const days = ["2024-03-22", "2024-03-21", "2024-03-19", "2023-12-31", "2023-01-02"];
    const records = days.map((day, i) => searchRecord(article(`/${i}/`, "en", day)));
    const bundles = splitIntoBundles(records, 2);
    const sorted = (day: string) => records.find((r) => r.sort.date?.startsWith(day))?.meta.sorted;
    // Counted from the oldest: [2023-01-02, 2023-12-31], [2024-03-19, 2024-03-21], [2024-03-22].
    expect(bundles.map((b) => b.dates)).toEqual([
      [sorted("2023-01-02"), sorted("2023-12-31")],
      [sorted("2024-03-19"), sorted("2024-03-21")],
      [sorted("2024-03-22"), sorted("2024-03-22")],
    ]);
    expect(bundles.flatMap((b) => b.dates ?? []).every(Boolean)).toBe(true);
  });
});
