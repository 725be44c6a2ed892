/** The MOVA id a schema URI stands for: `https://mova.dev/schemas/ds.x_v1.schema.json` is `ds.x_v1`. */
export function idFromUri(uri: string): string {
  const path = uri.replace(/#.*$/, "").replace(/\/+$/, "");
  const last = path.slice(path.lastIndexOf("/") + 1);
  return last.replace(/\.schema\.json$/, "").replace(/\.json$/, "");
}

/** Resolves a `$ref` against the URI of the schema it appears in, without its fragment. */
export function resolveRef(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href.replace(/#.*$/, "");
  } catch {
    return undefined;
  }
}

export const MOVA_SCHEMA_BASE = "https://mova.dev/schemas/";
export const TOOL_SCHEMA_BASE = "https://mova-registry.dev/schemas/";
export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
