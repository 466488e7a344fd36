/**
 * `npm run bench:dev`: how long `npm start` takes to show a newly added article on a large
 * archive. Copies the generated archive of N articles (default 10,000) to a temporary folder,
 * starts the dev server on it, adds one article, and times until its page is served, then until
 * the search index holds it. Prints the figures; run `npm run bench` first to generate archives.
 *
 *   npm run bench:dev                 # N = 10,000
 *   npm run bench:dev -- --size=30000
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArchive } from "./generate.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const size = Number(process.argv.find((a) => a.startsWith("--size="))?.slice(7) ?? 10000);
const port = 8123;
const source = path.join(ROOT, `bench/out/articles-${size}`);
if (!existsSync(source)) generateArchive({ count: size, outDir: source });

const work = mkdtempSync(path.join(os.tmpdir(), "dateline-dev-"));
const articles = path.join(work, "articles");
const output = path.join(work, "site");
cpSync(source, articles, { recursive: true });

const child = spawn(process.execPath, ["--import", "tsx", "bin/dev.ts", `--output=${output}`], {
  cwd: ROOT,
  env: { ...process.env, ARTICLES_DIR: articles, PORT: String(port), DATELINE_QUIET: "1", CI: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
let log = "";
const waitFor = (pattern: RegExp, timeoutMs: number) =>
  new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}:\n${log.slice(-2000)}`)), timeoutMs);
    const check = () => {
      if (pattern.test(log)) {
        clearTimeout(deadline);
        resolve();
      } else setTimeout(check, 20);
    };
    check();
  });
child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));

try {
  const startup = performance.now();
  await waitFor(/\[dateline\] serving/, 600_000);
  console.log(`${size.toLocaleString("en-US")} articles: first build and start ${((performance.now() - startup) / 1000).toFixed(1)} s`);
  // A person edits a moment after the server starts, not within its first millisecond: let it settle.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const before = log.length;
  const added = performance.now();
  writeFileSync(
    path.join(articles, "2030-01-02-brand-new-story.md"),
    "---\ntitle: A brand new story\ndate: 2030-01-02 09:00:00\nsource: Reuters\ntopics: [Diplomacy]\n---\n\nLONDON, Jan 2 (Reuters) - A story added while the dev server runs.\n",
  );
  const url = `http://localhost:${port}/2030/01/02/brand-new-story/`;
  for (;;) {
    const response = await fetch(url).catch(() => null);
    if (response?.status === 200) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const shown = (performance.now() - added) / 1000;
  await waitFor(/search index updated/, 300_000);
  const searchable = (performance.now() - added) / 1000;
  console.log(`added article served after ${shown.toFixed(2)} s; in the search index after ${searchable.toFixed(1)} s`);
  console.log(log.slice(before).trim().split("\n").filter((l) => l.startsWith("[dateline]")).join("\n"));
  const bundles = readdirSync(path.join(output, "pagefind")).filter((n) => /^b\d+$/.test(n)).length;
  console.log(`search bundles: ${bundles}`);
} finally {
  child.kill();
  rmSync(work, { recursive: true, force: true });
}
