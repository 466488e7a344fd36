/**
 * The layout `page`, which the owner's pages get unless their front matter names another
 * (`layout: my-layout.njk`, from this folder) or none (`layout: false`). A layout of yours can
 * end in this one: give it `layout: page` in its own front matter.
 */
import { renderOwnerPage } from "../layouts/owner-page.ts";
import type { SiteContext } from "../layouts/page.ts";

interface LayoutData {
  site: SiteContext;
  title?: string;
  description?: string;
  /** The page's own language, if not the site's. */
  language?: string;
  content: string;
  page: { url: string; fileSlug: string };
}

export function render(data: LayoutData): string {
  return renderOwnerPage(data.site, {
    title: data.title ?? data.page.fileSlug,
    url: data.page.url,
    content: data.content,
    description: data.description ?? null,
    language: data.language ?? null,
  });
}
