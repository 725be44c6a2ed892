import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventEnv, runActionBundle, guardJobEnv } from "./support/action-env.ts";
import { GitRepo } from "./support/git-repo.ts";
import { startFakeGitHub, type FakeGitHub } from "./support/github/fake-github.ts";
import { PROJECT_ROOT } from "./support/shared.ts";
import { pullRequestPayload, webhookSchemaErrors } from "./support/webhooks.ts";

const REPO = "acme/contracts";
const INVOICE = "registry/schemas/ds.finance_invoice_v1.schema.json";
const FLOW = "registry/contracts/invoice_approval/flow.json";

/** The embedded registry on main, and a pull request that makes an optional invoice field required and plants a secret. */
function workspace(): { repo: GitRepo; baseSha: string; headSha: string } {
  const repo = GitRepo.init();
  cpSync(join(PROJECT_ROOT, "registry"), join(repo.dir, "registry"), { recursive: true });
  const baseSha = repo.commit({}, "registry");
  repo.branch("invoice-currency");
  const schema = JSON.parse(JSON.stringify(require_(join(repo.dir, INVOICE))));
  schema.required.push("vendor_id");
  const headSha = repo.commit({ [INVOICE]: schema, "registry/connectors/connector.openai.chat_v1.json": { ...require_(join(repo.dir, "registry/connectors/connector.openai.chat_v1.json")), ext: { key: "sk-proj-aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5" } } }, "change");
  return { repo, baseSha, headSha };
}

function require_(path: string): Record<string, any> {
  return JSON.parse(readFileSync(path, "utf8"));
}

describe("the action on a pull request, against a GitHub stand-in", () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.close();
  });

  async function runOn(ws: ReturnType<typeof workspace>, opts: { fork?: boolean } = {}) {
    const payload = pullRequestPayload("opened", { number: 7, repository: REPO, ...(opts.fork ? { headRepository: "mallory/contracts" } : {}), baseRef: "main", baseSha: ws.baseSha, headRef: "invoice-currency", headSha: ws.headSha, author: "alice" });
    expect(webhookSchemaErrors("webhook-pull-request-opened", payload)).toEqual([]);
    return runActionBundle(ws.repo.dir, { path: "registry", token: "ghs_test", "fail-on": "error", comment: "true" }, {
      ...eventEnv("pull_request", payload),
      ...guardJobEnv(gh.url, REPO, ws.headSha),
    });
  }

  it("annotates, summarises, comments once and updates that comment on the next run", async () => {
    gh.state.defaultRepo = REPO;
    const ws = workspace();
    gh.addPull({ repo: REPO, number: 7, user: "alice", head: "invoice-currency", headSha: ws.headSha, base: "main" });

    const first = await runOn(ws);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/::error title=change\/breaking,file=registry\/schemas\/ds\.finance_invoice_v1\.schema\.json,line=\d+/);
    expect(first.stdout).toMatch(/::error title=secret\/credential,file=registry\/connectors\/connector\.openai\.chat_v1\.json/);
    expect(first.stdout).not.toContain("sk-proj-aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5");
    expect(first.summary).toMatch(/### ❌ MOVA registry: 2 errors/);
    expect(first.summary).toMatch(/#### Impact/);
    expect(first.summary).toMatch(/`contract\.finance\.invoice_approval_v1`/);
    expect(first.summary).toMatch(/#### Catalog[\s\S]*\| changed \*\*\(breaking\)\*\* \| data_types \| `ds\.finance_invoice_v1` \|/);
    expect(first.summary).toMatch(/\| changed \| connector \| `connector\.openai\.chat_v1` \|/);
    expect(first.outputs).toMatchObject({ errors: "2", warnings: "0", new: "2" });
    expect(first.outputs["sarif-path"]).toMatch(/mova-registry\.sarif$/);

    const comments = gh.commentsOn({ repo: REPO, number: 7 });
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- mova-registry:MOVA registry:guard -->/);
    expect(comments[0]!.body).toMatch(/\[registry\/schemas\/ds\.finance_invoice_v1\.schema\.json:\d+\]\(https:\/\/github\.com\/acme\/contracts\/blob\//);
    expect(comments[0]!.body).toMatch(/#### Catalog/);

    // The author fixes the secret and accepts the breaking change on purpose: the same comment is updated.
    const fingerprint = /"fingerprint": "(sha256:[0-9a-f]+)"/.exec(first.stdout)![1];
    ws.headSha = ws.repo.commit(
      {
        "registry/connectors/connector.openai.chat_v1.json": require_(join(PROJECT_ROOT, "registry/connectors/connector.openai.chat_v1.json")),
        "registry/mova.accepted-changes.json": { accepted: [{ id: "ds.finance_invoice_v1", fingerprint, reason: "due_date is sent by every client since 2026-06" }] },
        // A retitled step: the flow is drawn with it marked as changed.
        [FLOW]: ((f) => ((f.steps.check.title = "Check limit, currency, vendor <b>and</b> `PO`"), f))(require_(join(PROJECT_ROOT, FLOW))),
      },
      "fix",
    );
    const second = await runOn(ws);
    expect(second.status).toBe(0);
    const after = gh.commentsOn({ repo: REPO, number: 7 });
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(comments[0]!.id);
    expect(after[0]!.body).toMatch(/MOVA registry: 0 errors, 0 warnings, 1 notice/);
    // The changed flow, drawn in the comment and the summary with the retitled step marked.
    expect(first.summary).not.toMatch(/#### Flow diagrams/);
    for (const text of [after[0]!.body, second.summary]) {
      expect(text).toMatch(/#### Flow diagrams\n\n\*\*contract&#46;finance&#46;invoice_approval|#### Flow diagrams\n\n\*\*[^\n]*invoice/);
      expect(text).toContain("(modified: 1 changed)");
      expect(text).toMatch(/```mermaid\nflowchart TD\n[^`]*n1\["✏️ ⚙️ check<br\/>Check limit, currency, vendor #60;b#62;and#60;#47;b#62; #96;PO#96;"\][^`]*```/);
    }
    expect(gh.requests.filter((r) => r.operationId === "issues/update-comment")).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === "issues/create-comment")).toHaveLength(1);
  });

  it("on a fork's pull request, skips the comment and still annotates", async () => {
    gh.state.defaultRepo = REPO;
    gh.readOnly = true;
    const ws = workspace();
    const run = await runOn(ws, { fork: true });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Not commenting on the pull request: it comes from a fork/);
    expect(run.stdout).toMatch(/::error title=change\/breaking/);
    expect(gh.requests).toEqual([]);
  });

  it("a read-only token does not crash the run: the log says why there is no comment", async () => {
    gh.state.defaultRepo = REPO;
    const ws = workspace();
    gh.addPull({ repo: REPO, number: 7, user: "alice", head: "invoice-currency", headSha: ws.headSha, base: "main" });
    gh.readOnly = true;
    const run = await runOn(ws);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::warning::Could not comment on the pull request \(HTTP 403\): the token lacks "pull-requests: write"/);
    expect(run.stdout).not.toMatch(/mova-registry failed/);
  });
});
