import { CONFIG_FILE, type RegistryConfig } from "../config/config.ts";
import { posix } from "node:path";
import fg from "fast-glob";
import picomatch from "picomatch";
import type { JsonWalk, RegistrySource } from "../source/source.ts";
import { sortedOnce } from "../util/values.ts";
import { FOLDER_ROLES } from "./kinds.ts";

const ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**"];

/** Escapes glob syntax in a folder name, as fast-glob's escapePath does. */
function globEscape(folder: string): string {
  return folder.replace(/([()*?[\]{}!+@])/g, "\\$1");
}

/**
 * The JSON files of a registry: everything under the configured folders,
 * plus the config file, the accepted-changes file and global catalogs at the
 * root. Sorted, so every later step sees the same order on every machine.
 */
export async function discover(source: RegistrySource, config: RegistryConfig, listed?: (count: number) => void): Promise<string[]> {
  const walk = source.listJson && jsonWalk(config, listed);
  // Folders may overlap, and "." holds the root's files too: each path once.
  if (walk) return sortedOnce(source.listJson!(walk));
  const { patterns, ignore } = discoveryPatterns(config);
  // Sorted here rather than trusted to every source: where two documents claim one thing (a schema $id,
  // a global catalog, an id), the first in this order wins, and the catalog and the findings must not
  // change with the order a source lists files in (found by test/properties.test.ts). Same order as the
  // sources' own sort, so for them this costs one pass over an already sorted list.
  return (await source.list(patterns, ignore)).sort();
}

/**
 * Discovery's patterns as folders to walk, where the walk gives the same
 * files: no excludes of the config's own, and no folder or file that a dot
 * segment or node_modules would make fast-glob treat differently.
 */
export function jsonWalk(config: RegistryConfig, listed?: (count: number) => void): JsonWalk | undefined {
  if (config.exclude.length > 0) return undefined;
  const folders = FOLDER_ROLES.flatMap((role) => config.folders[role]);
  const files = [CONFIG_FILE, config.acceptedChangesFile];
  const plain = (p: string) => p === "." || p.split("/").every((seg) => seg !== "" && !seg.startsWith(".") && seg !== "node_modules");
  if (!folders.every(plain) || !files.every(plain)) return undefined;
  return { folders, files, rootNames: /^global\..*\.json$/, ...(listed ? { listed } : {}) };
}

export function discoveryPatterns(config: RegistryConfig): { patterns: string[]; ignore: string[] } {
  const patterns = [CONFIG_FILE, "global.*.json", config.acceptedChangesFile];
  for (const role of FOLDER_ROLES)
    for (const folder of config.folders[role]) patterns.push(folder === "." ? "**/*.json" : `${globEscape(folder)}/**/*.json`);
  return { patterns, ignore: [...ALWAYS_EXCLUDED, ...config.exclude] };
}

/**
 * Whether discovery would pick a path, as fast-glob decides it: for files it
 * has not listed itself (a commit's, a change's). fast-glob groups the
 * patterns into tasks, each walking from a base folder, and never enters a
 * folder below that base that an ignore pattern ending in "/**", or naming a
 * folder plainly, matches: `exclude: ["contracts/old"]` leaves out the files
 * in contracts/old/, which the pattern alone does not match. The same tasks
 * decide here (test/fs-source.test.ts holds the two to the same answers).
 */
export function pathMatcher(patterns: readonly string[], ignore: readonly string[]): (path: string) => boolean {
  const tasks = fg.generateTasks([...patterns], { ignore: [...ignore], dot: false }).map((task) => {
    const base = task.base === "." ? "" : task.base;
    const positive = picomatch(task.positive, { dot: false });
    const negative = task.negative.length ? picomatch(task.negative, { dot: true }) : () => false;
    // A pattern ending in "/**" that matches a folder matches everything in it too: only those naming a folder plainly need its folders tested.
    const pruning = task.dynamic ? task.negative.filter((p) => !p.endsWith("/**") && !fg.isDynamicPattern(posix.basename(p))) : [];
    const pruned = pruning.length ? picomatch(pruning, { dot: false }) : undefined;
    return (p: string) => {
      if (!positive(p) || negative(p)) return false;
      // The folders the walk enters below its base, each tested before it is entered.
      if (pruned) for (let i = p.indexOf("/", base ? base.length + 1 : 0); i !== -1; i = p.indexOf("/", i + 1)) if (pruned(p.slice(0, i))) return false;
      return true;
    };
  });
  // fast-glob never descends into dot-folders.
  const hidden = (p: string) => p.split("/").some((seg) => seg.startsWith("."));
  return (p) => tasks.some((listed) => listed(p)) && !hidden(p);
}
