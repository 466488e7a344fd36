/**
 * YAML front matter, read safely: the `yaml` library with the plain YAML 1.2 core schema, so a
 * tag cannot build an object or call code, aliases are capped (no "billion laughs"), and a
 * duplicated key is an error rather than a silent overwrite.
 *
 * Most front matter is a few `key: value` lines of the plainest kind (a quoted title, a date, a
 * name, a list of quoted topics). Those are read directly, over ten times faster than the
 * full parser (it was a fifth of reading a large archive); anything else, down to a comment
 * or a key repeated, goes to the parser. A property test holds the two to the same answers.
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

  const parsed = readSimpleMapping(yamlText) ?? parseYaml(yamlText);
  return parsed.ok ? { ok: true, data: parsed.data, body, hasFrontMatter: true } : { ok: false, reason: parsed.reason, body };
}

type Parsed = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

/** Front matter through the `yaml` parser: any YAML, safely (see the top of this file). */
export function parseYaml(yamlText: string): Parsed {
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
    return { ok: false, reason: `front matter is not valid YAML${where}: ${firstLine(issue.message)}` };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { ok: false, reason: `front matter could not be read: ${firstLine(String((error as Error).message ?? error))}` };
  }
  if (value === null || value === undefined) return { ok: true, data: {} };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, reason: "front matter must be a set of `key: value` lines" };
  }
  return { ok: true, data: value as Record<string, unknown> };
}

/** The first line of the parser's message, without the position it repeats ("at line 2, column 12:"). */
function firstLine(message: string): string {
  return (message.split("\n")[0]?.trim() ?? message).replace(/\s+at line \d+, column \d+:?$/, "");
}

// What the direct reading accepts: nothing here means anything else in YAML, and every value
// reads as the same string or list of strings the parser gives.
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*): ([^\s].*)$/;
/** A double-quoted string with no escapes but \" and \\, no control or unusual characters. */
const QUOTED = String.raw`"(?:[^"\\\x00-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]|\\["\\])*"`;
const SIMPLE_QUOTED = new RegExp(`^${QUOTED}$`);
const SIMPLE_LIST = new RegExp(`^\\[(?: *${QUOTED} *(?:, *${QUOTED} *)*)?\\]$`);
/** A plain (unquoted) value of letters, digits and a little punctuation, never a YAML indicator. */
const SIMPLE_PLAIN = /^[A-Za-z0-9](?:[A-Za-z0-9 .,'()/&+-]|:(?! |$))*$/;
/** Plain values the core schema reads as something other than a string: left to the parser. */
const NOT_A_STRING = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Front matter of plain `key: value` lines, read directly; null for anything else. */
export function readSimpleMapping(yamlText: string): Parsed | null {
  const data: Record<string, unknown> = {};
  for (const line of yamlText.split("\n")) {
    if (line === "") continue;
    const match = SIMPLE_LINE.exec(line);
    if (!match) return null;
    const [, key = "", value = ""] = match;
    if (RESERVED_KEYS.has(key) || Object.hasOwn(data, key) || value.endsWith(" ")) return null;
    if (value.startsWith('"')) {
      if (!SIMPLE_QUOTED.test(value)) return null;
      data[key] = JSON.parse(value);
    } else if (value.startsWith("[")) {
      if (!SIMPLE_LIST.test(value)) return null;
      data[key] = JSON.parse(value);
    } else {
      if (!SIMPLE_PLAIN.test(value) || NOT_A_STRING.test(value)) return null;
      data[key] = value;
    }
  }
  return Object.keys(data).length > 0 ? { ok: true, data } : null;
}
