import type { Registry, RegistryDocument } from "../registry/document.ts";
import type { DocumentKind } from "../registry/kinds.ts";
import { contractCallsOf, forEachTarget } from "../registry/references.ts";
import { resolveRef } from "../schemas/ids.ts";
import { foldersOf } from "../util/folders.ts";
import { canonicalJson } from "../util/canonical.ts";

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

/** What changed between two registries; `candidates`, when known (from git), are the only paths whose content may differ. */
export function documentChanges(base: Registry, head: Registry, candidates?: ReadonlySet<string>): DocumentChange[] {
  const out: DocumentChange[] = [];
  const entry = (d: RegistryDocument, change: ChangeType): DocumentChange => ({ path: d.path, kind: d.kind, ...(d.id ? { id: d.id } : {}), change });
  const compare = (old: RegistryDocument | undefined, d: RegistryDocument | undefined) => {
    if (d && !old) out.push(entry(d, "added"));
    else if (old && !d) out.push(entry(old, "removed"));
    else if (old && d && contentKey(old) !== contentKey(d)) out.push(entry(d, "modified"));
  };
  if (candidates) for (const path of candidates) compare(documentAt(base, path), documentAt(head, path));
  else {
    const before = new Map(base.documents.map((d) => [d.path, d]));
    const after = new Map(head.documents.map((d) => [d.path, d]));
    for (const path of new Set([...before.keys(), ...after.keys()])) compare(before.get(path), after.get(path));
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The document at a path, by binary search: a registry's documents are sorted by path. */
export function documentAt(registry: Registry, path: string): RegistryDocument | undefined {
  const docs = registry.documents;
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = docs[mid]!.path;
    if (p === path) return docs[mid];
    if (p < path) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
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
  const touched = new Map<string, boolean>();
  const touchedSchema = (id: string) => {
    let t = touched.get(id);
    if (t === undefined) touched.set(id, (t = changedIds.has(id) || [...(closure.get(id) ?? [])].some((x) => changedIds.has(x))));
    return t;
  };

  const reasons = new Map<string, string[]>();
  const add = (contract: string, why: string) => {
    const list = reasons.get(contract) ?? [];
    if (!list.includes(why)) list.push(why);
    reasons.set(contract, list);
  };
  // The changed paths under each folder, in their order: a package finds its own without trying every path.
  const changedUnder = new Map<string, string[]>();
  for (const path of changedPaths)
    for (const dir of foldersOf(path)) {
      const list = changedUnder.get(dir);
      if (list) list.push(path);
      else changedUnder.set(dir, [path]);
    }
  const idOfDir = new Map<string, string>();
  for (const pkg of head.packages) {
    if (!pkg.id) continue;
    idOfDir.set(pkg.dir, pkg.id);
    for (const path of changedUnder.get(pkg.dir) ?? []) add(pkg.id, path);
  }
  // One pass over the references of the packages' documents, in their order; a package's reasons come after its changed files, as before.
  const inPackages = head.documents.filter((doc) => doc.packageDir !== undefined && idOfDir.has(doc.packageDir));
  forEachTarget(inPackages, (doc, kind, target) => {
    if (kind === "schema" ? touchedSchema(target) : changedIds.has(target)) add(idOfDir.get(doc.packageDir!)!, target);
  });
  // Calls: a contract calling a touched contract is touched, until nothing changes.
  const calls = new Map<string, string[]>();
  for (const pkg of head.packages)
    if (pkg.id && pkg.flow?.kind === "flow") calls.set(pkg.id, contractCallsOf(pkg.flow).map((c) => c.target));
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
  const headById = new Map<string, (typeof head.packages)[number]>();
  for (const p of head.packages) if (p.id && !headById.has(p.id)) headById.set(p.id, p);
  for (const [id, because] of reasons) {
    const pkg = headById.get(id)!;
    contracts.push({ id, path: pkg.manifest.path, ...(pkg.flow ? { flow: pkg.flow.path } : {}), because });
  }
  // Contracts that are gone touch nothing any more, but a reviewer wants to see them.
  for (const pkg of base.packages)
    if (pkg.id && !headById.has(pkg.id)) contracts.push({ id: pkg.id, path: pkg.manifest.path, ...(pkg.flow ? { flow: pkg.flow.path } : {}), because: ["removed"] });
  contracts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { changes, contracts };
}
