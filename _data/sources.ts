/** `sources` in every template: the sources (agencies and outlets), by slug, each with its articles and the articles citing it. Read once per build (build/build-state.ts). */
import { currentBuild } from "../build/build-state.ts";

export default async function () {
  const { archive } = await currentBuild();
  return archive.sources;
}
