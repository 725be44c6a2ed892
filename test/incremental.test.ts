import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { watchFileReads } from "./support/file-reads.ts";
import { generateRegistry } from "../bench/generate.ts";
import { guard, type GuardResult } from "../src/guard.ts";
import { GitRepo } from "./support/git-repo.ts";
import { compareWithBase } from "../src/change/compare.ts";
import { check, type CheckResult } from "../src/check.ts";
import { GitSource, LazyGitSource } from "../src/source/git-source.ts";
import { catalogDiffOf } from "../src/catalog/compare.ts";
import { diffRegistries } from "../src/catalog/diff.ts";
import { cacheBytes, cacheFrom, cacheFromParts, factsFrom, readCache, type CheckCache } from "../src/incremental/cache.ts";
import { cacheHeader, headerEnd } from "../src/incremental/cache-file.ts";
import { decodeFacts, encodeFacts, type FactColumns } from "../src/incremental/fact-columns.ts";
import type { Finding } from "../src/findings/finding.ts";
import type { PackagePlan } from "../src/registry/classify.ts";

/** A seeded generator, so a failing pull request can be replayed. */
function rng(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { next, int: (n: number) => Math.floor(next() * n) };
}

type Json = Record<string, any>;

/** The working tree of the registry under test, edited the way pull requests edit it. */
class Tree {
  readonly root: string;
  readonly log: string[] = [];
  constructor(root: string) {
    this.root = root;
  }
  exists(path: string) {
    return existsSync(join(this.root, path));
  }
  read(path: string): Json {
    return JSON.parse(readFileSync(join(this.root, path), "utf8"));
  }
  write(path: string, value: unknown) {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), typeof value === "string" ? value : JSON.stringify(value, null, 2) + "\n");
    this.log.push(`write ${path}`);
  }
  edit(path: string, change: (v: Json) => void) {
    if (!this.exists(path)) return;
    const v = this.read(path);
    change(v);
    this.write(path, v);
  }
  remove(path: string) {
    if (!this.exists(path)) return;
    rmSync(join(this.root, path));
    this.log.push(`remove ${path}`);
  }
}

const BLOCKS = 55;

/** What pull requests do to a registry: each edit one way of breaking or changing it. */
const EDITS: Array<(t: Tree, r: ReturnType<typeof rng>, n: number) => void> = [
  (t, r) => t.edit(`runtimes/runtime.bench.worker_${r.int(2 * BLOCKS)}_v1.json`, (v) => (v.runtime_kind = "vm")),
  (t, r) => t.remove(`connectors/connector.bench.api_${2 * r.int(BLOCKS)}_v1.json`),
  (t, _r, n) => t.write(`connectors/connector.bench.extra_${n}_v1.json`, { schema_id: "ds.connector_bench_v1", connector_id: `connector.bench.extra_${n}_v1`, provider: "bench", resource: "extra", protocol: "https", base_url: "https://extra.bench.example", auth_methods: [{ type: "none" }] }),
  (t, r) => t.edit(`contracts/flow_${r.int(BLOCKS)}/flow.json`, (v) => (v.steps.check.next.pass = "nowhere")),
  (t, r) => t.edit(`contracts/flow_${r.int(BLOCKS)}/manifest.json`, (v) => (v.flow_ref = "missing.json")),
  (t, r) => t.edit(`contracts/flow_${3 * r.int(BLOCKS / 3) + 2}/manifest.json`, (v) => (v.system = true)),
  (t, r) => t.edit(`contracts/flow_${r.int(BLOCKS)}/manifest.json`, (v) => (v.package_id = `contract.bench.renamed_${r.int(1000)}_v1`)),
  (t, r) => t.remove(`contracts/flow_${r.int(BLOCKS)}/flow.json`),
  (t, r) => t.remove(`contracts/flow_${r.int(BLOCKS)}/manifest.json`),
  (t, r, n) => {
    const i = r.int(BLOCKS);
    const dir = `contracts/extra_${n}`;
    if (!t.exists(`contracts/flow_${i}/manifest.json`) || !t.exists(`contracts/flow_${i}/flow.json`)) return;
    t.write(`${dir}/manifest.json`, { ...t.read(`contracts/flow_${i}/manifest.json`), package_id: `contract.bench.extra_${n}_v1` });
    t.write(`${dir}/flow.json`, t.read(`contracts/flow_${i}/flow.json`));
  },
  (t, r) => {
    const i = r.int(BLOCKS);
    const from = `profiles/bench_policy_${i}_v1.json`;
    if (!t.exists(from)) return;
    const text = readFileSync(join(t.root, from), "utf8");
    t.remove(from);
    t.write(`profiles/renamed_policy_${i}_v1.json`, text);
  },
  (t, r) => t.edit(`connectors/connector.bench.api_${r.int(2 * BLOCKS)}_v1.json`, (v) => (v.ext = { note: "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9" })),
  (t, r) => t.edit(`envelopes/bench_envelope_${r.int(BLOCKS)}.json`, (v) => (v.policy_profile_id = "no_such_policy_v1")),
  (t, r, n) => {
    const k = r.int(2 * BLOCKS);
    const path = `runtimes/runtime.bench.worker_${k}_v1.json`;
    if (t.exists(path)) t.write(`runtimes/copy_${n}.json`, t.read(path));
  },
  (t, r) => {
    const path = `episodes/bench_episode_${r.int(BLOCKS)}.json`;
    if (t.exists(path)) t.write(path, readFileSync(join(t.root, path), "utf8").replace(/,\s*"verb_id"/, ' "verb_id"'));
  },
  // A ring of calls: flow_{j-1} calls flow_j, which already calls flow_{j-1}.
  (t, r) => {
    const j = 3 * (1 + r.int(BLOCKS / 3 - 1));
    t.edit(`contracts/flow_${j - 1}/flow.json`, (v) => {
      v.steps.back = { execution_mode: "CONTRACT_CALL", contract_id: `contract.bench.flow_${j}_v1`, inputs: {}, next: "approve" };
      v.steps.check.next.pass = "back";
    });
  },
  (t, r) => t.edit(`runtimes/runtime.bench.worker_${r.int(2 * BLOCKS)}_v1.json`, (v) => (v.binding_targets = [{ target_kind: "scenario", target_id: "contract.bench.gone_v1" }])),
  (t, _r, n) => t.write(`notes/outside_${n}.json`, { not: "a registry folder" }),
];

/** What must be the same whether the check read everything or only the change. */
function outcome(result: GuardResult) {
  return { ...checkOutcome(result), impact: result.base?.comparison.impact, schemas: result.base?.comparison.schemas };
}

/** What a check found and what it made of each document. */
function checkOutcome(result: CheckResult) {
  return {
    findings: result.findings,
    documents: result.registry.documents.map((d) => ({ path: d.path, kind: d.kind, classifiedBy: d.classifiedBy, id: d.id, schemaId: d.schemaId, packageDir: d.packageDir, refs: (d.references ?? []).map((r) => `${r.kind} ${r.target} ${r.pointer} ${r.field}`) })),
    packages: result.registry.packages.map((p) => ({ dir: p.dir, id: p.id, manifest: p.manifest.path, flow: p.flow?.path, envelope: p.envelope?.path })),
  };
}

/** What `build` returns, with how many files it read from the working tree. */
function countingReads<T>(build: () => T): { value: T; read: number } {
  const reads = watchFileReads();
  try {
    return { value: build(), read: reads.paths().length };
  } finally {
    reads.restore();
  }
}

/** The pull request's catalog diff with both catalogs built in full, as `catalog --diff` builds it, with the files it read. */
function catalogDiff(result: GuardResult) {
  const { value, read } = countingReads(() => catalogDiffOf(result.base!.result, result, { registryName: "acme/contracts" }, result.base!.comparison.schemas));
  return { diff: value, read };
}

/** The pull request's catalog diff as its summary builds it (only the entries of what the two sides do not share), with the files it read. */
function summaryDiff(base: CheckResult, head: GuardResult) {
  const { value, read } = countingReads(() => diffRegistries(base.registry, head.registry, head.base!.comparison.schemas));
  return { changes: value.changes, read };
}

/** A generated registry of 60 documents at the top of a repository, its check cached for main, and a branch "pr" to change it on. */
async function cachedRegistryOnBranch(name: string): Promise<{ top: GitRepo; cache: string }> {
  const top = GitRepo.init();
  generateRegistry(top.dir, 60);
  top.commit({}, "base registry");
  const cache = mkdtempSync(join(tmpdir(), `mova-cache-${name}-`));
  expect((await guard(top.dir, { cacheDir: cache })).cache?.written).toBeDefined();
  top.branch("pr");
  return { top, cache };
}

/** The base commit checked in full, every file read from git: what a base derived from the head must equal. */
async function fullBase(repoDir: string, commit: string, prefix: string): Promise<CheckResult> {
  return check(join(repoDir, prefix), { source: await GitSource.open(repoDir, commit, prefix) });
}

describe("incremental check from the base's cache", () => {
  const repo = GitRepo.init();
  const root = join(repo.dir, "registry");
  generateRegistry(root, 600);
  const base = repo.commit({}, "base registry");
  const cacheDir = mkdtempSync(join(tmpdir(), "mova-cache-"));

  it("caches a clean checkout's check for HEAD", async () => {
    const result = await guard(root, { cacheDir });
    expect(result.cache?.written).toMatch(new RegExp(`check-${base}-`));
  });

  for (let round = 0; round < 8; round++)
    it(`a generated pull request (${round + 1}): the same findings, documents and impact as a full check`, async () => {
      repo.git("checkout", "-q", "-f", "main");
      repo.git("clean", "-q", "-fdx");
      repo.git("checkout", "-q", "-B", `pr-${round}`);
      const r = rng(1000 + round);
      const tree = new Tree(root);
      // Ten edits: most committed on the branch, the last few left in the working tree, as a local run sees them.
      // Odd rounds commit every edit and ask git only about commits, as the action does on a fresh checkout.
      const committedOnly = round % 2 === 1;
      for (let n = 0; n < 10; n++) {
        EDITS[r.int(EDITS.length)]!(tree, r, n);
        if (n === 6 || (committedOnly && n === 9)) repo.commit({}, "pull request");
      }
      const full = await guard(root, { base: "main" });
      // Without a cache the base comes from the head's check and the change: the same as checking the base commit in full.
      const baseFromGit = await fullBase(repo.dir, base, "registry");
      expect(checkOutcome(full.base!.result), tree.log.join("\n")).toEqual(checkOutcome(baseFromGit));
      // ... sharing the head's own objects for the documents the change left alone (a catalog diff reads those once for both sides).
      const baseObjects = new Set(full.base!.result.registry.documents);
      expect(full.registry.documents.filter((d) => baseObjects.has(d)).length).toBeGreaterThan(full.registry.documents.length / 2);
      // The full check compares only what git says changed: the same as comparing every document of both sides.
      const everything = compareWithBase(full.base!.result, full);
      expect({ findings: everything.findings, impact: everything.impact, superseded: [...everything.supersededReferences] }).toEqual({
        // guard marks each finding new or existing afterwards, on the same objects.
        findings: full.base!.comparison.findings.map(({ baseline: _, ...f }) => f),
        impact: full.base!.comparison.impact,
        superseded: [...full.base!.comparison.supersededReferences],
      });
      const prefetch = vi.spyOn(LazyGitSource.prototype, "prefetch");
      const incremental = await guard(root, { base: "main", cacheDir, committedOnly });
      // The base's side of the change was asked of git ahead, while the head was checked: the comparison then asked for
      // nothing more, but the flows, read again when the system contracts changed.
      const [ahead, asked] = prefetch.mock.calls.map(([paths]) => new Set(paths));
      prefetch.mockRestore();
      const inBase = new Set(baseFromGit.registry.documents.map((d) => d.path));
      const flows = new Set(baseFromGit.registry.documents.filter((d) => d.kind === "flow").map((d) => d.path));
      expect(ahead!.size).toBeGreaterThan(0);
      expect([...asked!].filter((p) => inBase.has(p) && !ahead!.has(p) && !flows.has(p))).toEqual([]);
      expect(incremental.cache?.mode, `${incremental.cache?.reason}\n${tree.log.join("\n")}`).toBe("incremental");
      expect(incremental.cache!.read).toBeLessThan(incremental.registry.documents.length / 4);
      expect(outcome(incremental), tree.log.join("\n")).toEqual(outcome(full));
      // The catalog diff of the summary: from the cache's catalog facts and the few documents read again, the same as reading
      // every document of both sides (its digests cover every entry), and the same with the head's facts kept as it is checked.
      const expected = catalogDiff(full);
      expect(expected.read).toBeGreaterThan(incremental.registry.documents.length / 2);
      const fromCache = catalogDiff(incremental);
      expect(fromCache.diff, tree.log.join("\n")).toEqual(expected.diff);
      expect(fromCache.read).toBeLessThan(40);
      const kept = catalogDiff(await guard(root, { base: "main", catalogFacts: true }));
      expect(kept.diff).toEqual(expected.diff);
      expect(kept.read).toBeLessThan(40);
      // The summary's own diff, which builds only the entries of what the two sides do not share: the same changes, from the
      // cache's base and from the one derived from the head, and from a base read from git that shares no object with the head.
      const fromShared = summaryDiff(incremental.base!.result, incremental);
      expect(fromShared.changes, tree.log.join("\n")).toEqual(expected.diff.changes);
      expect(fromShared.read).toBeLessThan(40);
      expect(summaryDiff(full.base!.result, full).changes).toEqual(expected.diff.changes);
      expect(summaryDiff(baseFromGit, full).changes).toEqual(expected.diff.changes);
    });

  it("takes the base's did-you-mean answers only where the change left the ids as they were", async () => {
    const small = GitRepo.init();
    const dir = join(small.dir, "registry");
    const profile = (id: string) => ({ schema_id: "ds.instruction_profile_core_v1", profile_id: id, profile_version: "1.0.0", label: id, security_model_version: "1.0.0", status: "active" });
    small.commit({
      "registry/profiles/finance_policy_v1.json": profile("finance_policy_v1"),
      "registry/envelopes/a.json": { envelope_id: "env.mova4_core_catalog_publish_v1", verb: "publish", policy_profile_id: "treasury_policy_v2", payload: {} },
      "registry/runtimes/runtime.local_process.worker_v1.json": { runtime_id: "runtime.local_process.worker_v1", runtime_kind: "local_process", binding_targets: [] },
    });
    const cache = mkdtempSync(join(tmpdir(), "mova-cache-small-"));
    expect((await guard(dir, { cacheDir: cache })).cache?.written).toBeDefined();
    // Nothing was near "treasury_policy_v2" on the base; the pull request adds what is.
    small.branch("near");
    small.commit({ "registry/profiles/treasury_policy_v1.json": profile("treasury_policy_v1"), "registry/runtimes/runtime.local_process.worker_v1.json": { runtime_id: "runtime.local_process.worker_v1", runtime_kind: "edge", binding_targets: [] } });
    const full = await guard(dir, { base: "main" });
    const incremental = await guard(dir, { base: "main", cacheDir: cache });
    expect(incremental.cache?.mode).toBe("incremental");
    expect(full.findings.find((f) => f.rule === "refs/policy-profile")?.hint).toMatch(/did you mean "treasury_policy_v1"/);
    expect(outcome(incremental)).toEqual(outcome(full));
  });

  it("sees the change when the registry is the whole repository (the action's default path)", async () => {
    const { top, cache } = await cachedRegistryOnBranch("top");
    const tree = new Tree(top.dir);
    tree.edit("runtimes/runtime.bench.worker_1_v1.json", (v) => (v.runtime_kind = "vm"));
    top.commit({}, "pull request");
    tree.edit("connectors/connector.bench.api_2_v1.json", (v) => (v.protocol = 7));
    const full = await guard(top.dir, { base: "main" });
    const incremental = await guard(top.dir, { base: "main", cacheDir: cache });
    expect(incremental.cache?.mode).toBe("incremental");
    expect(incremental.findings.filter((f) => f.rule === "schema/violation").map((f) => f.file)).toEqual(expect.arrayContaining(["connectors/connector.bench.api_2_v1.json", "runtimes/runtime.bench.worker_1_v1.json"]));
    expect(outcome(incremental)).toEqual(outcome(full));
  });

  it("places the base's findings in files the change left alone where the base found them, without reading those files again", async () => {
    const top = GitRepo.init();
    generateRegistry(top.dir, 60);
    const tree = new Tree(top.dir);
    // Left alone by the pull request: a flow naming a connector that is not there, and a second connector claiming the id of another.
    tree.edit("contracts/flow_0/flow.json", (v) => (((v.steps as Json).extract as Json).connector_id = "connector.bench.missing_v1"));
    tree.write("connectors/copy.json", tree.read("connectors/connector.bench.api_1_v1.json"));
    top.commit({}, "base registry");
    const cache = mkdtempSync(join(tmpdir(), "mova-cache-spans-"));
    await guard(top.dir, { cacheDir: cache });
    top.branch("pr");
    tree.edit("connectors/connector.bench.api_2_v1.json", (v) => (v.owner = "team-new"));
    top.commit({}, "pull request");
    const full = await guard(top.dir, { base: "main" });
    const reads = watchFileReads();
    try {
      const incremental = await guard(top.dir, { base: "main", cacheDir: cache, committedOnly: true });
      expect(incremental.cache?.mode).toBe("incremental");
      expect(outcome(incremental)).toEqual(outcome(full));
      const placed = (r: GuardResult) => r.findings.filter((f) => ["refs/connector", "id/duplicate"].includes(f.rule) && ["contracts/flow_0/flow.json", "connectors/copy.json"].includes(f.file));
      expect(placed(incremental).map((f) => f.rule).sort()).toEqual(["id/duplicate", "refs/connector"]);
      expect(placed(incremental).every((f) => f.line > 1)).toBe(true);
      expect(placed(incremental)).toEqual(placed(full));
      const read = reads.paths();
      expect(read).toContain("connectors/connector.bench.api_2_v1.json");
      expect(read).not.toContain("contracts/flow_0/flow.json");
      expect(read).not.toContain("connectors/copy.json");
    } finally {
      reads.restore();
    }
  });

  it("takes over which registry schemas compile: the one that does not is still reported, the others validate when used", async () => {
    const small = GitRepo.init();
    const dir = join(small.dir, "registry");
    const schema = (id: string, extra: object) => ({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: `https://x.example/${id}.schema.json`, type: "object", ...extra });
    const note = (name: unknown) => ({ schema_id: "ds.note_v1", name });
    small.commit({
      "registry/schemas/ds.note_v1.schema.json": schema("ds.note_v1", { properties: { schema_id: { type: "string" }, name: { type: "string" } } }),
      "registry/schemas/ds.broken_v1.schema.json": schema("ds.broken_v1", { properties: { part: { $ref: "ds.missing_v1.schema.json" } } }),
      "registry/schemas/ds.lookahead_v1.schema.json": schema("ds.lookahead_v1", { properties: { code: { type: "string", pattern: "^(?=a)a+$" } } }),
      "registry/envelopes/a.json": note("first"),
      "registry/envelopes/b.json": { schema_id: "ds.broken_v1", part: 1 },
      "registry/envelopes/c.json": { schema_id: "ds.lookahead_v1", code: "aaa" },
    });
    const cache = mkdtempSync(join(tmpdir(), "mova-cache-schemas-"));
    expect((await guard(dir, { cacheDir: cache })).cache?.written).toBeDefined();
    small.branch("pr");
    small.commit({ "registry/envelopes/a.json": note(5), "registry/envelopes/b.json": { schema_id: "ds.broken_v1", part: 2 }, "registry/envelopes/d.json": note(["x"]) });
    const full = await guard(dir, { base: "main" });
    const incremental = await guard(dir, { base: "main", cacheDir: cache, committedOnly: true });
    expect(incremental.cache?.mode).toBe("incremental");
    const rules = (r: GuardResult) => r.findings.map((f) => `${f.rule} ${f.file}`);
    expect(rules(incremental)).toEqual(
      expect.arrayContaining(["schema/unresolved-ref schemas/ds.broken_v1.schema.json", "schema/unsupported-pattern schemas/ds.lookahead_v1.schema.json", "schema/violation envelopes/a.json", "schema/violation envelopes/d.json"]),
    );
    expect(outcome(incremental)).toEqual(outcome(full));
  });

  it("keeps catalog facts beside the cache; without them, or with another commit's, the catalog diff reads the documents and is the same", async () => {
    const { top, cache } = await cachedRegistryOnBranch("facts");
    const [factsFile, ...more] = readdirSync(cache).filter((f) => f.endsWith(".catalog-facts"));
    expect(factsFile).toBeDefined();
    expect(more).toEqual([]);
    new Tree(top.dir).edit("connectors/connector.bench.api_2_v1.json", (v) => (v.owner = "team-new"));
    top.commit({}, "pull request");
    const expected = catalogDiff(await guard(top.dir, { base: "main" })).diff;
    expect(expected.changes.map((c) => `${c.change} ${c.id}`)).toEqual(["changed connector.bench.api_2_v1"]);
    const kept = catalogDiff(await guard(top.dir, { base: "main", cacheDir: cache, committedOnly: true }));
    expect(kept).toEqual({ diff: expected, read: 0 });
    const bytes = readFileSync(join(cache, factsFile!));
    const { header, columns: facts } = decodeFacts(bytes)!;
    expect(factsFrom(bytes, header.commit as string, header.documents as number)).toEqual(facts);
    const file = (h: Record<string, unknown>, c: FactColumns) => Buffer.concat(encodeFacts(h, c));
    // Missing, another commit's, for another count of documents, damaged (stamped right, columns wrong), cut short, or JSON.
    const damaged = [{ ...facts, digests: facts.digests.subarray(32) }, { ...facts, strings: [] }, { ...facts, start: [0, 0, 0, 0] }, { ...facts, fields: [...Array.from(facts.fields), 0] }].map((c) => file(header, c));
    const stale = [file({ ...header, commit: "0".repeat(40) }, facts), file({ ...header, documents: (header.documents as number) + 1 }, facts), file({ ...header, engine: "0.0.0" }, facts)];
    const unreadable = [bytes.subarray(0, bytes.length - 1), Buffer.from(JSON.stringify({ ...header, ...facts }))];
    for (const other of [undefined, ...stale, ...damaged, ...unreadable]) {
      if (other) writeFileSync(join(cache, factsFile!), other);
      else rmSync(join(cache, factsFile!));
      const without = await guard(top.dir, { base: "main", cacheDir: cache, committedOnly: true });
      expect(without.cache?.mode).toBe("incremental");
      const read = catalogDiff(without);
      expect(read.diff).toEqual(expected);
      expect(read.read).toBeGreaterThan(30);
    }
  });

  it("does not use a damaged cache (stamped right, its parts not): it checks everything and finds the same", async () => {
    const { top, cache } = await cachedRegistryOnBranch("damaged");
    const file = readdirSync(cache).find((f) => f.startsWith("check-") && f.endsWith(".cache"))!;
    const original = readFileSync(join(cache, file));
    const { header } = cacheHeader(original)!;
    new Tree(top.dir).edit("connectors/connector.bench.api_2_v1.json", (v) => (v.protocol = 7));
    top.commit({}, "pull request");
    const full = await guard(top.dir, { base: "main" });
    expect((await guard(top.dir, { base: "main", cacheDir: cache, committedOnly: true })).cache?.mode).toBe("incremental");
    // Parts that do not hold together, written as a cache would be.
    const parts: Array<(c: CheckCache) => void> = [
      (c) => (c.documents.strings = c.documents.strings.slice(0, 3)),
      (c) => (c.documents.refStart = c.documents.path),
      (c) => (c.findings = [...c.findings, null as unknown as Finding]),
      (c) => (c.plans = [...c.plans, { dir: "contracts/x" } as PackagePlan]),
      (c) => (c.suggestions = { connector: [[1, 2]] } as unknown as CheckCache["suggestions"]),
      (c) => (c.compiledSchemas = "none" as unknown as string[]),
      (c) => (c.globalFrame = [c.documents.path.length]),
      (c) => (c.globalFrame = [...c.globalFrame].reverse()),
    ];
    // Bytes that do not: cut short, run on, another format, the header broken or naming columns the file does not have.
    const at = (b: Buffer, text: string) => b.indexOf(text);
    const bytes: Array<(b: Buffer) => Buffer> = [
      (b) => b.subarray(0, b.length - 1),
      (b) => Buffer.concat([b, Buffer.alloc(4)]),
      (b) => Buffer.concat([Buffer.from("mova-registry-check-cache/6"), b.subarray(at(b, "\n"))]),
      (b) => Buffer.concat([b.subarray(0, at(b, "{") + 1), Buffer.from("!"), b.subarray(at(b, "{") + 2)]),
      (b) => Buffer.from(b.toString("latin1").replace('"littleEndian":true', '"littleEndian":1234'), "latin1"),
      (b) => Buffer.from(b.toString("latin1").replace(/"refs":(\d)/, '"refs":9$1'), "latin1"),
      () => Buffer.alloc(0),
    ];
    const rewritten = (damage: (c: CheckCache) => void) => {
      const c = cacheFrom(original, header.commit as string, header.prefix as string)!;
      damage(c);
      return Buffer.concat(cacheBytes(c));
    };
    // Read back and written again as it was, the cache is used: the damage is what turns it away.
    writeFileSync(join(cache, file), rewritten(() => undefined));
    expect((await guard(top.dir, { base: "main", cacheDir: cache, committedOnly: true })).cache?.mode).toBe("incremental");
    const damaged = [
      ...parts.map((damage) => [String(damage), rewritten(damage)] as const),
      ...bytes.map((damage) => [String(damage), damage(original)] as const),
    ];
    for (const [what, content] of damaged) {
      writeFileSync(join(cache, file), content);
      const checked = await guard(top.dir, { base: "main", cacheDir: cache, committedOnly: true });
      expect(checked.cache?.mode, what).toBe("full");
      expect(outcome(checked)).toEqual(outcome(full));
    }
  });

  it("reads a cache file in two parts at once, its header parsed while the rest is read, wherever the cut falls", async () => {
    const { cache } = await cachedRegistryOnBranch("parts");
    const file = readdirSync(cache).find((f) => f.endsWith(".cache"))!;
    const bytes = readFileSync(join(cache, file));
    const { commit, prefix } = cacheHeader(bytes)!.header as unknown as { commit: string; prefix: string };
    const whole = Buffer.concat(cacheBytes(cacheFrom(bytes, commit, prefix)!));
    const end = headerEnd(bytes)!;
    // Cut inside the format's line, inside the header, at its end, inside the columns, and past the file's end.
    for (const cut of [1, 20, end - 1, end, end + 1, bytes.length - 1, bytes.length, bytes.length + 100]) {
      const read = await readCache(cache, commit, prefix, undefined, cut);
      expect(read && Buffer.concat(cacheBytes(read)).equals(whole), String(cut)).toBe(true);
    }
    // The rest arriving later than the header's part, as on a busy machine: nothing past the part read is looked at.
    for (const cut of [1, 20, end - 1, end, end + 1, bytes.length - 1]) {
      const partial = Buffer.alloc(bytes.length);
      bytes.copy(partial, 0, 0, cut);
      const rest = new Promise<void>((resolve) => setTimeout(() => (bytes.copy(partial, cut, cut), resolve()), 20));
      const read = await cacheFromParts({ bytes: partial, cut, head: Promise.resolve(), rest }, commit, prefix);
      expect(read && Buffer.concat(cacheBytes(read)).equals(whole), `later, ${cut}`).toBe(true);
    }
    // Another commit's name finds no file; a stamp that does not match is refused before the rest is waited for.
    expect(await readCache(cache, "0".repeat(40), prefix)).toBeUndefined();
    writeFileSync(join(cache, file), Buffer.from(bytes.toString("latin1").replace(`"commit":"${commit}"`, `"commit":"${"0".repeat(commit.length)}"`), "latin1"));
    expect(await readCache(cache, commit, prefix, undefined, end + 1)).toBeUndefined();
  });

  it("without a cache, reads the base in full where the head read files git ignores, or the config changed", async () => {
    const small = GitRepo.init();
    const dir = join(small.dir, "registry");
    const runtime = (kind: string) => ({ runtime_id: "runtime.local_process.worker_v1", runtime_kind: kind, binding_targets: [] });
    const base = small.commit({ ".gitignore": "registry/runtimes/drafts/\n", "registry/runtimes/runtime.local_process.worker_v1.json": runtime("local_process") });
    small.branch("pr");
    small.commit({ "registry/runtimes/runtime.local_process.worker_v1.json": runtime("vm") });
    // A draft git ignores: the working tree's check reads it, the base commit never had it, so its finding is new.
    mkdirSync(join(dir, "runtimes", "drafts"), { recursive: true });
    writeFileSync(join(dir, "runtimes", "drafts", "runtime.local_process.draft_v1.json"), JSON.stringify(runtime("draft")));
    const withDraft = await guard(dir, { base: "main" });
    expect(checkOutcome(withDraft.base!.result)).toEqual(checkOutcome(await fullBase(small.dir, base, "registry")));
    expect(withDraft.findings.filter((f) => f.file === "runtimes/drafts/runtime.local_process.draft_v1.json").map((f) => f.baseline)).toContain("new");
    rmSync(join(dir, "runtimes", "drafts"), { recursive: true });
    // A config that changes what every document is.
    small.commit({ "registry/mova.registry.json": { release: "5.0.0" } });
    const newConfig = await guard(dir, { base: "main" });
    expect(checkOutcome(newConfig.base!.result)).toEqual(checkOutcome(await fullBase(small.dir, base, "registry")));
  });

  it("checks everything again when a schema changes, and says why", async () => {
    repo.git("checkout", "-q", "-f", "main");
    repo.git("clean", "-q", "-fdx");
    repo.git("checkout", "-q", "-B", "pr-schema");
    const tree = new Tree(root);
    tree.edit("schemas/ds.runtime_bench_v1.schema.json", (v) => (v.description = "Changed."));
    const full = await guard(root, { base: "main" });
    const again = await guard(root, { base: "main", cacheDir });
    expect(again.cache).toMatchObject({ mode: "full", reason: expect.stringMatching(/schemas\/ds\.runtime_bench_v1\.schema\.json changed/) });
    expect(outcome(again)).toEqual(outcome(full));
    expect(checkOutcome(full.base!.result)).toEqual(checkOutcome(await fullBase(repo.dir, base, "registry")));
  });
});
