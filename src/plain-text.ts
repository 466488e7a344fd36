/**
 * Plain text as saved from a news site or a wire: title line, optional repeated title, body,
 * and trailing site furniture or a wire sign-off.
 *
 * Paragraphs end at a blank line or where a line is indented (wire copy is hard-wrapped at
 * about 70 columns and marks each new paragraph with an indent). A line is joined to the one
 * before it only when that one looks hard-wrapped (short); text saved from a web page has one
 * long line per paragraph.
 */
import { trailingInlinePatterns, trailingLines, trailingPatterns } from "../data/boilerplate.ts";
import { collapseWhitespace, foldKey } from "./text.ts";

export interface PlainTextArticle {
  title: string | undefined;
  paragraphs: string[];
  /** The sign-off line removed from the end ("Reuter"), if any. */
  signOff: string | undefined;
  /** The site furniture lines removed from the end. */
  removedLines: string[];
}

const TRAILING_KEYS = new Set(trailingLines.map(foldKey));
const HARD_WRAP_WIDTH = 100;

function isTrailingFurniture(line: string): "sign-off" | "furniture" | null {
  const trimmed = collapseWhitespace(line);
  if (trailingPatterns.some((pattern) => pattern.test(trimmed))) return "sign-off";
  if (TRAILING_KEYS.has(foldKey(trimmed))) return "furniture";
  return null;
}

export interface TrailingFurniture {
  /** The lines from `start`, without the furniture. */
  lines: string[];
  signOff: string | undefined;
  removedLines: string[];
}

/**
 * Removes the sign-off and site furniture lines from the end of a text, scanning up from the
 * end; then a sign-off run on to the last sentence ("… as possible. REUTER...").
 */
export function stripTrailingFurniture(lines: readonly string[], start = 0): TrailingFurniture {
  let end = lines.length;
  let signOff: string | undefined;
  const removedLines: string[] = [];
  for (;;) {
    while (end > start && (lines[end - 1] ?? "").trim() === "") end--;
    if (end <= start) break;
    const line = lines[end - 1] ?? "";
    const kind = isTrailingFurniture(line);
    if (!kind) break;
    if (kind === "sign-off") signOff ??= collapseWhitespace(line);
    else removedLines.unshift(collapseWhitespace(line));
    end--;
  }
  const kept = lines.slice(start, end);
  const last = kept[kept.length - 1];
  if (last !== undefined) {
    for (const pattern of trailingInlinePatterns) {
      const match = pattern.exec(last);
      if (match) {
        signOff ??= collapseWhitespace(match[0]);
        kept[kept.length - 1] = last.slice(0, match.index);
        break;
      }
    }
  }
  return { lines: kept, signOff, removedLines };
}

/** Reads a plain-text article. `hasTitleLine` is false when front matter gave the title. */
export function readPlainText(text: string, hasTitleLine = true): PlainTextArticle {
  const lines = text.split("\n").map((line) => line.replace(/[\s\u0003]+$/u, ""));
  let start = 0;
  let title: string | undefined;

  while (start < lines.length && (lines[start] ?? "").trim() === "") start++;
  if (hasTitleLine && start < lines.length) {
    title = collapseWhitespace(lines[start] ?? "");
    start++;
    // Saved pages often repeat the headline once more above the story.
    let next = start;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    if (next < lines.length && foldKey(lines[next] ?? "") === foldKey(title)) start = next + 1;
  }

  const { lines: storyLines, signOff, removedLines } = stripTrailingFurniture(lines, start);

  const paragraphs: string[] = [];
  let current: string[] = [];
  let previousLength = 0;
  const flush = () => {
    if (current.length) paragraphs.push(collapseWhitespace(current.join(" ")));
    current = [];
  };
  for (const line of storyLines) {
    if (line.trim() === "") {
      flush();
    } else if (/^[ \t]/.test(line) || previousLength > HARD_WRAP_WIDTH) {
      flush();
      current.push(line);
    } else {
      current.push(line);
    }
    previousLength = line.trim().length;
  }
  flush();

  return { title, paragraphs: paragraphs.filter((p) => p !== ""), signOff, removedLines };
}
