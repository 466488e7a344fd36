/**
 * `npm run bench:stories -- [folder…]`: how articles group into stories (src/stories.ts) on real
 * news, and what grouping costs.
 *
 * For each articles folder (default: the shared Reuters sets, ../shared/corpus/reuters-md,
 * reuters-txt and reuters-bench): articles, stories of two or more, articles in them, the size
 * distribution, the largest stories, grouping time (ms, after reading), and a sample of stories
 * to check by hand, drawn with a fixed seed so the same sample comes back.
 *
 *   npm run bench:stories
 *   npm run bench:stories -- --sample=30 --seed=13 ../shared/corpus/reuters-bench
 */
import path from "node:path";
import { existsSync } from "node:fs";
import { buildArchive } from "../src/load.ts";
import { DEFAULT_STORY_OPTIONS, findStories } from "../src/stories.ts";

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const sampleSize = flag("sample", 10);
const seed = flag("seed", 13);
const corpus = path.resolve(import.meta.dirname, "../../shared/corpus");
const folders = argv.filter((a) => !a.startsWith("--"));
const targets = folders.length ? folders : ["reuters-md", "reuters-txt", "reuters-bench"].map((name) => path.join(corpus, name));

/** A small seeded generator (mulberry32), so a sample can be named and drawn again. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

process.env.DATELINE_QUIET = "1";
console.log(`options: ${JSON.stringify(DEFAULT_STORY_OPTIONS)}`);
for (const folder of targets) {
  if (!existsSync(folder)) {
    console.log(`${folder}: not found, skipped`);
    continue;
  }
  const archive = buildArchive({ articlesDir: folder });
  const started = performance.now();
  const { stories } = findStories(archive.articles);
  const ms = performance.now() - started;
  const sizes = new Map<number, number>();
  for (const story of stories) sizes.set(story.articles.length, (sizes.get(story.articles.length) ?? 0) + 1);
  const grouped = stories.reduce((sum, s) => sum + s.articles.length, 0);
  console.log(`\n${path.basename(folder)}: ${archive.articles.length} articles, ${stories.length} stories of 2 or more holding ${grouped} articles (${((100 * grouped) / archive.articles.length).toFixed(1)}%); grouping ${ms.toFixed(0)} ms (${((1000 * ms) / archive.articles.length).toFixed(0)} µs an article)`);
  console.log(`sizes: ${[...sizes].sort((a, b) => a[0] - b[0]).map(([size, count]) => `${size}: ${count}`).join(", ")}`);
  const show = (story: (typeof stories)[number]) => {
    console.log(`  ${story.url} (${story.articles.length} articles, ${story.firstDay} to ${story.lastDay})`);
    for (const a of story.articles) console.log(`      ${a.date.day} ${a.source?.shortName ?? "-"} ${a.title}`);
  };
  console.log("largest:");
  for (const story of [...stories].sort((a, b) => b.articles.length - a.articles.length).slice(0, 3)) show(story);
  if (sampleSize > 0) {
    const next = random(seed);
    const pool = [...stories];
    const sample = [];
    while (sample.length < sampleSize && pool.length) sample.push(...pool.splice(Math.floor(next() * pool.length), 1));
    console.log(`sample of ${sample.length} (seed ${seed}):`);
    sample.forEach((story, i) => {
      process.stdout.write(`${String(i + 1).padStart(2)}.`);
      show(story);
    });
  }
}
