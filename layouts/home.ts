/**
 * The home page: what the archive holds at a glance, and the latest articles.
 */
import { html } from "../src/html.ts";
import type { HomePage } from "../src/pages.ts";
import { articleList, barChart, countedLinks, readableDate } from "./components.ts";
import { href, renderPage, type SiteContext } from "./page.ts";

export function renderHomePage(site: SiteContext, page: HomePage): string {
  const range = page.first && page.last
    ? html` from <time datetime="${page.first.date.day}">${readableDate(page.first.date, false)}</time> to <time datetime="${page.last.date.day}">${readableDate(page.last.date, false)}</time>`
    : "";
  const body = html`<header class="home-header">
  <h1>${site.title}</h1>
  <p class="lede">${page.total.toLocaleString("en-US")} news article${page.total === 1 ? "" : "s"}${range}, by topic, source, place and date.</p>
</header>
<div class="home-grid">
  <section class="home-latest" aria-labelledby="latest-heading">
    <h2 id="latest-heading">Latest articles</h2>
    ${articleList(site, page.latest, { headingLevel: 3 })}
    <p class="more"><a href="${href(site, "/articles/")}">All ${page.total.toLocaleString("en-US")} articles &rarr;</a></p>
  </section>
  <div class="home-side">
    ${page.chart ? html`<section aria-labelledby="years-heading"><h2 id="years-heading">Years</h2>${barChart(site, page.chart)}${countedLinks(site, page.years, "counted")}</section>` : ""}
    ${page.topTopics.length ? html`<section aria-labelledby="topics-heading"><h2 id="topics-heading">Top topics</h2>${countedLinks(site, page.topTopics, "counted")}<p class="more"><a href="${href(site, "/topics/")}">All topics &rarr;</a></p></section>` : ""}
    ${page.sources.length ? html`<section aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2>${countedLinks(site, page.sources.slice(0, 15), "counted")}<p class="more"><a href="${href(site, "/sources/")}">All sources &rarr;</a></p></section>` : ""}
    <section aria-labelledby="places-heading"><h2 id="places-heading">Places</h2><p><a href="${href(site, "/places/")}">Every dateline place &rarr;</a></p></section>
  </div>
</div>`;
  return renderPage({ site, title: site.title, description: `An archive of ${page.total} news articles.`, url: "/", section: "home", body });
}
