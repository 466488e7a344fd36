/**
 * News agencies and outlets the archive recognises.
 *
 * Edit freely: add an outlet, or an alias the way your files spell it. `name` is what pages
 * show, `shortName` what lists and datelines use, `slug` the stable part of /sources/<slug>/
 * (never change a slug once published: it is an archive URL). Aliases are matched without
 * regard to case, accents or punctuation, so "Reuter", "REUTERS" and "Reuters." are one alias.
 */
export interface AgencyEntry {
  name: string;
  shortName: string;
  slug: string;
  homepage: string;
  /** ISO 3166-1 alpha-2 code of the country it is based in. */
  country: string;
  aliases: string[];
}

export const agencies: AgencyEntry[] = [
  // Global wire services
  { name: "Reuters", shortName: "Reuters", slug: "reuters", homepage: "https://www.reuters.com/", country: "GB", aliases: ["Reuter", "Thomson Reuters", "Reuters News", "رويترز", "رویترز", "رويتر", "رویتر", "خبرگزاری رویترز", "خبرگزاری رویتر", "وكالة رويترز", "路透社", "路透", "Рейтер", "Рейтерс"] },
  { name: "Associated Press", shortName: "AP", slug: "ap", homepage: "https://apnews.com/", country: "US", aliases: ["AP", "The Associated Press", "AP News", "أسوشيتد برس", "اسوشيتدبرس", "آسوشیتدپرس", "آسوشیتد پرس", "خبرگزاری آسوشیتدپرس", "وكالة أسوشيتد برس", "美联社", "美联", "Ассошиэйтед Пресс", "美聯社", "美聯"] },
  { name: "Agence France-Presse", shortName: "AFP", slug: "afp", homepage: "https://www.afp.com/", country: "FR", aliases: ["AFP", "Agence France Presse", "France-Presse", "فرانس برس", "فرانس پرس", "وكالة فرانس برس", "خبرگزاری فرانسه", "خبرگزاری فرانس پرس", "法新社", "法新", "Франс Пресс", "Франс-Пресс"] },
  { name: "Xinhua News Agency", shortName: "Xinhua", slug: "xinhua", homepage: "https://english.news.cn/", country: "CN", aliases: ["Xinhua", "New China News Agency", "Xinhuanet", "新华社", "新华网", "شينخوا", "وكالة شينخوا", "شینهوا", "خبرگزاری شینهوا", "Синьхуа", "新華社", "新華網"] },
  { name: "TASS", shortName: "TASS", slug: "tass", homepage: "https://tass.com/", country: "RU", aliases: ["ITAR-TASS", "Tass news agency", "TASS news agency", "Telegraph Agency of the Soviet Union", "ТАСС", "ИТАР-ТАСС", "تاس", "خبرگزاری تاس", "إيتار تاس", "塔斯社"] },
  { name: "RIA Novosti", shortName: "RIA", slug: "ria-novosti", homepage: "https://ria.ru/", country: "RU", aliases: ["RIA", "RIA-Novosti", "Novosti", "РИА Новости", "РИА", "ریا نووستی", "نوفوستي"] },
  { name: "Interfax", shortName: "Interfax", slug: "interfax", homepage: "https://interfax.com/", country: "RU", aliases: ["Interfax news agency", "Интерфакс", "Interfax.ru", "Интерфакс-Украина", "اینترفاکس", "إنترفاكس", "国际文传电讯社"] },
  { name: "Sputnik", shortName: "Sputnik", slug: "sputnik", homepage: "https://sputniknews.com/", country: "RU", aliases: ["Sputnik News", "Спутник", "سبوتنيك", "اسپوتنیک"] },
  { name: "Bloomberg News", shortName: "Bloomberg", slug: "bloomberg", homepage: "https://www.bloomberg.com/", country: "US", aliases: ["Bloomberg"] },
  { name: "Dow Jones Newswires", shortName: "Dow Jones", slug: "dow-jones", homepage: "https://www.dowjones.com/", country: "US", aliases: ["Dow Jones", "DJ Newswires"] },
  { name: "United Press International", shortName: "UPI", slug: "upi", homepage: "https://www.upi.com/", country: "US", aliases: ["UPI"] },
  // Middle East and Turkey
  { name: "Anadolu Agency", shortName: "Anadolu", slug: "anadolu", homepage: "https://www.aa.com.tr/en", country: "TR", aliases: ["Anadolu", "AA", "Anadolu Ajansi", "Anadolu Ajansı", "الأناضول", "وكالة الأناضول", "آناتولی", "Анадолу", "آنادولو", "خبرگزاری آنادولو", "خبرگزاری آناتولی"] },
  { name: "Islamic Republic News Agency", shortName: "IRNA", slug: "irna", homepage: "https://en.irna.ir/", country: "IR", aliases: ["IRNA", "ایرنا", "إرنا", "خبرگزاری جمهوری اسلامی", "Ирна"] },
  { name: "Tasnim News Agency", shortName: "Tasnim", slug: "tasnim", homepage: "https://www.tasnimnews.com/en", country: "IR", aliases: ["Tasnim", "Tasnim News", "تسنیم", "تسنيم", "خبرگزاری تسنیم", "وكالة تسنيم", "Тасним"] },
  { name: "Fars News Agency", shortName: "Fars", slug: "fars", homepage: "https://www.farsnews.ir/en", country: "IR", aliases: ["Fars", "FNA", "Fars News", "فارس", "خبرگزاری فارس", "وكالة فارس", "Фарс"] },
  { name: "Mehr News Agency", shortName: "Mehr", slug: "mehr", homepage: "https://en.mehrnews.com/", country: "IR", aliases: ["Mehr", "MNA", "Mehr News", "مهر", "خبرگزاری مهر", "وكالة مهر"] },
  { name: "Iranian Students' News Agency", shortName: "ISNA", slug: "isna", homepage: "https://en.isna.ir/", country: "IR", aliases: ["ISNA", "Iranian Students News Agency", "ایسنا", "خبرگزاری ایسنا"] },
  { name: "Press TV", shortName: "Press TV", slug: "press-tv", homepage: "https://www.presstv.ir/", country: "IR", aliases: ["PressTV", "پرس تی وی", "برس تي في"] },
  { name: "Saudi Press Agency", shortName: "SPA", slug: "spa", homepage: "https://www.spa.gov.sa/", country: "SA", aliases: ["SPA", "واس", "وكالة الأنباء السعودية"] },
  { name: "Emirates News Agency", shortName: "WAM", slug: "wam", homepage: "https://www.wam.ae/", country: "AE", aliases: ["WAM", "وام", "وكالة أنباء الإمارات"] },
  { name: "Middle East News Agency", shortName: "MENA", slug: "mena", homepage: "https://www.mena.org.eg/", country: "EG", aliases: ["MENA", "أ ش أ", "وكالة أنباء الشرق الأوسط"] },
  { name: "Qatar News Agency", shortName: "QNA", slug: "qna", homepage: "https://www.qna.org.qa/", country: "QA", aliases: ["QNA", "قنا", "وكالة الأنباء القطرية"] },
  { name: "Kuwait News Agency", shortName: "KUNA", slug: "kuna", homepage: "https://www.kuna.net.kw/", country: "KW", aliases: ["KUNA", "كونا", "وكالة الأنباء الكويتية"] },
  { name: "Jordan News Agency", shortName: "Petra", slug: "petra", homepage: "https://petra.gov.jo/", country: "JO", aliases: ["Petra", "بترا", "وكالة الأنباء الأردنية"] },
  { name: "Al Jazeera", shortName: "Al Jazeera", slug: "al-jazeera", homepage: "https://www.aljazeera.com/", country: "QA", aliases: ["Aljazeera", "Al-Jazeera", "الجزيرة", "قناة الجزيرة", "半岛电视台"] },
  { name: "Sabq", shortName: "Sabq", slug: "sabq", homepage: "https://sabq.org/", country: "SA", aliases: ["سبق", "صحيفة سبق"] },
  { name: "Ain Alyoum", shortName: "Ain Alyoum", slug: "ain-alyoum", homepage: "http://www.3alyoum.com/", country: "SA", aliases: ["عين اليوم", "3alyoum"] },
  { name: "Al Yaum", shortName: "Al Yaum", slug: "al-yaum", homepage: "https://www.alyaum.com/", country: "SA", aliases: ["اليوم", "صحيفة اليوم", "Al-Yaum", "Alyaum"] },
  { name: "Al Riyadh", shortName: "Al Riyadh", slug: "al-riyadh", homepage: "https://www.alriyadh.com/", country: "SA", aliases: ["جريدة الرياض", "صحيفة الرياض", "Alriyadh"] },
  { name: "Arreyadi", shortName: "Arreyadi", slug: "arreyadi", homepage: "https://www.arreyadi.com.sa/", country: "SA", aliases: ["الرياضي", "صحيفة الرياضي"] },
  { name: "Okaz", shortName: "Okaz", slug: "okaz", homepage: "https://www.okaz.com.sa/", country: "SA", aliases: ["عكاظ", "صحيفة عكاظ"] },
  { name: "Al Eqtisadiah", shortName: "Al Eqtisadiah", slug: "al-eqtisadiah", homepage: "https://www.aleqt.com/", country: "SA", aliases: ["الاقتصادية", "Aleqtisadiya"] },
  // Asia and the Pacific
  { name: "Kyodo News", shortName: "Kyodo", slug: "kyodo", homepage: "https://english.kyodonews.net/", country: "JP", aliases: ["Kyodo", "共同社", "共同", "Киодо", "共同通信", "共同通信社"] },
  { name: "Jiji Press", shortName: "Jiji", slug: "jiji", homepage: "https://jen.jiji.com/", country: "JP", aliases: ["Jiji", "時事", "時事通信", "時事通信社"] },
  { name: "Yonhap News Agency", shortName: "Yonhap", slug: "yonhap", homepage: "https://en.yna.co.kr/", country: "KR", aliases: ["Yonhap", "韩联社", "韩联", "聯合通訊社", "韓聯社", "연합뉴스", "연합"] },
  { name: "Korean Central News Agency", shortName: "KCNA", slug: "kcna", homepage: "http://www.kcna.kp/", country: "KP", aliases: ["KCNA"] },
  { name: "Central News Agency", shortName: "CNA", slug: "central-news-agency", homepage: "https://focustaiwan.tw/", country: "TW", aliases: ["Focus Taiwan", "中央社", "中央通訊社", "中央通讯社"] },
  { name: "China News Service", shortName: "CNS", slug: "china-news-service", homepage: "https://www.ecns.cn/", country: "CN", aliases: ["Chinanews", "中新网", "中新社", "中国新闻社", "中新網", "中國新聞社"] },
  { name: "People's Daily", shortName: "People's Daily", slug: "peoples-daily", homepage: "http://en.people.cn/", country: "CN", aliases: ["人民日报", "人民网", "People's Daily Online", "人民日報", "人民網"] },
  { name: "Guangming Daily", shortName: "Guangming Daily", slug: "guangming-daily", homepage: "https://www.gmw.cn/", country: "CN", aliases: ["光明日报", "Guangming Ribao", "光明日報"] },
  { name: "PLA Daily", shortName: "PLA Daily", slug: "pla-daily", homepage: "http://www.81.cn/", country: "CN", aliases: ["解放军报", "Jiefangjun Bao", "解放軍報"] },
  { name: "Lianhe Zaobao", shortName: "Zaobao", slug: "lianhe-zaobao", homepage: "https://www.zaobao.com.sg/", country: "SG", aliases: ["联合早报", "聯合早報", "Zaobao"] },
  { name: "Newsis", shortName: "Newsis", slug: "newsis", homepage: "https://www.newsis.com/", country: "KR", aliases: ["뉴시스"] },
  { name: "China National Radio", shortName: "CNR", slug: "cnr", homepage: "https://www.cnr.cn/", country: "CN", aliases: ["央广网", "中央人民广播电台", "中国之声"] },
  { name: "Press Trust of India", shortName: "PTI", slug: "pti", homepage: "https://www.ptinews.com/", country: "IN", aliases: ["PTI"] },
  { name: "Asian News International", shortName: "ANI", slug: "ani", homepage: "https://www.aninews.in/", country: "IN", aliases: ["ANI"] },
  { name: "Indo-Asian News Service", shortName: "IANS", slug: "ians", homepage: "https://ians.in/", country: "IN", aliases: ["IANS"] },
  { name: "Associated Press of Pakistan", shortName: "APP", slug: "app", homepage: "https://www.app.com.pk/", country: "PK", aliases: ["APP"] },
  { name: "Bangladesh Sangbad Sangstha", shortName: "BSS", slug: "bss", homepage: "https://www.bssnews.net/", country: "BD", aliases: ["BSS"] },
  { name: "Bernama", shortName: "Bernama", slug: "bernama", homepage: "https://www.bernama.com/en/", country: "MY", aliases: ["Malaysian National News Agency"] },
  { name: "Antara", shortName: "Antara", slug: "antara", homepage: "https://en.antaranews.com/", country: "ID", aliases: ["Antara News"] },
  { name: "Philippine News Agency", shortName: "PNA", slug: "pna", homepage: "https://www.pna.gov.ph/", country: "PH", aliases: ["PNA"] },
  { name: "Vietnam News Agency", shortName: "VNA", slug: "vna", homepage: "https://en.vnanet.vn/", country: "VN", aliases: ["VNA"] },
  { name: "Australian Associated Press", shortName: "AAP", slug: "aap", homepage: "https://www.aap.com.au/", country: "AU", aliases: ["AAP"] },
  // Europe
  { name: "Deutsche Presse-Agentur", shortName: "dpa", slug: "dpa", homepage: "https://www.dpa.com/", country: "DE", aliases: ["dpa", "DPA", "Deutsche Presse Agentur", "خبرگزاری آلمان", "د ب أ", "德新社", "ДПА"] },
  { name: "ANSA", shortName: "ANSA", slug: "ansa", homepage: "https://www.ansa.it/", country: "IT", aliases: ["Agenzia Nazionale Stampa Associata", "安莎社"] },
  { name: "Agencia EFE", shortName: "EFE", slug: "efe", homepage: "https://efe.com/", country: "ES", aliases: ["EFE", "埃菲社", "إفي"] },
  { name: "Europa Press", shortName: "Europa Press", slug: "europa-press", homepage: "https://www.europapress.es/", country: "ES", aliases: [] },
  { name: "Agência Lusa", shortName: "Lusa", slug: "lusa", homepage: "https://www.lusa.pt/", country: "PT", aliases: ["Lusa", "Agencia Lusa"] },
  { name: "PA Media", shortName: "PA", slug: "pa-media", homepage: "https://pa.media/", country: "GB", aliases: ["PA", "Press Association", "The Press Association"] },
  { name: "Belga", shortName: "Belga", slug: "belga", homepage: "https://www.belga.be/", country: "BE", aliases: [] },
  { name: "Algemeen Nederlands Persbureau", shortName: "ANP", slug: "anp", homepage: "https://www.anp.nl/", country: "NL", aliases: ["ANP"] },
  { name: "Austria Presse Agentur", shortName: "APA", slug: "apa", homepage: "https://www.apa.at/", country: "AT", aliases: ["APA", "Austria Press Agency"] },
  { name: "Keystone-SDA", shortName: "SDA", slug: "keystone-sda", homepage: "https://www.keystone-sda.ch/", country: "CH", aliases: ["SDA", "Keystone SDA"] },
  { name: "Polish Press Agency", shortName: "PAP", slug: "pap", homepage: "https://www.pap.pl/en", country: "PL", aliases: ["PAP", "Polska Agencja Prasowa"] },
  { name: "Czech News Agency", shortName: "CTK", slug: "ctk", homepage: "https://www.ctk.cz/", country: "CZ", aliases: ["CTK", "ČTK"] },
  { name: "Hungarian News Agency", shortName: "MTI", slug: "mti", homepage: "https://mti.hu/", country: "HU", aliases: ["MTI"] },
  { name: "Ukrinform", shortName: "Ukrinform", slug: "ukrinform", homepage: "https://www.ukrinform.net/", country: "UA", aliases: [] },
  { name: "UNIAN", shortName: "UNIAN", slug: "unian", homepage: "https://www.unian.info/", country: "UA", aliases: [] },
  { name: "Trend News Agency", shortName: "Trend", slug: "trend", homepage: "https://en.trend.az/", country: "AZ", aliases: ["Trend"] },
  { name: "Azerbaijan State News Agency", shortName: "AZERTAC", slug: "azertac", homepage: "https://azertag.az/en", country: "AZ", aliases: ["AZERTAC", "Azertag"] },
  { name: "Armenpress", shortName: "Armenpress", slug: "armenpress", homepage: "https://armenpress.am/en", country: "AM", aliases: [] },
  { name: "Athens-Macedonian News Agency", shortName: "ANA-MPA", slug: "ana-mpa", homepage: "https://www.amna.gr/", country: "GR", aliases: ["ANA-MPA", "AMNA"] },
  { name: "Agerpres", shortName: "Agerpres", slug: "agerpres", homepage: "https://www.agerpres.ro/", country: "RO", aliases: [] },
  { name: "Bulgarian News Agency", shortName: "BTA", slug: "bta", homepage: "https://www.bta.bg/en", country: "BG", aliases: ["BTA"] },
  { name: "Tanjug", shortName: "Tanjug", slug: "tanjug", homepage: "https://www.tanjug.rs/", country: "RS", aliases: [] },
  { name: "Norsk Telegrambyrå", shortName: "NTB", slug: "ntb", homepage: "https://www.ntb.no/", country: "NO", aliases: ["NTB"] },
  { name: "Tidningarnas Telegrambyrå", shortName: "TT", slug: "tt", homepage: "https://tt.se/", country: "SE", aliases: ["TT"] },
  { name: "Ritzau", shortName: "Ritzau", slug: "ritzau", homepage: "https://ritzau.dk/", country: "DK", aliases: [] },
  { name: "Finnish News Agency", shortName: "STT", slug: "stt", homepage: "https://stt.fi/", country: "FI", aliases: ["STT"] },
  { name: "BBC News", shortName: "BBC", slug: "bbc", homepage: "https://www.bbc.com/news", country: "GB", aliases: ["BBC"] },
  // Americas and Africa
  { name: "The Canadian Press", shortName: "CP", slug: "canadian-press", homepage: "https://www.thecanadianpress.com/", country: "CA", aliases: ["CP", "Canadian Press"] },
  { name: "Prensa Latina", shortName: "Prensa Latina", slug: "prensa-latina", homepage: "https://www.plenglish.com/", country: "CU", aliases: ["PL"] },
  { name: "Agência Brasil", shortName: "Agência Brasil", slug: "agencia-brasil", homepage: "https://agenciabrasil.ebc.com.br/", country: "BR", aliases: ["Agencia Brasil"] },
  { name: "Notimex", shortName: "Notimex", slug: "notimex", homepage: "https://www.notimex.gob.mx/", country: "MX", aliases: [] },
  { name: "Télam", shortName: "Télam", slug: "telam", homepage: "https://www.telam.com.ar/", country: "AR", aliases: ["Telam"] },
  { name: "News Agency of Nigeria", shortName: "NAN", slug: "nan", homepage: "https://nannews.ng/", country: "NG", aliases: ["NAN"] },
  { name: "Kenya News Agency", shortName: "KNA", slug: "kna", homepage: "https://www.kenyanews.go.ke/", country: "KE", aliases: ["KNA"] },
  { name: "South African Press Association", shortName: "SAPA", slug: "sapa", homepage: "https://www.sapa.co.za/", country: "ZA", aliases: ["SAPA", "Sapa"] },
  { name: "Agence Maghreb Arabe Presse", shortName: "MAP", slug: "map", homepage: "https://www.mapnews.ma/en", country: "MA", aliases: ["MAP", "Maghreb Arabe Presse"] },
];
