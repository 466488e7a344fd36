/**
 * Every test run's temporary folders in one folder of its own, removed when the run ends.
 *
 * The tests make their scratch sites, archives and project copies with `os.tmpdir()`, and a
 * build's own staging lives beside its output: about seventy folders a run, 1.3 GB in /tmp after
 * a day of runs when each test was left to remove its own. Vitest runs this before any test
 * file (`globalSetup`) and the tests' processes start after it, so TMPDIR set here is the
 * `os.tmpdir()` of every test and of every build a test starts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(os.tmpdir(), "dateline-tests-"));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
