import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldKey, foldKeyOfAnyText as foldKeyInFull } from "../src/text.ts";

describe("foldKey", () => {
  it.each([
    ["Nagorno-Karabakh", "nagorno karabakh"],
    ["NAGORNO–KARABAKH", "nagorno karabakh"],
    ["  St. John's  ", "st johns"],
    ["Zürich", "zurich"],
    ["ﬁnance", "finance"],
  ])("%s → %s", (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it("gives ASCII text the key the general steps give", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 40 }), (text) => {
        expect(foldKey(text)).toBe(foldKeyInFull(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives any other text the key the general steps give", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        expect(foldKey(text)).toBe(foldKeyInFull(text));
      }),
      { numRuns: 2000 },
    );
  });
});
