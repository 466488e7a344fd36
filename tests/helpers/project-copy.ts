/**
 * A throwaway copy of the project, to run `npm run build` with a template or setting changed
 * without touching the real one: site/, layouts/, src/, data/, bin/ and the configuration are
 * copied, node_modules is linked.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { FIXTURE_ARCHIVE, ROOT, type BuildResult } from "./build.ts";

const run = promisify(execFile);
const COPIED = ["site", "layouts", "src", "data", "bin", "eleventy.config.ts", "package.json", "tsconfig.json"];

export function copyProject(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "dateline-project-")), "dateline");
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** `npm run build` in the given project folder (its own bin/build.ts), writing to `output`. */
export async function buildIn(project: string, output: string, options: { articlesDir?: string; env?: Record<string, string>; args?: string[] } = {}): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "bin/build.ts", `--output=${output}`, ...(options.args ?? [])], {
      cwd: project,
      env: { ...process.env, ARTICLES_DIR: options.articlesDir ?? FIXTURE_ARCHIVE, DATELINE_QUIET: "1", CI: "1", ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { output, stdout, stderr, exitCode: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { output, stdout: e.stdout ?? "", stderr: e.stderr ?? "", exitCode: typeof e.code === "number" ? e.code : 1 };
  }
}
