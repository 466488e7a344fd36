/**
 * A throwaway copy of the project, to run `npm run build` with a template or setting changed
 * without touching the real one: the code, the owner's folders (pages/, _data/, _includes/, theme/,
 * settings.ts) and the configuration are
 * copied, node_modules is linked.
 */
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./build.ts";

const COPIED = ["site", "build", "layouts", "src", "data", "bin", "_data", "_includes", "theme", "pages", "settings.ts", "eleventy.config.ts", "package.json", "tsconfig.json"];

export function copyProject(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "dateline-project-")), "dateline");
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}
