/** The journal's name in a staging folder (see staging-commit.mjs). */
export const COMMIT_FILE: string;

/** What a build from the cache changes in the site, relative to it ("2024/03/01/a/index.html"). */
export interface CommitJournal {
  /** Folders replaced whole (search bundles: "pagefind/b11"). */
  folders: string[];
  /** Files moved from the staging folder into the site. */
  moves: string[];
  /** Files and folders removed from the site. */
  removes: string[];
}

export function applyCommit(output: string, staging: string): boolean;
