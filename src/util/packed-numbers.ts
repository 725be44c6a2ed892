import { endianness } from "node:os";

/**
 * Number columns, packed for the files that keep them and checked when read
 * back. Packed as base64 of little-endian 32-bit integers: at 100,000
 * documents a cache holds about 1.9 million numbers, which JSON.parse took
 * about 40 ms to read as text. Packed only where the machine is
 * little-endian (as every GitHub runner is); read in either form.
 */
export function packNumbers<T extends object>(c: T, columns: readonly (keyof T & string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(c as Record<string, unknown>) };
  if (endianness() !== "LE") return out;
  for (const key of columns) out[key] = Buffer.from(Int32Array.from(c[key] as ArrayLike<number>).buffer).toString("base64");
  return out;
}

/** The columns packNumbers packed, as Int32Arrays, in place; columns still in JSON arrays stay as they are. */
export function unpackNumbers(c: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  for (const key of columns) {
    const v = c[key];
    if (typeof v !== "string") continue;
    const bytes = Buffer.from(v, "base64");
    const numbers = new Int32Array(bytes.length >> 2);
    new Uint8Array(numbers.buffer).set(bytes.subarray(0, numbers.length << 2));
    c[key] = numbers;
  }
  return c;
}

// Checks of columns read back from a file. Each runs once per process, before the JIT has warmed:
// plain indexed loops, which the interpreter runs several times faster than for-of or every().

/** Whether a value read back from a file is a list of strings. */
export function allStrings(list: unknown): list is string[] {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
  return true;
}

/** Whether every `step`-th number of a column from `from` on lies in [min, max). */
export function allWithin(col: ArrayLike<number>, min: number, max: number, step = 1, from = 0): boolean {
  for (let i = from; i < col.length; i += step) {
    const v = col[i]!;
    if (!(v >= min && v < max)) return false;
  }
  return true;
}

/** Whether a column of offsets into a list of `total` items starts at 0, never decreases and ends at `total`. */
export function offsetsUpTo(col: ArrayLike<number>, total: number): boolean {
  if (col.length === 0 || col[0] !== 0 || col[col.length - 1] !== total) return false;
  for (let i = 1; i < col.length; i++) if (!(col[i - 1]! <= col[i]!)) return false;
  return true;
}
