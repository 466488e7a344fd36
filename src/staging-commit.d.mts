/** The journal's name in a staging folder (see staging-commit.mjs). */
export const COMMIT_FILE: string;
/** The pages rendered, in one file of the staging folder (build/output-pack.ts). */
export const PACK_FILE: string;

/** A file of the site as the pack holds it: its path in the site, where it starts in the pack, its length in bytes. */
export type PackedWrite = [file: string, offset: number, bytes: number];

/** What a build from the cache changes in the site, relative to it ("2024/03/01/a/index.html"). */
export interface CommitJournal {
  /** Folders replaced whole (search bundles: "pagefind/b11"). */
  folders: string[];
  /** Files written from the pack over the site's (absent in a journal of before the pack). */
  writes?: PackedWrite[];
  /** Files moved from the staging folder into the site. */
  moves: string[];
  /** Files and folders removed from the site. */
  removes: string[];
}

export function applyCommit(output: string, staging: string): boolean;
