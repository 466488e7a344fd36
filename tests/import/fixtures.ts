/** The saved pages of tests/fixtures/import/ (see tests/fixtures/README.md), with the addresses they were saved from. */
import { readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/import");

export interface PageFixture {
  file: string;
  url: string;
}

export const SINA: PageFixture = { file: "sina-tw-20200121.html", url: "https://news.sina.com.tw/article/20200121/34046328.html" };
export const FRONTIER: PageFixture = { file: "frontier-post-20200301.html", url: "https://thefrontierpost.com/two-newborns-die-for-want-of-oxygen-at-bhakkar-hospital/" };
export const RNA: PageFixture = { file: "rna-news-20200311.html", url: "http://rnanews.com/young-leaders-from-canada-fiji-pakistan-uganda-win-commonwealth-youth-awards-2020/" };
export const ASIA_PACIFIC: PageFixture = { file: "asia-pacific-star-20200113.html", url: "http://www.asiapacificstar.com/news/263700449/australian-megablaze-brought-under-control" };
export const HYPIXEL: PageFixture = { file: "hypixel-forum-20200318.html", url: "https://hypixel.net/threads/what-whered-it-go.2675645/" };

export const fixturePath = (fixture: PageFixture) => path.join(FIXTURES, fixture.file);
export const fixtureBytes = (fixture: PageFixture) => readFileSync(fixturePath(fixture));

/** A page with no date anywhere: no metadata, no date in its address or text. */
export const UNDATED_PAGE = `<!doctype html><html lang="en"><head><title>Quake hits central Chile</title>
<meta property="og:title" content="Quake hits central Chile"><meta property="og:site_name" content="Reuters">
<link rel="canonical" href="https://example.com/world/quake-hits-central-chile"></head><body><article>
<h1>Quake hits central Chile</h1>
<p>SANTIAGO (Reuters) - A strong earthquake hit central Chile on Thursday, the country's emergency service said, with no immediate reports of damage or casualties in the capital.</p>
<p>The quake, of magnitude 6.1, struck at a depth of 10 km near the coastal town of Constitucion, the U.S. Geological Survey said. Residents of the town said the shaking lasted for almost a minute.</p>
<p>Chile is one of the world's most seismically active countries and its buildings are designed to withstand strong quakes. A magnitude 8.8 quake and tsunami killed more than 500 people there in 2010.</p>
</article></body></html>`;
