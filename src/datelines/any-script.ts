/**
 * The plainest datelines, in any script the other forms do not read (Japanese, Korean, Hindi,
 * Tamil, Hebrew, Greek …): a place and a colon, or a place, a day and a bar.
 *
 *   ドーハ：カタールは …                      place, colon
 *   चेन्नई, 5 सितंबर | प्रधानमंत्री …            place, date, the Devanagari bar or a pipe
 *   (서울=연합뉴스) 김병규 기자 =               Korean wires: place=agency, the reporter
 *
 * Scripts without capitals give no shape to lean on, so the place must be one the gazetteer
 * knows (CLDR names every time zone's city in every language).
 */
import { leadingSpace, matchUpTo, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const NAME = "[\\p{L}\\p{M}][\\p{L}\\p{M}・·'’\\- ]{0,30}?";
/** Korean wires: "(서울=연합뉴스) 김병규 기자 =", "[서울=뉴시스]홍연우 기자 =". */
const KOREAN_WIRE = /^[(\[]\s*([\p{L}]{1,12})\s*=\s*([\p{L}][\p{L} ]{0,15}?)\s*[)\]]\s*(?:([\p{L} ]{1,20}?)\s*기자\s*=\s*)?/u;
const PLACE_COLON = new RegExp(`^(${NAME})\\s*[:：]\\s*`, "u");
const PLACE_DATE_BAR = new RegExp(`^(${NAME})\\s*[,،、]\\s*([0-9\\p{Nd}]{1,2}\\s+[\\p{L}\\p{M}]{2,12}\\.?)\\s*[|।]\\s*`, "u");

function parseAnyScript(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  if (!lookups) return null;
  const start = leadingSpace(head);
  const text = head.slice(start);
  const korean = KOREAN_WIRE.exec(text);
  if (korean) return matchUpTo(text, start, korean[0].length, "korean-wire", { place: korean[1], agencyText: korean[2], byline: korean[3] });
  const bar = PLACE_DATE_BAR.exec(text);
  if (bar && lookups.isPlace((bar[1] ?? "").trim())) return matchUpTo(text, start, bar[0].length, "place-date-bar", { place: bar[1], dateText: bar[2] });
  const colon = PLACE_COLON.exec(text);
  if (colon && lookups.isPlace((colon[1] ?? "").trim())) return matchUpTo(text, start, colon[0].length, "place-colon", { place: colon[1] });
  return null;
}

export const anyScriptDatelines: DatelineForm = {
  name: "any-script",
  // Latin, Cyrillic, Arabic and Han openings have forms of their own, with more to go on.
  applies: (head) =>
    /^[\s\p{So}\ufe0f]*[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\s\p{P}\p{N}]/u.test(head) || /^\s*[(\[]\s*\p{Script=Hangul}/u.test(head),
  parse: parseAnyScript,
};
