/** The tool's version; a test keeps it equal to package.json's. */
export const TOOL_NAME = "mova-registry";
export const TOOL_VERSION = "0.1.0";

/** Set by the bundle build (scripts/build.ts): a digest of the engine's sources, schemas and dependencies. */
declare const MOVA_ENGINE_DIGEST: string | undefined;

/** The bundle's build digest; undefined when the engine runs from its sources. */
export function engineDigest(): string | undefined {
  return typeof MOVA_ENGINE_DIGEST === "string" ? MOVA_ENGINE_DIGEST : undefined;
}
