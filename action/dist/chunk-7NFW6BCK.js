import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/run/leases.ts
var LEASE_BRANCH = "mova-leases";
var LEASE_FILE = "leases.json";
function parseLeases(text) {
  try {
    const v = JSON.parse(text ?? "");
    if (Array.isArray(v.leases)) return { schema_id: "registry.leases_v1", leases: v.leases };
  } catch {
  }
  return { schema_id: "registry.leases_v1", leases: [] };
}
function leasesText(file) {
  return JSON.stringify({ schema_id: file.schema_id, leases: [...file.leases].sort((a, b) => a.document + a.run_id < b.document + b.run_id ? -1 : 1) }, null, 2) + "\n";
}
function withRunLeases(file, state, branch, now) {
  const others = file.leases.filter((l) => l.run_id !== state.run_id && Date.parse(l.expires_at) > now.getTime());
  const mine = (state.leases ?? []).map((l) => ({ document: l.document, run_id: state.run_id, branch, expires_at: l.expires_at }));
  return { schema_id: "registry.leases_v1", leases: [...others, ...mine] };
}
function leaseConflicts(file, changed, ownBranch, now) {
  const out = [];
  for (const lease of file.leases) {
    if (Date.parse(lease.expires_at) <= now.getTime() || lease.branch === ownBranch) continue;
    for (const c of changed) if (c.path === lease.document || c.id === lease.document) out.push({ lease, path: c.path });
  }
  return out;
}

export {
  LEASE_BRANCH,
  LEASE_FILE,
  parseLeases,
  leasesText,
  withRunLeases,
  leaseConflicts
};
