/**
 * Build options: the owner's settings file (settings.ts), then the environment and the command
 * line over it, in one place.
 *
 *   ARTICLES_DIR   the articles folder (settings: articles; default: articles/)
 *   PAGES_DIR      the owner's own pages (settings: pages; default: pages/)
 *   PATH_PREFIX    the path the site is served under, for GitHub Pages ("/my-archive/")
 *   SITE_URL       the site's public address, for feeds and the sitemap ("https://me.github.io/my-archive/")
 *   SITE_TITLE     the archive's name (default: Dateline)
 *   SITE_DESCRIPTION  one sentence on the archive, for the home page
 *   SITE_LANGUAGE  the language of the site's own words: en (default) or fa (data/i18n/)
 *   SITE_TIME_ZONE the zone the owner's pages show dates in (default: UTC)
 *   DATELINE_STRICT=1, or --strict: any problem, warning or error, fails the build
 *   --output=PATH  where the site is written (default: _site/)
 *   DATELINE_CACHE=DIR, or --cache=DIR: the build cache's folder (default: .dateline-cache/);
 *                  DATELINE_CACHE=off, or --no-cache: a full build, no cache (build/build-cache.ts)
 */
import path from "node:path";
import { IANAZone } from "luxon";
import { SITE_WORDS } from "../data/i18n/index.ts";
import ownerSettings from "../settings.ts";

/** A section of the archive, by name: its link's label is in the site's language. */
export type SectionName = "articles" | "topics" | "sources" | "places";

/** A header link: an archive section by name, or a link of the owner's. */
export type NavigationItem = SectionName | { label: string; url: string };

/** What settings.ts holds: every field documented there. */
export interface Settings {
  title: string;
  description: string | null;
  language: string;
  timeZone: string;
  navigation: readonly NavigationItem[];
  footer: string | null;
  siteUrl: string | null;
  pathPrefix: string;
  articles: string;
  pages: string;
}

const SECTIONS: readonly SectionName[] = ["articles", "topics", "sources", "places"];

export interface SiteOptions {
  articlesDir: string;
  outputDir: string;
  /** Always starts and ends with "/". */
  pathPrefix: string;
  /** Absolute origin plus prefix, ending with "/". */
  siteUrl: string;
  /** The owner's pages: Eleventy's input folder. */
  pagesDir: string;
  title: string;
  description: string | null;
  /** The language of the site's own words, a key of data/i18n/index.ts ("en", "fa"). */
  language: string;
  /** An IANA zone, for the owner's pages' dates. */
  timeZone: string;
  navigation: readonly NavigationItem[];
  footer: string | null;
  strict: boolean;
}

export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function readSiteOptions(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
  cwd = process.cwd(),
  settings: Settings = ownerSettings,
): SiteOptions {
  const flag = (name: string): string | undefined => {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] ?? "";
      if (arg === `--${name}`) return argv[i + 1];
      if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    }
    return undefined;
  };
  const pathPrefix = normalizePathPrefix(env.PATH_PREFIX ?? settings.pathPrefix);
  let siteUrl = (env.SITE_URL ?? settings.siteUrl ?? "").trim();
  if (siteUrl) {
    const url = new URL(siteUrl);
    if (url.pathname === "/" && pathPrefix !== "/") url.pathname = pathPrefix;
    siteUrl = url.href.endsWith("/") ? url.href : `${url.href}/`;
  } else {
    siteUrl = `http://localhost:8080${pathPrefix}`;
  }
  const languageSetting = env.SITE_LANGUAGE?.trim() ? `SITE_LANGUAGE=${env.SITE_LANGUAGE}` : `settings.ts language "${settings.language}"`;
  const language = (env.SITE_LANGUAGE?.trim() || settings.language).toLowerCase() || "en";
  if (!SITE_WORDS[language]) {
    throw new Error(`${languageSetting}: the site's words come in ${Object.keys(SITE_WORDS).join(", ")} (data/i18n/)`);
  }
  const timeZone = env.SITE_TIME_ZONE?.trim() || settings.timeZone || "UTC";
  if (!IANAZone.isValidZone(timeZone)) throw new Error(`time zone "${timeZone}" (settings.ts timeZone or SITE_TIME_ZONE) is not an IANA zone such as "Europe/London"`);
  for (const item of settings.navigation) {
    if (typeof item === "string" ? !SECTIONS.includes(item) : !item.label || !item.url) {
      throw new Error(`settings.ts navigation: ${JSON.stringify(item)} is neither a section (${SECTIONS.join(", ")}) nor a { label, url } link`);
    }
  }
  return {
    articlesDir: path.resolve(cwd, env.ARTICLES_DIR || settings.articles || "articles"),
    outputDir: path.resolve(cwd, flag("output") ?? env.OUTPUT_DIR ?? "_site"),
    pagesDir: path.resolve(cwd, env.PAGES_DIR || settings.pages || "pages"),
    pathPrefix,
    siteUrl,
    title: env.SITE_TITLE?.trim() || settings.title || "Dateline",
    description: env.SITE_DESCRIPTION?.trim() || settings.description || null,
    language,
    timeZone,
    navigation: settings.navigation,
    footer: settings.footer,
    strict: argv.includes("--strict") || /^(1|true|yes)$/i.test(env.DATELINE_STRICT ?? ""),
  };
}

/** A site-relative URL ("/topics/iran/") under the path prefix ("/my-archive/topics/iran/"). */
export function withPrefix(prefix: string, url: string): string {
  return prefix + (url.startsWith("/") ? url.slice(1) : url);
}

/** A site-relative URL as an absolute address, for feeds and the sitemap. */
export function absoluteUrl(siteUrl: string, url: string): string {
  return siteUrl + url.replace(/^\//, "");
}
