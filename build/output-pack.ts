/**
 * The pages a build from the cache renders, kept in one file of its staging folder (PACK_FILE)
 * until its journal writes them over the site's own files (src/staging-commit.mjs).
 *
 * A file of its own for each page meant a folder made and a file created in the staging folder,
 * then renamed into the site: on this machine 4,420 list pages (what one added article shifts at
 * 100,000) took 1.6–2.5 s to write so and 0.3 s to rename, where appending them to one file and
 * writing each over the site's copy took about 0.4 s (measured with a bare Node loop).
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import path from "node:path";
import { PACK_FILE, type PackedWrite } from "../src/staging-commit.mjs";

/** The pack of a staging folder, written once, front to back, and read while the build finishes. */
export class OutputPack {
  private readonly file: string;
  private readonly fd: number;
  private size = 0;
  /** Each file's place in the pack, by its path in the site ("articles/page/2/index.html"); the last write of a path wins. */
  private readonly places = new Map<string, [offset: number, bytes: number]>();

  constructor(staging: string) {
    this.file = path.join(staging, PACK_FILE);
    this.fd = openSync(this.file, "w");
  }

  /** Appends a file of the site. */
  write(file: string, content: string): void {
    const bytes = writeSync(this.fd, content, this.size, "utf8");
    this.places.set(file, [this.size, bytes]);
    this.size += bytes;
  }

  /** A file as written, or undefined if the pack has none of that path. */
  read(file: string): Buffer | undefined {
    const place = this.places.get(file);
    if (!place) return undefined;
    const buffer = Buffer.alloc(place[1]);
    const fd = openSync(this.file, "r");
    try {
      readSync(fd, buffer, 0, place[1], place[0]);
    } finally {
      closeSync(fd);
    }
    return buffer;
  }

  /** Every file written, with its size. */
  files(): { file: string; bytes: number }[] {
    return [...this.places].map(([file, [, bytes]]) => ({ file, bytes }));
  }

  /** What the journal lists for them. */
  writes(): PackedWrite[] {
    return [...this.places].map(([file, [offset, bytes]]) => [file, offset, bytes]);
  }

  /** Ends the writing (the pack stays readable). */
  close(): void {
    closeSync(this.fd);
  }
}
