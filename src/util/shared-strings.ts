/**
 * A list of strings in shared memory, as UTF-8 bytes and their offsets: every
 * worker thread reads the same bytes and makes a string only of the entries
 * it takes. A list sent as an array would be copied into each worker's heap
 * whole (100,000 paths: about 9 MB per worker, and the time to copy them).
 */
export interface SharedStrings {
  readonly bytes: Uint8Array;
  /** Entry i is bytes[offsets[i], offsets[i + 1]). */
  readonly offsets: Uint32Array;
}

export function shareStrings(list: readonly string[]): SharedStrings {
  const offsets = new Uint32Array(new SharedArrayBuffer(4 * (list.length + 1)));
  // One encoding of the whole list: per string, measuring and writing cost 20 ms for 100,000 paths.
  const joined = list.join("");
  const encoded = Buffer.from(joined, "utf8");
  // ASCII only (as many bytes as characters): a string's bytes are its characters, with no need to measure them.
  const ascii = encoded.length === joined.length;
  let size = 0;
  for (let i = 0; i < list.length; i++) {
    offsets[i] = size;
    size += ascii ? list[i]!.length : Buffer.byteLength(list[i]!, "utf8");
  }
  offsets[list.length] = size;
  const bytes = new Uint8Array(new SharedArrayBuffer(encoded.length));
  bytes.set(encoded);
  return { bytes, offsets };
}

export function sharedCount(shared: SharedStrings): number {
  return shared.offsets.length - 1;
}

export function sharedString(shared: SharedStrings, i: number): string {
  const from = shared.offsets[i]!;
  return Buffer.from(shared.bytes.buffer, shared.bytes.byteOffset + from, shared.offsets[i + 1]! - from).toString("utf8");
}
