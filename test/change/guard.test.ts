import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { failingFindings } from "../../src/fail-on.ts";
import { guard } from "../../src/guard.ts";
import { GitRepo } from "../support/git-repo.ts";
import { connector, manifest } from "../support/samples.ts";

const invoice = (extra: object = {}) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://x.example/ds.finance_invoice_v1.schema.json",
  type: "object",
  properties: { number: { type: "string" }, amount: { type: "number", minimum: 0 } },
  required: ["number"],
  ...extra,
});
const S = "reg/schemas/ds.finance_invoice_v1.schema.json";

/** A repository with the registry in reg/ committed on main, then a branch pr with `change` on top. */
function pr(base: Record<string, unknown>, change: Record<string, unknown>): GitRepo {
  const repo = GitRepo.init();
  repo.commit(base, "base");
  repo.branch("pr");
  repo.commit(change, "pr");
  return repo;
}

async function run(repo: GitRepo) {
  return guard(join(repo.dir, "reg"), { base: "main" });
}

const rules = (r: Awaited<ReturnType<typeof run>>, prefix: string) => r.findings.filter((f) => f.rule.startsWith(prefix));

describe("breaking changes against the base, on real git repositories", () => {
  it("a new required property breaks BACKWARD, with a _v2 hint and a fingerprint", async () => {
    const repo = pr({ [S]: invoice() }, { [S]: invoice({ required: ["number", "currency"], properties: { ...invoice().properties, currency: { type: "string" } } }) });
    const result = await run(repo);
    const found = rules(result, "change/");
    // The new property narrows too: in an open model, old documents may carry "currency" with any value.
    expect(found.map((x) => x.message)).toEqual([expect.stringMatching(/property "currency" added to an open object/), expect.stringMatching(/"currency" became required/)].sort());
    const f = found.find((x) => /became required/.test(x.message));
    expect(f).toMatchObject({ rule: "change/breaking", severity: "error", file: "schemas/ds.finance_invoice_v1.schema.json", baseline: "new" });
    expect(f!.message).toMatch(/breaking change under BACKWARD compatibility: .*currency/);
    expect(f!.hint).toMatch(/Publish it as ds.finance_invoice_v2/);
    expect(f!.hint).toMatch(/"fingerprint": "sha256:[0-9a-f]{16}"/);
    expect(result.base!.commit).toBe(repo.git("rev-parse", "main"));
  });

  it.each([
    ["BACKWARD", "narrowing", { properties: { number: { type: "string" }, amount: { type: "number", minimum: 10 } } }, true],
    ["BACKWARD", "widening", { properties: { number: { type: "string" }, amount: { type: "number" } } }, false],
    ["FORWARD", "narrowing", { properties: { number: { type: "string" }, amount: { type: "number", minimum: 10 } } }, false],
    ["FORWARD", "widening", { properties: { number: { type: "string" }, amount: { type: "number" } } }, true],
    ["FULL", "widening", { properties: { number: { type: "string" }, amount: { type: "number" } } }, true],
    ["NONE", "narrowing", { required: ["number", "amount"] }, false],
  ])("under %s a %s change is breaking: %s", async (mode, _what, change, breaking) => {
    const config = { "reg/mova.registry.json": { policy: { compatibility: { default: "BACKWARD", prefixes: { "ds.finance_": mode } } } } };
    const repo = pr({ ...config, [S]: invoice() }, { [S]: invoice(change) });
    expect(rules(await run(repo), "change/breaking").length > 0).toBe(breaking);
  });

  it("a description-only change is no change", async () => {
    const repo = pr({ [S]: invoice() }, { [S]: invoice({ description: "An invoice." }) });
    const result = await run(repo);
    expect(rules(result, "change/")).toEqual([]);
    expect(result.base!.comparison.impact.changes).toEqual([{ path: "schemas/ds.finance_invoice_v1.schema.json", kind: "data_schema", id: "ds.finance_invoice_v1", change: "modified" }]);
  });

  it("an accepted fingerprint turns the error into a notice, and covers only that change", async () => {
    const repo = pr({ [S]: invoice() }, { [S]: invoice({ required: ["number", "amount"] }) });
    const fingerprint = /"fingerprint": "(sha256:[0-9a-f]+)"/.exec(rules(await run(repo), "change/breaking")[0]!.hint!)![1];
    repo.commit({ "reg/mova.accepted-changes.json": { accepted: [{ id: "ds.finance_invoice_v1", fingerprint, reason: "amount was always sent" }] } }, "accept");
    const accepted = await run(repo);
    expect(rules(accepted, "change/breaking")).toEqual([]);
    expect(rules(accepted, "change/accepted")).toMatchObject([{ severity: "notice", hint: expect.stringMatching(/amount was always sent/) }]);
    // A further, different breaking change under the same id is not covered.
    repo.commit({ [S]: invoice({ required: ["number", "amount"], properties: { number: { type: "string", maxLength: 5 }, amount: { type: "number", minimum: 0 } } }) }, "more");
    expect(rules(await run(repo), "change/breaking").length).toBeGreaterThan(0);
  });

  it("removing a connector a flow still uses is one error listing its users", async () => {
    const flow = (id: string) => ({ entry: "s", steps: { s: { execution_mode: "AI_ATOMIC", model: "m", connector_id: id, next: { terminal: "done" } } } });
    const base = {
      "reg/connectors/connector.acme.crm_v1.json": connector,
      "reg/contracts/invoice_approval/manifest.json": manifest,
      "reg/contracts/invoice_approval/flow.json": flow("connector.acme.crm_v1"),
    };
    const removed = await run(pr(base, { "reg/connectors/connector.acme.crm_v1.json": undefined }));
    expect(rules(removed, "refs/")).toEqual([]);
    expect(rules(removed, "change/")).toMatchObject([{ rule: "change/removed-in-use", file: "contracts/invoice_approval/flow.json", message: expect.stringMatching(/connector "connector.acme.crm_v1" was removed \(it was connectors\/connector.acme.crm_v1.json on the base\), but 1 document still uses it: contracts\/invoice_approval\/flow.json/) }]);

    const renamed = await run(pr(base, { "reg/connectors/connector.acme.crm_v1.json": undefined, "reg/connectors/connector.acme.crm_v2.json": { ...connector, connector_id: "connector.acme.crm_v2" } }));
    expect(rules(renamed, "change/")[0]!.message).toMatch(/was renamed to "connector.acme.crm_v2"/);
  });

  it("fail-on new fails only for what the change adds (the ratchet)", async () => {
    const bad = { ...connector, protocol: undefined, connector_id: "connector.acme.old_v1" };
    const repo = pr({ "reg/connectors/connector.acme.old_v1.json": bad }, { "reg/connectors/connector.acme.new_v1.json": { ...connector, connector_id: "connector.acme.new_v1", provider: 7 } });
    const result = await run(repo);
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.file, f.baseline])).toEqual([
      ["connectors/connector.acme.new_v1.json", "new"],
      ["connectors/connector.acme.old_v1.json", "existing"],
    ]);
    expect(failingFindings(result.findings, "new").map((f) => f.file)).toEqual(["connectors/connector.acme.new_v1.json"]);
    expect(failingFindings(result.findings, "error")).toHaveLength(2);
    expect(failingFindings(result.findings, "never")).toEqual([]);
  });

  it("the impact report names the contracts and flows a schema change reaches, through $refs and calls", async () => {
    const money = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://x.example/ds.finance_money_v1.schema.json", type: "object", properties: { value: { type: "number" } } };
    const call = (id: string) => ({ entry: "c", steps: { c: { execution_mode: "CONTRACT_CALL", contract_id: id, next: { terminal: "done" } } } });
    const base = {
      "reg/schemas/ds.finance_money_v1.schema.json": money,
      [S]: invoice({ properties: { number: { type: "string" }, total: { $ref: "ds.finance_money_v1.schema.json" } } }),
      "reg/contracts/invoice_approval/manifest.json": { ...manifest, input_schema: "ds.finance_invoice_v1" },
      "reg/contracts/invoice_approval/flow.json": { entry: "s", steps: { s: { next: { terminal: "done" } } } },
      "reg/contracts/batch/manifest.json": { ...manifest, package_id: "contract.finance.batch_v1" },
      "reg/contracts/batch/flow.json": call("contract.finance.invoice_approval_v1"),
      "reg/contracts/other/manifest.json": { ...manifest, package_id: "contract.finance.other_v1" },
      "reg/contracts/other/flow.json": { entry: "s", steps: { s: {} } },
    };
    const result = await run(pr(base, { "reg/schemas/ds.finance_money_v1.schema.json": { ...money, description: "Money." } }));
    expect(result.base!.comparison.impact.contracts).toEqual([
      { id: "contract.finance.batch_v1", path: "contracts/batch/manifest.json", flow: "contracts/batch/flow.json", because: ["contract.finance.invoice_approval_v1"] },
      { id: "contract.finance.invoice_approval_v1", path: "contracts/invoice_approval/manifest.json", flow: "contracts/invoice_approval/flow.json", because: ["ds.finance_invoice_v1"] },
    ]);
  });

  it("deepens a shallow clone until the merge-base is there", async () => {
    const origin = GitRepo.init();
    origin.commit({ [S]: invoice() }, "base");
    for (let i = 0; i < 5; i++) origin.commit({ "reg/notes.txt": String(i) }, `main ${i}`);
    origin.branch("pr");
    for (let i = 0; i < 5; i++) origin.commit({ "reg/more.txt": String(i) }, `pr ${i}`);
    origin.commit({ [S]: invoice({ required: ["number", "amount"] }) }, "breaking");
    const dir = mkdtempSync(join(tmpdir(), "mova-shallow-"));
    execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "pr", "--no-single-branch", `file://${origin.dir}`, dir]);
    execFileSync("git", ["fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main"], { cwd: dir });
    const clone = new GitRepo(dir);
    expect(clone.git("rev-parse", "--is-shallow-repository")).toBe("true");
    expect(() => clone.git("merge-base", "origin/main", "HEAD")).toThrow();
    const result = await guard(join(dir, "reg"), { base: "origin/main" });
    expect(result.findings.filter((f) => f.rule === "change/breaking").length).toBeGreaterThan(0);
    expect(result.base!.commit).toBe(origin.git("rev-parse", "main"));
  });
});
