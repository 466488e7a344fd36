/**
 * Each article's file as saved, copied byte for byte beside its page (`…/slug/saved.txt`,
 * src/provenance.ts), so a reader can see what the archive was given and check its SHA-256.
 * Copied, not rendered: the bytes are the file's own, whatever its encoding.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { savedFileUrl } from "../src/provenance.ts";
import type { Article } from "../src/types.ts";

/** How many copies run at once. */
const AT_ONCE = 32;

/** Where an article's file is copied from, and to. */
function copyOf(outputDir: string, articlesDir: string, article: Pick<Article, "url" | "sourceFile">): [source: string, target: string] {
  return [path.join(articlesDir, article.sourceFile), path.join(outputDir, savedFileUrl(article.url).slice(1))];
}

export async function writeSavedCopies(outputDir: string, articlesDir: string, articles: readonly Pick<Article, "url" | "sourceFile">[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const [source, target] = copyOf(outputDir, articlesDir, articles[next++] as Pick<Article, "url" | "sourceFile">);
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

/**
 * writeSavedCopies on a thread of its own, for a build that starts them while its main thread is
 * busy (grouping stories): the event loop there is blocked, so copies it issued would wait.
 */
export function writeSavedCopiesOnThread(outputDir: string, articlesDir: string, articles: readonly Pick<Article, "url" | "sourceFile">[]): Promise<void> {
  const copies = articles.map((article) => copyOf(outputDir, articlesDir, article));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./saved-copies-worker.mjs", import.meta.url), { workerData: { copies } });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`copying the saved files stopped (exit ${code})`))));
  });
}
