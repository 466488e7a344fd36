/**
 * The tags of an HTML document as a browser's tokenizer sees them: what is markup, not text.
 * Escaped text (`&lt;script&gt;`) is not a tag; a comment is skipped; the content of a
 * <script> or <style> element is raw text up to its end tag. Attribute values are decoded
 * as a browser decodes them (`&#106;avascript:` is `javascript:`).
 */

export interface Tag {
  name: string;
  closing: boolean;
  attributes: [name: string, value: string][];
  /** The text of a <script> or <style> element. */
  content?: string;
  /** Where the tag starts in the document. */
  offset: number;
}

const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", colon: ":", tab: "\t", newline: "\n", nbsp: "\u00a0", sol: "/", lpar: "(", rpar: ")" };

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff));
    if (dec !== undefined) return String.fromCodePoint(Math.min(Number.parseInt(dec, 10), 0x10ffff));
    return NAMED[(name ?? "").toLowerCase()] ?? whole;
  });
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\f" || c === "\r";

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const head = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 100));
    if (!head) {
      i++;
      continue;
    }
    const closing = head[1] === "/";
    const name = (head[2] ?? "").toLowerCase();
    const attributes: [string, string][] = [];
    let p = i + head[0].length;
    for (;;) {
      while (p < html.length && (isSpace(html[p]) || html[p] === "/")) p++;
      if (p >= html.length || html[p] === ">") break;
      let attrName = html[p] ?? "";
      p++;
      while (p < html.length && !isSpace(html[p]) && html[p] !== "/" && html[p] !== ">" && html[p] !== "=") attrName += html[p++];
      while (isSpace(html[p])) p++;
      let value = "";
      if (html[p] === "=") {
        p++;
        while (isSpace(html[p])) p++;
        const quote = html[p];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, p + 1);
          value = html.slice(p + 1, end === -1 ? html.length : end);
          p = end === -1 ? html.length : end + 1;
        } else {
          const start = p;
          while (p < html.length && !isSpace(html[p]) && html[p] !== ">") p++;
          value = html.slice(start, p);
        }
      }
      attributes.push([attrName.toLowerCase(), decodeEntities(value)]);
    }
    const tag: Tag = { name, closing, attributes, offset: i };
    i = p + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      tag.content = html.slice(i, end === -1 ? html.length : end);
      i = end === -1 ? html.length : end;
    }
    tags.push(tag);
  }
  return tags;
}

export function attribute(tag: Tag, name: string): string | undefined {
  return tag.attributes.find(([n]) => n === name)?.[1];
}

/** The scheme a browser would see in a URL attribute: control characters and spaces are dropped. */
export function urlScheme(value: string): string | null {
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1] ?? null;
}
