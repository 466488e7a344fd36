/**
 * normalizeArticle on stories in other languages: what the page, the lists and the JSON get
 * from the opening alone (language, source, place, author, and the date when the file has none).
 */
import { describe, expect, it } from "vitest";
import { getNormalizeContext } from "../src/load.ts";
import { normalizeArticle } from "../src/normalize-article.ts";

const context = getNormalizeContext();
const normalize = (path: string, text: string) => normalizeArticle({ path, format: path.endsWith(".md") ? "md" : "txt", text, folderData: {} }, context);

describe("a story in another language", () => {
  it.each([
    // file, text, language, source slug, place slug (as the English name's), author
    ["2023-09-21-a.txt", "عنوان\n\nطهران (تسنيم) - أعلن وزير الخارجية الإيراني اليوم أن المحادثات مستمرة مع الجانب الروسي حول الملفات الإقليمية.", "ar", "tasnim", "tehran-ir", null],
    ["2023-09-21-b.txt", "عنوان\n\nبه گزارش خبرگزاری تسنیم از مشهد، استاندار خراسان رضوی امروز گفت که طرح جدید در همه شهرها اجرا می‌شود.", "fa", "tasnim", "mashhad-ir", null],
    ["2023-09-21-c.txt", "Заголовок\n\nМОСКВА, 21 сентября. /ТАСС/. Президент России провел переговоры с коллегой из Азербайджана по телефону.", "ru", "tass", "moscow-ru", null],
    ["2023-09-21-d.txt", "标题\n\n新华社北京9月21日电(记者刘健)国务院今天宣布了新的措施，以支持经济发展。", "zh", "xinhua", "beijing-cn", "刘健"],
    ["2023-09-21-e.txt", "عنوان\n\nمها القحطاني – عين اليوم\n أعلنت وزارة الصحة اليوم عن حملة جديدة للتطعيم في جميع مناطق المملكة.", "ar", "ain-alyoum", null, "مها القحطاني"],
    ["2023-09-21-f.txt", "Title\n\nomaha, april 7 - Berkshire Hathaway said on Tuesday that its profit rose in the first quarter.", "en", null, "omaha-us-ne", null],
  ])("%s", (file, text, language, source, place, author) => {
    const { article } = normalize(file, text);
    expect(article?.language).toBe(language);
    expect(article?.source?.slug ?? null).toBe(source);
    expect(article?.dateline?.place.slug ?? null).toBe(place);
    expect(article?.author ?? null).toBe(author);
  });

  it("names one place and one source whatever the script", () => {
    const slugs = [
      "MOSCOW (TASS) - Talks went on.",
      "МОСКВА, 21 сентября. /ТАСС/. Переговоры продолжились.",
      "موسكو (تاس) - استمرت المحادثات.",
    ].map((opening, i) => normalize(`2023-09-21-m${i}.txt`, `T\n\n${opening}`).article);
    expect(new Set(slugs.map((a) => a?.dateline?.place.slug))).toEqual(new Set(["moscow-ru"]));
    expect(new Set(slugs.map((a) => a?.source?.slug))).toEqual(new Set(["tass"]));
  });

  it("records the source a Persian dateline quotes as cited", () => {
    const { article } = normalize("2023-09-21-q.txt", "عنوان\n\nبه گزارش خبرگزاری فارس به نقل از تاس، رئیس‌جمهور روسیه گفت که مذاکرات ادامه دارد.");
    expect(article?.source?.slug).toBe("fars");
    expect(article?.citedSources.map((a) => a.slug)).toContain("tass");
  });
});

describe("the date, when the file gives none", () => {
  it.each([
    ["the Saudi Press Agency's dateline", "spa.txt", "عنوان\n\nالرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس أعلن مجلس الوزراء.", "2015-08-11"],
    ["a Solar Hijri first line in Persian digits", "fa.txt", "عنوان\n\n۳۰ شهریور ۱۴۰۲\n\nبه گزارش خبرگزاری فارس از قم، استاندار گفت.", "2023-09-21"],
    ["a Chinese first line", "zh.txt", "标题\n\n2023年9月21日\n\n新华社北京9月21日电 国务院今天宣布。", "2023-09-21"],
    ["a TASS dateline with its year", "ru.txt", "Заголовок\n\nМОСКВА, 21 сентября 2023 г. /ТАСС/. Власти сообщили.", "2023-09-21"],
  ])("from %s", (_what, file, text, day) => {
    expect(normalize(file, text).article?.date.day).toBe(day);
  });

  it("never from a date the story is about", () => {
    const { article, problems } = normalize("story.txt", "Title\n\nLONDON, Nov 26 (Reuters) - Britain's economy grew on March 3, 2020, the report said.");
    expect(article).toBeNull();
    expect(problems[0]).toMatchObject({ field: "date", severity: "error" });
  });
});
