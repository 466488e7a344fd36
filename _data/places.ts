/** `places` in every template: the dateline places, by slug, each with its articles. Read once per build (build/build-state.ts). */
import { currentBuild } from "../build/build-state.ts";

export default async function () {
  const { archive } = await currentBuild();
  return archive.places;
}
