/**
 * The built site in a real browser (Debian's chromium, driven by playwright-core): the fixture
 * archive is built once under the path prefix /my-archive/ and served on 127.0.0.1 as a static
 * host would serve it. A reader clicks through it, searches it, uses it from the keyboard; every
 * page type is checked for console errors, outside requests and axe violations; every link of
 * the site is checked; the hostile fixture article must run nothing.
 */
import path from "node:path";
import { LinkChecker, LinkState } from "linkinator";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles, ROOT } from "../helpers/build.ts";
import {
  launchBrowser,
  offHostRequests,
  readableDay,
  readSiteFile,
  recordedContext,
  requireChromium,
  settledSearch,
  startSite,
  type ArticleRecord,
  type Recorder,
  type SearchState,
  type Site,
} from "./harness.ts";
import { contentType } from "./static-server.ts";

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");
const QUAKE = "/2024/02/14/quake/";
const HOSTILE = "/2024/02/14/hostile/";
const NOWRUZ = "/2024/03/20/nowruz/";
const RAMADAN = "/2024/03/11/ramadan/";
const BOOK_FAIR = "/2024/03/15/book-fair/";
/** A word in several fixture articles (Reuters, Tasnim and AP ones), not in all. */
const COMMON_WORD = "said";

// Without the browser the suite fails here, loudly, with how to install it: it never skips.
requireChromium();

let site: Site;
let browser: Browser;
/** The context the reader's tests (navigation, search, keyboard) share. */
let context: BrowserContext;
let recorder: Recorder;

beforeAll(async () => {
  requireChromium();
  site = await startSite();
  browser = await launchBrowser();
  ({ context, recorder } = await recordedContext(browser));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

const record = (sitePath: string): ArticleRecord => {
  const found = site.records.find((r) => r.url === `/my-archive${sitePath}`);
  if (!found) throw new Error(`no article at ${sitePath} in /api/articles.json`);
  return found;
};
const h1 = (page: Page) => page.locator("h1").first().innerText();

/** Clicks a link as a reader would, then checks where that led. */
async function follow(page: Page, link: Locator, sitePath: string, heading: string): Promise<void> {
  await link.click();
  await page.waitForURL(site.url(sitePath));
  expect(page.url()).toBe(site.url(sitePath));
  expect(await h1(page)).toBe(heading);
}

async function back(page: Page, sitePath: string, heading: string): Promise<void> {
  await page.goBack();
  await page.waitForURL(site.url(sitePath));
  expect(await h1(page)).toBe(heading);
}

/** Which articles have a word in their text: the headline and body of each built page. */
function articlesWithWord(word: string): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`\\b${word}\\b`, "i");
  for (const r of site.records) {
    const html = readSiteFile(site, `${r.url.slice("/my-archive/".length)}index.html`);
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
    const body = /<div class="article-body">([\s\S]*?)<\/div>\s*<footer/.exec(html)?.[1] ?? "";
    if (pattern.test(`${title} ${body}`.replace(/<[^>]+>/g, " "))) found.add(r.url);
  }
  return found;
}

function describeFocus(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body", id: "", cls: "", text: "", href: "", type: "", name: "", value: "", inFilters: false };
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: el.getAttribute("class") ?? "",
      text: (el.textContent ?? "").trim(),
      href: el.getAttribute("href") ?? "",
      type: el.getAttribute("type") ?? "",
      name: input.name ?? "",
      value: input.value ?? "",
      inFilters: Boolean(el.closest("#search-filters")),
    };
  });
}

describe("the test server", () => {
  it("serves the site under /my-archive/ only, with a host's content types and 404 page", async () => {
    const get = async (address: string) => {
      const response = await fetch(address);
      await response.arrayBuffer();
      return [response.status, response.headers.get("content-type")?.split(";")[0]];
    };
    const files = listFiles(site.build.output);
    const wasm = files.find((f) => f.startsWith("pagefind/") && f.endsWith(".pagefind"));
    const meta = files.find((f) => f.startsWith("pagefind/") && f.endsWith(".pf_meta"));
    expect(wasm && meta).toBeTruthy();
    expect(await get(site.url("/"))).toEqual([200, "text/html"]);
    expect(await get(site.url("/assets/dateline.css"))).toEqual([200, "text/css"]);
    expect(await get(site.url("/assets/search.js"))).toEqual([200, "text/javascript"]);
    expect(await get(site.url("/assets/favicon.svg"))).toEqual([200, "image/svg+xml"]);
    expect(await get(site.url("/api/articles.json"))).toEqual([200, "application/json"]);
    expect(await get(site.url("/feed.xml"))).toEqual([200, "application/xml"]);
    expect(await get(site.url(`/${meta}`))).toEqual([200, "application/octet-stream"]);
    expect(await get(site.url(`/${wasm}`))).toEqual([200, "application/octet-stream"]);
    expect([contentType("x.wasm"), contentType("x.pf_fragment"), contentType("x.pf_index"), contentType("x.pf_filter")]).toEqual([
      "application/wasm",
      "application/octet-stream",
      "application/octet-stream",
      "application/octet-stream",
    ]);
    expect(await get(site.url("/no-such-page/"))).toEqual([404, "text/html"]);
    // Outside the prefix nothing is served: a link that forgot the prefix is broken here too.
    expect(await get(`${site.origin}/`)).toEqual([404, "text/html"]);
    expect(await get(`${site.origin}/assets/dateline.css`)).toEqual([404, "text/html"]);
    expect(await get(`${site.origin}/2024/02/14/quake/`)).toEqual([404, "text/html"]);
    expect(await (await fetch(site.url("/no-such-page/"))).text()).toContain("<h1>Page not found</h1>");
  });
});

describe("a reader clicking through the site", () => {
  it("goes home → topic → back, home → source → article → place (dateline) → back, home → year → month → day → article → back", async () => {
    const page = await context.newPage();
    const quake = record(QUAKE);
    const topic = quake.topics[0]!;
    const source = quake.source!;
    const dateline = quake.dateline!;

    await page.goto(site.url("/"));
    expect(await h1(page)).toBe("Dateline");

    // A topic from the home page's top topics, and back.
    await follow(page, page.getByRole("region", { name: "Top topics" }).getByRole("link", { name: topic.name, exact: true }), `/topics/${topic.slug}/`, topic.name);
    await expect.poll(() => page.getByRole("link", { name: quake.title, exact: true }).count()).toBe(1);
    await back(page, "/", "Dateline");

    // A source from the home page, one of its articles, and the place of its dateline.
    await follow(page, page.getByRole("region", { name: "Sources" }).getByRole("link", { name: source.name, exact: true }), `/sources/${source.slug}/`, source.name);
    await follow(page, page.getByRole("link", { name: quake.title, exact: true }), QUAKE, quake.title);
    await follow(page, page.locator(".article-meta").getByRole("link", { name: dateline.place, exact: true }), `/places/${dateline.placeSlug}/`, dateline.place);
    await back(page, QUAKE, quake.title);
    await back(page, `/sources/${source.slug}/`, source.name);
    await back(page, "/", "Dateline");

    // Down the date archive: year (home page list) → month → day (calendar) → article.
    await follow(page, page.getByRole("region", { name: "Years" }).getByRole("link", { name: "2024", exact: true }), "/2024/", "2024");
    await follow(page, page.getByRole("region", { name: "Months" }).getByRole("link", { name: "February", exact: true }), "/2024/02/", "February 2024");
    await follow(page, page.getByRole("table").getByRole("link", { name: /^14\b/ }), "/2024/02/14/", "14 February 2024");
    await follow(page, page.getByRole("link", { name: quake.title, exact: true }), QUAKE, quake.title);

    // And back up, by the browser's back button and by the breadcrumbs.
    await back(page, "/2024/02/14/", "14 February 2024");
    await back(page, "/2024/02/", "February 2024");
    await back(page, "/2024/", "2024");
    await page.goForward();
    await page.waitForURL(site.url("/2024/02/"));
    await follow(page, page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "2024", exact: true }), "/2024/", "2024");

    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("goes home → every story → a story → one of its articles → back to the story by its story line", async () => {
    const page = await context.newPage();
    const story = "/stories/2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/";
    const title = "Putin, Aliyev Discuss Further De-Escalation in Nagorno-Karabakh";
    await page.goto(site.url("/"));
    await follow(page, page.getByRole("region", { name: "Stories" }).getByRole("link", { name: /^Every story \(\d+\) →$/ }), "/stories/", "Stories");
    await follow(page, page.getByRole("link", { name: title, exact: true }), story, title);
    await follow(page, page.locator(".timeline-articles").getByRole("link").first(), "/2023/09/21/putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/", title);
    await follow(page, page.locator(".story-line").getByRole("link"), story, title);
    await follow(page, page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Stories", exact: true }), "/stories/", "Stories");
    expect(recorder.errors).toEqual([]);
    await page.close();
  });
});

describe("search", () => {
  it("finds the one article with a rare word, first, with its date and source", async () => {
    const page = await context.newPage();
    const quake = record(QUAKE);
    await page.goto(site.url("/search/?q=quillotazo"));
    const state = await settledSearch(page, (s) => s.count === 1);
    expect(state.count).toBe(1);
    expect(state.hrefs[0]).toBe(`/my-archive${QUAKE}`);
    expect(state.titles[0]).toBe(quake.title);
    expect(state.metas[0]).toContain(readableDay(quake.day));
    expect(state.metas[0]).toContain(quake.source!.name);
    expect(await page.locator("#search-q").inputValue()).toBe("quillotazo");
    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("shows a first search's results from the newest bundle at once, says older articles are being searched (list busy), then settles on the whole count; oldest first too", async () => {
    const page = await context.newPage();
    // Every state the status goes through, with the list as it was at that moment.
    await page.addInitScript(() => {
      const seen: { status: string; items: number; busy: string | null }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      document.addEventListener("DOMContentLoaded", () => {
        const status = document.getElementById("search-status")!;
        const list = document.getElementById("search-results")!;
        new MutationObserver(() => seen.push({ status: status.textContent ?? "", items: list.children.length, busy: list.getAttribute("aria-busy") })).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
    });
    const expected = articlesWithWord(COMMON_WORD);
    const dayOf = (href: string) => site.records.find((r) => r.url === href)?.day ?? "";
    for (const sort of ["", "date-asc"]) {
      await page.goto(site.url(`/search/?q=${COMMON_WORD}${sort ? `&sort=${sort}` : ""}`));
      const settled = await settledSearch(page, (s) => s.count === expected.size);
      expect(settled.count).toBe(expected.size);
      if (sort) expect(settled.hrefs.map(dayOf)).toEqual([...expected].map(dayOf).sort().slice(0, 20));
      const seen = await page.evaluate(() => (window as unknown as { seen: { status: string; items: number; busy: string | null }[] }).seen);
      const partial = seen.filter((s) => s.status.includes("so far; searching older articles"));
      expect(partial.length, `statuses: ${seen.map((s) => s.status).join(" | ")}`).toBeGreaterThan(0);
      expect(partial.every((s) => s.busy === "true")).toBe(true);
      // The count only grows as older bundles answer, and ends at the whole archive's, no longer busy.
      const counts = partial.map((s) => Number(/^([\d,]+)/.exec(s.status)?.[1]?.replace(/,/g, "") ?? -1));
      expect(counts).toEqual([...counts].sort((x, y) => x - y));
      expect(counts.at(-1)!).toBeLessThanOrEqual(expected.size);
      expect(seen.at(-1)).toMatchObject({ status: `${expected.size} articles found for “${COMMON_WORD}”.`, busy: null });
      if (!sort) expect(partial.some((s) => s.items > 0), "results shown before the older bundles answered").toBe(true);
      await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.splice(0));
    }
    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("counts a common word, narrows by topic then year, sorts newest first, keeps it all in the address, and leads to the article", async () => {
    const page = await context.newPage();
    const expected = articlesWithWord(COMMON_WORD);
    expect(expected.size, `fixture articles containing “${COMMON_WORD}”`).toBeGreaterThan(2);

    // Typed into the search page's own field, as a reader would.
    await page.goto(site.url("/search/"));
    await page.locator("#search-q").fill(COMMON_WORD);
    await page.locator("#search-q").press("Enter");
    const all = await settledSearch(page, (s) => s.status.includes(`“${COMMON_WORD}”`) && s.count === expected.size);
    expect(all.status).toContain(`“${COMMON_WORD}”`);
    expect(all.count).toBe(expected.size);
    expect(new Set(all.hrefs)).toEqual(expected);
    expect(page.url()).toBe(site.url(`/search/?q=${COMMON_WORD}`));
    const found = all.hrefs.map((href) => site.records.find((r) => r.url === href)!);
    // Every result shows its date and its source.
    all.metas.forEach((meta, i) => {
      const r = found[i]!;
      expect(meta).toContain(readableDay(r.day));
      if (r.source) expect(meta).toContain(r.source.name);
    });

    // Newest first: the same results, in date order.
    await page.locator("#search-sort").selectOption({ label: "Newest first" });
    const dayOf = (href: string) => site.records.find((r) => r.url === href)?.day ?? "";
    const inDateOrder = (s: SearchState) => s.hrefs.every((href, i) => i === 0 || dayOf(s.hrefs[i - 1]!) >= dayOf(href));
    const sorted = await settledSearch(page, (s) => s.count === expected.size && inDateOrder(s));
    expect(new Set(sorted.hrefs)).toEqual(expected);
    expect(sorted.hrefs.map(dayOf)).toEqual(sorted.hrefs.map(dayOf).sort().reverse());
    expect(new URL(page.url()).searchParams.get("sort")).toBe("date-desc");

    // A topic and a year: the year with the most results, a topic of one of its articles.
    const years = new Map<string, number>();
    for (const r of found) years.set(r.day.slice(0, 4), (years.get(r.day.slice(0, 4)) ?? 0) + 1);
    const year = [...years].sort((a, b) => b[1] - a[1])[0]![0];
    const topic = found.filter((r) => r.day.startsWith(year)).flatMap((r) => r.topics.map((t) => t.name)).sort()[0]!;
    expect(topic, `a “${COMMON_WORD}” article of ${year} with a topic`).toBeTruthy();
    const withTopic = found.filter((r) => r.topics.some((t) => t.name === topic));
    const withBoth = withTopic.filter((r) => r.day.startsWith(year));
    const inYear = found.filter((r) => r.day.startsWith(year));

    const box = (name: string, value: string) => page.locator(`#search-filters input[type=checkbox][name="${name}"][value="${value}"]`);
    await box("topic", topic).click();
    const byTopic = await settledSearch(page, (s) => s.count === withTopic.length && new URL(page.url()).searchParams.has("topic"));
    expect(byTopic.count).toBeLessThanOrEqual(all.count);
    expect(byTopic.count).toBe(withTopic.length);
    expect(new Set(byTopic.hrefs)).toEqual(new Set(withTopic.map((r) => r.url)));
    expect(new URL(page.url()).searchParams.getAll("topic")).toEqual([topic]);
    await expect.poll(() => box("topic", topic).isChecked()).toBe(true);

    await box("year", year).click();
    const byBoth = await settledSearch(page, (s) => s.count === withBoth.length && new URL(page.url()).searchParams.has("year"));
    expect(byBoth.count).toBeLessThanOrEqual(byTopic.count);
    expect(byBoth.count).toBe(withBoth.length);
    expect(new Set(byBoth.hrefs)).toEqual(new Set(withBoth.map((r) => r.url)));
    const params = new URL(page.url()).searchParams;
    expect([params.get("q"), params.getAll("topic"), params.getAll("year"), params.get("sort")]).toEqual([COMMON_WORD, [topic], [year], "date-desc"]);

    // Unticking the topic leaves the year alone.
    await box("topic", topic).click();
    const byYear = await settledSearch(page, (s) => s.count === inYear.length && !new URL(page.url()).searchParams.has("topic"));
    expect(byYear.count).toBe(inYear.length);
    expect(new Set(byYear.hrefs)).toEqual(new Set(inYear.map((r) => r.url)));
    expect(byYear.hrefs.map(dayOf)).toEqual(byYear.hrefs.map(dayOf).sort().reverse());

    // The address alone restores the search: field, order, ticked boxes, results.
    const shared = page.url();
    const again = await context.newPage();
    await again.goto(shared);
    const restored = await settledSearch(again, (s) => s.count === byYear.count);
    expect(restored.hrefs).toEqual(byYear.hrefs);
    expect(await again.locator("#search-q").inputValue()).toBe(COMMON_WORD);
    expect(await again.locator("#search-sort").inputValue()).toBe("date-desc");
    expect(await again.locator(`#search-filters input[name="year"][value="${year}"]`).isChecked()).toBe(true);
    expect(await again.locator("#search-filters input:checked").count()).toBe(1);
    await again.close();

    // A result leads to its article.
    const first = page.locator("#search-results > li a").first();
    const title = await first.innerText();
    const href = await first.getAttribute("href");
    await first.click();
    await page.waitForURL(`${site.origin}${href}`);
    expect(await h1(page)).toBe(title);

    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("loading /search/?q=…&year=… directly shows the filtered results with the box ticked", async () => {
    const page = await context.newPage();
    const expected = articlesWithWord(COMMON_WORD);
    const year = "1987";
    const inYear = [...expected].filter((url) => site.records.find((r) => r.url === url)?.day.startsWith(year));
    expect(inYear.length).toBeGreaterThan(0);
    await page.goto(site.url(`/search/?q=${COMMON_WORD}&year=${year}`));
    const state = await settledSearch(page, (s) => s.count === inYear.length);
    expect(state.count).toBe(inYear.length);
    expect(new Set(state.hrefs)).toEqual(new Set(inYear));
    expect(await page.locator(`#search-filters input[name="year"][value="${year}"]`).isChecked()).toBe(true);
    expect(await page.locator("#search-filters input:checked").count()).toBe(1);
    expect(await page.locator("#search-q").inputValue()).toBe(COMMON_WORD);
    await page.close();
  });

  it("arriving to browse, offers every filter with the whole archive's counts (/search/filters.json), the same as Pagefind's own, without loading a filter file", async () => {
    /** Every filter box on the page, with its count, once the box shows any. */
    const panel = async (page: Page) => {
      await expect.poll(() => page.locator("#search-filters input[type=checkbox]").count(), { timeout: 8_000 }).toBeGreaterThan(0);
      return page.locator("#search-filters label").evaluateAll((labels) =>
        labels.map((label) => `${label.querySelector("input")?.getAttribute("name")}=${label.querySelector("input")?.getAttribute("value")}: ${label.querySelector(".count")?.textContent}`),
      );
    };
    const filterFiles: string[] = [];
    const page = await context.newPage();
    page.on("request", (request) => {
      if (/\/pagefind\/b\d+\/filter\//.test(request.url())) filterFiles.push(request.url());
    });
    await page.goto(site.url("/search/"));
    const fromFile = await panel(page);
    expect(filterFiles).toEqual([]);
    // Every article once under year, as many sources as articles with one, each language's count.
    const years = fromFile.filter((row) => row.startsWith("year=")).map((row) => Number(row.split(": ")[1]?.replace(/\D/g, "")));
    expect(years.reduce((a, b) => a + b, 0)).toBe(site.records.length);

    // Ticking a source: while the bundles' filters load, the boxes stay, their counts "…" (not the
    // archive's); then this search's counts, every year's adding up to its results.
    const held: (() => Promise<void>)[] = [];
    let letThrough = false;
    await page.route("**/pagefind/*/filter/**", (route) => (letThrough ? route.continue() : void held.push(() => route.continue())));
    const source = page.locator('#search-filters input[name="source"]').first();
    const sourceName = await source.getAttribute("value");
    await source.check();
    await expect.poll(() => held.length, { timeout: 8_000 }).toBeGreaterThan(0);
    const counts = () => page.locator("#search-filters .count").allTextContents();
    await expect.poll(async () => new Set(await counts()), { timeout: 8_000 }).toEqual(new Set(["\u2026"]));
    expect(await page.locator('#search-filters input[name="source"]:checked').getAttribute("value")).toBe(sourceName);
    letThrough = true;
    while (held.length) await held.shift()!();
    const withSource = site.records.filter((r) => r.source?.name === sourceName).length;
    await expect.poll(() => page.textContent("#search-status"), { timeout: 8_000 }).toContain(`${withSource} article`);
    await expect.poll(async () => (await counts()).includes("\u2026"), { timeout: 8_000 }).toBe(false);
    const yearsNow = await page.locator('#search-filters input[name="year"]').evaluateAll((boxes) =>
      boxes.map((box) => Number(box.closest("label")?.querySelector(".count")?.textContent?.replace(/\D/g, ""))),
    );
    expect(yearsNow.reduce((a, b) => a + b, 0)).toBe(withSource);
    await page.close();

    // The same page with the file refused counts with Pagefind, from every bundle's filters (in
    // a context of its own: the refused request is the one failure it is meant to have).
    const own = await browser.newContext();
    const fallback = await own.newPage();
    await fallback.route("**/search/filters.json", (route) => route.abort());
    await fallback.goto(site.url("/search/"));
    expect(await panel(fallback)).toEqual(fromFile);
    await own.close();
    expect(recorder.errors).toEqual([]);
  });

  it("says the filters are being counted while their files load, then offers them, every file answered through the queued worker", async () => {
    const page = await context.newPage();
    // Every filter file waits until the test lets it through.
    const held: (() => Promise<void>)[] = [];
    let letThrough = false;
    await page.route("**/pagefind/*/filter/**", (route) => (letThrough ? route.continue() : void held.push(() => route.continue())));
    const workers: string[] = [];
    page.on("response", async (response) => {
      if (response.url().endsWith("/pagefind-worker.js")) workers.push(await response.text());
    });
    await page.goto(site.url(`/search/?q=${COMMON_WORD}`));
    const expected = articlesWithWord(COMMON_WORD);
    await settledSearch(page, (s) => s.count === expected.size);
    const loading = page.locator("#search-filters .search-filters-loading");
    await expect.poll(() => held.length, { timeout: 8_000 }).toBeGreaterThan(0);
    expect(await loading.textContent()).toBe("Counting the articles by topic, source, place and year\u2026");
    expect(await page.locator("#search-filters input[type=checkbox]").count()).toBe(0);
    // Pagefind ran the worker with the request queue before it (build/pagefind-worker-queue.js).
    expect(workers.length).toBeGreaterThan(0);
    for (const worker of workers) expect(worker.startsWith("// Dateline: at most 32 of this Pagefind worker's requests")).toBe(true);
    letThrough = true;
    while (held.length) await held.shift()!();
    await expect.poll(() => page.locator("#search-filters input[type=checkbox]").count(), { timeout: 8_000 }).toBeGreaterThan(0);
    expect(await loading.count()).toBe(0);
    // The source counts add up to the results: no filter file was lost.
    const sources = await page.locator('#search-filters input[name="source"]').evaluateAll((boxes) =>
      boxes.map((box) => Number(box.closest("label")?.querySelector(".count")?.textContent?.replace(/\D/g, ""))),
    );
    const withSource = [...expected].filter((url) => site.records.find((r) => r.url === url)?.source).length;
    expect(sources.reduce((a, b) => a + b, 0)).toBe(withSource);
    expect(recorder.errors).toEqual([]);
    await page.close();
  });
});

describe("articles in other languages and scripts", () => {
  it.each([
    ["Arabic", "رمضان", RAMADAN],
    ["Persian", "نوروز", NOWRUZ],
    ["Russian", "ярмарка", BOOK_FAIR],
    ["a Latin name in a Persian story", "Blinken", NOWRUZ],
  ])("a word in %s (%s) finds its story, shown in its language and direction", async (_language, word, sitePath) => {
    const page = await context.newPage();
    await page.goto(site.url(`/search/?q=${encodeURIComponent(word)}`));
    const state = await settledSearch(page, (s) => s.count === 1);
    expect(state.count).toBe(1);
    expect(state.hrefs[0]).toBe(`/my-archive${sitePath}`);
    const language = record(sitePath).language;
    const card = page.locator("#search-results > li").first();
    if (language) expect(await card.getAttribute("lang")).toBe(language);
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe(language === "ru" || language === null ? "ltr" : "rtl");
    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("a Russian word in another form finds the story through the Russian stemmer, once the story is known to be Russian", async () => {
    if (record(BOOK_FAIR).language !== "ru") return; // (detection names the language; without it the story is indexed as English)
    const page = await context.newPage();
    await page.goto(site.url(`/search/?q=${encodeURIComponent("ярмарки")}`));
    const state = await settledSearch(page, (s) => s.count === 1);
    expect(state.hrefs).toEqual([`/my-archive${BOOK_FAIR}`]);
    await page.close();
  });

  it("the search narrows to one language: ticking Arabic leaves the Arabic story alone", async () => {
    const page = await context.newPage();
    await page.goto(site.url("/search/?q=Reuters"));
    const all = await settledSearch(page, (s) => s.count > 1 && s.hrefs.includes(`/my-archive${RAMADAN}`));
    expect(all.count).toBeGreaterThan(1);
    await page.locator("#filter-language-ar").check();
    const arabic = await settledSearch(page, (s) => s.count === 1);
    expect(arabic.hrefs).toEqual([`/my-archive${RAMADAN}`]);
    expect(new URL(page.url()).searchParams.getAll("language")).toEqual(["ar"]);
    await page.close();
  });

  it("a right-to-left article's page reads right to left, its layout mirrored: the article on the right, its aside on the left", async () => {
    const page = await context.newPage();
    await page.goto(site.url(NOWRUZ));
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        body: getComputedStyle(document.querySelector(".article-body")!).direction,
        heading: getComputedStyle(document.querySelector(".article h1")!).textAlign,
        article: { left: box(".article-header").left, right: box(".article-header").right },
        facts: { left: box(".article-facts").left, right: box(".article-facts").right },
        main: { left: box("main").left, right: box("main").right },
        header: getComputedStyle(document.querySelector(".site-header")!).direction,
      };
    });
    expect(layout).toMatchObject({ lang: "fa", dir: "rtl", body: "rtl", header: "ltr" });
    expect(["start", "right"]).toContain(layout.heading);
    // At this width the facts sit beside the article: on its left, as a mirrored page puts them.
    expect(layout.facts.right).toBeLessThanOrEqual(layout.article.left);
    expect(Math.abs(layout.main.right - layout.article.right)).toBeLessThan(40);
    // The article's date in its own calendar, beside the Gregorian one.
    expect(await page.locator(".own-calendar").innerText()).toContain("۱ فروردین ۱۴۰۳");
    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("a short article's text follows its header at once, though the facts beside them are taller", async () => {
    const page = await context.newPage();
    await page.goto(site.url(QUAKE));
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return { header: box(".article-header"), body: box(".article-body"), facts: box(".article-facts") };
    });
    // The case at hand: the facts reach below the text (else there is no height to share out).
    expect(layout.facts.bottom).toBeGreaterThan(layout.body.bottom + 50);
    expect(layout.facts.left).toBeGreaterThanOrEqual(layout.body.right);
    // The header's own margin (1.5rem) and no more.
    expect(layout.body.top - layout.header.bottom).toBeLessThan(30);
    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("a list of several languages offers a language filter that shows only that language's articles", async () => {
    const page = await context.newPage();
    await page.goto(site.url("/articles/"));
    const filter = page.getByLabel("Language");
    await expect.poll(() => filter.isVisible()).toBe(true);
    const visible = () => page.locator(".cards > li:visible").count();
    const total = await visible();
    expect(total).toBeGreaterThan(1);
    await filter.selectOption("fa");
    expect(await visible()).toBe(1);
    expect(await page.locator(".cards > li:visible h3").innerText()).toBe(record(NOWRUZ).title);
    expect(new URL(page.url()).searchParams.get("language")).toBe("fa");
    await filter.selectOption("");
    expect(await visible()).toBe(total);
    // A list of one language has none.
    await page.goto(site.url("/1987/03/06/"));
    expect(await page.locator("#language-filter").count()).toBe(0);
    expect(recorder.errors).toEqual([]);
    await page.close();
  });
});

describe("keyboard only", () => {
  it("Tab goes skip link → site title → sections → search field; Enter searches; Tab reaches the filters and Space ticks one", async () => {
    const page = await context.newPage();
    await page.goto(site.url("/"));
    await page.bringToFront();

    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press("Tab");
      const f = await describeFocus(page);
      order.push(f.tag === "input" ? `input#${f.id}` : `${f.tag} ${f.text} ${f.href}`);
    }
    // The sections, then the owner's pages that asked for a place (tests/fixtures/pages).
    expect(order).toEqual([
      "a Skip to content #main",
      "a Dateline /my-archive/",
      "a Articles /my-archive/articles/",
      "a Topics /my-archive/topics/",
      "a Sources /my-archive/sources/",
      "a Places /my-archive/places/",
      "a Newest /my-archive/latest/",
      "a About /my-archive/about/",
      "input#site-search-q",
    ]);
    // Back to the skip link: it is on screen while it has focus.
    for (let i = 0; i < 8; i++) await page.keyboard.press("Shift+Tab");
    expect((await describeFocus(page)).cls).toBe("skip-link");
    const box = await page.locator(".skip-link").boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
    expect((await describeFocus(page)).id).toBe("site-search-q");

    await page.keyboard.type("quillotazo");
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url("/search/?q=quillotazo"));
    const found = await settledSearch(page, (s) => s.count === 1);
    expect(found.hrefs).toEqual([`/my-archive${QUAKE}`]);

    // The filters follow the results (their counts load after them): once they are offered, from
    // the top of the search page, Tab until a filter checkbox has focus.
    await expect.poll(() => page.locator("#search-filters input[type=checkbox]").count(), { timeout: 8_000 }).toBeGreaterThan(0);
    const seen: string[] = [];
    let focus = await describeFocus(page);
    for (let i = 0; i < 30 && !(focus.inFilters && focus.type === "checkbox"); i++) {
      await page.keyboard.press("Tab");
      focus = await describeFocus(page);
      seen.push(focus.id || `${focus.tag}.${focus.cls}`);
    }
    expect(focus.inFilters && focus.type === "checkbox", `Tab order on the search page: ${seen.join(", ")}`).toBe(true);
    expect(seen[0]).toBe("a.skip-link");
    expect(seen.indexOf("search-q")).toBeGreaterThan(0);
    expect(seen.indexOf("search-sort")).toBeGreaterThan(seen.indexOf("search-q"));

    const offered = Number(await page.locator(`label[for="${focus.id}"] .count`).innerText());
    await page.keyboard.press("Space");
    await page.waitForURL((url) => url.searchParams.getAll(focus.name).includes(focus.value));
    const narrowed = await settledSearch(page, (s) => s.count === offered);
    expect(narrowed.count).toBe(offered);
    expect(narrowed.hrefs).toEqual([`/my-archive${QUAKE}`]);
    expect(await page.locator(`#${focus.id}`).isChecked()).toBe(true);
    expect(recorder.errors).toEqual([]);
    await page.close();
  });

  it("the skip link moves focus to the main content", async () => {
    const page = await context.newPage();
    await page.goto(site.url(QUAKE));
    await page.bringToFront();
    await page.keyboard.press("Tab");
    expect((await describeFocus(page)).cls).toBe("skip-link");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    // The next stop is inside the main content (the breadcrumbs), not the header again.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
    await page.close();
  });

  it("after Space ticks a filter, focus stays on that checkbox: Space again unticks it", async () => {
    const page = await context.newPage();
    await page.goto(site.url(`/search/?q=${COMMON_WORD}`));
    await settledSearch(page, (s) => s.count > 1);
    await page.bringToFront();
    const first = page.locator("#search-filters input[type=checkbox]").first();
    const id = await first.getAttribute("id");
    const offered = Number(await page.locator(`label[for="${id}"] .count`).innerText());
    await first.focus();
    await page.keyboard.press("Space");
    await page.waitForURL((url) => [...url.searchParams.keys()].some((k) => k !== "q"));
    // Once the narrowed results are in, the filter list has been redrawn for them.
    expect((await settledSearch(page, (s) => s.count === offered)).count).toBe(offered);
    const after = await describeFocus(page);
    expect(after.id, "the focused element after the filter list was updated").toBe(id);
    await page.keyboard.press("Space");
    await page.waitForURL((url) => [...url.searchParams.keys()].every((k) => k === "q"), { timeout: 3_000 }).catch(() => undefined);
    expect(new URL(page.url()).search).toBe(`?q=${COMMON_WORD}`);
    await page.close();
  });
});

describe("every page type in the browser", () => {
  const PAGES: [string, string][] = [
    ["home", "/"],
    ["article", QUAKE],
    ["topics index", "/topics/"],
    ["topic page", "/topics/earthquakes/"],
    ["sources index", "/sources/"],
    ["source page", "/sources/ap/"],
    ["places index", "/places/"],
    ["place page", "/places/santiago-cl/"],
    ["year", "/2024/"],
    ["month", "/2024/02/"],
    ["day", "/2024/02/14/"],
    ["all articles (several languages)", "/articles/"],
    ["search with results", `/search/?q=${COMMON_WORD}`],
    ["404", "/no-such-page/"],
    ["Persian article (right to left)", NOWRUZ],
    ["Arabic article (right to left)", RAMADAN],
    ["search in Persian", `/search/?q=${encodeURIComponent("نوروز")}`],
    ["story", "/stories/2023-09-21-putin-aliyev-discuss-further-de-escalation-in-nagorno-karabakh/"],
    ["stories index", "/stories/"],
    ["on this day", "/on-this-day/"],
    ["a day across years", "/on-this-day/09-21/"],
    ["place with a locator map", "/places/moscow-ru/"],
    ["the owner's Markdown page", "/about/"],
    ["the owner's Nunjucks page of every article", "/latest/"],
  ];
  /** A search page settles when it has results: several for the common word, one for the others. */
  const settle = (page: Page, sitePath: string) => settledSearch(page, (s) => s.count > (sitePath.includes(COMMON_WORD) ? 1 : 0));

  it("logs no console error and makes no request to any host but 127.0.0.1/localhost", async () => {
    const own = await recordedContext(browser);
    const page = await own.context.newPage();
    const statuses: Record<string, number | undefined> = {};
    for (const [name, sitePath] of PAGES) {
      const response = await page.goto(site.url(sitePath));
      statuses[name] = response?.status();
      if (sitePath.startsWith("/search/")) await settle(page, sitePath);
    }
    // The search with a filter, and a click on a result.
    await page.goto(site.url(`/search/?q=${COMMON_WORD}`));
    await settledSearch(page, (s) => s.count > 1);
    const firstBox = page.locator("#search-filters input[type=checkbox]").first();
    const offered = Number(await page.locator(`label[for="${await firstBox.getAttribute("id")}"] .count`).innerText());
    await firstBox.click();
    expect((await settledSearch(page, (s) => s.count === offered)).count).toBe(offered);
    await page.locator("#search-results > li a").first().click();
    await page.waitForLoadState("load");
    await own.context.close();

    const missing = site.url("/no-such-page/");
    expect(statuses).toEqual(Object.fromEntries(PAGES.map(([name]) => [name, name === "404" ? 404 : 200])));
    // The 404 page's own status is the one error a browser logs there.
    const isOwn404 = (e: { url: string; text: string }) => e.url === missing && /status of 404/.test(e.text);
    expect(own.recorder.errors.filter((e) => !isOwn404(e))).toEqual([]);
    // A request cut short because the test moved on (net::ERR_ABORTED) is no fault of the site.
    expect(own.recorder.failures.filter((f) => f.url !== missing && f.status !== "net::ERR_ABORTED")).toEqual([]);
    expect(own.recorder.requests.length).toBeGreaterThan(PAGES.length);
    expect(offHostRequests(own.recorder.requests)).toEqual([]);
    // Nor in the reader's tests above.
    expect(offHostRequests(recorder.requests)).toEqual([]);
    expect(recorder.failures.filter((f) => f.status !== "net::ERR_ABORTED")).toEqual([]);
  });

  describe("axe-core finds no violations", () => {
    let axeContext: BrowserContext;
    beforeAll(async () => {
      // The pages' Content-Security-Policy would block the injected axe script.
      axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => {
      await axeContext?.close();
    });

    it.each(PAGES)("%s (%s)", async (_name, sitePath) => {
      const page = await axeContext.newPage();
      await page.goto(site.url(sitePath));
      if (sitePath.startsWith("/search/")) await settle(page, sitePath);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
        const results = await axe.run(document);
        return results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`),
        }));
      });
      await page.close();
      expect(violations).toEqual([]);
    });
  });
});

describe("links", () => {
  it("every internal link and asset of the whole site answers (linkinator, recursive)", async () => {
    const siteOrigin = `${new URL(site.siteUrl).origin}/`;
    // The crawl starts at the home page, the 404 page, and every address the sitemap and the
    // feeds give (some pages, such as /search/, are reached by a form rather than a link).
    const starts = new Set<string>([site.url("/"), site.url("/404.html")]);
    for (const file of listFiles(site.build.output).filter((f) => f.endsWith(".xml"))) {
      for (const match of readSiteFile(site, file).matchAll(/https?:\/\/[^\s"<>]+/g)) {
        if (match[0].startsWith(site.siteUrl)) starts.add(site.base + match[0].slice(site.siteUrl.length));
      }
    }
    const checker = new LinkChecker();
    const result = await checker.check({
      path: [...starts],
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 20_000,
      linksToSkip: async (link) => !(link.startsWith(`${site.origin}/`) || link.startsWith(siteOrigin)),
    });
    const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
    const skipped = result.links.filter((l) => l.state === LinkState.SKIPPED);
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status ?? "?"} ${l.url} (on ${l.parent ?? "start"})`);
    console.log(`linkinator: ${checked.length} internal links and assets checked from ${starts.size} start pages, ${broken.length} broken; ${skipped.length} external links skipped`);
    expect(broken).toEqual([]);
    expect(result.passed).toBe(true);
    // The crawl did reach the whole site: every page of the sitemap, the stylesheet, the search script.
    const okUrls = new Set(checked.filter((l) => l.state === LinkState.OK).map((l) => l.url));
    for (const start of starts) expect(okUrls.has(start), start).toBe(true);
    for (const asset of ["/assets/dateline.css", "/assets/favicon.svg", "/assets/search.js", "/feed.xml", "/api/articles.json"]) {
      expect(okUrls.has(site.url(asset)), asset).toBe(true);
    }
    expect(checked.length).toBeGreaterThan(starts.size);
  });
});

describe("the hostile fixture article", () => {
  const trap = () => {
    // Runs before any script of the page: records every call that would open a dialog.
    const calls: string[] = [];
    Object.defineProperty(window, "__dialogCalls", { value: calls, enumerable: false });
    for (const name of ["alert", "confirm", "prompt", "print"] as const) {
      const original = window[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          calls.push(`${name}(${args.map(String).join(", ")})`);
          return original.apply(window, args);
        },
      });
    }
  };
  const globals = (page: Page) => page.evaluate(() => Object.getOwnPropertyNames(window).sort());

  it("runs no injected script: no dialog, no new global, a Content-Security-Policy, markup shown as text", async () => {
    const own = await recordedContext(browser);
    await own.context.addInitScript(trap);
    const page = await own.context.newPage();

    // What a harmless article page defines, to compare with; and proof that a dialog would be seen.
    await page.goto(site.url(QUAKE));
    const baseline = new Set(await globals(page));
    await page.evaluate(() => alert("probe"));
    expect(own.recorder.dialogs.map((d) => d.message)).toEqual(["probe"]);
    expect(await page.evaluate(() => (window as unknown as { __dialogCalls: string[] }).__dialogCalls)).toEqual(["alert(probe)"]);
    own.recorder.dialogs.length = 0;

    const response = await page.goto(site.url(HOSTILE));
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
    // Anything the page queued (an image's onerror, a timer) has had its chance to run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await page.locator(".article-body").hover();
    await page.locator(".article-body p").last().click();

    expect(own.recorder.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __dialogCalls: string[] }).__dialogCalls)).toEqual([]);
    expect((await globals(page)).filter((name) => !baseline.has(name))).toEqual([]);

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp, "a Content-Security-Policy meta tag").toBeTruthy();
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp ?? "")?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp ?? "")?.[1] ?? "";
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:/);

    const dom = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll("script")].filter((s) => s.type !== "application/ld+json").map((s) => s.outerHTML),
      handlers: [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      jsUrls: [...document.querySelectorAll("[href], [src], [action], [formaction]")]
        .flatMap((el) => ["href", "src", "action", "formaction"].map((a) => el.getAttribute(a) ?? ""))
        .filter((v) => /^\s*javascript:/i.test(v)),
      embeds: document.querySelectorAll("iframe, object, embed, frame").length,
      h1: document.querySelector("h1")?.textContent ?? "",
      body: document.querySelector(".article-body")?.textContent ?? "",
      title: document.title,
    }));
    expect(dom.scripts).toEqual([]);
    expect(dom.handlers).toEqual([]);
    expect(dom.jsUrls).toEqual([]);
    expect(dom.embeds).toBe(0);
    const hostile = record(HOSTILE);
    expect(dom.h1).toBe(hostile.title);
    expect(dom.h1).toContain("<script>alert('title')</script>");
    expect(dom.h1).toContain("{{ 7 * 7 }}");
    expect(dom.body).not.toContain("49");
    expect(dom.title.startsWith(hostile.title)).toBe(true);
    expect(own.recorder.errors).toEqual([]);

    // Its headline in the lists and in search results is text too.
    await page.goto(site.url("/2024/02/14/"));
    await page.goto(site.url("/search/?q=hostile"));
    const results = await settledSearch(page, (s) => s.hrefs.includes(`/my-archive${HOSTILE}`));
    expect(results.titles[results.hrefs.indexOf(`/my-archive${HOSTILE}`)]).toBe(hostile.title);
    expect(own.recorder.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __dialogCalls: string[] }).__dialogCalls)).toEqual([]);
    await own.context.close();
  });

  it("runs nothing even with the Content-Security-Policy bypassed: the markup itself is inert", async () => {
    const own = await recordedContext(browser, { bypassCSP: true });
    await own.context.addInitScript(trap);
    const page = await own.context.newPage();
    await page.goto(site.url(HOSTILE));
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await page.locator(".article-body p").last().click();
    expect(own.recorder.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __dialogCalls: string[] }).__dialogCalls)).toEqual([]);
    await own.context.close();
  });
});
