/**
 * A build that fails says why in a line or two and exits non-zero, and never leaves a
 * half-written site where a site was, nor presents one as complete.
 *
 * Tests run as root, so file permissions stop nothing: an unwritable output is one whose parent
 * is a regular file. A failing template is added to a throwaway copy of the project.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIn, buildSite, FIXTURE_ARCHIVE, listFiles, type BuildResult } from "./helpers/build.ts";
import { copyProject } from "./helpers/project-copy.ts";

/** Lines of a stack trace (Node's "    at f (file:1:2)", as Eleventy also prefixes them). */
const stackLines = (text: string) => text.split("\n").filter((line) => /^(?:\[11ty\])?\s+at\s/.test(line));

/** Every file of a folder with its bytes, to see that nothing changed. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
}

describe("an output folder that cannot be made (its parent is a file)", () => {
  let base: string;
  let blocker: string;
  let build: BuildResult;

  beforeAll(async () => {
    base = mkdtempSync(path.join(os.tmpdir(), "dateline-unwritable-"));
    blocker = path.join(base, "a-file");
    writeFileSync(blocker, "not a folder\n");
    build = await buildSite({ output: path.join(blocker, "site") });
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("exits non-zero and writes nothing anywhere", () => {
    expect(build.exitCode).not.toBe(0);
    expect(readdirSync(base)).toEqual(["a-file"]);
    expect(readFileSync(blocker, "utf8")).toBe("not a folder\n");
    expect(build.stdout).not.toMatch(/articles built/);
  });

  // Regression (fixed): bin/build.ts makes the output's parent folder before its try block, so the
  // error escapes main() and Node prints its own stack trace, with no "Build failed" line.
  it("says 'Build failed' and why, without a stack trace", () => {
    expect(build.stderr).toMatch(/^Build failed: .*a-file/m);
    expect(stackLines(build.stderr)).toEqual([]);
  });
});

describe("a template that throws while the site is written", () => {
  let project: string;
  let base: string;
  let output: string;
  let before: Map<string, Buffer>;
  let first: BuildResult;
  let failed: BuildResult;

  beforeAll(async () => {
    base = mkdtempSync(path.join(os.tmpdir(), "dateline-fault-"));
    output = path.join(base, "site");
    first = await buildSite({ output });
    before = snapshot(output);

    project = copyProject();
    writeFileSync(
      path.join(project, "site/boom.11ty.ts"),
      'export function render(): string {\n  throw new Error("the boom template cannot render");\n}\n',
    );
    failed = await buildIn(project, output);
  });
  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
    rmSync(path.dirname(project), { recursive: true, force: true });
  });

  it("the first build wrote a complete site", () => {
    expect(first.exitCode, first.stderr).toBe(0);
    expect(before.has("index.html")).toBe(true);
    expect(before.has("api/articles.json")).toBe(true);
  });

  it("exits with code 1, saying the build failed, in which template and why", () => {
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/^Build failed: .*boom\.11ty\.ts/m);
    expect(failed.stderr).toContain("the boom template cannot render");
    expect(failed.stderr).toContain(`The site in ${output} was not changed.`);
    expect(failed.stdout).not.toMatch(/articles built from/);
  });

  it("leaves the previous site exactly as it was, file for file and byte for byte", () => {
    const after = snapshot(output);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), file).toBe(true);
    expect(existsSync(path.join(output, "boom/index.html"))).toBe(false);
  });

  // Regression (fixed): Eleventy logs the template's error with its whole stack (ten "[11ty]     at …"
  // lines), quiet mode or not.
  it("prints no stack trace", () => {
    expect(stackLines(failed.stderr).length).toBeLessThanOrEqual(3);
  });

  // Regression (fixed): the search index is started in eleventy.before and keeps writing into the
  // staging folder after bin/build.ts has removed it, so `.site.building-<pid>/pagefind/`
  // is left beside the output.
  it("leaves nothing beside the output folder: no half-written staging folder", () => {
    expect(readdirSync(base)).toEqual(["site"]);
  });
});

describe("an output path that is not a site", () => {
  let base: string;

  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), "dateline-output-"));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  // Regression (fixed): bin/build.ts renames whatever is at --output aside and deletes it, so an
  // existing file there is silently replaced by the site, and the build exits 0.
  it("an existing file there is refused, and kept", async () => {
    const file = path.join(base, "notes.txt");
    writeFileSync(file, "precious\n");
    const build = await buildSite({ output: file });
    expect(build.exitCode).not.toBe(0);
    expect(statSync(file).isFile()).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("precious\n");
  });

  // Regression (fixed): the same with the articles folder itself as --output: the articles are read,
  // then the folder is renamed aside and deleted, and the site takes its place (exit 0).
  it("the articles folder itself is refused, and kept", async () => {
    const articles = path.join(base, "articles");
    mkdirSync(articles);
    cpSync(path.join(FIXTURE_ARCHIVE, "samples"), articles, { recursive: true });
    const files = listFiles(articles);
    const build = await buildSite({ articlesDir: articles, output: articles });
    expect(build.exitCode).not.toBe(0);
    expect(listFiles(articles)).toEqual(files);
  });
});
