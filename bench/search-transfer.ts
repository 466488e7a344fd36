/**
 * `npm run bench:search -- <built site | --synthetic=N> [query …] [--first]`: what a first search costs.
 * Serves a built site (or, with --synthetic=N, a search-only site of N synthetic articles:
 * bench/search-site.ts), opens /search/?q=<word> in Chromium (Debian's, through playwright-core)
 * with an empty cache, and times and sums the bytes of every response until the first results
 * are on screen, then until every bundle has answered (the count settles), then until the
 * filters have loaded. A first search's bytes are those of every request the page made before
 * its results were on screen (by the page's clock), whenever they finished; what the page asks
 * for once they show is the next line's. Bytes are reported as sent by a plain static server, and as a host that
 * compresses text (as GitHub Pages does) would send them. A query is a word ("said") or a whole
 * query string ("q=said&sort=date-desc"); the default is "said". --first stops at the first results.
 * --browse first opens /search/ with no query, as a reader arriving to browse, and times the
 * filters until they are offered.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startStaticServer } from "../build/static-server.ts";
import { syntheticSearchSite } from "./search-site.ts";

const args = process.argv.slice(2);
const synthetic = args.find((a) => a.startsWith("--synthetic="));
const site = synthetic ? await syntheticSearchSite(Number(synthetic.slice("--synthetic=".length))) : path.resolve(args[0] ?? "_site");
const queries = args.slice(1).filter((a) => !a.startsWith("--"));
/** --first: the first results only, not the whole archive's count nor the filters. */
const firstOnly = args.includes("--first");
/** --browse: the search page with no query first, until its filters are offered. */
const browse = args.includes("--browse");
if (synthetic && args[0] !== synthetic) queries.unshift(...args.slice(0, 1).filter((a) => !a.startsWith("--")));
if (!queries.length) queries.push("said");
/** How long the count may take to settle (every bundle searched). */
const SETTLE_TIMEOUT = Number(process.env.SETTLE_TIMEOUT_MS) || 600_000;
const port = 8124;

const server = await startStaticServer({ root: site, prefix: "/", port });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
try {
  console.log(`site: ${site} (${JSON.parse(readFileSync(path.join(site, "api/problems.json"), "utf8")).articles} articles, ${bundleCount(site)} bundles); load ${os.loadavg()[0]?.toFixed(2)}`);
  if (browse) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: number[] = [];
    page.on("response", async (response) => {
      try {
        sizes.push((await response.body()).length);
      } catch {
        // A redirect or an aborted request has no body.
      }
    });
    const started = performance.now();
    await page.goto(`${server.url}search/`, { waitUntil: "commit" });
    await page.waitForFunction(() => document.querySelectorAll("#search-filters input").length > 0, null, { timeout: SETTLE_TIMEOUT, polling: 20 });
    const shown = performance.now();
    const line = () => `${kb(sizes.reduce((n, s) => n + s, 0))} sent plainly, ${sizes.length} files`;
    console.log(`\nbrowsing (/search/, no query)\n  filters offered: ${seconds(shown - started)}, ${line()}`);
    await page.waitForTimeout(5000);
    console.log(`  5 s later: ${line()}`);
    await context.close();
  }
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses: { url: string; bytes: number; compressed: number; at: number; asked: number }[] = [];
    /** When each request was made (ms since the epoch, the page's clock as well: one machine). */
    const asked = new WeakMap<object, number>();
    page.on("request", (request) => asked.set(request, Date.now()));
    // The moment the first results are on screen (or the search is over with none), by the page's
    // clock: the bench waits for it. Plain text, not a function: tsx would wrap its inner functions in a helper the page lacks.
    await page.addInitScript({
      content: `(() => {
        const shown = () =>
          document.querySelectorAll("#search-results > li").length > 0 ||
          (/found/i.test(document.getElementById("search-status")?.textContent ?? "") &&
            !/so far/.test(document.getElementById("search-status")?.textContent ?? "") &&
            !document.getElementById("search-results")?.hasAttribute("aria-busy"));
        const seen = new MutationObserver(() => {
          if (!shown()) return;
          window.firstShownAt = Date.now();
          seen.disconnect();
        });
        seen.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      })();`,
    });
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("response", async (response) => {
      const url = response.url();
      const at = performance.now();
      try {
        const body = await response.body();
        // Pagefind's own files are compressed already; text a host would compress on the way.
        const { pathname } = new URL(url);
        const compressible = /\.(?:js|css|html|json)$/.test(pathname) || pathname.endsWith("/");
        responses.push({ url, bytes: body.length, compressed: compressible ? gzipSync(body).length : body.length, at, asked: asked.get(response.request()) ?? 0 });
      } catch {
        // A redirect or an aborted request has no body.
      }
    });
    const search = query.includes("=") ? query : `q=${encodeURIComponent(query)}`;
    const started = performance.now();
    await page.goto(`${server.url}search/?${search}`, { waitUntil: "commit" });
    await page.waitForFunction(() => "firstShownAt" in window, null, { timeout: SETTLE_TIMEOUT, polling: 20 });
    const first = performance.now();
    const firstShownAt = await page.evaluate(() => (window as unknown as { firstShownAt: number }).firstShownAt);
    const beforeFirst = (r: { asked: number }) => r.asked <= firstShownAt;
    const firstStatus = (await page.textContent("#search-status"))?.trim();
    const firstCount = await page.locator("#search-results > li").count();
    // Settled: the count no longer "so far" (the site's words in English) nor marked busy.
    const settledNow = () => {
      const text = document.getElementById("search-status")?.textContent ?? "";
      return /found/i.test(text) && !/so far/.test(text) && !document.getElementById("search-results")?.hasAttribute("aria-busy");
    };
    if (!firstOnly) await page.waitForFunction(settledNow, null, {
      timeout: SETTLE_TIMEOUT,
      polling: 50,
    });
    const settled = performance.now();
    const status = (await page.textContent("#search-status"))?.trim();
    if (!firstOnly) await page.waitForFunction(() => document.querySelectorAll("#search-filters input").length > 0, null, { timeout: SETTLE_TIMEOUT }).catch(() => undefined);
    const filtered = performance.now();
    await page.waitForTimeout(300);
    const sum = (list: typeof responses, key: "bytes" | "compressed") => list.reduce((n, r) => n + r[key], 0);
    const describe = (time: number, list: typeof responses) => `${seconds(time - started)}, ${kb(sum(list, "bytes"))} sent plainly, ${kb(sum(list, "compressed"))} with text compressed, ${list.length} files`;
    const line = (time: number) => describe(time, responses.filter((r) => r.at <= time));
    console.log(`\n${search}`);
    console.log(`  first results (${firstCount} shown: "${firstStatus}"): ${describe(first, responses.filter(beforeFirst))}`);
    if (!firstOnly) {
      console.log(`  every bundle searched ("${status}"): ${line(settled)}`);
      console.log(`  filters loaded: ${line(filtered)}`);
    }
    const biggest = responses.filter(beforeFirst).sort((a, b) => b.compressed - a.compressed).slice(0, 5);
    for (const r of biggest) console.log(`    ${kb(r.compressed).padStart(7)}  ${r.url.replace(server.url, "/")}`);
    if (errors.length) console.log(`  console errors (${errors.length}, up to the page's close): ${errors[0]?.split("\n")[0]}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

function bundleCount(root: string): number {
  const page = readFileSync(path.join(root, "search/index.html"), "utf8");
  return Number(/"bundles":(\d+)/.exec(page)?.[1] ?? 0);
}
