import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeArticleBytes, LARGE_ARTICLE_BYTES, MAX_ARTICLE_BYTES, mergeData, readArchiveFiles } from "../src/read-archive.ts";
import type { Problem } from "../src/types.ts";
import { temporaryFolder } from "./support/articles.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeArticleBytes", () => {
  it.each([
    ["UTF-8", utf8("TEHRAN (Tasnim) – Putin"), "TEHRAN (Tasnim) – Putin"],
    ["a UTF-8 byte order mark", utf8("\ufeffTitle\n\nBody"), "Title\n\nBody"],
    ["CRLF line ends", utf8("Title\r\n\r\nBody\r\n"), "Title\n\nBody\n"],
    ["old Mac CR line ends", utf8("Title\r\rBody"), "Title\n\nBody"],
    ["a BOM and CRLF together", utf8("\ufeffTitle\r\nBody"), "Title\nBody"],
  ])("reads %s without a problem", (_what, bytes, text) => {
    expect(decodeArticleBytes(bytes)).toEqual({ text, problem: null });
  });

  it.each([
    ["Caf\xe9 Z\xfcrich", "Café Zürich"],
    ["Bogot\xe1, Mar 3 - Colombia", "Bogotá, Mar 3 - Colombia"],
  ])("reads Latin-1 bytes (%j) as text, with a warning", (latin1, text) => {
    const { text: decoded, problem } = decodeArticleBytes(Buffer.from(latin1, "latin1"));
    expect(decoded).toBe(text);
    expect(problem).toEqual({ severity: "warning", message: expect.stringMatching(/not UTF-8.*Windows-1252/) });
  });

  it.each([
    ["an empty file", new Uint8Array(0), /empty/],
    ["a file of white space", utf8(" \r\n\t\n "), /only white space/],
    ["a binary file", Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00), /binary/],
    ["UTF-16 text (NUL bytes)", Buffer.from("\ufeffTitle", "utf16le"), /binary/],
  ])("refuses %s as an error", (_what, bytes, message) => {
    expect(decodeArticleBytes(bytes).problem).toEqual({ severity: "error", message: expect.stringMatching(message) });
  });
});

describe("mergeData", () => {
  it.each([
    [{ source: "Tasnim" }, {}, { source: "Tasnim" }],
    [{ source: "Tasnim" }, { source: "Reuters" }, { source: "Reuters" }],
    [{ source: "Tasnim", topics: ["Iran", "Russia"] }, { topics: ["Russia", "Azerbaijan"] }, { source: "Tasnim", topics: ["Iran", "Russia", "Azerbaijan"] }],
    [{ topics: "Iran" }, { topics: ["Russia"] }, { topics: ["Russia"] }],
    [{ author: "A" }, { language: "en" }, { author: "A", language: "en" }],
  ])("%j under %j → %j", (outer, inner, merged) => {
    expect(mergeData(outer, inner)).toEqual(merged);
  });

  it("leaves both inputs as they were", () => {
    const outer = { topics: ["Iran"] };
    mergeData(outer, { topics: ["Russia"] });
    expect(outer).toEqual({ topics: ["Iran"] });
  });
});

describe("readArchiveFiles", () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let articles: string;
  const write = (relative: string, content: string | Uint8Array) => {
    const absolute = path.join(articles, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    return absolute;
  };
  const problemFor = (problems: Problem[], file: string) => problems.filter((problem) => problem.file === file);

  beforeEach(() => {
    folder = temporaryFolder();
    articles = path.join(folder.dir, "articles");
    mkdirSync(articles);
  });
  afterEach(() => folder.remove());

  it("reads .md, .markdown and .txt files at any depth, in a fixed order, with forward-slash paths", () => {
    write("tasnim/2023-09-21-putin.txt", "Putin\n\nBody");
    write("reuters/1987/02/114-coca-cola.md", "---\ntitle: x\n---\nBody");
    write("b.markdown", "Body");
    write("A.TXT", "Body");
    const { files, problems } = readArchiveFiles(articles);
    expect(files.map((file) => [file.path, file.format])).toEqual([
      ["A.TXT", "txt"],
      ["b.markdown", "md"],
      ["reuters/1987/02/114-coca-cola.md", "md"],
      ["tasnim/2023-09-21-putin.txt", "txt"],
    ]);
    expect(problems).toEqual([]);
  });

  it("applies a folder's data file ({\"source\": \"Tasnim\"}) to every file below it", () => {
    write("tasnim/tasnim.11tydata.json", '{"source": "Tasnim"}');
    write("tasnim/2023-09-21-putin.txt", "Putin\n\nBody");
    write("tasnim/2023/09/2023-09-22-aliyev.txt", "Aliyev\n\nBody");
    write("reuters/2023-09-21-other.txt", "Other\n\nBody");
    const { files, problems } = readArchiveFiles(articles);
    const data = Object.fromEntries(files.map((file) => [file.path, file.folderData]));
    expect(data).toEqual({
      "reuters/2023-09-21-other.txt": {},
      "tasnim/2023-09-21-putin.txt": { source: "Tasnim" },
      "tasnim/2023/09/2023-09-22-aliyev.txt": { source: "Tasnim" },
    });
    expect(problems).toEqual([]);
  });

  it("merges data files from the outermost folder in, and a file's own data file last", () => {
    write("tasnim/tasnim.11tydata.json", '{"source": "Tasnim", "topics": ["Iran"], "language": "en"}');
    write("tasnim/karabakh/index.11tydata.json", '{"topics": ["Nagorno-Karabakh"]}');
    write("tasnim/karabakh/2023-09-21-putin.txt", "Putin\n\nBody");
    write("tasnim/karabakh/2023-09-21-putin.11tydata.json", '{"language": "fa", "author": "Desk"}');
    write("tasnim/karabakh/2023-09-22-other.txt", "Other\n\nBody");
    const { files } = readArchiveFiles(articles);
    expect(files.map((file) => file.folderData)).toEqual([
      { source: "Tasnim", topics: ["Iran", "Nagorno-Karabakh"], language: "fa", author: "Desk" },
      { source: "Tasnim", topics: ["Iran", "Nagorno-Karabakh"], language: "en" },
    ]);
  });

  it("reads the articles folder's own data file, named after it", () => {
    write("articles.11tydata.json", '{"source": "Reuters"}');
    write("2023-09-21-x.md", "Body");
    expect(readArchiveFiles(articles).files[0]?.folderData).toEqual({ source: "Reuters" });
  });

  it.each([
    ["bad JSON in a folder data file", "tasnim/tasnim.11tydata.json", '{"source": ', "data file", "error", /not valid JSON.*not applied/],
    ["a JSON list in a folder data file", "tasnim/index.11tydata.json", '["Tasnim"]', "data file", "error", /must hold a JSON object/],
    ["bad JSON in a file's own data file", "tasnim/2023-09-21-putin.11tydata.json", "{source: Tasnim}", "data file", "error", /not valid JSON/],
  ])("reports %s and builds the articles without its defaults", (_what, dataPath, content, field, severity, message) => {
    write(dataPath, content);
    write("tasnim/2023-09-21-putin.txt", "Putin\n\nBody");
    const { files, problems } = readArchiveFiles(articles);
    expect(files.map((file) => [file.path, file.folderData])).toEqual([["tasnim/2023-09-21-putin.txt", {}]]);
    expect(problems).toEqual([{ file: dataPath, field, severity, message: expect.stringMatching(message) }]);
  });

  it("never runs a .11tydata.js code data file: it is reported and its data not applied", () => {
    const marker = path.join(folder.dir, "code-was-run");
    const code = `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"); module.exports = { source: "Evil" };`;
    write("tasnim/tasnim.11tydata.js", code);
    write("tasnim/tasnim.11tydata.cjs", code);
    write("tasnim/tasnim.11tydata.mjs", code);
    write("tasnim/2023-09-21-putin.txt", "Putin\n\nBody");
    const { files, problems } = readArchiveFiles(articles);
    expect(existsSync(marker)).toBe(false);
    expect(files[0]?.folderData).toEqual({});
    expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([
      ["tasnim/tasnim.11tydata.cjs", "data file", "warning"],
      ["tasnim/tasnim.11tydata.js", "data file", "warning"],
      ["tasnim/tasnim.11tydata.mjs", "data file", "warning"],
    ]);
    expect(problems[0]?.message).toMatch(/never run/);
  });

  it.each([
    ["an empty file", "2023-09-21-empty.md", new Uint8Array(0), "error", /empty/],
    ["a file of white space", "2023-09-21-blank.txt", utf8("\n  \n"), "error", /only white space/],
    ["a binary file", "2023-09-21-photo.txt", Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46), "error", /binary/],
    ["a file that is not an article", "notes.docx", utf8("x"), "warning", /not an article/],
  ])("reports %s and does not read it", (_what, name, content, severity, message) => {
    write(name, content);
    const { files, problems, allPaths } = readArchiveFiles(articles);
    expect(files).toEqual([]);
    expect(problems).toEqual([{ file: name, field: "file", severity, message: expect.stringMatching(message) }]);
    expect(allPaths).toEqual([name]);
  });

  it.each([
    ["a UTF-8 BOM", utf8("\ufeffPutin\n\nBody"), "Putin\n\nBody", []],
    ["CRLF line ends", utf8("Putin\r\n\r\nBody\r\n"), "Putin\n\nBody\n", []],
    ["Latin-1 bytes", Buffer.from("Z\xfcrich\n\nCaf\xe9", "latin1"), "Zürich\n\nCafé", ["warning"]],
  ])("reads a file with %s", (_what, content, text, severities) => {
    write("2023-09-21-x.txt", content);
    const { files, problems } = readArchiveFiles(articles);
    expect(files.map((file) => file.text)).toEqual([text]);
    expect(problems.map((problem) => problem.severity)).toEqual(severities);
  });

  it("refuses a file over the size limit and warns about an unusually large one", () => {
    write("2023-09-21-huge.txt", `Huge\n\n${"a".repeat(MAX_ARTICLE_BYTES)}`);
    write("2023-09-21-large.txt", `Large\n\n${"a".repeat(LARGE_ARTICLE_BYTES)}`);
    const { files, problems } = readArchiveFiles(articles);
    expect(files.map((file) => file.path)).toEqual(["2023-09-21-large.txt"]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      ["2023-09-21-huge.txt", "error"],
      ["2023-09-21-large.txt", "warning"],
    ]);
  });

  it("refuses a symbolic link pointing outside the articles folder, as an error", () => {
    const secret = path.join(folder.dir, "secret.txt");
    writeFileSync(secret, "Secret\n\nNot for the archive");
    symlinkSync(secret, path.join(articles, "2023-09-21-link.txt"));
    const { files, problems } = readArchiveFiles(articles);
    expect(files).toEqual([]);
    expect(problems).toEqual([{ file: "2023-09-21-link.txt", field: "file", severity: "error", message: expect.stringMatching(/outside the articles folder/) }]);
  });

  it.each([
    ["a link to a file inside the folder is read", "inside", 1, []],
    ["a link to nothing is an error", "dangling", 0, ["error"]],
    ["a link to a folder is not followed", "folder", 0, ["warning"]],
  ])("%s", (_what, kind, linkedFiles, severities) => {
    write("stories/2023-09-21-real.txt", "Real\n\nBody");
    const target = { inside: "stories/2023-09-21-real.txt", dangling: "stories/missing.txt", folder: "stories" }[kind] ?? "";
    symlinkSync(path.join(articles, target), path.join(articles, kind === "folder" ? "alias" : "2023-09-21-link.txt"));
    const { files, problems } = readArchiveFiles(articles);
    expect(files.length).toBe(1 + linkedFiles);
    expect(problems.map((problem) => problem.severity)).toEqual(severities);
  });

  it("skips names starting with a dot entirely", () => {
    write(".DS_Store", "x");
    write(".git/config", "x");
    write("2023-09-21-x.txt", "X\n\nBody");
    const { files, problems, allPaths } = readArchiveFiles(articles);
    expect(files.map((file) => file.path)).toEqual(["2023-09-21-x.txt"]);
    expect(problems).toEqual([]);
    expect(allPaths).toEqual(["2023-09-21-x.txt"]);
  });

  it("accounts for every file found, article or not", () => {
    write("tasnim/tasnim.11tydata.json", '{"source": "Tasnim"}');
    write("tasnim/2023-09-21-putin.txt", "Putin\n\nBody");
    write("tasnim/photo.jpg", "x");
    expect(readArchiveFiles(articles).allPaths).toEqual(["tasnim/2023-09-21-putin.txt", "tasnim/photo.jpg", "tasnim/tasnim.11tydata.json"]);
  });

  it("throws when the articles folder does not exist", () => {
    expect(() => readArchiveFiles(path.join(folder.dir, "missing"))).toThrow(/does not exist or is not a folder/);
  });
});

describe("regression: Windows-1252 punctuation survives decoding (Node 20's decoder loses it)", () => {
  it("curly quotes, en dash and euro sign", () => {
    const { text, problem } = decodeArticleBytes(Uint8Array.from([0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80]));
    expect(text).toBe("“q” – €");
    expect(problem?.severity).toBe("warning");
  });
});
