/**
 * Build options, read from the environment and the command line, in one place.
 *
 *   ARTICLES_DIR   the articles folder (default: articles/)
 *   PATH_PREFIX    the path the site is served under, for GitHub Pages ("/my-archive/")
 *   SITE_URL       the site's public address, for feeds and the sitemap ("https://me.github.io/my-archive/")
 *   SITE_TITLE     the archive's name (default: Dateline)
 *   SITE_LANGUAGE  the language of the site's own words: en (default) or fa (data/i18n/)
 *   DATELINE_STRICT=1, or --strict: any problem, warning or error, fails the build
 *   --output=PATH  where the site is written (default: _site/)
 */
import path from "node:path";
import { SITE_WORDS } from "../data/i18n/index.ts";

export interface SiteOptions {
  articlesDir: string;
  outputDir: string;
  /** Always starts and ends with "/". */
  pathPrefix: string;
  /** Absolute origin plus prefix, ending with "/". */
  siteUrl: string;
  title: string;
  /** The language of the site's own words, a key of data/i18n/index.ts ("en", "fa"). */
  language: string;
  strict: boolean;
}

export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function readSiteOptions(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2), cwd = process.cwd()): SiteOptions {
  const flag = (name: string): string | undefined => {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] ?? "";
      if (arg === `--${name}`) return argv[i + 1];
      if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    }
    return undefined;
  };
  const pathPrefix = normalizePathPrefix(env.PATH_PREFIX);
  let siteUrl = (env.SITE_URL ?? "").trim();
  if (siteUrl) {
    const url = new URL(siteUrl);
    if (url.pathname === "/" && pathPrefix !== "/") url.pathname = pathPrefix;
    siteUrl = url.href.endsWith("/") ? url.href : `${url.href}/`;
  } else {
    siteUrl = `http://localhost:8080${pathPrefix}`;
  }
  const language = (env.SITE_LANGUAGE ?? "").trim().toLowerCase() || "en";
  if (!SITE_WORDS[language]) {
    throw new Error(`SITE_LANGUAGE=${env.SITE_LANGUAGE}: the site's words come in ${Object.keys(SITE_WORDS).join(", ")} (data/i18n/)`);
  }
  return {
    articlesDir: path.resolve(cwd, env.ARTICLES_DIR || "articles"),
    outputDir: path.resolve(cwd, flag("output") ?? env.OUTPUT_DIR ?? "_site"),
    pathPrefix,
    siteUrl,
    title: env.SITE_TITLE?.trim() || "Dateline",
    language,
    strict: argv.includes("--strict") || /^(1|true|yes)$/i.test(env.DATELINE_STRICT ?? ""),
  };
}

/** A site-relative URL ("/topics/iran/") under the path prefix ("/my-archive/topics/iran/"). */
export function withPrefix(prefix: string, url: string): string {
  return prefix + url.replace(/^\//, "");
}

/** A site-relative URL as an absolute address, for feeds and the sitemap. */
export function absoluteUrl(siteUrl: string, url: string): string {
  return siteUrl + url.replace(/^\//, "");
}
