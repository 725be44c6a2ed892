import fg from "fast-glob";
import { CONFIG_FILE, type RegistryConfig } from "../config/config.ts";
import { FOLDER_ROLES } from "./kinds.ts";

const ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**"];

function globEscape(folder: string): string {
  return fg.escapePath(folder);
}

/**
 * The JSON files of a registry: everything under the configured folders,
 * plus the config file and global catalogs at the root. Sorted, so every
 * later step sees the same order on every machine.
 */
export async function discover(root: string, config: RegistryConfig): Promise<string[]> {
  const patterns = [CONFIG_FILE, "global.*.json"];
  for (const role of FOLDER_ROLES)
    for (const folder of config.folders[role]) patterns.push(folder === "." ? "**/*.json" : `${globEscape(folder)}/**/*.json`);
  const files = await fg(patterns, {
    cwd: root,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    unique: true,
    ignore: [...ALWAYS_EXCLUDED, ...config.exclude],
  });
  return files.sort();
}
