/**
 * The dateline forms of other languages, tried on datelines made up from their parts: every
 * time zone city CLDR names in the language, the registry's agencies, any day, the letter
 * variants Persian texts use, Eastern digits, and the dashes and spacing copy varies in. A rule
 * fitted to the shared corpus's few places and agencies fails here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencies } from "../data/agencies.ts";
import { createAgencyRegistry } from "../src/agencies.ts";
import { parseDateline, registryLookups, type DatelineLookups } from "../src/dateline.ts";
import { getGazetteer } from "../src/gazetteer.ts";
import { exemplarCities } from "../src/native-places.ts";

const registry = createAgencyRegistry(agencies);
const gazetteer = getGazetteer();
const lookups: DatelineLookups = registryLookups(registry, gazetteer);
const RUNS = { numRuns: 300 };

/** CLDR's cities of a locale, those written as plain words (no brackets, dots or digits). */
const citiesOf = (locale: string, word: RegExp) => fc.constantFrom(...exemplarCities(locale).filter((city) => word.test(city)));
const monthNames = (locale: string, month: "long" | "short", calendar = "gregory") =>
  Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { month, day: "numeric", timeZone: "UTC" }).formatToParts(new Date(Date.UTC(2023, i, 15))).find((p) => p.type === "month")?.value ?? "");
const slugOf = (name: string | null | undefined) => (name ? registry.lookup(name)?.slug : undefined);
const toEasternDigits = (text: string) => text.replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)] ?? d);
const toArabicLetters = (text: string) => text.replace(/ی/g, "ي").replace(/ک/g, "ك");

describe("Persian attribution clauses", () => {
  const persianCity = citiesOf("fa", /^[\p{Script=Arabic}\u200c ]+$/u);
  const agency = fc.constantFrom("خبرگزاری فارس", "خبرگزاری تسنیم", "خبرگزاری مهر", "ایرنا", "ایسنا", "فارس", "تسنیم");
  const desk = fc.constantFrom("", "خبرنگار سیاسی ", "گروه بین‌الملل ", "خبرنگار اقتصادی ");
  it("give the agency and the place, in either letter forms, with or without a quoted source", () => {
    fc.assert(
      fc.property(persianCity, agency, desk, fc.boolean(), fc.boolean(), fc.constantFrom("،", ",", " ،"), (city, name, deskWords, quoting, arabicLetters, comma) => {
        let text = `به گزارش ${deskWords}${name} از ${city}${quoting ? " به نقل از روابط عمومی استانداری" : ""}${comma} استاندار گفت که طرح اجرا می‌شود.`;
        if (arabicLetters) text = toArabicLetters(text);
        const match = parseDateline(text, lookups);
        expect(match?.place).toBe(arabicLetters ? toArabicLetters(city) : city);
        expect(slugOf(match?.agencyText)).toBe(slugOf(name));
      }),
      RUNS,
    );
  });
});

describe("Russian agency datelines", () => {
  const city = citiesOf("ru", /^\p{Lu}[\p{Script=Cyrillic}\- ]+$/u);
  const genitive = monthNames("ru", "long");
  const short = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
  it("TASS and RIA Novosti, in capitals or not, any day and month, any dash", () => {
    fc.assert(
      fc.property(city, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 11 }), fc.boolean(), fc.constantFrom("-", "–", "—"), fc.boolean(), (place, day, month, upper, dash, tass) => {
        const written = upper ? place.toUpperCase() : place;
        const text = tass
          ? `${written}, ${day} ${genitive[month]}. /ТАСС/. Власти города сообщили о новых мерах.`
          : `${written}, ${day} ${short[month]} ${dash} РИА Новости. Власти города сообщили о новых мерах.`;
        const match = parseDateline(text, lookups);
        expect(match?.place).toBe(written);
        expect(slugOf(match?.agencyText)).toBe(tass ? "tass" : "ria-novosti");
      }),
      RUNS,
    );
  });
});

describe("Chinese datelines", () => {
  const city = citiesOf("zh", /^\p{Script=Han}{2,6}$/u);
  it("Xinhua and China News Service, any place and day, with or without the reporter", () => {
    fc.assert(
      fc.property(city, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom("新华社", "中新网", "中新社"), fc.boolean(), (place, month, day, agency, reporter) => {
        const text = `${agency}${place}${month}月${day}日电${reporter ? "(记者王小明)" : ""}国务院今天宣布了新的措施。`;
        const match = parseDateline(text, lookups);
        expect(match?.place).toBe(place);
        expect(slugOf(match?.agencyText)).toBe(slugOf(agency));
      }),
      RUNS,
    );
  });
  it("AFP's Chinese service, the day in Chinese numerals or none", () => {
    const numerals = ["一", "二", "九", "十", "十五", "二十", "二十八", "三十一"];
    fc.assert(
      fc.property(city, fc.option(fc.constantFrom(...numerals)), (place, day) => {
        const text = `(法新社${place}${day ? `${day}日` : ""}电)美国今天表示愿意谈判。`;
        const match = parseDateline(text, lookups);
        expect(match?.place).toBe(place);
        expect(slugOf(match?.agencyText)).toBe("afp");
      }),
      RUNS,
    );
  });
});

describe("Arabic datelines", () => {
  const city = citiesOf("ar", /^[\p{Script=Arabic} ]+$/u);
  const hijriMonths = monthNames("ar-SA", "long", "islamic-umalqura");
  const months = monthNames("ar", "long");
  it("the Saudi Press Agency's, in Western or Eastern digits", () => {
    fc.assert(
      fc.property(city, fc.integer({ min: 1, max: 29 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }), fc.boolean(), (place, day, hijri, month, eastern) => {
        let dates = `${day} ${hijriMonths[hijri]} 1436 هـ الموافق ${day} ${months[month]} 2015 م`;
        if (eastern) dates = toEasternDigits(dates);
        const text = `${place} ${dates} واس أعلن مجلس الوزراء اليوم عن قرارات جديدة.`;
        const match = parseDateline(text, lookups);
        expect(match?.place).toBe(place);
        expect(slugOf(match?.agencyText)).toBe("spa");
      }),
      RUNS,
    );
  });
  it("place and agency between dashes, either order, any dash", () => {
    const agency = fc.constantFrom("واس", "سبق", "رويترز", "فرانس برس", "عين اليوم", "كونا");
    fc.assert(
      fc.property(city, agency, fc.boolean(), fc.constantFrom(" - ", " – ", "- ", " ـ "), (place, name, agencyFirst, dash) => {
        const text = `${agencyFirst ? `${name}${dash}${place}` : `${place}${dash}${name}`}\nأعلن مجلس الوزراء اليوم عن قرارات جديدة.`;
        const match = parseDateline(text, lookups);
        expect(match?.place).toBe(place);
        expect(slugOf(match?.agencyText)).toBe(slugOf(name));
      }),
      RUNS,
    );
  });
});

describe("native names resolve to the English place", () => {
  it.each([
    ["Москва", "Moscow"], ["МОСКВА", "Moscow"], ["مسکو", "Moscow"], ["موسكو", "Moscow"], ["莫斯科", "Moscow"],
    ["تهران", "Tehran"], ["طهران", "Tehran"], ["Тегеран", "Tehran"], ["德黑兰", "Tehran"],
    ["الرياض", "Riyadh"], ["جدة", "Jeddah"], ["جده", "Jeddah"], ["北京", "Beijing"], ["兰州", "Lanzhou"],
    ["КРАСНОЯРСК", "Krasnoyarsk"], ["БУЭНОС-АЙРЕС", "Buenos Aires"],
  ])("%s → %s, the page of its English name", (native, english) => {
    const place = gazetteer.resolvePlace(native);
    expect(place.known).toBe(true);
    expect(place.slug).toBe(gazetteer.resolvePlace(english).slug);
  });
  it("a Persian town by its consonants, in the agency's country", () => {
    expect(gazetteer.resolvePlace("سمیرم", null, "IR").name).toMatch(/^Sem[iī]rom$/);
    expect(gazetteer.resolvePlace("کرج", null, "IR").slug).toBe(gazetteer.resolvePlace("Karaj").slug);
    // Without a country to look in, consonants alone are not enough.
    expect(gazetteer.resolvePlace("سمیرم").known).toBe(false);
  });
});
