/**
 * What the browser tests share: Debian's chromium driven by playwright-core, and the fixture
 * archive built once with a path prefix and served as a static host would serve it.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { buildSite, type BuildResult } from "../helpers/build.ts";
import { freePort, serveStatic, type StaticServer } from "./static-server.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const PREFIX = "/my-archive/";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Fails (never skips) when the browser is missing, saying how to get it. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's chromium at ${CHROMIUM}, and it is not there. ` +
        "Install it with `apt-get install chromium` (as root), then run `npm run test:browser` again.",
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** One article of /api/articles.json, the fields the tests read. */
export interface ArticleRecord {
  url: string;
  title: string;
  date: string;
  day: string;
  source: { name: string; slug: string } | null;
  citedSources: { name: string; slug: string }[];
  dateline: { raw: string; place: string; country: string | null; placeSlug: string } | null;
  topics: { name: string; slug: string }[];
  sourceFile: string;
  language: string | null;
}

export interface Site {
  build: BuildResult;
  server: StaticServer;
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** The address the site was built for (SITE_URL): "http://localhost:PORT/my-archive/". */
  siteUrl: string;
  /** "http://127.0.0.1:PORT/my-archive/" */
  base: string;
  records: ArticleRecord[];
  /** A site-relative path ("topics/", "/2024/") as an address on the test server. */
  url(sitePath: string): string;
  close(): Promise<void>;
}

/** Builds the fixture archive under /my-archive/ and serves it on 127.0.0.1. */
export async function startSite(): Promise<Site> {
  const port = await freePort();
  const build = await buildSite({
    // Three search bundles for ten articles, so searches run across merged bundles as on a large archive.
    env: { PATH_PREFIX: PREFIX, SITE_URL: `http://localhost:${port}/`, DATELINE_SEARCH_BUNDLE_SIZE: "4" },
  });
  if (build.exitCode !== 0) throw new Error(`The fixture build failed (exit ${build.exitCode}):\n${build.stderr}`);
  const server = await serveStatic({ root: build.output, prefix: PREFIX, port });
  const base = `${server.origin}${PREFIX}`;
  const records = JSON.parse(readFileSync(path.join(build.output, "api/articles.json"), "utf8")) as ArticleRecord[];
  return {
    build,
    server,
    origin: server.origin,
    siteUrl: `http://localhost:${port}${PREFIX}`,
    base,
    records,
    url: (sitePath) => base + sitePath.replace(/^\//, ""),
    close: async () => {
      await server.close();
      rmSync(path.dirname(build.output), { recursive: true, force: true });
    },
  };
}

export function readSiteFile(site: Site, file: string): string {
  return readFileSync(path.join(site.build.output, file), "utf8");
}

/** What one browser context saw: console errors, page errors, requests, failed responses. */
export interface Recorder {
  errors: { page: string; text: string; url: string }[];
  requests: string[];
  failures: { page: string; url: string; status: number | string }[];
  dialogs: { page: string; type: string; message: string }[];
}

export async function recordedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; recorder: Recorder }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const recorder: Recorder = { errors: [], requests: [], failures: [], dialogs: [] };
  context.on("request", (request) => recorder.requests.push(request.url()));
  context.on("requestfailed", (request) => {
    recorder.failures.push({ page: request.frame()?.url() ?? "", url: request.url(), status: request.failure()?.errorText ?? "failed" });
  });
  context.on("response", (response) => {
    if (response.status() >= 400) recorder.failures.push({ page: response.frame()?.url() ?? "", url: response.url(), status: response.status() });
  });
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error") recorder.errors.push({ page: page.url(), text: message.text(), url: message.location().url });
    });
    page.on("pageerror", (error) => recorder.errors.push({ page: page.url(), text: `pageerror: ${error.message}`, url: page.url() }));
    page.on("dialog", (dialog) => {
      recorder.dialogs.push({ page: page.url(), type: dialog.type(), message: dialog.message() });
      void dialog.dismiss().catch(() => undefined);
    });
  };
  context.on("page", watch);
  return { context, recorder };
}

/** Requests that left the machine: anything with a host other than 127.0.0.1 or localhost. */
export function offHostRequests(requests: readonly string[]): string[] {
  return requests.filter((address) => {
    const url = new URL(address);
    if (url.protocol === "data:" || url.protocol === "blob:") return false;
    return !(url.hostname === "127.0.0.1" || url.hostname === "localhost");
  });
}

export interface SearchState {
  status: string;
  count: number;
  hrefs: string[];
  metas: string[];
  titles: string[];
}

async function readSearch(page: Page): Promise<SearchState> {
  return page.evaluate(() => {
    const status = document.getElementById("search-status")?.textContent ?? "";
    const match = /^([\d,]+) articles? found/.exec(status);
    const cards = [...document.querySelectorAll("#search-results > li")];
    return {
      status,
      count: /^No articles found/.test(status) ? 0 : match ? Number(match[1]!.replace(/,/g, "")) : -1,
      hrefs: cards.map((c) => c.querySelector("a")?.getAttribute("href") ?? ""),
      titles: cards.map((c) => c.querySelector("a")?.textContent ?? ""),
      metas: cards.map((c) => c.querySelector(".card-meta")?.textContent ?? ""),
    };
  });
}

/**
 * Waits until the search page shows a finished search: a result count in the status line and
 * that many results listed (the first 20 of them). `until` is the state the test expects after
 * its action; it is waited for (a few seconds), then the state is returned either way, so that
 * the test's own assertion says what went wrong.
 */
export async function settledSearch(page: Page, until: (state: SearchState) => boolean = () => true, timeout = 8_000): Promise<SearchState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.waitForFunction(
      () => {
        const status = document.getElementById("search-status")?.textContent ?? "";
        const match = /^([\d,]+) articles? found/.exec(status);
        const count = /^No articles found/.test(status) ? 0 : match ? Number(match[1]!.replace(/,/g, "")) : -1;
        return count >= 0 && document.querySelectorAll("#search-results > li").length === Math.min(count, 20);
      },
      null,
      { timeout: 20_000, polling: 50 },
    );
    const state = await readSearch(page);
    if (until(state) || Date.now() > deadline) return state;
    // Not there yet: wait for the results to change, then look again.
    await page
      .waitForFunction(
        (before) =>
          (document.getElementById("search-status")?.textContent ?? "") +
            [...document.querySelectorAll("#search-results a")].map((a) => a.getAttribute("href")).join() !==
          before,
        state.status + state.hrefs.join(),
        { timeout: Math.max(1, deadline - Date.now()), polling: 50 },
      )
      .catch(() => undefined);
  }
}

/** "2024-02-14" → "14 February 2024", as pages and search results show a day. */
export function readableDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const month = new Date(Date.UTC(2000, (m ?? 1) - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return `${d} ${month} ${y}`;
}
