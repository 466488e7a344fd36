/**
 * `npm run verify -- <site>`: checks that every page of a built site is the file in the
 * articles folder it says it was built from (src/provenance.ts), and names any that is not.
 *
 *   npm run verify -- _site
 *   ARTICLES_DIR=/path PATH_PREFIX=/my-archive/ npm run verify -- /path/to/site
 *
 * Exits 0 when every page matches, 1 when any does not, 2 when the site cannot be read.
 */
import path from "node:path";
import { verifySite } from "../src/provenance.ts";
import { readSiteOptions } from "../src/site-options.ts";

const args = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const siteDir = path.resolve(args[0] ?? "_site");
const options = readSiteOptions();

try {
  const started = performance.now();
  const { checked, refused, problems } = verifySite({ siteDir, articlesDir: options.articlesDir, pathPrefix: options.pathPrefix });
  for (const problem of problems) console.log(`${problem.file}: ${problem.message}`);
  const files = new Set(problems.map((p) => p.file)).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const refusedNote = refused ? `; ${refused} file${refused === 1 ? "" : "s"} the build refused (see its /api/problems.json)` : "";
  console.log(
    files === 0
      ? `${checked} pages checked against ${options.articlesDir}: every one matches its file${refusedNote} (${seconds} s)`
      : `${checked} pages checked against ${options.articlesDir}: ${files} file${files === 1 ? "" : "s"} do not match${refusedNote} (${seconds} s)`,
  );
  process.exitCode = files === 0 ? 0 : 1;
} catch (error) {
  console.error(`Verify failed: ${(error as Error).message}`);
  process.exitCode = 2;
}
