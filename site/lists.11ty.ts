import { renderListPage } from "../layouts/list.ts";
import type { ListPage } from "../src/pages.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

export const data = onePagePerEntry("datelineListPages");

export function render({ site, entry }: TemplateData<ListPage>): string {
  return renderListPage(site, entry);
}
