import type { Registry, RegistryDocument } from "../registry/document.ts";
import type { DocumentKind } from "../registry/kinds.ts";
import { referenceIndex } from "../registry/references.ts";
import { resolveRef } from "../schemas/ids.ts";
import { canonicalJson } from "../util/canonical.ts";
import { flowModelOf } from "../flow/flow-model.ts";

export type ChangeType = "added" | "removed" | "modified";

export interface DocumentChange {
  path: string;
  kind: DocumentKind;
  id?: string;
  change: ChangeType;
  /** Set for schemas whose change breaks their compatibility mode. */
  breaking?: boolean;
}

export interface ImpactedContract {
  id: string;
  /** Its manifest, in the head (or on the base, when the contract was removed). */
  path: string;
  flow?: string;
  /** The changed ids and files that reach it, nearest first. */
  because: string[];
}

/** What a change touches: changed documents, and the contracts (with their flows) that depend on them. */
export interface ImpactReport {
  changes: DocumentChange[];
  contracts: ImpactedContract[];
}

function contentKey(doc: RegistryDocument): string {
  return doc.json?.ok ? canonicalJson(doc.json.value) : (doc.json?.text ?? "");
}

export function documentChanges(base: Registry, head: Registry): DocumentChange[] {
  const before = new Map(base.documents.map((d) => [d.path, d]));
  const after = new Map(head.documents.map((d) => [d.path, d]));
  const out: DocumentChange[] = [];
  const entry = (d: RegistryDocument, change: ChangeType): DocumentChange => ({ path: d.path, kind: d.kind, ...(d.id ? { id: d.id } : {}), change });
  for (const [path, d] of after) {
    const old = before.get(path);
    if (!old) out.push(entry(d, "added"));
    else if (contentKey(old) !== contentKey(d)) out.push(entry(d, "modified"));
  }
  for (const [path, d] of before) if (!after.has(path)) out.push(entry(d, "removed"));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** For every registry schema, the schema ids it reaches through $ref, transitively. */
function schemaClosure(registry: Registry): Map<string, Set<string>> {
  const direct = new Map<string, Set<string>>();
  for (const e of registry.schemas.entries()) {
    const refs = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
          if (k === "$ref" && typeof v === "string") {
            const target = registry.schemas.byUri(resolveRef(v, e.uri) ?? "");
            if (target && target.id !== e.id) refs.add(target.id);
          } else walk(v);
        }
      }
    };
    walk(e.schema);
    direct.set(e.id, refs);
  }
  const closure = new Map<string, Set<string>>();
  const reach = (id: string, seen: Set<string>): Set<string> => {
    const known = closure.get(id);
    if (known) return known;
    const out = new Set<string>();
    for (const r of direct.get(id) ?? []) {
      if (seen.has(r)) continue;
      out.add(r);
      for (const x of reach(r, new Set([...seen, r]))) out.add(x);
    }
    closure.set(id, out);
    return out;
  };
  for (const id of direct.keys()) reach(id, new Set([id]));
  return closure;
}

/**
 * Which contracts a change touches: a contract whose own files changed, one
 * that references a changed id (a schema through its $refs too), and one that
 * calls a touched contract.
 */
export function impactOf(base: Registry, head: Registry, changes: DocumentChange[]): ImpactReport {
  const changedIds = new Set(changes.flatMap((c) => (c.id ? [c.id] : [])));
  const changedPaths = new Set(changes.map((c) => c.path));
  const closure = schemaClosure(head);
  // A schema is touched when it, or any schema it builds on, changed.
  const touchedSchema = (id: string) => changedIds.has(id) || [...(closure.get(id) ?? [])].some((x) => changedIds.has(x));

  const { refs } = referenceIndex(head);
  const reasons = new Map<string, string[]>();
  const add = (contract: string, why: string) => {
    const list = reasons.get(contract) ?? [];
    if (!list.includes(why)) list.push(why);
    reasons.set(contract, list);
  };
  for (const pkg of head.packages) {
    if (!pkg.id) continue;
    for (const path of changedPaths) if (path.startsWith(pkg.dir + "/")) add(pkg.id, path);
    for (const ref of refs) {
      if (!ref.from.packageDir || ref.from.packageDir !== pkg.dir) continue;
      if (ref.kind === "schema" ? touchedSchema(ref.target) : changedIds.has(ref.target)) add(pkg.id, ref.target);
    }
  }
  // Calls: a contract calling a touched contract is touched, until nothing changes.
  const calls = new Map<string, string[]>();
  for (const pkg of head.packages)
    if (pkg.id && pkg.flow?.json?.ok)
      calls.set(pkg.id, flowModelOf(pkg.flow.json.value).steps.flatMap((s) => (s.mode === "CONTRACT_CALL" && typeof s.raw.contract_id === "string" ? [s.raw.contract_id] : [])));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [caller, callees] of calls)
      for (const callee of callees)
        if (reasons.has(callee) && !reasons.get(caller)?.includes(callee)) {
          add(caller, callee);
          grew = true;
        }
  }
  const contracts: ImpactedContract[] = [];
  for (const [id, because] of reasons) {
    const pkg = head.packages.find((p) => p.id === id)!;
    contracts.push({ id, path: pkg.manifest.path, ...(pkg.flow ? { flow: pkg.flow.path } : {}), because });
  }
  // Contracts that are gone touch nothing any more, but a reviewer wants to see them.
  for (const pkg of base.packages)
    if (pkg.id && !head.packages.some((p) => p.id === pkg.id)) contracts.push({ id: pkg.id, path: pkg.manifest.path, ...(pkg.flow ? { flow: pkg.flow.path } : {}), because: ["removed"] });
  contracts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { changes, contracts };
}
