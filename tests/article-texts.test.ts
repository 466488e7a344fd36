/**
 * The articles' texts on disk while a build runs (build/article-texts.ts), and the lead that
 * cards show instead of the text (src/text.ts leadOf).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { BodiesFile, TextsOnDisk } from "../build/article-texts.ts";
import { excerpt } from "../layouts/components.ts";
import type { NormalizedArticle } from "../src/normalize-article.ts";
import { html } from "../src/html.ts";
import { LEAD_LENGTH, leadOf } from "../src/text.ts";
import type { Article } from "../src/types.ts";
import { normalizedArticle } from "./support/articles.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-texts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The excerpt as cards made it from the whole text, before the lead: the oracle. */
function excerptOfWholeText(plainText: string, datelineRaw: string | null, length = 200): string {
  let text = plainText.split("\n\n")[0] ?? "";
  if (datelineRaw && text.startsWith(datelineRaw) && text.length > datelineRaw.length + 1) text = text.slice(datelineRaw.length).trimStart();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return String(html`${cut.slice(0, Math.max(cut.lastIndexOf(" "), length - 30)).replace(/[\s,.;:–—-]+$/, "")}&hellip;`);
}

const word = fc.oneof(fc.constantFrom("the", "Reuters", "said", "1.5", "-", "–", "pct,", "東京", "خبرگزاری"), fc.string({ minLength: 1, maxLength: 14 }));
const paragraph = fc.array(word, { maxLength: 120, size: "max" }).chain((words) => fc.constantFrom(" ", "  ", "\n").map((space) => words.join(space)));
const plainText = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((paragraphs) => paragraphs.join("\n\n"));

describe("leadOf", () => {
  it("gives every card the excerpt the whole text gave, whatever the text, spacing and dateline", () => {
    fc.assert(
      fc.property(plainText, fc.option(fc.constantFrom("TOKYO, March 12 -", "LONDON (Reuters) –", "تهران -"), { nil: null }), fc.boolean(), (text, dateline, startsWithDateline) => {
        const whole = startsWithDateline && dateline ? `${dateline} ${text}` : text;
        const lead = leadOf(whole, dateline);
        expect(lead.length).toBeLessThanOrEqual(LEAD_LENGTH);
        expect(String(excerpt({ summary: null, lead }))).toBe(excerptOfWholeText(whole, dateline));
      }),
      { numRuns: 400 },
    );
  });

  it("is the first paragraph without its dateline, cut at a word when long", () => {
    expect(leadOf("TOKYO, March 12 - Shares fell.\n\nMore.", "TOKYO, March 12 -")).toBe("Shares fell.");
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(" ");
    const lead = leadOf(long, null);
    expect(long.startsWith(lead)).toBe(true);
    expect(long[lead.length]).toBe(" ");
    expect(lead.length).toBeGreaterThan(LEAD_LENGTH - 30);
  });
});

/** An article as indexArticles makes it from a normalized one: its fields but the ones it drops. */
function articleFrom(normalized: object): Article {
  const { slugBase: _s, slugExplicit: _e, textDigest: _d, ...rest } = normalized as NormalizedArticle;
  return { ...rest, url: "/x/", slug: "x" } as unknown as Article;
}

describe("TextsOnDisk", () => {
  const articles = () => [normalizedArticle("a.md", "2020-01-01", { title: "Alpha ünïcode 東京" }), normalizedArticle("b.md", "2020-01-02", { title: "Beta" })];

  it("takes the texts out of the articles, and gives them back, read from the file each time, to the articles made from them", () => {
    const list: (NormalizedArticle | object)[] = articles();
    const before = articles();
    const texts = TextsOnDisk.write(list as NormalizedArticle[], path.join(dir, "own"), false);
    for (const article of list) {
      expect("bodyHtml" in article).toBe(false);
      expect("plainText" in article).toBe(false);
    }
    const made = list.map(articleFrom);
    for (const article of made) texts.attach(article);
    made.forEach((article, i) => {
      expect(article.bodyHtml).toBe(before[i]?.bodyHtml);
      expect(article.plainText).toBe(before[i]?.plainText);
      expect(article.title).toBe(before[i]?.title);
    });
    const reads = texts.reads;
    expect(made[0]?.plainText).toBe(before[0]?.plainText);
    // Read again, not kept: the text is not held in memory.
    expect(texts.reads).toBe(reads + 1);
    // Every article keeps one shape: the accessors are enumerable fields, as the text was.
    expect(Object.keys(made[0] as object)).toEqual(expect.arrayContaining(["bodyHtml", "plainText", "lead"]));
  });

  it("leaves no file behind when it writes a file of its own: it is unlinked once open", () => {
    const own = path.join(dir, "site", ".dateline-texts-1");
    const texts = TextsOnDisk.write(articles(), own, false);
    expect(existsSync(own)).toBe(false);
    expect(readdirSync(path.dirname(own))).toEqual([]);
    expect(texts.read(texts.refOf("b.md") as [number, number]).plainText).toBe("Beta.");
    texts.close();
  });

  it("writes the build cache's texts file as the cache reads it, after the texts already there", () => {
    const file = path.join(dir, "bodies-ab.v8");
    const first = TextsOnDisk.write(articles(), file, true);
    const second = TextsOnDisk.write([normalizedArticle("c.md", "2020-01-03", { title: "Gamma" })], file, true);
    const cache = new BodiesFile(file);
    expect(cache.read(first.refOf("a.md") as [number, number]).plainText).toBe("Alpha ünïcode 東京.");
    expect(cache.read(second.refOf("c.md") as [number, number]).bodyHtml).toBe("<p>Gamma.</p>");
    expect((second.refOf("c.md") as [number, number])[0]).toBeGreaterThan(0);
    expect(first.refOf("c.md")).toBeUndefined();
    cache.close();
  });

  it("gives each of thousands of articles its own text, a file written again its latest, an object made from an article its article's", () => {
    const count = 2_500;
    const file = (i: number) => `${String(i).padStart(4, "0")}.md`;
    const batch = () => Array.from({ length: count }, (_, i) => normalizedArticle(file(i), "2020-01-01", { title: `Title ${i}` }));
    const list: (NormalizedArticle | object)[] = batch();
    const texts = TextsOnDisk.open(path.join(dir, "many"), false);
    texts.add(list as NormalizedArticle[]);
    // The first file's text written again, changed: its number is a new one, no other file's.
    texts.add([{ ...normalizedArticle(file(0), "2020-01-01", { title: "Title 0" }), plainText: "Zero, again." }]);
    texts.add([normalizedArticle("new.md", "2020-01-02", { title: "New" })]);
    const made = list.map(articleFrom);
    for (const article of made) texts.attach(article);
    expect(made[0]?.plainText).toBe("Zero, again.");
    expect(texts.read(texts.refOf("new.md") as [number, number]).plainText).toBe("New.");
    for (const i of [1, 1023, 1024, 1025, 2047, 2048, count - 1]) expect(made[i]?.bodyHtml, file(i)).toBe(batch()[i]?.bodyHtml);
    const view = Object.create(made[7] as object) as Article;
    expect(view.plainText).toBe(batch()[7]?.plainText);
    // Set, a text is the article's own from then on.
    (made[8] as Article).plainText = "Set by hand.";
    expect(made[8]?.plainText).toBe("Set by hand.");
    expect(made[9]?.plainText).toBe(batch()[9]?.plainText);
    texts.close();
  });
});
