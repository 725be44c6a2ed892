import { FOLDER_ROLES, type FolderRole } from "../registry/kinds.ts";
import { DEFAULT_RELEASE, isRelease, type Release } from "../schemas/releases.ts";

/** The file at the registry root that configures it; optional. */
export const CONFIG_FILE = "mova.registry.json";

/** The default name of the file that lists breaking changes accepted on purpose. */
export const ACCEPTED_CHANGES_FILE = "mova.accepted-changes.json";

export interface RegistryConfig {
  release: Release;
  folders: Record<FolderRole, string[]>;
  exclude: string[];
  policy: Record<string, unknown>;
  /** policy.accepted_changes, relative to the registry root. */
  acceptedChangesFile: string;
}

export function defaultConfig(): RegistryConfig {
  return {
    release: DEFAULT_RELEASE,
    folders: Object.fromEntries(FOLDER_ROLES.map((role) => [role, [role]])) as Record<FolderRole, string[]>,
    exclude: [],
    policy: {},
    acceptedChangesFile: ACCEPTED_CHANGES_FILE,
  };
}

function folderList(value: unknown): string[] | undefined {
  const list = typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
  return list?.map((f) => f.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "") || ".");
}

/**
 * The effective configuration: defaults overlaid with whatever parts of the
 * raw file are usable. Schema violations in the file are reported on their
 * own; here a bad part just keeps its default, so the check can go on.
 */
export function resolveConfig(raw: unknown): RegistryConfig {
  const config = defaultConfig();
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return config;
  const r = raw as Record<string, unknown>;
  if (isRelease(r.release)) config.release = r.release;
  if (r.folders && typeof r.folders === "object") {
    for (const role of FOLDER_ROLES) {
      const list = folderList((r.folders as Record<string, unknown>)[role]);
      if (list) config.folders[role] = list;
    }
  }
  if (Array.isArray(r.exclude)) config.exclude = r.exclude.filter((e): e is string => typeof e === "string" && e !== "");
  if (r.policy && typeof r.policy === "object" && !Array.isArray(r.policy)) {
    config.policy = r.policy as Record<string, unknown>;
    const accepted = config.policy.accepted_changes;
    if (typeof accepted === "string" && accepted !== "" && !accepted.includes("..")) config.acceptedChangesFile = accepted.replace(/^\.\/+/, "");
  }
  return config;
}
