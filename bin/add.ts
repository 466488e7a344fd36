/**
 * `npm run add -- <file>…`: imports saved web pages, texts and Markdown files as normalized
 * Markdown articles. The work is in src/import/add-command.ts; `npm run add -- --help` tells
 * the options.
 */
import { runAdd } from "../src/import/add-command.ts";

process.exitCode = runAdd(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
