/**
 * `npm run add -- <file>…`: imports saved web pages (.html, .htm), texts (.txt) and Markdown
 * (.md) as normalized Markdown articles in `<articles>/YYYY/MM/<slug>.md`.
 *
 * For each input it prints (on stdout, in order) what it found and where, then writes the file,
 * or says why not: no date anywhere (unless --date gives one), the same original address or the
 * same text as an article already in the articles folder or an earlier input. It never
 * overwrites a file and asks nothing. The exit code is 1 when any input was refused (the others are still
 * written; stderr names the refused inputs), 2 for a usage error.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getNormalizeContext } from "../load.ts";
import type { NormalizeContext } from "../normalize-article.ts";
import { readSiteOptions } from "../site-options.ts";
import { normalizeTimestamp } from "../dates-in-text.ts";
import { indexArticlesFolder } from "./duplicates.ts";
import { importArticle, inputKind, type Finding, type ImportOptions } from "./import-article.ts";

export const USAGE = `Usage: npm run add -- [options] <file>…

Imports saved web pages (.html, .htm), texts (.txt) and Markdown (.md) into the articles folder
(ARTICLES_DIR, default ./articles) as <articles>/YYYY/MM/<slug>.md.

Options:
  --date DATE        the publication date (2023-09-21 or 2023-09-21T14:05:00+03:30), over the input's
  --source NAME      the agency or outlet, over the input's
  --topics A,B       the topics, comma-separated, instead of the input's
  --url ADDRESS      the address the page was saved from (one input only)
  --dry-run          show the files that would be written; write nothing
  --help             this text`;

/** Inputs larger than this are refused: no saved article page is this large. */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface AddIo {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The clock, for `archived`. */
  now: () => Date;
  /** The zone `archived` is written in (default: the machine's). */
  zone?: string | null;
  out: (line: string) => void;
  err: (line: string) => void;
  /** The registries; built from data/ when not given. */
  context?: NormalizeContext;
}

interface ParsedArguments {
  files: string[];
  date: string | null;
  source: string | null;
  topics: string[] | null;
  url: string | null;
  dryRun: boolean;
  help: boolean;
}

export function parseAddArguments(argv: readonly string[]): ParsedArguments | string {
  const parsed: ParsedArguments = { files: [], date: null, source: null, topics: null, url: null, dryRun: false, help: false };
  const valued = new Set(["date", "source", "topics", "url"]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      parsed.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--dry-run") parsed.dryRun = true;
    else if (arg === "--help" || arg === "-h") parsed.help = true;
    else if (arg.startsWith("--")) {
      const [name = "", inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (!valued.has(name)) return `unknown option ${arg}`;
      const value = inline ?? argv[++i];
      if (value === undefined || value.trim() === "") return `--${name} needs a value`;
      if (name === "date") parsed.date = value.trim();
      else if (name === "source") parsed.source = value.trim();
      else if (name === "url") parsed.url = value.trim();
      else parsed.topics = value.split(",").map((t) => t.trim()).filter(Boolean);
    } else parsed.files.push(arg);
  }
  return parsed;
}

export function runAdd(argv: readonly string[], io: AddIo): number {
  const args = parseAddArguments(argv);
  if (typeof args === "string") {
    io.err(`add: ${args}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.files.length === 0) {
    io.err(`add: no files given\n\n${USAGE}`);
    return 2;
  }
  if (args.url && args.files.length > 1) {
    io.err("add: --url names the address of one page: give one file with it");
    return 2;
  }

  if (args.date && !normalizeTimestamp(args.date)) {
    io.err(`add: --date ${JSON.stringify(args.date)} is not a date: use 2023-09-21, 2023-09-21T14:05:00+03:30 or September 21, 2023`);
    return 2;
  }

  let articlesDir: string;
  try {
    articlesDir = readSiteOptions({ ARTICLES_DIR: io.env.ARTICLES_DIR }, [], io.cwd).articlesDir;
  } catch {
    articlesDir = path.resolve(io.cwd, io.env.ARTICLES_DIR || "articles");
  }
  const shown = (file: string) => path.relative(io.cwd, file) || file;
  const context = io.context ?? getNormalizeContext();
  const index = indexArticlesFolder(articlesDir, (relative) => shown(path.join(articlesDir, relative)));
  const now = io.now();
  const options: ImportOptions = { date: args.date, source: args.source, topics: args.topics, knownUrl: args.url, now, zone: io.zone ?? null };

  const planned = new Set<string>();
  const refused: string[] = [];
  let written = 0;
  for (const file of args.files) {
    const absolute = path.resolve(io.cwd, file);
    io.out(`${file}`);
    const refuse = (message: string) => {
      refused.push(file);
      io.out(`  refused: ${message}`);
    };
    const kind = inputKind(file);
    if (!kind) {
      refuse(`${file} is not a page, text or Markdown file (.html, .htm, .txt, .md)`);
      continue;
    }
    let bytes: Buffer;
    try {
      const stat = statSync(absolute);
      if (!stat.isFile()) throw new Error("not a file");
      if (stat.size > MAX_INPUT_BYTES) {
        refuse(`${file} is ${Math.round(stat.size / 1024 / 1024)} MB, too large for an article`);
        continue;
      }
      bytes = readFileSync(absolute);
    } catch {
      refuse(`${file} cannot be read (no such file?)`);
      continue;
    }

    let result;
    try {
      result = importArticle({ name: file, bytes, kind }, options, context);
    } catch (error) {
      refuse(`${file}: could not be read (${(error as Error).message})`);
      continue;
    }
    for (const line of formatFindings(result.ok ? result.article.findings : result.findings)) io.out(line);
    if (!result.ok) {
      refuse(result.reason);
      continue;
    }
    const article = result.article;
    const duplicate = index.find(article.addresses, article.fingerprint);
    if (duplicate) {
      refuse(`${file} is a duplicate: it has ${duplicate.reason} as ${duplicate.file}`);
      continue;
    }
    for (const warning of article.warnings) io.out(`  note      ${warning}`);

    // Never overwrite: a name taken by another file gets a number.
    const target = freePath(path.join(articlesDir, article.relativePath), planned);
    const remember = () => index.add(`${shown(target)} (${args.dryRun ? "to be written" : "written"} from ${file} earlier in this run)`, article.addresses, article.fingerprint);
    if (args.dryRun) {
      remember();
      io.out(`  would write ${shown(target)}:`);
      io.out(article.fileText.replace(/\n$/, "").split("\n").map((line) => `    ${line}`).join("\n"));
      continue;
    }
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, article.fileText, { encoding: "utf8", flag: "wx" });
    } catch (error) {
      refuse(`${file}: could not write ${shown(target)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    remember();
    written++;
    io.out(`  wrote ${shown(target)}`);
  }

  const total = args.files.length;
  const inputs = (n: number) => `${n} ${n === 1 ? "input" : "inputs"}`;
  io.out(
    args.dryRun
      ? `dry run: ${total - refused.length} of ${inputs(total)} would be written, ${refused.length} refused; nothing was written`
      : `${written} of ${inputs(total)} written to ${shown(articlesDir) || "."}, ${refused.length} refused`,
  );
  if (refused.length) io.err(`add: ${inputs(refused.length)} refused (see above): ${refused.join(", ")}`);
  return refused.length > 0 ? 1 : 0;
}

/** The path itself when free, else `<slug>-2.md`, `<slug>-3.md`, …: free on disk and in this run's plan. */
function freePath(target: string, planned: Set<string>): string {
  const free = (candidate: string) => !existsSync(candidate) && !planned.has(candidate);
  let chosen = target;
  if (!free(target)) {
    const extension = path.extname(target);
    const stem = target.slice(0, -extension.length);
    for (let n = 2; ; n++) {
      chosen = `${stem}-${n}${extension}`;
      if (free(chosen)) break;
    }
  }
  planned.add(chosen);
  return chosen;
}

/** The report lines for one input: each field with where it was found, or "not found". */
export function formatFindings(findings: readonly Finding[]): string[] {
  return findings.map((finding) => {
    const label = finding.field.padEnd(9);
    const body = finding.value === null ? (finding.note ?? "not found") : `${finding.value}${finding.from ? ` (${finding.from})` : ""}`;
    const note = finding.value !== null && finding.note ? `; ${finding.note}` : "";
    return `  ${label} ${body}${note}`;
  });
}
