// The staging folder's watchdog (see staging.ts): a small process of its own, in its own session
// so that Ctrl-C and a closed terminal do not reach it, started by each build. The build writes
// "done" on its stdin when the staging folder is its business no more; if the pipe closes
// without it, the build died (a signal, the out-of-memory killer): the watchdog stops the
// processes the build had started (Pagefind writes into the staging folder), puts the old site
// back if the build died between the two renames of its swap, finishes a build from the cache
// killed while applying its changes (staging-commit.mjs), and removes the staging folders.
// Plain JavaScript, so that it starts in a few milliseconds, without tsx.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { applyCommit } from "./staging-commit.mjs";

const [output, staging, previous] = process.argv.slice(2);
const build = process.ppid;

/** pid → start time, of every process the build started, as seen while it ran. */
const started = new Map();

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0], parent: Number(fields[1]), startTime: fields[19] };
  } catch {
    return null;
  }
}

function recordChildren() {
  if (!existsSync("/proc")) return;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s && s.parent === build && Number(entry) !== process.pid) started.set(Number(entry), s.startTime);
  }
}

/** A recorded child that still runs: the same pid with the same start time (pids are reused). */
const stillRuns = (pid) => {
  const s = stat(pid);
  return s !== null && s.startTime === started.get(pid) && s.state !== "Z";
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function cleanUp() {
  const children = [...started.keys()].filter(stillRuns);
  for (const pid of children) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // Gone meanwhile.
    }
  }
  for (let waited = 0; waited < 3000 && children.some(stillRuns); waited += 50) await sleep(50);
  // Killed between moving the old site aside and moving the new one in: the old one goes back.
  if (!existsSync(output) && existsSync(previous)) renameSync(previous, output);
  // Killed while applying a build from the cache: what it had begun, it finishes (staging-commit.mjs).
  try {
    applyCommit(output, staging);
  } catch {
    // The journal was half written (it never is: it is renamed into place) or the site is gone.
  }
  // Writes already under way may land after a removal: remove until nothing comes back.
  for (let round = 0, clear = 0; round < 100 && clear < 3; round++) {
    for (const folder of [staging, previous]) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    await sleep(100);
    clear = existsSync(staging) || existsSync(previous) ? 0 : clear + 1;
  }
}

let input = "";
const watching = setInterval(recordChildren, 200);
recordChildren();
process.stdin.on("data", (chunk) => {
  input += chunk;
});
process.stdin.on("error", () => undefined);
process.stdin.on("close", async () => {
  clearInterval(watching);
  if (!input.includes("done")) await cleanUp().catch(() => undefined);
  process.exit(0);
});
