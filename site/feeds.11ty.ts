import { renderAtomFeed } from "../src/feeds.ts";
import type { FeedPage } from "../src/pages.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

export const data = onePagePerEntry("datelineFeeds");

export function render({ site, entry }: TemplateData<FeedPage>): string {
  return renderAtomFeed(site, entry);
}
