/**
 * The folder a registry path is in, as posix.dirname gives it for the clean
 * relative paths a listing makes ("a/b/c.json" gives "a/b", "c.json" gives
 * "."), without its general case's cost: classifying runs it on every document.
 */
export function parentOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "." : slash === 0 ? "/" : path.slice(0, slash);
}

/** Every ancestor folder of a registry path, nearest first: "a/b/c.json" gives "a/b", then "a". */
export function* foldersOf(path: string): Generator<string> {
  for (let dir = parentOf(path); dir !== "." && dir !== "/"; dir = parentOf(dir)) yield dir;
}
