/**
 * A static server for the built site, as a host serves it: under the path prefix, folders as
 * their index.html, 404.html (status 404) for anything else. With live reload, every HTML page
 * gets a small script that listens for changes and reloads the page (`npm start`).
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

const RELOAD_PATH = "__dateline/live-reload.js";
const EVENTS_PATH = "__dateline/events";
// A file of the site's own origin, so the pages' Content-Security-Policy allows it.
const RELOAD_SCRIPT = `new EventSource(new URL("events", import.meta.url)).addEventListener("reload", () => location.reload());\n`;

export interface StaticServer {
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export function startStaticServer(options: { root: string; prefix: string; port: number; liveReload?: boolean }): Promise<StaticServer> {
  const { root, prefix } = options;
  const listeners = new Set<http.ServerResponse>();

  async function resolveFile(urlPath: string): Promise<string | null> {
    if (!urlPath.startsWith(prefix)) return null;
    const file = path.join(root, decodeURIComponent(urlPath.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    try {
      const info = await stat(file);
      if (!info.isDirectory()) return file;
      const index = path.join(file, "index.html");
      await stat(index);
      return index;
    } catch {
      return null;
    }
  }

  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (options.liveReload && pathname === `${prefix}${EVENTS_PATH}`) {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      response.write(": connected\n\n");
      listeners.add(response);
      request.on("close", () => listeners.delete(response));
      return;
    }
    if (options.liveReload && pathname === `${prefix}${RELOAD_PATH}`) {
      response.writeHead(200, { "content-type": TYPES[".js"] }).end(RELOAD_SCRIPT);
      return;
    }
    if (pathname === "/" && prefix !== "/") {
      response.writeHead(302, { location: prefix }).end();
      return;
    }
    const file = await resolveFile(pathname);
    const target = file ?? path.join(root, "404.html");
    const type = TYPES[path.extname(target)] ?? "application/octet-stream";
    const status = file ? 200 : 404;
    if (options.liveReload && target.endsWith(".html")) {
      try {
        const html = await readFile(target, "utf8");
        const tag = `<script type="module" src="${prefix}${RELOAD_PATH}"></script>`;
        response.writeHead(status, { "content-type": type, "cache-control": "no-store" }).end(html.replace("</body>", `${tag}</body>`));
      } catch {
        response.writeHead(404).end();
      }
      return;
    }
    response.writeHead(status, { "content-type": type, ...(options.liveReload ? { "cache-control": "no-store" } : {}) });
    createReadStream(target)
      .on("error", () => response.end())
      .pipe(response);
  });

  return new Promise((resolve) => {
    server.listen(options.port, () => {
      resolve({
        url: `http://localhost:${options.port}${prefix}`,
        reload() {
          for (const listener of listeners) listener.write("event: reload\ndata: now\n\n");
        },
        close: () =>
          new Promise<void>((done) => {
            for (const listener of listeners) listener.end();
            server.close(() => done());
          }),
      });
    });
  });
}
