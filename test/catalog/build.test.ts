import { cpSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { watchFileReads } from "../support/file-reads.ts";
import { buildCatalog, CATALOG_FILES } from "../../src/catalog/build.ts";
import { check } from "../../src/check.ts";
import { RELEASES, type Release } from "../../src/schemas/releases.ts";
import { officialAjv } from "../support/shared.ts";
import { PROJECT_ROOT } from "../support/shared.ts";

const REGISTRY = join(PROJECT_ROOT, "registry");

async function build(root: string, release?: Release) {
  const { registry } = await check(root, release ? { release } : {});
  return buildCatalog(registry, { registryName: "acme/contracts" });
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
}

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  return value;
}

/** The same registry written anew: files created in reverse order, keys reversed, no indentation. */
function rewritten(): string {
  const dir = mkdtempSync(join(tmpdir(), "mova-reordered-"));
  for (const f of files(REGISTRY).reverse()) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), JSON.stringify(reverseKeys(JSON.parse(readFileSync(join(REGISTRY, f), "utf8")))));
  }
  return dir;
}

describe("the catalog builder", () => {
  afterEach(() => vi.useRealTimers());

  it.each(RELEASES)("builds a catalog and envelope the official MOVA %s schemas accept", async (release) => {
    const b = await build(REGISTRY, release);
    const official = officialAjv(release);
    const catalog = official.getSchema("https://mova.dev/schemas/ds.mova4_core_catalog_v1.schema.json")!;
    const envelope = official.getSchema("https://mova.dev/schemas/env.mova4_core_catalog_publish_v1.schema.json")!;
    expect(catalog(b.catalog), JSON.stringify(catalog.errors)).toBe(true);
    expect(envelope(b.envelope), JSON.stringify(envelope.errors)).toBe(true);
    expect(JSON.parse(b.files[CATALOG_FILES.envelope]!)).toEqual(JSON.parse(JSON.stringify(b.envelope)));
  });

  it("lists the registry's and the release's data types, its verbs, envelopes with their verbs, and episode types", async () => {
    const b = await build(REGISTRY);
    const ids = (k: string) => (b.catalog[k] as Array<{ id: string }>).map((x) => x.id);
    expect(ids("data_types")).toEqual(expect.arrayContaining(["ds.finance_invoice_v1", "ds.connector_openai_chat_v1", "ds.mova_episode_core_v1"]));
    expect(ids("verbs")).toEqual(expect.arrayContaining(["route", "analyze", "publish"]));
    expect(b.catalog.envelopes).toEqual(expect.arrayContaining([expect.objectContaining({ id: "env.finance_invoice_approval_v1", verb: "route", input_types: expect.arrayContaining(["ds.finance_invoice_v1"]), output_types: ["ds.finance_invoice_decision_v1"] })]));
    expect(ids("episode_types")).toEqual(["ds.mova_episode_core_v1", "ds.security_event_episode_core_v1"]);
    const entries = b.index.entries as Array<{ id: string; kind: string; flow?: { steps: unknown[] } }>;
    expect(entries.filter((e) => e.kind === "contract").map((e) => e.id)).toEqual(["contract.compliance.aml_triage_v1", "contract.finance.invoice_approval_v1", "contract.procurement.supplier_screening_v1"]);
    expect(entries.find((e) => e.id === "contract.finance.invoice_approval_v1")).toMatchObject({ owner: "@acme/finance-ops", flow: { path: "contracts/invoice_approval/flow.json", entry: "extract" } });
    const { registry } = await check(REGISTRY);
    expect(registry.schemas.validate("registry.index_v1", b.index)).toBeUndefined();
  });

  it("gives byte-identical files for the same content, whatever the file order, key order or time", async () => {
    const first = await build(REGISTRY);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-05-01T00:00:00Z"));
    const second = await build(rewritten());
    expect(second.digest).toBe(first.digest);
    expect(second.files).toEqual(first.files);
  });

  it("changing one connector changes its entry and the digest, and nothing else", async () => {
    const before = await build(REGISTRY);
    const dir = mkdtempSync(join(tmpdir(), "mova-one-change-"));
    cpSync(REGISTRY, dir, { recursive: true });
    const path = join(dir, "connectors/connector.google.sheets_v1.json");
    const doc = JSON.parse(readFileSync(path, "utf8"));
    doc.rate_limits = { ...doc.rate_limits, global_limit_hint: "100 requests per 100 seconds per project" };
    writeFileSync(path, JSON.stringify(doc, null, 2));
    const after = await build(dir);

    expect(after.digest).not.toBe(before.digest);
    expect(after.files[CATALOG_FILES.catalog]).toBe(before.files[CATALOG_FILES.catalog]);
    const entries = (b: typeof before) => b.index.entries as Array<{ id: string }>;
    const changed = entries(after).filter((e, i) => JSON.stringify(e) !== JSON.stringify(entries(before)[i]));
    expect(changed.map((e) => e.id)).toEqual(["connector.google.sheets_v1"]);
    expect({ ...after.index, digest: "", entries: [] }).toEqual({ ...before.index, digest: "", entries: [] });
  });
});

describe("the catalog's reads", () => {
  it("reads each document once, and a second catalog of the same documents (a diff's other side) not at all", async () => {
    const { generateRegistry } = await import("../../bench/generate.ts");
    const { CatalogReads } = await import("../../src/catalog/reads.ts");
    const root = mkdtempSync(join(tmpdir(), "mova-catalog-reads-"));
    generateRegistry(root, 400, { planted: false });
    const { registry } = await check(root);
    const alone = buildCatalog(registry, { registryName: "acme/contracts" });
    const read = watchFileReads();
    try {
      const reads = new CatalogReads();
      const first = buildCatalog(registry, { registryName: "acme/contracts" }, reads);
      const perPath = new Map<string, number>();
      for (const path of read.paths()) perPath.set(path, (perPath.get(path) ?? 0) + 1);
      expect(perPath.size).toBeGreaterThan(100);
      expect([...perPath.values()].every((n) => n === 1)).toBe(true);
      read.clear();
      const second = buildCatalog(registry, { registryName: "acme/contracts" }, reads);
      expect(read.paths()).toEqual([]);
      expect(second.files).toEqual(alone.files);
      expect(first.digest).toBe(alone.digest);
    } finally {
      read.restore();
    }
  });

  it.each([
    ["on this thread", {}],
    ["on worker threads", { concurrency: 2, parallelMinDocuments: 1 }],
  ])("reads no document when the check kept their catalog facts (%s), and builds the same catalog", async (_, threads) => {
    const { generateRegistry } = await import("../../bench/generate.ts");
    const root = mkdtempSync(join(tmpdir(), "mova-catalog-facts-"));
    generateRegistry(root, 400, { planted: false });
    const alone = buildCatalog((await check(root)).registry, { registryName: "acme/contracts" });
    const { registry } = await check(root, { catalogFacts: true, ...threads });
    expect(registry.documents.filter((d) => d.catalogFacts).length).toBe(registry.documents.length);
    const read = watchFileReads();
    try {
      const kept = buildCatalog(registry, { registryName: "acme/contracts" });
      expect(read.paths()).toEqual([]);
      expect(kept.files).toEqual(alone.files);
    } finally {
      read.restore();
    }
  });

  it("hashes the canonical JSON of the catalog and the index entries, each entry's text its canonical JSON", async () => {
    const { canonicalJson, sha256 } = await import("../../src/util/canonical.ts");
    const b = await build(REGISTRY);
    const entries = b.index.entries as unknown[];
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.some((e) => (e as { flow?: unknown }).flow) && entries.some((e) => (e as { envelope?: unknown }).envelope)).toBe(true);
    expect(b.entryTexts).toEqual(entries.map((e) => canonicalJson(e)));
    expect(b.digest).toBe("sha256:" + sha256(canonicalJson({ release: b.index.release, catalog: b.catalog, entries })));
  });
});
