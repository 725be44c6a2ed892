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
