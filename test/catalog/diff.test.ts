import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { generateRegistry } from "../../bench/generate.ts";
import { buildCatalog, compareIndexKeys, documentKey, type CatalogBuild } from "../../src/catalog/build.ts";
import { CatalogReads } from "../../src/catalog/reads.ts";
import { JsonText } from "../../src/json/parse.ts";
import { RegistryDocument, type Registry } from "../../src/registry/document.ts";
import { check } from "../../src/check.ts";
import { diffCatalogs, diffRegistries, formatCatalogDiffMarkdown, formatCatalogDiffText, type CatalogEntryChange } from "../../src/catalog/diff.ts";
import { canonicalJson } from "../../src/util/canonical.ts";

type Obj = Record<string, unknown>;
const KINDS = ["connector", "contract", "instruction_profile", "runtime"];

/** A build as buildCatalog makes one: index entries sorted by kind, then id, each with its canonical text. */
function build(entries: Obj[], catalog: Obj = {}): CatalogBuild {
  const order = (e: Obj) => `${String(e.kind)}\u0000${String(e.id)}`;
  const sorted = [...entries].sort((a, b) => (order(a) < order(b) ? -1 : 1));
  return { catalog, envelope: {}, index: { entries: sorted }, digest: "sha256:x", files: {}, entryTexts: sorted.map((e) => canonicalJson(e)) };
}

/** The diff as the map of every entry on each side gives it: the last of equal keys counts. */
function reference(base: CatalogBuild, head: CatalogBuild): Array<Pick<CatalogEntryChange, "section" | "id" | "change">> {
  const entries = (b: CatalogBuild) => {
    const out = new Map<string, { section: string; id: string; content: string }>();
    for (const section of ["data_types", "verbs", "envelopes", "episode_types"]) for (const item of (b.catalog[section] as Obj[]) ?? []) out.set(`${section} ${String(item.id)}`, { section, id: String(item.id), content: canonicalJson(item) });
    (b.index.entries as Obj[]).forEach((e, i) => out.set(`${String(e.kind)} ${String(e.id)}`, { section: String(e.kind), id: String(e.id), content: b.entryTexts[i]! }));
    return out;
  };
  const before = entries(base);
  const after = entries(head);
  const out: Array<Pick<CatalogEntryChange, "section" | "id" | "change">> = [];
  for (const [k, e] of after) if (!before.has(k)) out.push({ section: e.section, id: e.id, change: "added" });
  else if (before.get(k)!.content !== e.content) out.push({ section: e.section, id: e.id, change: "changed" });
  for (const [k, e] of before) if (!after.has(k)) out.push({ section: e.section, id: e.id, change: "removed" });
  const order = ["data_types", "envelopes", "episode_types", "verbs", "contract", "connector", "runtime", "instruction_profile"];
  return out.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("diffCatalogs", () => {
  it("tells added, removed and changed index entries and catalog entries apart, and leaves shared ones alone", () => {
    const shared = { id: "runtime.a", kind: "runtime", sha256: "1" };
    const base = build([shared, { id: "connector.gone", kind: "connector", sha256: "2" }, { id: "contract.c", kind: "contract", sha256: "3" }], { data_types: [{ id: "ds.x_v1", sha256: "a" }] });
    const head = build([shared, { id: "contract.c", kind: "contract", sha256: "4" }, { id: "instruction_profile.new", kind: "instruction_profile", sha256: "5" }], { data_types: [{ id: "ds.x_v1", sha256: "b" }] });
    expect(diffCatalogs(base, head).changes.map(({ section, id, change, breaking }) => ({ section, id, change, breaking }))).toEqual([
      { section: "data_types", id: "ds.x_v1", change: "changed", breaking: false },
      { section: "contract", id: "contract.c", change: "changed", breaking: false },
      { section: "connector", id: "connector.gone", change: "removed", breaking: true },
      { section: "instruction_profile", id: "instruction_profile.new", change: "added", breaking: false },
    ]);
  });

  it("walks the two sorted sides as a map of each would compare them, duplicate ids and prefixes of ids included", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      // Few ids, so that both sides share some, differ on some, and hold some twice; "a" and "a." and "ab" test the order of prefixes.
      const ids = ["a", "a.", "ab", "b", "b\u0001", "é", "z"];
      const side = () =>
        Array.from({ length: Math.floor(next() * 12) }, () => ({ id: ids[Math.floor(next() * ids.length)], kind: KINDS[Math.floor(next() * KINDS.length)], sha256: String(Math.floor(next() * 3)) }));
      const base = build(side());
      const head = build(side());
      const got = diffCatalogs(base, head).changes.map(({ section, id, change }) => ({ section, id, change }));
      expect(got, `seed ${seed}`).toEqual(reference(base, head));
    }
  });

  it("relies on the order buildCatalog gives the index, which compareIndexKeys states", async () => {
    const root = mkdtempSync(join(tmpdir(), "mova-diff-order-"));
    generateRegistry(root, 400);
    const entries = buildCatalog((await check(root, { concurrency: 1 })).registry, { registryName: "order" }).index.entries as Obj[];
    expect(new Set(entries.map((e) => e.kind)).size).toBeGreaterThan(2);
    for (let i = 1; i < entries.length; i++) expect(compareIndexKeys(entries[i - 1]!, entries[i]!), `${String(entries[i]!.kind)} ${String(entries[i]!.id)}`).toBeLessThanOrEqual(0);
  });
});

describe("diffRegistries", () => {
  // One real registry, whose documents both sides start from: the objects a pull request leaves alone are shared.
  const root = mkdtempSync(join(tmpdir(), "mova-diff-shared-"));
  generateRegistry(root, 120);
  const real = check(root, { concurrency: 1 });

  /** A new document object at `doc`'s path, as a change would read it again: its content, kind or id changed, or not JSON at all. */
  function reread(doc: RegistryDocument, next: () => number, ids: readonly string[]): RegistryDocument {
    const roll = next();
    const text = roll < 0.15 ? "{ not json" : roll < 0.5 ? JSON.stringify({ ...(doc.json!.value as Obj), note: Math.floor(next() * 2) }) : doc.json!.text;
    const copy = new RegistryDocument(doc.path, new JsonText(text));
    copy.kind = next() < 0.1 ? "connector" : doc.kind;
    copy.id = next() < 0.3 ? ids[Math.floor(next() * ids.length)] : doc.id;
    if (doc.schemaId) copy.schemaId = doc.schemaId;
    copy.references = doc.references ?? [];
    return copy;
  }

  /** `from` with a few documents and packages read again, removed or added, as one side of a change. */
  function change(from: Registry, next: () => number, ids: readonly string[], edits: number): Registry {
    const documents = [...from.documents];
    let packages = [...from.packages];
    for (let n = 0; n < edits; n++) {
      const roll = next();
      const k = Math.floor(next() * documents.length);
      const doc = documents[k]!;
      if (roll < 0.4) {
        const copy = reread(doc, next, ids);
        documents[k] = copy;
        // A package whose document was read again holds the new object, as the load builds it.
        packages = packages.map((p) => (p.manifest === doc ? { ...p, manifest: copy } : p.flow === doc ? { ...p, flow: copy } : p.envelope === doc ? { ...p, envelope: copy } : p));
      } else if (roll < 0.55) {
        documents.splice(k, 1);
        packages = packages.filter((p) => p.manifest !== doc);
        packages = packages.map((p) => (p.flow === doc ? { ...p, flow: undefined } : p.envelope === doc ? { ...p, envelope: undefined } : p));
      } else if (roll < 0.75) {
        const added = reread(doc, next, ids);
        const copy = new RegistryDocument(`${doc.path.replace(/\.json$/, "")}_${n}.json`, added.json);
        Object.assign(copy, { kind: next() < 0.5 ? "runtime_binding" : added.kind, id: ids[Math.floor(next() * ids.length)], references: added.references });
        documents.push(copy);
      } else if (packages.length > 0) {
        const p = Math.floor(next() * packages.length);
        const pkg = packages[p]!;
        const other = documents[Math.floor(next() * documents.length)];
        packages[p] = next() < 0.5 ? { ...pkg, id: ids[Math.floor(next() * ids.length)]! } : next() < 0.5 ? { ...pkg, flow: other } : { ...pkg, envelope: undefined };
      }
    }
    documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { ...from, documents, packages };
  }

  it("finds what diffCatalogs finds from both catalogs in full, sharing objects, duplicate ids, documents that are not JSON and packages included", async () => {
    const registry = (await real).registry;
    const indexed = registry.documents.filter((d) => documentKey(d) !== undefined);
    expect(indexed.length).toBeGreaterThan(20);
    // Few ids, some of them in use: changes make duplicates, move ids between documents and kinds, and take them away.
    const ids = [...indexed.slice(0, 4).map((d) => d.id!), ...registry.packages.slice(0, 3).map((p) => p.id!), "runtime.x.new_v1"];
    let changed = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const base = change(registry, next, ids, Math.floor(next() * 4));
      const head = change(base, next, ids, 1 + Math.floor(next() * 8));
      const expected = diffCatalogs(buildCatalog(base, { registryName: "x" }), buildCatalog(head, { registryName: "x" })).changes;
      expect(diffRegistries(base, head).changes, `seed ${seed}`).toEqual(expected);
      changed += expected.length;
    }
    expect(changed).toBeGreaterThan(60);
  });

  it("builds no entry of what both sides share, and gives no digest", async () => {
    const registry = (await real).registry;
    const runtime = registry.documents.find((d) => d.kind === "runtime_binding")!;
    const k = registry.documents.indexOf(runtime);
    const copy = new RegistryDocument(runtime.path, new JsonText(JSON.stringify({ ...(runtime.json!.value as Obj), note: 1 })));
    Object.assign(copy, { kind: runtime.kind, id: runtime.id, references: runtime.references });
    const head = { ...registry, documents: registry.documents.map((d, i) => (i === k ? copy : d)) };
    const reads = new CatalogReads();
    const entry = vi.spyOn(reads, "entry");
    const diff = diffRegistries(registry, head, [], reads);
    expect(diff.changes.map(({ section, id, change }) => ({ section, id, change }))).toEqual([{ section: "runtime", id: runtime.id, change: "changed" }]);
    expect(entry.mock.calls.map(([owner]) => owner)).toEqual([runtime, copy]);
    expect(diff).not.toHaveProperty("headDigest");
    expect(formatCatalogDiffText(diff)).toMatch(/^Catalog changes:\n/);
    expect(formatCatalogDiffMarkdown(diff)).toContain("What merging this changes in the published catalog:");
    expect(formatCatalogDiffText(diffRegistries(registry, registry))).toBe("The catalog does not change.\n");
  });
});
