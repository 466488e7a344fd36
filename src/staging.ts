/**
 * The build's staging folders: where a build writes before its site is swapped in.
 *
 * A build of `<parent>/<name>` writes into `<parent>/.<name>.building-<pid>` and, while swapping,
 * moves the old site to `.<name>.building-<pid>.previous`. The pid in the name says whose
 * folder it is: a folder whose process is gone was left by a build that was killed, and the next
 * build removes it; a folder whose process still runs belongs to a build in progress and is
 * left alone. Such a folder is never a finished site, whatever it holds.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

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

/** Removes what killed builds of `outputDir` left beside it; returns what was removed. */
export function removeStaleStaging(outputDir: string): string[] {
  const stale = findStaleStaging(outputDir);
  for (const folder of stale) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  return stale;
}

/** The processes this one started (Pagefind's among them), from /proc; none where there is no /proc. */
function childProcesses(): number[] {
  if (!existsSync("/proc")) return [];
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === process.pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Whether a child still runs: a killed child stays a zombie until Node reaps it, which it cannot while this waits. */
function childRuns(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes this build's staging folders as it is interrupted, synchronously so that nothing of
 * the build runs meanwhile: stops the processes it started (Pagefind writes into the staging
 * folder), then removes the folders, again until writes already under way have landed.
 */
export function removeOwnStaging(folders: readonly string[]): void {
  const children = childProcesses();
  for (const pid of children) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  for (let waited = 0; waited < 3000 && children.some(childRuns); waited += 50) pause(50);
  for (let round = 0; round < 20; round++) {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    pause(50);
    if (!folders.some((folder) => existsSync(folder))) return;
  }
}
