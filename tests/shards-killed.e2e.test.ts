/**
 * A build in shard processes (--jobs=N), killed: its watchdog stops the shards and removes
 * everything they wrote; the previous site stays.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_ARCHIVE, FIXTURE_PAGES, ROOT } from "./helpers/build.ts";

/** The processes whose command line mentions `text`. */
function processesNaming(text: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe("a build in 3 processes, killed while its shards render", () => {
  it("leaves no part, no staging folder and no shard running; the previous site stays", async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), "dateline-shards-killed-"));
    const output = path.join(base, "site");
    mkdirSync(output);
    writeFileSync(path.join(output, ".dateline-site"), "");
    writeFileSync(path.join(output, "index.html"), "the previous site\n");
    const build = spawn(process.execPath, ["--import", "tsx", "bin/build.ts", `--output=${output}`, "--jobs=3"], {
      cwd: ROOT,
      env: { ...process.env, ARTICLES_DIR: FIXTURE_ARCHIVE, PAGES_DIR: FIXTURE_PAGES, DATELINE_QUIET: "1", CI: "1", DATELINE_CACHE: "off" },
      stdio: "ignore",
    });
    const parts = path.join(base, `.site.building-${build.pid}`, ".parts");
    const exited = new Promise((resolve) => build.on("exit", resolve));
    // Killed once the shards have started writing their parts.
    let killed = false;
    for (let waited = 0; waited < 60_000 && !killed; waited += 50) {
      if (existsSync(parts) && readdirSync(parts).some((name) => name.includes(".building-"))) {
        build.kill("SIGKILL");
        killed = true;
      } else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await exited;
    expect(killed).toBe(true);
    let left: string[] = [];
    let running: number[] = [];
    for (let waited = 0; waited < 15_000; waited += 100) {
      left = readdirSync(base).filter((name) => name !== "site");
      running = processesNaming(base);
      if (left.length === 0 && running.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(left).toEqual([]);
    expect(running).toEqual([]);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("the previous site\n");
    rmSync(base, { recursive: true, force: true });
  }, 120_000);
});
