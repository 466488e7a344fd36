/**
 * The signatures of the site's outputs (build/outputs.ts): a build from the cache renders what
 * changed by them, so a signature must change whenever its file could.
 */
import { describe, expect, it } from "vitest";
import { articlesJsonSignature } from "../build/outputs.ts";
import { buildArchive } from "../src/load.ts";
import { articleRecord, articlesJsonChunks, renderArticlesJson } from "../src/export-json.ts";
import type { Article } from "../src/types.ts";
import { FIXTURE_ARCHIVE } from "./helpers/build.ts";

describe("the JSON export's signature", () => {
  const archive = buildArchive({ articlesDir: FIXTURE_ARCHIVE });
  const { articles, storyOf } = archive;
  const signature = (list: readonly Article[], stories = storyOf, prefix = "") => articlesJsonSignature(prefix, list, stories);
  const exported = (list: readonly Article[], stories = storyOf, prefix = "") => renderArticlesJson(prefix, list, stories);
  /** The archive with one article replaced. */
  const replaced = (index: number, change: (article: Article) => Article) => articles.map((a, i) => (i === index ? change(a) : a));

  it("is the same for the same articles, and changes, with the export, whenever what it shows of them does", () => {
    expect(storyOf.size).toBeGreaterThan(0);
    const inStory = articles.findIndex((a) => storyOf.has(a));
    const base = signature(articles);
    expect(signature([...articles])).toBe(base);
    const variants: [string, readonly Article[], typeof storyOf, string][] = [
      ["another version", replaced(0, (a) => ({ ...a, version: `${a.version}x` })), storyOf, ""],
      ["another address", replaced(0, (a) => ({ ...a, url: `${a.url}x/` })), storyOf, ""],
      ["another file", replaced(0, (a) => ({ ...a, sourceFile: `x/${a.sourceFile}` })), storyOf, ""],
      ["another hash of the file", replaced(0, (a) => ({ ...a, sha256: "0".repeat(64) })), storyOf, ""],
      ["a topic named otherwise", replaced(0, (a) => ({ ...a, topics: [{ name: "Other name", slug: a.topics[0]?.slug ?? "x" }, ...a.topics.slice(1)] })), storyOf, ""],
      ["one article fewer", articles.slice(1), storyOf, ""],
      ["the articles in another order", [articles[1] as Article, articles[0] as Article, ...articles.slice(2)], storyOf, ""],
      ["no stories", articles, new Map(), ""],
      ["a story named otherwise", articles, new Map([...storyOf].map(([a, s]) => [a, a === articles[inStory] ? { ...s, title: `${s.title}!` } : s])), ""],
      ["a path prefix", articles, storyOf, "/news"],
    ];
    for (const [what, list, stories, prefix] of variants) {
      // The version stands for the file's text, which the export shows in many fields.
      if (what !== "another version") expect(exported(list, stories, prefix), what).not.toBe(exported(articles));
      expect(signature(list, stories, prefix), what).not.toBe(base);
    }
  });
});

describe("the JSON export written as it is made", () => {
  const archive = buildArchive({ articlesDir: FIXTURE_ARCHIVE });
  const storyOf = new Map([...archive.storyOf].map(([article, story]) => [article, { title: story.title, url: story.url }]));
  /** The export as one string, the way it was made before it came in pieces: the oracle. */
  const whole = (list: readonly Article[]) =>
    list.length ? `[\n${list.map((a) => JSON.stringify(articleRecord("/p", a, storyOf.get(a) ?? null))).join(",\n")}\n]\n` : "[]\n";

  it("is the same bytes in pieces of any size, for any number of articles", () => {
    const many = Array.from({ length: 7 }, () => archive.articles).flat();
    for (const count of [0, 1, 2, 3, 5, 9, 10, 11, many.length]) {
      const list = many.slice(0, count);
      for (const perChunk of [1, 2, 3, 10, 1000]) expect([...articlesJsonChunks("/p", list, storyOf, perChunk)].join("")).toBe(whole(list));
      expect(renderArticlesJson("/p", list, storyOf)).toBe(whole(list));
    }
    expect(JSON.parse([...articlesJsonChunks("/p", many, storyOf, 4)].join(""))).toHaveLength(many.length);
  });
});
