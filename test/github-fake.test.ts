import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./support/github/fake-github.ts";

const TOKEN = "ghs_fakeInstallationToken";

let fake: FakeGitHub | undefined;

async function start(init: FakeGitHubOptions = {}): Promise<{ fake: FakeGitHub; octokit: ReturnType<typeof getOctokit>; owner: string; repo: string }> {
  fake = await startFakeGitHub(init);
  const [owner, repo] = fake.repo.split("/") as [string, string];
  return { fake, octokit: getOctokit(TOKEN, { baseUrl: fake.url }), owner, repo };
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** octokit.request without the route's compile-time types: for requests that deliberately break the description. */
function untypedRequest(octokit: ReturnType<typeof getOctokit>, route: string, parameters: Record<string, unknown>): Promise<unknown> {
  return octokit.request(route, parameters);
}

/** What octokit throws for an HTTP error (a RequestError, named "HttpError"). */
async function httpError(promise: Promise<unknown>): Promise<{ name: string; status: number; message: string; response?: { data: unknown; headers: Record<string, string> } }> {
  try {
    await promise;
  } catch (error) {
    return error as Awaited<ReturnType<typeof httpError>>;
  }
  throw new Error("expected the request to fail");
}

describe("fake GitHub: issue comments", () => {
  it("creates, lists, updates and deletes comments as GitHub shapes them", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addPull({ number: 12, user: "alice" });

    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 12, body: "first" });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data).toMatchObject({
      body: "first",
      user: { login: "github-actions[bot]", id: 41898282, type: "Bot" },
      html_url: `https://github.com/${owner}/${repo}/pull/12#issuecomment-${created.data.id}`,
      issue_url: `${fake.url}/repos/${owner}/${repo}/issues/12`,
    });
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const second = await octokit.rest.issues.createComment({ owner, repo, issue_number: 12, body: "second" });
    expect(second.data.id).toBeGreaterThan(created.data.id);

    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: "first, edited" });
    expect(updated.data.body).toBe("first, edited");
    expect(Date.parse(updated.data.updated_at)).toBeGreaterThan(Date.parse(updated.data.created_at));

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 12 });
    expect(listed.data.map((c) => c.body)).toEqual(["first, edited", "second"]);

    const deleted = await octokit.rest.issues.deleteComment({ owner, repo, comment_id: second.data.id });
    expect(deleted.status).toBe(204);
    expect(fake.commentsOn(12).map((c) => c.body)).toEqual(["first, edited"]);
    expect(fake.requests.map((r) => r.operationId)).toEqual(["issues/create-comment", "issues/create-comment", "issues/update-comment", "issues/list-comments", "issues/delete-comment"]);
    expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it("answers 404 for a missing issue or comment and 422 for an empty or too long body, as GitHub does", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addIssue({ number: 3 });
    expect(await httpError(octokit.rest.issues.createComment({ owner, repo, issue_number: 99, body: "x" }))).toMatchObject({ status: 404 });
    expect(await httpError(octokit.rest.issues.updateComment({ owner, repo, comment_id: 1, body: "x" }))).toMatchObject({ status: 404 });
    expect(await httpError(octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: "" }))).toMatchObject({ status: 422 });
    const tooLong = await httpError(octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: "x".repeat(65_537) }));
    expect(tooLong).toMatchObject({ status: 422, response: { data: { errors: [{ message: "Body is too long (maximum is 65536 characters)" }] } } });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: "x".repeat(65_536) });
    expect(fake.violations).toEqual([]);
  });

  it("pages lists with per_page, page and a Link header that octokit.paginate follows", async () => {
    const { fake, octokit, owner, repo } = await start({ pageSize: 2 });
    fake.addPull({ number: 5 });
    for (let i = 1; i <= 5; i++) fake.addComment(5, { user: `user${i}`, body: `comment ${i}` });

    const first = await octokit.rest.issues.listComments({ owner, repo, issue_number: 5, per_page: 100 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toBe(
      `<${fake.url}/repos/${owner}/${repo}/issues/5/comments?per_page=100&page=2>; rel="next", <${fake.url}/repos/${owner}/${repo}/issues/5/comments?per_page=100&page=3>; rel="last"`,
    );
    const middle = await octokit.rest.issues.listComments({ owner, repo, issue_number: 5, page: 2 });
    expect(middle.headers.link).toContain('rel="prev"');
    expect(middle.headers.link).toContain('rel="first"');

    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 5, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(["comment 1", "comment 2", "comment 3", "comment 4", "comment 5"]);
    expect(fake.requestsFor("issues/list-comments").slice(2).map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(fake.violations).toEqual([]);
  });

  it("defaults to 30 a page and caps per_page at 100", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addIssue({ number: 1 });
    for (let i = 0; i < 130; i++) fake.addComment(1, { body: `c${i}` });
    expect((await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 })).data).toHaveLength(30);
    expect((await octokit.rest.issues.listComments({ owner, repo, issue_number: 1, per_page: 500 })).data).toHaveLength(100);
    expect(await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 1, per_page: 100 })).toHaveLength(130);
    expect(fake.violations).toEqual([]);
  });
});

describe("fake GitHub: pull requests and reviews", () => {
  it("lists reviews chronologically with REST states, commit ids and submitted_at; PENDING only for its author", async () => {
    const { fake, octokit, owner, repo } = await start({ pageSize: 2 });
    const pull = fake.addPull({ number: 8, user: "alice", requestedReviewers: ["bob", "carol"] });
    const firstSha = pull.head.sha;
    fake.addReview(8, { user: "bob", state: "changes_requested", body: "please fix" });
    const newSha = fake.pushToPull(8);
    fake.addReview(8, { user: "bob", state: "APPROVED" });
    fake.addReview(8, { user: "carol", state: "COMMENTED", body: "nit" });
    const stale = fake.addReview(8, { user: "dave", state: "APPROVED", commit_id: firstSha });
    fake.dismissReview(stale.id);
    fake.addReview(8, { user: "erin", state: "PENDING" });

    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: 8, per_page: 100 });
    expect(reviews.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
      ["bob", "CHANGES_REQUESTED", firstSha],
      ["bob", "APPROVED", newSha],
      ["carol", "COMMENTED", newSha],
      ["dave", "DISMISSED", firstSha],
    ]);
    expect(reviews.every((r) => typeof r.submitted_at === "string")).toBe(true);
    expect(reviews[0]!.body).toBe("please fix");
    expect(fake.requestsFor("pulls/list-reviews")).toHaveLength(2);

    // The author of a pending review sees it (without submitted_at).
    const erin = getOctokit("erin-token", { baseUrl: fake.url });
    fake.state.tokens["erin-token"] = "erin";
    const seenByErin = await erin.paginate(erin.rest.pulls.listReviews, { owner, repo, pull_number: 8, per_page: 100 });
    expect(seenByErin).toHaveLength(5);
    expect(seenByErin.at(-1)).toMatchObject({ state: "PENDING", user: { login: "erin" } });
    expect(seenByErin.at(-1)).not.toHaveProperty("submitted_at");

    // Submitted reviews cleared their reviewers' requests.
    const requested = await octokit.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 8 });
    expect(requested.data).toEqual({ users: [], teams: [] });
    expect(fake.violations).toEqual([]);
  });

  it("dismisses stale approvals on push only when asked, never changes requested", async () => {
    const { fake } = await start();
    fake.addPull({ number: 1, user: "alice" });
    fake.addReview(1, { user: "bob", state: "APPROVED" });
    fake.addReview(1, { user: "carol", state: "CHANGES_REQUESTED" });
    fake.pushToPull(1);
    expect(fake.reviewsOn(1).map((r) => r.state)).toEqual(["APPROVED", "CHANGES_REQUESTED"]);
    fake.pushToPull(1, "a".repeat(40), { dismissStaleApprovals: true });
    expect(fake.reviewsOn(1).map((r) => r.state)).toEqual(["DISMISSED", "CHANGES_REQUESTED"]);
    expect(() => fake.addReview(1, { user: "alice", state: "APPROVED" })).toThrow(/own pull request/);
  });

  it("gets, lists (state/head/base filters) and creates pull requests", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addPull({ number: 1, head: "one", user: "alice", labels: ["bug"] });
    fake.addPull({ number: 2, head: "two", base: "release" });
    fake.addPull({ number: 3, head: "three", state: "closed" });
    fake.addPull({ number: 4, head: "patch-1", fork: "mallory" });

    const one = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(one.data).toMatchObject({ number: 1, state: "open", merged: false, user: { login: "alice" }, head: { ref: "one", label: `${owner}:one` }, base: { ref: "main" } });
    expect(one.data.labels.map((l) => l.name)).toEqual(["bug"]);
    expect(one.data.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await httpError(octokit.rest.pulls.get({ owner, repo, pull_number: 404 }))).toMatchObject({ status: 404 });

    const open = await octokit.rest.pulls.list({ owner, repo });
    expect(open.data.map((p) => p.number)).toEqual([4, 2, 1]); // newest first
    expect((await octokit.rest.pulls.list({ owner, repo, state: "all", direction: "asc" })).data.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect((await octokit.rest.pulls.list({ owner, repo, base: "release" })).data.map((p) => p.number)).toEqual([2]);
    expect((await octokit.rest.pulls.list({ owner, repo, head: `${owner}:one` })).data.map((p) => p.number)).toEqual([1]);
    const fork = (await octokit.rest.pulls.list({ owner, repo, head: "mallory:patch-1" })).data;
    expect(fork.map((p) => [p.number, p.head.repo?.full_name, p.head.repo?.fork])).toEqual([[4, `mallory/${repo}`, true]]);
    // A head filter without "owner:" is silently ignored by GitHub: the fake does the same and warns.
    expect((await octokit.rest.pulls.list({ owner, repo, head: "one" })).data).toHaveLength(3);
    expect(fake.warnings).toHaveLength(1);

    expect(await httpError(octokit.rest.pulls.create({ owner, repo, head: "no-such-branch", base: "main", title: "x" }))).toMatchObject({ status: 422 });
    const sha = fake.addBranch("mova/update", "b".repeat(40));
    const created = await octokit.rest.pulls.create({ owner, repo, head: "mova/update", base: "main", title: "Update registry", body: "Generated." });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 5, title: "Update registry", body: "Generated.", user: { login: "github-actions[bot]" }, head: { ref: "mova/update", sha } });
    const again = await httpError(octokit.rest.pulls.create({ owner, repo, head: `${owner}:mova/update`, base: "main", title: "again" }));
    expect(again).toMatchObject({ status: 422, response: { data: { errors: [{ message: `A pull request already exists for ${owner}:mova/update.` }] } } });
    expect(fake.violations).toEqual([]);
  });

  it("requests reviewers, lists team members and reports collaborator permissions", async () => {
    const { fake, octokit, owner, repo } = await start({ pageSize: 2 });
    fake.addPull({ number: 1, user: "alice" });
    fake.addTeam(owner, "reviewers", ["bob", { login: "carol", role: "maintainer" }, "dave"]);
    fake.addCollaborator("erin", "maintain");
    fake.addUser("stranger");

    const requested = await octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ["bob", "erin"], team_reviewers: ["reviewers"] });
    expect(requested.status).toBe(201);
    expect(requested.data.requested_reviewers?.map((u) => u.login)).toEqual(["bob", "erin"]);
    expect(requested.data.requested_teams?.map((t) => t.slug)).toEqual(["reviewers"]);
    const listed = await octokit.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 1 });
    expect(listed.data.users.map((u) => u.login)).toEqual(["bob", "erin"]);
    expect(listed.data.teams.map((t) => t.slug)).toEqual(["reviewers"]);
    expect(await httpError(octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ["alice"] }))).toMatchObject({ status: 422, message: expect.stringContaining("pull request author") });
    expect(await httpError(octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ["stranger"] }))).toMatchObject({ status: 422, message: expect.stringContaining("collaborators") });

    const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org: owner, team_slug: "reviewers", per_page: 100 });
    expect(members.map((m) => m.login)).toEqual(["bob", "carol", "dave"]);
    expect((await octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: "reviewers", role: "maintainer" })).data.map((m) => m.login)).toEqual(["carol"]);
    expect(await httpError(octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: "nobody" }))).toMatchObject({ status: 404 });

    const erin = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: "erin" });
    expect(erin.data).toMatchObject({ permission: "write", role_name: "maintain", user: { login: "erin", permissions: { push: true, admin: false } } });
    expect((await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: owner })).data.permission).toBe("admin");
    expect((await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: "stranger" })).data.permission).toBe("read");
    expect(await httpError(octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: "ghost-who-never-existed" }))).toMatchObject({ status: 404 });
    expect(fake.violations).toEqual([]);
  });

  it("adds labels to a pull request", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addPull({ number: 1, labels: ["existing"] });
    const res = await octokit.rest.issues.addLabels({ owner, repo, issue_number: 1, labels: ["mova:breaking", "existing"] });
    expect(res.data.map((l) => l.name)).toEqual(["existing", "mova:breaking"]);
    expect(fake.state.pulls[0]!.labels).toEqual(["existing", "mova:breaking"]);
    expect(fake.violations).toEqual([]);
  });
});

describe("fake GitHub: failure modes and checks against the description", () => {
  it("answers writes with 403 'Resource not accessible by integration' in read-only mode, reads still work", async () => {
    const { fake, octokit, owner, repo } = await start({ readOnly: true });
    fake.addPull({ number: 1 });
    const error = await httpError(octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: "hello" }));
    expect(error).toMatchObject({ name: "HttpError", status: 403, message: expect.stringContaining("Resource not accessible by integration") });
    expect(error.response?.data).toMatchObject({ message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment" });
    expect(error.response?.headers["x-accepted-github-permissions"]).toBe("issues=write; pull_requests=write");
    expect(fake.commentsOn(1)).toEqual([]);
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })).status).toBe(200);

    fake.readOnly = false;
    expect((await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: "hello" })).status).toBe(201);
    expect(fake.violations).toEqual([]);
  });

  it("records a request to an undocumented route as a violation and answers 404", async () => {
    const { fake, octokit, owner, repo } = await start();
    expect(await httpError(octokit.request("GET /repos/{owner}/{repo}/registry-status", { owner, repo }))).toMatchObject({ status: 404, message: expect.stringContaining("Not Found") });
    expect(await httpError(octokit.request("PUT /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: 1 }))).toMatchObject({ status: 404 });
    expect(fake.violations).toEqual([
      `GET /repos/${owner}/${repo}/registry-status: no operation of the description matches this path`,
      `PUT /repos/${owner}/${repo}/issues/1/comments: the description documents no PUT for this path`,
    ]);
  });

  it("records a documented operation the fake does not implement", async () => {
    const { fake, octokit, owner, repo } = await start();
    expect(await httpError(octokit.rest.repos.get({ owner, repo }))).toMatchObject({ status: 404 });
    expect(fake.violations).toEqual([`GET /repos/${owner}/${repo}: repos/get is documented but the fake does not implement it`]);
  });

  it("records a request body that breaks the operation's schema and answers 422", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addPull({ number: 1 });
    const error = await httpError(untypedRequest(octokit, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: 1, body: 42 }));
    expect(error).toMatchObject({ status: 422 });
    expect(await httpError(untypedRequest(octokit, "POST /repos/{owner}/{repo}/pulls", { owner, repo, title: "no head or base" }))).toMatchObject({ status: 422 });
    expect(fake.violations).toEqual([
      `POST /repos/${owner}/${repo}/issues/1/comments: request body breaks the schema of issues/create-comment: /body must be string`,
      `POST /repos/${owner}/${repo}/pulls: request body breaks the schema of pulls/create: / must have required property 'head'`,
      `POST /repos/${owner}/${repo}/pulls: request body breaks the schema of pulls/create: / must have required property 'base'`,
    ]);
    expect(fake.commentsOn(1)).toEqual([]);
  });

  it("records undeclared or ill-typed query and path parameters", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addPull({ number: 1 });
    await untypedRequest(octokit, "GET /repos/{owner}/{repo}/pulls", { owner, repo, state: "merged", label: "x" });
    expect(await httpError(untypedRequest(octokit, "GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner, repo, pull_number: "one" }))).toMatchObject({ status: 404 });
    expect(fake.violations).toEqual([
      `GET /repos/${owner}/${repo}/pulls: query parameter state="merged": / must be equal to one of the allowed values (["open","closed","all"])`,
      `GET /repos/${owner}/${repo}/pulls: query parameter label is not declared by pulls/list`,
      `GET /repos/${owner}/${repo}/pulls/one: path parameter pull_number="one": / must be integer`,
    ]);
  });

  it("checks its own responses against the documented schema", async () => {
    const { fake, octokit, owner, repo } = await start();
    fake.addPull({ number: 1 });
    fake.addComment(1, { body: "hi" }).created_at = "yesterday";
    await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(fake.violations).toEqual([`GET /repos/${owner}/${repo}/issues/1/comments: response 200 of issues/list-comments breaks its documented schema: /0/created_at must match format "date-time"`]);
  });

  it("records requests without a token or a User-Agent", async () => {
    const { fake, owner, repo } = await start();
    fake.addPull({ number: 1 });
    const anonymous = await fetch(`${fake.url}/repos/${owner}/${repo}/pulls/1`, { headers: { "user-agent": "curl/8" } });
    expect(anonymous.status).toBe(200);
    const anonymousWrite = await fetch(`${fake.url}/repos/${owner}/${repo}/issues/1/comments`, { method: "POST", headers: { "user-agent": "curl/8" }, body: JSON.stringify({ body: "x" }) });
    expect(anonymousWrite.status).toBe(401);
    const noAgent = await fetch(`${fake.url}/repos/${owner}/${repo}/pulls/1`, { headers: { authorization: `token ${TOKEN}`, "user-agent": "" } });
    expect(noAgent.status).toBe(403);
    expect(fake.violations).toEqual([
      `GET /repos/${owner}/${repo}/pulls/1: no Authorization header (the action must always send its token)`,
      `POST /repos/${owner}/${repo}/issues/1/comments: no Authorization header (the action must always send its token)`,
      `GET /repos/${owner}/${repo}/pulls/1: no User-Agent header (GitHub rejects such requests with 403)`,
    ]);
  });
});

describe("fake GitHub behind @octokit/plugin-retry and @octokit/plugin-throttling", () => {
  async function startWithPlugins(init: FakeGitHubOptions = {}) {
    fake = await startFakeGitHub(init);
    const [owner, repo] = fake.repo.split("/") as [string, string];
    const limits: string[] = [];
    const octokit = getOctokit(
      TOKEN,
      {
        baseUrl: fake.url,
        retry: { retryAfterBaseValue: 1 },
        throttle: {
          retryAfterBaseValue: 1,
          onRateLimit: (retryAfter: number) => {
            limits.push(`rate ${retryAfter}`);
            return true;
          },
          onSecondaryRateLimit: (retryAfter: number) => {
            limits.push(`secondary ${retryAfter}`);
            return true;
          },
        },
      },
      retry,
      throttling,
    );
    return { fake, octokit, owner, repo, limits };
  }

  it("retries a transient 502 and a secondary rate limit, but not the read-only 403", async () => {
    const { fake, octokit, owner, repo, limits } = await startWithPlugins({ readOnly: true });
    fake.addPull({ number: 1 });
    fake.addComment(1, { body: "existing" });

    fake.failNext({ operationId: "issues/list-comments" }, { status: 502, body: { message: "Server Error", documentation_url: "https://docs.github.com/rest" } });
    const listed = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 1, per_page: 100 });
    expect(listed.map((c) => c.body)).toEqual(["existing"]);
    expect(fake.requestsFor("issues/list-comments").map((r) => r.status)).toEqual([502, 200]);

    fake.failNext(
      { method: "GET", path: `/repos/${owner}/${repo}/pulls/1` },
      { status: 403, body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits" }, headers: { "retry-after": "1" } },
    );
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })).data.number).toBe(1);
    expect(limits).toEqual(["secondary 1"]);
    expect(fake.requestsFor("pulls/get").map((r) => r.status)).toEqual([403, 200]);

    const error = await httpError(octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: "hello" }));
    expect(error).toMatchObject({ name: "HttpError", status: 403, message: expect.stringContaining("Resource not accessible by integration") });
    expect(fake.requestsFor("issues/create-comment")).toHaveLength(1);
    expect(limits).toEqual(["secondary 1"]);
    expect(fake.violations).toEqual([]);
  });
});
