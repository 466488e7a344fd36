/**
 * YAML front matter, read safely: the `yaml` library with the plain YAML 1.2 core schema, so a
 * tag cannot build an object or call code, aliases are capped (no "billion laughs"), and a
 * duplicated key is an error rather than a silent overwrite.
 */
import { parseDocument } from "yaml";

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; hasFrontMatter: boolean }
  | { ok: false; reason: string; body: string };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Splits `---`-delimited front matter from the body and parses it. Text without it is all body. */
export function readFrontMatter(text: string): FrontMatterResult {
  if (!OPENING.test(text)) return { ok: true, data: {}, body: text, hasFrontMatter: false };
  const afterOpening = text.replace(OPENING, "");
  // An empty block ("---\n---") closes on the very first line.
  const closing = afterOpening.startsWith("---") || afterOpening.startsWith("...")
    ? { index: -1, length: afterOpening.match(/^(?:---|\.\.\.)[ \t]*(?:\n|$)/)?.[0].length ?? 3 }
    : (() => {
        const match = CLOSING.exec(afterOpening);
        return match ? { index: match.index, length: match[0].length } : null;
      })();
  if (!closing) {
    return { ok: false, reason: "front matter starts with --- but never ends (no closing --- line)", body: "" };
  }
  const yamlText = closing.index < 0 ? "" : afterOpening.slice(0, closing.index);
  const body = afterOpening.slice(Math.max(closing.index, 0) + closing.length);

  const document = parseDocument(yamlText, {
    schema: "core",
    resolveKnownTags: false,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
  });
  const issue = document.errors[0] ?? document.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (issue) {
    const line = issue.linePos?.[0]?.line;
    const where = line ? ` (line ${line + 1} of the file)` : "";
    return { ok: false, reason: `front matter is not valid YAML${where}: ${firstLine(issue.message)}`, body };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { ok: false, reason: `front matter could not be read: ${firstLine(String((error as Error).message ?? error))}`, body };
  }
  if (value === null || value === undefined) return { ok: true, data: {}, body, hasFrontMatter: true };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, reason: "front matter must be a set of `key: value` lines", body };
  }
  return { ok: true, data: value as Record<string, unknown>, body, hasFrontMatter: true };
}

/** The first line of the parser's message, without the position it repeats ("at line 2, column 12:"). */
function firstLine(message: string): string {
  return (message.split("\n")[0]?.trim() ?? message).replace(/\s+at line \d+, column \d+:?$/, "");
}
