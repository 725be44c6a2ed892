import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/config/config.ts";
import { JsonText } from "../src/json/parse.ts";
import { RegistryDocument, type Registry } from "../src/registry/document.ts";
import { identified, idIndex, targetOf } from "../src/registry/id-index.ts";
import { KIND_LABEL, type DocumentKind } from "../src/registry/kinds.ts";
import { REF_KINDS, type RefKind } from "../src/registry/references.ts";
import { str } from "../src/util/values.ts";

/** What the rules built before the one index: a map of first claims for id/duplicate, and a map per kind of target. */
function reference(registry: Registry) {
  const first = new Map<string, RegistryDocument>();
  const duplicates: Array<[string, string]> = [];
  const identified: DocumentKind[] = ["runtime_binding", "connector", "instruction_profile", "contract_manifest", "episode", "global"];
  for (const doc of registry.documents) {
    if (!doc.id || !identified.includes(doc.kind)) continue;
    const other = first.get(doc.id);
    if (other) duplicates.push([doc.path, other.path]);
    else first.set(doc.id, doc);
  }
  const t: Record<RefKind, Map<string, string>> = { verb: new Map(), policy_profile: new Map(), connector: new Map(), runtime: new Map(), contract: new Map(), schema: new Map() };
  let hasVerbCatalog = false;
  for (const e of registry.schemas.entries()) t.schema.set(e.id, e.file ?? "");
  for (const doc of registry.documents) {
    if (!doc.id) continue;
    if (doc.kind === "connector") t.connector.set(doc.id, doc.path);
    else if (doc.kind === "runtime_binding") t.runtime.set(doc.id, doc.path);
    else if (doc.kind === "contract_manifest") t.contract.set(doc.id, doc.path);
    else if (doc.kind === "instruction_profile") t.policy_profile.set(doc.id, doc.path);
    else if (doc.kind === "global") {
      const value = doc.json?.value as Record<string, unknown[]> | undefined;
      if (doc.id.startsWith("global.verbs_catalog")) {
        hasVerbCatalog = true;
        for (const v of value?.verbs ?? []) if (str((v as { id?: unknown }).id)) t.verb.set(String((v as { id: string }).id), doc.path);
      }
      if (doc.id.startsWith("global.security_catalog"))
        for (const p of value?.security_policy_profile ?? []) if (str((p as { id?: unknown }).id)) t.policy_profile.set(String((p as { id: string }).id), doc.path);
    }
  }
  return { duplicates, t, hasVerbCatalog };
}

function registryOf(documents: RegistryDocument[], schemaIds: string[] = []): Registry {
  const schemas = { entries: () => schemaIds.map((id) => ({ id, file: `schemas/${id}.json` })) };
  return { documents, schemas } as unknown as Registry;
}

function doc(path: string, kind: DocumentKind, id: string | undefined, value?: unknown): RegistryDocument {
  const d = new RegistryDocument(path, value === undefined ? undefined : new JsonText(JSON.stringify(value), DEFAULT_LIMITS));
  d.kind = kind;
  if (id !== undefined) d.id = id;
  return d;
}

const ID = fc.constantFrom("a", "b", "c", "d", "");
const KIND = fc.constantFrom<DocumentKind>("connector", "runtime_binding", "contract_manifest", "instruction_profile", "episode", "envelope", "flow", "data_schema");
const GLOBAL = fc
  .tuple(fc.constantFrom("global.verbs_catalog_v1", "global.security_catalog_v1", "global.other_v1"), fc.array(ID, { maxLength: 3 }), fc.array(ID, { maxLength: 3 }))
  .map(([id, verbs, profiles]) => ({ id, value: { verbs: verbs.map((v) => ({ id: v })), security_policy_profile: profiles.map((p) => ({ id: p })) } }));
const DOCUMENT = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(KIND, fc.option(ID, { nil: undefined })).map(([kind, id]) => ({ kind, id, value: undefined as unknown })) },
  { weight: 1, arbitrary: GLOBAL.map((g) => ({ kind: "global" as DocumentKind, id: g.id as string | undefined, value: g.value as unknown })) },
);

describe("the registry's ids (one pass for id/duplicate and the reference targets)", () => {
  it("knows an id claimed first by one kind and again by another as a target of both, and lists each once", () => {
    const registry = registryOf([
      doc("a.json", "connector", "x"),
      doc("b.json", "runtime_binding", "x"),
      doc("c.json", "connector", "x"),
      doc("d.json", "instruction_profile", "p"),
      doc("g.json", "global", "global.security_catalog_v1", { security_policy_profile: [{ id: "p" }, { id: "q" }] }),
      doc("h.json", "instruction_profile", "q"),
    ]);
    const { duplicates, targets } = idIndex(registry);
    expect(duplicates.map((d) => [d.doc.path, d.other.path])).toEqual([
      ["b.json", "a.json"],
      ["c.json", "a.json"],
    ]);
    expect([targets.connector.has("x"), targets.runtime.has("x"), targets.contract.has("x")]).toEqual([true, true, false]);
    expect([...targets.connector.keys()]).toEqual(["x"]);
    expect([...targets.runtime.keys()]).toEqual(["x"]);
    expect([...targets.policy_profile.keys()]).toEqual(["p", "q"]);
  });

  it("tells which kinds of document claim an id and which kind of target each defines", () => {
    const targets = Object.fromEntries((Object.keys(KIND_LABEL) as DocumentKind[]).flatMap((k) => (targetOf(k) ? [[k, targetOf(k)]] : [])));
    expect(targets).toEqual({ connector: "connector", runtime_binding: "runtime", contract_manifest: "contract", instruction_profile: "policy_profile" });
    expect((Object.keys(KIND_LABEL) as DocumentKind[]).filter((k) => identified(k) !== undefined).sort()).toEqual(
      ["connector", "contract_manifest", "episode", "global", "instruction_profile", "runtime_binding"],
    );
  });

  it("answers as a map of first claims and a map per kind did, for any documents in any order", () => {
    fc.assert(
      fc.property(fc.array(DOCUMENT, { maxLength: 14 }), fc.array(ID, { maxLength: 2 }), (docs, schemaIds) => {
        const registry = registryOf(
          docs.map((d, i) => doc(`d${String(i).padStart(2, "0")}.json`, d.kind, d.id, d.value)),
          schemaIds,
        );
        const expected = reference(registry);
        const index = idIndex(registry);
        expect(index.duplicates.map((d) => [d.doc.path, d.other.path])).toEqual(expected.duplicates);
        expect(index.targets.hasVerbCatalog).toBe(expected.hasVerbCatalog);
        for (const kind of REF_KINDS) {
          expect([...index.targets[kind].keys()]).toEqual([...expected.t[kind].keys()]);
          for (const id of ["a", "b", "c", "d", "", "zz"]) expect(index.targets[kind].has(id)).toBe(expected.t[kind].has(id));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
