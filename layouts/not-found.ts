/**
 * The page hosts show for an address that does not exist.
 */
import { html } from "../src/html.ts";
import { href, renderPage, type SiteContext } from "./page.ts";

export function renderNotFoundPage(site: SiteContext): string {
  const { words } = site;
  const body = html`<header class="list-header"><h1>${words.notFoundTitle}</h1></header>
<p>${words.notFoundText(site.title)}</p>
<ul>
  <li><a href="${href(site, "/search/")}">${words.searchTheArchive}</a></li>
  <li><a href="${href(site, "/articles/")}">${words.notFoundAll}</a></li>
  <li><a href="${href(site, "/")}">${words.home}</a></li>
</ul>`;
  return renderPage({ site, title: words.notFoundTitle, url: "/404.html", section: null, body, noindex: true });
}
