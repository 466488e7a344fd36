/**
 * Interrupted builds leave nothing behind: a build's staging folder (`.<output>.building-<pid>`,
 * and `….previous` during the swap) is removed by the build's watchdog as soon as the build is
 * killed, and by the next build once its process is gone; it is never taken for a finished site.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseOutput } from "../bin/build.ts";
import { SITE_MARKER } from "../build/site-files.ts";
import { findStaleStaging, isStagingName, processRuns, removeStaleStaging, stagingFolder } from "../src/staging.ts";
import { FIXTURE_ARCHIVE, ROOT } from "./helpers/build.ts";

/** The pid of a process that has ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  expect(processRuns(pid)).toBe(false);
  return pid;
}

describe("staging folders' names", () => {
  it.each([
    ["._site.building-123", true],
    ["._site.building-123.previous", true],
    [".my site.building-9", true],
    ["_site", false],
    [".dateline-site", false],
    ["._site.building-", false],
    ["site.building-123", false],
  ])("%s is a staging folder: %s", (name, expected) => {
    expect(isStagingName(`/tmp/${name}`)).toBe(expected);
  });

  it("a build's staging folder sits beside its output, named after it and the build's pid", () => {
    expect(stagingFolder("/srv/www/_site", 42)).toBe("/srv/www/._site.building-42");
  });
});

describe("a staging folder left by a build", () => {
  let base: string;
  let output: string;

  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), "dateline-staging-"));
    output = path.join(base, "_site");
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("is removed by the next build when its process is gone, and kept while it runs", () => {
    const dead = deadPid();
    mkdirSync(output);
    const made = [
      `._site.building-${dead}`,
      `._site.building-${dead}.previous`,
      `._site.building-${process.ppid}`,
      `._site.building-${process.pid}.previous`,
      `.other.building-${dead}`,
    ];
    for (const name of made) {
      mkdirSync(path.join(base, name, "2023"), { recursive: true });
      writeFileSync(path.join(base, name, "2023/index.html"), "partial\n");
    }
    expect(findStaleStaging(output).map((f) => path.basename(f)).sort()).toEqual([`._site.building-${dead}`, `._site.building-${dead}.previous`]);
    removeStaleStaging(output);
    // Another output's folders are that build's business; this process's own are its own.
    expect(readdirSync(base).sort()).toEqual([`._site.building-${process.pid}.previous`, `._site.building-${process.ppid}`, `.other.building-${dead}`, "_site"].sort());
  });

  it("killed between the two renames of the swap, the old site is put back", () => {
    const dead = deadPid();
    const site = path.join(base, "swapped");
    mkdirSync(path.join(base, `.swapped.building-${dead}.previous`));
    writeFileSync(path.join(base, `.swapped.building-${dead}.previous/index.html`), "the old site\n");
    mkdirSync(path.join(base, `.swapped.building-${dead}`));
    writeFileSync(path.join(base, `.swapped.building-${dead}/index.html`), "the new site\n");
    removeStaleStaging(site);
    expect(readdirSync(base).filter((name) => name.includes("swapped"))).toEqual(["swapped"]);
    expect(readFileSync(path.join(site, "index.html"), "utf8")).toBe("the old site\n");
  });

  it("is never taken for a finished site, even with the site marker in it", () => {
    const staging = path.join(base, `._site.building-${deadPid()}`);
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, SITE_MARKER), "");
    expect(refuseOutput(staging, FIXTURE_ARCHIVE, base)).toMatch(/staging folder/);
    expect(refuseOutput(`${staging}.previous`, FIXTURE_ARCHIVE, base)).toMatch(/staging folder/);
  });
});

describe("a build interrupted with Ctrl-C (SIGINT)", () => {
  let base: string;
  let output: string;
  let dead: number;
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  let stagingGone = false;
  let signalSent = false;
  let stderr = "";

  beforeAll(async () => {
    base = mkdtempSync(path.join(os.tmpdir(), "dateline-interrupt-"));
    output = path.join(base, "site");
    // The previous site, as a build leaves it (the marker lets the build replace it).
    mkdirSync(output);
    writeFileSync(path.join(output, SITE_MARKER), "");
    writeFileSync(path.join(output, "index.html"), "the previous site\n");
    // What a build killed earlier left, and a build of the same output still running.
    dead = deadPid();
    mkdirSync(path.join(base, `.site.building-${dead}/2023`), { recursive: true });
    mkdirSync(path.join(base, `.site.building-${dead}.previous`));
    mkdirSync(path.join(base, `.site.building-${process.ppid}`));

    const child = spawn(process.execPath, ["--import", "tsx", "bin/build.ts", `--output=${output}`], {
      cwd: ROOT,
      env: { ...process.env, ARTICLES_DIR: FIXTURE_ARCHIVE, DATELINE_QUIET: "1", CI: "1", DATELINE_CACHE: "off" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const staging = path.join(base, `.site.building-${child.pid}`);
    const watch = setInterval(() => {
      if (!signalSent && existsSync(staging)) {
        signalSent = true;
        child.kill("SIGINT");
      }
    }, 10);
    exit = await new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
    clearInterval(watch);
    // The watchdog removes the folder once the build is gone: at once, bar Pagefind's last writes.
    for (let waited = 0; waited < 10_000 && !stagingGone; waited += 50) {
      stagingGone = !readdirSync(base).some((name) => name.startsWith(`.site.building-${child.pid}`));
      if (!stagingGone) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  // Killed by the signal at once (a shell reports 130), not when Eleventy lets the event loop run.
  it("was interrupted while it wrote its staging folder, and stopped at once", () => {
    expect(signalSent, stderr).toBe(true);
    expect(exit, stderr).toEqual({ code: null, signal: "SIGINT" });
  });

  it("leaves no staging folder of its own, and removed the one a killed build left", () => {
    expect(stagingGone).toBe(true);
    expect(readdirSync(base).sort()).toEqual([`.site.building-${process.ppid}`, "site"].sort());
  });

  it("leaves the previous site untouched", () => {
    expect(readdirSync(output).sort()).toEqual([SITE_MARKER, "index.html"]);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("the previous site\n");
  });
});
