import { renderIndexPage } from "../layouts/index-page.ts";
import type { IndexPage } from "../src/pages.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

export const data = onePagePerEntry("datelineIndexPages");

export function render({ site, entry }: TemplateData<IndexPage>): string {
  return renderIndexPage(site, entry);
}
