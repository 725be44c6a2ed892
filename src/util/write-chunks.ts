import { closeSync, openSync, writeSync } from "node:fs";

/**
 * Writes the pieces of a text to `file`, one after the other, replacing it:
 * a large report is never made one string, nor one buffer of its UTF-8.
 */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, "w");
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, "utf8");
      // A write may take fewer bytes than it was given: the rest follows.
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    }
  } finally {
    closeSync(fd);
  }
}
