import type { Release } from "./releases.ts";

/** A first-error validator of a shipped schema, compiled ahead of time (scripts/builtin-validators.ts). */
export type Precompiled = (data: unknown) => boolean;

const loaded = new Map<Release, Readonly<Record<string, Precompiled>>>();

/**
 * Loads the precompiled validators of one release's shipped schemas, once per
 * thread. Each release is its own module (a chunk in the bundle) so a check
 * parses only the one it validates against.
 */
export async function loadPrecompiled(release: Release): Promise<void> {
  if (loaded.has(release)) return;
  // Literal paths, so the bundler makes each release a chunk of its own.
  const module =
    release === "4.1.1" ? await import("./builtin-4.1.1.generated.cjs") : release === "5.0.0" ? await import("./builtin-5.0.0.generated.cjs") : await import("./builtin-6.0.0.generated.cjs");
  loaded.set(release, module.default);
}

/** The precompiled validator of a shipped schema, when its release was loaded. */
export function precompiled(release: Release, id: string): Precompiled | undefined {
  return loaded.get(release)?.[id];
}

const idsOf = new Map<Release, Map<unknown, string>>();

/** The shipped schema a precompiled validator of `release` is for, if `fn` is one. */
export function shippedIdOf(release: Release, fn: unknown): string | undefined {
  let ids = idsOf.get(release);
  if (!ids) {
    const module = loaded.get(release);
    if (!module) return undefined;
    idsOf.set(release, (ids = new Map(Object.entries(module).map(([id, f]) => [f, id]))));
  }
  return ids.get(fn);
}
