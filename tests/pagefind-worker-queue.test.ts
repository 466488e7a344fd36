// The script put before Pagefind's worker (build/pagefind-worker-queue.js), run as the worker
// runs it: on a `self` whose fetch answers when the test says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const QUEUE = readFileSync(new URL("../build/pagefind-worker-queue.js", import.meta.url), "utf8");

/** A worker's scope whose requests stay open until `answer` is called; it counts those open at once. */
function fakeWorker() {
  const open: { url: string; answer: () => void }[] = [];
  const started: string[] = [];
  let most = 0;
  const scope = {
    fetch(url: string) {
      started.push(url);
      return new Promise<string>((resolve) => {
        open.push({ url, answer: () => resolve(url) });
        most = Math.max(most, open.length);
      });
    },
  };
  new Function("self", QUEUE)(scope);
  /** Answers every open request, then lets the answers run. */
  const answerAll = async () => {
    for (const request of open.splice(0)) request.answer();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { fetch: (url: string) => scope.fetch(url) as Promise<string>, started, open, most: () => most, answerAll };
}

describe("the Pagefind worker's request queue", () => {
  it("keeps at most 32 requests open however many are asked at once, and answers every one with its own response", async () => {
    const worker = fakeWorker();
    const urls = Array.from({ length: 1000 }, (_, i) => `/pagefind/b${i}/filter/en_${i}.pf_filter`);
    const answers = Promise.all(urls.map(worker.fetch));
    expect(worker.open).toHaveLength(32);
    while (worker.open.length) await worker.answerAll();
    expect(await answers).toEqual(urls);
    expect(worker.most()).toBe(32);
    expect(worker.started).toEqual(urls);
  });

  it("lets a search's index chunks and fragments pass the filter files waiting", async () => {
    const worker = fakeWorker();
    const filters = Array.from({ length: 100 }, (_, i) => `/pagefind/b${i}/filter/en_${i}.pf_filter`);
    const all = filters.map(worker.fetch);
    // A search asked for meanwhile.
    const search = ["/pagefind/b7/index/en_1.pf_index", "/pagefind/b7/fragment/en_2.pf_fragment"];
    all.push(...search.map(worker.fetch));
    await worker.answerAll();
    // The first 32 filter files were already asked for; the search's two go next.
    expect(worker.started.slice(32, 34)).toEqual(search);
    while (worker.open.length) await worker.answerAll();
    await Promise.all(all);
    expect(worker.started).toHaveLength(102);
  });

  it("passes a failed request's error on, and goes on with the next", async () => {
    let calls = 0;
    const scope = {
      fetch: (url: string) => (++calls === 1 ? Promise.reject(new Error(`refused ${url}`)) : Promise.resolve(url)),
    };
    new Function("self", QUEUE)(scope);
    await expect(scope.fetch("/a")).rejects.toThrow("refused /a");
    await expect(scope.fetch("/b")).resolves.toBe("/b");
  });
});
