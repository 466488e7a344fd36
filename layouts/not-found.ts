/**
 * The page hosts show for an address that does not exist.
 */
import { html } from "../src/html.ts";
import { href, renderPage, type SiteContext } from "./page.ts";

export function renderNotFoundPage(site: SiteContext): string {
  const body = html`<header class="list-header"><h1>Page not found</h1></header>
<p>There is no page at this address in ${site.title}. Archive addresses do not change, so the link may be mistyped.</p>
<ul>
  <li><a href="${href(site, "/search/")}">Search the archive</a></li>
  <li><a href="${href(site, "/articles/")}">All articles, newest first</a></li>
  <li><a href="${href(site, "/")}">Home</a></li>
</ul>`;
  return renderPage({ site, title: "Page not found", url: "/404.html", section: null, body, noindex: true });
}
