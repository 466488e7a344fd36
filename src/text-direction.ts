/**
 * Which way a language is written. Apart from src/language.ts, which detects languages with a
 * model of about 60 MB of memory, so that the pages can ask without loading it.
 */

/** Languages written right to left (ISO 639-1/-3 primary subtags). */
const RIGHT_TO_LEFT = new Set(["ar", "arc", "ckb", "dv", "fa", "ha-Arab", "he", "iw", "ks", "ku-Arab", "ps", "sd", "ug", "ur", "yi", "prs", "pes", "arb"]);

/** "rtl" for a language written right to left ("fa", "ar-SA", "ur"), else "ltr". */
export function textDirection(language: string | null | undefined): "rtl" | "ltr" {
  if (!language) return "ltr";
  const [primary = ""] = language.split("-");
  if (RIGHT_TO_LEFT.has(primary.toLowerCase())) return "rtl";
  // A script subtag decides over the language: "az-Arab", "pa-Arab".
  return /-(Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg)\b/i.test(language) ? "rtl" : "ltr";
}
