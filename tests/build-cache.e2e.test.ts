/**
 * `npm run build` with the build cache gives the site a full build gives, byte for byte, search
 * index included: after an article is added, changed or removed, after articles arrive that
 * collide with the URLs of articles already there; and a cache that is damaged, from other
 * settings or describing a site changed since means a full build, never a failure.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCacheFolder, refuseCacheFolder } from "../build/build-cache.ts";
import { applyCommit, COMMIT_FILE, PACK_FILE } from "../src/staging-commit.mjs";
import { OutputPack } from "../build/output-pack.ts";
import { processRuns, removeStaleStaging } from "../src/staging.ts";
import { buildIn, buildSite, FIXTURE_ARCHIVE, listFiles, ROOT, type BuildResult } from "./helpers/build.ts";
import { copyProject } from "./helpers/project-copy.ts";

/** A copy of the project: the cache is void once the code changes, and others may edit this one meanwhile. */
let project: string;
let work: string;
let articles: string;
let output: string;
let cache: string;

/** A build of `articles` into `output` with the cache. */
const cachedBuild = (env: Record<string, string> = {}, args: string[] = []) => buildIn(project, output, { articlesDir: articles, args, env: { DATELINE_CACHE: cache, ...env } });

/** A full build without the cache, by the same code, into a fresh folder. */
const freshBuild = (env: Record<string, string> = {}) => buildIn(project, path.join(mkdtempSync(path.join(os.tmpdir(), "dateline-site-")), "site"), { articlesDir: articles, env });

/** The files that differ between two sites (every file, hidden ones and the search index included). */
function differences(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  if (filesA.join("\n") !== filesB.join("\n")) {
    const onlyA = filesA.filter((f) => !filesB.includes(f));
    const onlyB = filesB.filter((f) => !filesA.includes(f));
    return [`only in the cached build: ${onlyA.slice(0, 5).join(", ")}`, `only in the full build: ${onlyB.slice(0, 5).join(", ")}`];
  }
  return filesA.filter((file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
}

/** Empty folders under a site: a full build leaves none. */
function emptyFolders(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    if (entries.length === 0) out.push(folder);
    for (const entry of entries) if (entry.isDirectory()) walk(path.join(folder, entry.name));
  };
  walk(dir);
  return out;
}

async function expectSameAsFullBuild(): Promise<BuildResult> {
  const fresh = await freshBuild();
  expect(fresh.exitCode, fresh.stderr).toBe(0);
  expect(differences(output, fresh.output)).toEqual([]);
  expect(emptyFolders(output)).toEqual([]);
  rmSync(path.dirname(fresh.output), { recursive: true, force: true });
  return fresh;
}

const fromCache = (build: BuildResult) => /Built from the cache/.test(build.stdout);

beforeAll(async () => {
  project = copyProject();
  work = mkdtempSync(path.join(os.tmpdir(), "dateline-cache-"));
  articles = path.join(work, "articles");
  output = path.join(work, "site");
  cache = path.join(work, "cache");
  cpSync(FIXTURE_ARCHIVE, articles, { recursive: true });
  // With a URL ledger, as an archive that keeps its addresses has (README "URL").
  const first = await cachedBuild({}, ["--lock-urls"]);
  expect(first.exitCode, first.stderr).toBe(0);
  expect(first.stderr).toContain("a full build, writing the cache");
  expect(first.stdout).toContain("Cache written to");
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(path.dirname(project), { recursive: true, force: true });
});

describe("npm run build with the cache", () => {
  it("with nothing changed, renders nothing and writes nothing", async () => {
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    // The three files that could not be built are read again (a full build keeps no hash of them), then known.
    expect(build.stdout).toMatch(/Built from the cache \(.*\): 3 article files read again, 15 unchanged \(\d+ by content, \d+ by size, times and inode\); 0 pages and files rendered, 0 files written and 0 removed, 0 search bundles re-indexed/);
    // Files untouched since well before the last build's listing are not read (statsTrusted).
    expect((await cachedBuild()).stdout).toMatch(/Built from the cache \(.*\): 0 article files read again, 18 unchanged \(0 by content, 18 by size, times and inode\); 0 pages and files rendered/);
  });

  it("after an article is added, reads that file alone and writes the site a full build writes", async () => {
    writeFileSync(
      path.join(articles, "2024-03-01-new-story.md"),
      "---\ntitle: A new story\ndate: 2024-03-01\nsource: Reuters\ntopics: [Cocoa]\n---\n\nLONDON (Reuters) - A story added since the last build.\n",
    );
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/Built from the cache .*: 1 article file read again, 18 unchanged \(\d+ by content, \d+ by size, times and inode\); \d+ pages and files rendered, .* 1 search bundle re-indexed/);
    await expectSameAsFullBuild();
  });

  it("after an article is changed, the same", async () => {
    const file = path.join(articles, "2024-03-01-new-story.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("A new story", "A retitled story"));
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/Built from the cache .*: 1 article file read again/);
    expect(readFileSync(path.join(output, "2024/03/01/new-story/index.html"), "utf8")).toContain("A retitled story");
    await expectSameAsFullBuild();
  });

  it("after an article is rewritten in place with the same size and its old modified time put back, reads it again", async () => {
    const file = path.join(articles, "2024-03-01-new-story.md");
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("A retitled story", "A retitled stony"));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/Built from the cache .*: 1 article file read again/);
    expect(readFileSync(path.join(output, "2024/03/01/new-story/index.html"), "utf8")).toContain("A retitled stony");
    await expectSameAsFullBuild();
  });

  // An article page names its file: a file moved (git mv) with its text and address kept is a page to write again.
  it("after an article's file is moved to another folder, its text and address kept, its page names the new path", async () => {
    mkdirSync(path.join(articles, "moved"));
    renameSync(path.join(articles, "2024-03-01-new-story.md"), path.join(articles, "moved/2024-03-01-new-story.md"));
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(fromCache(build)).toBe(true);
    expect(readFileSync(path.join(output, "2024/03/01/new-story/index.html"), "utf8")).toContain("moved/2024-03-01-new-story.md");
    await expectSameAsFullBuild();
    renameSync(path.join(articles, "moved/2024-03-01-new-story.md"), path.join(articles, "2024-03-01-new-story.md"));
    rmSync(path.join(articles, "moved"), { recursive: true });
    expect((await cachedBuild()).exitCode).toBe(0);
    expect(readFileSync(path.join(output, "2024/03/01/new-story/index.html"), "utf8")).not.toContain("moved/2024-03-01-new-story.md");
    await expectSameAsFullBuild();
  });

  it("after an article is removed, its page, its saved copy and its folder are gone, as in a full build", async () => {
    rmSync(path.join(articles, "2024-03-01-new-story.md"));
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/Built from the cache .*: 0 article files read again, 18 unchanged .* [1-9]\d* removed/);
    expect(existsSync(path.join(output, "2024/03/01/new-story"))).toBe(false);
    await expectSameAsFullBuild();
  });

  // Regression (issue 11): after many files arrived at once, the dev server's incremental path
  // wrote every page as a full build did but /api/problems.json lacked the warnings of the
  // newcomers' URL collisions with articles already there.
  it("after articles arrive that ask for URLs other articles hold, reports every collision as a full build does", async () => {
    const original = "tasnim/2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh.txt";
    for (const folder of ["arrived-a", "arrived-b", "arrived-c"]) {
      mkdirSync(path.join(articles, folder), { recursive: true });
      cpSync(path.join(articles, original), path.join(articles, folder, path.basename(original)));
    }
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(fromCache(build)).toBe(true);
    const report = JSON.parse(readFileSync(path.join(output, "api/problems.json"), "utf8")) as { problems: { file: string; field: string; message: string }[] };
    const collisions = report.problems.filter((p) => p.field === "slug" && p.message.includes(`already belongs to ${original}`));
    expect(collisions.map((p) => p.file).sort()).toEqual(["arrived-a", "arrived-b", "arrived-c"].map((folder) => `${folder}/${path.basename(original)}`));
    await expectSameAsFullBuild();
  });

  it("with damaged records, says so and builds in full, the same site", async () => {
    const records = readdirSync(cache).find((name) => name.startsWith("records-")) as string;
    writeFileSync(path.join(cache, records), "not records at all");
    writeFileSync(path.join(articles, "2024-03-02-another.md"), "---\ntitle: Another story\ndate: 2024-03-02\n---\n\nAnother story.\n");
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/a full build, writing the cache .*: the build from the cache failed/);
    expect(fromCache(build)).toBe(false);
    await expectSameAsFullBuild();
    // The cache written by that full build serves the next one.
    expect(fromCache(await cachedBuild())).toBe(true);
  });

  it("with an index that is not JSON, the same", async () => {
    writeFileSync(path.join(cache, "state.json"), "{");
    const build = await cachedBuild();
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/a full build, writing the cache .*: the cache's index is not JSON/);
  });

  it("after a setting changed, builds in full", async () => {
    const build = await cachedBuild({ SITE_TITLE: "Another title" });
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/a full build, writing the cache .*: the code, the settings or the owner's pages changed/);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toContain("Another title");
  });

  it("when the site was changed since (a file removed), builds in full", async () => {
    rmSync(path.join(output, "404.html"));
    const build = await cachedBuild({ SITE_TITLE: "Another title" });
    expect(build.stderr).toMatch(/is not the site the cache describes/);
    expect(existsSync(path.join(output, "404.html"))).toBe(true);
  });

  it("when another output folder is asked for, builds it in full", async () => {
    const other = path.join(work, "other-site");
    const build = await buildIn(project, other, { articlesDir: articles, env: { DATELINE_CACHE: cache, SITE_TITLE: "Another title" } });
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/the cache describes another output folder/);
  });

  it("a build rendering in shard processes writes the cache too (shard 1 records it), and the next build uses it", async () => {
    const full = await cachedBuild({ SITE_TITLE: "Sharded" }, ["--jobs=2"]);
    expect(full.exitCode, full.stderr).toBe(0);
    expect(full.stdout).toContain("Cache written to");
    rmSync(path.join(articles, "2024-03-02-another.md"));
    const build = await cachedBuild({ SITE_TITLE: "Sharded" });
    expect(build.exitCode, build.stderr).toBe(0);
    // The three files that could not be built, which a full build keeps no hash of.
    expect(build.stdout).toMatch(/Built from the cache .*: 3 article files read again, 18 unchanged \(\d+ by content, \d+ by size, times and inode\)/);
    const fresh = await freshBuild({ SITE_TITLE: "Sharded" });
    expect(differences(output, fresh.output)).toEqual([]);
    rmSync(path.dirname(fresh.output), { recursive: true, force: true });
  });

  it("leaves no lock and no temporary file in the cache folder", () => {
    expect(readdirSync(cache).sort()).toEqual([expect.stringMatching(/^bodies-[0-9a-f]+\.v8$/), expect.stringMatching(/^records-[0-9a-f]+\.v8$/), "state.json"]);
  });
});

describe("the cache folder", () => {
  it.each([
    [[], {}, { dir: path.join("/p", ".dateline-cache") }],
    [["--cache=/c"], {}, { dir: "/c" }],
    [[], { DATELINE_CACHE: "build-cache" }, { dir: path.join("/p", "build-cache") }],
    [["--no-cache"], { DATELINE_CACHE: "/c" }, { off: "--no-cache" }],
    [[], { DATELINE_CACHE: "off" }, { off: "DATELINE_CACHE=off" }],
  ])("argv %j and env %j: %j", (argv, env, expected) => {
    expect(chooseCacheFolder(argv, env, "/p")).toEqual(expected);
  });

  it("may not hold the output, lie in it, or lie in the articles folder", () => {
    expect(refuseCacheFolder("/p/_site/.cache", { outputDir: "/p/_site", articlesDir: "/p/articles" })).toMatch(/overlap/);
    expect(refuseCacheFolder("/p/cache", { outputDir: "/p/cache/site", articlesDir: "/p/articles" })).toMatch(/overlap/);
    expect(refuseCacheFolder("/p/articles/.cache", { outputDir: "/p/_site", articlesDir: "/p/articles" })).toMatch(/inside the articles folder/);
    expect(refuseCacheFolder("/p/.dateline-cache", { outputDir: "/p/_site", articlesDir: "/p/articles" })).toBeNull();
  });

  it("is refused when it holds anything but the cache's files, and the build goes on without it", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "dateline-not-a-cache-"));
    writeFileSync(path.join(folder, "notes.txt"), "mine");
    const build = await buildSite({ env: { DATELINE_CACHE: folder } });
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/building without the cache: .* holds notes\.txt, which is not the cache's/);
    expect(readdirSync(folder)).toEqual(["notes.txt"]);
    rmSync(folder, { recursive: true, force: true });
    rmSync(path.dirname(build.output), { recursive: true, force: true });
  });

  it("is ignored by git", () => {
    const ignored = spawnSync("git", ["check-ignore", "-q", ".dateline-cache/state.json"], { cwd: ROOT });
    expect(ignored.status).toBe(0);
  });
});

describe("applying a build from the cache", () => {
  /**
   * A site and a staging folder holding a journal: one file replaced, one added, one removed, a
   * bundle replaced; and from the pack of pages, one file written over a longer one, one written
   * into a folder the site lacks.
   */
  function prepare(): { site: string; staging: string } {
    const base = mkdtempSync(path.join(os.tmpdir(), "dateline-commit-"));
    const site = path.join(base, "_site");
    const pid = spawnSync(process.execPath, ["-e", ""]).pid;
    expect(processRuns(pid)).toBe(false);
    const staging = path.join(base, `._site.building-${pid}`);
    for (const [file, text] of [["index.html", "old home"], ["2024/03/01/gone/index.html", "gone"], ["pagefind/b0/a.pf", "old bundle"], [".dateline-site", ""], ["articles/page/2/index.html", "the old second page, longer"]]) {
      mkdirSync(path.dirname(path.join(site, file as string)), { recursive: true });
      writeFileSync(path.join(site, file as string), text as string);
    }
    for (const [file, text] of [["index.html", "new home"], ["2024/03/02/new/index.html", "new"], ["pagefind/b0/b.pf", "new bundle"]]) {
      mkdirSync(path.dirname(path.join(staging, file as string)), { recursive: true });
      writeFileSync(path.join(staging, file as string), text as string);
    }
    const pack = new OutputPack(staging);
    pack.write("articles/page/2/index.html", "page two ✓");
    pack.write("2024/03/03/packed/index.html", "packed");
    pack.close();
    const journal = { folders: ["pagefind/b0"], writes: pack.writes(), moves: ["index.html", "2024/03/02/new/index.html"], removes: ["2024/03/01/gone/index.html"] };
    writeFileSync(path.join(staging, COMMIT_FILE), JSON.stringify(journal));
    return { site, staging };
  }

  const expected = [".dateline-site", "2024/03/02/new/index.html", "2024/03/03/packed/index.html", "articles/page/2/index.html", "index.html", "pagefind/b0/b.pf"];

  it("moves in what changed, writes what the pack holds, removes what went, and may be run again", () => {
    const { site, staging } = prepare();
    expect(applyCommit(site, staging)).toBe(true);
    expect(applyCommit(site, staging)).toBe(false);
    expect(listFiles(site)).toEqual(expected);
    expect(readFileSync(path.join(site, "index.html"), "utf8")).toBe("new home");
    expect(readFileSync(path.join(site, "articles/page/2/index.html"), "utf8")).toBe("page two ✓");
    expect(readFileSync(path.join(site, "2024/03/03/packed/index.html"), "utf8")).toBe("packed");
    expect(existsSync(path.join(site, "2024/03/01"))).toBe(false);
    rmSync(path.dirname(site), { recursive: true, force: true });
  });

  it("killed half way, is finished by the next build, which removes the staging folder", () => {
    const { site, staging } = prepare();
    // Half applied: the bundle moved in, the rest not.
    rmSync(path.join(site, "pagefind/b0"), { recursive: true });
    cpSync(path.join(staging, "pagefind/b0"), path.join(site, "pagefind/b0"), { recursive: true });
    rmSync(path.join(staging, "pagefind/b0"), { recursive: true });
    writeFileSync(path.join(site, "articles/page/2/index.html"), "page two ✓");
    expect(removeStaleStaging(site)).toEqual([staging]);
    expect(listFiles(site)).toEqual(expected);
    expect(readFileSync(path.join(site, "articles/page/2/index.html"), "utf8")).toBe("page two ✓");
    expect(existsSync(staging)).toBe(false);
    rmSync(path.dirname(site), { recursive: true, force: true });
  });

  it("writes a page linked elsewhere as a new file, leaving the other link's bytes as they were", () => {
    const { site, staging } = prepare();
    const snapshot = path.join(path.dirname(site), "snapshot.html");
    linkSync(path.join(site, "articles/page/2/index.html"), snapshot);
    expect(applyCommit(site, staging)).toBe(true);
    expect(readFileSync(path.join(site, "articles/page/2/index.html"), "utf8")).toBe("page two ✓");
    expect(readFileSync(snapshot, "utf8")).toBe("the old second page, longer");
    expect(listFiles(staging)).not.toContain(`${PACK_FILE}.linked`);
    rmSync(path.dirname(site), { recursive: true, force: true });
  });

  it("writes a page that is a symbolic link as a file of its own, leaving the link's target as it was", () => {
    const { site, staging } = prepare();
    const elsewhere = path.join(path.dirname(site), "elsewhere.html");
    renameSync(path.join(site, "articles/page/2/index.html"), elsewhere);
    symlinkSync(elsewhere, path.join(site, "articles/page/2/index.html"));
    expect(applyCommit(site, staging)).toBe(true);
    expect(lstatSync(path.join(site, "articles/page/2/index.html")).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(site, "articles/page/2/index.html"), "utf8")).toBe("page two ✓");
    expect(readFileSync(elsewhere, "utf8")).toBe("the old second page, longer");
    rmSync(path.dirname(site), { recursive: true, force: true });
  });

  it("with a pack shorter than its journal says, stops before writing what it lacks, and keeps the journal", () => {
    const { site, staging } = prepare();
    const pack = path.join(staging, PACK_FILE);
    writeFileSync(pack, readFileSync(pack).subarray(0, 5));
    expect(() => applyCommit(site, staging)).toThrow(/ends before articles\/page\/2\/index\.html/);
    expect(readFileSync(path.join(site, "articles/page/2/index.html"), "utf8")).toBe("the old second page, longer");
    expect(existsSync(path.join(staging, COMMIT_FILE))).toBe(true);
    rmSync(path.dirname(site), { recursive: true, force: true });
  });
});
