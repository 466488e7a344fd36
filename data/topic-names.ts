/**
 * Country topics in other languages: what i18n-iso-countries and world-countries's
 * translations (a common and an official name per country and language) leave out, and what
 * makes a name mean something else.
 *
 * Every name here is the dictionary form (Russian nominative, Arabic and Persian without
 * clitics or suffixes); src/topic-languages.ts finds its other forms by the language's grammar
 * ("Ирана", "Ираном", "وإيران", "للسعودية", "ایرانی"). Countries are named by ISO 3166 code;
 * the topic is the country's English one, so "ایران", "إيران", "Иран" and "伊朗" are the
 * topic Iran. Topics of data/topics.ts list their other-language names there (`names`).
 */

/** The languages whose country names and grammar the archive reads for topics. */
export const topicLanguages = ["ar", "fa", "ru", "zh"] as const;
export type TopicLanguage = (typeof topicLanguages)[number];

/** Names the news uses besides i18n-iso-countries's: short forms, other spellings. */
export const countryNames: Record<TopicLanguage, Record<string, string[]>> = {
  ar: {
    US: ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
    SA: ["المملكة العربية السعودية"],
    GB: ["بريطانيا"],
    AE: ["الإمارات", "دولة الإمارات"],
    OM: ["سلطنة عمان"],
    SY: ["سورية"],
    CN: ["جمهورية الصين الشعبية"],
    MA: ["المملكة المغربية"],
  },
  fa: {
    US: ["آمریکا", "امریکا", "ایالات متحده آمریکا"],
    GB: ["انگلیس", "انگلستان"],
    SA: ["عربستان"],
    AE: ["امارات"],
    PS: ["فلسطین"],
    OM: ["سلطنت عمان"],
  },
  ru: {
    RU: ["РФ"],
    DE: ["ФРГ"],
    CN: ["Китай"],
    US: ["Соединённые Штаты", "Соединённые Штаты Америки"],
    GB: ["Британия", "Соединённое Королевство"],
    KR: ["Южная Корея"],
    KP: ["Северная Корея"],
    AE: ["Объединённые Арабские Эмираты", "Эмираты"],
    BY: ["Белоруссия"],
    PS: ["Палестина"],
  },
  zh: {
    TW: ["台湾"],
    SA: ["沙特"],
    AE: ["阿拉伯联合酋长国"],
    RU: ["俄罗斯联邦"],
    KR: ["南韩"],
    KP: ["北韩"],
  },
};

/**
 * Russian adjectives of nationality that are not the country's name plus -ский ("иранский" from
 * "Иран", "российский" from "Россия" are derived): the English side's demonyms ("German" →
 * Germany). Their case forms come from the grammar.
 */
export const irregularDemonyms: Partial<Record<TopicLanguage, Record<string, string[]>>> = {
  ru: {
    US: ["американский"], GB: ["британский"], DE: ["немецкий"], FR: ["французский"], IT: ["итальянский"],
    TR: ["турецкий"], AM: ["армянский"], GE: ["грузинский"], PL: ["польский"], SE: ["шведский"],
    GR: ["греческий"], SA: ["саудовский"], AE: ["эмиратский"], KP: ["северокорейский"], KR: ["южнокорейский"],
    BY: ["белорусский"], CZ: ["чешский"], NL: ["нидерландский"], CH: ["швейцарский"], PS: ["палестинский"],
    AF: ["афганский"], MX: ["мексиканский"], BR: ["бразильский"], DK: ["датский"], NO: ["норвежский"],
    FI: ["финский"], HU: ["венгерский"], RO: ["румынский"], RS: ["сербский"], HR: ["хорватский"],
  },
};

/**
 * Names that are also ordinary words or other places in that language, as Georgia and Jordan
 * are in English (data/topics.ts): never a mention on their own. مالي/مالی is also "financial",
 * عمان also Amman, المغرب also the sunset prayer and the Maghreb, جورجيا also the US state,
 * پرتغال also an orange, Того also "of that"; Congo is two countries, as in English.
 */
export const ambiguousNames: Record<TopicLanguage, string[]> = {
  ar: ["مالي", "عمان", "المغرب", "جورجيا", "الكونغو"],
  fa: ["مالی", "عمان", "پرتغال", "کنگو"],
  ru: ["Того", "Конго"],
  zh: ["刚果"],
};

/**
 * Words that, following a name, make it another place (Arabic and Persian put the adjective
 * after the noun): "آمریکای لاتین" is Latin America, "أمريكا الجنوبية" South America, as
 * "Latin American" is not about the United States in English; in Chinese, a name followed by
 * 洋 (ocean), 湾 (gulf) or 半岛 (peninsula) is that: 印度洋 is the Indian Ocean, 几内亚湾 the
 * Gulf of Guinea.
 */
export const regionQualifiers: Partial<Record<TopicLanguage, string[]>> = {
  ar: ["اللاتينية", "لاتينية", "الجنوبية", "الشمالية", "الوسطى"],
  fa: ["لاتین", "جنوبی", "شمالی", "مرکزی", "شرقی", "غربی"],
  zh: ["洋", "湾", "半岛"],
};

/**
 * Chinese: a name straight after 内 (inner), 新 (new) or a compass point is another place:
 * 内蒙古 is Inner Mongolia, 新墨西哥 New Mexico, 北爱尔兰 Northern Ireland. Countries whose
 * names begin so (南非, 新西兰, 东帝汶) are found whole, the longest name first.
 */
export const regionPrefixes: Partial<Record<TopicLanguage, string[]>> = {
  zh: ["内", "新", "北", "南", "东", "西"],
};
