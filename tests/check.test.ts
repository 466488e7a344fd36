/**
 * `npm run check`: the build's problems, word for word, and what deserves a look, without a build.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_ARCHIVE, ROOT } from "./helpers/build.ts";

const run = promisify(execFile);

async function check(articlesDir: string): Promise<{ stdout: string; exitCode: number }> {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "bin/check.ts"], {
      cwd: ROOT,
      env: { ...process.env, ARTICLES_DIR: articlesDir, DATELINE_QUIET: "1" },
    });
    return { stdout, exitCode: 0 };
  } catch (error) {
    const e = error as { stdout?: string; code?: number };
    return { stdout: e.stdout ?? "", exitCode: typeof e.code === "number" ? e.code : 1 };
  }
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("npm run check", () => {
  it("lists exactly the problems the build reports, and exits 1 when one is an error", async () => {
    const [checked, built] = await Promise.all([check(FIXTURE_ARCHIVE), buildSite()]);
    expect(checked.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(path.join(built.output, "api/problems.json"), "utf8")) as {
      problems: { file: string; field: string; message: string; severity: string }[];
    };
    const listed = checked.stdout.split("\n").filter((line) => /^(error|warning): /.test(line));
    expect(listed).toEqual(report.problems.map((p) => `${p.severity}: ${p.file}: ${p.field}: ${p.message}`));
    expect(checked.stdout).toMatch(/21 files, 15 articles: 3 errors, 4 warnings/);
  });

  it("points out topics written alike, duplicate articles and unknown places, and exits 0 without errors", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-check-"));
    folders.push(dir);
    const story = "The council met on Tuesday and agreed a budget for the coming year after a long debate. ".repeat(4);
    const write = (name: string, topics: string, body = story, dateline = "LONDON") =>
      writeFileSync(path.join(dir, name), `---\ntitle: ${name}\ndate: 2024-01-0${name.length % 9 + 1}\ntopics: [${topics}]\n---\n\n${dateline}, Jan 2 - ${body}\n`);
    write("a.md", "Election");
    write("b.md", "Elections", `${story} Different.`);
    write("c.md", "Climate Change", "Copied text. ".repeat(30));
    write("d.md", "climate change", "Copied text. ".repeat(30));
    write("e.md", "Economy", "Another story entirely, long enough to count. ".repeat(6), "GONDOLIN");
    const checked = await check(dir);
    expect(checked.exitCode).toBe(0);
    expect(checked.stdout).toMatch(/Topics written several ways[^\n]*\(1\)\n\s+climate-change: "Climate Change" ×1, "Climate change" ×1/);
    expect(checked.stdout).toMatch(/Topics that look like one another[^\n]*\(1\)\n\s+"Election" ×1 ~ "Elections" ×1/);
    expect(checked.stdout).toMatch(/Likely duplicate articles \(1\)\n\s+same text: c\.md, d\.md/);
    expect(checked.stdout).toMatch(/Unknown dateline places[^\n]*\(1\)\n\s+Gondolin ×1/);
  });
});
