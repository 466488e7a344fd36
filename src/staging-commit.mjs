// A build from the cache (build/build-cache.ts) changes the site in place, in one short step:
// everything it changes is first written into its staging folder (the pages it rendered into one
// file, PACK_FILE: build/output-pack.ts), then a journal listing the writes, moves and removals is
// written there (COMMIT_FILE), and only then applied. Applying is
// idempotent, so a build killed while applying is finished by its watchdog, or by the next build
// (src/staging.ts): the site is never left half old, half new. Plain JavaScript, for the watchdog.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, lstatSync, readSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The journal, in the staging folder: written whole (renamed into place) once everything else is. */
export const COMMIT_FILE = ".dateline-commit.json";
/** The pages rendered, one after another, in the staging folder: the journal's `writes` say where each is. */
export const PACK_FILE = ".dateline-pages.pack";

/**
 * Applies the journal in `staging` to `output`, if there is one: whole folders replaced
 * (search bundles), files written from the pack over the site's (in place: on this machine
 * several times faster than a file created and renamed for each, and the same again when
 * applied twice), files moved in, files and folders removed, folders left empty removed.
 * Returns whether there was a journal.
 */
export function applyCommit(output, staging) {
  const journal = path.join(staging, COMMIT_FILE);
  if (!existsSync(journal)) return false;
  const { folders, writes = [], moves, removes } = JSON.parse(readFileSync(journal, "utf8"));
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
  if (writes.length) {
    const pack = openSync(path.join(staging, PACK_FILE), "r");
    try {
      let buffer = Buffer.alloc(0);
      for (const [file, offset, bytes] of writes) {
        if (buffer.length < bytes) buffer = Buffer.alloc(Math.max(bytes, 2 * buffer.length));
        const content = buffer.subarray(0, bytes);
        if (readSync(pack, content, 0, bytes, offset) !== bytes) throw new Error(`${PACK_FILE} in ${staging} ends before ${file}`);
        const target = path.join(output, file);
        let links = 0;
        try {
          const stats = lstatSync(target);
          links = stats.isSymbolicLink() ? Infinity : stats.nlink;
        } catch (error) {
          if (error.code !== "ENOENT") throw error;
        }
        if (links === 0) writeFileSync(into(file), content);
        else if (links === 1) writeFileSync(target, content);
        else {
          // A file linked elsewhere too (a snapshot of the site made with hard links) keeps its
          // old bytes there, and a symbolic link its target: the new bytes go in by a rename,
          // as a new file.
          const temporary = path.join(staging, `${PACK_FILE}.linked`);
          writeFileSync(temporary, content);
          renameSync(temporary, target);
        }
      }
    } finally {
      closeSync(pack);
    }
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
