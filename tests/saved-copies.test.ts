import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeSavedCopies, writeSavedCopiesOnThread } from "../build/saved-copies.ts";
import { savedFileUrl } from "../src/provenance.ts";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

// Files named as people name them: other scripts, spaces, and the characters a list of paths
// might use as separators (a tab, a new line), in folders and not.
const NAMES = [
  "reuters/1987-03-02-gencorp.md",
  "tasnim/۲۰۲۳ گفتگو.txt",
  "新华社/2024-01-05 北京.txt",
  "wire copy/tab\there.txt",
  "line\nbreak.md",
  "top.txt",
];

/** An articles folder holding NAMES (each file's text its own, in bytes of several lengths), and the articles made of them. */
function makeArchive(count = NAMES.length) {
  root = mkdtempSync(path.join(os.tmpdir(), "dateline-saved-"));
  const articlesDir = path.join(root, "articles");
  const articles = Array.from({ length: count }, (_, i) => {
    const name = NAMES[i % NAMES.length] as string;
    const sourceFile = i < NAMES.length ? name : `more/${i}-${path.basename(name)}`;
    const file = path.join(articlesDir, sourceFile);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(`${sourceFile}\n${"é".repeat(i)}\u0000${i}`));
    return { sourceFile, url: `/${2000 + (i % 7)}/01/0${1 + (i % 9)}/${i % 2 ? "خبر" : "story"}-${i}/` };
  });
  return { articlesDir, articles, siteDir: path.join(root, "site") };
}

describe("saved copies", () => {
  for (const [name, write] of [
    ["on a thread of its own", writeSavedCopiesOnThread],
    ["on the main thread", writeSavedCopies],
  ] as const) {
    it(`copies every article's file byte for byte beside its page, ${name}`, async () => {
      const { articlesDir, articles, siteDir } = makeArchive(40);
      await write(siteDir, articlesDir, articles);
      for (const article of articles) {
        const copy = path.join(siteDir, savedFileUrl(article.url));
        expect(readFileSync(copy), article.sourceFile).toEqual(readFileSync(path.join(articlesDir, article.sourceFile)));
      }
    });
  }

  it("copies nothing for no articles, and fails naming a file that is gone", async () => {
    const { articlesDir, articles, siteDir } = makeArchive();
    await expect(writeSavedCopiesOnThread(siteDir, articlesDir, [])).resolves.toBeUndefined();
    rmSync(path.join(articlesDir, "top.txt"));
    await expect(writeSavedCopiesOnThread(siteDir, articlesDir, articles)).rejects.toThrow(/top\.txt/);
  });
});
