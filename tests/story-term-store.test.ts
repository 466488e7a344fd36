/**
 * The build cache keeps each article's story terms (build/story-term-store.ts): read back, they
 * are the terms read from the text, in the same order, and stories found from them are the
 * stories found from the text.
 */
import { describe, expect, it } from "vitest";
import { StoryTermStore } from "../build/story-term-store.ts";
import { loadArticles } from "../src/load.ts";
import { DEFAULT_STORY_OPTIONS, findStories, groupingPeriods } from "../src/stories.ts";
import { findSimilarPairs, readArticleTerms, type CodedWords, type KeptTerms } from "../src/text-similarity.ts";
import { FIXTURE_ARCHIVE } from "./helpers/build.ts";

/** Coded words (the counts, the lead's words) as the map or set they stand for. */
const expand = (name: string, value: unknown): unknown => {
  if (!value || typeof value !== "object" || !("numbers" in value)) return value;
  const { words, numbers } = value as CodedWords;
  if (name === "counts") return new Map(Array.from({ length: numbers.length / 2 }, (_, i) => [words[numbers[2 * i] as number], numbers[2 * i + 1]]));
  return new Set(Array.from(numbers, (n) => words[n]));
};
const entriesInOrder = (terms: KeptTerms) =>
  Object.entries(terms).map(([name, raw]) => {
    const value = expand(name, raw);
    return [name, value instanceof Map || value instanceof Set ? [value.constructor.name, ...value] : value];
  });

describe("StoryTermStore", () => {
  const input = (title: string, plainText: string) => ({ title, plainText, day: "1987-03-02", datelineRaw: null });
  it.each([
    ["a headline naming a company by code", input("GENCORP <GY> REJECTS BID, SAYS 100 DLRS TOO LOW", "NEW YORK, March 2 - GenCorp Inc said it rejected the 100 dlrs a share bid of 6-1/8 pct.")],
    ["a bare headline", input("FED ADDS RESERVES", "")],
    ["words in Chinese", input("上海股市上涨", "上海证券交易所今天上涨百分之二。")],
  ])("gives back %s's terms as read, in their order", (_name, article) => {
    const store = new StoryTermStore();
    const terms = readArticleTerms(article);
    store.set("a.md", terms);
    // Through the records' form, as a build from the cache reads it.
    const again = new StoryTermStore(structuredClone(store.stored()));
    const kept = again.get("a.md") as KeptTerms;
    // The largest fields come back as word numbers, not a map or set each.
    expect(kept.counts).not.toBeInstanceOf(Map);
    expect(kept.leadTerms).not.toBeInstanceOf(Set);
    expect(entriesInOrder(kept)).toEqual(entriesInOrder(terms));
  });

  it("keeps no terms of another shape than the store's first: each field's name, kind and every value are checked", () => {
    const terms = () => readArticleTerms(input("GENCORP <GY> REJECTS BID", "NEW YORK, March 2 - GenCorp Inc said it rejected the bid."));
    const store = new StoryTermStore();
    store.set("first.md", terms());
    const changed: [string, (t: Record<string, unknown>) => void][] = [
      ["a count not whole", (t) => (t.counts as Map<string, number>).set("half", 0.5)],
      ["a number among a set's words", (t) => (t.leadTerms as Set<unknown>).add(7)],
      ["a number among a list's words", (t) => (t.titleTerms as unknown[]).push(7)],
      ["a list where a set was", (t) => (t.figures = ["1"])],
      ["a word where yes or no was", (t) => (t.bare = "no")],
      ["a field more", (t) => (t.extra = true)],
      ["a field less", (t) => delete t.action],
    ];
    for (const [what, change] of changed) {
      const odd = terms() as unknown as Record<string, unknown>;
      change(odd);
      store.set(`${what}.md`, odd as never);
      expect(store.has(`${what}.md`), what).toBe(false);
    }
    // A field renamed, in the same place.
    const renamed = Object.fromEntries(Object.entries(terms()).map(([name, value]) => [name === "bare" ? "naked" : name, value]));
    store.set("renamed.md", renamed as never);
    expect(store.has("renamed.md")).toBe(false);
    // The terms of the first shape are still kept, and as they were.
    store.set("second.md", terms());
    expect(store.has("second.md")).toBe(true);
    expect(entriesInOrder(store.get("second.md") as KeptTerms)).toEqual(entriesInOrder(store.get("first.md") as KeptTerms));
  });

  it("forgets a file's terms when told, and keeps only the files still there", () => {
    const store = new StoryTermStore();
    store.set("a.md", readArticleTerms(input("A", "one two three")));
    store.set("b.md", readArticleTerms(input("B", "four five six")));
    store.delete("a.md");
    expect(store.get("a.md")).toBeUndefined();
    store.keepOnly(new Set(["c.md"]));
    expect(store.get("b.md")).toBeUndefined();
  });

  it("stories found from kept terms are the stories found from the text", () => {
    const { articles } = loadArticles({ articlesDir: FIXTURE_ARCHIVE });
    const withUrls = articles.map((a) => ({ ...a, url: `/${a.sourceFile}/`, slug: a.slugBase }));
    const fromText = findStories(withUrls);
    const recording = new StoryTermStore();
    expect(findStories(withUrls, undefined, undefined, recording).stories).toEqual(fromText.stories);
    const kept = new StoryTermStore(structuredClone(recording.stored()));
    // The texts are gone: only the kept terms can find the stories.
    const withoutText = withUrls.map((a) => ({ ...a, plainText: "" }));
    const fromKept = findStories(withoutText, undefined, undefined, kept);
    expect(fromKept.stories.map((s) => s.articles.map((a) => a.sourceFile))).toEqual(fromText.stories.map((s) => s.articles.map((a) => a.sourceFile)));
    expect(fromKept.pairs).toEqual(fromText.pairs);
    expect(fromText.stories.length).toBeGreaterThan(0);
  });

  it("pairs from kept terms, coded, from text and mixed, score to the last bit the same", () => {
    const { articles } = loadArticles({ articlesDir: FIXTURE_ARCHIVE });
    const inputs = articles.map((a) => ({ title: a.title, plainText: a.plainText, day: a.date.day, datelineRaw: a.dateline?.raw ?? null }));
    const options = { minScore: 0.2, maxDays: 7 };
    const fromText = findSimilarPairs(inputs, options);
    const store = new StoryTermStore();
    inputs.forEach((input, i) => store.set(`${i}.md`, readArticleTerms(input)));
    const kept = new StoryTermStore(structuredClone(store.stored()));
    // Every other article from its kept terms, coded, the rest from their text: the terms are numbered as they come either way.
    const mixed = inputs.map((input, i) => (i % 2 ? { ...input, plainText: "", terms: kept.get(`${i}.md`) } : input));
    const allKept = inputs.map((input, i) => ({ ...input, plainText: "", terms: kept.get(`${i}.md`) }));
    expect(fromText.pairs.length).toBeGreaterThan(0);
    for (const result of [findSimilarPairs(mixed, options), findSimilarPairs(allKept, options)]) {
      expect(result.pairs).toEqual(fromText.pairs);
      expect(result.conflicts).toEqual(fromText.conflicts);
    }
  });

  describe("keeps each year's grouping it found, given back only for the same addresses, days and terms in the same order", () => {
    const { articles } = loadArticles({ articlesDir: FIXTURE_ARCHIVE });
    // Each year a period of its own, as in an archive of thousands a year (GroupingPeriod).
    const YEARLY = { ...DEFAULT_STORY_OPTIONS, periodArticles: 1 };
    const withUrls = articles.map((a) => ({ ...a, url: `/${a.sourceFile}/`, slug: a.slugBase }));
    type Found = ReturnType<typeof findStories>;
    const membersOf = (found: Found) => found.stories.map((s) => s.articles.map((a) => a.sourceFile));
    /** A store as the next build reads it back, and whether it grouped again. */
    const recorded = () => {
      const recording = new StoryTermStore();
      findStories(withUrls, YEARLY, undefined, recording);
      const store = new StoryTermStore(structuredClone(recording.stored()));
      // The periods (years) grouped anew: those whose grouping the store did not give back.
      let grouped = 0;
      const kept = store.keptGrouping.bind(store);
      store.keptGrouping = (key) => {
        const found = kept(key);
        if (!found) grouped++;
        return found;
      };
      return { store, grouped: () => grouped };
    };

    it("the same articles: nothing grouped again, the same stories and pairs", () => {
      const { store, grouped } = recorded();
      const fresh = findStories(withUrls, YEARLY);
      const again = findStories(withUrls, YEARLY, undefined, store);
      expect(grouped()).toBe(0);
      expect(membersOf(again)).toEqual(membersOf(fresh));
      expect(again.pairs).toEqual(fresh.pairs);
      expect(again.conflicts).toEqual(fresh.conflicts);
      expect(fresh.stories.length).toBeGreaterThan(0);
    });

    const storied = withUrls.findIndex((a) => findStories(withUrls, YEARLY).stories.some((s) => s.articles.some((b) => b.sourceFile === a.sourceFile)));
    // The fixture's articles are of 1987, 2023 and 2024; the storied one of 2023. The number is
    // how many years are grouped again: the change's own, not the others.
    expect(withUrls[storied]?.date.day.slice(0, 4)).toBe("2023");
    expect(groupingPeriods(withUrls.map((a) => a.date.day), 7, YEARLY.periodArticles).map((p) => p.years)).toEqual(["1987", "2023", "2024"]);
    const changes: [string, number, (list: typeof withUrls, store: StoryTermStore) => typeof withUrls][] = [
      ["an address changed", 1, (list) => list.map((a, i) => (i === storied ? { ...a, url: `${a.url}moved/` } : a))],
      ["a day changed (to 1999: its old year and its new one)", 2, (list) => list.map((a, i) => (i === storied ? { ...a, date: { ...a.date, day: "1999-01-01" } } : a))],
      [
        "a headline changed (its terms read again)",
        1,
        (list, store) =>
          list.map((a, i) => {
            if (i !== storied) return a;
            store.delete(a.sourceFile);
            return { ...a, title: `${a.title} AND SOMETHING ELSE ENTIRELY` };
          }),
      ],
      ["the order changed (every year)", 3, (list) => [...list].reverse()],
      ["an article removed", 1, (list) => list.filter((_, i) => i !== storied)],
    ];
    it.each(changes)("%s: grouped again (%i years), as without the cache", (_name, years, change) => {
      const { store, grouped } = recorded();
      const changed = change(withUrls, store);
      const again = findStories(changed, YEARLY, undefined, store);
      expect(grouped()).toBe(years);
      const fresh = findStories(changed, YEARLY);
      expect(membersOf(again)).toEqual(membersOf(fresh));
      expect(again.pairs).toEqual(fresh.pairs);
      // And kept anew: the next build with these articles groups nothing.
      findStories(changed, YEARLY, undefined, store);
      expect(grouped()).toBe(years);
    });
  });
});
