/**
 * sitemap.xml. The protocol allows 50,000 addresses a file, so a larger archive gets a
 * sitemap index (sitemap.xml) pointing at numbered files (sitemap-1.xml, …).
 */
import { escapeHtml } from "./html.ts";
import { absoluteUrl } from "./site-options.ts";

export const SITEMAP_LIMIT = 50_000;

export interface SitemapFile {
  url: string;
  content: string;
}

export function renderSitemaps(siteUrl: string, urls: readonly string[]): SitemapFile[] {
  const urlset = (chunk: readonly string[]) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${chunk
      .map((url) => `<url><loc>${escapeHtml(absoluteUrl(siteUrl, url))}</loc></url>`)
      .join("\n")}\n</urlset>\n`;
  if (urls.length <= SITEMAP_LIMIT) return [{ url: "/sitemap.xml", content: urlset(urls) }];
  const files: SitemapFile[] = [];
  for (let i = 0; i * SITEMAP_LIMIT < urls.length; i++) {
    files.push({ url: `/sitemap-${i + 1}.xml`, content: urlset(urls.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT)) });
  }
  const index = `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files
    .map((f) => `<sitemap><loc>${escapeHtml(absoluteUrl(siteUrl, f.url))}</loc></sitemap>`)
    .join("\n")}\n</sitemapindex>\n`;
  return [{ url: "/sitemap.xml", content: index }, ...files];
}
