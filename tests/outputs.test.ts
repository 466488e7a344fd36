/**
 * The signatures of the site's outputs (build/outputs.ts): a build from the cache renders what
 * changed by them, so a signature must change whenever its file could.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articlesJsonLines, articlesJsonSignature, ExportFile, writeArticlesJsonReusing } from "../build/outputs.ts";
import type { Archive } from "../src/archive.ts";
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

describe("the JSON export written from the one the site has (a build from the cache)", () => {
  const archive = buildArchive({ articlesDir: FIXTURE_ARCHIVE });
  const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-export-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const oldFile = path.join(dir, "old.json");
  const newFile = path.join(dir, "new.json");
  type Variant = { articles: Article[]; storyOf: Archive["storyOf"] };
  const base: Variant = { articles: archive.articles, storyOf: archive.storyOf };
  /** Writes `from`'s export whole, then `to`'s from it, and returns the bytes beside those of `to`'s written whole. */
  const rewrite = (from: Variant, to: Variant, prefix = "") => {
    writeFileSync(oldFile, renderArticlesJson(prefix, from.articles, from.storyOf));
    const previous = { file: oldFile, lines: articlesJsonLines(from.articles, from.storyOf) };
    writeArticlesJsonReusing(newFile, prefix, { ...archive, ...to } as Archive, articlesJsonLines(to.articles, to.storyOf), previous);
    return { reused: readFileSync(newFile, "utf8"), whole: renderArticlesJson(prefix, to.articles, to.storyOf) };
  };
  const one = archive.articles[0] as Article;
  const inStory = archive.articles.find((a) => archive.storyOf.has(a)) as Article;
  const variants: [string, Variant][] = [
    ["nothing changed", base],
    ["an article retitled (another version)", { ...base, articles: archive.articles.map((a) => (a === one ? { ...a, title: `${a.title}!`, version: `${a.version}x` } : a)) }],
    ["an article moved to another file", { ...base, articles: archive.articles.map((a) => (a === one ? { ...a, sourceFile: `moved/${a.sourceFile}` } : a)) }],
    ["a topic named otherwise", { ...base, articles: archive.articles.map((a) => (a === one && a.topics[0] ? { ...a, topics: [{ ...a.topics[0], name: "Other name" }, ...a.topics.slice(1)] } : a)) }],
    ["a story renamed", { ...base, storyOf: new Map([...archive.storyOf].map(([a, s]) => [a, a === inStory ? { ...s, title: `${s.title}?` } : s])) }],
    ["an article fewer", { ...base, articles: archive.articles.slice(1) }],
    ["an article more (one twice, at another address)", { ...base, articles: [{ ...one, url: `${one.url}again/` }, ...archive.articles] }],
    ["the articles in another order", { ...base, articles: [...archive.articles].reverse() }],
    ["no articles left", { ...base, articles: [] }],
  ];

  it.each(variants)("is the bytes of the export written whole: %s", (_what, to) => {
    const { reused, whole } = rewrite(base, to);
    expect(reused).toBe(whole);
    expect(rewrite(base, to, "/news").reused).toBe(renderArticlesJson("/news", to.articles, to.storyOf));
  });

  it("is the bytes of the export written whole from an export of no articles, or from a file that is no export", () => {
    expect(rewrite({ ...base, articles: [] }, base).reused).toBe(renderArticlesJson("", base.articles, base.storyOf));
    writeFileSync(oldFile, "not an export");
    writeArticlesJsonReusing(newFile, "", archive, articlesJsonLines(base.articles, base.storyOf), { file: oldFile, lines: articlesJsonLines(base.articles, base.storyOf) });
    expect(readFileSync(newFile, "utf8")).toBe(renderArticlesJson("", base.articles, base.storyOf));
    writeArticlesJsonReusing(newFile, "", archive, articlesJsonLines(base.articles, base.storyOf), { file: path.join(dir, "missing.json"), lines: new Map() });
    expect(readFileSync(newFile, "utf8")).toBe(renderArticlesJson("", base.articles, base.storyOf));
  });

  it("is the bytes of the export written whole when written over the old export itself (npm start)", () => {
    for (const [, to] of variants) {
      writeFileSync(oldFile, renderArticlesJson("", base.articles, base.storyOf));
      writeArticlesJsonReusing(oldFile, "", { ...archive, ...to } as Archive, articlesJsonLines(to.articles, to.storyOf), { file: oldFile, lines: articlesJsonLines(base.articles, base.storyOf) });
      expect(readFileSync(oldFile, "utf8")).toBe(renderArticlesJson("", to.articles, to.storyOf));
    }
    expect(readdirSync(dir).filter((name) => name.includes(".tmp-"))).toEqual([]);
  });

  it("finds what it copies wherever the windows the old export is read in split it", () => {
    const text = renderArticlesJson("/p", archive.articles, archive.storyOf);
    writeFileSync(oldFile, text);
    const bytes = Buffer.from(text);
    const needles = archive.articles.map((a) => Buffer.from(`\n{"url":${JSON.stringify(`/p${a.url}`)},`));
    const longest = Math.max(...needles.map((needle) => needle.length));
    for (const window of [longest + 1, longest + 7, 3 * longest, 4096]) {
      const file = new ExportFile(oldFile, window);
      for (const needle of needles) for (const from of [0, 1, 500, 5000]) expect(file.indexOf(needle, from)).toBe(bytes.indexOf(needle, from));
      expect(file.indexOf(Buffer.from("no such text anywhere"), 0)).toBe(-1);
      file.close();
    }
  });

  it("copies the lines whose signature is unchanged, and makes the others again", () => {
    // An old export whose every title was marked: the marks stay where the line was copied.
    const marked = renderArticlesJson("", archive.articles, archive.storyOf).replace(/"title":"/g, '"title":"MARK ');
    writeFileSync(oldFile, marked);
    const lines = articlesJsonLines(archive.articles, archive.storyOf);
    const changed = archive.articles.map((a) => (a === one ? { ...a, version: `${a.version}x` } : a));
    writeArticlesJsonReusing(newFile, "", { ...archive, articles: changed } as Archive, articlesJsonLines(changed, archive.storyOf), { file: oldFile, lines });
    const records = JSON.parse(readFileSync(newFile, "utf8")) as { url: string; title: string }[];
    expect(records.filter((r) => r.title.startsWith("MARK "))).toHaveLength(archive.articles.length - 1);
    expect(records.filter((r) => !r.title.startsWith("MARK ")).map((r) => r.title)).toEqual([one.title]);
  });
});
