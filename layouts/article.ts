/**
 * One article: its text, everything known about it, and the way to its neighbours.
 * (What search indexes of it is src/search-records.ts.)
 */
import { html, trustedHtml, type SafeHtml } from "../src/html.ts";
import type { ArticlePage } from "../src/pages.ts";
import { ownCalendarDate } from "../src/calendars.ts";
import { absoluteUrl } from "../src/site-options.ts";
import { articleLanguage, formatCount, languageName, textDirection } from "../src/site-words.ts";
import type { Agency, Article } from "../src/types.ts";
import { savedFileUrl } from "../src/provenance.ts";
import { periodLabel } from "../src/site-words.ts";
import { articleLinks, joinWith, machineDate, readableDate } from "./components.ts";
import { href, langAttributes, renderPage, type SiteContext } from "./page.ts";
import { theme } from "./parts.ts";

function sourceLink(site: SiteContext, agency: Agency): SafeHtml {
  return html`<a href="${href(site, `/sources/${agency.slug}/`)}">${agency.name}</a>`;
}

export function articleJsonLd(site: SiteContext, article: Article): Record<string, unknown> {
  const archiveUrl = absoluteUrl(site.siteUrl, article.url);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    datePublished: article.date.iso,
    // The original address when known; the archive's is archivedAt (the same twice otherwise).
    ...(article.originalUrl ? { url: article.originalUrl } : {}),
    archivedAt: archiveUrl,
    wordCount: article.wordCount,
  };
  if (article.dateline) {
    data.dateline = article.dateline.raw;
    data.contentLocation = {
      "@type": "Place",
      name: article.dateline.place.name,
      ...(article.dateline.place.country ? { address: { "@type": "PostalAddress", addressCountry: article.dateline.place.countryCode } } : {}),
    };
  }
  if (article.source) {
    data.sourceOrganization = {
      "@type": "NewsMediaOrganization",
      name: article.source.name,
      ...(article.source.homepage ? { url: article.source.homepage } : {}),
    };
  }
  if (article.topics.length) data.about = article.topics.map((t) => ({ "@type": "Thing", name: t.name }));
  if (article.citedSources.length) data.mentions = article.citedSources.map((a) => ({ "@type": "NewsMediaOrganization", name: a.name }));
  if (article.author) data.author = { "@type": "Person", name: article.author };
  if (article.language) data.inLanguage = article.language;
  if (article.summary) data.description = article.summary;
  return data;
}

/**
 * The page is in the article's language and direction (a Persian article's page reads right to
 * left, its aside on the left); the site's own words on it are marked with the site's language.
 */
export function renderArticlePage(site: SiteContext, page: ArticlePage): string {
  const { article } = page;
  const { words } = site;
  const language = articleLanguage(article.language, words);
  // The site's words on the page: marked with the site's language, and its direction.
  const siteWords = language === words.language ? html`` : langAttributes(words.language);
  const siteBlock = siteWords;

  const ownDate = ownCalendarDate(article.date.day, language);
  // The stylesheet draws a dot before each item but the first, inside it. An item marked with the
  // site's direction would hold its dot at its own start (in a right-to-left article, the left of
  // the English words, not between two items): in an article of another language each item is
  // wrapped in a span of the line's direction, which holds the dot.
  const meta: SafeHtml[] = [
    // In a span only when it must say it is in the site's language.
    ((time) => (siteBlock.value ? html`<span${siteBlock}>${time}</span>` : time))(html`<time datetime="${machineDate(article.date)}">${readableDate(site, article.date)}</time>`),
  ];
  if (ownDate) {
    meta.push(html`<span class="own-calendar" lang="${ownDate.locale}" dir="${textDirection(ownDate.locale)}" title="${words.calendarNames[ownDate.calendar] ?? ownDate.calendar}">${ownDate.text}<span class="visually-hidden"${siteWords}> (${words.calendarNames[ownDate.calendar] ?? ownDate.calendar})</span></span>`);
  }
  if (article.source) meta.push(sourceLink(site, article.source));
  if (article.dateline) {
    const place = article.dateline.place;
    meta.push(html`<span${siteBlock}>${words.dateline} <a href="${href(site, `/places/${place.slug}/`)}">${place.name}</a>${place.country ? `, ${place.country}` : ""}</span>`);
  }

  const facts: SafeHtml[] = [];
  const fact = (term: string, value: SafeHtml | string) => facts.push(html`<div><dt>${term}</dt><dd>${value}</dd></div>`);
  if (article.topics.length) {
    fact(words.factTopics, html`<ul class="tags">${article.topics.map((t) => html`<li><a href="${href(site, `/topics/${t.slug}/`)}">${t.name}</a></li>`)}</ul>`);
  }
  if (article.citedSources.length) fact(words.factCites, joinWith(article.citedSources.map((a) => sourceLink(site, a)), html`, `));
  if (article.dateline) {
    const place = article.dateline.place;
    const raw = html`<q>${article.dateline.raw}</q>`;
    fact(words.factDateline, html`${language === words.language ? raw : html`<span${langAttributes(language)}>${raw}</span>`}${place.timeZone ? html` <span class="note">(${place.timeZone})</span>` : ""}`);
  }
  if (article.author) fact(words.factAuthor, html`<span${langAttributes(language)}>${article.author}</span>`);
  if (article.originalUrl) fact(words.factOriginal, html`<a class="original" dir="ltr" href="${article.originalUrl}" rel="nofollow noopener noreferrer">${displayUrl(article.originalUrl)}</a>`);
  if (article.archived) fact(words.factSaved, html`<time datetime="${article.archived}">${article.archived.slice(0, 10)}</time>`);
  if (page.alsoReported.length) {
    // A copy or the cited agency's own article when the archive holds one, else its source page.
    fact(words.history.alsoReportedBy, joinWith(page.alsoReported.map((r) => html`<a href="${href(site, r.article ? r.article.url : `/sources/${r.agency.slug}/`)}">${r.agency.name}</a>`), html`, `));
  }
  if (article.language) {
    // The code reads left to right; a left-to-right site needs no mark to say so.
    const code = textDirection(words.language) === "rtl" ? html`<span dir="ltr">${article.language}</span>` : article.language;
    fact(words.factLanguage, html`${languageName(article.language, words)} <span class="note">(${code})</span>`);
  }
  fact(words.factLength, words.words(formatCount(article.wordCount, words)));
  fact(words.factFile, html`<code dir="ltr">${article.sourceFile}</code>`);
  if (article.sha256) {
    fact(words.history.factSha256, html`<code class="sha256" dir="ltr" data-sha256="${article.sha256}">${article.sha256}</code>`);
    fact(words.history.factSavedFile, html`<a href="${href(site, savedFileUrl(article.url))}" type="text/plain">${words.history.savedFileLink}</a>`);
  }

  const neighbours = page.previous || page.next
    ? html`<nav class="across" aria-label="${words.beforeAndAfter}"${siteWords}>
  ${page.previous ? html`<a rel="prev" href="${href(site, page.previous.url)}"><span class="across-label">${words.earlier}</span> ${titleIn(site, page.previous)}</a>` : html`<span></span>`}
  ${page.next ? html`<a rel="next" href="${href(site, page.next.url)}"><span class="across-label">${words.later}</span> ${titleIn(site, page.next)}</a>` : html`<span></span>`}
</nav>`
    : html``;

  const articleFooter = html`<footer class="article-facts"${siteWords}>
    <h2 class="visually-hidden">${words.aboutArticle}</h2>
    <dl>${facts}</dl>
  </footer>`;
  const body = html`<article class="article" lang="${language}" dir="${textDirection(language)}">
  <header class="article-header">
    <h1>${article.title}</h1>
    <p class="article-meta">${joinWith(siteWords.value ? meta.map((item) => html`<span>${item}</span>`) : meta, html` `)}</p>
    ${page.story ? storyLine(site, page, siteWords) : ""}
  </header>
  <div class="article-body">
${article.bodyHtml ? trustedHtml(article.bodyHtml) : html`<p class="empty"${siteWords}>${words.headlineOnly}</p>`}
  </div>
  ${theme.articleFooter ? theme.articleFooter(site, page, articleFooter) : articleFooter}
</article>
<aside class="article-aside">
  ${neighbours}
  ${page.related.length ? html`<section class="related" aria-labelledby="related-heading"${siteWords}><h2 id="related-heading">${words.relatedArticles}</h2>${articleLinks(site, page.related)}</section>` : ""}
</aside>`;

  return renderPage({
    site,
    title: article.title,
    description: article.summary ?? null,
    url: article.url,
    section: "dates",
    body,
    breadcrumbs: page.breadcrumbs,
    jsonLd: articleJsonLd(site, article),
    language,
  });
}

/** "Part of the story: … — 7 articles, 3 March 1987 – 9 March 1987". */
function storyLine(site: SiteContext, page: ArticlePage, siteWords: SafeHtml): SafeHtml {
  const { words } = site;
  const story = page.story;
  if (!story) return html``;
  const span = words.history.span(periodLabel(story.firstDay, words), periodLabel(story.lastDay, words));
  return html`<p class="story-line"${siteWords}>${words.history.partOfStory} <a href="${href(site, story.url)}"><bdi>${story.title}</bdi></a> &mdash; ${words.history.storySummary(formatCount(story.count, words), story.count, span)}</p>`;
}

/** A neighbour's title, marked with its language when it is not the site's (which its link is in). */
function titleIn(site: SiteContext, article: Article): SafeHtml | string {
  const language = article.language ? articleLanguage(article.language, site.words) : null;
  return language === site.words.language ? article.title : html`<span${langAttributes(language)}>${article.title}</span>`;
}

function displayUrl(url: string): SafeHtml | string {
  const shown = url.replace(/^https?:\/\//, "").replace(/\/$/, "");
  return shown.length > 70 ? html`${shown.slice(0, 69)}&hellip;` : shown;
}
