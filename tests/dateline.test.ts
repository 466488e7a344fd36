import { describe, expect, it } from "vitest";
import { parseDateline, parseDatelineField } from "../src/dateline.ts";

describe("parseDateline", () => {
  it.each([
    // opening of the story, raw, place, region, date, agency, story starts with
    ["TEHRAN (Tasnim) – Russian President Vladimir Putin", "TEHRAN (Tasnim) –", "TEHRAN", null, null, "Tasnim", "Russian President"],
    ["WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP) —", "WASHINGTON", null, null, "AP", "The Senate"],
    ["WASHINGTON (AP) —The Senate voted", "WASHINGTON (AP) —", "WASHINGTON", null, null, "AP", "The Senate"],
    ["WASHINGTON (AP) ― The Senate voted", "WASHINGTON (AP) ―", "WASHINGTON", null, null, "AP", "The Senate"],
    ["LONDON, Nov 26 (Reuters) - Britain's economy", "LONDON, Nov 26 (Reuters) -", "LONDON", null, "Nov 26", "Reuters", "Britain's"],
    ["NEW YORK, Feb 26 - Coca-Cola Co's Entertainment", "NEW YORK, Feb 26 -", "NEW YORK", null, "Feb 26", null, "Coca-Cola"],
    ["SAN FRANCISCO, Calif., March 3 - Shares of", "SAN FRANCISCO, Calif., March 3 -", "SAN FRANCISCO", "Calif.", "March 3", null, "Shares"],
    ["AMSTERDAM, 2 March - The Dutch central bank", "AMSTERDAM, 2 March -", "AMSTERDAM", null, "2 March", null, "The Dutch"],
    ["RICHMOND, Va. Feb 26 - Qtly div eights cts", "RICHMOND, Va. Feb 26 -", "RICHMOND", "Va.", "Feb 26", null, "Qtly"],
    ["NEW YORK, FEb 26 - Coca-Cola Co's Entertainment", "NEW YORK, FEb 26 -", "NEW YORK", null, "FEb 26", null, "Coca-Cola"],
    ["Caracas, feb 26 - venezuela is seeking", "Caracas, feb 26 -", "Caracas", null, "feb 26", null, "venezuela"],
    ["LONDON, March 5 - Jaguar Plc <JAGR.L> is about", "LONDON, March 5 -", "LONDON", null, "March 5", null, "Jaguar"],
    ["ST. LOUIS, March 3 - Monsanto Co said", "ST. LOUIS, March 3 -", "ST. LOUIS", null, "March 3", null, "Monsanto"],
    ["THE HAGUE, March 2 - The Dutch", "THE HAGUE, March 2 -", "THE HAGUE", null, "March 2", null, "The Dutch"],
    ["CAMBRIDGE, Mass., March 3 - Shares", "CAMBRIDGE, Mass., March 3 -", "CAMBRIDGE", "Mass.", "March 3", null, "Shares"],
    ["OAKVILLE, Ontario, March 3 - Ford", "OAKVILLE, Ontario, March 3 -", "OAKVILLE", "Ontario", "March 3", null, "Ford"],
    ["PARIS, France, May 5 (AFP) – Talks", "PARIS, France, May 5 (AFP) –", "PARIS", "France", "May 5", "AFP", "Talks"],
    ["BRUSSELS, Belgium (AP) — Talks", "BRUSSELS, Belgium (AP) —", "BRUSSELS", "Belgium", null, "AP", "Talks"],
    ["MOSCOW, Sept. 21st (TASS) - Talks", "MOSCOW, Sept. 21st (TASS) -", "MOSCOW", null, "Sept. 21st", "TASS", "Talks"],
    ["WELLINGTON, Tuesday (Reuters) - Talks", "WELLINGTON, Tuesday (Reuters) -", "WELLINGTON", null, "Tuesday", "Reuters", "Talks"],
    ["WASHINGTON, March 3, 1987 - The Senate", "WASHINGTON, March 3, 1987 -", "WASHINGTON", null, "March 3, 1987", null, "The Senate"],
    ["OTTAWA, March 3 -- Canada's", "OTTAWA, March 3 --", "OTTAWA", null, "March 3", null, "Canada's"],
    ["Tehran (Tasnim) - Iran's", "Tehran (Tasnim) -", "Tehran", null, null, "Tasnim", "Iran's"],
    ["Tehran, Sept 21 - Iran's", "Tehran, Sept 21 -", "Tehran", null, "Sept 21", null, "Iran's"],
    ["  \n  TEHRAN (Tasnim) – Russian", "TEHRAN (Tasnim) –", "TEHRAN", null, null, "Tasnim", "Russian"],
  ])("%j: finds %j", (text, raw, place, region, dateText, agencyText, storyStart) => {
    const match = parseDateline(text);
    expect(match).not.toBeNull();
    expect(match).toMatchObject({ raw, place, region, dateText, agencyText });
    expect(text.slice(match?.end ?? 0).trimStart().startsWith(storyStart)).toBe(true);
  });

  it.each([
    ["an ordinary sentence with a dash", "Prices rose - and then fell back"],
    ["a sentence in mixed case with a dash", "The company said - today - it would"],
    ["a mixed-case place with neither date nor agency", "Tehran - the capital of Iran"],
    ["a mixed-case phrase before a dash and an agency", "Iran's economy grew - (AP) reported"],
    ["a hyphen joined to the next word", "NEW YORK-The"],
    ["a double hyphen joined to the next word", "LONDON--Shares fell"],
    ["a dash with no space after a hyphen", "LONDON, Nov 26 (Reuters) -Britain's"],
    ["a dash beyond the opening of the story", `${"x".repeat(170)} - story`],
    ["an empty paragraph", ""],
  ])("does not take %s for a dateline (%j)", (_why, text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it("never changes the text: raw is a slice of the input", () => {
    const text = "SAN FRANCISCO, Calif., March 3 - Shares of";
    const match = parseDateline(text);
    expect(text.includes(match?.raw ?? "-missing-")).toBe(true);
  });
});

describe("parseDatelineField (a dateline written in front matter)", () => {
  it.each([
    ["TEHRAN", "TEHRAN", null, null],
    ["Tehran, Iran", "Tehran", "Iran", null],
    ["San Francisco, Calif.", "San Francisco", "Calif.", null],
    ["TEHRAN (Tasnim) –", "TEHRAN", null, "Tasnim"],
    ["LONDON, Nov 26 (Reuters) -", "LONDON", null, "Reuters"],
    ["  WASHINGTON (AP) —  ", "WASHINGTON", null, "AP"],
  ])("%j → place %j, region %j, agency %j", (value, place, region, agencyText) => {
    const match = parseDatelineField(value);
    expect(match).toMatchObject({ place, region, agencyText, raw: value.trim() });
  });
});
