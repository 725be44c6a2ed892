import { ruleMeta } from "../rules/rule.ts";

/** Findings that compare the pull request with its base. */
export const changeBreaking = ruleMeta(
  "change/breaking",
  "error",
  "A schema changed incompatibly under the same _vN id (by the compatibility mode of its id: BACKWARD by default); consumers of the old version break.",
);
export const changeAccepted = ruleMeta("change/accepted", "notice", "A breaking schema change that mova.accepted-changes.json accepts on purpose, by its fingerprint.");
export const changeRemovedInUse = ruleMeta(
  "change/removed-in-use",
  "error",
  "A runtime, connector, contract or schema that other documents still reference was removed or renamed.",
);
export const runLeased = ruleMeta(
  "run/leased",
  "error",
  "A pull request changes a registry document that a running contract holds a lease on (recorded on the mova-leases branch), until that run ends or the lease expires.",
);
