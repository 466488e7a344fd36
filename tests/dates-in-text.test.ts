import { describe, expect, it } from "vitest";
import { asciiDigits, dateFromUrl, findDateInText, normalizeTimestamp } from "../src/dates-in-text.ts";

describe("normalizeTimestamp: metadata dates as the archive reads them", () => {
  it.each([
    // written in the page, written in the front matter, why
    ["2020-01-02", "2020-01-02", "a day stays a day"],
    ["2020-01-02T06:14:00-05:00", "2020-01-02T06:14:00-05:00", "ISO 8601 with an offset keeps it"],
    ["2020-01-13T13:37:49+0000", "2020-01-13T13:37:49Z", "an offset without a colon (Reuters) is read"],
    ["2020-01-30T08:44:01.000Z", "2020-01-30T08:44:01Z", "zero milliseconds are dropped"],
    ["20200316T13:00:00Z", "2020-03-16T13:00:00Z", "ISO 8601 basic format (recordonline.com) is read"],
    ["2020-02-18 T 07:20:50 +0330", "2020-02-18T07:20:50+03:30", "spaces around T and before the offset (khabaronline.ir) are read"],
    ["2020-02-20 13:52:51 UTC", "2020-02-20T13:52:51Z", "a trailing UTC (sailthru.date) is an offset of zero"],
    ["2017-11-03 03:01:00.000000", "2017-11-03T03:01:00", "microseconds without an offset stay floating"],
    ["Thu, 20 Feb 2020 13:52:51 +0000", "2020-02-20T13:52:51Z", "an RFC 2822 date is read"],
    ["Mar 28, 2020, 06:15 PM IST", "2020-03-28", "a time in an unknown zone (IST) keeps only its day"],
    ["2020-03-28 18:15 IST", "2020-03-28", "an ISO day followed by something unreadable keeps its day"],
    ["٢٠٢٠-٠٤-١٧T10:32:00+03:00", "2020-04-17T10:32:00+03:00", "Eastern Arabic digits"],
    ["17 أبريل 2020", "2020-04-17", "a date in words, in any language"],
  ])("%s → %s: %s", (written, expected, _why) => {
    expect(normalizeTimestamp(written)).toBe(expected);
  });

  it.each([
    ["1399/01/29", "fa", "2020-04-17", "a Solar Hijri day in a Persian page"],
    ["04/05/2020", "fr", "2020-05-04", "a slashed day in a French page"],
    ["04/05/2020", "en-US", "2020-04-05", "… and in an American one"],
  ])("%s in a page in %s → %s: %s", (written, language, expected, _why) => {
    expect(normalizeTimestamp(written, language)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["garbage", "not a date"],
    ["2020-02-30", "an impossible day"],
    ["2020-03", "a month is not a day"],
    ["1584548562", "an epoch number is not read"],
    ["0001-01-01T00:00:00Z", "a placeholder year is a misreading"],
  ])("%j is no date: %s", (written, _why) => {
    expect(normalizeTimestamp(written)).toBeNull();
  });
});

describe("findDateInText: dates written beside a headline", () => {
  it.each([
    // text, page language, day, why
    ["March 11, 2020", "en-US", "2020-03-11", "English, month first"],
    ["Posted 21 Jan 2020 by Katrina Creer", "en", "2020-01-21", "English, day first, inside a line"],
    ["editor — August 06, 2019", null, "2019-08-06", "a leading zero on the day"],
    ["/ martes 17 de marzo de 2020", "es", "2020-03-17", "Spanish, with its two 'de'"],
    ["23 Març 2020", "ca", "2020-03-23", "Catalan"],
    ["31 stycznia 2020 | 10:00", "pl", "2020-01-31", "Polish genitive"],
    ["13 января 2020", "ru", "2020-01-13", "Russian genitive"],
    ["21. September 2023", "de", "2023-09-21", "German, with a dot after the day"],
    ["이용민 기자 | 2020-03-04 16:52:59", "ko", "2020-03-04", "an ISO date inside a byline"],
    ["2020년 3월 4일", "ko", "2020-03-04", "Korean"],
    ["2020年3月4日", "zh", "2020-03-04", "Chinese and Japanese"],
    ["17/03/2020", "fr", "2020-03-17", "a slashed date whose day is over 12 can only be day first"],
    ["03/04/2020", "fr", "2020-04-03", "a slashed date in a non-American page is day first"],
    ["03/04/2020", "en-US", "2020-03-04", "a slashed date in an American page is month first"],
    ["10.03.2020", null, "2020-03-10", "a dotted date is day first wherever it is written"],
    ["Room 12 2020 and March 3, 2021", "en", "2021-03-03", "a word that is no month is passed over"],
  ])("%j (%s) → %s: %s", (text, language, day, _why) => {
    expect(findDateInText(text, language)?.day).toBe(day);
  });

  it.each([
    ["03/04/2020", null, "the order of a slashed date cannot be told without the page's language"],
    ["03/04/2020", "en", "nor in English, written both ways"],
    ["Saturday, January 18th", "en", "a date without a year"],
    ["1 minute ago", "en", "a relative date"],
    ["Publié le 27 Mar 20 à 9:21", "fr", "a two-digit year"],
    ["31 February 2020", "en", "an impossible day"],
  ])("%j (%s) is no date: %s", (text, language, _why) => {
    expect(findDateInText(text, language)).toBeNull();
  });
});

describe("dateFromUrl: a date in the page's address", () => {
  it.each([
    ["https://www.hatawtabloid.com/2020/02/18/aktres-sunod-sunuran-sa-aktor-bf/", "2020-02-18", "/YYYY/MM/DD/"],
    ["https://g1.globo.com/ro/rondonia/noticia/2020/03/08/estudante.ghtml", "2020-03-08", "/YYYY/MM/DD/ deep in the path"],
    ["https://www.recordonline.com/news/20200316/rockland", "2020-03-16", "/YYYYMMDD/"],
    ["https://news.sina.com.tw/article/20200121/34046328.html", "2020-01-21", "/YYYYMMDD/ before an id"],
    ["https://www.news24.com/World/News/australian-megablaze-brought-under-control-20200113", "2020-01-13", "a slug ending in -YYYYMMDD"],
    ["https://example.com/2023-09-21-putin-aliyev", "2023-09-21", "a slug starting with YYYY-MM-DD-"],
    ["http://www.xinhuanet.com/2020-04/17/c_1125868456.htm", "2020-04-17", "Xinhua: /YYYY-MM/DD/"],
    ["http://politics.people.com.cn/n1/2020/0417/c1001-31677123.html", "2020-04-17", "People's Daily: /YYYY/MMDD/"],
    ["https://www.chinanews.com/gn/2020/04-17/9160000.shtml", "2020-04-17", "China News Service: /YYYY/MM-DD/"],
    ["https://news.example.cn/202004/17/t20200417_123.html", "2020-04-17", "/YYYYMM/DD/"],
    ["https://www.youm7.com/story/2020/4/17/اخبار/4728712", "2020-04-17", "one-digit month and day"],
  ])("%s → %s (%s)", (address, day, _why) => {
    expect(dateFromUrl(address)).toBe(day);
  });

  it.each([
    ["http://bohemia.cu/nacionales/2020/03/adoptan-medidas/", "a month is not a day"],
    ["https://arabic.sputniknews.com/arab_world/202003171044893040-abc/", "digits run on into a longer id"],
    ["https://www.google.com/imgres?imgurl=https://x.example/2019/01/02/a.jpg", "a date in the query is someone else's address"],
    ["https://example.com/2020/02/30/story", "an impossible day"],
    ["https://example.com/2020/1234/story", "four digits after a year are no month and day"],
    ["not an address", "not an address"],
  ])("%s has no date: %s", (address, _why) => {
    expect(dateFromUrl(address)).toBeNull();
  });
});

/** A day as a locale writes it, with its own month names, digits and calendar. */
const written = (locale: string, day: Date, month: "long" | "short" = "long") =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month, year: "numeric", timeZone: "UTC" }).format(day);

const DAYS = [new Date(Date.UTC(2020, 3, 17)), new Date(Date.UTC(2019, 10, 3)), new Date(Date.UTC(2021, 0, 31)), new Date(Date.UTC(2020, 7, 9))];
const iso = (day: Date) => day.toISOString().slice(0, 10);

describe("findDateInText: any language's month names, as CLDR writes them", () => {
  // The page's language tag, and the locale Intl writes the date in (Gregorian, Latin digits).
  const LANGUAGES = [
    "en-US", "en-GB", "fr", "de", "es", "it", "pt-BR", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "sl", "hr", "bs", "sr-Latn", "sr",
    "ro", "hu", "tr", "ru", "uk", "bg", "el", "lt", "lv", "et", "ar", "ar-EG", "ar-LB", "ar-MA", "fa", "he", "hi", "bn", "th", "id", "ms",
    "ja", "ko", "zh", "zh-TW", "ca", "gl", "sq", "mk", "ka", "hy", "az", "kk", "uz", "ur", "sw", "am", "ta", "mr", "gu", "ne",
  ];
  const cases = LANGUAGES.flatMap((language) =>
    (["long", "short"] as const).flatMap((width) => DAYS.map((day) => [language, width, written(`${language}-u-ca-gregory-nu-latn`, day, width), iso(day)] as const)),
  );
  it.each(cases)("%s (%s month): %j → %s", (language, _width, text, day) => {
    expect(findDateInText(text, language)?.day).toBe(day);
  });

  it.each([
    // text, page language, day, why
    ["17 aprilie 2020", null, "2020-04-17", "Romanian, the page's language unknown: the name means one month in every language"],
    ["17. aprila 2020.", "bs", "2020-04-17", "Bosnian genitive, which CLDR does not list: a near form of the page's own name"],
    ["17. septembra 2020.", "sr-Latn", "2020-09-17", "Serbian genitive"],
    ["17. listopada 2020.", "hr", "2020-10-17", "listopad is October in Croatian"],
    ["17. listopada 2020", "pl", "2020-11-17", "and November in Polish"],
    ["17 نيسان (أبريل) 2020", "ar", "2020-04-17", "Arabic, Levantine name with the Egyptian one in brackets"],
    ["17 نيسان/أبريل 2020", "ar", "2020-04-17", "… or after a slash"],
    ["الجمعة 17 ابريل 2020", "ar", "2020-04-17", "أبريل written without its hamza"],
    ["17 كانون الثاني 2020", null, "2020-01-17", "a month name of two words"],
    ["17 fevrier 2020", "fr", "2020-02-17", "French written without accents"],
    ["2020. április 17.", "hu", "2020-04-17", "Hungarian, year first"],
    ["2020 m. balandžio 17 d.", "lt", "2020-04-17", "Lithuanian, year first"],
    ["2019 to 12 March 2020", "en", "2020-03-12", "a year before a date is not the date's year"],
  ])("%j (%s) → %s: %s", (text, language, day, _why) => {
    expect(findDateInText(text, language)?.day).toBe(day);
  });
});

describe("findDateInText: digits of other scripts, and spacing", () => {
  const day = DAYS[0] ?? new Date();
  it.each(["arab", "arabext", "deva", "beng", "thai", "fullwide", "tamldec", "mymr", "khmr", "laoo"])("Arabic month, %s digits", (digits) => {
    expect(findDateInText(written(`ar-u-nu-${digits}`, day), "ar")?.day).toBe("2020-04-17");
  });

  it.each([
    ["Eastern Arabic digits", "١٧ أبريل ٢٠٢٠"],
    ["Persian digits", "۱۷ آوریل ۲۰۲۰"],
    ["Devanagari digits", "१७ अप्रैल २०२०"],
    ["full-width digits", "２０２０年４月１７日"],
    ["right-to-left marks between the parts", "\u200f١٧\u200f أبريل\u200f ٢٠٢٠"],
    ["a tatweel stretching the month", "17 أبريـــل 2020"],
  ])("%s: %j", (_what, text) => {
    expect(findDateInText(text, null)?.day).toBe("2020-04-17");
  });

  const respaced = (text: string) => [text, text.replace(/ /g, "  "), text.replace(/ /g, "\u00a0"), text.replace(/ /g, "\n  "), ` \t${text}\n`];
  it.each([
    ["April 17, 2020", "en"],
    ["17 de abril de 2020", "es"],
    ["17. 4. 2020", "cs"],
    ["2020 年 4 月 17 日", "zh"],
    ["17 апреля 2020", "ru"],
    ["١٧ أبريل ٢٠٢٠", "ar"],
  ])("%j (%s), however spaced", (text, language) => {
    for (const variant of respaced(text)) expect(findDateInText(variant, language)?.day).toBe("2020-04-17");
  });

  it.each([
    ["2020年4月17日", "zh"],
    ["2020/04/17 10:32", "zh-TW"],
    ["2020-04-17T10:32:00+08:00", null],
    ["發布時間：2020/4/17", null],
  ])("Chinese pages: %j", (text, language) => {
    expect(findDateInText(text, language)?.day).toBe("2020-04-17");
  });
});

describe("findDateInText: Solar Hijri and Hijri days, as Gregorian ones", () => {
  // Every 37 days over three years, as Iran and Saudi Arabia write them.
  const spread = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2019, 0, 1 + i * 37)));
  it.each(spread.map((d) => [written("fa-IR", d), iso(d)]))("Solar Hijri %j → %s", (text, day) => {
    expect(findDateInText(text, "fa")?.day).toBe(day);
    expect(findDateInText(text, null)?.day).toBe(day);
  });
  it.each(spread.map((d) => [written("ar-SA-u-ca-islamic-umalqura-nu-latn", d), iso(d)]))("Hijri (Umm al-Qura) %j → %s", (text, day) => {
    expect(findDateInText(text, "ar")?.day).toBe(day);
  });

  it.each([
    ["۲۹ بهمن ۱۳۹۸", "fa", "2020-02-18", "Persian digits and month"],
    ["سه‌شنبه ۲۹ بهمن ۱۳۹۸ - ۱۲:۳۰", "fa", "2020-02-18", "with the weekday and a time"],
    ["۱۳۹۸/۱۱/۲۹", "fa", "2020-02-18", "numeric, year first, in a Persian page"],
    ["۱۳۹۸/۱۱/۲۹", null, "2020-02-18", "Persian digits say the page is Persian"],
    ["29 Bahman 1398", "en", "2020-02-18", "transliterated"],
    ["۲۹ بهمن ۹۸ - ۱۲:۳۰", "fa", "2020-02-18", "a two-digit Solar Hijri year"],
    ["۱۰ دی ۰۱", "fa", "2022-12-31", "… of the 1400s"],
    ["26 شوال 1436 هـ الموافق 11 أغسطس 2015 م", "ar", "2015-08-11", "Hijri with its Gregorian day: the Gregorian one is taken"],
    ["24 شعبان 1441 هـ", "ar", "2020-04-17", "Hijri alone"],
  ])("%j (%s) → %s: %s", (text, language, day, _why) => {
    expect(findDateInText(text, language)?.day).toBe(day);
  });

  it.each([
    ["30 اسفند 1398", "fa", "30 Esfand of a common year"],
    ["1398/11/29", "en", "a year before 1800 in a page that is neither Persian nor Arabic"],
    ["17 April 20", "en", "a two-digit year with a Gregorian month"],
    ["۲۹ بهمن ۹۸:۳۰", "fa", "a time, not a year"],
  ])("%j (%s) is no date: %s", (text, language, _why) => {
    expect(findDateInText(text, language)).toBeNull();
  });
});

describe("asciiDigits", () => {
  it.each([
    ["٠١٢٣٤٥٦٧٨٩", "0123456789"],
    ["۰۱۲۳۴۵۶۷۸۹", "0123456789"],
    ["०१२३४५६७८९", "0123456789"],
    ["０１２３４５６７８９", "0123456789"],
    ["2020 and ٢٠٢٠", "2020 and 2020"],
  ])("%j → %j", (text, ascii) => {
    expect(asciiDigits(text)).toBe(ascii);
  });
});
