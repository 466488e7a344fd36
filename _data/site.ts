/**
 * `site` in every template: settings.ts with the environment's overrides (title, description,
 * language, timeZone, navigation, footer, siteUrl, pathPrefix) and the site's words (`site.words`).
 */
import { currentBuild } from "../build/build-state.ts";

export default async function () {
  return (await currentBuild()).site;
}
