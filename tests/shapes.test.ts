import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("one V8 shape for every article and every list page", () => {
  // Copies spread into a literal with fields of their own got a hidden class each (V8 in Node
  // 20): about 500 bytes an article, and every read of their fields a megamorphic lookup.
  it("indexArticles and planSite make objects that share a map", () => {
    const run = spawnSync(process.execPath, ["--allow-natives-syntax", "--import", "tsx", "tests/support/shapes-probe.ts"], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const found = JSON.parse(run.stdout) as { articles: number; articleShapes: number; lists: number; listShapes: number; spreadShapes: number };
    expect(found.articles).toBe(300);
    expect(found.lists).toBeGreaterThan(5);
    // The probe can tell: the old construction gives most copies a map of their own.
    expect(found.spreadShapes).toBeGreaterThan(100);
    expect(found.articleShapes).toBe(1);
    expect(found.listShapes).toBe(1);
  }, 60_000);
});
