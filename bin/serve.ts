/**
 * `npm run serve`: serves the built site (`_site/`, or --output=PATH) on http://localhost:8080,
 * under PATH_PREFIX when set, as a static host would (404.html for unknown addresses).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { readSiteOptions } from "../src/site-options.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

const options = readSiteOptions();
const port = Number(process.env.PORT ?? 8080);
const root = options.outputDir;

async function resolveFile(urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(options.pathPrefix)) return null;
  const relative = decodeURIComponent(urlPath.slice(options.pathPrefix.length));
  const file = path.join(root, relative);
  if (!file.startsWith(root)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      const index = path.join(file, "index.html");
      await stat(index);
      return index;
    }
    return file;
  } catch {
    return null;
  }
}

http
  .createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === "/" && options.pathPrefix !== "/") {
      response.writeHead(302, { location: options.pathPrefix }).end();
      return;
    }
    const file = await resolveFile(pathname);
    const target = file ?? path.join(root, "404.html");
    response.writeHead(file ? 200 : 404, { "content-type": TYPES[path.extname(target)] ?? "application/octet-stream" });
    createReadStream(target).on("error", () => response.end()).pipe(response);
  })
  .listen(port, () => console.log(`Serving ${root} at http://localhost:${port}${options.pathPrefix}`));
