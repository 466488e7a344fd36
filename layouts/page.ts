/**
 * The page shell every HTML page shares: head, header with navigation and search, footer.
 */
import { html, jsonForScript, type SafeHtml } from "../src/html.ts";
import { withPrefix } from "../src/site-options.ts";
import type { Link } from "../src/pages.ts";

export interface SiteContext {
  title: string;
  pathPrefix: string;
  siteUrl: string;
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

const NAV: { section: Section; label: string; url: string }[] = [
  { section: "articles", label: "Articles", url: "/articles/" },
  { section: "topics", label: "Topics", url: "/topics/" },
  { section: "sources", label: "Sources", url: "/sources/" },
  { section: "places", label: "Places", url: "/places/" },
];

export function renderBreadcrumbs(site: SiteContext, crumbs: Link[] | undefined, current: string): SafeHtml {
  if (!crumbs?.length) return html``;
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs.map(
    (c) => html`<li><a href="${href(site, c.url)}">${c.label}</a></li>`,
  )}<li><span aria-current="page">${current}</span></li></ol></nav>`;
}

export function renderPage(page: PageShell): string {
  const { site } = page;
  const fullTitle = page.url === "/" ? site.title : `${page.title} · ${site.title}`;
  const doc = html`<!doctype html>
<html lang="en">
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
<link rel="alternate" type="application/atom+xml" title="${site.title}: latest articles" href="${href(site, "/feed.xml")}">
${page.feed ? html`<link rel="alternate" type="application/atom+xml" title="${page.feed.title}" href="${href(site, page.feed.url)}">` : ""}
${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ""}
${(page.scripts ?? []).map((src) => html`<script type="module" src="${href(site, src)}"></script>`)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="site-title" href="${href(site, "/")}"${page.section === "home" ? html` aria-current="page"` : ""}>${site.title}</a>
    <nav class="site-nav" aria-label="Sections">
      <ul>${NAV.map(
        (item) =>
          html`<li><a href="${href(site, item.url)}"${page.section === item.section ? html` aria-current="${page.url === item.url ? "page" : "true"}"` : ""}>${item.label}</a></li>`,
      )}</ul>
    </nav>
    <form class="site-search" role="search" aria-label="Site search" action="${href(site, "/search/")}" method="get">
      <label class="visually-hidden" for="site-search-q">Search the archive</label>
      <input id="site-search-q" name="q" type="search" placeholder="Search the archive" autocomplete="off">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${renderBreadcrumbs(site, page.breadcrumbs, page.title)}
${page.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${site.title}: an archive of news articles. <a href="${href(site, "/feed.xml")}">Atom feed</a> · <a href="${href(site, "/api/articles.json")}">JSON export</a> · <a href="${href(site, "/sitemap.xml")}">Sitemap</a></p>
    <p class="fine">Articles belong to their publishers; this archive keeps them as saved.</p>
  </div>
</footer>
</body>
</html>
`;
  return doc.value;
}
