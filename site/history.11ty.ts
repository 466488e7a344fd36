import { renderOnThisDayPage, renderStoriesIndex, renderStoryPage, renderStoryRedirect } from "../layouts/history.ts";
import type { OnThisDayPage, StoriesIndexPage, StoryPage, StoryRedirectPage } from "../src/history-pages.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

/** Stories, their index and kept old addresses, and On this day (src/history-pages.ts). */
export const data = onePagePerEntry("datelineHistoryPages");

export function render({ site, entry }: TemplateData<StoryPage | StoriesIndexPage | StoryRedirectPage | OnThisDayPage>): string {
  if ("story" in entry) return renderStoryPage(site, entry);
  if ("stories" in entry) return renderStoriesIndex(site, entry);
  if ("redirectTo" in entry) return renderStoryRedirect(site, entry);
  return renderOnThisDayPage(site, entry);
}
