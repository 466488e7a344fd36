/**
 * Chinese datelines, in simplified and traditional characters: an agency (or "本报", this
 * paper), the place, the day, then 电 (wired) or 讯 (reported); a reporter in brackets may
 * follow, or come first inside the brackets.
 *
 *   新华社北京9月21日电                  Xinhua
 *   新华社马拉开波(委内瑞拉)7月3日电(记者刘健)   Xinhua, with the country and the reporter
 *   中新网兰州7月10日电(黄党)             China News Service
 *   中国之声《国防时空》北京2月22日电       a broadcaster and its programme
 *   (法新社雪梨二日电)                   AFP's Chinese service, days in Chinese numerals
 *   （中央社記者戴雅真台北29日電）         CNA: the reporter's name before the place
 *   （中央社亞塞拜然首都巴庫13日綜合外電報導）  a roundup of foreign reports
 *   (北京法新电)  (汉城美联电)  (台北讯)    a newspaper crediting a wire, or its own desk
 *   本报柏林7月1日电   本报讯   时报讯       the newspaper itself
 *
 * The agency is a name the registry knows, a name followed by a programme in 《》, or a short
 * wire name before 电 in brackets. Where a reporter's name runs into the place with nothing
 * between, the place is the longest ending the gazetteer knows.
 */
import { leadingSpace, matchUpTo, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const NUMERAL = "[一二三四五六七八九十廿卅〇]";
const DIGIT = "[0-9０-９]";
const DATE = `(?:${DIGIT}{1,2}月${DIGIT}{1,2}日|${NUMERAL}{1,3}月${NUMERAL}{1,3}日|${DIGIT}{1,2}日|${NUMERAL}{1,3}日)`;
const HAN = "\\p{Script=Han}";
const OPEN = "[(（]";
const CLOSE = "[)）]";
/** 电 (wired), 讯 (reported), 综合外电报导 (from foreign reports): simplified and traditional. */
const WIRED_WORD = "(?:(?:综合|綜合)?(?:外电|外電)(?:报导|報導|报道|報道)|电|電|讯|訊|消息)";
const REPORTER = "(?:记者|記者|通讯员|通訊員)";
/** Agency, place, (country), date, 电: the place is whatever Han text stands between. */
const WIRED = new RegExp(
  `^(${HAN}{2,5}?)(${HAN}{1,12}?)?(?:${OPEN}(${HAN}{1,10})${CLOSE})?(${DATE})(?:${WIRED_WORD}|(?=\\s?${OPEN}))(?:\\s?${OPEN}\\s*([^()（）\\n]{1,30})${CLOSE})?`,
  "u",
);
/** A broadcaster and its programme: 中国之声《国防时空》北京2月22日电. */
const PROGRAMME = new RegExp(`^(${HAN}{2,8}《[^》\\n]{1,15}》)(${HAN}{1,12}?)(${DATE})${WIRED_WORD}(?:\\s?${OPEN}\\s*([^()（）\\n]{1,30})${CLOSE})?`, "u");
/** Inside brackets, the date optional: (法新社雪梨二日电), (法新社东京电), （中央社記者戴雅真台北29日電）. */
const BRACKETED = new RegExp(`^${OPEN}(${HAN}{2,5}?)((?:${HAN}|、){1,20}?)(${DATE})?${WIRED_WORD}(?:/n)?${CLOSE}`, "u");
/** A newspaper's credit: (北京法新电/n), (萨那综合电), (平壤、汉城综合讯), (台北讯). */
const CREDIT = new RegExp(`^${OPEN}(${HAN}{1,10}?(?:、${HAN}{1,10}?)*)(法新|美联|美聯|路透|共同|韩联|韓聯|综合|綜合|专|專)?(电|電|讯|訊)(?:/n)?${CLOSE}`, "u");
/** A newspaper's own report: 本报讯, 时报讯 (报, a newspaper), its reporter in brackets. */
const PAPER_REPORTS = new RegExp(`^(${HAN}{1,4}(?:报|報))(?:讯|訊)(?:\\s?${OPEN}\\s*${REPORTER}\\s*([^()（）\\n]{1,30})${CLOSE})?`, "u");
/** "央视网消息：", "央视网消息（新闻联播）：": a site's news, and its programme ("据…消息", according to, is a source quoted). */
const SITE_NEWS = new RegExp(`^(?!据|據)(${HAN}{2,6})消息(?:${OPEN}[^()（）\\n]{1,12}${CLOSE})?[：:]`, "u");
const OWN_PAPER = new Set(["本报", "本報"]);
/** "记者刘健", "記者 王明": the word for reporter before a name. */
const LEADING_REPORTER = new RegExp(`^${REPORTER}\\s*`, "u");
/** Inside lenticular brackets: an agency, a place and a day, "新華社北京10月25日". */
const AGENCY_PLACE_DATE = new RegExp(`^(${HAN}{2,5}?)(${HAN}{1,12}?)(${DATE})$`, "u");
/** In lenticular brackets: 【环球网报道 记者 查希】, 【ワシントン共同】, 【新華社北京10月25日】. */
const LENTICULAR = /^[【\[]([^】\]\n]{2,30})[】\]]/u;
/** A place and its agency in brackets: （台北中央社）. */
const PLACE_AGENCY = new RegExp(`^${OPEN}\\s*(${HAN}{3,15})\\s*${CLOSE}`, "u");

function parseChinese(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);
  const known = (name: string) => OWN_PAPER.has(name) || (lookups?.isAgency(name) ?? false);

  const wired = WIRED.exec(text);
  if (wired) {
    const split = splitAgency(`${wired[1] ?? ""}${wired[2] ?? ""}`, known);
    if (split) {
      return matchUpTo(text, start, wired[0].length, "xinhua", { place: placeIn(split.place, lookups), region: wired[3], dateText: wired[4], agencyText: agencyOf(split.agency), byline: bylineOf(wired[5]) });
    }
  }
  const programme = PROGRAMME.exec(text);
  if (programme) return matchUpTo(text, start, programme[0].length, "programme", { place: programme[2], dateText: programme[3], agencyText: programme[1], byline: bylineOf(programme[4]) });
  const paper = PAPER_REPORTS.exec(text);
  if (paper) return matchUpTo(text, start, paper[0].length, "own-paper", { agencyText: agencyOf(paper[1] ?? ""), byline: paper[2] });
  const siteNews = SITE_NEWS.exec(text);
  if (siteNews) return matchUpTo(text, start, siteNews[0].length, "site-news", { agencyText: siteNews[1] });

  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const split = splitAgency(`${bracketed[1] ?? ""}${bracketed[2] ?? ""}`, known);
    if (split?.place) {
      const reporter = LEADING_REPORTER.test(split.place);
      const rest = split.place.replace(LEADING_REPORTER, "");
      const place = reporter ? knownEnding(rest, lookups) : placeIn(rest, lookups);
      const byline = reporter && place ? rest.slice(0, rest.length - place.length) || null : null;
      return matchUpTo(text, start, bracketed[0].length, "bracketed", { place, dateText: bracketed[3], agencyText: agencyOf(split.agency), byline });
    }
  }
  const lenticular = LENTICULAR.exec(text);
  if (lenticular) {
    const found = insideLenticular(lenticular[1] ?? "", known);
    if (found) return matchUpTo(text, start, lenticular[0].length, "lenticular", found);
  }
  const placeAgency = PLACE_AGENCY.exec(text);
  const ending = placeAgency ? knownAgencyEnding(placeAgency[1] ?? "", known) : null;
  if (placeAgency && ending) return matchUpTo(text, start, placeAgency[0].length, "place-agency", ending);
  const credit = CREDIT.exec(text);
  if (credit) {
    const wire = credit[2];
    const agency = wire && !/^(?:综合|綜合|专|專)$/u.test(wire) ? wire : null;
    return matchUpTo(text, start, credit[0].length, "credit", { place: credit[1], agencyText: agency });
  }
  return null;
}

/**
 * What lenticular brackets hold: "环球网报道 记者 查希" (an outlet reports, its reporter),
 * "ワシントン共同" (a place and Kyodo), "新華社北京10月25日" (an agency, a place, a day).
 */
function insideLenticular(inside: string, known: (name: string) => boolean): { place?: string | null; agencyText: string; byline?: string | null; dateText?: string | null } | null {
  const reports = /^(.{2,16}?)(?:报道|報道)(?:\s*(?:记者|記者)\s*(.{1,12}))?$/u.exec(inside);
  if (reports) return { agencyText: (reports[1] ?? "").trim(), byline: reports[2] ?? null };
  const withDate = AGENCY_PLACE_DATE.exec(inside);
  if (withDate) {
    const split = splitAgency(`${withDate[1] ?? ""}${withDate[2] ?? ""}`, known);
    if (split) return { agencyText: split.agency, place: split.place, dateText: withDate[3] ?? null };
  }
  // A place, then an agency the registry knows: ワシントン共同, 北京時事.
  return knownAgencyEnding(inside, known);
}

/** "高雄中央社" → place 高雄, agency 中央社: the longest ending the registry knows as an agency. */
function knownAgencyEnding(run: string, known: (name: string) => boolean): { place: string | null; agencyText: string } | null {
  for (let n = Math.min(6, run.length - 1); n >= 2; n--) {
    const agency = run.slice(run.length - n);
    if (known(agency)) return { agencyText: agency, place: run.slice(0, run.length - n).trim() || null };
  }
  return null;
}

/** The longest known agency at the start of a run of Han text, and the place after it. */
function splitAgency(run: string, known: (name: string) => boolean): { agency: string; place: string | null } | null {
  for (let n = Math.min(5, run.length); n >= 2; n--) {
    const agency = run.slice(0, n);
    if (known(agency)) return { agency, place: run.slice(n) || null };
  }
  return null;
}

/**
 * The place in what stands between agency and date: all of it, unless the gazetteer knows only
 * an ending of it ("亞塞拜然首都巴庫", Azerbaijan's capital Baku: 巴庫).
 */
function placeIn(run: string | null, lookups: DatelineLookups | null): string | null {
  if (!run || !lookups || lookups.isPlace(run)) return run;
  return knownEnding(run, lookups) ?? run;
}

/** The longest ending of a run the gazetteer knows as a place (a reporter's name before it), or null. */
function knownEnding(run: string, lookups: DatelineLookups | null): string | null {
  if (!lookups) return null;
  for (let from = 1; from < run.length - 1; from++) {
    const ending = run.slice(from);
    if (lookups.isPlace(ending)) return ending;
  }
  return null;
}

const agencyOf = (name: string) => (OWN_PAPER.has(name) ? null : name);
const bylineOf = (text: string | undefined) => (text ? text.replace(LEADING_REPORTER, "").trim() || null : null);


export const chineseDatelines: DatelineForm = {
  name: "chinese",
  applies: (head) => /\p{Script=Han}/u.test(head.slice(0, 16)),
  parse: parseChinese,
};
