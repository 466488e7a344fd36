/** Runs `npm run build` as a user would, into a temporary folder. */
import { execFile } from "node:child_process";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const FIXTURE_ARCHIVE = path.join(ROOT, "tests/fixtures/archive");
/** The owner's pages every test build has (PAGES_DIR): Markdown, Nunjucks and Liquid. */
export const FIXTURE_PAGES = path.join(ROOT, "tests/fixtures/pages");

export interface BuildResult {
  output: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface BuildOptions {
  articlesDir?: string;
  env?: Record<string, string>;
  args?: string[];
}

/** `npm run build` of this project into a fresh temporary folder (or `options.output`). */
export function buildSite(options: BuildOptions & { output?: string } = {}): Promise<BuildResult> {
  const output = options.output ?? path.join(mkdtempSync(path.join(os.tmpdir(), "dateline-site-")), "site");
  return buildIn(ROOT, output, options);
}

/** `npm run build` in the given project folder (its own bin/build.ts), writing to `output`. */
export async function buildIn(project: string, output: string, options: BuildOptions = {}): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "bin/build.ts", `--output=${output}`, ...(options.args ?? [])], {
      cwd: project,
      // No build cache unless a test asks for one (DATELINE_CACHE=DIR): test builds run side by side.
      env: { ...process.env, ARTICLES_DIR: options.articlesDir ?? FIXTURE_ARCHIVE, PAGES_DIR: FIXTURE_PAGES, DATELINE_QUIET: "1", CI: "1", DATELINE_CACHE: "off", ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { output, stdout, stderr, exitCode: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { output, stdout: e.stdout ?? "", stderr: e.stderr ?? "", exitCode: typeof e.code === "number" ? e.code : 1 };
  }
}

/**
 * Every file under a folder, relative, sorted. `hidden: false` skips names starting with a
 * dot; `followLinks: false` counts a symbolic link as one entry, as the build does.
 */
export function listFiles(dir: string, options: { hidden?: boolean; followLinks?: boolean } = {}): string[] {
  const { hidden = true, followLinks = true } = options;
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      if (!hidden && name.startsWith(".")) continue;
      const abs = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if ((followLinks ? statSync(abs) : lstatSync(abs)).isDirectory()) walk(abs, r);
      else out.push(r);
    }
  };
  walk(dir, "");
  return out;
}

export function readText(site: string, file: string): string {
  return readFileSync(path.join(site, file), "utf8");
}

/** The pages in Pagefind's index: each fragment is gzip of "pagefind_dcd" followed by JSON. */
export function readSearchFragments(site: string): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const bundles = readdirSync(path.join(site, "pagefind")).filter((name) => /^b\d+$/.test(name)).sort();
  return bundles.flatMap((bundle) => {
    const dir = path.join(site, "pagefind", bundle, "fragment");
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const raw = gunzipSync(readFileSync(path.join(dir, name))).toString("utf8");
        return JSON.parse(raw.slice(raw.indexOf("{")));
      });
  });
}
