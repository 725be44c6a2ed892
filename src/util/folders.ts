import { posix } from "node:path";

/** Every ancestor folder of a registry path, nearest first: "a/b/c.json" gives "a/b", then "a". */
export function* foldersOf(path: string): Generator<string> {
  for (let dir = posix.dirname(path); dir !== "." && dir !== "/"; dir = posix.dirname(dir)) yield dir;
}
