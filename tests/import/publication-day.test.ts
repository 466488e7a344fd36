import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "../../src/dates.ts";
import type { DateCandidate } from "../../src/import/html-metadata.ts";
import { chooseDate } from "../../src/import/publication-day.ts";
import type { PublisherZone } from "../../src/import/publisher-zone.ts";

const meta = (iso: string, from = "article:published_time"): DateCandidate => ({ iso, written: iso, from, kind: "metadata" });
const address = (day: string): DateCandidate => ({ iso: day, written: `https://example.com/${day.replace(/-/g, "/")}/story`, from: "the address", kind: "address" });
const shown = (day: string): DateCandidate => ({ iso: day, written: day, from: "the date under the headline", kind: "text" });
const zone = (name: string, from = "the site's domain"): PublisherZone => ({ zone: name, from });

/** The archive day the build gives the chosen date (no dateline). */
const dayOf = (candidates: DateCandidate[], publisher: PublisherZone | null) => {
  const chosen = chooseDate(candidates, publisher);
  const parsed = chosen ? parsePublishedDate(chosen.iso) : null;
  return parsed?.ok ? parsed.date.day : null;
};

describe("chooseDate: the publisher's day", () => {
  it.each([
    // candidates, publisher's zone, day, why
    [[meta("2020-01-22T03:10:00Z")], zone("America/New_York"), "2020-01-21", "a UTC time after midnight is the evening before in New York"],
    [[meta("2020-01-22T03:10:00+00:00")], zone("America/Toronto"), "2020-01-21", "+00:00 is UTC too"],
    [[meta("2020-03-16T23:30:00Z")], zone("Europe/Rome"), "2020-03-17", "a UTC time before midnight is the next day in Rome"],
    [[meta("2020-03-16T23:30:00Z")], zone("Asia/Tehran"), "2020-03-17", "… and in Tehran"],
    [[meta("2020-03-16T12:00:00Z")], zone("Pacific/Auckland"), "2020-03-17", "noon UTC is tomorrow in Auckland"],
    [[meta("2020-03-16T23:30:00Z")], null, "2020-03-16", "with no zone known, UTC's day"],
    [[meta("2020-03-16T23:30:00-04:00")], zone("Europe/Rome"), "2020-03-16", "the page's own offset is the publisher's"],
    [[meta("2020-03-16T23:30:00")], zone("Europe/Rome"), "2020-03-16", "a time without offset is taken as written"],
    [[meta("2020-03-16")], zone("Asia/Tokyo"), "2020-03-16", "a day is a day"],
    [[meta("2020-02-18T02:18:11Z"), address("2020-02-17")], null, "2020-02-17", "the day in the page's address, one before UTC's"],
    [[meta("2020-02-18T00:25:09Z"), address("2020-02-18")], zone("America/New_York"), "2020-02-18", "the address's day over a guessed zone"],
    [[meta("2018-06-12T23:00:00Z"), shown("2018-06-13")], null, "2018-06-13", "the day shown under the headline, one after UTC's"],
    [[meta("2015-03-12T13:11:07Z"), shown("2015-03-11")], null, "2015-03-12", "a shown day the instant falls on nowhere is not its day"],
    [[meta("2020-02-18T02:18:11Z", "--date")], zone("America/New_York"), "2020-02-18", "--date is taken as given"],
  ])("%j in %j → %s: %s", (candidates, publisher, day, _why) => {
    expect(dayOf(candidates as DateCandidate[], publisher as PublisherZone | null)).toBe(day);
  });

  it("writes the same instant in the publisher's offset, and says why", () => {
    const chosen = chooseDate([meta("2020-01-22T03:10:00Z")], zone("America/New_York", "html lang en-US"));
    expect(chosen?.iso).toBe("2020-01-21T22:10:00-05:00");
    expect(chosen?.from).toContain("America/New_York");
    expect(chosen?.note).toContain("2020-01-21");
  });

  it("keeps a UTC timestamp as written when the zone puts it on the same day, or a dateline gives the zone", () => {
    expect(chooseDate([meta("2020-03-01T16:08:03Z")], zone("Asia/Karachi"))?.iso).toBe("2020-03-01T16:08:03Z");
    expect(chooseDate([meta("2020-02-18T02:18:11Z")], { zone: "America/Los_Angeles", from: "the dateline", fromDateline: true })?.iso).toBe("2020-02-18T02:18:11Z");
  });

  it("has no date without candidates", () => {
    expect(chooseDate([], zone("Europe/Rome"))).toBeNull();
  });
});
