/**
 * The build's staging folders: where a build writes before its site is swapped in.
 *
 * A build of `<parent>/<name>` writes into `<parent>/.<name>.building-<pid>` and, while swapping,
 * moves the old site to `.<name>.building-<pid>.previous`. The pid in the name says whose
 * folder it is: a folder whose process is gone was left by a build that was killed, and the next
 * build removes it; a folder whose process still runs belongs to a build in progress and is
 * left alone. Such a folder is never a finished site, whatever it holds. While a build runs, its
 * watchdog removes its folders the moment the build dies (guardStaging).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { applyCommit } from "./staging-commit.mjs";

/** `.<name>.building-<pid>`, and any folder named after it (`….previous`). */
const STAGING_NAME = /^\..+\.building-(\d+)(?:\..+)?$/;

export function stagingFolder(outputDir: string, pid = process.pid): string {
  return path.join(path.dirname(outputDir), `.${path.basename(outputDir)}.building-${pid}`);
}

/** Where the previous site waits during the swap, until the new one is in place. */
export function previousFolder(staging: string): string {
  return `${staging}.previous`;
}

/** Whether a folder's name is that of a build's staging folder (of any output). */
export function isStagingName(folder: string): boolean {
  return STAGING_NAME.test(path.basename(folder));
}

/** Whether a process runs: signal 0 checks without sending; EPERM means it runs as someone else. */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** The staging folders of builds of `outputDir` whose process is gone, with the pid in each name. */
export function findStaleStaging(outputDir: string): string[] {
  const parent = path.dirname(path.resolve(outputDir));
  const prefix = `.${path.basename(path.resolve(outputDir))}.building-`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix) && STAGING_NAME.test(name))
    .filter((name) => {
      const pid = Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
      return pid > 0 && pid !== process.pid && !processRuns(pid);
    })
    .map((name) => path.join(parent, name));
}

/**
 * Removes what killed builds of `outputDir` left beside it; returns what was removed. A build
 * killed between the two renames of its swap left no site but the old one in `….previous`:
 * that one is put back first; a build from the cache killed while applying its journal
 * (staging-commit.mjs) has it finished.
 */
export function removeStaleStaging(outputDir: string): string[] {
  const stale = findStaleStaging(outputDir);
  const previous = stale.find((folder) => folder.endsWith(".previous"));
  if (previous && !existsSync(outputDir)) renameSync(previous, outputDir);
  // A build from the cache killed while applying its changes, with its watchdog: finished here.
  if (existsSync(outputDir)) for (const folder of stale) applyCommit(outputDir, folder);
  for (const folder of stale) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  return stale;
}

export interface StagingGuard {
  /** The staging folders are the build's business no more: swapped in, or removed by the build. */
  release(): void;
}

/**
 * Starts the staging folder's watchdog (staging-watchdog.mjs), which removes the staging folders
 * if this process dies before `release()`. A watchdog rather than a signal handler: a handler
 * waits for the event loop, which Eleventy keeps busy for most of the render (26 s at 13,520
 * articles), while the watchdog acts as soon as the build is gone, whatever killed it.
 */
export function guardStaging(outputDir: string, staging: string, previous: string): StagingGuard {
  const watchdog = spawn(process.execPath, [new URL("./staging-watchdog.mjs", import.meta.url).pathname, path.resolve(outputDir), path.resolve(staging), path.resolve(previous)], {
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  // Neither the watchdog nor its pipe keeps this process alive.
  watchdog.unref();
  watchdog.stdin.on("error", () => undefined);
  (watchdog.stdin as unknown as { unref(): void }).unref();
  return {
    release() {
      watchdog.stdin.end("done\n");
    },
  };
}
