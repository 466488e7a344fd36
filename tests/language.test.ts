import { describe, expect, it } from "vitest";
import { chooseLanguage, detectLanguage, textDirection } from "../src/language.ts";

describe("detectLanguage", () => {
  it.each([
    ["ar", "وزير الدفاع يأمر باعتقال المتورطين", "ذكرت تقارير إسرائيلية اليوم الأحد أن وزير الدفاع كلف الأجهزة الأمنية بإصدار أوامر اعتقال إدارية بحق المشتبه في تورطهم في الاعتداء."],
    ["fa", "استان زنجان در طرح پزشک خانواده پایلوت می‌شود", "محمد محمدی ظهر امروز در مراسم تودیع و معارفه رئیس بیمارستان اظهار داشت که طرح پایلوت شدن استان در طرح پزشک خانواده ابلاغ شده است."],
    // Older Persian texts write the Arabic letters ي and ك: still Persian.
    ["fa", "مدير كل آموزش و پرورش استان", "به گزارش خبرگزاري فارس، مدير كل آموزش و پرورش استان در جلسه‌اي كه امروز برگزار شد گفت كه اين طرح در همه مدارس اجرا مي‌شود."],
    ["ru", "Совфед проведет первое заседание осенней сессии", "Совет федерации открывает в среду осеннюю сессию. На пленарном заседании палаты сенаторам предстоит переизбрать ее руководство."],
    ["zh", "美国愿和北韩谈判但拒绝再付出报酬", "美国今天表示愿意和列为邪恶轴心敌国的北韩谈判,但是不会提供这个财务困窘的共产国新奖励以促使其撤销核子计画。"],
    ["ja", "東京で新しい展示会が始まりました", "東京の美術館で、新しい展示会が始まりました。多くの人が訪れています。"],
    ["en", "Putin, Aliyev Discuss Further De-Escalation", "Russian President Vladimir Putin and his Azerbaijani counterpart Ilham Aliyev discussed the situation in the region in a phone call on Thursday."],
    ["en", "STANDARD OIL TO FORM FINANCIAL UNIT", ""],
  ])("%s: %s", (language, title, body) => {
    expect(detectLanguage(title, body).language).toBe(language);
  });
});

describe("chooseLanguage", () => {
  it("an earnings table in Latin letters is the archive's language, whatever the detector guesses", () => {
    expect(chooseLanguage("KAY JEWELERS INC <KJI> 4TH QTR NET", "Shr 1.62 dlrs vs 1.33 dlrs\n\nNet 10.3 mln vs 8,459,000", "en")).toBe("en");
  });
  it("a short text in another script keeps its own language", () => {
    expect(chooseLanguage("Москва", "Новости дня", "en")).toBe("ru");
    expect(chooseLanguage("خبر", "سبق- جدة", "en")).not.toBe("en");
  });
});

describe("textDirection", () => {
  it.each([
    ["ar", "rtl"], ["fa", "rtl"], ["fa-IR", "rtl"], ["he", "rtl"], ["ur", "rtl"], ["ps", "rtl"], ["az-Arab", "rtl"],
    ["en", "ltr"], ["ru", "ltr"], ["zh", "ltr"], ["az", "ltr"], ["", "ltr"], [null, "ltr"],
  ] as const)("%s → %s", (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});
