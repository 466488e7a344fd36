import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles, loadArticlesInParallel } from "../src/load.ts";

const FIXTURE = path.resolve(import.meta.dirname, "fixtures/archive");

describe("loadArticlesInParallel", () => {
  it("gives exactly what loadArticles gives, in the same order, when two workers share the files", async () => {
    const single = loadArticles({ articlesDir: FIXTURE });
    const progress: number[] = [];
    const parallel = await loadArticlesInParallel({ articlesDir: FIXTURE, workers: 2, threshold: 0, onProgress: (done) => progress.push(done) });
    expect(parallel.articles).toEqual(single.articles);
    expect(parallel.problems).toEqual(single.problems);
    expect(parallel.allPaths).toEqual(single.allPaths);
    expect(single.articles.length).toBeGreaterThan(5);
  });
});
