import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readHtmlMetadata, type HtmlMetadata } from "../../src/import/html-metadata.ts";

function metadataOf(html: string, knownUrl: string | null = null): HtmlMetadata {
  const { document } = parseHTML(html);
  return readHtmlMetadata(document as unknown as Document, { knownUrl });
}

const page = (head: string, body = "<h1>Quake hits central Chile</h1><p>The story.</p>", lang = "") =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ""}><head><title>Quake hits central Chile | Example News</title>${head}</head><body>${body}</body></html>`;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("readHtmlMetadata: the publication date, from each kind of source", () => {
  it.each([
    // what the page holds, day, where from
    ["JSON-LD NewsArticle", page(ld({ "@context": "https://schema.org", "@type": "NewsArticle", datePublished: "2023-09-21T14:05:00+03:30" })), "2023-09-21T14:05:00+03:30", "JSON-LD datePublished"],
    ["JSON-LD ReportageNewsArticle in an array", page(ld([{ "@type": "Organization", name: "X" }, { "@type": "ReportageNewsArticle", datePublished: "2023-09-21" }])), "2023-09-21", "JSON-LD datePublished"],
    ["JSON-LD Article inside @graph, after a WebPage with another date", page(ld({ "@graph": [{ "@type": "WebPage", datePublished: "2023-01-01" }, { "@type": ["Article", "Thing"], datePublished: "2023-09-21" }] })), "2023-09-21", "JSON-LD datePublished"],
    ["JSON-LD wrapped in CDATA", page(`<script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","datePublished":"2018-04-05T06:00"} ]]></script>`), "2018-04-05T06:00:00", "JSON-LD datePublished"],
    ["Open Graph article:published_time", page(`<meta property="article:published_time" content="2020-03-01T16:08:03+00:00">`), "2020-03-01T16:08:03Z", "article:published_time"],
    ["meta name=date", page(`<meta name="date" content="2020-02-11">`), "2020-02-11", "meta name=date"],
    ["meta name=pubdate", page(`<meta name="pubdate" content="2020-03-12T20:19:00">`), "2020-03-12T20:19:00", "meta name=pubdate"],
    ["meta name=DC.date.issued", page(`<meta name="DC.date.issued" content="2019-05-02">`), "2019-05-02", "meta name=dc.date.issued"],
    ["meta name=parsely-pub-date", page(`<meta name="parsely-pub-date" content="2020-03-23T17:10:08.000Z">`), "2020-03-23T17:10:08Z", "meta name=parsely-pub-date"],
    ["meta name=sailthru.date", page(`<meta name="sailthru.date" content="2020-02-20 13:52:51 UTC">`), "2020-02-20T13:52:51Z", "meta name=sailthru.date"],
    ["itemprop=datePublished on <time>", page("", `<h1>Quake</h1><time itemprop="datePublished" datetime="2020-03-08T18:30:29.769Z">08/03/2020</time>`), "2020-03-08T18:30:29.769Z", "itemprop=datePublished on <time>"],
    ["<time pubdate>", page("", `<article><h1>Quake</h1><time pubdate datetime="2011-05-02">May 2</time></article>`), "2011-05-02", "<time pubdate>"],
    ["<time datetime> under the headline", page("", `<h1>Quake hits central Chile</h1><div class="byline">By A. Writer <time datetime="2020-03-18T12:22:42-0400">1 minute ago</time></div><p>${"Text. ".repeat(40)}</p>`), "2020-03-18T12:22:42-04:00", "<time datetime> under the headline"],
    ["the page's known address", page(""), "2020-02-18", "the address (the address given)"],
    ["its canonical address", page(`<link rel="canonical" href="https://www.news24.com/World/News/australian-megablaze-brought-under-control-20200113">`), "2020-01-13", "the address (link rel=canonical)"],
    ["the date printed under the headline", page("", `<h1>Quake hits central Chile</h1><div class="meta"><span>editor</span> — <span>March 11, 2020</span></div><p>${"Text. ".repeat(40)}</p>`, "en-US"), "2020-03-11", "the date under the headline"],
    ["the date under the headline, in a body whose classes name menus and sharing", `<!doctype html><html lang="en"><head><title>Quake hits central Chile</title></head><body class="menu-closed has-sidebar share-enabled"><h1>Quake hits central Chile</h1><p class="byline">March 11, 2020</p><p>${"Text. ".repeat(40)}</p></body></html>`, "2020-03-11", "the date under the headline"],
    ["a date above the headline in an element named for it", page("", `<p class="published-date">martes 17 de marzo de 2020</p><h1>Quake hits central Chile</h1><p>${"Text. ".repeat(40)}</p>`, "es"), "2020-03-17", "the date above the headline"],
  ])("%s", (_what, html, iso, from) => {
    const known = from.includes("address given") ? "https://www.hatawtabloid.com/2020/02/18/aktres-sunod-sunuran-sa-aktor-bf/" : null;
    const first = metadataOf(html, known).dates[0];
    expect(first?.iso).toBe(iso);
    expect(first?.from).toBe(from);
  });

  it("trusts JSON-LD over Open Graph over the address over the text", () => {
    const html = page(
      `${ld({ "@type": "NewsArticle", datePublished: "2020-01-03" })}<meta property="article:published_time" content="2020-01-04"><link rel="canonical" href="https://example.com/2020/01/05/quake">`,
      `<h1>Quake hits central Chile</h1><p>January 6, 2020</p>`,
    );
    expect(metadataOf(html).dates.map((d) => [d.iso, d.kind])).toEqual([
      ["2020-01-03", "metadata"],
      ["2020-01-04", "metadata"],
      ["2020-01-05", "address"],
      ["2020-01-06", "text"],
    ]);
  });

  it.each([
    ["the headline is a <div class=headline>", `<div class="headline">Quake hits central Chile</div><div class="created_at">Erhverv - 02. januar 2020 kl. 10:21</div>`, "da", "2020-01-02"],
    ["the headline sits in a container whose name looks like an advert's", `<div id="main-content-without-advertisements"><div id="headline"><i class="date">11.02.2020, 17:29 Uhr</i><h1>Quake hits central Chile</h1></div><p>${"Text. ".repeat(40)}</p></div>`, "de", "2020-02-11"],
    ["the article's own <header> holds the date", `<article><header><h1>Quake hits central Chile</h1></header><header class="byline">By A. Writer, April 17, 2020</header></article>`, "en", "2020-04-17"],
    ["a Persian page writes a Solar Hijri date", `<h1>Quake hits central Chile</h1><span>سه‌شنبه ۲۹ بهمن ۱۳۹۸</span>`, "fa", "2020-02-18"],
    ["a Chinese page writes 2020/04/17", `<h1>Quake hits central Chile</h1><div>記者 王小明 2020/04/17</div>`, "zh-TW", "2020-04-17"],
    ["a Romanian page", `<h1>Quake hits central Chile</h1><div>Publicat: 17 aprilie 2020, 10:32</div>`, "ro-RO", "2020-04-17"],
  ])("finds the date shown with the headline when %s", (_what, body, lang, day) => {
    expect(metadataOf(page("", body, lang)).dates[0]?.iso).toBe(day);
  });

  it.each([
    ["only a modification date", page(`<meta property="article:modified_time" content="2020-01-13"><meta name="last-modified" content="2020-01-13">${ld({ "@type": "NewsArticle", dateModified: "2020-01-13" })}`)],
    ["an expiry date", page(`<meta property="article:expiration_time" content="2020-01-07">`)],
    ["dates only in the comments", page("", `<h1>Quake hits central Chile</h1><p>${"Text. ".repeat(120)}</p><div class="comments"><time datetime="2020-01-02">Jan 2</time><small>January 02, 2020</small></div>`)],
    ["an 'Updated' line only", page("", `<h1>Quake hits central Chile</h1><p>Updated: March 16, 2020, 5:01 PM</p><p>${"Text. ".repeat(40)}</p>`)],
    ["a date in a photo caption only", page("", `<h1>Quake hits central Chile</h1><figure><figcaption>French President Emmanuel Macron delivers his new year wishes to the military near Orleans, France, January 16, 2020. Julien De Rosa/Pool via REUTERS</figcaption></figure><p>${"Text. ".repeat(40)}</p>`)],
    ["today's date in the site's menu", page("", `<nav><span class="date">Tuesday, March 17, 2020</span></nav><h1>Quake hits central Chile</h1><p>${"Text. ".repeat(40)}</p>`)],
    ["today's date in the site's header", page("", `<header><a href="/">Example News</a><span class="date">Tuesday, March 17, 2020</span></header><h1>Quake hits central Chile</h1><p>${"Text. ".repeat(40)}</p>`)],
    ["today's date in a masthead right above the headline", page("", `<div class="masthead"><span class="date">17 March 2020</span></div><div class="headline">Quake hits central Chile</div><p>${"Text. ".repeat(40)}</p>`)],
    ["today's date in the site's header, under a logo <h1> that is not the title", page("", `<header><h1>Example News</h1><p class="today">Tuesday, March 17, 2020</p></header><p>${"Text. ".repeat(40)}</p>`)],
    ["a date under a heading that is not the title, in no element named for a date", page("", `<h1>Example News</h1><p>Tuesday, March 17, 2020</p><p>${"Text. ".repeat(40)}</p>`)],
    ["a date far below the headline, in the story", page("", `<h1>Quake hits central Chile</h1><p>${"Text. ".repeat(200)}</p><p>March 3, 2020</p>`)],
    ["a date in a query string", page(`<link rel="canonical" href="https://www.google.com/imgres?imgurl=https://i.example/2019/01/02/a.jpg">`)],
  ])("finds no publication date in a page with %s", (_what, html) => {
    expect(metadataOf(html).dates).toEqual([]);
  });
});

describe("readHtmlMetadata: the other fields", () => {
  it("reads titles from JSON-LD, Open Graph and <title>, in that order", () => {
    const meta = metadataOf(page(`${ld({ "@type": "NewsArticle", headline: "LD headline" })}<meta property="og:title" content="OG &amp; title">`));
    expect(meta.titles.map((t) => [t.value, t.from])).toEqual([
      ["LD headline", "JSON-LD headline"],
      ["OG & title", "og:title"],
      ["Quake hits central Chile | Example News", "<title>"],
      ["Quake hits central Chile", "<h1>"],
    ]);
  });

  it.each([
    ["a string", "By Jane Doe", ["Jane Doe"]],
    ["an object", { "@type": "Person", name: "Jane Doe" }, ["Jane Doe"]],
    ["a list", [{ name: "Jane Doe" }, "John Roe", { name: "https://example.com/staff" }], ["Jane Doe", "John Roe"]],
  ])("reads a JSON-LD author given as %s", (_shape, author, names) => {
    expect(metadataOf(page(ld({ "@type": "NewsArticle", author }))).authors[0]).toEqual({ value: names, from: "JSON-LD author" });
  });

  it("reads the publisher from JSON-LD publisher.name before og:site_name", () => {
    const meta = metadataOf(page(`${ld({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Tasnim News Agency" } })}<meta property="og:site_name" content="Tasnim">`));
    expect(meta.publishers.map((p) => [p.value, p.from])).toEqual([
      ["Tasnim News Agency", "JSON-LD publisher.name"],
      ["Tasnim", "og:site_name"],
    ]);
  });

  it("takes the canonical link (resolved against the known address), then og:url, then the known address", () => {
    const meta = metadataOf(
      page(`<link rel="canonical" href="/news/quake"><meta property="og:url" content="https://m.example.com/news/quake">`),
      "https://example.com/feed/item?id=1",
    );
    expect(meta.addresses.map((a) => [a.value, a.from])).toEqual([
      ["https://example.com/news/quake", "link rel=canonical"],
      ["https://m.example.com/news/quake", "og:url"],
      ["https://example.com/feed/item?id=1", "the address given"],
    ]);
  });

  it("passes over a canonical link to the site's home page", () => {
    const meta = metadataOf(page(`<link rel="canonical" href="https://example.com/">`), "https://example.com/news/quake");
    expect(meta.addresses[0]?.value).toBe("https://example.com/news/quake");
  });

  it("reads the address a browser noted when saving the page", () => {
    const meta = metadataOf(`<!DOCTYPE html>\n<!-- saved from url=(0034)https://example.com/2021/05/06/x -->\n<html><head><title>X</title></head><body></body></html>`);
    expect(meta.addresses[0]).toEqual({ value: "https://example.com/2021/05/06/x", from: "the page's saved-from note" });
    expect(meta.dates[0]?.iso).toBe("2021-05-06");
  });

  it.each([
    [page("", undefined, "en-US"), "en-US", "html lang"],
    [page(`<meta property="og:locale" content="pt_BR">`), "pt-BR", "og:locale"],
    [page(`<meta http-equiv="content-language" content="fr">`), "fr", "meta http-equiv=content-language"],
  ])("reads the language (%#)", (html, code, from) => {
    expect(metadataOf(html).languages[0]).toEqual({ value: code, from });
  });

  it("reads topics from article:tag, then keywords", () => {
    const meta = metadataOf(page(`<meta property="article:tag" content="Chile"><meta property="article:tag" content="Earthquakes"><meta name="keywords" content="quake, chile, news">`));
    expect(meta.topics[0]).toEqual({ value: ["Chile", "Earthquakes"], from: "article:tag" });
    expect(meta.topics[1]).toEqual({ value: ["quake", "chile", "news"], from: "meta name=keywords" });
  });

  it("does not throw on broken JSON-LD, and reads the rest of the page", () => {
    const meta = metadataOf(page(`<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><meta name="date" content="2020-02-11">`));
    expect(meta.dates[0]?.from).toBe("meta name=date");
  });
});

describe("readHtmlMetadata: the headline of a page in another script", () => {
  it.each([
    ["a short Chinese headline, the title with the site's name after a full-width bar", "武漢封城", "武漢封城｜聯合新聞網", `<h1>武漢封城</h1><div class="info">記者 王小明／台北報導 2020/04/17 10:32</div>`, "zh-TW", "2020-04-17"],
    ["a Japanese headline in full-width letters", "ＧＯＴＯトラベル停止を決定", "GOTOトラベル停止を決定 - ニュース", `<h1>ＧＯＴＯトラベル停止を決定</h1><p>2020年4月17日 10時32分</p>`, "ja", "2020-04-17"],
    ["an Arabic headline, its date in Eastern Arabic digits", "انفجار في بيروت", "انفجار في بيروت - الأخبار", `<h1>انفجار في بيروت</h1><span>الجمعة ١٧ أبريل ٢٠٢٠</span>`, "ar", "2020-04-17"],
    ["a long date line after the headline", "Quake hits central Chile", "Quake hits central Chile", `<h1>Quake hits central Chile</h1><div class="article-info">By A. Writer, Staff Reporter, with reporting from Santiago and Valparaíso | Source: Example News Service | 17 April 2020, 10:32 | Share on Facebook, Twitter, WhatsApp, Telegram and e-mail | Print this story</div>`, "en", "2020-04-17"],
    ["a data-* attribute under the headline", "Quake hits central Chile", "Quake hits central Chile", `<h1>Quake hits central Chile</h1><span class="stamp" data-timestamp="2020-04-17T10:32:00+03:00">3 hours ago</span>`, "en", "2020-04-17T10:32:00+03:00"],
  ])("%s", (_what, _headline, title, body, lang, first) => {
    const html = `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body}<p>${"Text. ".repeat(40)}</p></body></html>`;
    expect(metadataOf(html).dates[0]?.iso).toBe(first);
  });
});
