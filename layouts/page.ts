/**
 * The page shell every HTML page shares: head, header with navigation and search, footer.
 */
import { html, jsonForScript, type SafeHtml } from "../src/html.ts";
import { SITE_WORDS, type SiteWords } from "../data/i18n/index.ts";
import { withPrefix, type SiteOptions } from "../src/site-options.ts";
import type { Link } from "../src/pages.ts";
import { textDirection } from "../src/site-words.ts";

export interface SiteContext {
  title: string;
  pathPrefix: string;
  siteUrl: string;
  /** The site's own words (data/i18n/), chosen by SITE_LANGUAGE. */
  words: SiteWords;
}

export function siteContext(options: Pick<SiteOptions, "title" | "pathPrefix" | "siteUrl" | "language">): SiteContext {
  const words = SITE_WORDS[options.language];
  if (!words) throw new Error(`no site words for ${options.language}`);
  return { title: options.title, pathPrefix: options.pathPrefix, siteUrl: options.siteUrl, words };
}

/** ` lang="…" dir="…"` for text in `language`; `dir="auto"` alone when the language is unknown. */
export function langAttributes(language: string | null): SafeHtml {
  if (!language) return html` dir="auto"`;
  return html` lang="${language}" dir="${textDirection(language)}"`;
}

export type Section = "home" | "articles" | "topics" | "sources" | "places" | "search" | "dates" | null;

export interface PageShell {
  site: SiteContext;
  /** The page's own title, without the site name. */
  title: string;
  description?: string | null;
  url: string;
  section: Section;
  body: SafeHtml;
  breadcrumbs?: Link[];
  feed?: { url: string; title: string } | null;
  jsonLd?: unknown;
  /** Scripts the page needs, site-relative. */
  scripts?: string[];
  /** Pages that are not worth a search engine's time (page 2 of a list). */
  noindex?: boolean;
  /** The page's language, when it is not the site's (an article page): the header and footer keep the site's. */
  language?: string | null;
}

/**
 * What the pages may load: only files of the site itself. Pagefind needs WebAssembly
 * ('wasm-unsafe-eval') and to fetch its index; nothing else runs, and no article markup can
 * add a script, a style or a frame.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'";

export function href(site: SiteContext, url: string): string {
  return withPrefix(site.pathPrefix, url);
}

const NAV: { section: Section; key: "articles" | "topics" | "sources" | "places"; url: string }[] = [
  { section: "articles", key: "articles", url: "/articles/" },
  { section: "topics", key: "topics", url: "/topics/" },
  { section: "sources", key: "sources", url: "/sources/" },
  { section: "places", key: "places", url: "/places/" },
];

/** `currentLanguage`: the current page's title is in that language (an article's headline). */
export function renderBreadcrumbs(site: SiteContext, crumbs: Link[] | undefined, current: string, currentLanguage?: string | null, attributes: SafeHtml = html``): SafeHtml {
  if (!crumbs?.length) return html``;
  return html`<nav class="breadcrumbs" aria-label="${site.words.breadcrumb}"${attributes}><ol>${crumbs.map(
    (c) => html`<li><a href="${href(site, c.url)}">${c.label}</a></li>`,
  )}<li><span aria-current="page"${currentLanguage !== undefined ? langAttributes(currentLanguage) : ""}>${current}</span></li></ol></nav>`;
}

export function renderPage(page: PageShell): string {
  const { site } = page;
  const { words } = site;
  const fullTitle = page.url === "/" ? site.title : `${page.title} · ${site.title}`;
  // An article page is in the article's language and direction, its main content mirrored for
  // a right-to-left one; the site's header, footer and labels keep the site's.
  const pageLanguage = page.language ?? words.language;
  const own = pageLanguage === words.language ? html`` : html` lang="${words.language}" dir="${textDirection(words.language)}"`;
  const doc = html`<!doctype html>
<html lang="${pageLanguage}" dir="${textDirection(pageLanguage)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${fullTitle}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ""}
${page.noindex ? html`<meta name="robots" content="noindex, follow">` : ""}
<link rel="canonical" href="${site.siteUrl}${page.url.replace(/^\//, "")}">
<link rel="stylesheet" href="${href(site, "/assets/dateline.css")}">
<link rel="icon" href="${href(site, "/assets/favicon.svg")}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${words.latestArticlesFeed(site.title)}" href="${href(site, "/feed.xml")}">
${page.feed ? html`<link rel="alternate" type="application/atom+xml" title="${page.feed.title}" href="${href(site, page.feed.url)}">` : ""}
${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ""}
${(page.scripts ?? []).map((src) => html`<script type="module" src="${href(site, src)}"></script>`)}
</head>
<body>
<a class="skip-link" href="#main"${own}>${words.skipLink}</a>
<header class="site-header"${own}>
  <div class="wrap header-row">
    <a class="site-title" href="${href(site, "/")}"${page.section === "home" ? html` aria-current="page"` : ""}>${site.title}</a>
    <nav class="site-nav" aria-label="${words.nav.label}">
      <ul>${NAV.map(
        (item) =>
          html`<li><a href="${href(site, item.url)}"${page.section === item.section ? html` aria-current="${page.url === item.url ? "page" : "true"}"` : ""}>${words.nav[item.key]}</a></li>`,
      )}</ul>
    </nav>
    <form class="site-search" role="search" aria-label="${words.siteSearch}" action="${href(site, "/search/")}" method="get">
      <label class="visually-hidden" for="site-search-q">${words.searchTheArchive}</label>
      <input id="site-search-q" name="q" type="search" placeholder="${words.searchTheArchive}" autocomplete="off" dir="auto">
      <button type="submit">${words.searchButton}</button>
    </form>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${renderBreadcrumbs(site, page.breadcrumbs, page.title, page.language, own)}
${page.body}
</main>
<footer class="site-footer"${own}>
  <div class="wrap">
    <p>${words.footerAbout(site.title)} <a href="${href(site, "/feed.xml")}">${words.atomFeed}</a> · <a href="${href(site, "/api/articles.json")}">${words.jsonExport}</a> · <a href="${href(site, "/sitemap.xml")}">${words.sitemap}</a></p>
    <p class="fine">${words.footerRights}</p>
  </div>
</footer>
</body>
</html>
`;
  return doc.value;
}
