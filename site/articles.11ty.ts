import { renderArticlePage } from "../layouts/article.ts";
import type { ArticlePage } from "../src/pages.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

export const data = onePagePerEntry("datelineArticlePages");

export function render({ site, entry }: TemplateData<ArticlePage>): string {
  return renderArticlePage(site, entry);
}
