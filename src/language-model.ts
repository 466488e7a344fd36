/**
 * eld's 'medium' n-gram model (src/language.ts), loaded fast. eld ships it as a 2 MB JavaScript
 * object literal, which V8 takes 1.2 to 1.5 s to compile and run, in every thread that detects a
 * language: each reader thread of every build, each test file. The same data as JSON parses in
 * about 0.15 s. So the first load takes the model as eld ships it and keeps its data as JSON in
 * `node_modules/.cache/dateline/` (named by eld's version and the model file's size); later loads
 * parse that and hand it to eld's own loader, which builds the same detector.
 *
 * That loader (`createEld`, eld's src/languageDetector.js) is eld's internal module, not one it
 * exports: if it is missing or changes shape, or the cache cannot be read or written, the model
 * loads as eld ships it (`eld/medium`), as before. tests/language-model.test.ts checks that both
 * detectors give the same results.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";

/** What src/language.ts asks of eld's detector. */
export interface LanguageDetector {
  detect(text: string): { language: string; isReliable(): boolean };
}

type CreateEld = () => { instance: LanguageDetector; loadData(data: unknown): unknown };

/** eld's package folder, found beside this project's code as Node would resolve it. */
function eldFolder(): string | null {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", "eld");
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** The model through the cache, or null where that way is closed (the caller loads eld/medium). */
async function loadThroughCache(folder: string): Promise<LanguageDetector | null> {
  const { version } = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { version: string };
  const model = path.join(folder, "src", "ngrams", "medium.js");
  const cacheDir = path.join(path.dirname(folder), ".cache", "dateline");
  const cacheFile = path.join(cacheDir, `eld-medium-${version}-${statSync(model).size}.json`);
  const { createEld } = (await import(pathToFileURL(path.join(folder, "src", "languageDetector.js")).href)) as { createEld?: CreateEld };
  if (typeof createEld !== "function") return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(cacheFile, "utf8"));
  } catch {
    // Not made yet (or damaged): the model as eld ships it, kept for the next load.
    ({ ngramsData: data } = (await import(pathToFileURL(model).href)) as { ngramsData: unknown });
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Threads and processes loading at once each write their own file; the rename is atomic.
      const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only node_modules: every load takes the model as eld ships it.
    }
  }
  const { instance, loadData } = createEld();
  return loadData(data) ? instance : null;
}

/** eld's medium detector: through the JSON cache where it can be, else as eld ships it. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  try {
    const folder = eldFolder();
    const detector = folder ? await loadThroughCache(folder) : null;
    if (detector) return detector;
  } catch {
    // Any failure of the fast way: the way eld documents.
  }
  return shippedLanguageDetector();
}

/** eld's medium detector as eld ships it (for the test that both ways agree). */
export async function shippedLanguageDetector(): Promise<LanguageDetector> {
  return (await import("eld/medium")).eld;
}
