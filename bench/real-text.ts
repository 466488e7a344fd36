/**
 * Real news text for the benchmark: the Reuters stories of ../shared/corpus/reuters-bench/
 * (13,520 Markdown files, 1987), at their own size or replicated to any size.
 *
 * Replication repeats the stories with their dates moved by whole years (copy k is dated
 * 1987 + k), so the text, its vocabulary and its lengths stay real and each copy's URLs differ
 * by their year. A size below a full copy takes the first stories in path order. Every copy is
 * the same files in the same order, so a size always gives the same archive.
 *
 * Also writes the Hugo mirror of the same articles, as bench/generate.ts does for synthetic
 * ones: the front matter Hugo reads, with the dateline's place as the place.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface ReplicateOptions {
  /** The corpus folder: reuters-bench/ of ../shared/corpus. */
  corpusDir: string;
  count: number;
  outDir: string;
  hugoDir?: string;
}

/** Every Markdown file under a folder, relative, in a stable order. */
export function listStories(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(".md")) out.push(child);
    }
  };
  walk("");
  return out;
}

/** How many stories the corpus holds: the size of one copy. */
export function countStories(corpusDir: string): number {
  return listStories(corpusDir).length;
}

const DATE_LINE = /^date: (\d{4})(-\d\d-\d\d[^\n]*)$/m;

/** The story with its year moved by `years`, or null when it has no date line to move. */
export function shiftYear(text: string, years: number): { text: string; year: number; date: string } | null {
  const match = DATE_LINE.exec(text);
  if (!match) return null;
  const year = Number(match[1]) + years;
  const date = `${year}${match[2]}`;
  return { text: text.replace(DATE_LINE, `date: ${date}`), year, date };
}

/** Title, topics and the first paragraph's dateline place, for the Hugo mirror. */
function readStory(text: string): { title: string; topics: string[]; place: string | null; body: string } {
  const end = text.indexOf("\n---", 4);
  const head = text.slice(4, end);
  const body = text.slice(end + 4).trim();
  const title = /^title: (.*)$/m.exec(head)?.[1] ?? "";
  const topics = /^topics: (.*)$/m.exec(head)?.[1] ?? "[]";
  // A wire dateline: "CHICAGO, March 11 - …", "NEW YORK - …"; the place is before the comma.
  const dateline = /^([A-Z][A-Z .'-]{1,40}?)(?:,| -)/.exec(body);
  return {
    title: title.startsWith('"') ? (JSON.parse(title) as string) : title,
    topics: topics.startsWith("[") ? (JSON.parse(topics) as string[]) : [],
    place: dateline?.[1]?.trim() ?? null,
    body,
  };
}

export function replicateStories(options: ReplicateOptions): { files: number; bytes: number } {
  const stories = listStories(options.corpusDir);
  if (stories.length === 0) throw new Error(`no stories in ${options.corpusDir}`);
  rmSync(options.outDir, { recursive: true, force: true });
  if (options.hugoDir) rmSync(options.hugoDir, { recursive: true, force: true });
  const made = new Set<string>();
  const folder = (dir: string) => {
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  let files = 0;
  let bytes = 0;
  for (let copy = 0; files < options.count; copy++) {
    for (const rel of stories) {
      if (files >= options.count) break;
      const shifted = shiftYear(readFileSync(path.join(options.corpusDir, rel), "utf8"), copy);
      if (!shifted) continue;
      const name = path.basename(rel);
      const month = shifted.date.slice(5, 7);
      const dir = path.join(options.outDir, String(shifted.year), month);
      folder(dir);
      writeFileSync(path.join(dir, name), shifted.text);
      files++;
      bytes += shifted.text.length;

      if (options.hugoDir) {
        const story = readStory(shifted.text);
        const day = shifted.date.slice(0, 10);
        const slug = name.replace(/\.md$/, "");
        const frontMatter = {
          title: story.title,
          date: `${day}T${shifted.date.slice(11) || "00:00:00"}Z`,
          slug,
          url: `/${day.replace(/-/g, "/")}/${slug}/`,
          topics: story.topics,
          sources: ["Reuters"],
          places: story.place ? [story.place] : [],
          years: [day.slice(0, 4)],
          months: [day.slice(0, 7)],
        };
        const hugoDir = path.join(options.hugoDir, String(shifted.year), month);
        folder(hugoDir);
        writeFileSync(path.join(hugoDir, name), `${JSON.stringify(frontMatter, null, 1)}\n\n${story.body}\n`);
      }
    }
  }
  return { files, bytes };
}
