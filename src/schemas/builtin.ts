import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RELEASE_LAYERS, type Release } from "./releases.ts";

export type Schema = Record<string, unknown>;

/**
 * The schemas this tool ships: `schemas/mova/<layer>/` (the MOVA red core,
 * per release) and `schemas/registry/` (our own: config, flows, packages,
 * catalogs). Both the source tree and the bundles in `action/dist/` sit two
 * folders below the project root, so one relative path serves both.
 */
export const SCHEMAS_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

function readFolder(folder: string): Schema[] {
  const dir = SCHEMAS_DIR + folder;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".schema.json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")) as Schema);
}

const cache = new Map<string, Schema[]>();

function folder(name: string): Schema[] {
  let schemas = cache.get(name);
  if (!schemas) cache.set(name, (schemas = readFolder(name)));
  return schemas;
}

/** The red-core schemas of a release, later layers replacing earlier ones by `$id`. */
export function movaSchemas(release: Release): Schema[] {
  const byId = new Map<string, Schema>();
  for (const layer of RELEASE_LAYERS[release]) for (const s of folder(`mova/${layer}`)) byId.set(String(s.$id), s);
  return [...byId.values()];
}

/** This tool's own schemas, the same for every release. */
export function toolSchemas(): Schema[] {
  return folder("registry");
}
