/**
 * `npm run build`: the whole site, written atomically.
 *
 * Eleventy (configured by eleventy.config.ts) writes into a fresh folder beside the output
 * folder; only when everything, search index included, was written does that folder replace
 * the output. A failed build leaves the previous site as it was and exits non-zero. Ends with
 * a summary of articles built, warnings and errors, and the site's size and file count (with a
 * warning as it nears GitHub Pages' 1 GB); with --strict any problem fails the build.
 * Where the articles folder keeps a URL ledger (.dateline-urls.json; --lock-urls starts one),
 * it is brought up to date, so that addresses once given are kept.
 *
 * Killed (Ctrl-C, SIGTERM, a closed terminal, out of memory), the build dies at once and its
 * watchdog removes its staging folder; what a build killed with its watchdog left, the next
 * build removes (src/staging.ts).
 */
import { existsSync, readdirSync, renameSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROBLEM_REPORT, SITE_MARKER } from "../build/outputs.ts";
import { settleSearchIndex } from "../build/search-index.ts";
import { startReaders } from "../src/readers.ts";
import { readSiteOptions, type SiteOptions } from "../src/site-options.ts";
import { formatBytes, hostingWarning, measureSite } from "../src/site-size.ts";
import { guardStaging, isStagingName, previousFolder, removeStaleStaging, stagingFolder } from "../src/staging.ts";
import type { Problem } from "../src/types.ts";
import { renderUrlLedger, URL_LEDGER_FILE } from "../src/url-ledger.ts";

interface ProblemReport {
  files: number;
  articles: number;
  errors: number;
  warnings: number;
  problems: Problem[];
}

function printProblems(report: ProblemReport): void {
  for (const p of report.problems) {
    console.error(`${p.severity === "error" ? "error" : "warning"}: ${p.file}: ${p.field}: ${p.message}`);
  }
}

async function main(): Promise<number> {
  const options = readSiteOptions();
  const started = performance.now();
  if (!existsSync(options.articlesDir) || !statSync(options.articlesDir).isDirectory()) {
    console.error(`Build failed: the articles folder ${options.articlesDir} does not exist or is not a folder (set ARTICLES_DIR).`);
    return 1;
  }
  const refusal = refuseOutput(options.outputDir, options.articlesDir);
  if (refusal) {
    console.error(`Build failed: ${refusal}. Nothing was written.`);
    return 1;
  }
  const staging = stagingFolder(options.outputDir);
  const previous = previousFolder(staging);
  const guard = guardStaging(options.outputDir, staging, previous);
  try {
    return await buildInto(options, staging, previous, started);
  } finally {
    guard.release();
  }
}

async function buildInto(options: SiteOptions, staging: string, previous: string, started: number): Promise<number> {
  // The reader threads load while Eleventy does (see src/readers.ts), hence its late import.
  startReaders(options.articlesDir);
  removeStaleStaging(options.outputDir);
  const { default: Eleventy } = await import("@11ty/eleventy");
  const parent = path.dirname(options.outputDir);

  try {
    await mkdir(parent, { recursive: true });
    await rm(staging, { recursive: true, force: true });
    const eleventy = new Eleventy(options.pagesDir, staging, {
      configPath: path.resolve("eleventy.config.ts"),
      quietMode: true,
    });
    // Eleventy prints its own account of a failure, stack and all; ours follows, shorter.
    eleventy.disableLogger();
    await eleventy.write();

    const report = JSON.parse(await readFile(path.join(staging, PROBLEM_REPORT), "utf8")) as ProblemReport;
    printProblems(report);
    const problemCount = report.errors + report.warnings;
    const summary = `${report.articles} articles built from ${report.files} files; ${report.warnings} warnings, ${report.errors} errors`;
    if (options.strict && problemCount > 0) {
      console.error(`Build failed (--strict): ${summary}. The site in ${options.outputDir} was not changed.`);
      await rm(staging, { recursive: true, force: true });
      return 1;
    }

    // Keep the URL ledger up to date, where the articles folder keeps one (or --lock-urls asks).
    const ledgerFile = path.join(options.articlesDir, URL_LEDGER_FILE);
    if (existsSync(ledgerFile) || process.argv.includes("--lock-urls")) {
      const exported = JSON.parse(await readFile(path.join(staging, "api/articles.json"), "utf8")) as { sourceFile: string; url: string }[];
      const unprefixed = exported.map((a) => ({ sourceFile: a.sourceFile, url: `/${a.url.slice(options.pathPrefix.length)}` }));
      await writeFile(ledgerFile, renderUrlLedger(unprefixed));
    }

    const size = measureSite(staging);
    const sizeWarning = hostingWarning(size.bytes);
    if (sizeWarning) console.error(`warning: ${sizeWarning}: see "Hosting" in the README for where the bytes go.`);

    // Swap the finished site in. A build killed between the two renames leaves the old site in
    // `previous`: the watchdog, or else the next build, puts it back.
    if (existsSync(options.outputDir)) renameSync(options.outputDir, previous);
    renameSync(staging, options.outputDir);
    await rm(previous, { recursive: true, force: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${summary}; site ${formatBytes(size.bytes)} in ${size.files.toLocaleString("en-US")} files. Site written to ${path.relative(process.cwd(), options.outputDir) || "."} in ${seconds} s.`);
    return 0;
  } catch (error) {
    // The search index may still be writing into the staging folder: let it finish first.
    await settleSearchIndex();
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    console.error(`Build failed: ${describeFailure(error)}`);
    if (process.env.DATELINE_DEBUG) console.error(error);
    console.error(`The site in ${options.outputDir} was not changed.`);
    return 1;
  }
}

/** Eleventy's errors, causes included, as one line each: what failed and why, not where in Eleventy. */
function describeFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    const line = current.message.split("\n")[0]?.trim();
    if (line && !parts.includes(line)) parts.push(line);
    current = current.cause ?? (current as Error & { originalError?: unknown }).originalError;
  }
  if (parts.length === 0) parts.push(String(error));
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return parts.join(": ") + (code && !parts.some((p) => p.includes(code)) ? ` (${code})` : "");
}

/**
 * Why the output folder must not be written, if it must not: the build replaces that folder
 * whole, so it must be a folder Dateline built (or empty, or absent), and never the articles
 * folder, the project, or a folder that holds either.
 */
export function refuseOutput(outputDir: string, articlesDir: string, cwd = process.cwd()): string | null {
  const output = path.resolve(outputDir);
  const inside = (child: string, folder: string) => child === folder || child.startsWith(folder + path.sep);
  if (inside(path.resolve(articlesDir), output)) return `--output ${output} is, or holds, the articles folder`;
  if (inside(path.resolve(cwd), output)) return `--output ${output} is, or holds, the current folder`;
  if (inside(output, path.resolve(articlesDir))) return `--output ${output} is inside the articles folder`;
  // The nearest folder that exists on the way to the output must be a folder, not a file.
  let ancestor = path.dirname(output);
  while (!existsSync(ancestor) && path.dirname(ancestor) !== ancestor) ancestor = path.dirname(ancestor);
  if (!statSync(ancestor).isDirectory()) return `--output ${output} cannot be made: ${ancestor} is a file, not a folder`;
  // A build's staging folder may hold a whole site, marker included, and still be no site.
  if (isStagingName(output)) return `--output ${output} is a build's staging folder (.<name>.building-<pid>), not a site`;
  if (!existsSync(output)) return null;
  if (!statSync(output).isDirectory()) return `--output ${output} is a file, not a folder`;
  const built = existsSync(path.join(output, SITE_MARKER)) || existsSync(path.join(output, PROBLEM_REPORT.slice(1)));
  if (readdirSync(output).length > 0 && !built) {
    return `--output ${output} holds files that are not a site Dateline built; empty it or choose another folder`;
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
