/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for driving the action's
 * real Octokit client (`getOctokit(token, { baseUrl: fake.url })`).
 *
 * Every request is matched against GitHub's published OpenAPI description:
 * unknown routes, undeclared or ill-typed parameters, request bodies that break
 * the documented schema, and response bodies of the fake's own that break it,
 * all land in `violations` (tests assert it stays empty). State lives in plain
 * records (`state`) that tests arrange with the helpers below or inspect.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { loadDescription, type Operation } from "./openapi.ts";
import {
  emptyState,
  fakeSha,
  GITHUB_ACTIONS_BOT,
  splitRepo,
  Store,
  type FakeComment,
  type FakeIssue,
  type FakePull,
  type FakeReview,
  type FakeState,
  type FakeTeam,
  type FakeTeamMember,
  type FakeUser,
  type RepoRole,
  type ReviewState,
} from "./state.ts";

export type * from "./state.ts";
export { fakeSha, nodeId } from "./state.ts";

export interface RecordedRequest {
  method: string;
  /** The path as requested, without the query, e.g. "/repos/o/r/issues/1/comments". */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when there is none. */
  body: unknown;
  /** The documented operation the request matched, e.g. "issues/create-comment". */
  operationId?: string;
  /** The status the fake answered. */
  status: number;
  /** Set when an injected fault delayed the answer or cut the connection. */
  fault?: { delayMs?: number; drop?: "before-response" | "mid-body" };
  /** The Authorization header as sent ("token ghs_..."), if any. */
  authorization?: string;
  /** The login the request acted as (from `tokens`, else `tokenUser`). */
  actor?: string;
  /** Request headers, lower-cased names. */
  headers: Record<string, string>;
}

/** Which requests an injected response applies to; every given field must match. */
export interface RequestMatcher {
  method?: string;
  /** Exact path, or a pattern tested against the path. */
  path?: string | RegExp;
  operationId?: string;
}

/**
 * What the fake does instead of (or to) its own answer. With `status`, that
 * answer (an error body must have GitHub's documented shape, {message,
 * documentation_url}: see `githubError`); without, the fake's own answer,
 * delayed or cut off (the request still takes effect, as it may on GitHub). `delayMs` waits before answering (a slow GitHub);
 * `drop` destroys the connection, before any answer or after the headers and
 * half the body.
 */
export interface InjectedResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  drop?: "before-response" | "mid-body";
}

/** GitHub's error body: {message, documentation_url} (the "basic-error" schema), plus the status as a string, as GitHub now sends it. */
export function githubError(status: number, message: string, documentationUrl = "https://docs.github.com/rest"): InjectedResponse & { status: number } {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } };
}

/** GitHub's secondary rate limit, as documented: 403 or 429, its message, and a Retry-After header in seconds. */
export function secondaryRateLimit(status: 403 | 429 = 403, retryAfterSeconds = 1): InjectedResponse & { status: number } {
  return {
    ...githubError(status, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.", "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"),
    headers: { "retry-after": String(retryAfterSeconds) },
  };
}

/** GitHub's primary rate limit: 403 with x-ratelimit-remaining 0 and the reset time. */
export function primaryRateLimit(resetInSeconds: number, status: 403 | 429 = 403): InjectedResponse & { status: number } {
  return {
    ...githubError(status, "API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID FAKE.", "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit"),
    headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + resetInSeconds) },
  };
}

/** A pull request or issue: a number in the default repository, or both named. */
export type IssueRef = number | { repo: string; number: number };

export interface PullInit {
  repo?: string;
  number?: number;
  title?: string;
  body?: string | null;
  /** Author login (default "octocat"). */
  user?: string;
  /** Head branch name (default `feature-<number>`). */
  head?: string;
  headSha?: string;
  /** Base branch name (default: the repository's default branch, "main"). */
  base?: string;
  baseSha?: string;
  /** Login that owns the fork the head branch lives in; omitted = same repository. */
  fork?: string;
  state?: "open" | "closed";
  draft?: boolean;
  merged?: boolean;
  labels?: string[];
  requestedReviewers?: string[];
  requestedTeams?: string[];
}

export interface ReviewInit {
  user: string;
  /** REST states are uppercase; lowercase (as webhooks spell them) is accepted and normalized. */
  state: ReviewState | Lowercase<ReviewState>;
  /** Default: the pull request's current head sha. */
  commit_id?: string | null;
  body?: string;
  /** Default: now (absent for PENDING). */
  submitted_at?: string;
}

export interface FakeGitHub {
  /** Base URL to pass as `baseUrl`, e.g. http://127.0.0.1:PORT (no trailing slash). */
  readonly url: string;
  /** Every request, in order. */
  readonly requests: RecordedRequest[];
  /** Every way a request or a response broke GitHub's published description (plus calls to operations the fake lacks). */
  readonly violations: string[];
  /** Legal but suspicious uses GitHub silently tolerates (e.g. a `head` filter without "owner:"). */
  readonly warnings: string[];
  /** The in-memory data; mutate freely. */
  readonly state: FakeState;
  /** When true, every write answers 403 "Resource not accessible by integration" (fork PR / Dependabot token). */
  readOnly: boolean;
  /** The default repository, "owner/name". */
  readonly repo: string;
  /** The description's version (of @octokit/openapi). */
  readonly descriptionVersion: string;

  addUser(login: string, init?: Partial<Omit<FakeUser, "login" | "id">>): FakeUser;
  /** Gives a user a role on a repository (default role "write", default repository). */
  addCollaborator(login: string, role?: RepoRole, repo?: string): void;
  /** Creates (or replaces the members of) team `org/slug`; members are logins or {login, role}. */
  addTeam(org: string, slug: string, members: (string | FakeTeamMember)[], init?: Partial<Pick<FakeTeam, "name" | "description" | "privacy">>): FakeTeam;
  /** Creates or moves a branch; returns its sha. Creating a PR through the API needs its head branch to exist. */
  addBranch(ref: string, sha?: string, repo?: string): string;
  addIssue(init?: { repo?: string; number?: number; title?: string; body?: string | null; user?: string; labels?: string[] }): FakeIssue;
  addPull(init?: PullInit): FakePull;
  /** A new head commit on the pull request; with dismissStaleApprovals, APPROVED reviews become DISMISSED as GitHub does then. */
  pushToPull(pull: IssueRef, sha?: string, options?: { dismissStaleApprovals?: boolean }): string;
  addComment(issue: IssueRef, init: { body: string; user?: string }): FakeComment;
  /** Appends a review (reviews list chronologically, in the order added); a submitted review clears the reviewer's request. */
  addReview(pull: IssueRef, init: ReviewInit): FakeReview;
  dismissReview(reviewId: number): FakeReview;
  commentsOn(issue: IssueRef): FakeComment[];
  reviewsOn(pull: IssueRef): FakeReview[];
  /** Answers the next `times` matching requests with this response instead (after validating the request). */
  failNext(match: RequestMatcher, response: InjectedResponse, times?: number): void;
  requestsFor(operationId: string): RecordedRequest[];
  close(): Promise<void>;
}

export interface FakeGitHubOptions extends Partial<FakeState> {
  /**
   * A JSON-lines file a git post-receive hook appends to ({ref, before, after, actor, forced, timestamp}
   * per pushed ref; see git-remote.ts): the fake then knows the branches pushed to a real bare
   * repository, moves pull request heads with them, and reports them as repository activity.
   */
  pushLog?: string;
  /** The bare repository those pushes go to: pulls/list-files diffs it. */
  gitDir?: string;
  readOnly?: boolean;
  /** The most items any list page holds (GitHub: 100); small values exercise pagination. */
  pageSize?: number;
}

// ---------------------------------------------------------------------------

const GITHUB_PAGE_MAX = 100;
const GITHUB_PAGE_DEFAULT = 30;
/** GitHub's limit on comment and pull request bodies. */
const BODY_MAX_CHARS = 65_536;
const API_VERSIONS = new Set(["2022-11-28", "2026-03-10"]);
const RATE_LIMIT = 5000;

/** What `x-accepted-github-permissions` names on a 403 for a write. */
const WRITE_PERMISSIONS: Record<string, string> = {
  "issues/create-comment": "issues=write; pull_requests=write",
  "issues/update-comment": "issues=write; pull_requests=write",
  "issues/delete-comment": "issues=write; pull_requests=write",
  "issues/add-labels": "issues=write; pull_requests=write",
  "pulls/create": "pull_requests=write",
  "pulls/request-reviewers": "pull_requests=write",
};

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  op: Operation;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  actor: string;
  /** "owner/repo" when the path has both. */
  repo: string;
  requestUrl: URL;
}

class ApiError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

const notFound = (): ApiError => new ApiError(404, "Not Found");
const validationFailed = (errors: Record<string, unknown>[]): ApiError => new ApiError(422, "Validation Failed", { errors });

function charCount(s: string): number {
  return [...s].length;
}

function checkBody(resource: string, body: unknown, allowEmpty: boolean): string {
  const text = typeof body === "string" ? body : "";
  if (!allowEmpty && text.trim() === "") throw validationFailed([{ resource, code: "missing_field", field: "body" }]);
  if (charCount(text) > BODY_MAX_CHARS) throw validationFailed([{ resource, code: "unprocessable", field: "data", message: `Body is too long (maximum is ${BODY_MAX_CHARS} characters)` }]);
  return text;
}

export async function startFakeGitHub(init: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const description = loadDescription();
  const { readOnly = false, pageSize = GITHUB_PAGE_MAX, pushLog, gitDir, ...stateInit } = init;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const state: FakeState = { ...emptyState(), ...stateInit };

  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const warnings: string[] = [];
  const injected: { match: RequestMatcher; response: InjectedResponse; times: number }[] = [];
  let rateUsed = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      violations.push(`fake-github crashed on ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ message: "fake-github internal error" }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = new Store(state, url);

  // ---- request pipeline ----

  // ---- pushes to a real bare repository, seen through its post-receive hook ----

  interface Push {
    ref: string;
    before: string;
    after: string;
    actor: string;
    forced: boolean;
    timestamp: string;
  }
  const pushes: Push[] = [];
  let pushLogRead = 0;
  const ZERO = /^0+$/;
  function syncPushes(): void {
    if (!pushLog || !existsSync(pushLog)) return;
    const lines = readFileSync(pushLog, "utf8").split("\n").filter(Boolean);
    for (const line of lines.slice(pushLogRead)) {
      const p = JSON.parse(line) as Push;
      pushes.push(p);
      const branch = p.ref.replace(/^refs\/heads\//, "");
      if (ZERO.test(p.after)) {
        state.branches = state.branches.filter((b) => !(b.repo === state.defaultRepo && b.ref === branch));
        continue;
      }
      fake.addBranch(branch, p.after, state.defaultRepo);
      for (const pull of state.pulls) if (pull.head.repo === state.defaultRepo && pull.head.ref === branch && pull.state === "open") pull.head.sha = p.after;
    }
    pushLogRead = lines.length;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    syncPushes();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const method = (req.method ?? "GET").toUpperCase();
    const requestUrl = new URL(req.url ?? "/", url);
    const query: Record<string, string> = {};
    for (const [k, v] of requestUrl.searchParams) query[k] = v;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(", ") : v;

    let body: unknown;
    let bodyIsJson = true;
    if (rawBody !== "") {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
        bodyIsJson = false;
      }
    }
    const record: RecordedRequest = { method, path: requestUrl.pathname, query, body, status: 0, headers };
    if (headers.authorization !== undefined) record.authorization = headers.authorization;
    requests.push(record);
    const where = `${method} ${requestUrl.pathname}`;
    const violate = (msg: string): void => void violations.push(`${where}: ${msg}`);

    let fault: InjectedResponse | undefined;
    const send = (reply: Reply, op?: Operation, validate = true): void => {
      record.status = reply.status;
      if (op && validate) {
        const problems = description.validateResponse(op, reply.status, reply.body);
        if (problems === "undocumented") {
          if (reply.status < 400) violate(`the fake answered ${reply.status}, which ${op.operationId} does not document`);
          else for (const p of description.validateComponent("basic-error", reply.body)) violate(`error response ${reply.status}: ${p}`);
        } else for (const p of problems) violate(`response ${reply.status} of ${op.operationId} breaks its documented schema: ${p}`);
      }
      rateUsed++;
      const out: Record<string, string> = {
        "x-github-api-version-selected": headers["x-github-api-version"] ?? "2022-11-28",
        "x-github-media-type": "github.v3; format=json",
        "x-github-request-id": `FAKE:${requests.length}`,
        "x-ratelimit-limit": String(RATE_LIMIT),
        "x-ratelimit-remaining": String(Math.max(RATE_LIMIT - rateUsed, 0)),
        "x-ratelimit-used": String(rateUsed),
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
        "x-ratelimit-resource": "core",
        ...reply.headers,
      };
      const deliver = (): void => {
        // The client gave up waiting (a timeout): there is no one to answer.
        if (res.destroyed || req.socket.destroyed) return;
        if (fault?.drop === "before-response") {
          record.status = 0;
          req.socket.destroy();
          return;
        }
        const text = reply.body === undefined ? undefined : JSON.stringify(reply.body);
        if (fault?.drop === "mid-body") {
          const bytes = Buffer.from(text ?? "", "utf8");
          res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...out, "content-length": String(bytes.length) });
          res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => setTimeout(() => req.socket.destroy(), 20));
          return;
        }
        if (text === undefined) {
          res.writeHead(reply.status, out);
          res.end();
        } else {
          res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...out });
          res.end(text);
        }
      };
      if (fault?.delayMs) setTimeout(deliver, fault.delayMs).unref();
      else deliver();
    };
    const errorReply = (status: number, message: string, docs: string, extra: Record<string, unknown> = {}, replyHeaders: Record<string, string> = {}): Reply => ({
      status,
      body: { message, ...extra, documentation_url: docs, status: String(status) },
      headers: replyHeaders,
    });

    // Headers GitHub insists on.
    if (!headers["user-agent"]) {
      violate("no User-Agent header (GitHub rejects such requests with 403)");
      return send(errorReply(403, "Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).", "https://docs.github.com/rest"));
    }
    const apiVersion = headers["x-github-api-version"];
    if (apiVersion !== undefined && !API_VERSIONS.has(apiVersion)) {
      violate(`unsupported X-GitHub-Api-Version ${apiVersion}`);
      return send(errorReply(400, `API version ${apiVersion} is not supported.`, "https://docs.github.com/rest/about-the-rest-api/api-versions"));
    }
    const isWrite = method !== "GET" && method !== "HEAD";
    const auth = headers.authorization;
    const token = auth ? /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1] : undefined;
    if (auth === undefined) {
      violate("no Authorization header (the action must always send its token)");
      if (isWrite) return send(errorReply(401, "Requires authentication", "https://docs.github.com/rest"));
    } else if (token === undefined) {
      violate(`Authorization header is neither "token ..." nor "Bearer ...": ${auth.replace(/\s+\S+$/, " ***")}`);
      return send(errorReply(401, "Bad credentials", "https://docs.github.com/rest"));
    }
    const actor = token !== undefined ? (state.tokens[token] ?? state.tokenUser) : state.tokenUser;
    record.actor = actor;

    // Routing against the description.
    const match = description.match(method, requestUrl.pathname);
    if (!match) {
      violate(description.hasPath(requestUrl.pathname) ? `the description documents no ${method} for this path` : "no operation of the description matches this path");
      return send(errorReply(404, "Not Found", "https://docs.github.com/rest"));
    }
    const { operation: op, params } = match;
    record.operationId = op.operationId;

    for (const p of op.parameters.filter((x) => x.in === "path")) {
      const problems = description.validateParameter(op, p, params[p.name] ?? "");
      if (problems.length > 0) {
        violate(`path parameter ${p.name}=${JSON.stringify(params[p.name])}: ${problems.join("; ")}`);
        return send(errorReply(404, "Not Found", op.docsUrl), op);
      }
    }
    const declared = new Map(op.parameters.filter((x) => x.in === "query").map((x) => [x.name, x]));
    for (const [name, value] of Object.entries(query)) {
      const p = declared.get(name);
      if (!p) violate(`query parameter ${name} is not declared by ${op.operationId}`);
      else for (const problem of description.validateParameter(op, p, value)) violate(`query parameter ${name}=${JSON.stringify(value)}: ${problem}`);
    }
    for (const p of declared.values()) if (p.required && !(p.name in query)) violate(`required query parameter ${p.name} is missing`);

    if (rawBody !== "") {
      if (!op.requestBody) violate(`${op.operationId} takes no request body, but one was sent`);
      else if (!bodyIsJson) {
        violate("the request body is not JSON");
        return send(errorReply(400, "Problems parsing JSON", op.docsUrl), op, false);
      } else {
        const problems = description.validateRequestBody(op, body);
        if (problems.length > 0) {
          for (const p of problems) violate(`request body breaks the schema of ${op.operationId}: ${p}`);
          return send(errorReply(422, `Invalid request.\n\n${problems.join("\n")}`, op.docsUrl), op, false);
        }
      }
    } else if (op.requestBody?.required) {
      violate(`${op.operationId} requires a request body`);
      return send(errorReply(400, "Problems parsing JSON", op.docsUrl), op, false);
    }

    // Injected failures answer after the request itself was checked.
    const injection = injected.find(
      (i) =>
        i.times > 0 &&
        (i.match.method === undefined || i.match.method.toUpperCase() === method) &&
        (i.match.operationId === undefined || i.match.operationId === op.operationId) &&
        (i.match.path === undefined || (typeof i.match.path === "string" ? i.match.path === requestUrl.pathname : i.match.path.test(requestUrl.pathname))),
    );
    if (injection) {
      injection.times--;
      const { status, body: injectedBody, headers: injectedHeaders, delayMs, drop } = injection.response;
      if (delayMs !== undefined || drop !== undefined) {
        fault = injection.response;
        record.fault = { ...(delayMs !== undefined ? { delayMs } : {}), ...(drop !== undefined ? { drop } : {}) };
      }
      if (status !== undefined) {
        // An injected error must look like GitHub's, or a test proves nothing about the real thing.
        if (status >= 400) for (const p of description.validateComponent("basic-error", injectedBody)) violate(`injected error response ${status}: ${p}`);
        if (status >= 400 && (typeof (injectedBody as { message?: unknown })?.message !== "string" || typeof (injectedBody as { documentation_url?: unknown })?.documentation_url !== "string")) {
          violate(`injected error response ${status} lacks GitHub's {message, documentation_url}`);
        }
        return send({ status, body: injectedBody, headers: injectedHeaders ?? {} }, op, false);
      }
    }

    if (isWrite && fake.readOnly) {
      return send(
        errorReply(403, "Resource not accessible by integration", op.docsUrl, {}, WRITE_PERMISSIONS[op.operationId] ? { "x-accepted-github-permissions": WRITE_PERMISSIONS[op.operationId]! } : {}),
        op,
      );
    }

    const handler = handlers[op.operationId];
    if (!handler) {
      violate(`${op.operationId} is documented but the fake does not implement it`);
      return send(errorReply(404, "Not Found", op.docsUrl), op, false);
    }
    const repo = params.owner !== undefined && params.repo !== undefined ? `${params.owner}/${params.repo}` : "";
    try {
      send(handler({ op, params, query, body, actor, repo, requestUrl }), op);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      send(errorReply(error.status, error.message, op.docsUrl, error.extra), op);
    }
  }

  // ---- pagination ----

  function page<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
    const requested = Number(ctx.query.per_page);
    const perPage = Math.min(Number.isInteger(requested) && requested >= 1 ? Math.min(requested, GITHUB_PAGE_MAX) : GITHUB_PAGE_DEFAULT, pageSize);
    const pageNo = Number.isInteger(Number(ctx.query.page)) && Number(ctx.query.page) >= 1 ? Number(ctx.query.page) : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number): string => {
      const u = new URL(ctx.requestUrl.pathname, url);
      for (const [k, v] of Object.entries(ctx.query)) if (k !== "page") u.searchParams.set(k, v);
      u.searchParams.set("page", String(n));
      return `<${u.href}>`;
    };
    const rels: string[] = [];
    if (pageNo > 1) rels.push(`${link(Math.min(pageNo - 1, last))}; rel="prev"`);
    if (pageNo < last) rels.push(`${link(pageNo + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (pageNo > 1) rels.push(`${link(1)}; rel="first"`);
    return { items: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers: rels.length > 0 ? { link: rels.join(", ") } : {} };
  }

  // ---- lookups shared by handlers ----

  const num = (s: string | undefined): number => Number(s);
  const issueOr404 = (ctx: Ctx): FakeIssue | FakePull => store.findIssueOrPull(ctx.repo, num(ctx.params.issue_number)) ?? throwIt(notFound());
  const pullOr404 = (ctx: Ctx): FakePull => store.findPull(ctx.repo, num(ctx.params.pull_number)) ?? throwIt(notFound());
  const commentOr404 = (ctx: Ctx): FakeComment => state.comments.find((c) => c.repo === ctx.repo && c.id === num(ctx.params.comment_id)) ?? throwIt(notFound());
  const visibleReviews = (repo: string, number: number, viewer: string): FakeReview[] =>
    state.reviews.filter((r) => r.repo === repo && r.pull_number === number && (r.state !== "PENDING" || r.user.toLowerCase() === viewer.toLowerCase())).sort((a, b) => a.id - b.id);
  const branchSha = (repo: string, ref: string): string | undefined => state.branches.find((b) => b.repo === repo && b.ref === ref)?.sha;

  // ---- handlers, by operationId ----

  const handlers: Record<string, (ctx: Ctx) => Reply> = {
    "pulls/list-files": (ctx) => {
      const pull = pullOr404(ctx);
      if (!gitDir) throw new Error("fake-github: pulls/list-files needs the gitDir option");
      // The bare repository is the truth about branches; the fake's own shas may predate its pushes.
      const baseRef = `refs/heads/${pull.base.ref}`;
      const headRef = `refs/heads/${pull.head.ref}`;
      const out = execFileSync("git", ["diff", "--numstat", "--no-renames", `${baseRef}...${headRef}`], { cwd: gitDir, encoding: "utf8" });
      const files = out
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [add, del, filename] = line.split("\t") as [string, string, string];
          const exists = (sha: string) => {
            try {
              execFileSync("git", ["cat-file", "-e", `${sha}:${filename}`], { cwd: gitDir, stdio: "ignore" });
              return true;
            } catch {
              return false;
            }
          };
          const status = !exists(baseRef) ? "added" : !exists(headRef) ? "removed" : "modified";
          const base = `https://github.com/${ctx.repo}`;
          return {
            sha: fakeSha(`${pull.head.sha}:${filename}`),
            filename,
            status,
            additions: Number(add) || 0,
            deletions: Number(del) || 0,
            changes: (Number(add) || 0) + (Number(del) || 0),
            blob_url: `${base}/blob/${pull.head.sha}/${filename}`,
            raw_url: `${base}/raw/${pull.head.sha}/${filename}`,
            contents_url: `${url}/repos/${ctx.repo}/contents/${filename}?ref=${pull.head.sha}`,
          };
        });
      const p = page(ctx, files);
      return { status: 200, body: p.items, headers: p.headers };
    },
    "repos/list-activities": (ctx) => {
      const ref = ctx.query.ref ? (ctx.query.ref.startsWith("refs/") ? ctx.query.ref : `refs/heads/${ctx.query.ref}`) : undefined;
      const all = pushes
        .map((p, i) => ({
          id: i + 1,
          node_id: `A_${i + 1}`,
          before: p.before,
          after: p.after,
          ref: p.ref,
          timestamp: p.timestamp,
          activity_type: ZERO.test(p.before) ? "branch_creation" : ZERO.test(p.after) ? "branch_deletion" : p.forced ? "force_push" : "push",
          actor: store.userJson(p.actor),
        }))
        .filter((a) => (!ref || a.ref === ref) && (!ctx.query.actor || a.actor.login === ctx.query.actor) && (!ctx.query.activity_type || a.activity_type === ctx.query.activity_type));
      if (ctx.query.direction !== "asc") all.reverse();
      const p = page(ctx, all);
      return { status: 200, body: p.items, headers: p.headers };
    },
    "issues/list-comments": (ctx) => {
      const issue = issueOr404(ctx);
      const since = ctx.query.since ? Date.parse(ctx.query.since) : Number.NaN;
      const all = state.comments
        .filter((c) => c.repo === ctx.repo && c.issue_number === issue.number && (Number.isNaN(since) || Date.parse(c.updated_at) >= since))
        .sort((a, b) => a.id - b.id);
      const p = page(ctx, all);
      return { status: 200, body: p.items.map((c) => store.commentJson(c)), headers: p.headers };
    },
    "issues/get-comment": (ctx) => ({ status: 200, body: store.commentJson(commentOr404(ctx)) }),
    "issues/create-comment": (ctx) => {
      const issue = issueOr404(ctx);
      const text = checkBody("IssueComment", (ctx.body as { body?: unknown }).body, false);
      const now = store.clock.now();
      const comment: FakeComment = { repo: ctx.repo, issue_number: issue.number, id: store.nextId("comment"), body: text, user: ctx.actor, created_at: now, updated_at: now };
      state.comments.push(comment);
      issue.updated_at = now;
      const json = store.commentJson(comment);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
    "issues/update-comment": (ctx) => {
      const comment = commentOr404(ctx);
      comment.body = checkBody("IssueComment", (ctx.body as { body?: unknown }).body, false);
      comment.updated_at = store.clock.now();
      return { status: 200, body: store.commentJson(comment) };
    },
    "issues/delete-comment": (ctx) => {
      const comment = commentOr404(ctx);
      state.comments.splice(state.comments.indexOf(comment), 1);
      return { status: 204 };
    },
    "issues/add-labels": (ctx) => {
      const issue = issueOr404(ctx);
      const wanted = ((ctx.body as { labels?: (string | { name: string })[] } | undefined)?.labels ?? []).map((l) => (typeof l === "string" ? l : l.name));
      for (const name of wanted) {
        const label = store.label(ctx.repo, name);
        if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) issue.labels.push(label.name);
      }
      issue.updated_at = store.clock.now();
      return { status: 200, body: issue.labels.map((name) => store.labelJson(store.label(ctx.repo, name))) };
    },
    "pulls/get": (ctx) => ({ status: 200, body: store.pullJson(pullOr404(ctx), true) }),
    "pulls/list": (ctx) => {
      const wantState = ctx.query.state ?? "open";
      let headFilter: { owner: string; ref: string } | undefined;
      if (ctx.query.head !== undefined) {
        const i = ctx.query.head.indexOf(":");
        if (i < 0) warnings.push(`GET ${ctx.requestUrl.pathname}: head=${ctx.query.head} has no "owner:" prefix; GitHub silently ignores such a filter`);
        else headFilter = { owner: ctx.query.head.slice(0, i), ref: ctx.query.head.slice(i + 1) };
      }
      const sort = ctx.query.sort ?? "created";
      const direction = ctx.query.direction ?? (sort === "created" ? "desc" : "asc");
      const key = (p: FakePull): number =>
        sort === "updated" ? Date.parse(p.updated_at) : sort === "popularity" ? state.comments.filter((c) => c.repo === p.repo && c.issue_number === p.number).length : Date.parse(p.created_at);
      const all = state.pulls
        .filter((p) => p.repo === ctx.repo)
        .filter((p) => wantState === "all" || p.state === wantState)
        .filter((p) => ctx.query.base === undefined || p.base.ref === ctx.query.base)
        .filter((p) => !headFilter || (splitRepo(p.head.repo).owner.toLowerCase() === headFilter.owner.toLowerCase() && p.head.ref === headFilter.ref))
        .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (direction === "desc" ? -1 : 1));
      const p = page(ctx, all);
      return { status: 200, body: p.items.map((x) => store.pullJson(x, false)), headers: p.headers };
    },
    "pulls/create": (ctx) => {
      const input = ctx.body as { title?: string; head: string; head_repo?: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean; issue?: number };
      const { owner, name } = splitRepo(ctx.repo);
      const colon = input.head.indexOf(":");
      const headOwner = colon >= 0 ? input.head.slice(0, colon) : owner;
      const headRef = colon >= 0 ? input.head.slice(colon + 1) : input.head;
      const headRepo = input.head_repo ?? `${headOwner}/${name}`;
      const headSha = branchSha(headRepo, headRef);
      if (headSha === undefined) throw validationFailed([{ resource: "PullRequest", field: "head", code: "invalid" }]);
      const baseSha = branchSha(ctx.repo, input.base) ?? (input.base === store.repo(ctx.repo).default_branch ? fake.addBranch(input.base, undefined, ctx.repo) : undefined);
      if (baseSha === undefined) throw validationFailed([{ resource: "PullRequest", field: "base", code: "invalid" }]);
      if (headRepo === ctx.repo && headRef === input.base) throw validationFailed([{ resource: "PullRequest", code: "custom", message: `No commits between ${input.base} and ${headRef}` }]);
      if (state.pulls.some((p) => p.repo === ctx.repo && p.state === "open" && p.head.repo === headRepo && p.head.ref === headRef && p.base.ref === input.base)) {
        throw validationFailed([{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${headOwner}:${headRef}.` }]);
      }
      let number: number | undefined;
      let title = input.title;
      let prBody = input.body ?? null;
      if (input.issue !== undefined) {
        const issue = state.issues.find((i) => i.repo === ctx.repo && i.number === input.issue);
        if (!issue) throw validationFailed([{ resource: "PullRequest", field: "issue", code: "invalid" }]);
        state.issues.splice(state.issues.indexOf(issue), 1);
        ({ number, title } = issue);
        prBody = issue.body;
      }
      if (title === undefined || title.trim() === "") throw validationFailed([{ resource: "PullRequest", field: "title", code: "missing_field" }]);
      if (prBody !== null) checkBody("PullRequest", prBody, true);
      const pull = fake.addPull({ repo: ctx.repo, ...(number !== undefined ? { number } : {}), title, body: prBody, user: ctx.actor, head: headRef, headSha, base: input.base, baseSha, draft: input.draft ?? false, ...(headRepo !== ctx.repo ? { fork: splitRepo(headRepo).owner } : {}) });
      if (input.maintainer_can_modify !== undefined) pull.maintainer_can_modify = input.maintainer_can_modify;
      const json = store.pullJson(pull, true);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
    "pulls/list-reviews": (ctx) => {
      const pull = pullOr404(ctx);
      const p = page(ctx, visibleReviews(ctx.repo, pull.number, ctx.actor));
      return { status: 200, body: p.items.map((r) => store.reviewJson(r)), headers: p.headers };
    },
    "pulls/list-requested-reviewers": (ctx) => {
      const pull = pullOr404(ctx);
      const { owner } = splitRepo(ctx.repo);
      return {
        status: 200,
        body: {
          users: pull.requested_reviewers.map((login) => store.userJson(login)),
          teams: pull.requested_teams.flatMap((slug) => {
            const team = store.findTeam(owner, slug);
            return team ? [store.teamJson(team)] : [];
          }),
        },
      };
    },
    "pulls/request-reviewers": (ctx) => {
      const pull = pullOr404(ctx);
      const { owner } = splitRepo(ctx.repo);
      const input = (ctx.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] };
      if (input.reviewers === undefined && input.team_reviewers === undefined) throw new ApiError(422, `Invalid request.\n\n"reviewers" or "team_reviewers" wasn't supplied.`);
      const users = input.reviewers ?? [];
      const teams = input.team_reviewers ?? [];
      if (users.some((u) => u.toLowerCase() === pull.user.toLowerCase())) throw new ApiError(422, "Review cannot be requested from pull request author.");
      const notCollaborator = users.filter((u) => !store.findUser(u) || (!store.roleOf(ctx.repo, u) && !store.isOrgMember(owner, u)));
      if (notCollaborator.length > 0 || teams.some((slug) => !store.findTeam(owner, slug))) {
        throw new ApiError(422, `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.repo} repository.`);
      }
      for (const login of users) {
        const canonical = store.findUser(login)!.login;
        if (!pull.requested_reviewers.includes(canonical)) pull.requested_reviewers.push(canonical);
      }
      for (const slug of teams) if (!pull.requested_teams.includes(slug)) pull.requested_teams.push(slug);
      pull.updated_at = store.clock.now();
      return { status: 201, body: store.pullJson(pull, false) };
    },
    "teams/list-members-in-org": (ctx) => {
      const team = store.findTeam(ctx.params.org ?? "", ctx.params.team_slug ?? "") ?? throwIt(notFound());
      const role = ctx.query.role ?? "all";
      const p = page(ctx, team.members.filter((m) => role === "all" || m.role === role));
      return { status: 200, body: p.items.map((m) => store.userJson(m.login)), headers: p.headers };
    },
    "repos/get-collaborator-permission-level": (ctx) => {
      const user = store.findUser(ctx.params.username ?? "") ?? throwIt(notFound());
      const repo = store.repo(ctx.repo);
      let role = store.roleOf(ctx.repo, user.login);
      // Anyone can read a public repository.
      if (!role && !repo.private) role = "read";
      return { status: 200, body: { permission: store.permissionOf(role), role_name: role ?? "none", user: store.collaboratorJson(user.login, role) } };
    },
  };

  // ---- the fake and its arrangement helpers ----

  const refOf = (ref: IssueRef): { repo: string; number: number } => (typeof ref === "number" ? { repo: state.defaultRepo, number: ref } : ref);
  const pullOf = (ref: IssueRef): FakePull => {
    const { repo, number } = refOf(ref);
    const pull = store.findPull(repo, number);
    if (!pull) throw new Error(`fake-github: no pull request ${repo}#${number}`);
    return pull;
  };

  const fake: FakeGitHub = {
    url,
    requests,
    violations,
    warnings,
    state,
    readOnly,
    get repo() {
      return state.defaultRepo;
    },
    descriptionVersion: description.version,

    addUser: (login, userInit = {}) => Object.assign(store.user(login, userInit), userInit),

    addCollaborator(login, role = "write", repo = state.defaultRepo) {
      store.user(login);
      store.repo(repo);
      state.collaborators = state.collaborators.filter((c) => !(c.repo === repo && c.login.toLowerCase() === login.toLowerCase()));
      state.collaborators.push({ repo, login, role });
    },

    addTeam(org, slug, members, teamInit = {}) {
      store.user(org, { type: "Organization" });
      const list: FakeTeamMember[] = members.map((m) => (typeof m === "string" ? { login: m, role: "member" } : m));
      for (const m of list) store.user(m.login);
      const existing = store.findTeam(org, slug);
      if (existing) {
        existing.members = list;
        Object.assign(existing, teamInit);
        return existing;
      }
      const team: FakeTeam = { org, slug, id: store.nextId("team"), name: slug, description: null, privacy: "closed", members: list, ...teamInit };
      state.teams.push(team);
      return team;
    },

    addBranch(ref, sha, repo = state.defaultRepo) {
      store.repo(repo);
      const value = sha ?? fakeSha(`${repo}:${ref}:${state.branches.length}`);
      const found = state.branches.find((b) => b.repo === repo && b.ref === ref);
      if (found) found.sha = value;
      else state.branches.push({ repo, ref, sha: value });
      return value;
    },

    addIssue(issueInit = {}) {
      const repo = issueInit.repo ?? state.defaultRepo;
      store.repo(repo);
      const number = issueInit.number ?? store.nextNumber(repo);
      if (store.findIssueOrPull(repo, number)) throw new Error(`fake-github: ${repo}#${number} already exists`);
      const user = issueInit.user ?? "octocat";
      store.user(user);
      const now = store.clock.now();
      const issue: FakeIssue = { repo, number, id: store.nextId("issue"), title: issueInit.title ?? `Issue ${number}`, body: issueInit.body ?? null, user, state: "open", labels: [...(issueInit.labels ?? [])], created_at: now, updated_at: now };
      state.issues.push(issue);
      return issue;
    },

    addPull(pullInit = {}) {
      const repo = pullInit.repo ?? state.defaultRepo;
      const { name } = splitRepo(repo);
      const base = store.repo(repo);
      const number = pullInit.number ?? store.nextNumber(repo);
      if (store.findIssueOrPull(repo, number)) throw new Error(`fake-github: ${repo}#${number} already exists`);
      const user = pullInit.user ?? "octocat";
      store.user(user);
      const headRepo = pullInit.fork ? `${pullInit.fork}/${name}` : repo;
      if (pullInit.fork) store.repo(headRepo).fork = true;
      const headRef = pullInit.head ?? `feature-${number}`;
      const baseRef = pullInit.base ?? base.default_branch;
      const headSha = fake.addBranch(headRef, pullInit.headSha ?? branchSha(headRepo, headRef), headRepo);
      const baseSha = fake.addBranch(baseRef, pullInit.baseSha ?? branchSha(repo, baseRef), repo);
      const now = store.clock.now();
      const closed = pullInit.state === "closed" || pullInit.merged === true;
      for (const login of pullInit.requestedReviewers ?? []) store.user(login);
      const pull: FakePull = {
        repo,
        number,
        id: store.nextId("issue"),
        title: pullInit.title ?? `Pull request ${number}`,
        body: pullInit.body === undefined ? null : pullInit.body,
        user,
        state: closed ? "closed" : "open",
        draft: pullInit.draft ?? false,
        locked: false,
        merged: pullInit.merged ?? false,
        maintainer_can_modify: pullInit.fork !== undefined,
        head: { ref: headRef, sha: headSha, repo: headRepo },
        base: { ref: baseRef, sha: baseSha, repo },
        labels: [...(pullInit.labels ?? [])],
        requested_reviewers: [...(pullInit.requestedReviewers ?? [])],
        requested_teams: [...(pullInit.requestedTeams ?? [])],
        created_at: now,
        updated_at: now,
        closed_at: closed ? now : null,
        merged_at: pullInit.merged ? now : null,
      };
      state.pulls.push(pull);
      return pull;
    },

    pushToPull(ref, sha, options = {}) {
      const pull = pullOf(ref);
      const next = sha ?? fakeSha(`${pull.repo}#${pull.number}:${pull.head.sha}`);
      fake.addBranch(pull.head.ref, next, pull.head.repo);
      pull.head.sha = next;
      pull.updated_at = store.clock.now();
      if (options.dismissStaleApprovals) {
        for (const r of state.reviews) if (r.repo === pull.repo && r.pull_number === pull.number && r.state === "APPROVED") r.state = "DISMISSED";
      }
      return next;
    },

    addComment(ref, commentInit) {
      const { repo, number } = refOf(ref);
      const issue = store.findIssueOrPull(repo, number);
      if (!issue) throw new Error(`fake-github: no issue or pull request ${repo}#${number}`);
      const user = commentInit.user ?? "octocat";
      store.user(user);
      const now = store.clock.now();
      const comment: FakeComment = { repo, issue_number: number, id: store.nextId("comment"), body: commentInit.body, user, created_at: now, updated_at: now };
      state.comments.push(comment);
      return comment;
    },

    addReview(ref, reviewInit) {
      const pull = pullOf(ref);
      const reviewState = reviewInit.state.toUpperCase() as ReviewState;
      store.user(reviewInit.user);
      if ((reviewState === "APPROVED" || reviewState === "CHANGES_REQUESTED") && reviewInit.user.toLowerCase() === pull.user.toLowerCase()) {
        throw new Error(`fake-github: GitHub does not let ${reviewInit.user} approve or request changes on their own pull request`);
      }
      const review: FakeReview = {
        repo: pull.repo,
        pull_number: pull.number,
        id: store.nextId("review"),
        user: reviewInit.user,
        state: reviewState,
        body: reviewInit.body ?? "",
        commit_id: reviewInit.commit_id === undefined ? pull.head.sha : reviewInit.commit_id,
        submitted_at: reviewState === "PENDING" ? null : (reviewInit.submitted_at ?? store.clock.now()),
      };
      state.reviews.push(review);
      if (reviewState !== "PENDING") pull.requested_reviewers = pull.requested_reviewers.filter((l) => l.toLowerCase() !== reviewInit.user.toLowerCase());
      return review;
    },

    dismissReview(reviewId) {
      const review = state.reviews.find((r) => r.id === reviewId);
      if (!review) throw new Error(`fake-github: no review ${reviewId}`);
      if (review.state === "PENDING") throw new Error(`fake-github: a PENDING review cannot be dismissed`);
      review.state = "DISMISSED";
      return review;
    },

    commentsOn(ref) {
      const { repo, number } = refOf(ref);
      return state.comments.filter((c) => c.repo === repo && c.issue_number === number).sort((a, b) => a.id - b.id);
    },

    reviewsOn(ref) {
      const { repo, number } = refOf(ref);
      return state.reviews.filter((r) => r.repo === repo && r.pull_number === number).sort((a, b) => a.id - b.id);
    },

    failNext(matcher, response, times = 1) {
      injected.push({ match: matcher, response, times });
    },

    requestsFor: (operationId) => requests.filter((r) => r.operationId === operationId),

    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  store.repo(state.defaultRepo);
  store.user(GITHUB_ACTIONS_BOT.login, { type: "Bot" });
  return fake;
}

function throwIt(error: Error): never {
  throw error;
}
