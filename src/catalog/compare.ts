import { compareWithBase, type SchemaEvolution } from "../change/compare.ts";
import type { CheckResult } from "../check.ts";
import { buildCatalog, type CatalogOptions } from "./build.ts";
import { CatalogReads } from "./reads.ts";
import { mark } from "../util/timing.ts";
import { diffCatalogs, type CatalogDiff } from "./diff.ts";

/** The catalog diff between two registries already loaded (the guard's base and head), with their schema evolutions if known. */
export function catalogDiffOf(base: CheckResult, head: CheckResult, options: CatalogOptions, evolutions: readonly SchemaEvolution[] = compareWithBase(base, head).schemas): CatalogDiff {
  const { source: _ignored, ...rest } = options;
  // One reader for both sides: they share every document the change left as it was.
  const reads = new CatalogReads();
  const before = buildCatalog(base.registry, rest, reads);
  mark("catalog of the base built");
  const after = buildCatalog(head.registry, rest, reads);
  mark("catalog of the head built");
  const diff = diffCatalogs(before, after, evolutions);
  mark("catalogs compared");
  return diff;
}
