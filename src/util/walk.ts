import { appendPointer } from "../json/pointer.ts";

export interface StringAt {
  value: string;
  pointer: string;
  /** The property name holding the string, or undefined inside an array at the top. */
  key: string | undefined;
  /** Property names from the root down to the string. */
  path: string[];
}

/** Every string value of a JSON value, with where it stands. */
export function* stringsOf(value: unknown, pointer = "", path: string[] = []): Generator<StringAt> {
  if (typeof value === "string") yield { value, pointer, key: path.at(-1), path };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringsOf(value[i], appendPointer(pointer, i), path);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) yield* stringsOf(v, appendPointer(pointer, k), [...path, k]);
}

/** Where a string stands, as the walk's stack of segments; a pointer or a path is built only when asked for. */
export type Segments = ReadonlyArray<string | number>;

/** Property names from the root down, without array indices: `meta.description`. */
export function namesOf(segments: Segments): string[] {
  return segments.filter((s): s is string => typeof s === "string");
}

/** The property name holding a string (the array's, for an item), as `StringAt.key`. */
export function keyOf(segments: Segments): string | undefined {
  for (let i = segments.length - 1; i >= 0; i--) if (typeof segments[i] === "string") return segments[i] as string;
  return undefined;
}

/**
 * Calls `visit` with every string value under `value`. The same stack is
 * handed to every call and changes after it returns: copy what must outlive
 * the call. Allocates nothing per string, so every document can be walked.
 */
export function forEachString(value: unknown, visit: (value: string, segments: Segments) => void, segments: Array<string | number> = []): void {
  if (typeof value === "string") visit(value, segments);
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) {
      segments.push(i);
      forEachString(value[i], visit, segments);
      segments.pop();
    }
  else if (value !== null && typeof value === "object")
    // for-in rather than Object.keys: the same keys in the same order for parsed JSON (own, enumerable, no prototype
    // but Object's), from V8's cache of the object's shape instead of a new array per object.
    for (const k in value) {
      segments.push(k);
      forEachString((value as Record<string, unknown>)[k], visit, segments);
      segments.pop();
    }
}
