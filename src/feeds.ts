/**
 * Atom feeds, written by the `feed` library. A feed's `updated` time is its newest article's,
 * never the build's, so two builds of the same archive give the same bytes.
 */
import { Feed } from "feed";
import { escapeHtml } from "./html.ts";
import type { FeedPage } from "./pages.ts";
import { absoluteUrl } from "./site-options.ts";
import type { Article } from "./types.ts";

export interface FeedSite {
  title: string;
  siteUrl: string;
}

function excerptFor(article: Article): string {
  return article.summary ?? article.plainText.split("\n\n").slice(0, 2).join("\n\n");
}

/**
 * The site's own feed carries each article's full text; the many topic and source feeds carry
 * summaries, which keeps a large archive's build (and its readers' downloads) small.
 */
export function renderAtomFeed(site: FeedSite, feed: FeedPage, fullText = feed.url === "/feed.xml"): string {
  const newest = feed.articles[0];
  const atom = new Feed({
    id: absoluteUrl(site.siteUrl, feed.url),
    title: escapeHtml(`${site.title}: ${feed.title}`),
    link: absoluteUrl(site.siteUrl, feed.alternateUrl),
    updated: new Date(newest ? newest.date.sortKey : 0),
    generator: "Dateline",
    feedLinks: { atom: absoluteUrl(site.siteUrl, feed.url) },
    copyright: "Articles belong to their publishers.",
  });
  for (const article of feed.articles) {
    const link = absoluteUrl(site.siteUrl, article.url);
    atom.addItem({
      // The library marks titles and summaries as HTML: escaped, article text stays text.
      title: escapeHtml(article.title),
      id: link,
      link,
      date: new Date(article.date.sortKey),
      published: new Date(article.date.sortKey),
      description: escapeHtml(excerptFor(article)),
      ...(fullText ? { content: article.bodyHtml } : {}),
      ...(article.author ? { author: [{ name: article.author }] } : article.source ? { author: [{ name: article.source.name }] } : {}),
      category: article.topics.map((t) => ({ name: escapeHtml(t.name), term: t.slug })),
    });
  }
  return atom.atom1();
}
