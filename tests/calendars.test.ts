import { describe, expect, it } from "vitest";
import { ownCalendarDate } from "../src/calendars.ts";

describe("ownCalendarDate: an article's date in its own calendar", () => {
  it.each([
    // [archive day, article language, calendar, date as its readers write it]
    ["2023-09-21", "fa", "persian", "۳۰ شهریور ۱۴۰۲"],
    ["2024-03-20", "fa", "persian", "۱ فروردین ۱۴۰۳"], // Nowruz: the first day of the Solar Hijri year
    ["2024-03-19", "fa-IR", "persian", "۲۹ اسفند ۱۴۰۲"], // the last day of the year before
    ["1987-02-26", "fa", "persian", "۷ اسفند ۱۳۶۵"],
    ["2023-09-21", "ar", "islamic-umalqura", "٦ ربيع الأول ١٤٤٥ هـ"],
    ["2024-03-11", "ar-EG", "islamic-umalqura", "١ رمضان ١٤٤٥ هـ"], // the first day of Ramadan 1445 (Umm al-Qura)
    ["2024-04-10", "ar", "islamic-umalqura", "١ شوال ١٤٤٥ هـ"], // Eid al-Fitr 1445
  ])("%s in %s is %s %s", (day, language, calendar, text) => {
    expect(ownCalendarDate(day, language)).toEqual({ calendar, locale: expect.stringContaining(`-u-ca-${calendar}`), text });
  });

  it.each([
    ["2023-09-21", "en"],
    ["2023-09-21", "ru"],
    ["2023-09-21", "zh"],
    ["2023-09-21", null],
    ["2023-09", "fa"],
    ["not a date", "ar"],
  ])("%s in %s: the Gregorian date alone (null)", (day, language) => {
    expect(ownCalendarDate(day, language)).toBeNull();
  });
});
