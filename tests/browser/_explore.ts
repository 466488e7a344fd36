import { chromium } from "playwright-core";
import { serveStatic } from "./static-server.ts";
const srv = await serveStatic({ root: "/tmp/dl-site/site", prefix: "/my-archive/", port: 4567 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.type(), m.text(), JSON.stringify(m.location())));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
page.on("request", (r) => { if (!r.url().includes("127.0.0.1") && !r.url().includes("localhost")) console.log("EXTERNAL", r.url()); });
for (const u of (process.argv[2] ?? "").split(",")) {
  console.log("==", u);
  const resp = await page.goto(`${srv.origin}/my-archive/${u}`);
  console.log(resp?.status(), await page.locator("h1").first().textContent());
  if (u.startsWith("search")) {
    await page.waitForFunction(() => !/Type a word|Loading/.test(document.getElementById("search-status")?.textContent ?? "") , null, { timeout: 10000 }).catch(e => console.log("wait failed", e.message));
    console.log(await page.locator("#search-status").textContent());
    console.log(await page.locator("#search-results").innerText());
    console.log(await page.locator("#search-filters").innerText());
    console.log(await page.evaluate(() => [...document.querySelectorAll("#search-results a")].map(a => a.getAttribute("href"))));
  }
}
console.log(srv.log.filter(l => l.status !== 200));
await browser.close(); await srv.close();
