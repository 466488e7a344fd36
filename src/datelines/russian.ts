/**
 * Russian agency datelines: place, day and month (genitive or abbreviated), then the agency in
 * the house style of each wire:
 *
 *   МОСКВА, 21 сентября. /ТАСС/.                       TASS
 *   МОСКВА, 1 октября. /Корр. ТАСС Сергей Изотов/.     TASS, with its correspondent
 *   МОСКВА, 21 сен - РИА Новости.                      RIA Novosti
 *   Москва. 8 февраля. INTERFAX.RU -                   Interfax
 *   ТАСС, 10 августа.                                  the agency alone, no place
 *
 * The place may be in capitals or not: the day, the month word and the agency mark after it
 * make the shape. The agency must be one the registry knows when it follows a dash, since
 * "МОСКВА, 21 сен - Власти…" is a dateline without one.
 */
import { leadingSpace, matchUpTo, type DatelineForm, type DatelineLookups, type DatelineMatch } from "./types.ts";

const PLACE = "\\p{Lu}[\\p{L}\\p{M}'’\\- ]{0,40}?[\\p{L}\\p{M}]|\\p{Lu}";
const DATE = "\\d{1,2}\\s+\\p{Script=Cyrillic}{3,9}\\.?(?:\\s+\\d{4}(?:\\s*г(?:ода|\\.)?)?)?";
const DASH = "[-–—―‒−]";
/** "/ТАСС/." and "/Корр. ТАСС Сергей Изотов/.": the agency between slashes. */
const SLASHED = new RegExp(`^(${PLACE})\\s?[,.]\\s*(${DATE})\\.?\\s*/([^/\\n]{2,80})/\\.?`, "u");
/** "- РИА Новости." or ". INTERFAX.RU -": an agency mark after the date. */
const DASH_AGENCY = new RegExp(`^(${PLACE})\\s?[,.]\\s*(${DATE})\\s*${DASH}\\s*(\\p{L}[\\p{L}.\\-]*(?: \\p{L}[\\p{L}.\\-]*){0,2}?)\\.(?=\\s|$)`, "u");
const AGENCY_DASH = new RegExp(`^(${PLACE})\\s?[,.]\\s*(${DATE})\\.?\\s*(\\p{L}[\\p{L}.\\-]*(?: \\p{L}[\\p{L}.\\-]*){0,2}?)\\s*${DASH}\\s`, "u");
/** "30 ноября. INTERFAX.RU -": the date and the agency, no place. */
const DATE_AGENCY = new RegExp(`^(${DATE})\\.?\\s*(\\p{L}[\\p{L}.\\-]*(?: \\p{L}[\\p{L}.\\-]*){0,2}?)\\s*${DASH}\\s`, "u");
/** "КИЇВ. 24 квітня. УНН.": an agency in capitals and a full stop after the date. */
const CAPS_AGENCY_STOP = new RegExp(`^(${PLACE})\\s?[,.]\\s*(${DATE})\\.\\s*(\\p{Lu}{2,8}(?:[.-]\\p{Lu}{2,8})?)\\.\\s`, "u");
/** "ТАСС, 10 августа.": the agency where the place would be. */
const AGENCY_ONLY = new RegExp(`^(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*)?)\\s?,\\s*(${DATE})\\.\\s`, "u");

function parseRussian(head: string, lookups: DatelineLookups | null): DatelineMatch | null {
  const start = leadingSpace(head);
  const text = head.slice(start);
  const known = (name: string) => lookups?.isAgency(name) ?? false;

  const slashed = SLASHED.exec(text);
  if (slashed) {
    const inside = (slashed[3] ?? "").trim();
    const { agency, byline } = splitCorrespondent(inside, known);
    return matchUpTo(text, start, slashed[0].length, "tass", { place: slashed[1], dateText: slashed[2], agencyText: agency, byline });
  }
  for (const [pattern, form] of [[DASH_AGENCY, "ria"], [AGENCY_DASH, "interfax"]] as const) {
    const found = pattern.exec(text);
    const agency = found?.[3]?.trim();
    // "РИА Новости Крым": a known agency's regional service is the agency too.
    if (found && agency && knownPrefix(agency, known)) return matchUpTo(text, start, found[0].length, form, { place: found[1], dateText: found[2], agencyText: agency });
  }
  const dateAgency = DATE_AGENCY.exec(text);
  if (dateAgency && known(dateAgency[2]?.trim() ?? "")) return matchUpTo(text, start, dateAgency[0].length, "date-agency", { dateText: dateAgency[1], agencyText: dateAgency[2] });
  const capsAgency = CAPS_AGENCY_STOP.exec(text);
  if (capsAgency) return matchUpTo(text, start, capsAgency[0].length - 1, "agency-stop", { place: capsAgency[1], dateText: capsAgency[2], agencyText: capsAgency[3] });
  const only = AGENCY_ONLY.exec(text);
  if (only && known(only[1] ?? "")) return matchUpTo(text, start, only[0].length - 1, "agency-date", { dateText: only[2], agencyText: only[1] });
  return null;
}

/** True when the name, or its first one or two words, is an agency the registry knows. */
function knownPrefix(name: string, known: (name: string) => boolean): boolean {
  const words = name.split(" ");
  return words.some((_, i) => known(words.slice(0, i + 1).join(" ")));
}

/** "Корр. ТАСС Сергей Изотов" → agency ТАСС, byline Сергей Изотов. */
function splitCorrespondent(inside: string, known: (name: string) => boolean): { agency: string; byline: string | null } {
  const words = inside.replace(/^(?:Корр\.|Спец\.\s*корр\.|Собкор)\s*/iu, "").split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let at = 0; at + n <= words.length; at++) {
      const name = words.slice(at, at + n).join(" ");
      if (known(name)) {
        const rest = [...words.slice(0, at), ...words.slice(at + n)].join(" ").trim();
        return { agency: name, byline: rest || null };
      }
    }
  }
  // An unknown agency between slashes is still the agency: the shape says so.
  return { agency: inside, byline: null };
}


export const russianDatelines: DatelineForm = {
  name: "russian",
  applies: (head) => /\p{Script=Cyrillic}/u.test(head.slice(0, 60)),
  parse: parseRussian,
};
