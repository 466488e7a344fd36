/** `periods` in every template: the years, months and days that have articles, newest first, each with its articles. Read once per build (build/build-state.ts). */
import { currentBuild } from "../build/build-state.ts";

export default async function () {
  const { archive } = await currentBuild();
  return Object.freeze({ years: archive.years, months: archive.months, days: archive.days });
}
