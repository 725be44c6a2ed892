/** A value that is a string with something in it, else undefined: how documents' optional text fields are read. */
export function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** A value that is a JSON object (not null, not an array), else undefined: how documents' nested fields are read. */
export function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** A list of paths sorted, each once: where two sources of a listing overlap (folders, patterns). */
export function sortedOnce(list: string[]): string[] {
  list.sort();
  return list.filter((p, i) => i === 0 || p !== list[i - 1]);
}

/** Orders entries by their id, as every list the catalog publishes is ordered. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Adds `item` to the list `groups` holds at `key`, starting it if there is none: grown in place, never copied per item. */
export function addTo<K, V>(groups: Map<K, V[]>, key: K, item: V): void {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
}
