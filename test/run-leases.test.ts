import { afterEach, describe, expect, it } from "vitest";
import { guard } from "../src/guard.ts";
import { leaseConflicts, withRunLeases, type LeaseFile } from "../src/run/leases.ts";
import type { RunState } from "../src/run/types.ts";
import { GitRepo } from "./support/git-repo.ts";
import { RunScenario } from "./support/run-scenario.ts";
import { connector } from "./support/samples.ts";
import { pullRequestPayload } from "./support/webhooks.ts";
import { join } from "node:path";

const now = new Date("2026-11-23T10:00:00Z");
const file = (leases: LeaseFile["leases"]): LeaseFile => ({ schema_id: "registry.leases_v1", leases });

describe("leases", () => {
  it("a run's state decides its leases; expired and ended ones go", () => {
    const state = { run_id: "r1", leases: [{ document: "connectors/c.json", expires_at: "2026-11-26T10:00:00Z" }] } as RunState;
    const before = file([{ document: "x", run_id: "old", branch: "b", expires_at: "2026-11-01T00:00:00Z" }]);
    expect(withRunLeases(before, state, "run/r1", now).leases).toEqual([{ document: "connectors/c.json", run_id: "r1", branch: "run/r1", expires_at: "2026-11-26T10:00:00Z" }]);
    expect(withRunLeases(before, { ...state, leases: [] }, "run/r1", now).leases).toEqual([]);
  });

  it("conflicts with a changed document by path or id, except on the run's own branch", () => {
    const f = file([{ document: "connector.acme.crm_v1", run_id: "r1", branch: "run/r1", expires_at: "2026-11-26T10:00:00Z" }]);
    expect(leaseConflicts(f, [{ path: "connectors/connector.acme.crm_v1.json", id: "connector.acme.crm_v1" }], "feature", now)).toHaveLength(1);
    expect(leaseConflicts(f, [{ path: "connectors/connector.acme.crm_v1.json", id: "connector.acme.crm_v1" }], "run/r1", now)).toEqual([]);
    expect(leaseConflicts(f, [{ path: "connectors/connector.acme.crm_v1.json", id: "connector.acme.crm_v1" }], "feature", new Date("2027-01-01T00:00:00Z"))).toEqual([]);
  });

  it("the guard refuses a change to a leased document", async () => {
    const repo = GitRepo.init();
    repo.commit({ "connectors/connector.acme.crm_v1.json": connector }, "base");
    repo.branch("feature");
    repo.commit({ "connectors/connector.acme.crm_v1.json": { ...connector, resource: "crm", protocol: "http" } }, "change");
    const leases = file([{ document: "connector.acme.crm_v1", run_id: "onboard-acme", branch: "mova-run/onboard-acme", expires_at: "2026-11-26T10:00:00Z" }]);
    const refused = await guard(repo.dir, { base: "main", leases: { file: leases, ownBranch: "feature", now } });
    expect(refused.findings.filter((f) => f.rule === "run/leased")).toMatchObject([{ file: "connectors/connector.acme.crm_v1.json", message: expect.stringMatching(/leased by run onboard-acme .* until 2026-11-26T10:00:00Z/) }]);
    const own = await guard(repo.dir, { base: "main", leases: { file: leases, ownBranch: "mova-run/onboard-acme", now } });
    expect(own.findings.filter((f) => f.rule === "run/leased")).toEqual([]);
  });
});

describe("leases of running contracts, end to end", { timeout: 120_000 }, () => {
  let s: RunScenario;
  afterEach(async () => {
    expect(s.gh.violations).toEqual([]);
    await s.close();
  });

  it("a run that will update a connector leases it; the guard refuses another pull request changing it until the run ends", async () => {
    const sheets = "connectors/connector.google.sheets_v1.json";
    s = await RunScenario.start({
      registryFiles: {
        "contracts/sheet_refresh/manifest.json": { schema_id: "package.contract_package_manifest_v1", package_id: "contract.finance.sheet_refresh_v1", version: "1.0.0", flow_ref: "flow.json", verb: "update", updates: [sheets] },
        "contracts/sheet_refresh/flow.json": { entry: "confirm", steps: { confirm: { execution_mode: "HUMAN_GATE", role: "finance_approver", decision_options: [{ id: "approve", label: "Go" }, { id: "reject", label: "Stop" }], next: { approve: { terminal: "done" }, reject: { terminal: "stopped" } } } } },
      },
      request: { schema_id: "registry.run_request_v1", contract_id: "contract.finance.sheet_refresh_v1", inputs: {}, reason: "Refresh the sheet connector" },
    });
    await s.act("pull_request", s.pullRequestEvent("opened"));
    expect(JSON.parse(s.remote.repo.git("show", "mova-leases:leases.json")).leases).toMatchObject([{ document: sheets, run_id: s.runId, branch: "run/ap-004512" }]);

    // bob changes the leased connector in another pull request.
    const bob = s.remote.clone("bob");
    bob.branch("tune-sheets");
    const path = join("registry", sheets);
    const doc = JSON.parse(bob.git("show", `HEAD:${path}`));
    bob.commit({ [path]: { ...doc, rate_limits: { ...doc.rate_limits, global_limit_hint: "60 requests per minute" } } }, "tune");
    bob.git("push", "-q", "origin", "tune-sheets");
    const payload = pullRequestPayload("opened", { number: 13, repository: "acme/contracts", baseRef: "main", baseSha: s.pr.baseSha, headRef: "tune-sheets", headSha: bob.git("rev-parse", "HEAD"), author: "bob" });
    s.runner.git("fetch", "-q", "origin");
    s.runner.git("checkout", "-q", "--detach", bob.git("rev-parse", "HEAD"));
    const guarded = await s.act("pull_request", payload, { mode: "guard", comment: "false" });
    expect(guarded.status).toBe(1);
    expect(guarded.stdout).toMatch(/::error title=run\/leased,file=registry\/connectors\/connector\.google\.sheets_v1\.json.*leased by run 2026-11-23-ap-004512/);

    // The run ends; its lease goes; the same pull request passes.
    s.runner.git("checkout", "-q", "--detach", "origin/main");
    await s.act("pull_request_review", s.review("dave", "APPROVED").payload);
    expect(s.state().status).toBe("completed");
    expect(JSON.parse(s.remote.repo.git("show", "mova-leases:leases.json")).leases).toEqual([]);
    s.runner.git("checkout", "-q", "--detach", bob.git("rev-parse", "HEAD"));
    const again = await s.act("pull_request", payload, { mode: "guard", comment: "false" });
    expect(again.stdout).not.toMatch(/run\/leased/);
  });
});
