/**
 * `npm run bench:bytes -- <site>`: where a built site's bytes go, by kind of output, against
 * GitHub Pages' 1 GB. For each kind: files, bytes, share of the site and bytes per article.
 *
 *   npm run bench -- --corpus=reuters --sizes=13520 --keep
 *   npm run bench:bytes -- bench/out/site-reuters-13520
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatBytes, GITHUB_PAGES_LIMIT, listSiteFiles, type SiteFile } from "../src/site-size.ts";

/** Kinds of output, first match wins; `group` sums kinds in the table's subtotals. */
const KINDS: { kind: string; group: string; test: RegExp }[] = [
  { kind: "article pages", group: "pages", test: /^\d{4}\/\d\d\/\d\d\/(?!page\/)[^/]+\/index\.html$/ },
  { kind: "saved copies (saved.txt)", group: "pages", test: /^\d{4}\/\d\d\/\d\d\/[^/]+\/saved\.txt$/ },
  { kind: "story pages", group: "pages", test: /^stories\/.*\.html$/ },
  { kind: "period lists (year, month, day)", group: "list pages", test: /^\d{4}\/.*\.html$/ },
  { kind: "all articles list", group: "list pages", test: /^articles\/.*\.html$/ },
  { kind: "topic lists", group: "list pages", test: /^topics\/.*\.html$/ },
  { kind: "source lists", group: "list pages", test: /^sources\/.*\.html$/ },
  { kind: "place lists", group: "list pages", test: /^places\/.*\.html$/ },
  { kind: "On this day", group: "list pages", test: /^on-this-day\/.*\.html$/ },
  { kind: "search: fragments (one per article)", group: "search index", test: /^pagefind\/.*\/fragment\// },
  { kind: "search: word index", group: "search index", test: /^pagefind\/.*\/index\// },
  { kind: "search: filters", group: "search index", test: /^pagefind\/.*\/filter\// },
  { kind: "search: metadata", group: "search index", test: /^pagefind\/.*\.pf_meta$/ },
  { kind: "search: client (scripts, WebAssembly)", group: "search index", test: /^pagefind\// },
  { kind: "JSON (api/)", group: "JSON", test: /^api\/.*\.json$/ },
  { kind: "sitemap", group: "sitemap", test: /^sitemap[^/]*\.xml$/ },
  { kind: "feeds", group: "feeds", test: /(^|\/)feed\.xml$/ },
  { kind: "other pages (home, search, 404), assets", group: "other", test: /./ },
];

export interface KindSize {
  kind: string;
  group: string;
  files: number;
  bytes: number;
}

export function breakDown(files: readonly SiteFile[]): KindSize[] {
  const sizes = KINDS.map(({ kind, group }) => ({ kind, group, files: 0, bytes: 0 }));
  for (const f of files) {
    const at = KINDS.findIndex((k) => k.test.test(f.file));
    const size = sizes[at] as KindSize;
    size.files++;
    size.bytes += f.bytes;
  }
  return sizes;
}

function main(site: string | undefined): number {
  if (!site || !existsSync(site)) {
    console.error("Usage: npm run bench:bytes -- <built site folder>");
    return 2;
  }
  const files = listSiteFiles(site);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const json = path.join(site, "api/articles.json");
  const articles = existsSync(json) ? (JSON.parse(readFileSync(json, "utf8")) as unknown[]).length : 0;
  const sizes = breakDown(files);
  const perArticle = (bytes: number) => (articles ? `${(bytes / articles / 1e3).toFixed(2)} kB` : "–");
  const row = (name: string, n: number, bytes: number) =>
    `| ${name} | ${n.toLocaleString("en-US")} | ${formatBytes(bytes)} | ${((100 * bytes) / total).toFixed(1)}% | ${perArticle(bytes)} |`;
  const lines = [
    `${site}: ${articles.toLocaleString("en-US")} articles, ${formatBytes(total)} in ${files.length.toLocaleString("en-US")} files ` +
      `(${perArticle(total)} and ${(files.length / Math.max(articles, 1)).toFixed(2)} files per article; ` +
      `${((100 * total) / GITHUB_PAGES_LIMIT).toFixed(1)}% of GitHub Pages' 1 GB, room for about ${articles ? Math.floor((GITHUB_PAGES_LIMIT / total) * articles).toLocaleString("en-US") : "–"} articles like these)`,
    "",
    "| kind | files | bytes | share | per article |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const group of [...new Set(KINDS.map((k) => k.group))]) {
    const members = sizes.filter((s) => s.group === group);
    for (const s of members) lines.push(row(s.kind, s.files, s.bytes));
    if (members.length > 1) {
      lines.push(row(`**${group}, all**`, members.reduce((n, s) => n + s.files, 0), members.reduce((n, s) => n + s.bytes, 0)));
    }
  }
  lines.push(row("**site**", files.length, total));
  console.log(lines.join("\n"));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv[2]);
