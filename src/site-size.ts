/**
 * A built site's size against what its host publishes: GitHub Pages publishes a site of at
 * most 1 GB, so the build warns from 900 MB, while there is still room to act.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** GitHub Pages' limit on a published site. */
export const GITHUB_PAGES_LIMIT = 1e9;
/** Where the build starts warning. */
export const SITE_SIZE_WARNING = 900e6;

export interface SiteFile {
  /** Relative, with forward slashes: `2023/09/21/slug/index.html`. */
  file: string;
  bytes: number;
}

/** Every file of a built site, hidden ones included (they are published too), in path order. */
export function listSiteFiles(dir: string): SiteFile[] {
  const out: SiteFile[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = path.join(abs, entry.name);
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child, name);
      else out.push({ file: name, bytes: statSync(child).size });
    }
  };
  walk(dir, "");
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function measureSite(dir: string): { bytes: number; files: number } {
  const files = listSiteFiles(dir);
  return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files: files.length };
}

/** `83 kB`, `2.1 MB`, `1.02 GB`: decimal units, as GitHub states its limit. */
export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return `${Math.round(bytes / 1e3)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** A warning when the site nears or passes what GitHub Pages publishes, else null. */
export function hostingWarning(bytes: number): string | null {
  if (bytes > GITHUB_PAGES_LIMIT) return `the site is ${formatBytes(bytes)}, more than the 1 GB GitHub Pages publishes`;
  if (bytes >= SITE_SIZE_WARNING) return `the site is ${formatBytes(bytes)}, near the 1 GB GitHub Pages publishes`;
  return null;
}
