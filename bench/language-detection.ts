/**
 * `npm run bench:languages`: language detection (src/language.ts) on every story of the shared
 * corpus's Arabic, Persian, Russian, Chinese and Reuters sets: how many it gets right, what it
 * gets wrong, and the time per story.
 *
 *   npm run bench:languages
 *   CORPUS_DIR=/path npm run bench:languages
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { chooseLanguage } from "../src/language.ts";

const corpus = path.resolve(process.env.CORPUS_DIR ?? "../shared/corpus");
if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}: set CORPUS_DIR.`);
  process.exit(0);
}

/** Title and body of a corpus file: front matter's title, or a plain text's first line. */
function split(raw: string): { title: string; body: string } {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (frontMatter) return { title: /title: "?(.*?)"?\n/.exec(frontMatter[1] ?? "")?.[1] ?? "", body: raw.slice(frontMatter[0].length) };
  const [title = "", ...rest] = raw.split("\n");
  return { title, body: rest.join("\n") };
}

const sets: { language: string; dir: string }[] = [
  ...["ar", "fa", "ru", "zh"].map((language) => ({ language, dir: path.join(corpus, "ml", language) })),
  { language: "en", dir: path.join(corpus, "reuters-md") },
  { language: "en", dir: path.join(corpus, "reuters-txt") },
];
let right = 0;
let total = 0;
let milliseconds = 0;
const wrong = new Map<string, number>();
for (const { language, dir } of sets) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(md|txt)$/.test(f))) {
    const { title, body } = split(readFileSync(path.join(dir, file), "utf8"));
    const started = performance.now();
    const found = chooseLanguage(title, body, "en");
    milliseconds += performance.now() - started;
    total++;
    if (found === language) right++;
    else wrong.set(`${language} → ${found}`, (wrong.get(`${language} → ${found}`) ?? 0) + 1);
  }
}
console.log(`${right}/${total} stories in the right language (${((right / total) * 100).toFixed(2)}%), ${(milliseconds / total).toFixed(3)} ms a story`);
for (const [pair, count] of [...wrong].sort((a, b) => b[1] - a[1])) console.log(`  ${pair}: ${count}`);
