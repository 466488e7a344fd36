/** Shards (src/shards.ts): what each of N renders, and when parts make one site. */
import { describe, expect, it } from "vitest";
import { chooseJobs, choosePasses, chooseShards, mergeArguments } from "../bin/build.ts";
import { checkParts, ownsArticle, ownsBundle, ownsUrl, parseShard, sharePlan, shardFromArgv, type PartManifest } from "../src/shards.ts";

const manifest = (shard: number, of: number, files: string[] = [`${shard}.html`], fingerprint = "f"): PartManifest => ({
  dateline: "shard part",
  shard,
  of,
  fingerprint,
  files,
  report: { files: 1, articles: 1, errors: 0, warnings: 0 },
});

describe("--shard=K/N", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/4", { index: 2, count: 4 }],
    [" 4/4 ", { index: 4, count: 4 }],
  ])("%s is shard K of N", (text, expected) => expect(parseShard(text)).toEqual(expected));

  it.each(["0/3", "4/3", "1/0", "a/b", "1", "1/2/3", "-1/2"])("%s is refused with a reason", (text) => {
    expect(typeof parseShard(text)).toBe("string");
  });

  it("is read from the command line in either form, and a malformed one throws", () => {
    expect(shardFromArgv(["--output=x", "--shard=2/3"])).toEqual({ index: 2, count: 3 });
    expect(shardFromArgv(["--shard", "3/3"])).toEqual({ index: 3, count: 3 });
    expect(shardFromArgv(["--output=x"])).toBeNull();
    expect(() => shardFromArgv(["--shard=5/3"])).toThrow(/K must be between 1 and 3/);
  });
});

describe("what each shard renders", () => {
  const shards = (count: number) => Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));

  it.each([1, 2, 3, 7])("every article, bundle and page goes to exactly one of %i shards", (count) => {
    const articles = Array.from({ length: 100 }, (_, i) => ({ url: `/a/${i}/` }));
    const bundles = Array.from({ length: 5 }, (_, i) => `b${i}`);
    const pages = Array.from({ length: 300 }, (_, i) => ({ url: `/list/${i}/` }));
    const shares = shards(count).map((shard) => sharePlan(articles, bundles, shard));
    expect(shares.flatMap((s) => s.articles).map((a) => a.url).sort()).toEqual(articles.map((a) => a.url).sort());
    expect(shares.flatMap((s) => s.bundles).sort()).toEqual([...bundles].sort());
    expect(shares.flatMap((s) => s.pages(pages)).length).toBe(pages.length);
    expect(shares.filter((s) => s.ownsRest).length).toBe(1);
    // About even: no shard has more than twice its fair part of the other pages.
    for (const share of shares) expect(share.pages(pages).length).toBeLessThanOrEqual((2 * pages.length) / count);
  });

  it("articles (given newest first) go in runs of time from the oldest: shard 1 the oldest", () => {
    const owners = Array.from({ length: 10 }, (_, i) => [1, 2, 3].find((k) => ownsArticle({ index: k, count: 3 }, i, 10)));
    expect(owners).toEqual([3, 3, 3, 2, 2, 2, 1, 1, 1, 1]);
  });

  it("bundles go in runs from b0, the oldest", () => {
    expect(Array.from({ length: 5 }, (_, i) => [1, 2].find((k) => ownsBundle({ index: k, count: 2 }, i, 5)))).toEqual([1, 1, 1, 2, 2]);
  });

  it("a page's shard depends on its address only", () => {
    const shard = { index: 2, count: 3 };
    expect(ownsUrl(shard, "/topics/iran/")).toBe(ownsUrl(shard, "/topics/iran/"));
  });

  it("without a shard, everything", () => {
    const share = sharePlan([{ url: "/a/" }], ["b0"], null);
    expect(share.articles).toHaveLength(1);
    expect(share.pages([{ url: "/x/" }, { url: "/y/" }])).toHaveLength(2);
    expect(share.ownsRest).toBe(true);
  });
});

describe("parts that make one site", () => {
  const parts = (...manifests: PartManifest[]) => manifests.map((m, i) => ({ dir: `part${i + 1}`, manifest: m }));

  it("all N shards of one build, each once", () => {
    expect(checkParts(parts(manifest(2, 3), manifest(1, 3), manifest(3, 3)))).toBeNull();
  });

  it.each([
    ["a missing shard", parts(manifest(1, 3), manifest(3, 3)), /1 shard of 3 missing: 2\/3/],
    ["a shard twice", parts(manifest(1, 2), manifest(1, 2, ["other.html"]), manifest(2, 2)), /part1 and part2 are both shard 1\/2/],
    ["different N", parts(manifest(1, 2), manifest(2, 3)), /different numbers of shards/],
    ["different builds", parts(manifest(1, 2), manifest(2, 2, ["2.html"], "g")), /different archives, settings/],
    ["a file in two parts", parts(manifest(1, 2, ["a.html"]), manifest(2, 2, ["a.html"])), /a.html is in two parts, part1 and part2/],
    ["no parts", [], /no parts/],
  ])("refuses %s, in one line", (_, given, message) => {
    const refusal = checkParts(given);
    expect(refusal).toMatch(message);
    expect(refusal).not.toContain("\n");
  });
});

describe("how many processes a one-machine build uses", () => {
  const many = () => 100_000;
  it("every core by default from three up, one for a small archive or on two cores", () => {
    expect(chooseJobs([], {}, many, 8)).toBe(8);
    expect(chooseJobs([], {}, many, 3)).toBe(3);
    expect(chooseJobs([], {}, () => 10, 8)).toBe(1);
    expect(chooseJobs([], {}, many, 2)).toBe(1);
    expect(chooseJobs([], {}, many, 1)).toBe(1);
    expect(chooseJobs(["--jobs=2"], {}, many, 2)).toBe(2);
  });

  it("--jobs=N, else DATELINE_JOBS, limits it", () => {
    expect(chooseJobs(["--jobs=3"], { DATELINE_JOBS: "2" }, many, 8)).toBe(3);
    expect(chooseJobs([], { DATELINE_JOBS: "2" }, () => 10, 8)).toBe(2);
    expect(chooseJobs(["--jobs=0"], {}, many, 8)).toMatch(/whole number/);
    expect(chooseJobs(["--jobs=x"], {}, many, 8)).toMatch(/whole number/);
  });

  it("as many shards as processes, more for a large archive (a shard per 10,000 files), or --shards=M", () => {
    expect(chooseShards([], {}, 2, () => 13_520)).toBe(2);
    expect(chooseShards([], {}, 2, () => 100_000)).toBe(10);
    expect(chooseShards([], {}, 1, () => 100_000)).toBe(1);
    expect(chooseShards(["--shards=4"], {}, 1, () => 10)).toBe(4);
    expect(chooseShards([], { DATELINE_SHARDS: "3" }, 2, () => 10)).toBe(3);
    expect(chooseShards(["--shards=0"], {}, 2, () => 10)).toMatch(/whole number/);
  });

  it("one process renders in a pass per 10,000 files (one for fewer; per 5,000 from 500,000), or --passes=P, else DATELINE_PASSES", () => {
    expect(choosePasses([], {}, () => 9_999)).toBe(1);
    expect(choosePasses([], {}, () => 0)).toBe(1);
    expect(choosePasses([], {}, () => 10_001)).toBe(2);
    expect(choosePasses([], {}, () => 100_000)).toBe(10);
    expect(choosePasses([], {}, () => 499_999)).toBe(50);
    expect(choosePasses([], {}, () => 500_000)).toBe(100);
    expect(choosePasses([], {}, () => 1_000_000)).toBe(200);
    expect(choosePasses(["--passes=4"], { DATELINE_PASSES: "2" }, () => 10)).toBe(4);
    expect(choosePasses([], { DATELINE_PASSES: "2" }, () => 100_000)).toBe(2);
    for (const bad of ["0", "x", "1.5", "1001"]) expect(choosePasses([`--passes=${bad}`], {}, () => 10)).toMatch(/whole number of passes/);
  });

  it("--merge takes the folders up to the next option", () => {
    expect(mergeArguments(["--merge", "a", "b", "--output=c"])).toEqual(["a", "b"]);
    expect(mergeArguments(["--output=c"])).toBeNull();
  });
});

describe("the sharded GitHub Pages workflow", () => {
  it("builds shards 1…SHARDS as a matrix, each with --shard=K/SHARDS, and merges them all before deploying", async () => {
    const { readFileSync } = await import("node:fs");
    const { parse } = await import("yaml");
    const workflow = parse(readFileSync(new URL("../.github/workflows/pages-sharded.yml", import.meta.url), "utf8")) as {
      env: { SHARDS: number };
      jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps?: { run?: string; uses?: string }[] }>;
    };
    const count = workflow.env.SHARDS;
    const { shard, merge, deploy } = workflow.jobs;
    expect(shard?.strategy?.matrix.shard).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    const runs = (job: typeof shard) => (job?.steps ?? []).map((step) => step.run ?? step.uses ?? "").join("\n");
    expect(runs(shard)).toContain("npm run build -- --shard=${{ matrix.shard }}/${{ env.SHARDS }}");
    expect(runs(shard)).toContain("actions/upload-artifact");
    expect(merge?.needs).toBe("shard");
    expect(runs(merge)).toMatch(/npm run build -- --merge .*seq 1 "\$SHARDS"/);
    expect(runs(merge)).toContain("actions/upload-pages-artifact");
    expect(deploy?.needs).toBe("merge");
    expect(runs(deploy)).toContain("actions/deploy-pages");
  });
});
