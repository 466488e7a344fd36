/**
 * The dev server's incremental build gives the same site a full build gives: add, change and
 * delete articles, update, and compare every page with a fresh build of the same folder.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { register } from "tsx/esm/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownerSiteContext } from "../build/build-state.ts";
import { IncrementalSite, RACY_MS, statsTrusted } from "../build/incremental.ts";
import { readOwnerPages, withOwnerNavigation } from "../build/outputs.ts";
import { ownerPagesRenderer } from "../build/owner-pages.ts";
import { readSiteOptions } from "../src/site-options.ts";
import { buildSite, FIXTURE_ARCHIVE, FIXTURE_PAGES, listFiles } from "./helpers/build.ts";

// Eleventy loads eleventy.config.ts and the data files with Node's own import, as `npm start` does under tsx.
register();

let work: string;
let articles: string;
let output: string;
let incremental: IncrementalSite;

/** Every file but the search index, whose fragment names are Pagefind's own. */
const pages = (dir: string) => listFiles(dir).filter((f) => !f.startsWith("pagefind/"));

async function expectSameAsFullBuild(): Promise<void> {
  const fresh = await buildSite({ articlesDir: articles });
  expect(fresh.exitCode, fresh.stderr).toBe(0);
  expect(pages(output)).toEqual(pages(fresh.output));
  for (const file of pages(fresh.output)) {
    expect(readFileSync(path.join(output, file), "utf8"), file).toBe(readFileSync(path.join(fresh.output, file), "utf8"));
  }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "dateline-incremental-"));
  articles = path.join(work, "articles");
  cpSync(FIXTURE_ARCHIVE, articles, { recursive: true });
  const first = await buildSite({ articlesDir: articles });
  expect(first.exitCode, first.stderr).toBe(0);
  output = first.output;
  // As bin/dev.ts does: the settings, and the owner's pages the full build recorded.
  const ownerPages = readOwnerPages(output);
  expect(ownerPages.urls.length).toBeGreaterThan(0);
  const options = readSiteOptions({ ...process.env, PAGES_DIR: FIXTURE_PAGES, ARTICLES_DIR: articles }, [`--output=${output}`]);
  const site = withOwnerNavigation(ownerSiteContext(options), ownerPages);
  incremental = new IncrementalSite(articles, output, site, 5000, ownerPages.urls, ownerPagesRenderer(options, site, output));
  await incremental.update(false);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("IncrementalSite", () => {
  it("with nothing changed, reads nothing again and writes nothing", async () => {
    const result = await incremental.update();
    expect(result.readAgain).toBe(0);
    expect(result.written).toEqual([]);
    expect(result.removed).toEqual([]);
  });

  it("an added article gets its page, and the lists, feeds and JSON that hold it, as a full build would", async () => {
    writeFileSync(
      path.join(articles, "2024-03-01-new-story.md"),
      "---\ntitle: A new story\ndate: 2024-03-01\nsource: Reuters\ntopics: [Cocoa]\n---\n\nLONDON (Reuters) - A story added while the site runs.\n",
    );
    const result = await incremental.update();
    expect(result.readAgain).toBe(1);
    expect(result.written[0]).toBe("/2024/03/01/new-story/");
    expect(result.written).toEqual(expect.arrayContaining(["/", "/topics/cocoa/", "/sources/reuters/", "/2024/03/", "/api/articles.json", "/feed.xml"]));
    expect(result.staleBundles.map((b) => b.path)).toEqual(["pagefind/b0/"]);
    await expectSameAsFullBuild();
  });

  it("an edited article's page changes, and so do the pages that show its title", async () => {
    const file = path.join(articles, "2024-03-01-new-story.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("A new story", "A retitled story"));
    const result = await incremental.update();
    expect(result.written).toContain("/2024/03/01/new-story/");
    expect(readFileSync(path.join(output, "2024/03/01/new-story/index.html"), "utf8")).toContain("A retitled story");
    await expectSameAsFullBuild();
  });

  // Regression (issue 11): after many files arrived at once, every page matched a full build but
  // /api/problems.json lacked the warnings of the newcomers' URL collisions with articles already
  // there; and the index of stories, which the update never rewrote, showed the stories of before.
  it("articles that ask for URLs other articles hold are reported, and join their story, as in a full build", async () => {
    const original = "tasnim/2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh.txt";
    for (const folder of ["arrived-a", "arrived-b", "arrived-c"]) {
      mkdirSync(path.join(articles, folder), { recursive: true });
      cpSync(path.join(articles, original), path.join(articles, folder, path.basename(original)));
    }
    const result = await incremental.update();
    expect(result.readAgain).toBe(3);
    expect(result.written).toContain("/stories/");
    const report = JSON.parse(readFileSync(path.join(output, "api/problems.json"), "utf8")) as { problems: { field: string; message: string }[] };
    expect(report.problems.filter((p) => p.field === "slug" && p.message.includes("already belongs to"))).toHaveLength(4);
    await expectSameAsFullBuild();
    for (const folder of ["arrived-a", "arrived-b", "arrived-c"]) rmSync(path.join(articles, folder), { recursive: true });
    await incremental.update();
    await expectSameAsFullBuild();
  });

  it("a deleted article's page is removed, and the lists no longer show it", async () => {
    rmSync(path.join(articles, "2024-03-01-new-story.md"));
    const result = await incremental.update();
    expect(result.removed).toContain("/2024/03/01/new-story/");
    expect(existsSync(path.join(output, "2024/03/01/new-story/index.html"))).toBe(false);
    await expectSameAsFullBuild();
  });
});

describe("statsTrusted: a build from the cache reads a file again unless its size, times and inode vouch for it (as git's index)", () => {
  const listed = Date.UTC(2025, 0, 1, 12);
  const recorded = { size: 100, mtimeMs: listed - 60_000, ctimeMs: listed - 60_000, ino: 7 };
  it.each([
    ["all as recorded, changed a minute before the listing that recorded it", {}, true],
    ["another size", { size: 101 }, false],
    ["another modified time", { mtimeMs: listed - 59_000 }, false],
    ["the old modified time put back, but changed since (ctime)", { ctimeMs: listed + 5_000 }, false],
    ["another inode (replaced by another file of the same size and times)", { ino: 8 }, false],
  ])("%s: %s", (_name, now, trusted) => {
    expect(statsTrusted(recorded, { ...recorded, ...now }, listed)).toBe(trusted);
  });
  it.each([
    ["in the same tick as the listing", listed],
    ["a second before it (a file system counting whole seconds)", listed - 1000],
    ["just within RACY_MS of it", listed - RACY_MS],
    ["after it", listed + 10],
  ])("a file changed %s is racily clean: read again, however alike", (_name, changed) => {
    const racy = { ...recorded, mtimeMs: changed, ctimeMs: changed };
    expect(statsTrusted(racy, racy, listed)).toBe(false);
  });
  it("with no listing recorded, no file is trusted", () => {
    expect(statsTrusted(recorded, recorded, 0)).toBe(false);
  });
});
