/**
 * An article's language: named in its file (front matter `language`, the folder's data), else
 * detected from its text with eld (Efficient Language Detector, n-grams over 60 languages).
 *
 * eld was measured against franc-min and tinyld on the shared corpus (Arabic, Persian, Russian,
 * Chinese and English wire copy): it was the most accurate of the three and five times faster.
 * Its one weakness is text too short or too shouted to say (a Reuters headline in capitals with
 * no body, an earnings table): such text is lower-cased first, and what stays unsure falls back
 * to the archive's own language when it is written in the same script (chooseLanguage).
 */
import { loadLanguageDetector } from "./language-model.ts";

/** eld's medium model, loaded once per thread (src/language-model.ts for how). */
const eld = await loadLanguageDetector();

export { textDirection } from "./text-direction.ts";

export interface DetectedLanguage {
  /** BCP 47 primary subtag ("fa"), or null when the text does not say. */
  language: string | null;
  /** True when the detector's scores clearly favour that language. */
  reliable: boolean;
}

/** Characters sampled: a few paragraphs decide as well as a whole story, and cost less. */
const SAMPLE_LENGTH = 200;
/** Fewer words than this of four letters or more, and the text is a table or a headline: unsure. */
const FEW_WORDS = 8;

/**
 * The language a text is written in. Chinese, Japanese and Korean are told by their scripts (eld
 * reads Han text poorly); the rest by eld's n-grams.
 */
export function detectLanguage(title: string, body: string): DetectedLanguage {
  const text = `${title}\n${body.slice(0, SAMPLE_LENGTH)}`;
  const byScript = languageByScript(text);
  if (byScript) return { language: byScript, reliable: true };
  // Shouted headlines ("STANDARD OIL TO FORM UNIT") read as noise to n-grams: lower-case them.
  const sample = text === text.toUpperCase() ? text.toLowerCase() : text;
  const result = eld.detect(sample);
  if (!result.language) return { language: null, reliable: false };
  const words = sample.match(LONG_WORD)?.length ?? 0;
  return { language: result.language, reliable: result.isReliable() && words >= FEW_WORDS };
}

/**
 * The language of an article its file does not name: the detected one, unless detection is
 * unsure and the text is in the script of the archive's own language, which then wins ("QTR SHR
 * 8.17 DLRS VS 55 CTS" is an English archive's earnings line, whatever its letters suggest).
 * Text in another script keeps the detector's best guess: its script alone says it is not the
 * archive's language.
 */
export function chooseLanguage(title: string, body: string, archiveLanguage: string): string {
  const detected = detectLanguage(title, body);
  if (!detected.language) return archiveLanguage;
  if (detected.reliable) return detected.language;
  return scriptOfLanguage(detected.language) === scriptOfLanguage(archiveLanguage) ? archiveLanguage : detected.language;
}

/** The script a language is usually written in, as far as telling languages apart needs. */
function scriptOfLanguage(language: string): string {
  const primary = language.split("-")[0] ?? language;
  if (["ar", "fa", "ur", "ps", "ckb", "sd", "ug"].includes(primary)) return "Arab";
  if (["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"].includes(primary)) return "Cyrl";
  if (["zh", "ja", "ko"].includes(primary)) return primary;
  if (["el", "he", "yi", "hy", "ka", "th", "hi", "bn", "ta", "am"].includes(primary)) return primary;
  return "Latn";
}

/** A script that settles the language by itself: Hangul, kana, or Han without kana. */
function languageByScript(text: string): string | null {
  if (!EAST_ASIAN.test(text)) return null;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let letters = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++;
    else if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if (code >= 0xac00 && code <= 0xd7af) hangul++;
    if (LETTER.test(ch)) letters++;
    if (letters > 600) break;
  }
  if (letters === 0) return null;
  if (hangul / letters > 0.3) return "ko";
  if (kana / letters > 0.05) return "ja";
  if (han / letters > 0.3) return "zh";
  return null;
}

const LETTER = /\p{L}/u;
const LONG_WORD = /\p{L}{4,}/gu;
const EAST_ASIAN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
