/**
 * The end of every `npm run build` that writes a site, whichever way the site was made (a full
 * build's staging folder, or a build from the cache's changes): its problems and summary,
 * --strict, the URL ledger, its size against GitHub Pages' budget, then it goes in place.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteOptions } from "../src/site-options.ts";
import { formatBytes, hostingWarning, type SiteFile } from "../src/site-size.ts";
import type { Problem } from "../src/types.ts";
import { renderUrlLedger, URL_LEDGER_FILE } from "../src/url-ledger.ts";
import { ARTICLES_JSON, PROBLEM_REPORT } from "./site-files.ts";

/** A site ready to go in, as a build finishes one: read its files, measure it, put it in place. */
export interface FinishedSite {
  /** A file of the new site ("api/problems.json"). */
  read(file: string): Promise<string>;
  /** Every file of the new site with its size. */
  files(): SiteFile[];
  /** Puts the new site in place of the output. */
  install(): Promise<void>;
  /** Drops the new site, the output untouched (--strict refused it). */
  discard(): Promise<void>;
  /** What the summary says of how it was built. */
  note: string;
}

/** `/api/problems.json`, as the site writes it. */
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

/**
 * A finished site: its problems and summary, --strict, the URL ledger (where the articles
 * folder keeps one, or `argv` has --lock-urls), its size, then it goes in place. The exit code.
 * `started` is the build's start, as this thread's performance.now() counts.
 */
export async function finishSite(options: SiteOptions, site: FinishedSite, started: number, argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const report = JSON.parse(await site.read(PROBLEM_REPORT.slice(1))) as ProblemReport;
  printProblems(report);
  const problemCount = report.errors + report.warnings;
  const summary = `${report.articles} articles built from ${report.files} files; ${report.warnings} warnings, ${report.errors} errors`;
  if (options.strict && problemCount > 0) {
    console.error(`Build failed (--strict): ${summary}. The site in ${options.outputDir} was not changed.`);
    await site.discard();
    return 1;
  }

  // Keep the URL ledger up to date, where the articles folder keeps one (or --lock-urls asks).
  const ledgerFile = path.join(options.articlesDir, URL_LEDGER_FILE);
  if (existsSync(options.articlesDir) && (existsSync(ledgerFile) || argv.includes("--lock-urls"))) {
    const exported = JSON.parse(await site.read(ARTICLES_JSON.slice(1))) as { sourceFile: string; url: string; story: { url: string } | null }[];
    const unprefix = (url: string) => `/${url.slice(options.pathPrefix.length)}`;
    const unprefixed = exported.map((a) => ({ sourceFile: a.sourceFile, url: unprefix(a.url), story: a.story ? unprefix(a.story.url) : null }));
    await writeFile(ledgerFile, renderUrlLedger(unprefixed));
  }

  const files = site.files();
  const size = { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files: files.length };
  const sizeWarning = hostingWarning(size.bytes);
  if (sizeWarning) console.error(`warning: ${sizeWarning}: see "Hosting" in the README for where the bytes go.`);

  await site.install();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const note = site.note;
  console.log(`${summary}; site ${formatBytes(size.bytes)} in ${size.files.toLocaleString("en-US")} files. Site written to ${path.relative(process.cwd(), options.outputDir) || "."} in ${seconds} s.${note ? ` ${note}` : ""}`);
  return 0;
}

/** An error, causes included (Eleventy's nest), as one line: what failed and why, not where. */
export function describeFailure(error: unknown): string {
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
