/**
 * Your archive's settings, in one place. Change a line, run `npm run build`.
 *
 * An environment variable, where one is named, wins over the line here: CI can build the same
 * archive under another address without editing this file (SITE_URL, PATH_PREFIX, …).
 * Templates see these settings, resolved, as `site` (`{{ site.title }}`, `{{ site.description }}`).
 */
import type { Settings } from "./src/site-options.ts";

export default {
  /** The archive's name: the header, every page title, the feeds. Env: SITE_TITLE. */
  title: "Dateline",

  /** One sentence on what the archive holds: the home page's description, for search engines and links; null for one in the site's language with the article count. Env: SITE_DESCRIPTION. */
  description: null,

  /** The language of the site's own words (menus, labels, month names): "en" or "fa" (right to left); one file per language in data/i18n/. Env: SITE_LANGUAGE. */
  language: "en",

  /** The time zone your own pages' dates are shown in (the `readableDate` filter); articles keep their own. An IANA name. Env: SITE_TIME_ZONE. */
  timeZone: "UTC",

  /**
   * The header's links, in order: the archive's own sections by name ("articles", "topics",
   * "sources", "places"), and links of yours ({ label, url }, a site-relative or full address).
   * A page of yours can also add itself, from its front matter (`eleventyNavigation: { key: About }`).
   */
  navigation: ["articles", "topics", "sources", "places"],

  /** The small print at the foot of every page; null for the default line in the site's language. */
  footer: null,

  /** The site's public address, for absolute links in feeds, the sitemap and JSON-LD. Env: SITE_URL. Default: http://localhost:8080/ plus the path prefix. */
  siteUrl: null,

  /** The path the site is served under ("/my-archive/" for a GitHub Pages project site); "/" at a domain's root. Env: PATH_PREFIX. */
  pathPrefix: "/",

  /** The folder of articles. Env: ARTICLES_DIR. */
  articles: "articles",

  /** The folder of your own pages (Markdown, Nunjucks, Liquid, 11ty.ts), each at its own address. Env: PAGES_DIR. */
  pages: "pages",
} satisfies Settings;
