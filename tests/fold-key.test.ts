import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldArabicScript, foldKey } from "../src/text.ts";

/** foldKey's general steps, which ASCII text skips: it must get the very same key. */
function foldKeyInFull(text: string): string {
  return foldArabicScript(text)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

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
