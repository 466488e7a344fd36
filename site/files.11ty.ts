/** Files that are not pages: the JSON export, the problem report, sitemaps, search, 404. */
import type { GeneratedFile } from "../build/outputs.ts";
import { onePagePerEntry, type TemplateData } from "./types.ts";

export const data = onePagePerEntry("datelineFiles");

export function render({ entry }: TemplateData<GeneratedFile>): string {
  return entry.content;
}
