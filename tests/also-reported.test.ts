import { describe, expect, it } from "vitest";
import { findAlsoReported, type ReportArticle } from "../src/also-reported.ts";
import { agency, publishedDate, REUTERS, TASNIM, TASS } from "./support/articles.ts";

const XINHUA = agency("Xinhua", "xinhua");

function report(url: string, source: typeof REUTERS | null, date: string, citedSources: (typeof REUTERS)[] = []): ReportArticle {
  return { url, source, citedSources, date: publishedDate(date) };
}

describe("findAlsoReported", () => {
  const tass = report("/2023/09/21/tass-putin-aliyev/", TASS, "2023-09-21 10:00");
  const tasnim = report("/2023/09/21/tasnim-putin-aliyev/", TASNIM, "2023-09-21 14:05", [TASS]);
  const reuters = report("/2023/09/21/reuters-putin-aliyev/", REUTERS, "2023-09-21 12:00");
  const reutersFollowUp = report("/2023/09/22/reuters-follow-up/", REUTERS, "2023-09-22 09:00");
  const articles = [tass, tasnim, reuters, reutersFollowUp];
  const story = { articles };
  const storyOf = new Map(articles.map((a) => [a, story]));
  const pairs = [
    { a: 0, b: 1, score: 0.92 }, // Tasnim runs TASS's text
    { a: 1, b: 2, score: 0.75 }, // Reuters' version is close
    { a: 2, b: 3, score: 0.9 }, // same agency: never "also reported"
    { a: 0, b: 3, score: 0.5 }, // same story, not a copy
  ];
  const found = findAlsoReported(articles, pairs, storyOf);
  const shown = (a: ReportArticle) => (found.get(a) ?? []).map((r) => [r.agency.slug, r.article?.url ?? null, r.cited]);

  it.each<[string, ReportArticle, (string | boolean | null)[][]]>([
    ["a copy quoting its source names the source, linked to its own article, and the other copy", tasnim, [["reuters", reuters.url, false], ["tass", tass.url, true]]],
    ["the source names the agency that ran its text", tass, [["tasnim", tasnim.url, false]]],
    ["a close version from another agency names the copy", reuters, [["tasnim", tasnim.url, false]]],
    ["a story's other article that is no copy names nothing", reutersFollowUp, []],
  ])("%s", (_what, article, expected) => {
    expect(shown(article)).toEqual(expected);
  });

  it("names a cited agency the archive holds no article of, without a link", () => {
    const alone = report("/2023/09/23/tasnim-xinhua/", TASNIM, "2023-09-23", [XINHUA, TASNIM]);
    const result = findAlsoReported([alone], [], new Map());
    expect(result.get(alone)?.map((r) => [r.agency.slug, r.article, r.cited])).toEqual([["xinhua", null, true]]);
  });
});
