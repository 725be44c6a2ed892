import type { RunState } from "./types.ts";

/**
 * Leases (the BVER runtime's reference locks, seed 002): a run that will
 * change registry documents holds them, so the guard refuses other pull
 * requests that change them until the run ends or the lease expires. They
 * live on a branch of their own, mova-leases, which every job can read.
 */
export const LEASE_BRANCH = "mova-leases";
export const LEASE_FILE = "leases.json";

export interface Lease {
  /** A registry path or document id. */
  document: string;
  run_id: string;
  /** The branch of the run's pull request, which may change the document. */
  branch: string;
  expires_at: string;
}

export interface LeaseFile {
  schema_id: "registry.leases_v1";
  leases: Lease[];
}

export function parseLeases(text: string | undefined): LeaseFile {
  try {
    const v = JSON.parse(text ?? "") as LeaseFile;
    if (Array.isArray(v.leases)) return { schema_id: "registry.leases_v1", leases: v.leases };
  } catch {
    // An unreadable file holds no leases; the next write replaces it.
  }
  return { schema_id: "registry.leases_v1", leases: [] };
}

export function leasesText(file: LeaseFile): string {
  return JSON.stringify({ schema_id: file.schema_id, leases: [...file.leases].sort((a, b) => (a.document + a.run_id < b.document + b.run_id ? -1 : 1)) }, null, 2) + "\n";
}

/** The file with this run's leases as its state holds them (none once the run ended), and expired ones dropped. */
export function withRunLeases(file: LeaseFile, state: RunState, branch: string, now: Date): LeaseFile {
  const others = file.leases.filter((l) => l.run_id !== state.run_id && Date.parse(l.expires_at) > now.getTime());
  const mine = (state.leases ?? []).map((l) => ({ document: l.document, run_id: state.run_id, branch, expires_at: l.expires_at }));
  return { schema_id: "registry.leases_v1", leases: [...others, ...mine] };
}

/** Live leases held by runs other than the one on `ownBranch`, matching a changed document by path or id. */
export function leaseConflicts(file: LeaseFile, changed: ReadonlyArray<{ path: string; id?: string }>, ownBranch: string | undefined, now: Date): Array<{ lease: Lease; path: string }> {
  const out: Array<{ lease: Lease; path: string }> = [];
  for (const lease of file.leases) {
    if (Date.parse(lease.expires_at) <= now.getTime() || lease.branch === ownBranch) continue;
    for (const c of changed) if (c.path === lease.document || c.id === lease.document) out.push({ lease, path: c.path });
  }
  return out;
}
