import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { clockTime, dateFromFileName, dateTimeForDisplay, daysInMonth, parsePublishedDate, type DateResult } from "../src/dates.ts";
import type { PublishedDate } from "../src/types.ts";

function ok(result: DateResult): PublishedDate {
  if (!result.ok) throw new Error(`expected a date, got: ${result.reason}`);
  return result.date;
}

function reason(result: DateResult): string {
  if (result.ok) throw new Error(`expected a refusal, got ${result.date.iso}`);
  return result.reason;
}

describe("parsePublishedDate: the archive day", () => {
  it.each([
    // written, dateline zone, archive day, why
    ["2023-09-21", null, "2023-09-21", "a date without offset lands on the day written"],
    ["2023-09-21", "Asia/Tehran", "2023-09-21", "a date without offset lands on the day written, whatever the dateline's zone"],
    ["1987-02-26 16:47:45", "America/New_York", "1987-02-26", "a Reuters time without offset lands on the day written"],
    ["2023-09-21T23:59:59", "Pacific/Auckland", "2023-09-21", "a floating late-night time is not moved by the dateline's zone"],
    ["2023-09-21T22:30:00Z", "Asia/Tehran", "2023-09-22", "a UTC time is filed on the local day in the dateline's zone (Tehran is 3:30 ahead)"],
    ["2023-09-21T22:30:00Z", null, "2023-09-21", "without a dateline a UTC time is filed on its UTC day"],
    ["2023-09-21T01:00:00+03:30", "America/New_York", "2023-09-20", "an offset time is filed on the day it was in the dateline's zone (New York is behind)"],
    ["2023-09-21T23:30:00+03:30", null, "2023-09-21", "without a dateline an offset time is filed on the day in the offset written"],
    ["2023-09-21T23:30:00+03:30", "Not/A_Zone", "2023-09-21", "an unknown zone name falls back to the offset written"],
    ["Thu, 21 Sep 2023 22:05:00 GMT", "Asia/Tehran", "2023-09-22", "an RFC 2822 feed date is filed on the dateline's local day"],
  ])("%s in zone %s → %s: %s", (written, zone, day, _why) => {
    expect(ok(parsePublishedDate(written, zone)).day).toBe(day);
  });
});

describe("parsePublishedDate: the forms it reads", () => {
  it.each([
    // written, iso, hasTime, hasOffset
    ["2023-09-21", "2023-09-21", false, false],
    ["  2023-09-21  ", "2023-09-21", false, false],
    ["2024-02-29", "2024-02-29", false, false],
    ["2023-09-21T14:05", "2023-09-21T14:05:00", true, false],
    ["1987-02-26 16:47:45", "1987-02-26T16:47:45", true, false],
    ["2023-09-21T14:05:00+03:30", "2023-09-21T14:05:00+03:30", true, true],
    ["2023-09-21 14:05:00 +03:30", "2023-09-21T14:05:00+03:30", true, true],
    ["2023-09-21T10:35:00Z", "2023-09-21T10:35:00Z", true, true],
    ["September 21, 2023", "2023-09-21", false, false],
    ["Feb 26, 1987", "1987-02-26", false, false],
    ["26 February 1987", "1987-02-26", false, false],
    ["Thursday, 21 September 2023", "2023-09-21", false, false],
    ["Sept. 21, 2023 2:05 pm", "2023-09-21T14:05:00", true, false],
    ["September 21, 2023 at 2.05 p.m.", "2023-09-21T14:05:00", true, false],
    ["Sept. 21, 2023 12:30 am", "2023-09-21T00:30:00", true, false],
    ["Sept. 21, 2023 12:30 pm", "2023-09-21T12:30:00", true, false],
    ["21 Sep 2023 14:05", "2023-09-21T14:05:00", true, false],
    ["21 Sep 2023 14:05 +03:30", "2023-09-21T14:05:00+03:30", true, true],
    ["Thu, 21 Sep 2023 14:05:00 +0330", "2023-09-21T14:05:00+03:30", true, true],
    ["2023/09/21", "2023-09-21", false, false],
  ])("%s → %s", (written, iso, hasTime, hasOffset) => {
    const date = ok(parsePublishedDate(written));
    expect(date.iso).toBe(iso);
    expect(date.hasTime).toBe(hasTime);
    expect(date.hasOffset).toBe(hasOffset);
  });

  it.each([
    ["2023-09-21T14:05", Date.UTC(2023, 8, 21, 14, 5)],
    ["2023-09-21", Date.UTC(2023, 8, 21)],
    ["2023-09-21T14:05:00+03:30", Date.UTC(2023, 8, 21, 10, 35)],
    ["2023-09-21T10:35:00Z", Date.UTC(2023, 8, 21, 10, 35)],
  ])("orders %s by the instant %d (a date without offset counts as UTC)", (written, millis) => {
    expect(ok(parsePublishedDate(written, "Asia/Tehran")).sortKey).toBe(millis);
  });

  it.each([
    ["2023-09-21", null, null],
    ["2023-09-21T14:05:00+03:30", null, "UTC+3:30"],
    ["2023-09-21T14:05:00+03:30", "Asia/Tehran", "Asia/Tehran"],
    ["2023-09-21T10:35:00Z", null, "UTC"],
    ["2023-09-21T14:05", "Asia/Tehran", null],
  ])("%s with dateline zone %s is shown in zone %s", (written, zone, shown) => {
    expect(ok(parsePublishedDate(written, zone)).zone).toBe(shown);
  });

  it("reads a date value (a Date object) as an instant, filed on the dateline's local day", () => {
    const date = ok(parsePublishedDate(new Date("2023-09-21T20:30:00Z"), "Asia/Tehran"));
    expect(date).toMatchObject({ day: "2023-09-22", hasTime: true, hasOffset: true, zone: "Asia/Tehran" });
    expect(date.sortKey).toBe(Date.UTC(2023, 8, 21, 20, 30));
  });
});

describe("parsePublishedDate: what it refuses, as a reason and never a throw", () => {
  it.each([
    ["2023-02-30", /"2023-02-30" is not a real date.*February 2023 has 28 days/],
    ["2023-02-29", /not a real date.*28 days/],
    ["2023-13-01", /not a real date.*month 13/],
    ["September 31, 2023", /not a real date.*30 days/],
    ["2023-09-21T25:00", /not a real date/],
    ["Sept. 21, 2023 13:05 pm", /hour 13 does not exist on a 12-hour clock/],
    ["09/21/2023", /not a date this archive reads/],
    ["3/4/2023", /not a date this archive reads/],
    ["2023-9-21", /not a date this archive reads/],
    ["yesterday", /not a date this archive reads/],
    ["", /is empty/],
    ["   ", /is empty/],
    ["x".repeat(81), /too long to be a date/],
  ])("%j is refused (%s)", (written, expected) => {
    expect(reason(parsePublishedDate(written))).toMatch(expected);
  });

  it.each([
    [20230921, /is a number \(20230921\); write the date as text/],
    [null, /is not text/],
    [undefined, /is not text/],
    [{ year: 2023 }, /is not text/],
    [["2023-09-21"], /is not text/],
    [new Date(Number.NaN), /is not a valid date/],
  ])("a value of the wrong kind (%j) is refused", (value, expected) => {
    expect(reason(parsePublishedDate(value))).toMatch(expected);
  });
});

describe("dateFromFileName", () => {
  it.each([
    ["2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh.txt", "2023-09-21"],
    ["1987-03-05-2001-jaguar-sees-strong-growth-in-new-model-sales.txt", "1987-03-05"],
    ["2023-09-21.md", "2023-09-21"],
    ["2023-09-21_putin.md", "2023-09-21"],
    ["2023-09-21 putin.md", "2023-09-21"],
    ["20230921-putin.md", undefined],
    ["putin-2023-09-21.txt", undefined],
    ["2023-09-21x.md", undefined],
    ["114-coca-cola-ko-unit-and-world-film-in-venture.md", undefined],
  ])("%s → %s", (fileName, expected) => {
    expect(dateFromFileName(fileName)).toBe(expected);
  });
});

describe("dateTimeForDisplay", () => {
  it.each([
    // written, dateline zone, shown as
    ["2023-09-21T14:05", null, "2023-09-21 14:05"],
    ["2023-09-21T14:05", "Asia/Tehran", "2023-09-21 14:05"],
    ["2023-09-21T22:30:00Z", "Asia/Tehran", "2023-09-22 02:00"],
    ["2023-09-21T14:05:00+03:30", null, "2023-09-21 14:05"],
    ["2023-09-21T14:05:00+03:30", "Europe/London", "2023-09-21 11:35"],
  ])("%s (zone %s) is shown as %s", (written, zone, shown) => {
    expect(dateTimeForDisplay(ok(parsePublishedDate(written, zone))).toFormat("yyyy-MM-dd HH:mm")).toBe(shown);
  });
});

describe("daysInMonth and floating sort keys, as luxon gives them", () => {
  it("counts the days of every month as luxon does", () => {
    const years = [...Array.from({ length: 2401 }, (_, i) => i), 9996, 9999];
    for (const year of years) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month)).toBe(DateTime.fromObject({ year, month }, { zone: "UTC" }).daysInMonth);
      }
    }
  });

  it("sorts a floating date at its instant read in UTC", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)), noInvalidDate: true }),
        fc.boolean(),
        (instant, withTime) => {
          const text = withTime ? instant.toISOString().slice(0, 19).replace("T", " ") : instant.toISOString().slice(0, 10);
          const result = parsePublishedDate(text);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const asBefore = DateTime.fromObject(DateTime.fromISO(text.replace(" ", "T"), { zone: "UTC" }).toObject(), { zone: "UTC" }).toMillis();
          expect(result.date.sortKey).toBe(asBefore);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("clockTime: the time of day a date is shown with", () => {
  it.each([
    ["1987-03-23 17:50:41", null],
    ["1987-03-23T00:00:00", null],
    ["1987-03-23T23:59:59.999", null],
    ["0001-01-01 04:27", null],
    ["2023-09-21T14:05:00+03:30", null],
    ["2023-09-21T14:05:00Z", "Asia/Tehran"],
    ["2023-09-21T23:30:00-05:00", "Asia/Tokyo"],
  ])("%s (dateline zone %s) reads as dateTimeForDisplay shows it", (text, zone) => {
    const date = ok(parsePublishedDate(text, zone));
    expect(clockTime(date)).toBe(dateTimeForDisplay(date).toFormat("HH:mm"));
  });

  it("reads every floating time as luxon does", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)), noInvalidDate: true }), (instant) => {
        const date = ok(parsePublishedDate(instant.toISOString().slice(0, 19)));
        expect(clockTime(date)).toBe(dateTimeForDisplay(date).toFormat("HH:mm"));
      }),
      { numRuns: 2000 },
    );
  });
});
