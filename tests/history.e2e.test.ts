/**
 * End to end, news as history: `npm run build` on the fixture archive, whose one story is the
 * seed (Tasnim, citing TASS) and TASS's own report of the same call; then the story page, the
 * article pages' story line and "Also reported by", On this day, the map of datelines, the
 * provenance of every page and `npm run verify` on the built site.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/provenance.ts";
import { buildSite, FIXTURE_ARCHIVE, readText, ROOT, type BuildResult } from "./helpers/build.ts";

interface ExportRecord {
  url: string;
  title: string;
  sourceFile: string;
  sha256: string | null;
  story: { title: string; url: string } | null;
}

const SEED = "/2023/09/21/putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/";
const TASS = "/2023/09/21/kremlin-karabakh-call/";
const STORY = "/stories/2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/";

let build: BuildResult;
let records: ExportRecord[];
const page = (url: string) => readText(build.output, url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1));
const temporary: string[] = [];

beforeAll(async () => {
  build = await buildSite();
  expect(build.exitCode, build.stderr).toBe(0);
  records = JSON.parse(readText(build.output, "api/articles.json"));
});

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("a story", () => {
  it("has a page with its title, span, agencies, places and a timeline drawn as SVG too", () => {
    const html = page(STORY);
    expect(html).toContain("<h1>Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh</h1>");
    expect(html).toContain("2 articles, 21 September 2023");
    expect(html).toMatch(/Reported by: <a href="\/sources\/(tass|tasnim)\/">/);
    expect(html).toContain('<a href="/places/tehran-ir/">Tehran</a>');
    expect(html).toContain('<a href="/places/moscow-ru/">Moscow</a>');
    expect(html).toMatch(/<svg class="story-strip"[^>]*role="img" aria-label="Articles per day"/);
    expect(html).toContain("<title>21 September 2023: 2 articles</title>");
    const timeline = [...(html.split('<ol class="timeline">')[1] ?? "").matchAll(/<li><a href="([^"]+)"[^>]*>[^<]+<\/a>/g)].map((m) => m[1]);
    expect(timeline).toEqual([SEED, TASS]);
    // TASS's time, in its own zone.
    expect(html).toContain('<time datetime="2023-09-21T12:30:00+03:00">12:30</time>');
  });

  it("is named on each of its articles' pages and in the JSON export", () => {
    for (const url of [SEED, TASS]) {
      expect(page(url)).toContain(
        `<p class="story-line">Part of the story: <a href="${STORY}"><bdi>Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh</bdi></a> &mdash; 2 articles, 21 September 2023</p>`,
      );
      expect(records.find((r) => r.url === url)?.story).toEqual({ title: "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh", url: STORY });
    }
    expect(records.filter((r) => r.story).map((r) => r.url).sort()).toEqual([SEED, TASS].sort());
    expect(records.find((r) => r.url === "/2024/02/14/quake/")?.story).toBeNull();
  });

  it("joins the sitemap", () => {
    expect(readText(build.output, "sitemap.xml")).toContain(`<loc>http://localhost:8080${STORY}</loc>`);
  });
});

describe("the index of stories, and a story's address kept by the URL ledger", () => {
  it("lists every story on /stories/, linked from the home page and each story's breadcrumbs", () => {
    const html = page("/stories/");
    expect(html).toContain("<h1>Stories</h1>");
    expect(html).toContain('<p class="list-count">1 story</p>');
    expect(html).toMatch(new RegExp(`<ol class="story-list" start="1"><li><a href="${STORY}"[^>]*>Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh</a>\n<p class="story-meta">2 articles, 21 September 2023`));
    expect(page("/")).toContain('<a href="/stories/">Every story (1) &rarr;</a>');
    expect(page(STORY)).toMatch(/<nav class="breadcrumbs"[^>]*>[\s\S]*<a href="\/stories\/">Stories<\/a>/);
    expect(readText(build.output, "sitemap.xml")).toContain("<loc>http://localhost:8080/stories/</loc>");
  });

  // TASS's flash, hours before its full report and the Tasnim story: back-filled, it becomes the story's first article.
  const FLASH = `---
title: "Putin and Aliyev discuss further de-escalation in Nagorno-Karabakh"
date: 2023-09-21T02:00:00+03:00
source: TASS
---

MOSCOW, Sept 21 (TASS) - Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev in a telephone conversation discussed priority steps for further stabilization of the situation in Nagorno-Karabakh and overcoming humanitarian problems in the region, the Kremlin press service said.
`;
  const copyArchive = () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), "dateline-ledger-"));
    temporary.push(copy);
    cpSync(FIXTURE_ARCHIVE, copy, { recursive: true });
    return copy;
  };

  it("keeps a story's address when an older report is back-filled into it; without the ledger the older one names it", async () => {
    const kept = copyArchive();
    const first = await buildSite({ articlesDir: kept, args: ["--lock-urls"] });
    expect(first.exitCode, first.stderr).toBe(0);
    const ledger = JSON.parse(readFileSync(path.join(kept, ".dateline-urls.json"), "utf8")) as { stories: Record<string, string> };
    expect(Object.values(ledger.stories)).toEqual([STORY.slice(9, -1), STORY.slice(9, -1)]);

    writeFileSync(path.join(kept, "tass/2023-09-21-kremlin-flash.md"), FLASH);
    const again = await buildSite({ articlesDir: kept });
    expect(again.exitCode, again.stderr).toBe(0);
    const flash = readText(again.output, "2023/09/21/kremlin-flash/index.html");
    expect(flash).toContain(`Part of the story: <a href="${STORY}">`);
    expect(readText(again.output, `${STORY.slice(1)}index.html`)).toContain("3 articles, 21 September 2023");

    const unkept = copyArchive();
    writeFileSync(path.join(unkept, "tass/2023-09-21-kremlin-flash.md"), FLASH);
    const fresh = await buildSite({ articlesDir: unkept });
    expect(readText(fresh.output, "2023/09/21/kremlin-flash/index.html")).toContain('Part of the story: <a href="/stories/2023-09-21-kremlin-flash/">');
  }, 240_000);

  it("keeps the address of a story that is no more, leading to its article; not in the sitemap", async () => {
    const copy = copyArchive();
    expect((await buildSite({ articlesDir: copy, args: ["--lock-urls"] })).exitCode).toBe(0);
    rmSync(path.join(copy, "tass/2023-09-21-kremlin-karabakh-call.md"));
    const after = await buildSite({ articlesDir: copy });
    expect(after.exitCode, after.stderr).toBe(0);
    const moved = readText(after.output, `${STORY.slice(1)}index.html`);
    expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=${SEED}">`);
    expect(moved).toContain(`<link rel="canonical" href="http://localhost:8080${SEED}">`);
    expect(moved).toContain(`This story is now at <a href="${SEED}">`);
    expect(moved).toContain('<meta name="robots" content="noindex, follow">');
    expect(readText(after.output, "sitemap.xml")).not.toContain(STORY);
  }, 240_000);
});

describe("also reported by", () => {
  it("links the agency the seed cites to that agency's own article in the archive", () => {
    expect(page(SEED)).toContain(`<div><dt>Also reported by</dt><dd><a href="${TASS}">TASS</a></dd></div>`);
  });
});

describe("on this day", () => {
  it("links every calendar day from the index, the home page links the index", () => {
    const html = page("/on-this-day/");
    expect([...html.matchAll(/data-month-day="(\d\d-\d\d)"/g)]).toHaveLength(366);
    expect(html).toContain('<li data-month-day="09-21" class="has-articles"><a href="/on-this-day/09-21/" aria-label="21 September: 2 articles">21</a>');
    expect(html).toContain('<script type="module" src="/assets/on-this-day.js"></script>');
    expect(page("/")).toContain('<a href="/on-this-day/">');
  });

  it("a day's page holds that day's articles across years, and a day without any says so", () => {
    expect(page("/on-this-day/09-21/")).toContain("<h1>On this day: 21 September</h1>");
    expect(page("/on-this-day/09-21/")).toContain(`<a href="${SEED}">`);
    expect(page("/on-this-day/02-29/")).toContain("No article in the archive is from this day.");
    expect(page("/on-this-day/12-31/")).toMatch(/rel="next" href="\/on-this-day\/01-01\/"/);
  });
});

describe("the map of datelines", () => {
  it("draws every placed dateline on /places/ as a named link, offline", () => {
    const html = page("/places/");
    expect(html).toMatch(/<svg class="dateline-map" viewBox="0 0 960 470" role="group" aria-label="Datelines on a world map"/);
    const dots = [...html.matchAll(/<a href="(\/places\/[^"]+)" aria-label="([^"]+)"><circle/g)].map((m) => [m[1], m[2]]);
    expect(dots).toContainEqual(["/places/tehran-ir/", "Tehran: 1 article"]);
    expect(dots).toContainEqual(["/places/moscow-ru/", "Moscow: 1 article"]);
    expect(dots).toHaveLength(9);
    const svg = /<svg class="dateline-map"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:/);
  });

  it("gives each place page a locator map using the site's own outlines", () => {
    expect(page("/places/moscow-ru/")).toMatch(/<svg class="locator-map" viewBox="[\d. ]+" role="img" aria-label="Moscow on a world map"[^>]*><use href="\/assets\/world-land.svg#land"\/>/);
    expect(readText(build.output, "assets/world-land.svg")).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 470"><path id="land"/);
  });
});

describe("provenance", () => {
  it("every article records the SHA-256 of its file as saved, shows it, and serves the file byte for byte", () => {
    for (const record of records) {
      const bytes = readFileSync(path.join(FIXTURE_ARCHIVE, record.sourceFile));
      expect(record.sha256, record.url).toBe(sha256Hex(bytes));
      expect(page(record.url)).toContain(`data-sha256="${record.sha256}"`);
      expect(page(record.url)).toContain(`<a href="${record.url}saved.txt" type="text/plain">Plain text</a>`);
      expect(readFileSync(path.join(build.output, record.url.slice(1), "saved.txt")).equals(bytes), record.url).toBe(true);
    }
  });
});

describe("npm run verify", () => {
  const run = promisify(execFile);
  const verify = async (articlesDir: string) => {
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", "bin/verify.ts", build.output], { cwd: ROOT, env: { ...process.env, ARTICLES_DIR: articlesDir } });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { code?: number; stdout?: string };
      return { code: e.code ?? 1, stdout: e.stdout ?? "" };
    }
  };

  it("finds every page of a fresh build matching its file (the files the build refused aside)", async () => {
    const { code, stdout } = await verify(FIXTURE_ARCHIVE);
    expect(stdout).toMatch(/15 pages checked against .*: every one matches its file; 3 files the build refused/);
    expect(code).toBe(0);
  });

  it("names a file changed since the build, and exits 1", async () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), "dateline-verify-"));
    temporary.push(copy);
    cpSync(FIXTURE_ARCHIVE, copy, { recursive: true });
    writeFileSync(path.join(copy, "tass/2023-09-21-kremlin-karabakh-call.md"), `${readFileSync(path.join(copy, "tass/2023-09-21-kremlin-karabakh-call.md"), "utf8")}\nAdded later.\n`);
    const { code, stdout } = await verify(copy);
    expect(stdout).toMatch(/^tass\/2023-09-21-kremlin-karabakh-call\.md: the file changed since the site was built/m);
    expect(stdout).toMatch(/1 file do not match/);
    expect(code).toBe(1);
  });
});
