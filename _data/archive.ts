/** `archive` in every template: every article newest first, without its text (articles, as collections.articles), the problems of the last read (problems) and how many files were read (files). Read once per build (build/build-state.ts). */
import { currentBuild } from "../build/build-state.ts";

export default async function () {
  const { archive, articles } = await currentBuild();
  return Object.freeze({ articles, problems: archive.problems, files: archive.allPaths.length });
}
