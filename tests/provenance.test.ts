import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readShownSha256, savedFileUrl, sha256Hex, verifySite, type VerifyReason } from "../src/provenance.ts";

const FILES: Record<string, string> = {
  "reuters/1987-03-02-gencorp.md": "---\ntitle: GenCorp rejects bid\ndate: 1987-03-02\n---\n\nAKRON, Ohio, March 2 - GenCorp rejected the bid.\n",
  "tasnim/2023-09-21-talks.txt": "Putin, Aliyev discuss de-escalation\n\nTEHRAN (Tasnim) – The presidents spoke.\n",
};
const URLS: Record<string, string> = {
  "reuters/1987-03-02-gencorp.md": "/1987/03/02/gencorp/",
  "tasnim/2023-09-21-talks.txt": "/2023/09/21/talks/",
};

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A built site and its articles folder, as a build leaves them; `prefix` as PATH_PREFIX. */
function makeSite(prefix = "/") {
  root = mkdtempSync(path.join(os.tmpdir(), "dateline-verify-"));
  const articlesDir = path.join(root, "articles");
  const siteDir = path.join(root, "site");
  const records = Object.entries(FILES).map(([file, text]) => {
    const url = URLS[file] as string;
    mkdirSync(path.dirname(path.join(articlesDir, file)), { recursive: true });
    writeFileSync(path.join(articlesDir, file), text);
    const pageDir = path.join(siteDir, url);
    mkdirSync(pageDir, { recursive: true });
    writeFileSync(path.join(pageDir, "index.html"), `<p>SHA-256 <code data-sha256="${sha256Hex(text)}">${sha256Hex(text)}</code></p>`);
    writeFileSync(path.join(pageDir, "saved.txt"), text);
    return { url: prefix + url.slice(1), sourceFile: file, sha256: sha256Hex(text) };
  });
  mkdirSync(path.join(siteDir, "api"), { recursive: true });
  writeFileSync(path.join(siteDir, "api", "articles.json"), JSON.stringify(records));
  return { siteDir, articlesDir, pathPrefix: prefix };
}

const reasons = (result: ReturnType<typeof verifySite>) => result.problems.map((p) => [p.file, p.reason]);

describe("verifySite", () => {
  it("finds nothing to report in a site built from the folder as it is", () => {
    const result = verifySite(makeSite());
    expect(result).toEqual({ checked: 2, refused: 0, problems: [] });
  });

  it("reads the pages of a site served under a path prefix", () => {
    expect(verifySite(makeSite("/my-archive/")).problems).toEqual([]);
  });

  it.each<[string, (site: ReturnType<typeof makeSite>) => void, [string, VerifyReason][]]>([
    [
      "a file changed after the build",
      ({ articlesDir }) => writeFileSync(path.join(articlesDir, "reuters/1987-03-02-gencorp.md"), "---\ntitle: GenCorp accepts bid\ndate: 1987-03-02\n---\n\nChanged.\n"),
      [["reuters/1987-03-02-gencorp.md", "changed-file"]],
    ],
    [
      "a single byte changed (a different line ending)",
      ({ articlesDir }) => writeFileSync(path.join(articlesDir, "tasnim/2023-09-21-talks.txt"), (FILES["tasnim/2023-09-21-talks.txt"] as string).replace(/\n/g, "\r\n")),
      [["tasnim/2023-09-21-talks.txt", "changed-file"]],
    ],
    ["a file deleted", ({ articlesDir }) => unlinkSync(path.join(articlesDir, "reuters/1987-03-02-gencorp.md")), [["reuters/1987-03-02-gencorp.md", "missing-file"]]],
    [
      "a file added after the build",
      ({ articlesDir }) => writeFileSync(path.join(articlesDir, "reuters/1987-03-03-more.md"), "---\ntitle: More\ndate: 1987-03-03\n---\n\nMore.\n"),
      [["reuters/1987-03-03-more.md", "not-in-site"]],
    ],
    ["a page removed", ({ siteDir }) => unlinkSync(path.join(siteDir, "2023/09/21/talks/index.html")), [["tasnim/2023-09-21-talks.txt", "missing-page"]]],
    [
      "a page edited to show another file's hash",
      ({ siteDir }) => writeFileSync(path.join(siteDir, "2023/09/21/talks/index.html"), `<code data-sha256="${sha256Hex("other")}"></code>`),
      [["tasnim/2023-09-21-talks.txt", "page-differs"]],
    ],
    [
      "a saved copy edited",
      ({ siteDir }) => writeFileSync(path.join(siteDir, "1987/03/02/gencorp/saved.txt"), "edited"),
      [["reuters/1987-03-02-gencorp.md", "saved-copy-differs"]],
    ],
  ])("names the file when %s", (_what, change, expected) => {
    const site = makeSite();
    change(site);
    const result = verifySite(site);
    expect(reasons(result)).toEqual(expected);
    for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(10);
  });

  it("expects no page of a file the build refused, as the site's problem report says", () => {
    const site = makeSite();
    writeFileSync(path.join(site.articlesDir, "reuters/no-title.md"), "---\ndate: 1987-03-03\n---\n\nNo title.\n");
    writeFileSync(path.join(site.siteDir, "api", "problems.json"), JSON.stringify({ problems: [{ file: "reuters/no-title.md", field: "title", message: "no title", severity: "error" }] }));
    expect(verifySite(site)).toMatchObject({ refused: 1, problems: [] });
  });

  it("reads nothing outside the two folders, whatever the export says", () => {
    const site = makeSite();
    writeFileSync(path.join(site.siteDir, "api", "articles.json"), JSON.stringify([{ url: "/../../etc/", sourceFile: "../../etc/passwd", sha256: "0".repeat(64) }]));
    const result = verifySite(site);
    expect(result.problems.map((p) => p.reason)).toEqual(["missing-file", "missing-page", "not-in-site", "not-in-site"]);
  });

  it("refuses a folder that is no Dateline site", () => {
    root = mkdtempSync(path.join(os.tmpdir(), "dateline-verify-"));
    expect(() => verifySite({ siteDir: root, articlesDir: root, pathPrefix: "/" })).toThrow(/no api\/articles.json/);
  });
});

describe("helpers", () => {
  it.each([
    ["/1987/03/02/gencorp/", "/1987/03/02/gencorp/saved.txt"],
    ["/my-archive/1987/03/02/gencorp", "/my-archive/1987/03/02/gencorp/saved.txt"],
  ])("savedFileUrl(%s) → %s", (url, saved) => expect(savedFileUrl(url)).toBe(saved));

  it("hashes the bytes, not the decoded text", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(Buffer.from([0xe9]))).not.toBe(sha256Hex("é"));
  });

  it("reads the hash a page shows", () => {
    expect(readShownSha256(`<code data-sha256="${"a".repeat(64)}">`)).toBe("a".repeat(64));
    expect(readShownSha256("<p>no hash</p>")).toBeNull();
  });
});

describe("readArchiveEntry", () => {
  it("records the SHA-256 of the bytes as saved, also for a file read as Windows-1252", async () => {
    const { listArchive, readArchiveEntry } = await import("../src/read-archive.ts");
    root = mkdtempSync(path.join(os.tmpdir(), "dateline-verify-"));
    const bytes = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" opens\n\nPARIS - A caf"), Buffer.from([0xe9]), Buffer.from(" opened.\n")]);
    writeFileSync(path.join(root, "2023-09-21-cafe.txt"), bytes);
    const [entry] = listArchive(root).entries;
    const read = readArchiveEntry(entry as NonNullable<typeof entry>);
    expect(read.file?.sha256).toBe(sha256Hex(bytes));
    expect(read.file?.text).toContain("Café");
  });
});
