/**
 * Publication dates, read with luxon.
 *
 * Parsers are tried in order; the first that recognises the text's shape decides, so a text
 * that looks like a date but names an impossible one ("2023-02-30") is reported as such
 * instead of falling through to a looser parser. Nothing here throws: every result is a
 * value or a reason.
 *
 * A date written without an offset is taken as written ("floating"): its archive day is the
 * day written. A date with an offset lands on the local day of publication: in the
 * dateline's zone when the dateline names a known place, else in the offset written.
 */
import { DateTime, FixedOffsetZone, IANAZone } from "luxon";
import type { PublishedDate } from "./types.ts";

export type DateResult = { ok: true; date: PublishedDate } | { ok: false; reason: string };

interface Parsed {
  dateTime: DateTime;
  hasTime: boolean;
  hasOffset: boolean;
}

type Attempt = Parsed | { invalid: string } | null;

const OFFSET_AT_END = /(?:Z|[+-]\d{2}(?::?\d{2})?|\b(?:UTC|GMT))$/i;

function fromLuxon(dateTime: DateTime, hasTime: boolean, hasOffset: boolean): Attempt {
  if (!dateTime.isValid) return { invalid: dateTime.invalidExplanation ?? dateTime.invalidReason ?? "invalid date" };
  return { dateTime, hasTime, hasOffset };
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar, as luxon counts them. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Says in words what is impossible about a date, where luxon's own explanation is technical. */
function explainImpossible(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string | null {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  if (hour > 23 || minute > 59 || second > 59) return `there is no time ${hour}:${String(minute).padStart(2, "0")}`;
  return null;
}

/** ISO 8601: 2023-09-21, 2023-09-21T14:05, 2023-09-21T14:05:00+03:30, 2023-09-21T10:35:00Z. */
function parseIso(text: string): Attempt {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(text);
  if (!m) return null;
  const hasTime = m[4] !== undefined;
  const hasOffset = m[7] !== undefined;
  const normalized = hasTime ? text.replace(" ", "T").replace(/\s+(?=[Z+-])/i, "") : text;
  const impossible = explainImpossible(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  if (impossible) return { invalid: impossible };
  return fromLuxon(DateTime.fromISO(normalized, { setZone: hasOffset, zone: "UTC" }), hasTime, hasOffset);
}

/** RFC 2822 and HTTP dates, as feeds and mail headers write them. */
function parseRfc(text: string): Attempt {
  if (!/^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|[A-Z]{2,3})$/.test(text)) return null;
  return fromLuxon(DateTime.fromRFC2822(text, { setZone: true }), true, true);
}

const MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const TIME = "(?:,?\\s*(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*(?:(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?)?";
const MONTH_FIRST = new RegExp(`^(?:[a-z]+,?\\s+)?(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, "i");
const DAY_FIRST = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS}),?\\s+(\\d{4})${TIME}$`, "i");

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** News forms: "September 21, 2023", "Sept. 21, 2023 2:05 pm", "21 Sep 2023 14:05", "Thursday, 21 September 2023". */
function parseNewsForm(text: string): Attempt {
  let m = MONTH_FIRST.exec(text);
  let month: string | undefined;
  let day: string | undefined;
  if (m) {
    month = m[1];
    day = m[2];
  } else {
    m = DAY_FIRST.exec(text);
    if (!m) return null;
    day = m[1];
    month = m[2];
  }
  const year = Number(m[3]);
  const monthNumber = MONTH_NUMBER[(month ?? "").slice(0, 3).toLowerCase()] ?? 0;
  const hasTime = m[4] !== undefined;
  let hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const meridiem = m[7]?.replace(/\./g, "").toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return { invalid: `hour ${hour} does not exist on a 12-hour clock` };
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  const offsetText = m[8];
  const hasOffset = offsetText !== undefined;
  let zone: string | FixedOffsetZone = "UTC";
  if (offsetText && !/^(Z|UTC|GMT)$/i.test(offsetText)) {
    const sign = offsetText.startsWith("-") ? -1 : 1;
    const digits = offsetText.replace(/[^\d]/g, "");
    zone = FixedOffsetZone.instance(sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))));
  }
  const impossible = explainImpossible(year, monthNumber, Number(day), hour, minute, second);
  if (impossible) return { invalid: impossible };
  const dateTime = DateTime.fromObject(
    { year, month: monthNumber, day: Number(day), hour, minute, second },
    { zone },
  );
  return fromLuxon(dateTime, hasTime, hasOffset);
}

/** Slashed numeric dates are ambiguous (3/4/2023): only the unambiguous year-first form is read. */
function parseYearFirstSlashed(text: string): Attempt {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (!m) return null;
  return fromLuxon(DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: "UTC" }), false, false);
}

const PARSERS = [parseIso, parseRfc, parseNewsForm, parseYearFirstSlashed];

/**
 * Reads a publication date written as text (front matter, a file name, a dateline).
 * `zone`, when given, is the dateline's IANA zone: a date with an offset is shown and filed
 * on its local day there.
 */
export function parsePublishedDate(value: unknown, zone: string | null = null): DateResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: "is not a valid date" };
    return finish({ dateTime: DateTime.fromJSDate(value, { zone: "UTC" }), hasTime: true, hasOffset: true }, zone);
  }
  if (typeof value === "number") {
    return { ok: false, reason: `is a number (${value}); write the date as text, such as 2023-09-21` };
  }
  if (typeof value !== "string") return { ok: false, reason: "is not text" };
  const text = value.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: false, reason: "is empty" };
  if (text.length > 80) return { ok: false, reason: "is too long to be a date" };
  for (const parse of PARSERS) {
    const attempt = parse(text);
    if (attempt === null) continue;
    if ("invalid" in attempt) return { ok: false, reason: `"${text}" is not a real date (${attempt.invalid})` };
    const result = finish(attempt, zone);
    // An archive day must be a four-digit year: 0000-01-01+03:00 is in year −1 somewhere.
    if (result.ok && !/^\d{4}-\d{2}-\d{2}$/.test(result.date.day)) {
      return { ok: false, reason: `"${text}" falls outside the years 0001 to 9999 (its local day is ${result.date.day})` };
    }
    return result;
  }
  return {
    ok: false,
    reason: `"${text}" is not a date this archive reads (use 2023-09-21, 2023-09-21T14:05:00+03:30 or September 21, 2023)`,
  };
}

function finish(parsed: Parsed, zone: string | null): DateResult {
  const { hasTime, hasOffset } = parsed;
  let dateTime = parsed.dateTime;
  let shownZone: string | null = null;
  if (hasOffset) {
    if (zone && IANAZone.isValidZone(zone)) {
      dateTime = dateTime.setZone(zone);
      shownZone = zone;
    } else {
      shownZone = dateTime.zoneName;
    }
  }
  const day = dateTime.toISODate() ?? "";
  let iso: string;
  if (!hasTime) iso = parsed.dateTime.toISODate() ?? "";
  else if (!hasOffset) iso = parsed.dateTime.toISO({ includeOffset: false, suppressMilliseconds: true }) ?? "";
  else iso = parsed.dateTime.toISO({ suppressMilliseconds: true }) ?? "";
  // A floating date sorts as if written in UTC: every parser reads one in UTC already.
  const sortKey = hasOffset || parsed.dateTime.zoneName === "UTC"
    ? parsed.dateTime.toMillis()
    : DateTime.fromObject(parsed.dateTime.toObject(), { zone: "UTC" }).toMillis();
  return { ok: true, date: { iso, day, hasTime, hasOffset, sortKey, zone: shownZone } };
}

/** The date at the start of a file name: `2023-09-21-putin-aliyev.txt` → `2023-09-21`. */
export function dateFromFileName(fileName: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})(?:[-_ .]|$)/.exec(fileName)?.[1];
}

/**
 * "14:05": the hours and minutes a date is shown with, those of dateTimeForDisplay. A floating
 * date's are read off its ISO text, as finish() wrote it (every article page shows one, and
 * luxon's parsing cost more than the rest of the date line); any other goes through luxon.
 */
export function clockTime(date: PublishedDate): string {
  if (!date.hasOffset) {
    const written = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):([0-5]\d)/.exec(date.iso);
    if (written) return `${written[1]}:${written[2]}`;
  }
  return dateTimeForDisplay(date).toFormat("HH:mm");
}

/** The same instant in another zone, for display: a floating date stays as written. */
export function dateTimeForDisplay(date: PublishedDate): DateTime {
  if (!date.hasOffset) {
    return DateTime.fromISO(date.iso, { zone: "UTC" });
  }
  const dateTime = DateTime.fromISO(date.iso, { setZone: true });
  return date.zone ? dateTime.setZone(date.zone) : dateTime;
}

/** "21 September 2023": the archive day in words. */
export function readableDay(date: Pick<PublishedDate, "day">): string {
  const [year, month, day] = date.day.split("-");
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

/** The present articles are read against: DATELINE_NOW (ISO 8601) pins it, for tests and reproducible reports. */
export function presentTime(env: NodeJS.ProcessEnv = process.env): number {
  return env.DATELINE_NOW ? Date.parse(env.DATELINE_NOW) : Date.now();
}

/** A date up to a day ahead is a time zone away, not the future. */
export const FUTURE_GRACE_MS = 24 * 3600 * 1000;
