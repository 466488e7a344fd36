import { describe, expect, it } from "vitest";
import { indexArticles } from "../src/archive.ts";
import { dayMonthLabel, placeMapPoints, storyStrip } from "../src/history-pages.ts";
import { makeStory } from "../src/stories.ts";
import { planSite } from "../src/pages.ts";
import { en } from "../data/i18n/en.ts";
import { fa } from "../data/i18n/fa.ts";
import type { Article } from "../src/types.ts";
import { normalizedArticle, TEHRAN } from "./support/articles.ts";

const story = (days: string[]) =>
  makeStory(days.map((day, i) => ({ ...normalizedArticle(`a/${day}-${i}.md`, day), url: `/${day.replace(/-/g, "/")}/a${i}/`, slug: `a${i}` }) as unknown as Article));

describe("storyStrip", () => {
  it.each<[string, string[], [string, number][]]>([
    ["one day", ["1987-03-02", "1987-03-02"], [["1987-03-02", 2]]],
    ["every day of the span, the empty ones too", ["1987-03-02", "1987-03-04", "1987-03-04"], [["1987-03-02", 1], ["1987-03-03", 0], ["1987-03-04", 2]]],
    ["only the days with articles past three months", ["1987-03-02", "1987-09-02"], [["1987-03-02", 1], ["1987-09-02", 1]]],
  ])("%s", (_what, days, strip) => {
    expect(storyStrip(story(days)).map((d) => [d.day, d.count])).toEqual(strip);
  });
});

describe("dayMonthLabel", () => {
  it.each([
    ["09-21", en, "21 September"],
    ["02-29", en, "29 February"],
    ["09-21", fa, "۲۱ سپتامبر"],
  ])("%s → %s", (monthDay, words, label) => expect(dayMonthLabel(monthDay, words)).toBe(label));
});

describe("planSite: the pages of news as history", () => {
  const site = planSite(indexArticles([normalizedArticle("a/2023-09-21-talks.md", "2023-09-21", { place: TEHRAN }), normalizedArticle("b/2024-09-21-more.md", "2024-09-21")], [], []));

  it("plans On this day: the index and every calendar day, wrapping from 31 December to 1 January", () => {
    expect(site.onThisDay).toHaveLength(367);
    const [index] = site.onThisDay;
    expect(index?.url).toBe("/on-this-day/");
    expect(index?.days.find((d) => d.monthDay === "09-21")).toEqual({ monthDay: "09-21", label: "21 September", url: "/on-this-day/09-21/", count: 2 });
    const day = site.onThisDay.find((p) => p.url === "/on-this-day/09-21/");
    expect(day?.title).toBe("On this day: 21 September");
    expect(day?.day?.years.map((y) => y.year)).toEqual(["2024", "2023"]);
    expect(site.onThisDay.find((p) => p.url === "/on-this-day/12-31/")?.next?.url).toBe("/on-this-day/01-01/");
    expect(site.urls).toContain("/on-this-day/02-29/");
  });

  it("gives the places index its map points and each place page its coordinates, when the place has them", () => {
    const places = site.indexes.find((p) => p.kind === "places");
    expect(places?.map).toEqual([]);
    const located = { ...TEHRAN, coordinates: [51.42, 35.69] as [number, number] };
    expect(placeMapPoints([{ key: located, slug: "tehran-ir", articles: [] }])).toEqual([{ name: "Tehran", url: "/places/tehran-ir/", count: 0, coordinates: [51.42, 35.69] }]);
  });
});
