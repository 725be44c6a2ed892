import type { Finding } from "../findings/finding.ts";
import type { CheckResult } from "../check.ts";
import type { Registry, RegistryDocument } from "../registry/document.ts";
import { KIND_LABEL } from "../registry/kinds.ts";
import { forEachTarget, referenceAt, type RefKind, type Reference } from "../registry/references.ts";
import { FindingSink } from "../rules/rule.ts";
import { resolveRef } from "../schemas/ids.ts";
import { canonicalJson, sha256 } from "../util/canonical.ts";
import { changeAccepted, changeBreaking, changeRemovedInUse } from "./change-rules.ts";
import { documentAt, documentChanges, impactOf, type ImpactReport } from "./impact.ts";
import { breakingChanges, diffSchemas, type CompatibilityMode, type SchemaChange } from "./schema-diff.ts";

export interface SchemaEvolution {
  id: string;
  file: string;
  mode: CompatibilityMode;
  fingerprint: string;
  changes: SchemaChange[];
  breaking: SchemaChange[];
  accepted: boolean;
}

export interface Comparison {
  findings: Finding[];
  /** Places (file#pointer) of references that change/removed-in-use reports together, so refs/* need not report them one by one. */
  supersededReferences: Set<string>;
  schemas: SchemaEvolution[];
  impact: ImpactReport;
}

/** The compatibility mode for a schema id: the longest matching prefix in policy.compatibility, else its default, else BACKWARD. */
export function compatibilityMode(registry: Registry, id: string): CompatibilityMode {
  const policy = registry.config.policy.compatibility as { default?: CompatibilityMode; prefixes?: Record<string, CompatibilityMode> } | undefined;
  let mode: CompatibilityMode = policy?.default ?? "BACKWARD";
  let best = -1;
  for (const [prefix, m] of Object.entries(policy?.prefixes ?? {}))
    if (id.startsWith(prefix) && prefix.length > best) {
      mode = m;
      best = prefix.length;
    }
  return mode;
}

/** The change's identity: the old and the new schema. An acceptance covers this change and no other. */
export function changeFingerprint(id: string, oldSchema: unknown, newSchema: unknown): string {
  return "sha256:" + sha256(canonicalJson({ id, old: oldSchema, new: newSchema })).slice(0, 16);
}

function acceptedFingerprints(registry: Registry): Map<string, string> {
  const doc = registry.documents.find((d) => d.kind === "accepted_changes");
  const list = (doc?.json?.value as { accepted?: unknown } | undefined)?.accepted;
  const out = new Map<string, string>();
  if (Array.isArray(list))
    for (const e of list as Array<{ id?: unknown; fingerprint?: unknown; reason?: unknown }>)
      if (typeof e?.fingerprint === "string") out.set(`${String(e.id)} ${e.fingerprint}`, typeof e.reason === "string" ? e.reason : "");
  return out;
}

function versionBump(id: string): string {
  const m = /^(.*)_v(\d+)$/.exec(id);
  return m ? `${m[1]}_v${Number(m[2]) + 1}` : `${id}_v2`;
}

function evolveSchemas(base: Registry, head: Registry, sink: FindingSink): SchemaEvolution[] {
  const accepted = acceptedFingerprints(head);
  const out: SchemaEvolution[] = [];
  for (const now of head.schemas.entries()) {
    if (now.origin !== "registry") continue;
    const before = base.schemas.get(now.id);
    if (!before || before.origin !== "registry") continue;
    const resolve = (registry: Registry) => (ref: string, baseUri: string) => registry.schemas.byUri(resolveRef(ref, baseUri) ?? "")?.schema;
    const changes = diffSchemas(before.schema, now.schema, { resolveRef: (ref, baseUri) => resolve(head)(ref, baseUri) ?? resolve(base)(ref, baseUri) });
    if (changes.length === 0) continue;
    const mode = compatibilityMode(head, now.id);
    const breaking = breakingChanges(changes, mode);
    const fingerprint = changeFingerprint(now.id, before.schema, now.schema);
    const reason = accepted.get(`${now.id} ${fingerprint}`);
    out.push({ id: now.id, file: now.file!, mode, fingerprint, changes, breaking, accepted: reason !== undefined });
    const doc = head.documents.find((d) => d.path === now.file);
    for (const c of breaking) {
      const place = { file: now.file!, json: doc?.json, pointer: c.side === "new" ? c.pointer : c.pointer.split("/").slice(0, -1).join("/") };
      if (reason !== undefined)
        sink.report(changeAccepted, { ...place, message: `accepted breaking change (${mode}): ${c.message}`, hint: `accepted in ${head.config.acceptedChangesFile}${reason ? `: ${reason}` : ""}` });
      else
        sink.report(changeBreaking, {
          ...place,
          message: `breaking change under ${mode} compatibility: ${c.message}`,
          hint: `${c.narrows && (mode === "BACKWARD" || mode === "FULL") ? "documents valid under the base's version may now be rejected" : "documents valid under the new version may be rejected by consumers still on the base's"}. Publish it as ${versionBump(now.id)} (a new schema file) instead; or, to break ${now.id} on purpose, add {"id": "${now.id}", "fingerprint": "${fingerprint}", "reason": "..."} to "accepted" in ${head.config.acceptedChangesFile}`,
        });
    }
  }
  return out;
}

const REMOVABLE: Record<string, RefKind> = { runtime_binding: "runtime", connector: "connector", contract_manifest: "contract" };

/** The removed document renamed: one of its kind in the head at its path, or a new one with its content but for the id. */
function renamedTo(old: RegistryDocument, head: Registry, baseIds: IdLookup): RegistryDocument | undefined {
  const strip = (d: RegistryDocument) => {
    const v = { ...(d.json?.value as Record<string, unknown>) };
    for (const k of ["runtime_id", "connector_id", "package_id", "$id", "title"]) delete v[k];
    return canonicalJson(v);
  };
  const samePath = head.documents.find((d) => d.path === old.path && d.kind === old.kind && d.id !== old.id);
  if (samePath) return samePath;
  const key = strip(old);
  return head.documents.find((d) => d.kind === old.kind && d.id !== undefined && !baseIds.has(d.id) && strip(d) === key);
}

interface IdLookup {
  has(id: string): boolean;
}

/** Whether a registry's documents define an id: a set of them all, or for a few questions a scan each. */
function idLookup(registry: Registry, few: boolean): IdLookup {
  if (few) return { has: (id) => registry.documents.some((d) => d.id === id) };
  return new Set(registry.documents.flatMap((d) => (d.id ? [d.id] : [])));
}

/** Ids the base defines that the head does not, still referenced; `candidates`, when known, are the only paths that changed. */
function removedInUse(base: Registry, head: Registry, sink: FindingSink, candidates?: ReadonlySet<string>): Set<string> {
  const superseded = new Set<string>();
  const olds = candidates ? [...candidates].flatMap((p) => documentAt(base, p) ?? []).sort((a, b) => (a.path < b.path ? -1 : 1)) : base.documents;
  // A pull request's few changed documents ask about a few ids: scans then, not sets of every id of both registries.
  const few = olds.length < 64;
  const headIds = idLookup(head, few);
  const baseIds = idLookup(base, few);
  const removed: Array<{ old: RegistryDocument; kind: RefKind }> = [];
  for (const old of olds) {
    const kind = REMOVABLE[old.kind] ?? (old.kind === "data_schema" || old.kind === "envelope_schema" ? "schema" : undefined);
    // Most documents a change touches keep their id where they are: that answers without looking any further.
    if (!kind || !old.id || documentAt(head, old.path)?.id === old.id || headIds.has(old.id) || head.schemas.get(old.id)) continue;
    removed.push({ old, kind });
  }
  if (removed.length === 0) return superseded;
  // The head's references to every removed id, in one pass over all of them; only those become objects.
  const kindsOf = new Map<string, Set<RefKind>>();
  for (const { old, kind } of removed) kindsOf.set(old.id!, (kindsOf.get(old.id!) ?? new Set()).add(kind));
  const users = new Map<string, Reference[]>();
  forEachTarget(head.documents, (doc, kind, target, at) => {
    if (!kindsOf.get(target)?.has(kind)) return;
    const key = `${kind} ${target}`;
    const list = users.get(key) ?? [];
    list.push(referenceAt(doc, at));
    users.set(key, list);
  });
  for (const { old, kind } of removed) {
    const dependents = users.get(`${kind} ${old.id}`) ?? [];
    // Registry schemas that $ref a removed schema depend on it too.
    const schemaDependents =
      kind === "schema"
        ? head.documents.filter((d) => (d.kind === "data_schema" || d.kind === "envelope_schema") && JSON.stringify(d.json?.value ?? null).includes(`${old.id}.schema.json`))
        : [];
    if (dependents.length === 0 && schemaDependents.length === 0) continue;
    const renamed = renamedTo(old, head, baseIds);
    const first = dependents[0];
    const names = [...new Set([...dependents.map((d) => d.from.path), ...schemaDependents.map((d) => d.path)])];
    sink.report(changeRemovedInUse, {
      file: first ? first.from.path : schemaDependents[0]!.path,
      json: first ? first.from.json : schemaDependents[0]!.json,
      pointer: first ? first.pointer : "",
      message: `${KIND_LABEL[old.kind]} "${old.id}" was ${renamed ? `renamed to "${renamed.id}"` : "removed"} (it was ${old.path} on the base), but ${names.length === 1 ? "1 document still uses" : `${names.length} documents still use`} it: ${names.join(", ")}`,
      hint: renamed ? `point every reference at "${renamed.id}", or keep "${old.id}" until nothing uses it` : `keep "${old.id}" until nothing uses it, or change its users first`,
    });
    for (const d of dependents) superseded.add(`${d.from.path}#${d.pointer}`);
  }
  return superseded;
}

/** Compares the pull request's registry (head) with its base: schema evolution, removals still in use, and what the change touches. */
export function compareWithBase(base: CheckResult, head: CheckResult, candidates?: ReadonlySet<string>): Comparison {
  const sink = new FindingSink();
  const schemas = evolveSchemas(base.registry, head.registry, sink);
  const supersededReferences = removedInUse(base.registry, head.registry, sink, candidates);
  const changes = documentChanges(base.registry, head.registry, candidates);
  for (const c of changes) if (c.id && schemas.some((s) => s.id === c.id && s.breaking.length > 0)) c.breaking = true;
  return { findings: sink.findings, supersededReferences, schemas, impact: impactOf(base.registry, head.registry, changes) };
}
