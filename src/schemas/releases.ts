/** The MOVA releases this tool validates against. */
export const RELEASES = ["4.1.1", "5.0.0", "6.0.0"] as const;
export type Release = (typeof RELEASES)[number];
export const DEFAULT_RELEASE: Release = "6.0.0";

export function isRelease(value: unknown): value is Release {
  return typeof value === "string" && (RELEASES as readonly string[]).includes(value);
}

/**
 * Each release is a stack of schema folders under `schemas/mova/`; a later
 * folder replaces a schema of an earlier one with the same `$id`. 5.0.0 adds
 * the agent contracts; 6.0.0 descends from 4.1.1 and only extends episodes.
 */
export const RELEASE_LAYERS: Record<Release, readonly string[]> = {
  "4.1.1": ["4.1.1"],
  "5.0.0": ["4.1.1", "5.0.0"],
  "6.0.0": ["4.1.1", "6.0.0"],
};
