/**
 * The home page: what the archive holds at a glance, and the latest articles.
 */
import { html } from "../src/html.ts";
import type { HomePage } from "../src/pages.ts";
import { formatCount, periodLabel } from "../src/site-words.ts";
import { articleList, barChart, countedLinks, readableDate } from "./components.ts";
import { href, renderPage, type SiteContext } from "./page.ts";

export function renderHomePage(site: SiteContext, page: HomePage): string {
  const { words } = site;
  const total = formatCount(page.total, words);
  const range = page.first && page.last
    ? words.homeRange(html`<time datetime="${page.first.date.day}">${readableDate(site, page.first.date, false)}</time>`, html`<time datetime="${page.last.date.day}">${readableDate(site, page.last.date, false)}</time>`)
    : "";
  const body = html`<header class="home-header">
  <h1>${site.title}</h1>
  <p class="lede">${words.homeLede(total, page.total, range)}</p>
</header>
<div class="home-grid">
  <section class="home-latest" aria-labelledby="latest-heading">
    <h2 id="latest-heading">${words.latestArticles}</h2>
    ${articleList(site, page.latest, { headingLevel: 3 })}
    <p class="more"><a href="${href(site, "/articles/")}">${words.allArticlesLink(total)}</a></p>
  </section>
  <div class="home-side">
    ${page.chart ? html`<section aria-labelledby="years-heading"><h2 id="years-heading">${words.years}</h2>${barChart(site, page.chart)}${countedLinks(site, page.years, "counted")}</section>` : ""}
    ${page.topTopics.length ? html`<section aria-labelledby="topics-heading"><h2 id="topics-heading">${words.topTopics}</h2>${countedLinks(site, page.topTopics, "counted")}<p class="more"><a href="${href(site, "/topics/")}">${words.allTopics}</a></p></section>` : ""}
    ${page.sources.length ? html`<section aria-labelledby="sources-heading"><h2 id="sources-heading">${words.sources}</h2>${countedLinks(site, page.sources.slice(0, 15), "counted")}<p class="more"><a href="${href(site, "/sources/")}">${words.allSources}</a></p></section>` : ""}
    <section aria-labelledby="places-heading"><h2 id="places-heading">${words.places}</h2><p><a href="${href(site, "/places/")}">${words.everyPlace}</a></p></section>
    ${page.stories.length ? html`<section aria-labelledby="stories-heading"><h2 id="stories-heading">${words.history.stories}</h2><ul class="home-stories">${page.stories.map((story) => html`<li><a href="${href(site, story.url)}">${story.title}</a> <span class="story-meta">${words.history.storySummary(formatCount(story.count, words), story.count, words.history.span(periodLabel(story.firstDay, words), periodLabel(story.lastDay, words)))}</span></li>`)}</ul><p class="more"><a href="${href(site, "/stories/")}">${words.history.allStories(formatCount(page.storyCount, words))}</a></p></section>` : ""}
    <section aria-labelledby="on-this-day-heading"><h2 id="on-this-day-heading">${words.history.onThisDay}</h2><p><a href="${href(site, "/on-this-day/")}">${words.history.everyDay}</a></p></section>
  </div>
</div>`;
  return renderPage({ site, title: site.title, description: site.description ?? words.homeDescription(String(page.total)), url: "/", section: "home", body });
}
