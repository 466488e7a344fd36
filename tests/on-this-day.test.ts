import { describe, expect, it } from "vitest";
import { CALENDAR_DAYS, groupOnThisDay, monthDayOf, onThisDayUrl } from "../src/on-this-day.ts";

describe("CALENDAR_DAYS", () => {
  it("holds the 366 days of a leap year, in order", () => {
    expect(CALENDAR_DAYS).toHaveLength(366);
    expect([CALENDAR_DAYS[0], CALENDAR_DAYS[59], CALENDAR_DAYS[365]]).toEqual(["01-01", "02-29", "12-31"]);
  });
});

describe("monthDayOf", () => {
  it.each([
    ["1987-03-04", "03-04"],
    ["2024-02-29", "02-29"],
    ["0999-12-31", "12-31"],
  ])("%s → %s", (day, monthDay) => expect(monthDayOf(day)).toBe(monthDay));
});

describe("groupOnThisDay", () => {
  const articles = [
    { id: "a", day: "2023-09-21" },
    { id: "b", day: "1987-09-21" },
    { id: "c", day: "2023-09-21" },
    { id: "d", day: "2024-02-29" },
    { id: "e", day: "1987-03-04" },
  ];
  const days = groupOnThisDay(articles, (a) => a.day);

  it("gives every calendar day, with or without articles", () => {
    expect(days.map((d) => d.monthDay)).toEqual(CALENDAR_DAYS);
    expect(days.find((d) => d.monthDay === "01-01")).toEqual({ monthDay: "01-01", url: "/on-this-day/01-01/", years: [], count: 0 });
  });

  it("gathers a day's articles across years, newest year first, in the order given within a year", () => {
    const day = days.find((d) => d.monthDay === "09-21");
    expect(day?.count).toBe(3);
    expect(day?.years.map((y) => [y.year, y.articles.map((a) => a.id)])).toEqual([["2023", ["a", "c"]], ["1987", ["b"]]]);
  });

  it("keeps 29 February's articles on 29 February", () => {
    expect(days.find((d) => d.monthDay === "02-29")?.years.map((y) => y.year)).toEqual(["2024"]);
  });

  it("addresses each day as /on-this-day/MM-DD/", () => expect(onThisDayUrl("03-04")).toBe("/on-this-day/03-04/"));
});
