import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runAdd } from "../../src/import/add-command.ts";
import { getNormalizeContext } from "../../src/load.ts";
import { normalizeArticle, type NormalizeContext } from "../../src/normalize-article.ts";
import { slugify } from "../../src/slug.ts";
import { ASIA_PACIFIC, FRONTIER, fixturePath, RNA, SINA, UNDATED_PAGE } from "./fixtures.ts";

/** Where the Sina page is written: its title's slug (src/slug.ts decides how Chinese is spelled). */
const SINA_FILE = `2020/01/${slugify("9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結")}.md`;

const ROOT = path.resolve(import.meta.dirname, "../..");
const NOW = new Date("2024-05-06T07:08:09Z");
let context: NormalizeContext;
beforeAll(() => {
  context = getNormalizeContext();
});

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A working folder with the given input files copied in, and an articles folder beside them. */
function workspace(inputs: Record<string, string> = {}): string {
  const cwd = mkdtempSync(path.join(os.tmpdir(), "dateline-add-"));
  folders.push(cwd);
  mkdirSync(path.join(cwd, "saved"));
  for (const [name, source] of Object.entries(inputs)) {
    if (source.startsWith("<")) writeFileSync(path.join(cwd, "saved", name), source);
    else copyFileSync(source, path.join(cwd, "saved", name));
  }
  return cwd;
}

function add(cwd: string, argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runAdd(argv, { cwd, env, now: () => NOW, zone: "UTC", out: (line) => out.push(line), err: (line) => err.push(line), context });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Every file under a folder, relative to it, with forward slashes. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(folder, full).split(path.sep).join("/"));
    }
  };
  walk(folder);
  return found.sort();
}

describe("npm run add: writing articles", () => {
  it("writes one normalized Markdown file per input into <articles>/YYYY/MM/<slug>.md, and says where each field came from", () => {
    const cwd = workspace({ "frontier.html": fixturePath(FRONTIER), "sina.html": fixturePath(SINA) });
    const { code, out, err } = add(cwd, ["saved/frontier.html", "saved/sina.html"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(filesUnder(path.join(cwd, "articles"))).toEqual([
      SINA_FILE,
      "2020/03/two-newborns-die-for-want-of-oxygen-at-bhakkar-hospital.md",
    ]);
    expect(out).toContain("date      2020-03-01 (article:published_time \"2020-03-01T16:08:03+00:00\")");
    expect(out).toContain("title     9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結 (JSON-LD headline)");
    expect(out).toMatch(/author\s+not found/);
    expect(out).toContain("wrote articles/2020/03/two-newborns-die-for-want-of-oxygen-at-bhakkar-hospital.md");
    expect(out).toContain("2 of 2 inputs written to articles, 0 refused");
  });

  it("writes into ARTICLES_DIR, resolved against the working folder", () => {
    const cwd = workspace({ "rna.html": fixturePath(RNA) });
    expect(add(cwd, ["saved/rna.html"], { ARTICLES_DIR: "archive/news" }).code).toBe(0);
    expect(filesUnder(path.join(cwd, "archive/news"))).toEqual(["2020/03/young-leaders-from-canada-fiji-pakistan-uganda-win-commonwealth-youth-awards.md"]);
  });

  it("writes a file the build reads back with the same title, date and source", () => {
    const cwd = workspace({ "frontier.html": fixturePath(FRONTIER), "quake.html": UNDATED_PAGE });
    expect(add(cwd, ["saved/frontier.html"]).code).toBe(0);
    expect(add(cwd, ["--date", "2023-09-21T14:05:00-03:00", "saved/quake.html"]).code).toBe(0);
    const expectations = [
      ["2020/03/two-newborns-die-for-want-of-oxygen-at-bhakkar-hospital.md", "Two newborns die for ‘want of oxygen’ at Bhakkar hospital", "2020-03-01", "The Frontier Post"],
      ["2023/09/quake-hits-central-chile.md", "Quake hits central Chile", "2023-09-21", "Reuters"],
    ] as const;
    for (const [file, title, day, source] of expectations) {
      const text = readFileSync(path.join(cwd, "articles", file), "utf8");
      const result = normalizeArticle({ path: file, format: "md", text, folderData: {} }, getNormalizeContext());
      expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(result.article).toMatchObject({ title, date: { day }, source: { name: source } });
      expect(result.article?.slugBase).toBe(path.basename(file, ".md"));
    }
  });
});

describe("npm run add: refusals", () => {
  it("refuses an input with no date, naming the file, writes the others and exits non-zero", () => {
    const cwd = workspace({ "quake.html": UNDATED_PAGE, "rna.html": fixturePath(RNA) });
    const { code, out, err } = add(cwd, ["saved/quake.html", "saved/rna.html"]);
    expect(code).toBe(1);
    expect(out).toContain("refused: saved/quake.html has no publication date");
    expect(out).toContain("--date");
    expect(err).toBe("add: 1 input refused (see above): saved/quake.html");
    expect(out).toMatch(/date\s+not found/);
    expect(filesUnder(path.join(cwd, "articles"))).toEqual(["2020/03/young-leaders-from-canada-fiji-pakistan-uganda-win-commonwealth-youth-awards.md"]);
    expect(out).toContain("1 of 2 inputs written to articles, 1 refused");
  });

  it("takes --date for the input that has none, and never a date of its own making", () => {
    const cwd = workspace({ "quake.html": UNDATED_PAGE });
    expect(add(cwd, ["saved/quake.html"]).code).toBe(1);
    expect(filesUnder(path.join(cwd, "articles"))).toEqual([]);
    const { code, out } = add(cwd, ["--date=2023-09-21", "saved/quake.html"]);
    expect(code).toBe(0);
    expect(out).toContain("date      2023-09-21 (--date)");
    expect(readFileSync(path.join(cwd, "articles/2023/09/quake-hits-central-chile.md"), "utf8")).toContain("\ndate: 2023-09-21\n");
  });

  it.each([
    ["the same address, spelled otherwise", "HTTPS://TheFrontierPost.com/two-newborns-die-for-want-of-oxygen-at-bhakkar-hospital?utm_source=feed&utm_medium=rss#top", "the same original address"],
    ["the same address, over http and with www.", "http://www.thefrontierpost.com/two-newborns-die-for-want-of-oxygen-at-bhakkar-hospital/", "the same original address"],
  ])("refuses a page already in the archive by %s, naming the existing file", (_how, url, reason) => {
    const cwd = workspace({ "frontier.html": fixturePath(FRONTIER) });
    mkdirSync(path.join(cwd, "articles/old"), { recursive: true });
    writeFileSync(path.join(cwd, "articles/old/newborns.md"), `---\ntitle: Newborns\ndate: 2020-03-01\nurl: "${url}"\n---\nAnother text.\n`);
    const { code, out } = add(cwd, ["saved/frontier.html"]);
    expect(code).toBe(1);
    expect(out).toContain(`it has ${reason}`);
    expect(out).toContain("articles/old/newborns.md");
    expect(filesUnder(path.join(cwd, "articles"))).toEqual(["old/newborns.md"]);
  });

  it("refuses a page whose text is already in the archive, whatever its address", () => {
    const cwd = workspace({ "quake.html": UNDATED_PAGE, "copy.html": UNDATED_PAGE.replace("world/quake-hits-central-chile", "mirror/chile-quake").replace("<title>Quake hits central Chile", "<title>Chile quake") });
    expect(add(cwd, ["--date", "2023-09-21", "saved/quake.html"]).code).toBe(0);
    const { code, out } = add(cwd, ["--date", "2023-09-21", "saved/copy.html"]);
    expect(code).toBe(1);
    expect(out).toContain("it has the same text as articles/2023/09/quake-hits-central-chile.md");
  });

  it("finds an archived .txt file with the same text", () => {
    const seed = path.resolve(ROOT, "tests/fixtures/seed/2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh.txt");
    const cwd = workspace({ "putin.txt": seed });
    mkdirSync(path.join(cwd, "articles/tasnim"), { recursive: true });
    copyFileSync(seed, path.join(cwd, "articles/tasnim/seed.txt"));
    const { code, out } = add(cwd, ["--date", "2023-09-21", "saved/putin.txt"]);
    expect(code).toBe(1);
    expect(out).toContain("it has the same text as articles/tasnim/seed.txt");
  });

  it("refuses the second of two inputs of one run that are the same article", () => {
    const cwd = workspace({ "a.html": fixturePath(SINA), "b.html": fixturePath(SINA) });
    const { code, out } = add(cwd, ["saved/a.html", "saved/b.html"]);
    expect(code).toBe(1);
    expect(out).toContain(`saved/b.html is a duplicate`);
    expect(out).toContain(`as articles/${SINA_FILE} (written from saved/a.html earlier in this run)`);
    expect(filesUnder(path.join(cwd, "articles"))).toEqual([SINA_FILE]);
  });

  it("never overwrites a file: a taken name gets a number, and the file there is left as it was", () => {
    const cwd = workspace({ "asia.html": fixturePath(ASIA_PACIFIC) });
    const taken = path.join(cwd, "articles/2020/01/australian-megablaze-brought-under-control.md");
    mkdirSync(path.dirname(taken), { recursive: true });
    writeFileSync(taken, "---\ntitle: Someone else's story\ndate: 2020-01-13\n---\nA different text altogether.\n");
    const before = readFileSync(taken, "utf8");
    expect(add(cwd, ["saved/asia.html"]).code).toBe(0);
    expect(readFileSync(taken, "utf8")).toBe(before);
    expect(filesUnder(path.join(cwd, "articles"))).toEqual([
      "2020/01/australian-megablaze-brought-under-control-2.md",
      "2020/01/australian-megablaze-brought-under-control.md",
    ]);
  });

  it.each([
    [[], "no files given"],
    [["--url", "https://example.com/a", "a.html", "b.html"], "--url names the address of one page"],
    [["--date", "someday", "a.html"], "is not a date"],
    [["--force", "a.html"], "unknown option --force"],
    [["--topics"], "--topics needs a value"],
  ])("stops with a usage error (exit 2) for %j", (argv, message) => {
    const cwd = workspace();
    const { code, err } = add(cwd, argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it.each([
    ["notes.pdf", "is not a page, text or Markdown file"],
    ["missing.html", "cannot be read"],
  ])("refuses %s and goes on", (name, message) => {
    const cwd = workspace({ "rna.html": fixturePath(RNA) });
    if (name.endsWith(".pdf")) writeFileSync(path.join(cwd, "saved", name), "%PDF-1.4");
    const { code, out, err } = add(cwd, [`saved/${name}`, "saved/rna.html"]);
    expect(code).toBe(1);
    expect(out).toContain(message);
    expect(err).toContain(`saved/${name}`);
    expect(filesUnder(path.join(cwd, "articles"))).toHaveLength(1);
  });
});

describe("npm run add -- --dry-run", () => {
  it("shows each file it would write, in full, and writes nothing", () => {
    const cwd = workspace({ "frontier.html": fixturePath(FRONTIER), "quake.html": UNDATED_PAGE });
    const { code, out } = add(cwd, ["--dry-run", "--topics", "Health, Pakistan", "saved/frontier.html", "saved/quake.html"]);
    expect(code).toBe(1);
    expect(existsSync(path.join(cwd, "articles"))).toBe(false);
    expect(out).toContain("would write articles/2020/03/two-newborns-die-for-want-of-oxygen-at-bhakkar-hospital.md:");
    for (const line of ["---", "title: Two newborns die for ‘want of oxygen’ at Bhakkar hospital", "date: 2020-03-01T16:08:03Z", "source: The Frontier Post", "archived: 2024-05-06T07:08:09Z", "topics:", "  - Health", "  - Pakistan", "BHAKKAR: In what was blamed on negligence"]) {
      expect(out).toContain(`    ${line}`);
    }
    expect(out).toContain("dry run: 1 of 2 inputs would be written, 1 refused; nothing was written");
  });
});

describe("npm run add -- --help", () => {
  it("tells the options and exits 0, touching nothing", () => {
    const cwd = workspace();
    const { code, out } = add(cwd, ["--help"]);
    expect(code).toBe(0);
    for (const option of ["--date", "--source", "--topics", "--url", "--dry-run"]) expect(out).toContain(option);
    expect(existsSync(path.join(cwd, "articles"))).toBe(false);
  });
});
