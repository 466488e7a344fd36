/**
 * Properties of the parsers, over generated text that is realistic but hostile: random
 * Unicode, YAML-ish front matter with anchors, aliases, tags and odd indentation, datelines
 * with random places, dates and dashes, date-like strings of random numbers, and whole files
 * built from all of them. Whatever the input, no parser throws, and every result is either a
 * value or a problem (a reason) that names the input's field.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDateline, parseDatelineField } from "../src/dateline.ts";
import { dateFromFileName, parsePublishedDate } from "../src/dates.ts";
import { articleFieldSchemas } from "../src/fields.ts";
import { parseYaml, readFrontMatter, readSimpleMapping } from "../src/front-matter.ts";
import { getNormalizeContext } from "../src/load.ts";
import { normalizeArticle, type NormalizeContext } from "../src/normalize-article.ts";
import { readPlainText } from "../src/plain-text.ts";
import type { SourceFile } from "../src/types.ts";
import { attribute, scanTags, urlScheme } from "./helpers/html-tags.ts";

/** Generated inputs per parser; the total is checked at the end. DATELINE_PROPERTY_SCALE=20 runs twenty times as many. */
const SCALE = Math.max(1, Number(process.env.DATELINE_PROPERTY_SCALE) || 1);
const RUNS = {
  frontMatter: 3000 * SCALE,
  simpleFrontMatter: 3000 * SCALE,
  plainText: 2000 * SCALE,
  dateline: 2000 * SCALE,
  datelineField: 1000 * SCALE,
  publishedDate: 3000 * SCALE,
  normalizeArticle: 2500 * SCALE,
};
const ran: Record<keyof typeof RUNS, number> = { frontMatter: 0, simpleFrontMatter: 0, plainText: 0, dateline: 0, datelineField: 0, publishedDate: 0, normalizeArticle: 0 };

// ---------------------------------------------------------------------------------------------
// Text

/** Pieces that trip parsers: markup, template syntax, YAML punctuation, invisible and RTL characters. */
const nasty = fc.constantFrom(
  "\u0000", "\ufeff", "\u202e", "\u200b", "\u00a0", "\u2028", "\r", "\n", "\t", "\u0003",
  "<", ">", "&", '"', "'", "`", "\\", "%", "{{", "}}", "{%", "%}", "<script>", "</script>", "<!--",
  "---", "...", ":", ": ", "- ", "#", "!!", "&a ", "*a", "|", "[", "]", "{", "}", ",", "?",
  "–", "—", "―", " - ", "(", ")", "é", "Ə", "東京", "е\u0301", "🇮🇷", "\ud800", "REUTER", " Reuter", "Top Stories",
);
const word = fc.constantFrom(
  "TEHRAN", "Tehran", "LONDON", "Washington", "Reuters", "AP", "Xinhua", "TASS", "Iran", "Azerbaijani", "Russia", "the", "said",
  "Nagorno-Karabakh", "talks", "2023", "21", "Sept", "March", "Monday", "according to", "told Reuters", "reported", "U.S.",
);
const unicode = fc.string({ unit: "binary", maxLength: 12 });
const text = (maxLength = 14) => fc.array(fc.oneof(unicode, nasty, word, fc.constant(" ")), { maxLength }).map((parts) => parts.join(""));
const line = text(10);
const lines = fc.array(fc.oneof(line, fc.constant(""), line.map((l) => `    ${l}`)), { maxLength: 12 }).map((ls) => ls.join("\n"));

// ---------------------------------------------------------------------------------------------
// Dates

// Years with an offset stay within 0001–9998: a date with an offset at the very edge of year
// 0 or 9999 moves into year -1 or 10000, a known bug (tests/fixtures/hostile/expected.json,
// date-year-0000-offset.md and date-year-9999-offset.md) that tests/hostile.test.ts reports.
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS = ["Jan", "January", "Feb", "February", "Sept", "Sep.", "September", "Dec", "dec", "Narch", "Mayo", "FEb"];
const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })).map(
    ([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
  ),
  fc
    .tuple(
      fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }),
      fc.constantFrom("", "Z", "z", "+03:30", "-0500", "+14", "+99:99", " +02:00", ".123Z", "UTC"), fc.constantFrom("T", " ", "t"),
    )
    .map(([y, mo, d, h, mi, s, off, sep]) => `${y}-${pad(mo, 2)}-${pad(d, 2)}${sep}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${off}`),
  fc
    .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 9998 }), fc.constantFrom("", ", 2:05 pm", " 14:05", " 13:00 am", " at 9.30 a.m. GMT", " 23:59 +0330"))
    .map(([m, d, y, t]) => `${m} ${d}, ${y}${t}`),
  fc
    .tuple(fc.constantFrom("", "Thursday, ", "Mon, "), fc.integer({ min: 0, max: 40 }), fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 9998 }), fc.constantFrom("", " 14:05", " 10:00:00 +0000", " 10:00 GMT"))
    .map(([w, d, m, y, t]) => `${w}${d} ${m} ${y}${t}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 })).map(([y, m, d]) => `${y}/${m}/${d}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 99999 })).map(([a, b, c]) => `${a}/${b}/${c}`),
  fc.tuple(fc.constantFrom("", " ", "\t", "\n"), text(4), fc.constantFrom("", " ", "  ")).map(([a, b, c]) => `${a}${b}${c}`),
);
/** Dates that exist, in the forms the README names, with and without time and offset. */
const realDate = fc
  .tuple(
    fc.date({ min: new Date("1790-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }),
    fc.constantFrom("date", "datetime", "offset", "zulu", "news", "news-time", "day-first"),
    fc.constantFrom("+03:30", "-05:00", "+14:00", "-12:00", "+05:45"),
  )
  .map(([d, form, offset]) => {
    const iso = d.toISOString();
    const [day = "", time = ""] = iso.split("T");
    const month = MONTHS_FULL[d.getUTCMonth()] ?? "January";
    switch (form) {
      case "date": return day;
      case "datetime": return `${day} ${time.slice(0, 8)}`;
      case "offset": return `${day}T${time.slice(0, 8)}${offset}`;
      case "zulu": return `${day}T${time.slice(0, 8)}Z`;
      case "news": return `${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
      case "news-time": return `${month.slice(0, 3)} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${time.slice(0, 5)}`;
      default: return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
    }
  });
const dateValue = fc.oneof(
  realDate,
  dateLike,
  dateLike.map((d) => `  ${d.replace(/ /g, "   ")}  `),
  fc.integer(),
  fc.double(),
  fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9998-12-31T00:00:00Z"), noInvalidDate: false }),
  fc.constantFrom(null, undefined, true, {}, [], ["2023-09-21"], "", " ", "x".repeat(81)),
);
const zone = fc.constantFrom(null, "Asia/Tehran", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kathmandu", "UTC", "Not/AZone", "", "+03:30");

// ---------------------------------------------------------------------------------------------
// Datelines

const place = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("TEHRAN", "WASHINGTON", "SAN FRANCISCO", "NEW YORK", "ST. LOUIS", "PEKING", "RICHMOND", "AMSTERDAM", "Tehran", "Caracas", "ZZYZX", "D'ARCY", "É", "東京", "") },
  text(3),
  text(3).map((t) => t.toUpperCase()),
);
const dash = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("-", "–", "—") }, fc.constantFrom("--", "―", " - ", "-- ", "", ":"));
const none = fc.constant(undefined);
const datelinePrefix = fc
  .tuple(
    place,
    fc.oneof({ weight: 4, arbitrary: none }, fc.constantFrom("Calif.", "Va.", "Ontario", "Iran", "Monday", ""), text(2)),
    fc.oneof({ weight: 2, arbitrary: none }, fc.constantFrom("Nov 26", "FEb 26", "2 March", "March 3, 1987", "Monday", "Narch 2", "31 Feb"), dateLike),
    fc.oneof({ weight: 1, arbitrary: none }, fc.constantFrom("Reuters", "AP", "Tasnim", "Daily Bugle", "", "((x))", "12"), text(3)),
    dash,
    fc.constantFrom("", "", " ", "  ", "\n", "* "),
  )
  .map(([p, region, date, agency, d, lead]) =>
    `${lead}${p}${region !== undefined ? `, ${region}` : ""}${date !== undefined ? `, ${date}` : ""}${agency !== undefined ? ` (${agency})` : ""} ${d} `,
  );
const datelineText = fc.tuple(datelinePrefix, text(12)).map(([a, b]) => a + b);

// ---------------------------------------------------------------------------------------------
// Front matter

const KEYS = [...Object.keys(articleFieldSchemas), "tags", "unknown", "<<", "? complex", "Title", "title ", " date", "a b", "🙂", "x:y"];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }));
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" "));
const scalar = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 3, arbitrary: text(6).map((t) => JSON.stringify(t)) },
  text(6),
  text(6).map((t) => `'${t.replace(/'/g, "''")}'`),
  dateLike,
  dateLike.map((d) => JSON.stringify(d)),
  fc.integer().map(String),
  fc.constantFrom("null", "~", "true", "yes", "no", "0x1F", "1e400", ".nan", "-.inf", "", "''", '""', "[]", "{}", "<script>alert(1)</script>", "{{ 7 * 7 }}", "javascript:alert(1)", "../../etc", "https://example.org/x"),
);
const tagged = fc.tuple(fc.constantFrom("!!str", "!!int", "!!binary", "!!set", "!!timestamp", "!!js/function", "!!python/object:os.system", "!foo", "!<tag:x>", "!!map", "!!seq", "!!null"), scalar).map(([t, s]) => `${t} ${s}`);
const anchored = fc.tuple(fc.constantFrom("a", "b", "x"), scalar).map(([a, s]) => `&${a} ${s}`);
const alias = fc.constantFrom("*a", "*b", "*x", "*missing");
const flowList = fc.array(fc.oneof(scalar, alias), { maxLength: 5 }).map((items) => `[${items.join(", ")}]`);
const blockList = fc.tuple(fc.constantFrom("  ", "", "    ", "\t"), fc.array(fc.oneof(scalar, alias, tagged), { minLength: 1, maxLength: 4 })).map(([indent, items]) => `\n${items.map((i) => `${indent}- ${i}`).join("\n")}`);
const blockScalar = fc.tuple(fc.constantFrom("|", ">", "|-", ">+", "|2"), fc.array(line, { maxLength: 3 })).map(([style, ls]) => `${style}\n${ls.map((l) => `  ${l}`).join("\n")}`);
const nested = fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }).map((pairs) => `\n${pairs.map(([k, v]) => `  ${k}: ${v}`).join("\n")}`);
const yamlValue = fc.oneof({ weight: 4, arbitrary: scalar }, tagged, anchored, alias, flowList, blockList, blockScalar, nested, text(8));
const yamlLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom("", "", "", " ", "  ", "\t"), key, yamlValue).map(([indent, k, v]) => `${indent}${k}: ${v}`) },
  fc.constantFrom("# a comment", "", "---", "...", "%YAML 1.2", "- item", "? key", "key", ": value", "&a", "*a: 1", "<<: *a"),
  line,
);
const closing = fc.oneof({ weight: 8, arbitrary: fc.constant("---") }, fc.constantFrom("...", "--- ", "", "----", " ---"));
/** Front matter of any shape: most of it broken. */
const wildFrontMatter = fc.tuple(fc.array(yamlLine, { maxLength: 10 }), closing).map(([ls, end]) => `---\n${ls.join("\n")}\n${end}\n`);
/** Front matter as people write it: mostly the fields the archive reads, some of the wrong shape, a hostile line now and then. */
const fieldLine = fc.oneof(
  fc.tuple(
    fc.constantFrom("source", "dateline", "summary", "author", "url", "language", "slug", "archived", "topics", "tags"),
    fc.oneof({ weight: 3, arbitrary: words }, { weight: 2, arbitrary: text(8).map((t) => JSON.stringify(t)) }, yamlValue),
  ),
  fc.tuple(fc.constantFrom("topics", "tags", "author"), fc.array(words, { maxLength: 4 }).map((v) => `[${v.map((x) => JSON.stringify(x)).join(", ")}]`)),
  fc.constantFrom<[string, string]>(
    ["source", "Reuters"], ["source", "Tasnim"], ["source", "Daily Bugle"], ["dateline", "TEHRAN"], ["dateline", '", Iran"'], ["url", "https://example.org/a"],
    ["url", "javascript:alert(1)"], ["slug", "../../etc"], ["slug", "talks"], ["language", "en"], ["archived", "2023-09-22"],
  ),
);
const articleFrontMatter = fc
  .tuple(
    fc.option(fc.oneof({ weight: 3, arbitrary: words }, scalar, text(8).map((t) => JSON.stringify(t))), { nil: undefined, freq: 8 }),
    fc.option(fc.oneof({ weight: 4, arbitrary: realDate }, dateLike, dateLike.map((d) => JSON.stringify(d)), scalar), { nil: undefined, freq: 6 }),
    fc.uniqueArray(fieldLine, { maxLength: 5, selector: ([k]) => k }),
    fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, yamlLine),
    closing,
  )
  .map(([title, date, fields, extra, end]) => {
    const ls = [
      ...(title !== undefined ? [`title: ${title}`] : []),
      ...(date !== undefined ? [`date: ${date}`] : []),
      ...fields.map(([k, v]) => `${k}: ${v}`),
      ...(extra !== undefined ? [extra] : []),
    ];
    return `---\n${ls.join("\n")}\n${end}\n`;
  });
const frontMatterBlock = fc.oneof(articleFrontMatter, wildFrontMatter);

// ---------------------------------------------------------------------------------------------
// Bodies and whole files

const htmlSnippet = fc.constantFrom(
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))",
  "[x](data:text/html,<script>alert(1)</script>)", "<iframe src=//evil.example></iframe>", "<style>*{}</style>", "<svg onload=alert(1)>",
  "<p onclick=\"alert(1)\">p</p>", "<a href=\"&#106;avascript:alert(1)\">e</a>", "<object data=x>", "<<SRD>>", "<b>bold</b>", "</div>",
  "<!-- c -->", "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>", "<a href=\"vbscript:msgbox(1)\">v</a>", "![i](javascript:alert(1))",
  "<img src=\"https://example.org/x.png\" onerror=\"alert(1)\">", "<scr<script>ipt>alert(1)</script>", "> quote", "- item", "# Heading", "```\ncode\n```",
);
const bodyLine = fc.oneof({ weight: 3, arbitrary: line }, htmlSnippet, datelineText, fc.constantFrom("Top Stories", " Reuter", "REUTER...", "Most Visited in Other Media", ""));
const body = fc.tuple(fc.option(datelineText, { nil: "" }), fc.array(bodyLine, { maxLength: 10 }), fc.constantFrom("\n", "\n\n", "\n  ")).map(
  ([lead, ls, sep]) => [lead, ...ls].join(sep),
);
const fileName = fc.tuple(
  fc.constantFrom("", "folder/", "a/b/", "Новости/", "dir with space/"),
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom("2023-09-21", "1987-02-26", "2024-02-29", "2030-01-01", "1700-01-01") }, realDate.map((d) => d.slice(0, 10)), dateLike, fc.constant("")),
  fc.constantFrom("-", "_", " ", ".", ""),
  fc.oneof(text(3), fc.constantFrom("story", "index", "", "x-1", "東京", "..", "a.b")),
  fc.constantFrom(".md", ".txt", ".markdown", ".MD", ".TXT"),
).map(([dir, date, sep, stem, ext]) => `${dir}${date}${date ? sep : ""}${stem}${ext}`);
const folderData = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  fc.constantFrom<Record<string, unknown>>({ source: "Reuters" }, { source: 5 }, { topics: ["Iran", "Iran"] }, { topics: "a, b" }, { date: "2023-09-21" }, { title: ["x"] }, { slug: "../x" }, { dateline: "TEHRAN" }, { url: "javascript:alert(1)" }, { date: 20230921 }),
  fc.dictionary(fc.constantFrom(...Object.keys(articleFieldSchemas)), fc.oneof(text(4), fc.integer(), fc.array(text(3), { maxLength: 3 })), { maxKeys: 3 }),
);
const wholeFile = fc.record({
  path: fileName,
  frontMatter: fc.oneof({ weight: 6, arbitrary: articleFrontMatter }, wildFrontMatter, fc.constant("")),
  body: fc.oneof(body, lines),
  folderData,
});

// ---------------------------------------------------------------------------------------------

/** Whether a parsed value holds anything but plain data: a function, a Date, a Map, bytes… */
function foreignValues(value: unknown, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== "object") return typeof value === "function" || typeof value === "symbol" || typeof value === "bigint" ? [typeof value] : [];
  if (seen.has(value)) return [];
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return [String(proto?.constructor?.name ?? "object")];
  return Object.values(value).flatMap((v) => foreignValues(v, seen));
}

// "text": a date found in the story's own text (no date field, none in the file name) is reported there.
const PROBLEM_FIELDS = new Set([...Object.keys(articleFieldSchemas), "front matter", "file name", "file", "body", "text"]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

let context: NormalizeContext;
beforeAll(() => {
  context = getNormalizeContext();
});

const check = <T>(name: keyof typeof RUNS, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void) => {
  fc.assert(
    fc.property(arbitrary, (value) => {
      ran[name]++;
      predicate(value);
    }),
    // FC_SEED=<seed> replays a failing run (fast-check prints its seed).
    { numRuns: RUNS[name], ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
  );
};

describe("readFrontMatter", () => {
  it("never throws: front matter is a plain mapping and a body, or a reason that names the front matter", () => {
    const input = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(frontMatterBlock, lines).map(([fm, b]) => fm + b) },
      fc.tuple(fc.constantFrom("", "\ufeff", " ", "\n"), frontMatterBlock, lines).map(([a, fm, b]) => a + fm + b),
      text(20),
    );
    check("frontMatter", input, (source) => {
      const result = readFrontMatter(source);
      if (result.ok) {
        expect(typeof result.data).toBe("object");
        expect(Array.isArray(result.data)).toBe(false);
        expect(foreignValues(result.data)).toEqual([]);
        expect(typeof result.body).toBe("string");
        if (!result.hasFrontMatter) expect(result.body).toBe(source);
        else expect(source.endsWith(result.body)).toBe(true);
      } else {
        expect(result.reason).toMatch(/^front matter \S/);
        expect(result.reason).not.toContain("\n");
      }
    });
  });
});

describe("front matter read directly", () => {
  // Lines that look like the plain `key: value` front matter the direct reading takes, and
  // every near miss: YAML's special words and numbers, indicators, escapes, odd spacing.
  const awkward = fc.constantFrom(
    "a", "Z", "0", "9", " ", "  ", '"', "\\", '\\"', "\\n", "\\u00e9", "#", " #", ":", ": ", "'", "\t", "\u0085", "\u00e9", "😀", "\u2028",
    "\u007f", "\ufeff", "[", "]", ",", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "-", "?", ".", "/", "(", ")", "+", "e", "x", "o", "_",
  );
  const chars = fc.array(awkward, { maxLength: 8 }).map((parts) => parts.join(""));
  const quoted = chars.map((c) => `"${c}"`);
  const plain = fc.oneof(
    chars,
    fc.constantFrom(
      "true", "True", "TRUE", "false", "null", "Null", "NULL", "~", "yes", "no", "on", "Off", "Y", "12", "012", "1.5", "1.", "1e3", "1E-3", "0x1F", "0X1F", "0o17",
      "1_000", ".inf", "-1", "+1", "1987-03-04", "1987-03-04 17:19:33", "2024-02-14T10:00:00Z", "10:00", "a: b", "a:", "a #b", "a#b", "Reuters", "N/A", "AT&T", "Tasnim News Agency",
    ),
  );
  const list = fc.tuple(fc.array(quoted, { maxLength: 4 }), fc.constantFrom(", ", ",", " , ", ",  ", ",\t"), fc.constantFrom("", " ")).map(
    ([items, sep, pad]) => `[${pad}${items.join(sep)}${pad}]`,
  );
  const key = fc.constantFrom("title", "date", "source", "topics", "slug", "b-c", "x_1", "Title", "__proto__", "constructor", "toString", "1a", "-a");
  const clean = fc.array(fc.constantFrom("a", "Z", "0", "9", " ", ".", ",", "'", "-", "(", ")", "/", "&", "+", ":", "é", '\\"'), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(""));
  const cleanValue = fc.oneof(clean.map((c) => `"${c}"`), clean.filter((c) => /^[a-zA-Z0-9]/.test(c)), fc.array(clean.map((c) => `"${c}"`), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`));
  const line = fc.oneof(
    { weight: 12, arbitrary: fc.tuple(fc.constantFrom("title", "date", "source", "topics", "slug", "dateline"), cleanValue).map(([k, v]) => `${k}: ${v}`) },
    { weight: 6, arbitrary: fc.tuple(key, fc.constantFrom(": ", ":", ":  ", " : ", ":\t"), fc.oneof(quoted, plain, list), fc.constantFrom("", "", " ", "\t", " # note")).map(([k, sep, v, end]) => `${k}${sep}${v}${end}`) },
    fc.constantFrom("", " ", "  indented: yes", "# comment", "- item", "? key", "---"),
  );
  const block = fc.array(line, { maxLength: 6 }).map((lines) => lines.join("\n"));

  it("gives what the YAML parser gives, whenever it reads a block at all", () => {
    let direct = 0;
    check("simpleFrontMatter", block, (yamlText) => {
      const simple = readSimpleMapping(yamlText);
      if (simple === null) return;
      direct++;
      expect(parseYaml(yamlText), JSON.stringify(yamlText)).toEqual(simple);
    });
    // The generator reaches the direct reading often enough for the comparison to mean something.
    expect(direct).toBeGreaterThan(RUNS.simpleFrontMatter / 20);
  });
});

describe("readPlainText", () => {
  it("never throws: paragraphs are trimmed, non-empty and made only of the text's own words", () => {
    check("plainText", fc.tuple(fc.oneof(lines, body), fc.boolean()), ([source, hasTitleLine]) => {
      const result = readPlainText(source, hasTitleLine);
      if (!hasTitleLine) expect(result.title).toBeUndefined();
      // A line of only white space and end-of-text marks (U+0003, as wires send) is blank.
      else if (source.split("\n").some((l) => l.replace(/[\s\u0003]+$/u, "").trim() !== "")) expect(typeof result.title).toBe("string");
      for (const paragraph of result.paragraphs) {
        expect(paragraph).not.toBe("");
        expect(paragraph).toBe(paragraph.trim());
        expect(paragraph).not.toMatch(/\n/);
        for (const token of paragraph.split(" ")) expect(source).toContain(token);
      }
    });
  });
});

describe("parseDateline and parseDatelineField", () => {
  it("parseDateline never throws: no dateline, or one found at the start of the text, with its place inside it", () => {
    check("dateline", fc.oneof({ weight: 3, arbitrary: datelineText }, text(20)), (source) => {
      const match = parseDateline(source);
      if (match === null) return;
      expect(match.place).not.toBe("");
      expect(match.end).toBeLessThanOrEqual(Math.min(200, source.length));
      expect(source.slice(0, match.end)).toContain(match.raw);
      // A dateline names its place, or at least its agency ("(CNN) --", "ТАСС, 10 августа.").
      if (match.place === null) expect(match.agencyText).not.toBeNull();
      else expect(match.raw).toContain(match.place);
      for (const part of [match.region, match.dateText, match.agencyText]) if (part !== null) expect(match.raw).toContain(part);
    });
  });

  it("parseDatelineField never throws: the field's text, read as a dateline, place within it", () => {
    check("datelineField", fc.oneof(datelinePrefix, place, text(8)), (value) => {
      const match = parseDatelineField(value);
      expect(match.raw).toBe(value.trim());
      expect(typeof match.place).toBe("string");
      expect(match.raw).toContain(match.place);
    });
  });
});

describe("parsePublishedDate", () => {
  it("never throws: a date with its archive day, or a reason quoting what was written", () => {
    check("publishedDate", fc.tuple(dateValue, zone), ([value, zoneName]) => {
      const result = parsePublishedDate(value, zoneName);
      if (result.ok) {
        const { date } = result;
        expect(date.day).toMatch(DAY);
        expect(Number.isFinite(date.sortKey)).toBe(true);
        expect(date.iso.length).toBeGreaterThanOrEqual(10);
        // A date without an offset is taken as written: its day is the day written.
        if (!date.hasOffset) expect(date.iso.slice(0, 10)).toBe(date.day);
        if (date.hasOffset && zoneName === "Asia/Tehran") expect(date.zone).toBe("Asia/Tehran");
        if (!date.hasTime) expect(date.iso).toBe(date.day);
      } else {
        expect(result.reason.length).toBeGreaterThan(0);
        if (typeof value === "string") {
          const written = value.trim().replace(/\s+/g, " ");
          if (written !== "" && written.length <= 80) expect(result.reason).toContain(`"${written}"`);
        }
        if (typeof value === "number") expect(result.reason).toContain(String(value));
      }
    });
  });
});

describe("normalizeArticle, on generated whole files", () => {
  it("never throws: an article, or errors naming the file and field; every problem names a field the file has", () => {
    check("normalizeArticle", wholeFile, (generated) => {
      const format = /\.txt$/i.test(generated.path) ? "txt" : "md";
      const file: SourceFile = { path: generated.path, format, text: generated.frontMatter + generated.body, folderData: generated.folderData };
      const result = normalizeArticle(file, context);
      const frontMatter = readFrontMatter(file.text);
      const written = { ...generated.folderData, ...(frontMatter.ok ? frontMatter.data : {}) };
      const errors = result.problems.filter((p) => p.severity === "error");
      expect(result.article === null).toBe(errors.length > 0);
      for (const problem of result.problems) {
        expect(problem.file).toBe(file.path);
        expect(["error", "warning"]).toContain(problem.severity);
        expect(PROBLEM_FIELDS.has(problem.field), problem.field).toBe(true);
        expect(problem.message.trim().length).toBeGreaterThan(0);
        // A field the file (or its folder's data) did not write is only ever reported as missing, or as found elsewhere.
        if (!["front matter", "file", "file name", "title", "date", "dateline", "source", "body", "text"].includes(problem.field)) expect(written, problem.field).toHaveProperty([problem.field]);
        if (problem.field === "file name") expect(dateFromFileName(file.path.split("/").pop() ?? "")).toBeDefined();
      }
      const article = result.article;
      if (!article) return;
      expect(article.sourceFile).toBe(file.path);
      expect(article.title).not.toBe("");
      expect(article.title).toBe(article.title.trim());
      expect(article.slugBase).toMatch(SLUG);
      expect(article.date.day).toMatch(DAY);
      expect(Number.isInteger(article.wordCount)).toBe(true);
      for (const topic of article.topics) expect(topic.slug).toMatch(SLUG);
      if (article.originalUrl !== null) expect(article.originalUrl).toMatch(/^https?:\/\//);
      // The body never carries markup that runs.
      for (const tag of scanTags(article.bodyHtml)) {
        if (tag.closing) continue;
        expect(["script", "iframe", "object", "embed", "style", "base", "form", "frame", "link", "meta"]).not.toContain(tag.name);
        for (const [name, value] of tag.attributes) {
          expect(name.startsWith("on"), `${tag.name} ${name}`).toBe(false);
          expect(["javascript", "vbscript", "data"]).not.toContain(urlScheme(value));
        }
        if (tag.name === "img") expect(attribute(tag, "src")).toMatch(/^https?:\/\//);
      }
    });
  });
});

describe("the generated inputs", () => {
  it("number at least 10,000 across the parsers, when the whole file runs", () => {
    const total = Object.values(RUNS).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    if (Object.values(ran).every((n) => n > 0)) expect(Object.values(ran).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
  });
});
