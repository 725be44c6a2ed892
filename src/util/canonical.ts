/** JSON with object keys sorted at every level and no whitespace: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** The same content as canonicalJson, indented for people: keys sorted at every level, two spaces. */
export function canonicalPretty(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

let crypto: typeof import("node:crypto") | undefined;

/** node:crypto's createHash, loaded when a digest is first asked for: a plain check asks for none, and loading it took 4 ms of every run. */
export function createHash(algorithm: string): import("node:crypto").Hash {
  crypto ??= process.getBuiltinModule("node:crypto");
  return crypto.createHash(algorithm);
}
