/** One read for every shard (build/archive-handoff.ts): the archive handed over whole, identities kept. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { handedOver, readsArticles } from "../build/archive-handoff.ts";
import type { Archive } from "../src/archive.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-handoff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small archive whose maps are keyed by its own articles, as the real one's are. */
function archive(): Archive {
  const a = { url: "/2024/01/01/a/", title: "A" };
  const b = { url: "/2024/01/02/b/", title: "B" };
  return { articles: [b, a], links: new Map([[a, { previous: null, next: b, related: [b] }]]), storyOf: new Map(), allPaths: ["a.md", "b.md"] } as unknown as Archive;
}

describe("the archive handed over", () => {
  it("is read by the writing shard and loaded by the others, its maps keyed by its own articles", async () => {
    const file = path.join(dir, "archive.v8");
    let reads = 0;
    const read = async () => (reads++, archive());
    const written = await handedOver(read, { DATELINE_ARCHIVE_HANDOFF: file, DATELINE_ARCHIVE_HANDOFF_WRITE: "1" });
    const loaded = await handedOver(read, { DATELINE_ARCHIVE_HANDOFF: file });
    expect(reads).toBe(1);
    expect(loaded).toEqual(written);
    const [b, a] = loaded.articles;
    expect(loaded.links.get(a as never)?.next).toBe(b);
  });

  it("a shard waits for it, and reads for itself if the handover failed", async () => {
    const file = path.join(dir, "failed.v8");
    setTimeout(() => writeFileSync(`${file}.failed`, ""), 100);
    let reads = 0;
    await handedOver(async () => (reads++, archive()), { DATELINE_ARCHIVE_HANDOFF: file });
    expect(reads).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it("only the writing shard, or a build without handover, starts reader threads", () => {
    expect(readsArticles({})).toBe(true);
    expect(readsArticles({ DATELINE_ARCHIVE_HANDOFF: "x", DATELINE_ARCHIVE_HANDOFF_WRITE: "1" })).toBe(true);
    expect(readsArticles({ DATELINE_ARCHIVE_HANDOFF: "x" })).toBe(false);
  });
});
