import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventEnv, runActionBundle, type ActionRun, guardJobEnv } from "./support/action-env.ts";
import { GitRepo } from "./support/git-repo.ts";
import { githubError, primaryRateLimit, secondaryRateLimit, startFakeGitHub, type FakeGitHub } from "./support/github/fake-github.ts";
import { PROJECT_ROOT } from "./support/shared.ts";
import { pullRequestPayload } from "./support/webhooks.ts";

/**
 * GitHub failing under the action: 5xx, 429, rate limits, slow answers and
 * dropped connections from the loopback stand-in, while the action guards a
 * pull request with two error findings and comment: true. Whatever GitHub
 * does, the check result, the outputs and the summary stand; the retries stay
 * within their bounds; the log says which request failed and how, and never
 * carries the token.
 */

const REPO = "acme/contracts";
const INVOICE = "registry/schemas/ds.finance_invoice_v1.schema.json";
const COMMENTS = "/repos/acme/contracts/issues/7/comments";
const MARKER = "<!-- mova-registry:MOVA registry:guard -->";
/** A token the test can find anywhere it leaks to. */
const TOKEN = "ghs_TESTSECRET0123456789abcdefABCDEF01";
/** Retry waits in the tests: plugin-retry waits n² units before retry n, rate limits Retry-After units. */
const RETRY_UNIT_MS = "20";

function require_(path: string): Record<string, any> {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The embedded registry on main, and a pull request that makes an invoice field required and plants a secret: two errors. */
function workspace(): { repo: GitRepo; baseSha: string; headSha: string } {
  const repo = GitRepo.init();
  cpSync(join(PROJECT_ROOT, "registry"), join(repo.dir, "registry"), { recursive: true });
  const baseSha = repo.commit({}, "registry");
  repo.branch("invoice-currency");
  const schema = require_(join(repo.dir, INVOICE));
  schema.required.push("vendor_id");
  const connector = join(repo.dir, "registry/connectors/connector.openai.chat_v1.json");
  const headSha = repo.commit({ [INVOICE]: schema, "registry/connectors/connector.openai.chat_v1.json": { ...require_(connector), ext: { key: "sk-proj-aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5" } } }, "change");
  return { repo, baseSha, headSha };
}

/** The token may appear only in the ::add-mask:: command, which the runner consumes and never shows. */
function expectNoToken(run: ActionRun): void {
  const visible = run.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  for (const [where, text] of Object.entries({ stdout: visible, stderr: run.stderr, summary: run.summary, outputs: JSON.stringify(run.outputs) })) {
    expect(text.includes(TOKEN), `the token in ${where}`).toBe(false);
    expect(text.includes("TESTSECRET"), `part of the token in ${where}`).toBe(false);
  }
}

/** What must hold however GitHub fails: the check result, the outputs and the report in the summary. */
function expectReportStands(run: ActionRun & { ms: number }): void {
  expect(run.status).toBe(1);
  // Retry waits are RETRY_UNIT_MS units here; a run that waits for real (an hour's rate limit, a hanging request) ends far later.
  expect(run.ms).toBeLessThan(30_000);
  expect(run.stdout).toMatch(/::error::2 finding\(s\) fail this check/);
  expect(run.stdout).toMatch(/::error title=change\/breaking/);
  expect(run.outputs).toMatchObject({ errors: "2", warnings: "0", new: "2" });
  expect(run.outputs["report-path"]).toMatch(/mova-registry-report\.json$/);
  expect(run.summary).toMatch(/### ❌ MOVA registry: 2 errors/);
  expect(run.stdout).not.toMatch(/mova-registry failed/);
  expectNoToken(run);
}

function warnings(run: ActionRun): string[] {
  return run.stdout.split("\n").filter((line) => line.startsWith("::warning::"));
}

describe("the action when GitHub fails", () => {
  let gh: FakeGitHub;
  let ws: ReturnType<typeof workspace>;
  beforeEach(async () => {
    gh = await startFakeGitHub();
    gh.state.defaultRepo = REPO;
    ws = workspace();
    gh.addPull({ repo: REPO, number: 7, user: "alice", head: "invoice-currency", headSha: ws.headSha, base: "main" });
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.close();
  });

  async function guard(inputs: Record<string, string> = {}): Promise<ActionRun & { ms: number }> {
    const payload = pullRequestPayload("opened", { number: 7, repository: REPO, baseRef: "main", baseSha: ws.baseSha, headRef: "invoice-currency", headSha: ws.headSha, author: "alice" });
    const started = Date.now();
    const run = await runActionBundle(
      ws.repo.dir,
      { path: "registry", token: TOKEN, "fail-on": "error", comment: "true", ...inputs },
      {
        ...eventEnv("pull_request", payload),
        ...guardJobEnv(gh.url, REPO, ws.headSha),
        MOVA_GITHUB_RETRY_UNIT_MS: RETRY_UNIT_MS,
      },
      // A hanging action fails the test instead of hanging it.
      { killAfterMs: 60_000 },
    );
    return { ...run, ms: Date.now() - started };
  }

  const statuses = (operationId: string) => gh.requestsFor(operationId).map((r) => r.status);

  it("500 on every attempt: 1 + 3 retries, then a warning naming the request and the status; the check result stands", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, githubError(500, "Server Error"), 99);
    const run = await guard();
    expect(statuses("issues/list-comments")).toEqual([500, 500, 500, 500]);
    expect(gh.requestsFor("issues/create-comment")).toEqual([]);
    expectReportStands(run);
    expect(warnings(run)).toEqual([`::warning::Could not comment on the pull request: GET ${COMMENTS} failed (4 attempts): HTTP 500: Server Error. The report is in the annotations and the job summary.`]);
    expect(run.summary).toContain(`> Could not comment on the pull request: GET ${COMMENTS} failed (4 attempts): HTTP 500`);
    expect(run.status, "the exit code follows the findings, not GitHub").toBe(1);
  });

  it("502 twice, then GitHub recovers: the comment is written once, without a warning", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, githubError(502, "Server Error"), 2);
    const run = await guard();
    expect(statuses("issues/list-comments")).toEqual([502, 502, 200]);
    expect(statuses("issues/create-comment")).toEqual([201]);
    expect(gh.commentsOn({ repo: REPO, number: 7 })).toHaveLength(1);
    expectReportStands(run);
    expect(warnings(run)).toEqual([]);
    expect(run.stdout).toMatch(/Pull request comment created: \d+\./);
  });

  it("a 500 on the write is retried too, and a clean run passes with exit code 0", async () => {
    gh.failNext({ operationId: "issues/create-comment" }, githubError(500, "Server Error"), 99);
    const run = await guard();
    expect(statuses("issues/create-comment")).toEqual([500, 500, 500, 500]);
    expectReportStands(run);
    expect(warnings(run)).toEqual([`::warning::Could not comment on the pull request: POST ${COMMENTS} failed (4 attempts): HTTP 500: Server Error. The report is in the annotations and the job summary.`]);

    // fail-on never: the same failure leaves the step green.
    gh.failNext({ operationId: "issues/list-comments" }, githubError(503, "Service Unavailable"), 99);
    const green = await guard({ "fail-on": "never" });
    expect(green.status).toBe(0);
    expect(green.outputs).toMatchObject({ errors: "2", warnings: "0" });
    expect(warnings(green)).toEqual([`::warning::Could not comment on the pull request: GET ${COMMENTS} failed (4 attempts): HTTP 503: Service Unavailable. The report is in the annotations and the job summary.`]);
    expectNoToken(green);
  });

  it("429 secondary rate limit with Retry-After: 1 + 2 waits as GitHub asks, then a warning; never called a permission problem", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, secondaryRateLimit(429, 1), 99);
    const run = await guard();
    const attempts = statuses("issues/list-comments");
    expect(attempts.every((s) => s === 429)).toBe(true);
    expect(attempts).toHaveLength(3);
    expectReportStands(run);
    const all = warnings(run);
    expect(all.filter((w) => w.startsWith(`::warning::GitHub secondary rate limit on GET ${COMMENTS}; retrying in 1s`))).toHaveLength(2);
    expect(all.at(-1)).toBe(`::warning::Could not comment on the pull request: GET ${COMMENTS} failed (3 attempts): HTTP 429: You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE. The report is in the annotations and the job summary.`);
  });

  it("a bare 429 (no rate-limit message or headers) is not retried: GitHub documents 429 only for rate limits", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, githubError(429, "Too Many Requests"), 99);
    const run = await guard();
    expect(statuses("issues/list-comments")).toEqual([429]);
    expectReportStands(run);
    expect(warnings(run)).toEqual([`::warning::Could not comment on the pull request: GET ${COMMENTS} failed: HTTP 429: Too Many Requests. The report is in the annotations and the job summary.`]);
  });

  it("403 secondary rate limit on the write: retried after Retry-After, and not mistaken for a read-only token", async () => {
    gh.failNext({ operationId: "issues/create-comment" }, secondaryRateLimit(403, 1), 99);
    const run = await guard();
    expect(statuses("issues/create-comment")).toEqual([403, 403, 403]);
    expectReportStands(run);
    expect(run.stdout).not.toMatch(/pull-requests: write/);
    expect(warnings(run).at(-1)).toMatch(new RegExp(`^::warning::Could not comment on the pull request: POST ${COMMENTS} failed \\(3 attempts\\): HTTP 403: You have exceeded a secondary rate limit`));
  });

  it("a secondary rate limit once: the comment is written after the wait", async () => {
    gh.failNext({ operationId: "issues/create-comment" }, secondaryRateLimit(403, 1));
    const run = await guard();
    expect(statuses("issues/create-comment")).toEqual([403, 201]);
    expect(gh.commentsOn({ repo: REPO, number: 7 })).toHaveLength(1);
    expectReportStands(run);
    expect(warnings(run)).toEqual([`::warning::GitHub secondary rate limit on POST ${COMMENTS}; retrying in 1s`]);
  });

  it("a primary rate limit that resets in an hour is not waited for", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, primaryRateLimit(3600), 99);
    const run = await guard();
    expect(statuses("issues/list-comments")).toEqual([403]);
    expectReportStands(run);
    expect(run.stdout).not.toMatch(/pull-requests: write/);
    expect(warnings(run)[0]).toMatch(new RegExp(`^::warning::GitHub rate limit on GET ${COMMENTS}: not waiting \\d+s for it \\(at most 60s\\)$`));
    expect(warnings(run)[1]).toMatch(
      new RegExp(`^::warning::Could not comment on the pull request: GET ${COMMENTS} failed: HTTP 403: API rate limit exceeded for installation\\. .* \\(rate limit resets at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\)\\. The report`),
    );
  });

  it("a GitHub slower than api-timeout: each attempt is cut off, 4 attempts, and the job ends in bounded time", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, { delayMs: 30_000 }, 99);
    const run = await guard({ "api-timeout": "1" });
    const attempts = gh.requestsFor("issues/list-comments");
    expect(attempts).toHaveLength(4);
    expect(attempts.every((r) => r.fault?.delayMs === 30_000)).toBe(true);
    expectReportStands(run);
    expect(warnings(run)).toEqual([`::warning::Could not comment on the pull request: GET ${COMMENTS} failed (4 attempts): no answer within 1s. The report is in the annotations and the job summary.`]);
    // 4 attempts of 1 s and waits of 1+4+9 units, plus the check itself; far from the 30 s GitHub would take.
    expect(run.ms).toBeLessThan(25_000);
  });

  it("one slow answer, then a fast one: the comment is written", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, { delayMs: 5_000 });
    const run = await guard({ "api-timeout": "1" });
    expect(gh.requestsFor("issues/list-comments").map((r) => r.fault?.delayMs)).toEqual([5_000, undefined]);
    expect(statuses("issues/create-comment")).toEqual([201]);
    expectReportStands(run);
    expect(warnings(run)).toEqual([]);
  });

  it("connections dropped before any answer: retried, then a warning that says there was no HTTP answer", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, { drop: "before-response" }, 99);
    const run = await guard();
    const attempts = gh.requestsFor("issues/list-comments");
    expect(attempts).toHaveLength(4);
    expect(attempts.every((r) => r.fault?.drop === "before-response" && r.status === 0)).toBe(true);
    expectReportStands(run);
    expect(warnings(run)).toHaveLength(1);
    expect(warnings(run)[0]).toMatch(new RegExp(`^::warning::Could not comment on the pull request: GET ${COMMENTS} failed \\(4 attempts\\): no HTTP answer: .+\\. The report is in the annotations and the job summary\\.$`));
  });

  it("a connection dropped mid-body is retried, not read as an empty list: the earlier comment is updated, not duplicated", async () => {
    const earlier = gh.addComment({ repo: REPO, number: 7 }, { body: `${MARKER}\nan earlier report`, user: "github-actions[bot]" });
    gh.failNext({ operationId: "issues/list-comments" }, { drop: "mid-body" });
    const run = await guard();
    expect(gh.requestsFor("issues/list-comments").map((r) => r.fault?.drop)).toEqual(["mid-body", undefined]);
    expect(gh.requestsFor("issues/create-comment")).toEqual([]);
    expect(statuses("issues/update-comment")).toEqual([200]);
    const comments = gh.commentsOn({ repo: REPO, number: 7 });
    expect(comments.map((c) => c.id)).toEqual([earlier.id]);
    expect(comments[0]!.body).toMatch(/MOVA registry: 2 errors/);
    expectReportStands(run);
    expect(warnings(run)).toEqual([]);
  });

  it.each(["before-response", "mid-body"] as const)(
    "a comment GitHub wrote but whose answer was lost (connection dropped %s) is found again, not written twice",
    async (drop) => {
      gh.failNext({ operationId: "issues/create-comment" }, { drop });
      const run = await guard();
      expect(gh.requestsFor("issues/create-comment").map((r) => r.fault?.drop)).toEqual([drop]);
      const comments = gh.commentsOn({ repo: REPO, number: 7 });
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toMatch(/MOVA registry: 2 errors/);
      expectReportStands(run);
      expect(warnings(run)).toEqual([]);
      expect(run.stdout).toMatch(new RegExp(`Pull request comment created: ${comments[0]!.id}\\.`));
    },
  );

  it("a comment GitHub did not write (502 before writing) is written on the next attempt", async () => {
    gh.failNext({ operationId: "issues/create-comment" }, githubError(502, "Server Error"));
    const run = await guard();
    expect(statuses("issues/create-comment")).toEqual([502, 201]);
    expect(gh.commentsOn({ repo: REPO, number: 7 })).toHaveLength(1);
    expect(warnings(run)).toEqual([]);
  });

  it("an error message that echoes the token is printed without it", async () => {
    // Contrived (GitHub does not echo tokens; a proxy in between might): the log must not carry it either way.
    gh.failNext({ operationId: "issues/list-comments" }, githubError(401, `Bad credentials: token ${TOKEN} is not valid`));
    const run = await guard();
    expect(statuses("issues/list-comments")).toEqual([401]);
    expectReportStands(run);
    expect(warnings(run)).toEqual([`::warning::Could not comment on the pull request: GET ${COMMENTS} failed: HTTP 401: Bad credentials: token *** is not valid. The report is in the annotations and the job summary.`]);
  });

  it("every request carried the token only in its Authorization header", async () => {
    gh.failNext({ operationId: "issues/list-comments" }, githubError(502, "Server Error"));
    const run = await guard();
    expectReportStands(run);
    expect(gh.requests.length).toBeGreaterThan(0);
    for (const r of gh.requests) {
      expect(r.authorization).toBe(`token ${TOKEN}`);
      expect(JSON.stringify({ path: r.path, query: r.query, body: r.body })).not.toContain("TESTSECRET");
    }
  });

  it("rejects an api-timeout that is not a whole number of seconds", async () => {
    const run = await guard({ "api-timeout": "0.5s" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::input "api-timeout" must be a whole number of seconds, not "0\.5s"/);
    expect(gh.requests).toEqual([]);
    expectNoToken(run);
  });
});
