/**
 * `npm run bench:search -- <built site> [word]`: what a first search transfers. Serves a built
 * site, opens /search/?q=<word> in Chromium (Debian's, through playwright-core), and sums the
 * bytes of every response until the first results are on screen, then until the filters have
 * loaded. Reported as sent by a plain static server, and as a host that compresses text (as
 * GitHub Pages does) would send it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startStaticServer } from "../build/static-server.ts";

const site = path.resolve(process.argv[2] ?? "_site");
const word = process.argv[3] ?? "said";
const port = 8124;

const server = await startStaticServer({ root: site, prefix: "/", port });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  const responses: { url: string; bytes: number; compressed: number; phase: string }[] = [];
  let phase = "page";
  page.on("response", async (response) => {
    const url = response.url();
    const at = phase;
    try {
      const body = await response.body();
      // Pagefind's own files are compressed already; text a host would compress on the way.
      const compressible = /\.(?:js|css|html|json)(?:\?|$)/.test(url) || url.endsWith("/");
      responses.push({ url, bytes: body.length, compressed: compressible ? gzipSync(body).length : body.length, phase: at });
    } catch {
      // A redirect or an aborted request has no body.
    }
  });
  await page.goto(`${server.url}search/`, { waitUntil: "load" });
  phase = "search";
  const started = performance.now();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(word)}`, { waitUntil: "load" });
  await page.waitForFunction(() => /found/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 60_000 });
  const firstResults = performance.now() - started;
  phase = "filters";
  await page.waitForFunction(() => document.querySelectorAll("#search-filters input").length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const sum = (p: string, key: "bytes" | "compressed") => responses.filter((r) => r.phase === p).reduce((n, r) => n + r[key], 0);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const status = await page.textContent("#search-status");
  console.log(`site: ${site} (${JSON.parse(readFileSync(path.join(site, "api/problems.json"), "utf8")).articles} articles)`);
  console.log(`search "${word}": ${status?.trim()} — first results in ${(firstResults / 1000).toFixed(1)} s`);
  console.log(`first search (page, script, index, results): ${kb(sum("search", "bytes"))} sent plainly, ${kb(sum("search", "compressed"))} with text compressed`);
  console.log(`then the filters: ${kb(sum("filters", "bytes"))} sent plainly, ${kb(sum("filters", "compressed"))} with text compressed`);
  const biggest = responses.filter((r) => r.phase === "search").sort((a, b) => b.compressed - a.compressed).slice(0, 6);
  for (const r of biggest) console.log(`  ${kb(r.compressed).padStart(7)}  ${r.url.replace(server.url, "/")}`);
} finally {
  await browser.close();
  await server.close();
}
