/**
 * Your replacements for parts of the site's layouts: the header, the footer, an article's foot.
 * Leave a part out to keep Dateline's. Each gets the site (your settings, as `site`), the page,
 * and the part as Dateline renders it (`standard`), to wrap, extend or replace. Write markup
 * with the `html` tag: it escapes what it is given, so an article's text stays text.
 *
 * For example, a notice above every article's facts:
 *
 *   import { html } from "../src/html.ts";
 *   export default {
 *     articleFooter: (site, page, standard) => html`<p class="notice">Saved for research; © its publisher.</p>${standard}`,
 *   } satisfies LayoutParts;
 *
 * Your stylesheet is theme/style.css: it is loaded after Dateline's, on every page.
 */
import type { LayoutParts } from "../layouts/parts.ts";

export default {} satisfies LayoutParts;
