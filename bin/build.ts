/**
 * `npm run build`: the whole site, written atomically.
 *
 * Eleventy (configured by eleventy.config.ts) writes into a fresh folder beside the output
 * folder; only when everything, search index included, was written does that folder replace
 * the output. A failed build leaves the previous site as it was and exits non-zero. Ends with
 * a summary of articles built, warnings and errors; with --strict any problem fails the build.
 * Where the articles folder keeps a URL ledger (.dateline-urls.json; --lock-urls starts one),
 * it is brought up to date, so that addresses once given are kept.
 */
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { PROBLEM_REPORT } from "../eleventy.config.ts";
import { renderUrlLedger, URL_LEDGER_FILE } from "../src/load.ts";
import { readSiteOptions } from "../src/site-options.ts";
import type { Problem } from "../src/types.ts";

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
  const parent = path.dirname(options.outputDir);
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(options.outputDir)}.building-${process.pid}`);
  await rm(staging, { recursive: true, force: true });

  try {
    const eleventy = new Eleventy(path.resolve("site"), staging, {
      configPath: path.resolve("eleventy.config.ts"),
      quietMode: true,
    });
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

    // Swap the finished site in.
    const previous = `${staging}.previous`;
    if (existsSync(options.outputDir)) await rename(options.outputDir, previous);
    await rename(staging, options.outputDir);
    await rm(previous, { recursive: true, force: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${summary}. Site written to ${path.relative(process.cwd(), options.outputDir) || "."} in ${seconds} s.`);
    return 0;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Build failed: ${message}`);
    if (process.env.DATELINE_DEBUG) console.error(error);
    console.error(`The site in ${options.outputDir} was not changed.`);
    return 1;
  }
}

process.exitCode = await main();
