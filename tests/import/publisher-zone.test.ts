import { describe, expect, it } from "vitest";
import { getGazetteer } from "../../src/gazetteer.ts";
import { findPublisherZone, type ZoneEvidence } from "../../src/import/publisher-zone.ts";

const evidence = (addresses: string[], languages: string[] = [], dateline: ZoneEvidence["datelineZone"] = null): ZoneEvidence => ({
  addresses,
  languages: languages.map((value) => ({ value, from: "html lang" })),
  datelineZone: dateline,
});

describe("findPublisherZone: the publisher's time zone", () => {
  it.each([
    // addresses, languages, zone, why
    [["https://www.cbc.ca/news/story"], [], "America/Toronto", "a country of several zones: its capital's (Ottawa)"],
    [["https://www.repubblica.it/cronaca/2020/03/16/news"], [], "Europe/Rome", "Italy's domain"],
    [["https://www.bbc.co.uk/news/uk-1"], [], "Europe/London", ".uk is Great Britain"],
    [["https://www.khabaronline.ir/news/1"], ["fa"], "Asia/Tehran", "Iran's domain"],
    [["https://example.com/a"], ["ro-RO"], "Europe/Bucharest", "the region of the page's language tag"],
    [["https://example.com/a"], ["en-US"], "America/New_York", "en-US: the United States, read in Washington's zone"],
    [["https://example.com/a"], ["en_CA"], "America/Toronto", "an underscore in the tag"],
    [["https://example.com/a"], ["fa"], "Asia/Tehran", "a language most of whose speakers live in one country"],
    [["https://example.com/a"], ["it"], "Europe/Rome", "Italian"],
    [["https://example.com/a"], ["ja"], "Asia/Tokyo", "Japanese"],
    [["https://www.domain.com.au/news/a"], ["en-US"], "Australia/Sydney", "the site's domain before its language tag"],
    [["https://www.upmedia.mg/news_info.php?SerialNo=1"], ["zh-Hant-TW"], "Asia/Taipei", ".mg, sold as a generic name, says nothing"],
    [["https://www.eltiempo.com.co/mundo/a"], ["es"], "America/Bogota", "but .com.co is Colombia's own"],
    [["https://news.am/eng/news/1.html"], [], "Asia/Yerevan", "Armenia's news sites are .am"],
  ])("%j %j → %s: %s", (addresses, languages, zone, _why) => {
    expect(findPublisherZone(evidence(addresses, languages), getGazetteer())?.zone).toBe(zone);
  });

  it.each([
    [["https://example.com/a"], ["en"], "English is spoken in every zone"],
    [["https://example.com/a"], ["es"], "so is Spanish"],
    [["https://example.com/a"], ["ar"], "and Arabic, from the Atlantic to the Gulf"],
    [["https://example.tv/a"], [], "a generic country domain"],
    [[], [], "nothing to go on"],
  ])("%j %j → no zone: %s", (addresses, languages, _why) => {
    expect(findPublisherZone(evidence(addresses, languages), getGazetteer())).toBeNull();
  });

  it("takes the dateline's place first", () => {
    const found = findPublisherZone(evidence(["https://www.repubblica.it/a"], ["it"], { zone: "America/New_York", place: "New York" }), getGazetteer());
    expect(found).toMatchObject({ zone: "America/New_York", fromDateline: true });
  });
});
