/**
 * The build states the site's size and file count, and warns as it nears the 1 GB GitHub Pages
 * publishes; bench/site-bytes.ts says where the bytes go.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breakDown } from "../bench/site-bytes.ts";
import { formatBytes, hostingWarning, listSiteFiles, measureSite } from "../src/site-size.ts";
import { buildSite, type BuildResult } from "./helpers/build.ts";

describe("sizes as the summary writes them", () => {
  it.each([
    [0, "0 kB"],
    [83_400, "83 kB"],
    [2_100_000, "2.1 MB"],
    [899_999_999, "900.0 MB"],
    [1_020_000_000, "1.02 GB"],
  ])("%d bytes: %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    [336e6, null],
    [899e6, null],
    [900e6, /900\.0 MB, near the 1 GB GitHub Pages publishes/],
    [1.2e9, /1\.20 GB, more than the 1 GB GitHub Pages publishes/],
  ])("a site of %d bytes: warning %s", (bytes, expected) => {
    const warning = hostingWarning(bytes);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toMatch(expected);
  });
});

describe("where a site's bytes go", () => {
  it("each file counts once, in its kind", () => {
    const files = [
      "2023/09/21/putin-aliyev-call/index.html",
      "2023/09/21/index.html",
      "2023/09/21/putin-aliyev/saved.txt",
      "stories/2023-09-21-putin-aliyev/index.html",
      "on-this-day/09-21/index.html",
      "2023/09/page/2/index.html",
      "2023/index.html",
      "articles/page/3/index.html",
      "topics/iran/index.html",
      "topics/iran/feed.xml",
      "feed.xml",
      "sitemap.xml",
      "api/articles.json",
      "pagefind/b0/fragment/en_1a2b.pf_fragment",
      "pagefind/b0/index/en_1a2b.pf_index",
      "pagefind/b0/pagefind.js",
      "index.html",
    ].map((file) => ({ file, bytes: 10 }));
    const kinds = Object.fromEntries(breakDown(files).filter((k) => k.files).map((k) => [k.kind, k.files]));
    expect(kinds).toEqual({
      "article pages": 1,
      "saved copies (saved.txt)": 1,
      "story pages": 1,
      "On this day": 1,
      "period lists (year, month, day)": 3,
      "all articles list": 1,
      "topic lists": 1,
      "search: fragments (one per article)": 1,
      "search: word index": 1,
      "search: client (scripts, WebAssembly)": 1,
      "JSON (api/)": 1,
      sitemap: 1,
      feeds: 2,
      "other pages (home, search, 404), assets": 1,
    });
  });
});

describe("the build summary", () => {
  let build: BuildResult;
  let base: string;

  beforeAll(async () => {
    base = mkdtempSync(path.join(os.tmpdir(), "dateline-size-"));
    build = await buildSite({ output: path.join(base, "site") });
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("states the site's size and file count, hidden files included", () => {
    expect(build.exitCode, build.stderr).toBe(0);
    const { bytes, files } = measureSite(build.output);
    expect(listSiteFiles(build.output).some((f) => f.file === ".nojekyll")).toBe(true);
    expect(build.stdout).toContain(`; site ${formatBytes(bytes)} in ${files} files.`);
    expect(build.stderr).not.toMatch(/GitHub Pages/);
  });

  it("counts every file of a folder, at any depth", () => {
    const dir = path.join(base, "count");
    mkdirSync(path.join(dir, "a/b"), { recursive: true });
    writeFileSync(path.join(dir, "a/b/c.html"), "12345");
    writeFileSync(path.join(dir, ".hidden"), "12");
    expect(measureSite(dir)).toEqual({ bytes: 7, files: 2 });
  });
});
