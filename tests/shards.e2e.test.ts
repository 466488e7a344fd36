/**
 * Many machines, one site: the fixture archive built whole, and as 3 shards (--shard=K/3) joined
 * by --merge, and on one machine as 3 shards in 2 processes at a time (--jobs=2 --shards=3, the
 * archive read once and handed over), and in one process as 3 render passes (--passes=3), gives
 * the same files, byte for byte.
 * Parts that do not make one site are refused in one line, and nothing is written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PART_MANIFEST } from "../src/shards.ts";
import { buildSite, listFiles, type BuildResult } from "./helpers/build.ts";
import { HOSTILE_NOW } from "./helpers/hostile.ts";

// Small search bundles, so that the fixture's 15 articles make several, shared among the shards.
const env = { DATELINE_NOW: HOSTILE_NOW, DATELINE_SEARCH_BUNDLE_SIZE: "4" };
const root = mkdtempSync(path.join(os.tmpdir(), "dateline-shards-"));
const at = (name: string) => path.join(root, name);
const part = (k: number) => at(`part-${k}`);

let whole: BuildResult;
let parts: BuildResult[];
let merged: BuildResult;
let parallel: BuildResult;
let passes: BuildResult;

/** The files that differ between two sites, by name or by bytes. */
function differences(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const out = [...filesA.filter((f) => !filesB.includes(f)).map((f) => `only in ${a}: ${f}`), ...filesB.filter((f) => !filesA.includes(f)).map((f) => `only in ${b}: ${f}`)];
  for (const file of filesA.filter((f) => filesB.includes(f))) {
    if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) out.push(`${file} differs`);
  }
  return out;
}

const merge = (dirs: string[], output = at("refused")) => buildSite({ output, env, args: ["--merge", ...dirs] });

beforeAll(async () => {
  whole = await buildSite({ output: at("whole"), env, args: ["--jobs=1"] });
  parts = [];
  for (const k of [1, 2, 3]) parts.push(await buildSite({ output: part(k), env, args: [`--shard=${k}/3`] }));
  merged = await merge([part(3), part(1), part(2)], at("merged"));
  parallel = await buildSite({ output: at("parallel"), env, args: ["--jobs=2", "--shards=3"] });
  passes = await buildSite({ output: at("passes"), env, args: ["--jobs=1", "--passes=3"] });
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a site built in shards", () => {
  it("every build succeeds", () => {
    for (const build of [whole, ...parts, merged, parallel, passes]) expect(build.exitCode, build.stderr).toBe(0);
    expect(parts[1]?.stdout).toMatch(/^Shard 2\/3 of 15 articles: \d+ files written to /);
  });

  it("each shard writes a share: its own pages, search bundles and saved copies, none twice", () => {
    const files = [1, 2, 3].map((k) => listFiles(part(k)).filter((f) => f !== PART_MANIFEST));
    for (const share of files) {
      expect(share.some((f) => /\/saved\.[a-z]+$/.test(f) || f.endsWith("/saved.txt") || /saved/.test(f))).toBe(true);
      expect(share.some((f) => f.startsWith("pagefind/b"))).toBe(true);
      expect(share.length).toBeGreaterThan(50);
    }
    const all = files.flat();
    expect(new Set(all).size).toBe(all.length);
    // A part is never a site: only the merge marks one.
    for (const k of [1, 2, 3]) expect(existsSync(path.join(part(k), ".dateline-site"))).toBe(false);
    expect(files[0]).toContain(".nojekyll");
    expect(files[1]).not.toContain(".nojekyll");
  });

  it("merged, is byte for byte the site one build writes: the same files, the same bytes", () => {
    expect(listFiles(merged.output)).toEqual(listFiles(whole.output));
    expect(differences(whole.output, merged.output)).toEqual([]);
    expect(merged.stdout).toMatch(/15 articles built from 21 files; 4 warnings, 3 errors/);
    // The merge reports the archive's problems as a build does.
    expect(merged.stderr).toBe(whole.stderr);
  });

  it("built as 3 shards, 2 processes at a time, on one machine, is the same site again, with nothing of the parts left", () => {
    expect(differences(whole.output, parallel.output)).toEqual([]);
    expect(parallel.stdout.replace(/ in [\d.]+ s\.$/m, "")).toBe(whole.stdout.replace(/ in [\d.]+ s\.$/m, "").replace("/whole", "/parallel"));
  });
});

describe("a site rendered in passes, one process", () => {
  it("rendered by 3 Eleventy instances over one reading of the archive, is the same site again", () => {
    expect(differences(whole.output, passes.output)).toEqual([]);
    expect(passes.stdout.replace(/ in [\d.]+ s\.$/m, "")).toBe(whole.stdout.replace(/ in [\d.]+ s\.$/m, "").replace("/whole", "/passes"));
    expect(passes.stderr).toBe(whole.stderr);
  });

  it("a number of passes that is none is refused, and nothing is written", async () => {
    const output = at("no-passes");
    const result = await buildSite({ output, env, args: ["--passes=0"] });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toBe("Build failed: --passes=0 (or DATELINE_PASSES): give a whole number of passes from 1 to 1000. Nothing was written.");
    expect(existsSync(output)).toBe(false);
  });
});

describe("parts that do not make one site", () => {
  /** A merge refused: exit 1, one line on stderr, nothing written. */
  async function refused(dirs: string[], message: RegExp): Promise<void> {
    const output = at(`refused-${Math.random().toString(36).slice(2)}`);
    const result = await merge(dirs, output);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
    expect(existsSync(output)).toBe(false);
    expect(listFiles(root, { hidden: true }).some((f) => f.includes(".building-"))).toBe(false);
  }

  it("a missing shard", () => refused([part(1), part(3)], /^Merge failed: 1 shard of 3 missing: 2\/3 \(2 parts given\)\. Nothing was written\.$/));

  it("a shard given twice", () => refused([part(1), part(2), part(2), part(3)], /are both shard 2\/3/));

  it("shards of builds cut into different numbers of shards", () => {
    const other = at("other-n");
    cpSync(part(2), other, { recursive: true });
    const manifestFile = path.join(other, PART_MANIFEST);
    writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, "utf8")), shard: 2, of: 4 }));
    return refused([part(1), other, part(3)], /different numbers of shards/);
  });

  it("a shard of another archive's build, or of other settings", async () => {
    const titled = await buildSite({ output: at("titled-2"), env: { ...env, SITE_TITLE: "Another archive" }, args: ["--shard=2/3"] });
    expect(titled.exitCode, titled.stderr).toBe(0);
    await refused([part(1), titled.output, part(3)], /were built from different archives, settings, owner's pages or code/);
  }, 120_000);

  it("a part that lost files on the way (an artifact without its dotfiles), or a folder that is no part", async () => {
    const damaged = at("damaged-1");
    cpSync(part(1), damaged, { recursive: true });
    rmSync(path.join(damaged, ".nojekyll"));
    await refused([damaged, part(2), part(3)], /lacks 1 of its files \(\.nojekyll…\): the part is damaged/);
    mkdirSync(at("empty"));
    await refused([at("empty"), part(2), part(3)], /is not a part: it has no \.dateline-part\.json/);
  });

  it("a site already there is left as it was", async () => {
    const result = await merge([part(1), part(2)], merged.output);
    expect(result.exitCode).toBe(1);
    expect(differences(whole.output, merged.output)).toEqual([]);
  });
});
