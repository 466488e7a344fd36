/**
 * Places as datelines in other scripts write them, where Unicode CLDR (the exemplar city of
 * each time zone, in every language) does not name them: cities that are no time zone's
 * exemplar (Jeddah, Mecca, Karaj, 北京). The key is the name as written; the value is the
 * English name the gazetteer knows, so "جدة", "جده" and "JEDDAH" are one place.
 *
 * Matching ignores the letter variants Arabic and Persian share (ي/ی, ك/ک, ة/ه, hamza seats),
 * spaces and the zero-width non-joiner. Add the places your archive's datelines name.
 */
export const nativePlaceNames: Record<string, string> = {
  // Saudi Arabia and the Gulf (Arabic)
  "جدة": "Jeddah", "مكة المكرمة": "Mecca", "مكة": "Mecca", "المدينة المنورة": "Medina", "الطائف": "Taif",
  "أبها": "Abha", "الدمام": "Dammam", "الخبر": "Khobar", "الظهران": "Dhahran", "تبوك": "Tabuk", "جازان": "Jizan", "جيزان": "Jizan",
  "نجران": "Najran", "بريدة": "Buraydah", "عنيزة": "Unaizah", "الأحساء": "Al Hufuf", "الهفوف": "Al Hufuf", "حائل": "Hail",
  "الجوف": "Sakakah", "سكاكا": "Sakakah", "عرعر": "Arar", "الباحة": "Al Bahah", "ينبع": "Yanbu", 
  "القطيف": "Al Qatif", "الجبيل": "Al Jubayl", "خميس مشيط": "Khamis Mushait", "حفر الباطن": "Hafar Al-Batin", "القنفذة": "Al Qunfudhah",
  "المنامة": "Manama", "الدوحة": "Doha", "مسقط": "Muscat", "أبوظبي": "Abu Dhabi", "أبو ظبي": "Abu Dhabi", "الشارقة": "Sharjah", "صنعاء": "Sanaa", "عدن": "Aden",
  // The Levant, Egypt, North Africa (Arabic)
  "رام الله": "Ramallah", "غزة": "Gaza", "القدس": "Jerusalem", "نابلس": "Nablus", "الخليل": "Hebron", "الإسماعيلية": "Ismailia",
  "الإسكندرية": "Alexandria", "الموصل": "Mosul", "البصرة": "Basrah", "أربيل": "Erbil", "حلب": "Aleppo", "حمص": "Homs", "طرابلس": "Tripoli",
  "بنغازي": "Benghazi", "مراكش": "Marrakesh", "الرباط": "Rabat", "نواكشوط": "Nouakchott", "أنقرة": "Ankara", "واشنطن": "Washington",
  "لندن": "London", "باريس": "Paris", "برلين": "Berlin", "جنيف": "Geneva", "بكين": "Beijing", "نيويورك": "New York",
  // Iran (Persian)
  "کرج": "Karaj", "قم": "Qom", "زنجان": "Zanjan", "اراک": "Arak", "ساری": "Sari", "رشت": "Rasht", "گرگان": "Gorgan",
  "قزوین": "Qazvin", "همدان": "Hamadan", "کرمانشاه": "Kermanshah", "سنندج": "Sanandaj", "ارومیه": "Orumiyeh", "اردبیل": "Ardabil",
  "زاهدان": "Zahedan", "بیرجند": "Birjand", "یزد": "Yazd", "بوشهر": "Bushehr", "خرم‌آباد": "Khorramabad", "بندرعباس": "Bandar Abbas",
  "اهواز": "Ahvaz", "تبریز": "Tabriz", "اصفهان": "Isfahan", "شیراز": "Shiraz", "مشهد": "Mashhad", "کرمان": "Kerman", "سمنان": "Semnan",
  "یاسوج": "Yasuj", "ایلام": "Ilam", "شهرکرد": "Shahr-e Kord", "بجنورد": "Bojnurd", "قائم‌شهر": "Qaem Shahr", "بابل": "Babol",
  "آمل": "Amol", "کاشان": "Kashan", "نیشابور": "Neyshabur", "سبزوار": "Sabzevar", "دزفول": "Dezful", 
  "بیروت": "Beirut",
  // China and the world in Chinese (mainland and Taiwan/Singapore usage)
  "北京": "Beijing", "华盛顿": "Washington", "華盛頓": "Washington", "雪梨": "Sydney", "悉尼": "Sydney", "汉城": "Seoul", "首尔": "Seoul",
  "平壤": "Pyongyang", "伦敦": "London", "巴黎": "Paris", "柏林": "Berlin", "罗马": "Rome", "日内瓦": "Geneva", "布鲁塞尔": "Brussels",
  "莫斯科": "Moscow", "东京": "Tokyo", "纽约": "New York", "新德里": "New Delhi", "耶路撒冷": "Jerusalem", "安卡拉": "Ankara",
  "维也纳": "Vienna", "基辅": "Kyiv", "渥太华": "Ottawa", "里约热内卢": "Rio de Janeiro", "圣地亚哥": "Santiago", "澳门": "Macau",
  "萨那": "Sanaa", "奥克兰": "Auckland", "金边": "Phnom Penh", "雅加达": "Jakarta", "台北": "Taipei", "香港": "Hong Kong",
};

/** Words before a name that say what kind of place it is ("شهرستان قائم‌شهر", the county of Qaem Shahr). */
export const placeKindWords: string[] = ["شهرستان", "استان", "شهر", "بخش", "روستای", "مدينة", "محافظة", "منطقة", "город"];
