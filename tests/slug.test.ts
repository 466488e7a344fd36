import { createHash } from "node:crypto";
import slugifyLibrary from "@sindresorhus/slugify";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify, slugifyFileName } from "../src/slug.ts";

/** slugify as it was before Chinese and Arabic marks were prepared: Latin titles must still get exactly this. */
function slugifyBefore(text: string): string {
  let slug = slugifyLibrary(text, { decamelize: false, customReplacements: [["ä", "a"], ["ö", "o"], ["ü", "u"], ["Ä", "A"], ["Ö", "O"], ["Ü", "U"]] });
  if (slug.length > 80) {
    const cut = slug.slice(0, 81);
    const lastHyphen = cut.lastIndexOf("-");
    slug = (lastHyphen > 40 ? cut.slice(0, lastHyphen) : cut.slice(0, 80)).replace(/-+$/, "");
  }
  return slug || `x-${createHash("sha256").update(text).digest("hex").slice(0, 8)}`;
}

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

  it("cuts long slugs at a word boundary, at most 80 characters", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("slugify: titles in other scripts", () => {
  it.each([
    ["Russian", "Путин обсудил с Алиевым ситуацию в Карабахе", "putin-obsudil-s-alievym-situatsiyu-v-karabakhe"],
    ["Persian, with ZWNJ read as a word break (as a space would be)", "استان زنجان در طرح پزشک خانواده پایلوت می‌شود", "astan-znjan-dr-trh-pzshk-khanwadh-paylwt-my-shwd"],
    ["Persian digits", "بودجه سال ۱۴۰۲", "bwdjh-sal-1402"],
    ["Arabic-Indic digits", "ميزانية عام ٢٠٢٣", "myzanyt-eam-2023"],
    ["Chinese, in toneless pinyin a syllable a word", "伊朗外长访问俄罗斯", "yi-lang-wai-zhang-fang-wen-e-luo-si"],
    ["Chinese with Latin words and full-width punctuation", "美国总统（George W. Bush）说，", "mei-guo-zong-tong-george-w-bush-shuo"],
    ["Chinese ü as u, as umlauts are", "女子绿色", "nu-zi-lu-se"],
  ])("%s: %s → %s", (_why, input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each([
    ["ی and ي, ک and ك", "کتاب یک", "كتاب يك"],
    ["vowel marks", "مُحَمَّد", "محمد"],
    ["tatweel", "الســـلام", "السلام"],
  ])("an Arabic-script title reads the same whatever its %s", (_why, a, b) => {
    expect(slugify(a)).toBe(slugify(b));
    expect(slugify(a)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("writes a tatweel-stretched word as one word", () => {
    expect(slugify("الســـلام")).toBe("alslam");
  });

  it.each([
    ["Japanese (kanji would be misread in pinyin)", "日本語のニュース", "日本のニュース"],
    ["kana alone", "ひらがな", "カタカナ"],
    ["Korean", "한국어 뉴스", "서울 뉴스"],
    ["Hebrew", "עברית", "ירושלים"],
  ])("gives %s a stable hash slug", (_why, a, b) => {
    expect(slugify(a)).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugify(a)).toBe(slugify(a));
    expect(slugify(a)).not.toBe(slugify(b));
  });

  it("bounds a long Chinese title to 80 characters, cut between syllables", () => {
    const slug = slugify("中国全国人大有超过四分之一的代表昨天对最高人民法院和最高人民检察院的工作报告投了反对票或弃权票");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^zhong-guo-quan-guo-ren-da(-[a-z]+)+$/);
  });

  it("never gives an empty slug or one of hyphens", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (title) => {
        const slug = slugify(title);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 500 },
    );
  });
});

describe("archive URLs are forever", () => {
  const latinPiece = fc.oneof(
    fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
    fc.constantFrom("Zürich", "Ilham Əliyev", "Müller", "ÄÖÜ", "São Paulo", "Łódź", "Ærø", "œuvre", "ﬁnance", "İstanbul", "U.S.", "<SRD>", "—", "’s", " ", "-", "..", "&", "100%", "2023-09-21"),
  );
  const latinTitle = fc.array(latinPiece, { maxLength: 14 }).map((pieces) => pieces.join(" "));

  it("gives any Latin-script title exactly the slug it had before", () => {
    fc.assert(
      fc.property(latinTitle, (title) => {
        expect(slugify(title)).toBe(slugifyBefore(title));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives Cyrillic titles exactly the slug they had before", () => {
    const cyrillic = fc.string({ unit: fc.constantFrom(..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ -.,"), maxLength: 90 });
    fc.assert(
      fc.property(cyrillic, (title) => {
        expect(slugify(title)).toBe(slugifyBefore(title));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("slugifyFileName: the slug a file name gives, as it always has", () => {
  it("gives a Chinese file name a hash slug, so the title's slug is taken", () => {
    expect(slugifyFileName("中文")).toBe(slugifyBefore("中文"));
    expect(slugifyFileName("中文")).toMatch(/^x-[0-9a-f]{8}$/);
  });

  it("gives any other file name exactly the slug it had before", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (stem) => {
        expect(slugifyFileName(stem)).toBe(slugifyBefore(stem));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives a name that is already a slug (taken as it is, without the library) the slug it had before", () => {
    const run = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"), minLength: 1, maxLength: 12 });
    const slugShaped = fc.array(run, { minLength: 1, maxLength: 12 }).map((runs) => runs.join("-"));
    fc.assert(
      fc.property(slugShaped, (stem) => {
        expect(slugifyFileName(stem)).toBe(slugifyBefore(stem));
        expect(slugify(stem)).toBe(slugifyBefore(stem));
      }),
      { numRuns: 3000 },
    );
    for (const stem of ["3737-china-buys-u-s-hard-and-soft-wheat", "a", "1987", "x-1f2e3d4c", "a".repeat(120), `${"word-".repeat(30)}end`]) {
      expect(slugifyFileName(stem)).toBe(slugifyBefore(stem));
    }
  });
});
