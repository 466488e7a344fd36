import { renderHomePage } from "../layouts/home.ts";
import type { HomePage } from "../src/pages.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

export const data = onePagePerEntry("datelineHomePage");

export function render({ site, entry }: TemplateData<HomePage>): string {
  return renderHomePage(site, entry);
}
