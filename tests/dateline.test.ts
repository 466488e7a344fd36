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

// The archive's own registries answer the forms' questions, as in a build.
import { createAgencyRegistry } from "../src/agencies.ts";
import { agencies } from "../data/agencies.ts";
import { getGazetteer } from "../src/gazetteer.ts";
import { registryLookups, type DatelineLookups } from "../src/dateline.ts";

const registry = createAgencyRegistry(agencies);
const gazetteer = getGazetteer();
const lookups: DatelineLookups = registryLookups(registry, gazetteer);

describe("datelines in other languages and scripts", () => {
  it.each([
    // text, place, agency, byline, form
    ["МОСКВА, 21 сентября. /ТАСС/. Президент России", "МОСКВА", "ТАСС", null, "tass"],
    ["НОВОСИБИРСК, 3 марта. /Корр. ТАСС Анна Петрова/. В городе", "НОВОСИБИРСК", "ТАСС", "Анна Петрова", "tass"],
    ["САНКТ-ПЕТЕРБУРГ, 21 сен - РИА Новости. Власти", "САНКТ-ПЕТЕРБУРГ", "РИА Новости", null, "ria"],
    ["Екатеринбург. 8 февраля. INTERFAX.RU - Суд", "Екатеринбург", "INTERFAX.RU", null, "interfax"],
    ["ТАСС, 10 августа. Власти", null, "ТАСС", null, "agency-date"],
    ["新华社北京9月21日电 国务院", "北京", "新华社", null, "xinhua"],
    ["新华社马拉开波(委内瑞拉)7月3日电(记者刘健)委内瑞拉", "马拉开波", "新华社", "刘健", "xinhua"],
    ["中新网广州5月2日电 广东", "广州", "中新网", null, "xinhua"],
    ["(法新社巴黎十二日电)法国", "巴黎", "法新社", null, "bracketed"],
    ["(东京路透电)日本", "东京", "路透", null, "credit"],
    ["به گزارش خبرگزاری فارس از تبریز، استاندار", "تبریز", "خبرگزاری فارس", null, "persian-attribution"],
    ["به گزارش خبرنگار سیاسی خبرگزاری تسنیم، وزیر", null, "خبرگزاری تسنیم", null, "persian-attribution"],
    ["به گزارش خبرگزاري فارس از كرمان، مدير", "كرمان", "خبرگزاري فارس", null, "persian-attribution"],
    ["الدمام 3 رمضان 1437 هـ الموافق 8 يونيو 2016 م واس أعلن", "الدمام", "واس", null, "spa"],
    ["طهران (تسنيم) - أعلن وزير", "طهران", "تسنيم", null, "bracketed"],
    ["القاهرة (رويترز) - قال", "القاهرة", "رويترز", null, "bracketed"],
    ["سبق- الدمام: أعلن", "الدمام", "سبق", null, "parts"],
    ["خالد العمري- سبق- تبوك: أعلن", "تبوك", "سبق", "خالد العمري", "parts"],
    ["الرياض - واس\nأعلن", "الرياض", "واس", null, "parts"],
    ["مها القحطاني – عين اليوم\nأعلن", null, "عين اليوم", "مها القحطاني", "parts"],
    ["PARIS, 21 sept (AFP) - Le gouvernement", "PARIS", "AFP", null, "wire"],
    ["MADRID, 21 sep (EFE).- El Gobierno", "MADRID", "EFE", null, "wire"],
    ["(ANSA) - ROMA, 21 SET - Il governo", "ROMA", "ANSA", null, "agency-first"],
    ["Berlin (dpa) - Die Regierung", "Berlin", "dpa", null, "wire"],
    ["新華社北京9月21日電(記者王明)國務院", "北京", "新華社", "王明", "xinhua"],
    ["中新社上海3月5日电 (记者 李华)市政府", "上海", "中新社", "李华", "xinhua"],
    ["（中央社記者王小明台北3日電）行政院", "台北", "中央社", "王小明", "bracketed"],
    ["晚报讯 市政府今天", null, "晚报", null, "own-paper"],
    ["الرياض في 3 رمضان / واس / أعلن", "الرياض", "واس", null, "slashed"],
    ["دبي (وام) أعلنت", "دبي", "وام", null, "bracketed"],
    ["5 مارس (رويترز) - ارتفعت الأسهم", null, "رويترز", null, "date-agency"],
    ["«الحياة» (بيروت) أعلن", "بيروت", "الحياة", null, "quoted-paper"],
    ["بيروت: أعلن رئيس الوزراء", "بيروت", null, null, "place-alone"],
    ["الكويت - «القبس»: أعلن", "الكويت", "القبس", null, "parts"],
    ["به گزارش اقتصادنیوز، وزیر", null, "اقتصادنیوز", null, "persian-attribution"],
    ["مشهد/ خبرگزاری ایسنا نماینده", "مشهد", "خبرگزاری ایسنا", null, "place-slash-agency"],
    ["By JANE DOE and JOHN ROE WASHINGTON (AP) — The Senate", "WASHINGTON", "AP", "JANE DOE and JOHN ROE", "byline-wire"],
    ["TOKYO, March 3 Japanese stocks rose", "TOKYO", null, null, "no-dash"],
    ["(ANSA) - FIRENZE (FI), 3 MAR - Il sindaco", "FIRENZE", "ANSA", null, "agency-first"],
    ["ドバイ：首長国政府は", "ドバイ", null, null, "place-colon"],
    ["कोलकाता, 3 मार्च | राज्य सरकार ने", "कोलकाता", null, null, "place-date-bar"],
    ["Feb. 19 (UPI) -- The White House", null, "UPI", null, "date-agency"],
    ["(AP) — The Senate voted", null, "AP", null, "agency-alone"],
    ["GENEVA 12/03 (AFP) = Les négociations", "GENEVA", "AFP", null, "wire"],
    ["BERLIN, 12. März (dpa) Die Regierung", "BERLIN", "dpa", null, "wire"],
    ["الكويت: كونا أعلنت الحكومة", "الكويت", "كونا", null, "place-alone"],
    ["وام أعلنت وزارة الخارجية", null, "وام", null, "agency-first"],
    ["به گزارش روابط عمومی وزارت نیرو، وزیر", null, "روابط عمومی وزارت نیرو", null, "persian-attribution"],
    ["ЛЬВОВ, 3 марта - РИА Новости Украина. Власти", "ЛЬВОВ", "РИА Новости Украина", null, "ria"],
    ["新华网消息：国务院", null, "新华网", null, "site-news"],
    ["(대구=연합뉴스) 박영희 기자 = 시청은", "대구", "연합뉴스", "박영희", "korean-wire"],
    ["【大阪共同】府は", "大阪", "共同", null, "lenticular"],
    ["（高雄中央社）市政府", "高雄", "中央社", null, "place-agency"],
    ["央广网上海5月3日消息（记者 王明）市政府", "上海", "央广网", "王明", "xinhua"],
    ["KARACHI: The provincial government said", "KARACHI", null, null, "place-colon"],
    ["Beirut [Lebanon], May 2 (ANI): The government", "Beirut", "ANI", null, "bracketed-region"],
    ["BOSTON--(BUSINESS WIRE)--Acme Corp said", "BOSTON", "BUSINESS WIRE", null, "release-wire"],
  ])("%j", (text, place, agencyText, byline, form) => {
    expect(parseDateline(text, lookups)).toMatchObject({ place, agencyText, byline, form });
  });

  it.each([
    ["a Persian sentence that mentions an agency mid-way", "وزیر امور خارجه در گفت‌وگو با خبرنگار فارس در شهرکرد گفت، این طرح"],
    ["an Arabic credit line", "إعداد - محمد الأحمد\nأعلن"],
    ["a Persian desk credit", "خبرگزاری فارس ـ گروه اندیشه: متن"],
    ["an Arabic sentence with a dash", "قال الوزير - في تصريح له - إن المملكة"],
    ["a Russian sentence with a date", "Москва, 21 сентября стала местом встречи"],
    ["a Chinese sentence that starts with a place", "北京今天天气很好"],
    ["an Arabic sentence opening with a person and a colon", "محمد العلي: لن نتراجع عن القرار"],
    ["an English sentence opening with a capitalised word and a date", "The company, March 3 Results were good"],
    ["a byline with no dateline after it", "By JANE DOE The Senate voted on Tuesday to approve the bill"],
    ["a sentence opening with a word that is no place, and a colon", "Warning: The company said prices would rise"],
  ])("is not fooled by %s", (_why, text) => {
    const match = parseDateline(text, lookups);
    expect(match?.place ?? null).toBeNull();
    if (match) expect(match.agencyText).not.toBeNull();
  });
});

describe("English wire datelines hold however a wire re-cases, re-dashes or re-spaces them", () => {
  const datelines = [
    ["OMAHA, April 7 - ", "OMAHA"],
    ["BUDAPEST, April 7, Reuter - ", "BUDAPEST"],
    ["LONDON, Nov 26 (Reuters) - ", "LONDON"],
    ["ROCKY HILL, Conn., March 5 - ", "ROCKY HILL"],
    ["TEHRAN (Tasnim) - ", "TEHRAN"],
    ["SAN FRANCISCO, Calif., March 3 - ", "SAN FRANCISCO"],
    ["WOODBRIDGE, N.J. - ", "WOODBRIDGE"],
  ] as const;
  const story = "The company said it would raise its dividend.";
  const recasings: [string, (s: string) => string][] = [
    ["as written", (s) => s],
    ["lower case", (s) => s.toLowerCase()],
    ["upper case", (s) => s.toUpperCase()],
    ["title case", (s) => s.toLowerCase().replace(/(^|[\s(])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())],
  ];
  const redashings: [string, (s: string) => string][] = [
    ["hyphen", (s) => s],
    ["en dash", (s) => s.replace(/ - $/, " – ")],
    ["em dash without space", (s) => s.replace(/ - $/, " —")],
    ["double hyphen", (s) => s.replace(/ - $/, " -- ")],
    ["extra spaces", (s) => s.replace(/, /g, " ,  ").replace(/ - $/, "  -  ")],
  ];
  for (const [dateline, place] of datelines) {
    for (const [casing, recase] of recasings) {
      for (const [dashing, redash] of redashings) {
        it(`${dateline.trim()} (${casing}, ${dashing})`, () => {
          const text = redash(recase(dateline)) + story;
          const match = parseDateline(text, lookups);
          expect(match?.place?.toLowerCase()).toBe(place.toLowerCase());
          expect(text.slice(match?.end ?? 0).trim()).toBe(story);
        });
      }
    }
  }

  it("a sentence re-cased is still no dateline", () => {
    for (const text of ["Prices rose - and then fell back", "The company said - today - it would", "Shares fell -- then rose"]) {
      for (const [, recase] of recasings) expect(parseDateline(recase(text), lookups)?.place ?? null).toBeNull();
    }
  });
});
