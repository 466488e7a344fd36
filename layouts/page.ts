/**
 * The page shell every HTML page shares: head, header with navigation and search, footer.
 */
import { flattened, html, jsonForScript, trustedHtml, type SafeHtml } from "../src/html.ts";
import { SITE_WORDS, type SiteWords } from "../data/i18n/index.ts";
import { withPrefix, type NavigationItem, type SiteOptions } from "../src/site-options.ts";
import { theme } from "./parts.ts";
import type { Link } from "../src/pages.ts";
import { textDirection } from "../src/site-words.ts";

/** A link of the header's navigation; `section` marks the archive's own sections. */
export interface NavigationLink {
  label: string;
  /** Site-relative ("/about/") or a full address. */
  url: string;
  section: Section;
}

export interface SiteContext {
  title: string;
  description: string | null;
  pathPrefix: string;
  siteUrl: string;
  /** The site's own words (data/i18n/), chosen by SITE_LANGUAGE. */
  words: SiteWords;
  /** The zone the owner's pages show dates in. */
  timeZone: string;
  /**
   * The header's links: the settings' list, then the owner's pages that asked for a place in
   * it (eleventyNavigation), added once Eleventy has read them, before any page is rendered.
   */
  navigation: NavigationLink[];
  /** The small print of the footer; null for the site's words. */
  footer: string | null;
  /** Site-relative stylesheets, in order: the built-in one, then the owner's (theme/style.css). */
  stylesheets: string[];
}

type ContextOptions = Pick<SiteOptions, "title" | "pathPrefix" | "siteUrl" | "language"> &
  Partial<Pick<SiteOptions, "description" | "timeZone" | "navigation" | "footer">> & { ownStylesheet?: boolean };

export function siteContext(options: ContextOptions): SiteContext {
  const words = SITE_WORDS[options.language];
  if (!words) throw new Error(`no site words for ${options.language}`);
  const navigation = (options.navigation ?? DEFAULT_NAVIGATION).map((item): NavigationLink =>
    typeof item === "string" ? { label: words.nav[item], url: `/${item}/`, section: item } : { label: item.label, url: item.url, section: null },
  );
  return {
    title: options.title,
    description: options.description ?? null,
    pathPrefix: options.pathPrefix,
    siteUrl: options.siteUrl,
    words,
    timeZone: options.timeZone ?? "UTC",
    navigation,
    footer: options.footer ?? null,
    stylesheets: ["/assets/dateline.css", ...(options.ownStylesheet ? [OWN_STYLESHEET] : [])],
  };
}

/** Where the owner's stylesheet (theme/style.css) is served. */
export const OWN_STYLESHEET = "/assets/theme.css";

const DEFAULT_NAVIGATION: readonly NavigationItem[] = ["articles", "topics", "sources", "places"];

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
  /** A kept old address: the page sends the reader on to this site-relative URL, which is its canonical one. */
  redirectTo?: string;
}

/**
 * What the pages may load: only files of the site itself (`default-src`, which styles, fonts
 * and fetches fall back to). Pagefind needs WebAssembly ('wasm-unsafe-eval') and to fetch its
 * index; nothing else runs, and no article markup can add a script, a style or a frame. It is
 * on every page, so it is written as it is, its quotes unescaped (it holds no `"`, `<` or `&`).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' https: data:; " +
  "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'";

/** A site-relative URL under the path prefix; a full address ("https://…") as it is. */
export function href(site: SiteContext, url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : withPrefix(site.pathPrefix, url);
}

/** `currentLanguage`: the current page's title is in that language (an article's headline). */
export function renderBreadcrumbs(site: SiteContext, crumbs: Link[] | undefined, current: string, currentLanguage?: string | null, attributes: SafeHtml = html``): SafeHtml {
  if (!crumbs?.length) return html``;
  return html`<nav class="breadcrumbs" aria-label="${site.words.breadcrumb}"${attributes}><ol>${crumbs.map(
    (c) => html`<li><a href="${href(site, c.url)}">${c.label}</a></li>`,
  )}<li><span aria-current="page"${currentLanguage !== undefined && currentLanguage !== site.words.language ? langAttributes(currentLanguage) : ""}>${current}</span></li></ol></nav>`;
}

export function renderPage(page: PageShell): string {
  const { site } = page;
  const { words } = site;
  const fullTitle = page.url === "/" ? site.title : `${page.title} · ${site.title}`;
  // An article page is in the article's language and direction, its main content mirrored for
  // a right-to-left one; the site's header, footer and labels keep the site's.
  const pageLanguage = page.language ?? words.language;
  const own = pageLanguage === words.language ? html`` : html` lang="${words.language}" dir="${textDirection(words.language)}"`;
  // Every page carries the header and footer: written without indentation, which would be
  // 60 bytes a page.
  const header = html`<header class="site-header"${own}>
<div class="wrap header-row">
<a class="site-title" href="${href(site, "/")}"${page.section === "home" ? html` aria-current="page"` : ""}>${site.title}</a>
<nav class="site-nav" aria-label="${words.nav.label}">
<ul>${site.navigation.map((item) => html`<li><a href="${href(site, item.url)}"${navigationCurrent(page, item)}>${item.label}</a></li>`)}</ul>
</nav>
<form class="site-search" role="search" aria-label="${words.siteSearch}" action="${href(site, "/search/")}" method="get">
<label class="visually-hidden" for="site-search-q">${words.searchTheArchive}</label>
<input id="site-search-q" name="q" type="search" placeholder="${words.searchTheArchive}" autocomplete="off" dir="auto">
<button type="submit">${words.searchButton}</button>
</form>
</div>
</header>`;
  const footer = html`<footer class="site-footer"${own}>
<div class="wrap">
<p>${words.footerAbout(site.title)} <a href="${href(site, "/feed.xml")}">${words.atomFeed}</a> · <a href="${href(site, "/api/articles.json")}">${words.jsonExport}</a> · <a href="${href(site, "/sitemap.xml")}">${words.sitemap}</a></p>
<p class="fine">${site.footer ?? words.footerRights}</p>
</div>
</footer>`;
  const doc = html`<!doctype html>
<html lang="${pageLanguage}" dir="${textDirection(pageLanguage)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${fullTitle}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ""}
${page.noindex ? html`<meta name="robots" content="noindex, follow">` : ""}${page.redirectTo ? html`<meta http-equiv="refresh" content="0; url=${href(site, page.redirectTo)}">` : ""}
<link rel="canonical" href="${site.siteUrl}${(page.redirectTo ?? page.url).replace(/^\//, "")}">
${site.stylesheets.map((sheet) => html`<link rel="stylesheet" href="${href(site, sheet)}">`)}
<link rel="icon" href="${href(site, "/assets/favicon.svg")}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${words.latestArticlesFeed(site.title)}" href="${href(site, "/feed.xml")}">
${page.feed ? html`<link rel="alternate" type="application/atom+xml" title="${page.feed.title}" href="${href(site, page.feed.url)}">` : ""}
${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ""}
${(page.scripts ?? []).map((src) => html`<script type="module" src="${href(site, src)}"></script>`)}
</head>
<body>
<a class="skip-link" href="#main"${own}>${words.skipLink}</a>
${theme.header ? theme.header(site, page, header) : header}
<main id="main" class="wrap" tabindex="-1">
${renderBreadcrumbs(site, page.breadcrumbs, page.title, page.language, own)}
${page.body}
</main>
${theme.footer ? theme.footer(site, page, footer) : footer}
</body>
</html>
`;
  return flattened(doc.value);
}

/** ` aria-current` on the link to the page itself ("page") or to the section it is in ("true"). */
function navigationCurrent(page: PageShell, item: NavigationLink): SafeHtml | "" {
  if (page.url === item.url) return html` aria-current="page"`;
  if (item.section && page.section === item.section) return html` aria-current="true"`;
  return "";
}
