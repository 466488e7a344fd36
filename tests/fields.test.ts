import { describe, expect, it } from "vitest";
import { validateFields } from "../src/fields.ts";

describe("validateFields: fields kept", () => {
  it.each([
    [
      { title: "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh", date: "2023-09-21", source: "Tasnim" },
      { title: "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh", date: "2023-09-21", source: "Tasnim" },
    ],
    [{ title: "  COCA COLA <KO> UNIT AND WORLD FILM IN VENTURE  " }, { title: "COCA COLA <KO> UNIT AND WORLD FILM IN VENTURE" }],
    [{ title: 1984 }, { title: "1984" }],
    [{ title: true }, { title: "true" }],
    [{ date: "1987-02-26 16:47:45" }, { date: "1987-02-26 16:47:45" }],
    [{ topics: "Iran, Nagorno-Karabakh" }, { topics: "Iran, Nagorno-Karabakh" }],
    [{ topics: ["earn", 1987] }, { topics: ["earn", "1987"] }],
    [{ tags: ["Karabakh"] }, { tags: ["Karabakh"] }],
    [{ author: ["Ali Reza", "Maryam"] }, { author: ["Ali Reza", "Maryam"] }],
    [{ author: "Tasnim staff" }, { author: "Tasnim staff" }],
    [{ language: "en" }, { language: "en" }],
    [{ language: "pt-BR" }, { language: "pt-BR" }],
    [{ slug: "putin-aliyev-talks" }, { slug: "putin-aliyev-talks" }],
    [{ summary: "  Leaders talk.  " }, { summary: "Leaders talk." }],
    [{ url: "https://www.tasnimnews.com/en/news/2023/09/21/2960000" }, { url: "https://www.tasnimnews.com/en/news/2023/09/21/2960000" }],
    [{ dateline: "TEHRAN (Tasnim) –" }, { dateline: "TEHRAN (Tasnim) –" }],
  ])("%j → %j", (input, fields) => {
    expect(validateFields(input)).toEqual({ fields, issues: [] });
  });

  it("reads a date object as it is", () => {
    const date = new Date("2023-09-21T10:35:00Z");
    expect(validateFields({ date }).fields.date).toBe(date);
  });

  it("ignores unknown fields and empty (null) values without complaint", () => {
    expect(validateFields({ layout: "post", permalink: "/x/", title: null, date: undefined })).toEqual({ fields: {}, issues: [] });
  });
});

describe("validateFields: fields refused, by name", () => {
  it.each([
    [{ title: "" }, "title", "is empty"],
    [{ title: "   " }, "title", "is empty"],
    [{ title: ["a", "b"] }, "title", "has the wrong shape (a list)"],
    [{ title: { text: "x" } }, "title", "has the wrong shape (a mapping)"],
    [{ title: "x".repeat(2001) }, "title", "is longer than 2,000 characters"],
    [{ date: { year: 2023 } }, "date", "has the wrong shape (a mapping)"],
    [{ source: 5 }, "source", "has the wrong shape (a number)"],
    [{ topics: [""] }, "topics", "is empty"],
    [{ language: "english" }, "language", "is not a language code such as en or pt-BR"],
    [{ language: "e" }, "language", "is not a language code such as en or pt-BR"],
    [{ slug: "My Slug" }, "slug", "may only hold lower-case letters, digits and single hyphens"],
    [{ slug: "a--b" }, "slug", "may only hold lower-case letters, digits and single hyphens"],
    [{ slug: "-putin" }, "slug", "may only hold lower-case letters, digits and single hyphens"],
  ])("%j: %s %s", (input, field, message) => {
    const { fields, issues } = validateFields(input);
    expect(issues).toEqual([{ field, message }]);
    expect(fields).not.toHaveProperty(field);
  });

  it.each([
    ["more than 100 topics", { topics: Array.from({ length: 101 }, (_, i) => `topic ${i}`) }, "topics"],
    ["more than 50 authors", { author: Array.from({ length: 51 }, (_, i) => `author ${i}`) }, "author"],
    ["a slug over 80 characters", { slug: "a".repeat(81) }, "slug"],
  ])("refuses %s", (_what, input, field) => {
    const { fields, issues } = validateFields(input);
    expect(issues.map((issue) => issue.field)).toEqual([field]);
    expect(fields).toEqual({});
  });

  it("keeps the good fields of a file when another field is refused", () => {
    const { fields, issues } = validateFields({ title: "Putin, Aliyev Discuss", date: "2023-09-21", language: "english" });
    expect(fields).toEqual({ title: "Putin, Aliyev Discuss", date: "2023-09-21" });
    expect(issues.map((issue) => issue.field)).toEqual(["language"]);
  });
});

describe("regression: limits inside a field that may be a list say which limit", () => {
  it("101 topics: has more than 100 topics", () => {
    const { issues } = validateFields({ topics: Array.from({ length: 101 }, (_, i) => `t${i}`) });
    expect(issues).toEqual([{ field: "topics", message: "has more than 100 topics" }]);
  });
  it("51 authors: has more than 50 entries", () => {
    const { issues } = validateFields({ author: Array.from({ length: 51 }, (_, i) => `a${i}`) });
    expect(issues).toEqual([{ field: "author", message: "has more than 50 entries" }]);
  });
});

describe("regression: a number as the date reaches the date parser, which says what to write", () => {
  it("keeps date: 20230921 for src/dates.ts to judge", () => {
    expect(validateFields({ date: 20230921 })).toEqual({ fields: { date: 20230921 }, issues: [] });
  });
});
