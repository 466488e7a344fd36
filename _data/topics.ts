/** `topics` in every template: the topics, by slug, each with its articles (newest first). Read once per build (build/build-state.ts). */
import { currentBuild } from "../build/build-state.ts";

export default async function () {
  const { archive } = await currentBuild();
  return archive.topics;
}
