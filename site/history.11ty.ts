import { renderOnThisDayPage, renderStoryPage } from "../layouts/history.ts";
import type { OnThisDayPage, StoryPage } from "../src/history-pages.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

/** Stories and On this day (src/history-pages.ts). */
export const data = onePagePerEntry("datelineHistoryPages");

export function render({ site, entry }: TemplateData<StoryPage | OnThisDayPage>): string {
  return "story" in entry ? renderStoryPage(site, entry) : renderOnThisDayPage(site, entry);
}
