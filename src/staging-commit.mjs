// A build from the cache (build/build-cache.ts) changes the site in place, in one short step:
// everything it changes is first written into its staging folder, then a journal listing the
// moves and removals is written there (COMMIT_FILE), and only then applied. Applying is
// idempotent, so a build killed while applying is finished by its watchdog, or by the next build
// (src/staging.ts): the site is never left half old, half new. Plain JavaScript, for the watchdog.
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync } from "node:fs";
import path from "node:path";

/** The journal, in the staging folder: written whole (renamed into place) once everything else is. */
export const COMMIT_FILE = ".dateline-commit.json";

/**
 * Applies the journal in `staging` to `output`, if there is one: whole folders replaced
 * (search bundles), files moved in, files and folders removed, folders left empty removed.
 * Returns whether there was a journal.
 */
export function applyCommit(output, staging) {
  const journal = path.join(staging, COMMIT_FILE);
  if (!existsSync(journal)) return false;
  const { folders, moves, removes } = JSON.parse(readFileSync(journal, "utf8"));
  const into = (relative) => {
    const target = path.join(output, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    return target;
  };
  // What is no longer in the staging folder was moved already: a second run skips it.
  for (const folder of folders) {
    const from = path.join(staging, folder);
    if (!existsSync(from)) continue;
    const target = into(folder);
    rmSync(target, { recursive: true, force: true });
    renameSync(from, target);
  }
  for (const file of moves) {
    const from = path.join(staging, file);
    if (existsSync(from)) renameSync(from, into(file));
  }
  for (const file of removes) {
    rmSync(path.join(output, file), { recursive: true, force: true });
    // A removed article's folder goes with its last file, as a full build would not make it.
    for (let folder = path.dirname(file); folder !== "." && folder !== ""; folder = path.dirname(folder)) {
      try {
        rmdirSync(path.join(output, folder));
      } catch {
        break;
      }
    }
  }
  rmSync(journal, { force: true });
  return true;
}
