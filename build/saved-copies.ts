/**
 * Each article's file as saved, copied byte for byte beside its page (`…/slug/saved.txt`,
 * src/provenance.ts), so a reader can see what the archive was given and check its SHA-256.
 * Copied, not rendered: the bytes are the file's own, whatever its encoding.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { savedFileUrl } from "../src/provenance.ts";
import type { Article } from "../src/types.ts";

/** How many copies run at once. */
const AT_ONCE = 32;

export async function writeSavedCopies(outputDir: string, articlesDir: string, articles: readonly Pick<Article, "url" | "sourceFile">[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const article = articles[next++] as Pick<Article, "url" | "sourceFile">;
      const target = path.join(outputDir, savedFileUrl(article.url).slice(1));
      const source = path.join(articlesDir, article.sourceFile);
      // The page's folder is there already (pages are written first); made only if it is not.
      await copyFile(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(source, target);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, articles.length) }, worker));
}
