/**
 * The parts of a layout an owner may replace from theme/parts.ts, without touching layouts/.
 * Each part is given what the page shows and the part as Dateline would render it (`standard`),
 * so a replacement can wrap it, add to it, or ignore it. Whatever a part returns is written
 * into every page of its kind: build it with the escaping `html` tag (src/html.ts), so that an
 * article's text stays text.
 */
import type { SafeHtml } from "../src/html.ts";
import type { ArticlePage } from "../src/pages.ts";
import type { PageShell, SiteContext } from "./page.ts";
import ownParts from "../theme/parts.ts";

export interface LayoutParts {
  /** The site's header: its name, the navigation and the search box. */
  header?: (site: SiteContext, page: PageShell, standard: SafeHtml) => SafeHtml;
  /** The site's footer, on every page. */
  footer?: (site: SiteContext, page: PageShell, standard: SafeHtml) => SafeHtml;
  /** The foot of an article: its facts (topics, source, dateline, original address…). */
  articleFooter?: (site: SiteContext, page: ArticlePage, standard: SafeHtml) => SafeHtml;
}

/** The owner's replacements, typed as parts (theme/parts.ts may leave any out). */
export const theme: LayoutParts = ownParts;
