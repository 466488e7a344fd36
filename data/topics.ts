/**
 * The topic vocabulary: topics the archive recognises by name, and how files may spell them.
 *
 * - `aliases` are other spellings of the same topic, in front matter or in text. Matching
 *   ignores case, accents, spacing and punctuation, so "Nagorno Karabakh" and
 *   "nagorno-karabakh" need no alias of their own.
 * - `detect: true` lets the archive tag an article with the topic when its text is about it
 *   (see "How topics are found" in the README); `detect: false` only normalises explicit
 *   topics, as for the Reuters-21578 category codes below.
 *
 * Countries need no entry: they come from the world-countries library, found by name and
 * demonym ("Azerbaijani" → Azerbaijan), and from i18n-iso-countries and data/topic-names.ts in
 * other languages.
 */
import type { TopicLanguage } from "./topic-names.ts";

export interface TopicEntry {
  name: string;
  aliases?: string[];
  /** The topic's names in other languages (dictionary forms: the grammar finds the rest), by language. */
  names?: Partial<Record<TopicLanguage, string[]>>;
  detect?: boolean;
}

export const topics: TopicEntry[] = [
  {
    name: "Nagorno-Karabakh",
    aliases: ["Nagorno Karabakh", "Karabakh", "Artsakh", "Karabagh"],
    names: { ar: ["ناغورني كاراباخ", "ناغورنو كاراباخ", "كاراباخ", "قره باغ"], fa: ["قره‌باغ", "ناگورنو قره‌باغ"], ru: ["Нагорный Карабах", "Карабах", "Арцах"], zh: ["纳戈尔诺-卡拉巴赫", "卡拉巴赫", "纳卡"] },
    detect: true,
  },
  {
    name: "European Union",
    aliases: ["EU", "E.U.", "European Community", "EC"],
    names: { ar: ["الاتحاد الأوروبي"], fa: ["اتحادیه اروپا"], ru: ["Евросоюз", "Европейский союз", "ЕС"], zh: ["欧盟", "欧洲联盟"] },
    detect: false,
  },
  {
    name: "United Nations",
    aliases: ["UN", "U.N."],
    names: { ar: ["الأمم المتحدة", "منظمة الأمم المتحدة"], fa: ["سازمان ملل", "سازمان ملل متحد"], ru: ["ООН", "Организация Объединённых Наций"], zh: ["联合国"] },
    detect: true,
  },
  {
    name: "NATO",
    aliases: ["North Atlantic Treaty Organization"],
    names: { ar: ["الناتو", "حلف شمال الأطلسي"], fa: ["ناتو", "پیمان آتلانتیک شمالی"], ru: ["НАТО"], zh: ["北约", "北大西洋公约组织"] },
    detect: true,
  },
  {
    name: "OPEC",
    aliases: ["Organization of the Petroleum Exporting Countries"],
    names: { ar: ["أوبك", "منظمة الدول المصدرة للنفط"], fa: ["اوپک"], ru: ["ОПЕК"], zh: ["欧佩克", "石油输出国组织"] },
    detect: true,
  },

  // Reuters-21578 category codes, as they appear in the Reuters corpus's front matter
  { name: "Acquisitions", aliases: ["acq"], detect: false },
  { name: "Earnings", aliases: ["earn"], detect: false },
  { name: "Crude oil", aliases: ["crude"], detect: false },
  { name: "Foreign exchange", aliases: ["money-fx"], detect: false },
  { name: "Money supply", aliases: ["money-supply"], detect: false },
  { name: "Interest rates", aliases: ["interest"], detect: false },
  { name: "Trade", aliases: ["trade"], detect: false },
  { name: "Grain", aliases: ["grain"], detect: false },
  { name: "Shipping", aliases: ["ship"], detect: false },
  { name: "Natural gas", aliases: ["nat-gas"], detect: false },
  { name: "Vegetable oil", aliases: ["veg-oil"], detect: false },
  { name: "Oilseed", aliases: ["oilseed"], detect: false },
  { name: "Gross national product", aliases: ["gnp"], detect: false },
  { name: "Balance of payments", aliases: ["bop"], detect: false },
  { name: "Consumer price index", aliases: ["cpi"], detect: false },
  { name: "Wholesale price index", aliases: ["wpi"], detect: false },
  { name: "Industrial production", aliases: ["ipi"], detect: false },
  { name: "Jobs", aliases: ["jobs"], detect: false },
  { name: "Livestock", aliases: ["livestock"], detect: false },
  { name: "Carcass", aliases: ["carcass"], detect: false },
  { name: "Reserves", aliases: ["reserves"], detect: false },
  { name: "Sugar", aliases: ["sugar"], detect: false },
  { name: "Coffee", aliases: ["coffee"], detect: false },
  { name: "Cocoa", aliases: ["cocoa"], detect: false },
  { name: "Gold", aliases: ["gold"], detect: false },
  { name: "Copper", aliases: ["copper"], detect: false },
];

/**
 * Country names that are also ordinary words or names of other places: they count as a
 * mention of the country only in a form that cannot be mistaken (the demonym, the official
 * name), never on their own.
 */
export const ambiguousCountryNames: string[] = ["Georgia", "Jordan", "Chad", "Guinea", "Congo", "Dominica"];
