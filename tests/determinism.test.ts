/**
 * Two builds of the same articles give the same bytes: whatever the machine's time zone, and
 * whatever order the file system lists the files in.
 *
 * The input is the fixture archive with the hostile set beside it (odd names, collisions,
 * dates with and without offsets, problems of every kind), written file by file into two
 * folders in opposite orders. Three builds: the first folder under the time zone furthest
 * ahead of UTC (Pacific/Kiritimati, UTC+14) and under one behind it (America/Los_Angeles),
 * then the second folder under Los Angeles.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_ARCHIVE, listFiles, type BuildResult } from "./helpers/build.ts";
import { HOSTILE_ARTICLES, HOSTILE_NOW } from "./helpers/hostile.ts";

/** Every fixture file, as [source, path in the articles folder], in sorted order. */
function inputs(): [string, string][] {
  return [
    ...listFiles(FIXTURE_ARCHIVE).map((f) => [path.join(FIXTURE_ARCHIVE, f), f] as [string, string]),
    ...listFiles(HOSTILE_ARTICLES).map((f) => [path.join(HOSTILE_ARTICLES, f), `hostile/${f}`] as [string, string]),
  ].sort((a, b) => (a[1] < b[1] ? -1 : 1));
}

/** Writes the files into a fresh folder in the given order, each folder made when first needed. */
function writeInOrder(files: [string, string][]): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "dateline-order-")), "articles");
  for (const [source, relative] of files) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    copyFileSync(source, path.join(dir, relative));
  }
  return dir;
}

/** The files that differ between two sites, with where they first differ. */
function differences(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const out: string[] = [];
  const onlyA = filesA.filter((f) => !filesB.includes(f));
  const onlyB = filesB.filter((f) => !filesA.includes(f));
  if (onlyA.length) out.push(`only in the first: ${onlyA.slice(0, 5).join(", ")}`);
  if (onlyB.length) out.push(`only in the second: ${onlyB.slice(0, 5).join(", ")}`);
  for (const file of filesA.filter((f) => filesB.includes(f))) {
    const bytesA = readFileSync(path.join(a, file));
    const bytesB = readFileSync(path.join(b, file));
    if (bytesA.equals(bytesB)) continue;
    let i = 0;
    while (i < bytesA.length && bytesA[i] === bytesB[i]) i++;
    out.push(`${file} at byte ${i}: ${JSON.stringify(bytesA.subarray(Math.max(0, i - 40), i + 40).toString())} vs ${JSON.stringify(bytesB.subarray(Math.max(0, i - 40), i + 40).toString())}`);
  }
  return out;
}

const env = { DATELINE_NOW: HOSTILE_NOW };
let forwards: string;
let backwards: string;
let kiritimati: BuildResult;
let losAngeles: BuildResult;
let reversed: BuildResult;

beforeAll(async () => {
  const files = inputs();
  forwards = writeInOrder(files);
  backwards = writeInOrder([...files].reverse());
  kiritimati = await buildSite({ articlesDir: forwards, env: { ...env, TZ: "Pacific/Kiritimati" } });
  losAngeles = await buildSite({ articlesDir: forwards, env: { ...env, TZ: "America/Los_Angeles" } });
  reversed = await buildSite({ articlesDir: backwards, env: { ...env, TZ: "America/Los_Angeles" } });
});

afterAll(() => {
  for (const dir of [forwards, backwards, kiritimati?.output, losAngeles?.output, reversed?.output]) if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe("two builds of the same articles", () => {
  it("all build, with the same summary", () => {
    for (const build of [kiritimati, losAngeles, reversed]) expect(build.exitCode, build.stderr).toBe(0);
    const summary = (b: BuildResult) => /\d+ articles built from \d+ files; \d+ warnings, \d+ errors/.exec(b.stdout)?.[0];
    expect(summary(kiritimati)).toBeDefined();
    expect(summary(losAngeles)).toBe(summary(kiritimati));
    expect(summary(reversed)).toBe(summary(kiritimati));
  });

  it("are byte-identical whatever the machine's time zone (UTC+14 and UTC−8/−7)", () => {
    expect(listFiles(kiritimati.output).length).toBeGreaterThan(100);
    expect(differences(kiritimati.output, losAngeles.output)).toEqual([]);
  });

  it("are byte-identical whatever order the files were created and are listed in", () => {
    expect(differences(losAngeles.output, reversed.output)).toEqual([]);
  });

  it("print the same problems in the same order", () => {
    const problems = (b: BuildResult) => b.stderr.split("\n").filter((l) => /^(?:error|warning): /.test(l));
    expect(problems(kiritimati).length).toBeGreaterThan(20);
    expect(problems(losAngeles)).toEqual(problems(kiritimati));
    expect(problems(reversed)).toEqual(problems(kiritimati));
  });

  it("were given the same files in two different creation orders", () => {
    const created = (dir: string) => listFiles(dir);
    expect(created(backwards)).toEqual(created(forwards));
    expect(readdirSync(forwards).length).toBeGreaterThan(5);
  });
});
