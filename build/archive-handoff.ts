/**
 * One read for every shard of a one-machine build: shard 1 reads the archive (on every core,
 * src/readers.ts), plans the pages and hands both over in V8's serialization (one graph: the
 * plan's pages keep pointing at the archive's articles), which the other shards load instead
 * of reading and planning again (bin/build.ts sets the variables below for its shard processes).
 * Should the handover fail (an archive too large to serialize), each shard reads for itself.
 *
 *   DATELINE_ARCHIVE_HANDOFF=FILE   where the archive is handed over
 *   DATELINE_ARCHIVE_HANDOFF_WRITE=1   this shard reads and writes it; the others wait for it
 */
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether this process reads the articles itself (and so should start its reader threads). */
export function readsArticles(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.DATELINE_ARCHIVE_HANDOFF || Boolean(env.DATELINE_ARCHIVE_HANDOFF_WRITE);
}

/** The archive (and what was made of it): read by `read`, or handed over by the shard that read it. */
export async function handedOver<T>(read: () => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const file = env.DATELINE_ARCHIVE_HANDOFF;
  if (!file) return read();
  const failed = `${file}.failed`;
  if (env.DATELINE_ARCHIVE_HANDOFF_WRITE) {
    const archive = await read();
    try {
      await writeFile(`${file}.partial`, serialize(archive));
      await rename(`${file}.partial`, file);
    } catch {
      await writeFile(failed, "");
    }
    return archive;
  }
  // The writer's process failing fails the build, which stops this one: no time limit needed.
  while (!existsSync(file) && !existsSync(failed)) await sleep(50);
  if (!existsSync(file)) return read();
  return deserialize(await readFile(file)) as T;
}
