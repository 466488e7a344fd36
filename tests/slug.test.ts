import { describe, expect, it } from "vitest";
import { slugify } from "../src/slug.ts";

describe("slugify", () => {
  it.each([
    ["Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh", "putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh"],
    ["STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", "standard-oil-srd-to-form-financial-unit"],
    ["Zürich", "zurich"],
    ["Ilham Əliyev", "ilham-aliyev"],
    ["../../etc/passwd", "etc-passwd"],
  ])("%s → %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("gives text with no Latin transliteration a stable hash slug", () => {
    expect(slugify("中文")).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugify("中文")).toBe(slugify("中文"));
    expect(slugify("中文")).not.toBe(slugify("日本"));
  });

  it("cuts long slugs at a word boundary, at most 80 characters", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});
