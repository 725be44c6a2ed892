import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { addFormats } from "../../src/schemas/formats.ts";
import type { Release } from "../../src/schemas/releases.ts";

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * The read-only `shared/` folder that stands beside the project (`../shared`).
 * A fresh clone elsewhere finds it beside the repository it was cloned from;
 * MOVA_SHARED_DIR overrides both. Missing conformance data fails the tests:
 * it must never turn into a silent skip.
 */
function findShared(): string {
  const candidates = [process.env.MOVA_SHARED_DIR, join(PROJECT_ROOT, "..", "shared")];
  try {
    const origin = execFileSync("git", ["remote", "get-url", "origin"], { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (origin && !/^[a-z]+:\/\//.test(origin) && !origin.includes("@")) candidates.push(join(resolve(PROJECT_ROOT, origin), "..", "shared"));
  } catch {
    // Not a clone; the other candidates stand.
  }
  for (const c of candidates) if (c && existsSync(join(c, "mova-spec"))) return resolve(c);
  throw new Error(`cannot find the shared conformance data (tried ${candidates.filter(Boolean).join(", ")}); set MOVA_SHARED_DIR`);
}

export const SHARED_DIR = findShared();

export function specDir(release: Release): string {
  return join(SHARED_DIR, "mova-spec", release);
}

export function readJsonFile<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function specFiles(release: Release, folder: "schemas" | "examples"): string[] {
  return readdirSync(join(specDir(release), folder))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(specDir(release), folder, f));
}


/** The official schemas of a release, as they are in ../shared, in a fresh ajv 2020-12 with ajv-formats. */
export function officialAjv(release: Release): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  for (const file of specFiles(release, "schemas")) ajv.addSchema(readJsonFile(file) as object);
  return ajv;
}

export function officialVerdict(ajv: Ajv2020, schemaId: string, value: unknown): boolean {
  const validate = ajv.getSchema(`https://mova.dev/schemas/${schemaId}.schema.json`);
  if (!validate) throw new Error(`the official release has no schema ${schemaId}`);
  return validate(value) as boolean;
}

export { dirname };

/** What became of the engine's code cache in a run (MOVA_REGISTRY_TIMING's mark, util/compiled-code.ts): accepted, rejected, absent or off. */
export function engineCodeCache(run: { stderr: string }): string | undefined {
  return /engine loaded \(code cache (\w+)\)/.exec(run.stderr)?.[1];
}
