/**
 * The hostile archive (tests/fixtures/hostile/articles) as a temporary copy, with the files
 * too large to commit generated into it and the symbolic links made at run time.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { listFiles, ROOT } from "./build.ts";

export const HOSTILE_DIR = path.join(ROOT, "tests/fixtures/hostile");
export const HOSTILE_ARTICLES = path.join(HOSTILE_DIR, "articles");
/** The present, as the hostile build sees it (DATELINE_NOW). */
export const HOSTILE_NOW = "2024-06-01T00:00:00Z";

/** A problem as the build reports it. */
export interface ExpectedProblem {
  field: string;
  severity: "error" | "warning";
  message: string;
}

/** A known defect: what the build reports today, and what it should report. */
export interface KnownBug {
  summary: string;
  reportedToday: ExpectedProblem[];
  /** The problems it should report (a message is left out where any clear wording will do), or, in words, what should hold. */
  expected: (Omit<ExpectedProblem, "message"> & { message?: string })[] | string;
}

/** One entry of expected.json. */
export interface ExpectedFile {
  file: string;
  why: string;
  /** Made in the temporary copy at test time (too large to commit, or a symbolic link). */
  generated?: boolean;
  /** A valid data file: applied to articles, neither built nor reported. */
  dataFile?: boolean;
  /** True when the file becomes an article in /api/articles.json. */
  builds: boolean;
  /** Exactly the problems reported for the file; null for a known bug. */
  problems: ExpectedProblem[] | null;
  bug?: KnownBug;
  /** For files that build: what the exported record must hold. */
  record?: {
    url?: string;
    title?: string;
    source?: string | null;
    place?: string | null;
    topics?: string[];
    wordCount?: number;
    originalUrl?: string | null;
    archived?: string | null;
  };
}

export function readExpected(): ExpectedFile[] {
  return (JSON.parse(readFileSync(path.join(HOSTILE_DIR, "expected.json"), "utf8")) as { files: ExpectedFile[] }).files;
}

/**
 * Every entry under a folder, relative, sorted, not following symbolic links (a link is one
 * entry, as the build counts it). Names starting with a dot are skipped, as the build skips them.
 */
export function listEntries(dir: string): string[] {
  return listFiles(dir, { hidden: false, followLinks: false });
}

/**
 * Newer V8s add " (line 1 column 22)" to JSON.parse messages, which the data file message
 * quotes. Dropped before comparing, so the expectations hold on any Node from 20 on.
 */
export function withoutV8Position(message: string): string {
  return message.replace(/ \(line \d+ column \d+\)/, "");
}

/** Sizes of the generated files. */
export const HUGE_BYTES = 5 * 1024 * 1024;
export const LONG_LINE_BYTES = 1024 * 1024;
export const TOPIC_COUNT = 10_000;

/** Copies the hostile articles to a fresh temporary folder and adds the generated files. */
export function makeHostileArchive(): { dir: string; outside: string } {
  const base = mkdtempSync(path.join(os.tmpdir(), "dateline-hostile-"));
  const dir = path.join(base, "articles");
  cpSync(HOSTILE_ARTICLES, dir, { recursive: true });
  const generated = path.join(dir, "generated");
  mkdirSync(generated);

  // A 5 MB article: over the 2 MB limit.
  const paragraph = "GENEVA (Reuters) - Delegates met again today to discuss the same points at length, and again. ";
  writeFileSync(path.join(generated, "2023-06-01-huge.md"), `---\ntitle: Five megabytes\ndate: 2023-06-01\n---\n\n${paragraph.repeat(Math.ceil(HUGE_BYTES / paragraph.length))}\n`);

  // A 1 MB single line: over the 512 kB warning size, under the limit.
  const words = "word ".repeat(Math.ceil(LONG_LINE_BYTES / 5));
  writeFileSync(path.join(generated, "2023-06-02-one-long-line.txt"), `One line of a megabyte\n\n${words.trim()}\n`);

  // 10,000 topics: over the 100 an article may name.
  const topics = Array.from({ length: TOPIC_COUNT }, (_, i) => `  - Topic ${i + 1}`).join("\n");
  writeFileSync(path.join(generated, "2023-06-03-ten-thousand-topics.md"), `---\ntitle: Ten thousand topics\ndate: 2023-06-03\ntopics:\n${topics}\n---\n\nAn article that names ten thousand topics.\n`);

  // Symbolic links: out of the folder, to nothing, and to a folder inside it.
  const outside = path.join(base, "outside-secret.md");
  writeFileSync(outside, "---\ntitle: A secret outside the articles folder\ndate: 2023-06-04\n---\n\nIt must not be published.\n");
  symlinkSync(outside, path.join(generated, "link-out.md"));
  symlinkSync(path.join(base, "nothing-here.md"), path.join(generated, "link-dangling.md"));
  symlinkSync(path.join(dir, "code-data"), path.join(generated, "link-folder"));
  return { dir, outside };
}
