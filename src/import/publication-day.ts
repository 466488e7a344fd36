/**
 * Which of a page's dates is its publication date, and on which day it falls: the day the
 * publisher lived it.
 *
 * Candidates come in order of trust (html-metadata.ts) and the first is taken. A timestamp
 * with the page's own offset stays as written. One written in UTC (`Z`, `+00:00`) says nothing
 * of the publisher's day, so:
 * 1. when the page itself shows a day (in its address, else under its headline) that the
 *    timestamp falls on somewhere (the UTC day or one either side), that is the publisher's day;
 * 2. else, when the publisher's zone (publisher-zone.ts) puts it on another day, the timestamp
 *    is written with that zone's offset, and the build files it on that day;
 * 3. else it stays in UTC.
 */
import { DateTime } from "luxon";
import type { DateCandidate } from "./html-metadata.ts";
import type { PublisherZone } from "./publisher-zone.ts";

export interface ChosenDate {
  iso: string;
  from: string;
  note?: string;
}

const UTC_OFFSET = /(?:Z|[+-]00:?00)$/i;

export function chooseDate(candidates: readonly DateCandidate[], publisher: PublisherZone | null): ChosenDate | null {
  const first = candidates[0];
  if (!first) return null;
  const describe = (c: DateCandidate) => (c.written === c.iso || c.from === "the file name" ? c.from : `${c.from} ${JSON.stringify(truncate(c.written, 70))}`);
  const others = candidates.slice(1).filter((c) => c.kind === "metadata" && c.iso.slice(0, 10) !== first.iso.slice(0, 10));
  const notes: string[] = [];
  if (others.length) notes.push(`other dates on the page: ${others.slice(0, 2).map((c) => `${c.iso.slice(0, 10)} (${c.from})`).join(", ")}`);
  const note = () => (notes.length ? { note: notes.join("; ") } : {});

  const isUtcTime = first.kind === "metadata" && first.from !== "--date" && /T\d{2}:\d{2}/.test(first.iso) && UTC_OFFSET.test(first.iso);
  // A dateline's zone is applied by the build itself, to every timestamp.
  if (!isUtcTime || publisher?.fromDateline) return { iso: first.iso, from: describe(first), ...note() };

  const utcDay = first.iso.slice(0, 10);
  const local = publisher ? inZone(first.iso, publisher.zone) : null;
  // The day the page itself shows, when it is one the instant falls on somewhere on Earth
  // (UTC−12 to UTC+14).
  const earliest = shiftedDay(first.iso, -12 * 60);
  const latest = shiftedDay(first.iso, 14 * 60);
  const shown = candidates.find((c) => (c.kind === "address" || c.kind === "text") && earliest !== null && latest !== null && c.iso.slice(0, 10) >= earliest && c.iso.slice(0, 10) <= latest);
  if (shown) {
    const shownDay = shown.iso.slice(0, 10);
    const where = shown.kind === "address" ? `its address ${shown.written}` : `the page (${shown.from} "${truncate(shown.written, 40)}")`;
    if (shownDay === utcDay) return { iso: first.iso, from: describe(first), ...note() };
    if (local && local.slice(0, 10) === shownDay) return { iso: local, from: `${describe(first)}, in ${publisher?.zone} time (${publisher?.from})`, ...note() };
    return {
      iso: shownDay,
      from: `${describe(first)}, on the day the page shows`,
      note: `${first.iso} is ${shownDay} in the site's own time, as ${where} says`,
    };
  }
  // Rewritten only when the day changes, so that a wrong guess of the zone costs nothing else.
  if (local && publisher && local.slice(0, 10) !== utcDay) {
    notes.unshift(`${first.iso} is ${local.slice(0, 10)} in ${publisher.zone}, the publisher's zone (${publisher.from})`);
    return { iso: local, from: `${describe(first)}, in ${publisher.zone} time (${publisher.from})`, ...note() };
  }
  return { iso: first.iso, from: describe(first), ...note() };
}

/** The same instant written with the zone's offset: `2020-01-22T03:00:00Z` → `2020-01-21T22:00:00-05:00`. */
function inZone(iso: string, zone: string): string | null {
  const dateTime = DateTime.fromISO(iso, { setZone: true });
  if (!dateTime.isValid) return null;
  const local = dateTime.setZone(zone);
  return local.isValid ? local.toISO({ suppressMilliseconds: true }) : null;
}

/** The day an instant falls on at a fixed offset from UTC, in minutes. */
function shiftedDay(iso: string, minutes: number): string | null {
  const dateTime = DateTime.fromISO(iso, { setZone: true });
  return dateTime.isValid ? dateTime.toUTC().plus({ minutes }).toISODate() : null;
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
