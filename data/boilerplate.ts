/**
 * Lines that news sites and wires append to a story and that are not part of it.
 *
 * A plain-text article (.txt) loses, from its end, every line that matches `trailingLines`
 * (compared without regard to case, spacing or trailing punctuation) or one of the
 * `trailingPatterns`, until a line of the story itself is reached. Add the menu lines of the
 * sites you save from here.
 */
export const trailingLines: string[] = [
  // Tasnim News Agency's page furniture
  "Most Visited in Other Media",
  "Top Other Media stories",
  "Top Stories",
  "Most Visited",
  "Most Viewed",
  "Most Read",
  "Related News",
  "Related Stories",
  "Related Articles",
  "Read More",
  "More Stories",
  "Latest News",
  "Share",
  "Share this article",
  "Print",
  "Advertisement",
  "Comments",
  "Tags",
];

/** Wire sign-offs and end-of-story marks (the Reuters "Reuter" line, "REUTER...", "-30-", "(END)"). */
export const trailingPatterns: RegExp[] = [
  /^reuters?\s*(\.\.\.)?\s*$/i,
  /^-+\s*30\s*-+$/,
  /^\(?end\)?$/i,
  /^#{3,}$/,
];

/**
 * Sign-offs run on to the story's last sentence: removed from the end of the last line only
 * when they follow the sentence's closing punctuation, so "…, he told Reuters" stays.
 */
export const trailingInlinePatterns: RegExp[] = [
  /(?<=[.!?"”’)\d])\s+REUTERS?(?:\.\.\.)?\s*$/,
  /(?<=[.!?"”’)])\s+Reuter(?:\.\.\.)?\s*$/,
];
