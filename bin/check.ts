/**
 * `npm run check`: checks an archive without building it.
 *
 * Lists every problem with the same messages the build gives, then what deserves a look:
 * topics spelled several ways or nearly alike, likely duplicate articles, unknown agencies and
 * places, with counts. Exits 1 when there are errors (or any problem, with --strict).
 *
 *   npm run check                         # the articles/ folder
 *   ARTICLES_DIR=/path npm run check
 */
import { startReaders } from "../src/readers.ts";
import { readSiteOptions } from "../src/site-options.ts";

// The reader threads load while this thread does (see src/readers.ts), hence the late imports.
const options = readSiteOptions();
startReaders(options.articlesDir);
const { assignUrls } = await import("../src/archive.ts");
const { findArchiveIssues } = await import("../src/archive-check.ts");
const { loadArticlesInParallel } = await import("../src/load-parallel.ts");
const { createProgress } = await import("../src/progress.ts");

async function main(): Promise<number> {
  const started = performance.now();
  const progress = createProgress("Checking articles");
  let loaded;
  try {
    loaded = await loadArticlesInParallel({ articlesDir: options.articlesDir, onProgress: progress.update, checkOnly: true });
  } catch (error) {
    console.error(`Check failed: ${(error as Error).message}`);
    return 1;
  }
  progress.done(`${loaded.articles.length} articles read`);
  const problems = [...loaded.problems];
  assignUrls(loaded.articles, problems, loaded.urlLedger.urls);
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const issues = findArchiveIssues(loaded.articles);

  for (const p of problems) console.log(`${p.severity}: ${p.file}: ${p.field}: ${p.message}`);

  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    console.log(`\n${title} (${lines.length})`);
    for (const line of lines) console.log(`  ${line}`);
  };
  section(
    "Topics written several ways (one topic each; add the spelling you prefer to data/topics.ts to choose its name)",
    issues.topicSpellings.map((t) => `${t.slug}: ${t.spellings.map((s) => `"${s.name}" ×${s.count}`).join(", ")}`),
  );
  section(
    "Topics that look like one another (two topics now; give them one name, or an alias in data/topics.ts, if they are one)",
    issues.similarTopics.map((pair) => `"${pair.a.name}" ×${pair.a.count} ~ "${pair.b.name}" ×${pair.b.count}`),
  );
  section(
    "Likely duplicate articles",
    issues.duplicates.map((d) => `${d.reason}: ${d.files.join(", ")}`),
  );
  section(
    "Unknown agencies (add them to data/agencies.ts)",
    issues.unknownAgencies.map((a) => `${a.name} ×${a.count}`),
  );
  section(
    "Unknown dateline places (add them to data/places.ts, or to data/place-names.ts when written in another script)",
    issues.unknownPlaces.map((p) => `${p.name} ×${p.count}`),
  );

  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${loaded.allPaths.length} files, ${loaded.articles.length} articles: ${errors} errors, ${warnings} warnings, ` +
      `${issues.duplicates.length} likely duplicates, ${issues.similarTopics.length} similar topics, ` +
      `${issues.unknownAgencies.length} unknown agencies, ${issues.unknownPlaces.length} unknown places (${seconds} s).`,
  );
  return errors > 0 || (options.strict && problems.length > 0) ? 1 : 0;
}

process.exitCode = await main();
