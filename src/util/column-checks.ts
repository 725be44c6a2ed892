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
