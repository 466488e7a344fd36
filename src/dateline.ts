/**
 * Datelines: the place (and often region, date and agency) that opens a wire story.
 *
 *   TEHRAN (Tasnim) –                       place, agency
 *   WASHINGTON (AP) —                       place, agency
 *   LONDON, Nov 26 (Reuters) -              place, date, agency
 *   SAN FRANCISCO, Calif., March 3 -        place, region, date
 *   AMSTERDAM, 2 March -                    place, date (day first)
 *
 * The place is in capitals, as wires write it; a place in mixed case ("Tehran, Sept 21 -")
 * counts only with a date or an agency after it, so an ordinary sentence with a dash is not
 * taken for a dateline. The dash may be a hyphen (followed by a space), an en or an em dash.
 * The text is never changed: the caller gets what was found and where the dateline ends.
 */

export interface DatelineMatch {
  /** The dateline exactly as written, including its dash. */
  raw: string;
  place: string;
  region: string | null;
  dateText: string | null;
  agencyText: string | null;
  /** Where the story proper starts in the text given. */
  end: number;
}

// Any word before a day number is taken for the month: wire copy misspells and miscapitalizes
// it ("FEb 26", "Narch 2"), and a region never has a number after it.
const MONTH = "[A-Za-z]{3,10}\\.?";
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${WEEKDAY})(?:,?\\s+\\d{4})?`;
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’&/\\- ]{0,48}?[\\p{Lu}\\p{M}.]";
const MIXED_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{0,48}?[\\p{L}\\p{M}.]";
const REGION = `(?!${WEEKDAY}\\b)\\p{Lu}[\\p{L}.]*(?:[ -]\\p{Lu}[\\p{L}.]*){0,3}(?=\\s?,|\\s*\\(|\\s*[-–—]|\\s+${MONTH}\\s+\\d)`;
const AGENCY = "\\(([^()\\n\\d]{2,40})\\)";
const DASH = "(?:-{1,2}\\s+|[–—―]\\s*)";
const TAIL = `(?:\\s?,\\s*(${REGION}))?(?:\\s?,?\\s*(${DATE}))?,?\\s*(?:${AGENCY})?\\s*${DASH}`;

const CAPS_DATELINE = new RegExp(`^[\\s*]*(${CAPS_PLACE}|\\p{Lu})${TAIL}`, "u");
const MIXED_DATELINE = new RegExp(`^[\\s*]*(${MIXED_PLACE})${TAIL}`, "u");

/** Finds the dateline at the start of a story's first paragraph, or null. */
export function parseDateline(text: string): DatelineMatch | null {
  const head = text.slice(0, 160);
  const caps = CAPS_DATELINE.exec(head);
  if (caps) return toMatch(caps, head);
  const mixed = MIXED_DATELINE.exec(head);
  if (mixed && (mixed[3] || mixed[4])) return toMatch(mixed, head);
  return null;
}

function toMatch(match: RegExpExecArray, head: string): DatelineMatch {
  const start = head.length - head.replace(/^[\s*]+/, "").length;
  const end = match[0].length;
  return {
    raw: head.slice(start, end).trim(),
    place: (match[1] ?? "").trim(),
    region: match[2]?.trim() ?? null,
    dateText: match[3]?.trim() ?? null,
    agencyText: match[4]?.trim() ?? null,
    end,
  };
}

/** Reads a dateline given in front matter: "TEHRAN", "Tehran, Iran", or a full "TEHRAN (Tasnim) –". */
export function parseDatelineField(value: string): DatelineMatch {
  const text = value.trim();
  const asWire = parseDateline(/[-–—]\s*$/.test(text) ? `${text} ` : `${text} – `);
  if (asWire) return { ...asWire, raw: text };
  const [place = text, ...rest] = text.split(",").map((part) => part.trim());
  return { raw: text, place, region: rest[0] || null, dateText: null, agencyText: null, end: text.length };
}
