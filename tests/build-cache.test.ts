/**
 * The build cache's records (build/build-cache.ts) read back as written, the articles' texts
 * kept apart in the texts file: appended to by a build from the cache, written afresh when
 * asked, and never rewritten where records point; the index, whose first line alone tells
 * whether the cache may serve a build; a build from the cache on its own thread, which says
 * why when it cannot be one.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bodiesNameOf, BuildCache, forgetCacheOf, readRecords, recordsStatsAt, siteFilesOf, toSiteList, writeRecords } from "../build/build-cache.ts";
import { buildFromCacheOnThread } from "../build/cached-build-thread.ts";
import { readerIfChanged } from "../build/cached-build.ts";
import { BodiesFile } from "../build/article-texts.ts";
import type { CachedFile, SiteSnapshot } from "../build/incremental.ts";
import { StoryTermStore } from "../build/story-term-store.ts";
import type { NormalizedArticle } from "../src/normalize-article.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-records-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (name: string, text: string) => ({ sourceFile: name, title: name, bodyHtml: `<p>${text}</p>`, plainText: text }) as unknown as NormalizedArticle;
const file = (a: NormalizedArticle | null): CachedFile => ({ size: 1, mtimeMs: 1, ctimeMs: 1, ino: 1, folderData: "{}", sha256: a ? "00" : null, article: a, problems: [] });

function snapshot(files: [string, CachedFile][]): SiteSnapshot {
  return { files: new Map(files), signatures: new Map([["/", "x"]]), bundleSignatures: new Map(), now: 5, statsAt: 6, storyTerms: new StoryTermStore().stored() };
}

const ownerPages = { urls: [], navigation: [] } as never;

describe("records", () => {
  it("keep each article but its text, which the texts file gives back by the record's pointer", async () => {
    const records = path.join(dir, "records-aa.v8");
    await writeRecords(records, snapshot([["a.md", file(article("a.md", "Alpha text."))], ["b.md", file(article("b.md", "Béta, 北京."))], ["bad.md", file(null)]]), ownerPages);
    const { snapshot: read } = await readRecords(records);
    expect(read.statsAt).toBe(6);
    // The head alone tells when the stats were taken; a file that is no records tells nothing.
    expect(recordsStatsAt(records)).toBe(6);
    expect(recordsStatsAt(path.join(dir, bodiesNameOf(records)))).toBeNull();
    expect(recordsStatsAt(path.join(dir, "missing.v8"))).toBeNull();
    const a = read.files.get("a.md") as CachedFile;
    // The texts are apart: the record's article has no text fields at all.
    expect(a.article && "plainText" in a.article).toBe(false);
    expect(a.article && "bodyHtml" in a.article).toBe(false);
    expect(a.article?.title).toBe("a.md");
    const texts = new BodiesFile(path.join(dir, bodiesNameOf(records)));
    expect(texts.read(a.body as [number, number])).toEqual({ bodyHtml: "<p>Alpha text.</p>", plainText: "Alpha text." });
    expect(texts.read(read.files.get("b.md")?.body as [number, number]).plainText).toBe("Béta, 北京.");
    expect(read.files.get("bad.md")?.body).toBeUndefined();
    texts.close();
  });

  it("written again, append only the texts read again, leaving the bytes earlier records point at", async () => {
    const first = path.join(dir, "records-aa.v8");
    const bodies = bodiesNameOf(first);
    const before = statSync(path.join(dir, bodies)).size;
    const { snapshot: read } = await readRecords(first);
    read.files.set("c.md", file(article("c.md", "Gamma, new.")));
    const second = path.join(dir, "records-bb.v8");
    await writeRecords(second, read, ownerPages, { file: bodies });
    const { snapshot: again } = await readRecords(second);
    expect(again.files.get("a.md")?.body).toEqual(read.files.get("a.md")?.body);
    expect(again.files.get("c.md")?.body?.[0]).toBe(before);
    const texts = new BodiesFile(path.join(dir, bodies));
    expect(texts.read(again.files.get("c.md")?.body as [number, number]).plainText).toBe("Gamma, new.");
    expect(texts.read(again.files.get("a.md")?.body as [number, number]).plainText).toBe("Alpha text.");

    // Written afresh: every text copied into a new file, the old one untouched.
    const third = path.join(dir, "records-cc.v8");
    await writeRecords(third, again, ownerPages, { file: bodiesNameOf(third), rewriteFrom: texts });
    const { snapshot: fresh } = await readRecords(third);
    const freshTexts = new BodiesFile(path.join(dir, bodiesNameOf(third)));
    for (const [name, text] of [["a.md", "Alpha text."], ["b.md", "Béta, 北京."], ["c.md", "Gamma, new."]]) {
      expect(freshTexts.read(fresh.files.get(name as string)?.body as [number, number]).plainText).toBe(text);
    }
    expect(fresh.files.get("a.md")?.body?.[0]).toBe(0);
    texts.close();
    freshTexts.close();
  });
});

describe("records of many files", () => {
  const agency = () => ({ name: "Reuters", slug: "reuters", known: true });
  const place = () => ({ name: "Tehran", slug: "tehran", countryCode: "IR", coordinates: [51.4, 35.7] });
  const many = (count: number) =>
    Array.from({ length: count }, (_, i): [string, CachedFile] => {
      const name = `${String(i).padStart(5, "0")}.md`;
      const a = { ...article(name, `Text ${i}.`), source: agency(), dateline: { raw: `TEHRAN ${i}`, place: place() }, topics: [], citedSources: [] } as unknown as NormalizedArticle;
      return [name, file(a)];
    });

  it("read back what was written, the parts articles share made one object, equal to each article's own", async () => {
    const records = path.join(dir, "records-dd.v8");
    const files = many(3);
    await writeRecords(records, snapshot(files), ownerPages);
    const { snapshot: read } = await readRecords(records);
    const [a, b] = [...read.files.values()].map((cached) => cached.article as NormalizedArticle);
    expect(a?.source).toBe(b?.source);
    expect(a?.dateline?.place).toBe(b?.dateline?.place);
    expect(a?.dateline?.raw).toBe("TEHRAN 0");
    expect(b?.dateline?.raw).toBe("TEHRAN 1");
    for (const [name, cached] of files) {
      const { bodyHtml: _b, plainText: _p, ...textless } = cached.article as NormalizedArticle;
      expect(read.files.get(name)?.article).toEqual(textless);
    }
    // The written snapshot's own objects are left as they were.
    expect(files[0]?.[1].article?.source).not.toBe(files[1]?.[1].article?.source);
  });

  it("written again after a build from them, copy the chunks whose files are unchanged byte for byte and write the rest", async () => {
    const first = path.join(dir, "records-ee.v8");
    await writeRecords(first, snapshot(many(4500)), ownerPages);
    const { snapshot: read } = await readRecords(first);
    const chunks = read.stored?.chunks ?? [];
    expect(chunks.map((chunk) => chunk.files.length)).toEqual([2000, 2000, 500]);
    // One file of the second chunk changed, one of the third removed, one added.
    const changed = chunks[1]?.files[7]?.[0] as string;
    read.files.set(changed, { ...(read.files.get(changed) as CachedFile), size: 99 });
    read.files.delete(chunks[2]?.files[3]?.[0] as string);
    read.files.set("new.md", file(article("new.md", "New.")));
    // A mark in the old file's first chunk, not in memory: it shows whether the chunk was copied or serialized again.
    const marked = readFileSync(first);
    const at = marked.indexOf("TEHRAN 5", chunks[0]?.start);
    marked.write("TEHRAX 5", at, "latin1");
    writeFileSync(first, marked);
    const second = path.join(dir, "records-ff.v8");
    await writeRecords(second, read, ownerPages, { file: bodiesNameOf(first) });

    const { snapshot: again } = await readRecords(second);
    expect(new Set(again.files.keys())).toEqual(new Set(read.files.keys()));
    expect(again.files.get(changed)?.size).toBe(99);
    expect(again.files.get("00005.md")?.article?.dateline?.raw).toBe("TEHRAX 5");
    for (const [name, cached] of read.files) if (name !== "new.md" && name !== "00005.md") expect(again.files.get(name)).toEqual(cached);
    const texts = new BodiesFile(path.join(dir, bodiesNameOf(first)));
    expect(texts.read(again.files.get("new.md")?.body as [number, number]).plainText).toBe("New.");
    expect(texts.read(again.files.get("00001.md")?.body as [number, number]).plainText).toBe("Text 1.");
    texts.close();
    // The first chunk, none of whose files changed, is the old bytes; the others are written again.
    const oldBytes = readFileSync(first);
    const newBytes = readFileSync(second);
    const [one, two] = chunks as [(typeof chunks)[number], (typeof chunks)[number]];
    expect(newBytes.indexOf(oldBytes.subarray(one.start, one.end))).toBeGreaterThan(0);
    expect(newBytes.indexOf(oldBytes.subarray(two.start, two.end))).toBe(-1);
  });
});

describe("the reader thread of a build from the cache", () => {
  const statsAt = 1_000_000;
  const listed = (...times: number[]) =>
    Promise.resolve({ listedAt: statsAt + 10_000, listing: { entries: times.map((t, i) => ({ path: `${i}.md`, mtimeMs: t, ctimeMs: t })), problems: [], allPaths: [] } as never });
  /** A stand-in for the thread: counts starts and stops, and what it was asked to read. */
  const threads = () => {
    const counts = { started: 0, stopped: 0, read: 0 };
    const start = () => {
      counts.started++;
      return { read: async () => (counts.read++, []), stop: () => void counts.stopped++ } as never;
    };
    return { counts, start };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("starts at once, and stops once the listing shows no file with times near or after the records' stats", async () => {
    const unchanged = threads();
    readerIfChanged(listed(statsAt - 60_000, statsAt - 5_000), statsAt, unchanged.start);
    expect(unchanged.counts.started).toBe(1);
    await settle();
    expect(unchanged.counts.stopped).toBe(1);
    for (const times of [[statsAt - 60_000, statsAt - 1_000], [statsAt + 5_000]]) {
      const changed = threads();
      readerIfChanged(listed(...times), statsAt, changed.start);
      await settle();
      expect(changed.counts).toEqual({ started: 1, stopped: 0, read: 0 });
    }
    // Records whose stats' time cannot be read: the thread is kept.
    const unknown = threads();
    readerIfChanged(listed(0), null, unknown.start);
    await settle();
    expect(unknown.counts.stopped).toBe(0);
  });

  it("still reads a file that must be read when the listing said none changed, and reads nothing once stopped", async () => {
    const { counts, start } = threads();
    const reader = readerIfChanged(listed(statsAt - 60_000), statsAt, start);
    await settle();
    expect(counts).toEqual({ started: 1, stopped: 1, read: 0 });
    await reader.read([{ path: "a.md" }] as never);
    expect(counts).toEqual({ started: 2, stopped: 1, read: 1 });
    reader.stop();
    expect(counts.stopped).toBe(2);
    await expect(reader.read([{ path: "b.md" }] as never)).rejects.toThrow(/stopped/);
  });
});

describe("the index", () => {
  const output = path.join(dir, "site");
  mkdirSync(output, { recursive: true });
  writeFileSync(path.join(output, "index.html"), "<p>home</p>");
  mkdirSync(path.join(output, "api"), { recursive: true });
  writeFileSync(path.join(output, "api", "problems.json"), "{}");
  const site = [
    { file: "api/problems.json", bytes: 2 },
    { file: "index.html", bytes: 11 },
  ];

  async function remembered(cacheDir: string): Promise<void> {
    const cache = BuildCache.take(cacheDir, "print-1") as BuildCache;
    writeFileSync(cache.recordsPath("records-0a.v8"), "r");
    writeFileSync(cache.recordsPath("bodies-0a.v8"), "b");
    await cache.remember(output, site, "records-0a.v8");
    cache.release();
  }

  it("lists the site it describes, read back by a later build of the same code", async () => {
    const cacheDir = path.join(dir, "cache-same");
    await remembered(cacheDir);
    const cache = BuildCache.take(cacheDir, "print-1") as BuildCache;
    expect(cache.refusalFor(output)).toBeNull();
    const usable = cache.usableFor(output);
    expect(typeof usable === "string" ? usable : usable.own).toEqual([["api/problems.json", 2], ["index.html", 11]]);
    const list = cache.readSite();
    expect(typeof list === "string" ? list : siteFilesOf(list)).toEqual(site);
    // Another folder, or other code: refused.
    expect(cache.refusalFor(path.join(dir, "elsewhere"))).toMatch(/another output folder/);
    cache.release();
    const other = BuildCache.take(cacheDir, "print-2") as BuildCache;
    expect(other.refusalFor(output)).toMatch(/code, the settings/);
    expect(other.usableFor(output)).toMatch(/code, the settings/);
    other.release();
  });

  it("tells from its first line alone whether the cache may serve a build; the site's list is read only to use it", async () => {
    const cacheDir = path.join(dir, "cache-head");
    await remembered(cacheDir);
    const index = path.join(cacheDir, "state.json");
    const [head] = readFileSync(index, "utf8").split("\n");
    // The list damaged: the head still says the cache is this code's, and may serve; reading the list says it is damaged.
    writeFileSync(index, `${head}\n"index.html`);
    const cache = BuildCache.take(cacheDir, "print-1") as BuildCache;
    expect(cache.refusalFor(output)).toBeNull();
    expect(typeof cache.usableFor(output)).toBe("object");
    expect(cache.readSite()).toMatch(/not JSON/);
    // As many sizes as paths, or it is damaged.
    writeFileSync(index, `${head}\n${JSON.stringify("api/problems.json\0index.html")}\n[2]`);
    expect(cache.readSite()).toMatch(/damaged/);
    cache.release();
    // The site's own files changed since: refused, by the head alone.
    writeFileSync(path.join(output, "index.html"), "<p>home, edited</p>");
    const edited = BuildCache.take(cacheDir, "print-1") as BuildCache;
    expect(edited.usableFor(output)).toMatch(/index\.html was changed or removed/);
    edited.release();
    writeFileSync(path.join(output, "index.html"), "<p>home</p>");
    // The index of an older format (one line, the list in it): another format.
    writeFileSync(index, JSON.stringify({ ...JSON.parse(head as string), format: 7, site: [] }));
    const older = BuildCache.take(cacheDir, "print-1") as BuildCache;
    expect(older.refusalFor(output)).toMatch(/another format/);
    older.release();
  });

  it("keeps the site's list of files as two pieces, read back as they were, for any path and for none", () => {
    for (const files of [[], [{ file: "index.html", bytes: 0 }], [{ file: "a b/é 北京/index.html", bytes: 12_345_678_901 }, { file: "api/x.json", bytes: 3 }]]) {
      expect(siteFilesOf(toSiteList(files))).toEqual(files);
    }
  });

  it("is voided for a site the dev server changes in place, and kept for another site", async () => {
    const cacheDir = path.join(dir, "cache-dev");
    await remembered(cacheDir);
    const index = path.join(cacheDir, "state.json");
    forgetCacheOf(path.join(dir, "elsewhere"), [`--cache=${cacheDir}`], {});
    expect(existsSync(index)).toBe(true);
    forgetCacheOf(output, [`--cache=${cacheDir}`], {});
    expect(existsSync(index)).toBe(false);
  });

  it("a build from the cache runs on a thread of its own, which says why it cannot when the cache has no site yet", async () => {
    const cacheDir = path.join(dir, "cache-none");
    const cache = BuildCache.take(cacheDir, "print-1") as BuildCache;
    const options = { articlesDir: dir, outputDir: output, pathPrefix: "/", siteUrl: "http://localhost/", pagesDir: dir, title: "T", description: null, language: "en", timeZone: "UTC", navigation: [], footer: null, strict: false };
    const outcome = await buildFromCacheOnThread({ options, cacheDir, fingerprint: "print-1", staging: path.join(dir, ".site.building-1"), startedAt: Date.now(), argv: [] });
    expect(outcome).toEqual({ fallback: "no cache yet" });
    cache.release();
  });
});
