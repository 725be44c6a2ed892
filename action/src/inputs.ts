import { isRelease, RELEASES, type Release } from "../../src/schemas/releases.ts";

/** The action's inputs, read and checked once; every input is documented in action.yml and the README. */
export interface ActionInputs {
  /** Registry folder, relative to the workspace. */
  path: string;
  release?: Release;
}

export class InputError extends Error {}

export function readInputs(getInput: (name: string) => string): ActionInputs {
  const path = getInput("path").trim() || ".";
  const release = getInput("release").trim();
  if (release !== "" && !isRelease(release)) throw new InputError(`input "release" must be one of ${RELEASES.join(", ")}, not "${release}"`);
  return { path, ...(release ? { release } : {}) };
}
