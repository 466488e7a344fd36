/**
 * HTML that is safe by construction. Layouts write markup with the `html` tag; every value
 * they interpolate is escaped unless it is already `SafeHtml` (made by `html` itself, or by
 * `trustedHtml` for markup the archive produced and sanitized). Article text can therefore
 * never become markup by accident.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for use in HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most of what a page interpolates (dates, counts, URLs, most titles) has nothing to escape.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch) : text;
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function interpolate(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join("");
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/**
 * The same text, held by V8 as one piece. A string built by `+=`, as `html` builds a page, is
 * kept as a tree of every piece added until something reads it; Eleventy holds each page it
 * renders until the pass ends, so every piece of every page would live that long, copied by each
 * garbage collection on the way. Reading one character has V8 join the pieces (flatten the
 * string) now, while they are young and cheap to let go.
 */
export function flattened(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Marks markup the archive produced itself (sanitized article bodies, inline SVG) as safe. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

const SCRIPT_UNSAFE = /[<\u2028\u2029]/;
const SCRIPT_UNSAFE_ALL = /[<\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = { "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** JSON for a `<script type="application/ld+json">` block: `<` is escaped so text cannot close the element. */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value);
  // One pass, and none for the many with nothing to escape (every article page has its JSON-LD).
  return new SafeHtml(SCRIPT_UNSAFE.test(json) ? json.replace(SCRIPT_UNSAFE_ALL, (ch) => SCRIPT_ESCAPES[ch] ?? ch) : json);
}

