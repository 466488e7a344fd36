/**
 * A tiny static file server for the built site, as a host such as GitHub Pages serves it: the
 * site lives under a path prefix ("/my-archive/"), a folder answers with its index.html, and
 * anything missing (or outside the prefix) answers 404 with the site's own 404.html.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  // Pagefind's index: gzip-compressed binary chunks it decompresses itself.
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  /** Every path requested, with its status, in order. */
  log: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

/** Picks a free port on 127.0.0.1 (to build the site with its address before serving it). */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function fileAt(file: string): Promise<"file" | "dir" | null> {
  try {
    const s = await stat(file);
    return s.isDirectory() ? "dir" : s.isFile() ? "file" : null;
  } catch {
    return null;
  }
}

export async function serveStatic(options: { root: string; prefix: string; port?: number }): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const prefix = options.prefix.endsWith("/") ? options.prefix : `${options.prefix}/`;
  const log: StaticServer["log"] = [];

  const notFound = async (res: http.ServerResponse, head: boolean) => {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    if (head) return res.end();
    try {
      res.end(await readFile(path.join(root, "404.html")));
    } catch {
      res.end("<!doctype html><title>Not found</title><h1>Not found</h1>");
    }
  };

  const server = http.createServer(async (req, res) => {
    const method = req.method ?? "GET";
    const head = method === "HEAD";
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      pathname = "";
    }
    res.on("finish", () => log.push({ method, path: req.url ?? "", status: res.statusCode }));
    if (method !== "GET" && !head) {
      res.statusCode = 405;
      return res.end();
    }
    // The prefix without its slash is the folder itself: redirect as a host would.
    if (pathname === prefix.slice(0, -1)) {
      res.statusCode = 301;
      res.setHeader("Location", prefix);
      return res.end();
    }
    if (!pathname.startsWith(prefix)) return notFound(res, head);
    const file = path.resolve(root, `.${pathname.slice(prefix.length - 1)}`);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(res, head);

    let target = file;
    const kind = await fileAt(file);
    if (kind === "dir") {
      if (!pathname.endsWith("/")) {
        res.statusCode = 301;
        res.setHeader("Location", `${pathname}/`);
        return res.end();
      }
      target = path.join(file, "index.html");
      if ((await fileAt(target)) !== "file") return notFound(res, head);
    } else if (kind !== "file") {
      return notFound(res, head);
    }
    res.statusCode = 200;
    res.setHeader("Content-Type", contentType(target));
    res.setHeader("Cache-Control", "no-store");
    if (head) return res.end();
    createReadStream(target)
      .on("error", () => {
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      })
      .pipe(res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
