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
  { name: "Reuters", shortName: "Reuters", slug: "reuters", homepage: "https://www.reuters.com/", country: "GB", aliases: ["Reuter", "Thomson Reuters", "Reuters News"] },
  { name: "Associated Press", shortName: "AP", slug: "ap", homepage: "https://apnews.com/", country: "US", aliases: ["AP", "The Associated Press", "AP News"] },
  { name: "Agence France-Presse", shortName: "AFP", slug: "afp", homepage: "https://www.afp.com/", country: "FR", aliases: ["AFP", "Agence France Presse", "France-Presse"] },
  { name: "Xinhua News Agency", shortName: "Xinhua", slug: "xinhua", homepage: "https://english.news.cn/", country: "CN", aliases: ["Xinhua", "New China News Agency", "Xinhuanet"] },
  { name: "TASS", shortName: "TASS", slug: "tass", homepage: "https://tass.com/", country: "RU", aliases: ["ITAR-TASS", "Tass news agency", "TASS news agency", "Telegraph Agency of the Soviet Union"] },
  { name: "RIA Novosti", shortName: "RIA", slug: "ria-novosti", homepage: "https://ria.ru/", country: "RU", aliases: ["RIA", "RIA-Novosti", "Novosti"] },
  { name: "Interfax", shortName: "Interfax", slug: "interfax", homepage: "https://interfax.com/", country: "RU", aliases: ["Interfax news agency"] },
  { name: "Sputnik", shortName: "Sputnik", slug: "sputnik", homepage: "https://sputniknews.com/", country: "RU", aliases: ["Sputnik News"] },
  { name: "Bloomberg News", shortName: "Bloomberg", slug: "bloomberg", homepage: "https://www.bloomberg.com/", country: "US", aliases: ["Bloomberg"] },
  { name: "Dow Jones Newswires", shortName: "Dow Jones", slug: "dow-jones", homepage: "https://www.dowjones.com/", country: "US", aliases: ["Dow Jones", "DJ Newswires"] },
  { name: "United Press International", shortName: "UPI", slug: "upi", homepage: "https://www.upi.com/", country: "US", aliases: ["UPI"] },
  // Middle East and Turkey
  { name: "Anadolu Agency", shortName: "Anadolu", slug: "anadolu", homepage: "https://www.aa.com.tr/en", country: "TR", aliases: ["Anadolu", "AA", "Anadolu Ajansi", "Anadolu Ajansı"] },
  { name: "Islamic Republic News Agency", shortName: "IRNA", slug: "irna", homepage: "https://en.irna.ir/", country: "IR", aliases: ["IRNA"] },
  { name: "Tasnim News Agency", shortName: "Tasnim", slug: "tasnim", homepage: "https://www.tasnimnews.com/en", country: "IR", aliases: ["Tasnim", "Tasnim News"] },
  { name: "Fars News Agency", shortName: "Fars", slug: "fars", homepage: "https://www.farsnews.ir/en", country: "IR", aliases: ["Fars", "FNA", "Fars News"] },
  { name: "Mehr News Agency", shortName: "Mehr", slug: "mehr", homepage: "https://en.mehrnews.com/", country: "IR", aliases: ["Mehr", "MNA", "Mehr News"] },
  { name: "Iranian Students' News Agency", shortName: "ISNA", slug: "isna", homepage: "https://en.isna.ir/", country: "IR", aliases: ["ISNA", "Iranian Students News Agency"] },
  { name: "Press TV", shortName: "Press TV", slug: "press-tv", homepage: "https://www.presstv.ir/", country: "IR", aliases: ["PressTV"] },
  { name: "Saudi Press Agency", shortName: "SPA", slug: "spa", homepage: "https://www.spa.gov.sa/", country: "SA", aliases: ["SPA"] },
  { name: "Emirates News Agency", shortName: "WAM", slug: "wam", homepage: "https://www.wam.ae/", country: "AE", aliases: ["WAM"] },
  { name: "Middle East News Agency", shortName: "MENA", slug: "mena", homepage: "https://www.mena.org.eg/", country: "EG", aliases: ["MENA"] },
  { name: "Qatar News Agency", shortName: "QNA", slug: "qna", homepage: "https://www.qna.org.qa/", country: "QA", aliases: ["QNA"] },
  { name: "Kuwait News Agency", shortName: "KUNA", slug: "kuna", homepage: "https://www.kuna.net.kw/", country: "KW", aliases: ["KUNA"] },
  { name: "Jordan News Agency", shortName: "Petra", slug: "petra", homepage: "https://petra.gov.jo/", country: "JO", aliases: ["Petra"] },
  { name: "Al Jazeera", shortName: "Al Jazeera", slug: "al-jazeera", homepage: "https://www.aljazeera.com/", country: "QA", aliases: ["Aljazeera", "Al-Jazeera"] },
  // Asia and the Pacific
  { name: "Kyodo News", shortName: "Kyodo", slug: "kyodo", homepage: "https://english.kyodonews.net/", country: "JP", aliases: ["Kyodo"] },
  { name: "Jiji Press", shortName: "Jiji", slug: "jiji", homepage: "https://jen.jiji.com/", country: "JP", aliases: ["Jiji"] },
  { name: "Yonhap News Agency", shortName: "Yonhap", slug: "yonhap", homepage: "https://en.yna.co.kr/", country: "KR", aliases: ["Yonhap"] },
  { name: "Korean Central News Agency", shortName: "KCNA", slug: "kcna", homepage: "http://www.kcna.kp/", country: "KP", aliases: ["KCNA"] },
  { name: "Central News Agency", shortName: "CNA", slug: "central-news-agency", homepage: "https://focustaiwan.tw/", country: "TW", aliases: ["Focus Taiwan"] },
  { name: "China News Service", shortName: "CNS", slug: "china-news-service", homepage: "https://www.ecns.cn/", country: "CN", aliases: ["Chinanews"] },
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
  { name: "Deutsche Presse-Agentur", shortName: "dpa", slug: "dpa", homepage: "https://www.dpa.com/", country: "DE", aliases: ["dpa", "DPA", "Deutsche Presse Agentur"] },
  { name: "ANSA", shortName: "ANSA", slug: "ansa", homepage: "https://www.ansa.it/", country: "IT", aliases: ["Agenzia Nazionale Stampa Associata"] },
  { name: "Agencia EFE", shortName: "EFE", slug: "efe", homepage: "https://efe.com/", country: "ES", aliases: ["EFE"] },
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
