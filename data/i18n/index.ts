/**
 * The languages the site's own words come in; SITE_LANGUAGE picks one (default "en"). Add a
 * language by adding a file beside these that exports a `SiteWords`, and listing it here.
 */
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import type { SiteWords } from "./words.ts";

export const SITE_WORDS: Record<string, SiteWords> = { en, fa };

export type { SiteWords, SearchWords, Markup } from "./words.ts";
