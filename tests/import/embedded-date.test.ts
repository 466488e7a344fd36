import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findEmbeddedDates } from "../../src/import/embedded-date.ts";

const datesIn = (body: string) => findEmbeddedDates(parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document).map((d) => d.iso);

describe("findEmbeddedDates: publication dates in a page's code", () => {
  it.each([
    // body, first date, why
    [`<script>window.__STATE__ = {"article":{"dateOfPublication":"2020-01-30 09:44:01","dateOfUpdate":"2020-01-30 10:00:00"}}</script>`, "2020-01-30T09:44:01", "a key in a script's JSON"],
    [`<script>var meta = { publishDate: '2020-04-17', section: 'world' };</script>`, "2020-04-17", "a key in JavaScript, single quotes"],
    [`<script>dataLayer.push({"published_at" : "2020-04-17T08:00:00+03:00"})</script>`, "2020-04-17T08:00:00+03:00", "snake case, spaces around the colon"],
    [`<script>var s = "{\\"datePublished\\":\\"2020-04-17T08:00:00Z\\"}";</script>`, "2020-04-17T08:00:00Z", "JSON inside a string, its quotes escaped"],
    [`<script type="application/ld+json">{"@type":"NewsArticle", "datePublished":"2020-04-17T08:00:00Z", broken</script>`, "2020-04-17T08:00:00Z", "JSON-LD too broken to parse"],
    [`<div class="story" data-publish-date="2020-04-17T08:00:00Z">…</div>`, "2020-04-17T08:00:00Z", "a data-* attribute"],
    [`<span data-pubdate="2020-04-17">…</span>`, "2020-04-17", "data-pubdate"],
    [`<abbr class="published" title="2020-04-17T08:00:00+02:00">April 17</abbr>`, "2020-04-17T08:00:00+02:00", "hAtom's published, in a title"],
    [`<time class="entry-date published updated" datetime="2020-04-17T08:00:00+02:00">April 17</time>`, "2020-04-17T08:00:00+02:00", "a WordPress theme's entry date, published and updated at once"],
    [`<time class="dt-published" datetime="2020-04-17">April 17</time>`, "2020-04-17", "h-entry's dt-published"],
    [`<article><h1>Title</h1><span class="meta" datetime="2020-04-17T08:00:00+02:00">17.4.</span></article>`, "2020-04-17T08:00:00+02:00", "a datetime attribute inside the article"],
  ])("%s → %s (%s)", (body, first, _why) => {
    expect(datesIn(body)[0]).toBe(first);
  });

  it.each([
    [`<script>var x = {"_created":"2018-04-17 09:45:00","_updated":"2019-04-04 10:54:47"};</script>`, "creation and update keys name other things' dates"],
    [`<script>var x = {"dateModified":"2020-04-17", "updatedAt":"2020-04-18"};</script>`, "modification dates"],
    [`<script>var x = {"date":"2020-04-17"};</script>`, "a bare 'date' key"],
    [`<script>var x = {"publishDate":"1587110400"};</script>`, "an epoch number"],
    [`<div data-date="2020-04-17">today</div><nav><time datetime="2020-04-17">Today</time></nav>`, "a date attribute that does not say published, or a time outside the article"],
    [`<article><time class="updated" datetime="2020-04-17">…</time></article>`, "an update time inside the article"],
    [`<abbr class="updated" title="2020-04-17T08:00:00+02:00">April 17</abbr>`, "hAtom's updated"],
    [`<article><time class="published" datetime="2020-04-17">…</time></article><article><time class="published" datetime="2020-04-12">…</time></article>`, "stories' dates that disagree: a list, not the article"],
    [`<aside class="related"><time class="entry-date published" datetime="2020-04-12">…</time></aside>`, "a related story's date"],
  ])("finds nothing in %s: %s", (body, _why) => {
    expect(datesIn(body)).toEqual([]);
  });
});

describe("findEmbeddedDates: Chinese content systems' names", () => {
  it.each([
    [`<script>var ptime = "2020-04-17 10:32:00";</script>`, "2020-04-17T10:32:00"],
    [`<script>window.DATA = {"pubtime":"2020-04-17 10:32:00","title":"…"};</script>`, "2020-04-17T10:32:00"],
    [`<script>var info = {createtime: '2020/04/17'.replace(/\\//g, '-'), addtime: "2020-04-17"};</script>`, "2020-04-17"],
  ])("%s → %s", (body, first) => {
    expect(datesIn(body)[0]).toBe(first);
  });
});
