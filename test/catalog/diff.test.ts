import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRegistry } from "../../bench/generate.ts";
import { buildCatalog, compareIndexKeys, type CatalogBuild } from "../../src/catalog/build.ts";
import { check } from "../../src/check.ts";
import { diffCatalogs, type CatalogEntryChange } from "../../src/catalog/diff.ts";
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
