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

/** Where an article's saved copy goes, relative to the site. */
function copyPlace(article: Pick<Article, "url">): string {
  return savedFileUrl(article.url).slice(1);
}

/** Where an article's file is copied from, and to. */
function copyOf(outputDir: string, articlesDir: string, article: Pick<Article, "url" | "sourceFile">): [source: string, target: string] {
  return [path.join(articlesDir, article.sourceFile), path.join(outputDir, copyPlace(article))];
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
 *
 * The thread is given every copy as one buffer, moved to it, not copied: each article's file and
 * its copy's place in the site, relative (copyList). Given as a list of two absolute paths an
 * article (copied to the thread) and kept with a set of every folder made, a million articles'
 * copies held about 550 MB of the process while a huge archive's stories were grouped beside
 * them, then its largest moment.
 */
export function writeSavedCopiesOnThread(outputDir: string, articlesDir: string, articles: readonly Pick<Article, "url" | "sourceFile">[]): Promise<void> {
  const list = copyList(articles);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./saved-copies-worker.mjs", import.meta.url), {
      workerData: { outputDir, articlesDir, list },
      transferList: [list],
    });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`copying the saved files stopped (exit ${code})`))));
  });
}

/**
 * Each article's file (relative to the articles folder) and its saved copy's place (relative to
 * the site) in UTF-8, every one followed by a NUL, which no path holds: in one buffer of its own,
 * written in place, with no string of the whole list made first. build/saved-copies-worker.mjs
 * reads it.
 */
function copyList(articles: readonly Pick<Article, "url" | "sourceFile">[]): ArrayBuffer {
  let bytes = 0;
  for (const article of articles) bytes += Buffer.byteLength(article.sourceFile) + Buffer.byteLength(copyPlace(article)) + 2;
  const buffer = new ArrayBuffer(bytes);
  const list = Buffer.from(buffer);
  let at = 0;
  for (const article of articles) {
    for (const part of [article.sourceFile, copyPlace(article)]) {
      at += list.write(part, at);
      list[at++] = 0;
    }
  }
  return buffer;
}
