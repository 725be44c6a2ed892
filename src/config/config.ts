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
  /** How large, how deep and how wide a file may be before it is refused unread or unchecked (`limits`). */
  limits: InputLimits;
}

/** Limits on each file, so hostile input ends in a finding rather than an exhausted machine. */
export interface InputLimits {
  /** Files larger than this are not read at all (their size is asked first). */
  maxFileBytes: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Most elements of one array, or members of one object. */
  maxItems: number;
}

export const DEFAULT_LIMITS: Readonly<InputLimits> = Object.freeze({ maxFileBytes: 10 * 1024 * 1024, maxDepth: 64, maxItems: 100_000 });

/** The deepest nesting the config may allow: the checks walk documents recursively, so the stack sets the bound. */
export const MAX_DEPTH_CEILING = 1000;

/** A folder or file path that stays inside the registry: relative, no ".." segment, no backslash, no control character. */
export function isSafeRelativePath(path: string): boolean {
  // eslint-disable-next-line no-control-regex
  return path !== "" && !path.startsWith("/") && !/^[a-zA-Z]:/.test(path) && !path.includes("\\") && !/[\u0000-\u001f\u007f]/.test(path) && !path.split("/").includes("..");
}

export function defaultConfig(): RegistryConfig {
  return {
    release: DEFAULT_RELEASE,
    folders: Object.fromEntries(FOLDER_ROLES.map((role) => [role, [role]])) as Record<FolderRole, string[]>,
    exclude: [],
    policy: {},
    acceptedChangesFile: ACCEPTED_CHANGES_FILE,
    limits: { ...DEFAULT_LIMITS },
  };
}

function folderList(value: unknown): string[] | undefined {
  const list = typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
  // A folder outside the registry (absolute, or with "..") is never scanned; config/invalid reports it.
  return list?.map((f) => f.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "") || ".").filter((f) => f === "." || isSafeRelativePath(f));
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
    if (typeof accepted === "string" && isSafeRelativePath(accepted.replace(/^\.\/+/, ""))) config.acceptedChangesFile = accepted.replace(/^\.\/+/, "");
  }
  if (r.limits && typeof r.limits === "object" && !Array.isArray(r.limits)) {
    const l = r.limits as Record<string, unknown>;
    const positive = (v: unknown, ceiling = Number.MAX_SAFE_INTEGER) => (typeof v === "number" && Number.isInteger(v) && v >= 1 ? Math.min(v, ceiling) : undefined);
    config.limits.maxFileBytes = positive(l.max_file_bytes) ?? config.limits.maxFileBytes;
    config.limits.maxDepth = positive(l.max_depth, MAX_DEPTH_CEILING) ?? config.limits.maxDepth;
    config.limits.maxItems = positive(l.max_items) ?? config.limits.maxItems;
  }
  return config;
}
