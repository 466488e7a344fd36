/**
 * Chinese datelines: an agency (or "本报", this paper), the place, the day, then 电 (wired) or
 * 讯 (reported); a reporter in brackets may follow.
 *
 *   新华社北京9月21日电                  Xinhua
 *   新华社马拉开波(委内瑞拉)7月3日电(记者刘健)   Xinhua, with the country and the reporter
 *   中新网兰州7月10日电(黄党)             China News Service
 *   (法新社雪梨二日电)                   AFP's Chinese service, days in Chinese numerals
 *   (北京法新电)  (汉城美联电)  (台北讯)    a newspaper crediting a wire, or its own desk
 *   本报柏林7月1日电   本报讯              the newspaper itself: its name is the archive's to give
 *
 * The agency is a name the registry knows, or a short wire name before 电 in brackets.
 */
import { leadingSpace, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const NUMERAL = "[一二三四五六七八九十廿卅〇]";
const DIGIT = "[0-9０-９]";
const DATE = `(?:${DIGIT}{1,2}月${DIGIT}{1,2}日|${NUMERAL}{1,3}月${NUMERAL}{1,3}日|${DIGIT}{1,2}日|${NUMERAL}{1,3}日)`;
const HAN = "\\p{Script=Han}";
const OPEN = "[(（]";
const CLOSE = "[)）]";
/** Agency, place, (country), date, 电: the place is whatever Han text stands between. */
const WIRED = new RegExp(
  `^(${HAN}{2,5}?)(${HAN}{1,12}?)?(?:${OPEN}(${HAN}{1,10})${CLOSE})?(${DATE})(电|讯)(?:${OPEN}([^()（）\\n]{1,30})${CLOSE})?`,
  "u",
);
/** The same inside brackets, the date optional: (法新社雪梨二日电), (法新社东京电). */
const BRACKETED = new RegExp(`^${OPEN}(${HAN}{2,5}?)(${HAN}{1,12}?)(${DATE})?(电|讯)(?:/n)?${CLOSE}`, "u");
/** A newspaper's credit: (北京法新电/n), (萨那综合电), (平壤、汉城综合讯), (台北讯). */
const CREDIT = new RegExp(`^${OPEN}(${HAN}{1,10}?(?:、${HAN}{1,10}?)*)(法新|美联|路透|共同|韩联|综合|专)?(电|讯)(?:/n)?${CLOSE}`, "u");
const OWN_PAPER = "本报";

function parseChinese(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);
  const known = (name: string) => name === OWN_PAPER || (lookups?.isAgency(name) ?? false);

  const wired = WIRED.exec(text);
  if (wired) {
    const split = splitAgency(`${wired[1] ?? ""}${wired[2] ?? ""}`, known);
    if (split) {
      return match(text, start, wired[0].length, split.place, wired[4] ?? null, agencyOf(split.agency), bylineOf(wired[6]), "xinhua", wired[3] ?? null);
    }
  }
  if (text.startsWith(`${OWN_PAPER}讯`)) return match(text, start, 3, null, null, null, null, "own-paper");

  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const split = splitAgency(`${bracketed[1] ?? ""}${bracketed[2] ?? ""}`, known);
    if (split && split.place) return match(text, start, bracketed[0].length, split.place, bracketed[3] ?? null, agencyOf(split.agency), null, "bracketed");
  }
  const credit = CREDIT.exec(text);
  if (credit) {
    const wire = credit[2];
    const agency = wire && wire !== "综合" && wire !== "专" ? wire : null;
    return match(text, start, credit[0].length, credit[1] ?? null, null, agency, null, "credit");
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

const agencyOf = (name: string) => (name === OWN_PAPER ? null : name);
const bylineOf = (text: string | undefined) => (text ? text.replace(/^(?:记者|通讯员)/u, "").trim() || null : null);

function match(
  text: string,
  start: number,
  end: number,
  place: string | null,
  dateText: string | null,
  agencyText: string | null,
  byline: string | null,
  form: string,
  region: string | null = null,
): DatelineMatch {
  return { raw: text.slice(0, end).trim(), place, region, dateText, agencyText, byline, end: start + end, form };
}

export const chineseDatelines: DatelineForm = {
  name: "chinese",
  applies: (head) => /\p{Script=Han}/u.test(head.slice(0, 12)),
  parse: parseChinese,
};
