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
  let chars = 0;
  for (let i = 0; i < list.length; i++) chars += list[i]!.length;
  const offsets = new Uint32Array(new SharedArrayBuffer(4 * (list.length + 1)));
  // Room for the longest UTF-8 a string of that many characters can take (3 bytes each), so every write fits; only the
  // pages written are ever touched. Each string written in place: joining them into one string to encode it at once took
  // 40-56 ms for 90,000 paths, writing them 17-22 (each alone in a new process).
  const bytes = Buffer.from(new SharedArrayBuffer(3 * chars));
  let size = 0;
  for (let i = 0; i < list.length; i++) {
    offsets[i] = size;
    size += bytes.write(list[i]!, size, "utf8");
  }
  offsets[list.length] = size;
  return { bytes: bytes.subarray(0, size), offsets };
}

export function sharedCount(shared: SharedStrings): number {
  return shared.offsets.length - 1;
}

export function sharedString(shared: SharedStrings, i: number): string {
  const from = shared.offsets[i]!;
  return Buffer.from(shared.bytes.buffer, shared.bytes.byteOffset + from, shared.offsets[i + 1]! - from).toString("utf8");
}
