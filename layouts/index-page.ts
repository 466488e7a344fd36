/**
 * An index of topics, sources or places, alphabetical, with the largest first.
 */
import { html } from "../src/html.ts";
import type { IndexPage } from "../src/pages.ts";
import { formatCount } from "../src/site-words.ts";
import { renderDatelineMap } from "../src/dateline-map.ts";
import { countedLinks } from "./components.ts";
import { href, renderPage, type SiteContext } from "./page.ts";

export function renderIndexPage(site: SiteContext, page: IndexPage): string {
  const { words } = site;
  const n = page.entries.length;
  const body = html`<header class="list-header">
  <h1>${page.title}</h1>
  <p class="list-description">${page.description} ${words.indexCount(formatCount(n, words), n, page.kind)}</p>
</header>
${page.map && page.map.length ? html`<figure class="map-figure">
  ${renderDatelineMap(page.map.map((p) => ({ ...p, url: href(site, p.url) })), { title: words.history.mapTitle, label: (p) => words.history.mapDot(p.name, formatCount(p.count, words), p.count) })}
  <figcaption>${words.history.mapNote}</figcaption>
</figure>` : ""}
${n > 12 ? html`<section aria-labelledby="top-heading"><h2 id="top-heading">${words.mostArticles}</h2>${countedLinks(site, page.top, "counted columns")}</section>` : ""}
<section aria-labelledby="all-heading">
  <h2 id="all-heading">${n > 12 ? words.allAToZ : words.aToZ}</h2>
  ${n ? countedLinks(site, page.entries, "counted columns") : html`<p class="empty">${words.noneYet}</p>`}
</section>`;
  return renderPage({ site, title: page.title, description: page.description, url: page.url, section: page.kind, body, breadcrumbs: page.breadcrumbs });
}
