import { closeSync, openSync, writeSync } from "node:fs";

/**
 * Writes the pieces of a file to `file`, one after the other, replacing it:
 * a large report is never made one string, nor one buffer of its UTF-8, and
 * a cache's columns are never joined into one buffer.
 */
export function writeChunks(file: string, chunks: Iterable<string | Uint8Array>): void {
  const fd = openSync(file, "w");
  try {
    for (const chunk of chunks) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      // A write may take fewer bytes than it was given: the rest follows.
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    }
  } finally {
    closeSync(fd);
  }
}
