/**
 * A page of the owner's own (pages/about.md): their content, trusted as written, inside the
 * site's shell (header, navigation, footer, the Content-Security-Policy), under a heading of its
 * title. Eleventy applies it as the layout `page` (_includes/page.11ty.ts).
 */
import { html, trustedHtml } from "../src/html.ts";
import { renderPage, type SiteContext } from "./page.ts";

export interface OwnerPage {
  title: string;
  /** Site-relative, as Eleventy gives it ("/about/"). */
  url: string;
  /** The page's own rendered markup: the owner's, so not escaped. */
  content: string;
  description?: string | null;
  /** The page's language, when it is not the site's ("en" on a Persian site): its text reads in that direction. */
  language?: string | null;
}

export function renderOwnerPage(site: SiteContext, page: OwnerPage): string {
  const body = html`<article class="owner-page">
<h1>${page.title}</h1>
${trustedHtml(page.content)}
</article>`;
  return renderPage({
    site,
    title: page.title,
    description: page.description ?? null,
    url: page.url,
    section: null,
    body,
    breadcrumbs: [{ label: site.words.home, url: "/" }],
    language: page.language ?? null,
  });
}
