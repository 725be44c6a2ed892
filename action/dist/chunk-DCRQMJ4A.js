import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  defaults,
  getOctokit,
  require_light,
  retry
} from "./chunk-KIZME62W.js";
import {
  addSecret,
  apiTimeoutSeconds,
  redact
} from "./chunk-U3DMQUML.js";
import {
  commitToBranch
} from "./chunk-LH4HCFPS.js";
import {
  LEASE_BRANCH,
  LEASE_FILE,
  documentAt,
  leasesText,
  parseLeases,
  withRunLeases,
  wo
} from "./chunk-L6YZGQIE.js";
import {
  canonicalJson,
  printable,
  readFlow
} from "./chunk-JFYR2ZYG.js";
import {
  __toESM
} from "./chunk-KPOE4I3O.js";

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// action/src/github.ts
var API_RETRIES = 3;
var RATE_LIMIT_RETRIES = 2;
var RATE_LIMIT_MAX_WAIT_SECONDS = 60;
var RETRY_UNIT_ENV = "MOVA_GITHUB_RETRY_UNIT_MS";
function retryWaitMs(n) {
  return n * n * (retryUnitMs() ?? 1e3);
}
function retryUnitMs() {
  const raw = process.env[RETRY_UNIT_ENV];
  if (raw === void 0 || raw.trim() === "") return void 0;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : void 0;
}
function fetchWithTimeout(fetchImpl, timeoutMs) {
  return async (url, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const response = await fetchImpl(url, { ...init, signal });
    const body = await response.arrayBuffer();
    const copy = new Response(body.byteLength === 0 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(copy, "url", { value: response.url });
    return copy;
  };
}
function createOctokit(token, baseUrl, log) {
  addSecret(token);
  const timeoutMs = apiTimeoutSeconds() * 1e3;
  const unit = retryUnitMs();
  const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
    const where = `${options.method} ${pathOf(options.url.replace(/\{(\w+)\}/g, (whole, name) => options[name] === void 0 ? whole : encodeURIComponent(String(options[name]))))}`;
    if (retryAfter > RATE_LIMIT_MAX_WAIT_SECONDS) {
      log.warning(`GitHub ${kind} on ${where}: not waiting ${retryAfter}s for it (at most ${RATE_LIMIT_MAX_WAIT_SECONDS}s)`);
      return false;
    }
    if (retryCount >= RATE_LIMIT_RETRIES) return false;
    log.warning(`GitHub ${kind} on ${where}; retrying in ${retryAfter}s`);
    return true;
  };
  const upstream = defaults.request?.fetch ?? globalThis.fetch;
  return getOctokit(
    token,
    {
      baseUrl,
      request: { ...defaults.request, fetch: fetchWithTimeout(upstream, timeoutMs) },
      // 429 is GitHub's rate limit, which the throttling plugin waits for as GitHub asks; retried here as well, one 429 would cost 4 × 3 attempts.
      retry: { retries: API_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], ...unit !== void 0 ? { retryAfterBaseValue: unit } : {} },
      throttle: {
        ...unit !== void 0 ? { retryAfterBaseValue: unit } : {},
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit")
      }
    },
    countAttempts,
    retry,
    throttling
  );
}
function countAttempts(octokit) {
  const counts = /* @__PURE__ */ new WeakMap();
  octokit.hook.wrap("request", async (request, options) => {
    const attempt = (counts.get(options) ?? 0) + 1;
    counts.set(options, attempt);
    try {
      return await request(options);
    } catch (error) {
      if (error !== null && typeof error === "object") error.attempts = attempt;
      throw error;
    }
  });
}
function pathOf(url) {
  try {
    return new URL(url, "https://api.github.com").pathname;
  } catch {
    return url;
  }
}
function isRateLimited(error) {
  const e = error;
  const status = e?.response?.status ?? e?.status;
  if (status !== 403 && status !== 429) return false;
  return /\brate limit/i.test(String(e.message ?? "")) || e.response?.headers?.["x-ratelimit-remaining"] === "0";
}
function describeFailure(error) {
  const e = error;
  const where = e?.request?.method && e.request.url ? `${e.request.method} ${pathOf(e.request.url)}` : "a request to GitHub";
  const attempts = e?.attempts ?? 1;
  const tries = attempts > 1 ? ` (${attempts} attempts)` : "";
  let what;
  if (e?.response?.status !== void 0) {
    const data = e.response.data;
    const message = typeof data?.message === "string" ? data.message : typeof e.message === "string" ? e.message : "";
    const first = message.split("\n")[0].slice(0, 200).replace(/\.$/, "");
    what = `HTTP ${e.response.status}${first ? `: ${first}` : ""}`;
    const remaining = e.response.headers?.["x-ratelimit-remaining"];
    const reset = Number(e.response.headers?.["x-ratelimit-reset"]);
    if (remaining === "0" && Number.isFinite(reset) && reset > 0) what += ` (rate limit resets at ${new Date(reset * 1e3).toISOString()})`;
  } else {
    const cause = e?.cause;
    const timeoutS = apiTimeoutSeconds();
    if (cause?.name === "TimeoutError" || /due to timeout/i.test(String(e?.message))) what = `no answer within ${timeoutS}s`;
    else what = `no HTTP answer: ${e?.message ?? String(error)}`;
  }
  return redact(`${where} failed${tries}: ${what}`);
}

// action/src/comment.ts
import { setTimeout as sleep } from "node:timers/promises";
function commentMarker(workflow, job) {
  return `<!-- mova-registry:${workflow.replace(/-->/g, "")}:${job.replace(/-->/g, "")} -->`;
}
async function upsertComment(octokit, target, marker, body, hasFindings) {
  const mine = await findComment(octokit, target, marker);
  const text = `${marker}
${body}`;
  if (mine) {
    if (mine.body === text) return { action: "skipped", reason: "the comment is already up to date" };
    await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body: text });
    return { action: "updated", id: mine.id };
  }
  if (!hasFindings) return { action: "skipped", reason: "no findings and no earlier comment to update" };
  return { action: "created", id: await createCommentOnce(octokit, target, marker, text) };
}
async function findComment(octokit, target, marker) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 });
  return comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
}
function mayHaveWritten(error) {
  const status = error?.response?.status;
  return status === void 0 || status >= 500;
}
async function createCommentOnce(octokit, target, marker, text) {
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body: text, request: { retries: 0 } });
      return created.data.id;
    } catch (error) {
      if (attempt > API_RETRIES || !mayHaveWritten(error)) {
        if (error !== null && typeof error === "object") error.attempts = Math.max(attempt, error.attempts ?? 1);
        throw error;
      }
      const written = await findComment(octokit, target, marker);
      if (written) return written.id;
      await sleep(retryWaitMs(attempt));
    }
  }
}

// action/src/runs/leases.ts
async function readLeases(repoDir) {
  const git = wo(repoDir);
  if ((await git.raw(["ls-remote", "--heads", "origin", LEASE_BRANCH]).catch(() => "")).trim() === "") return void 0;
  await git.raw(["fetch", "--no-tags", "--quiet", "origin", `+refs/heads/${LEASE_BRANCH}:refs/mova-registry/branches/${LEASE_BRANCH}`]);
  return parseLeases(await git.show([`refs/mova-registry/branches/${LEASE_BRANCH}:${LEASE_FILE}`]).catch(() => void 0));
}
async function syncLeases(repoDir, state, branch, now) {
  if (state.leases === void 0) return;
  await commitToBranch({
    repoDir,
    branch: LEASE_BRANCH,
    message: `mova-run ${state.run_id}: ${state.leases.length ? `lease ${state.leases.map((l) => l.document).join(", ")}` : "release its leases"}`,
    build: async (readTip) => {
      const current = parseLeases(await readTip(LEASE_FILE));
      const next = leasesText(withRunLeases(current, state, branch, now));
      return next === leasesText(current) ? void 0 : { [LEASE_FILE]: next };
    }
  });
}

// src/flow/mermaid.ts
var SHAPES = {
  AI_ATOMIC: ["{{", "}}"],
  DETERMINISTIC: ["[", "]"],
  HUMAN_GATE: ["{", "}"],
  CONTRACT_CALL: ["[[", "]]"]
};
var OTHER_SHAPE = ["[/", "/]"];
var ICONS = { AI_ATOMIC: "\u{1F916}", DETERMINISTIC: "\u2699\uFE0F", HUMAN_GATE: "\u{1F464}", CONTRACT_CALL: "\u{1F4E6}" };
var MODE_CLASS = { AI_ATOMIC: "ai", DETERMINISTIC: "det", HUMAN_GATE: "gate", CONTRACT_CALL: "call" };
var DIFF_ICON = { added: "\u{1F195} ", changed: "\u270F\uFE0F ", removed: "\u{1F5D1}\uFE0F ", unchanged: "" };
var RUN_ICON = { done: "\u2705 ", running: "\u23F3 ", waiting: "\u{1F6A6} ", failed: "\u274C ", queued: "\u{1F553} ", pending: "" };
var CLASS_DEFS = {
  ai: "fill:#e8f0fe,stroke:#1a73e8,color:#202124",
  det: "fill:#f1f3f4,stroke:#5f6368,color:#202124",
  gate: "fill:#fef7e0,stroke:#e37400,color:#202124",
  call: "fill:#f3e8fd,stroke:#9334e6,color:#202124",
  other: "fill:#ffffff,stroke:#5f6368,color:#202124",
  terminal: "fill:#ffffff,stroke:#202124,color:#202124",
  start: "fill:#202124,stroke:#202124,color:#ffffff",
  missing: "fill:#fce8e6,stroke:#d93025,stroke-dasharray:4 3,color:#a50e0e",
  added: "fill:#e6f4ea,stroke:#188038,stroke-width:3px,color:#0d652d",
  changed: "fill:#fef7e0,stroke:#e37400,stroke-width:3px,color:#202124",
  removed: "fill:#f1f3f4,stroke:#9aa0a6,stroke-dasharray:5 5,color:#80868b",
  unchanged: "fill:#ffffff,stroke:#5f6368,color:#202124",
  done: "fill:#e6f4ea,stroke:#188038,color:#0d652d",
  running: "fill:#e8f0fe,stroke:#1a73e8,stroke-width:3px,color:#174ea6",
  waiting: "fill:#fef7e0,stroke:#e37400,stroke-width:3px,color:#202124",
  failed: "fill:#fce8e6,stroke:#d93025,stroke-width:3px,color:#a50e0e",
  queued: "fill:#ffffff,stroke:#1a73e8,stroke-dasharray:3 3,color:#202124",
  pending: "fill:#ffffff,stroke:#bdc1c6,color:#5f6368"
};
var UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;
var KEEP = /^[\p{L}\p{N} ._,]$/u;
function mermaidText(text, max = 48) {
  const shown = text.replace(UNPRINTABLE, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, "0")}`);
  const chars = [...shown];
  const cut = chars.length > max ? [...chars.slice(0, max - 1), "\u2026"] : chars;
  return cut.map((c) => KEEP.test(c) ? c : `#${c.codePointAt(0)};`).join("");
}
function label(parts) {
  return `"${parts.filter((p) => p !== "").join("<br/>")}"`;
}
function edgeKey(source, e) {
  return canonicalJson([source, e.outcome ?? null, e.target.kind, e.target.kind === "step" ? e.target.id : e.target.outcome]);
}
function groupKey(g) {
  return canonicalJson([g.members.map((m) => m.id), g.edges.map((e) => edgeKey(g.id, e))]);
}
function uniqueSteps(model) {
  const seen = /* @__PURE__ */ new Set();
  return model.steps.filter((s) => !seen.has(s.id) && model.nodes.get(s.id) === s && (seen.add(s.id), true));
}
function uniqueGroups(model) {
  return model.groups.filter((g) => model.nodes.get(g.id) === g);
}
function runMark(run, id, members) {
  if (members) {
    const marks = members.map((m) => runMark(run, m));
    if (marks.length && marks.every((m) => m === "done")) return "done";
    if (marks.includes("failed")) return "failed";
    if (marks.includes("waiting")) return "waiting";
    if (marks.some((m) => m === "running" || m === "done")) return "running";
    return run.queue.includes(id) ? "queued" : "pending";
  }
  const s = run.steps[id];
  if (s?.status === "done") return "done";
  if (s?.status === "failed") return "failed";
  if (s?.status === "waiting" || s?.status === "paused") return "waiting";
  if (run.queue[0] === id && (run.status === "running" || run.status === "waiting" || run.status === "paused")) return run.status === "running" ? "running" : "waiting";
  if (run.queue.includes(id)) return "queued";
  return "pending";
}
function flowMermaid(model, options = {}) {
  const max = options.maxLabel ?? 48;
  const base = options.diff ? options.diff.base : void 0;
  const diffing = options.diff !== void 0;
  const run = options.run;
  const headSteps = uniqueSteps(model);
  const headGroups = uniqueGroups(model);
  const baseSteps = base ? uniqueSteps(base) : [];
  const baseGroups = base ? uniqueGroups(base) : [];
  const headIds = /* @__PURE__ */ new Set([...headSteps.map((s) => s.id), ...headGroups.map((g) => g.id)]);
  const removedSteps = diffing ? baseSteps.filter((s) => !headIds.has(s.id)) : [];
  const removedGroups = diffing ? baseGroups.filter((g) => !headIds.has(g.id) && !removedSteps.some((s) => s.id === g.id)) : [];
  const steps = [...headSteps, ...removedSteps];
  const groups2 = [...headGroups, ...removedGroups];
  const counts = {};
  const count = (mark) => counts[mark] = (counts[mark] ?? 0) + 1;
  const stepMark = (s) => {
    if (!diffing) return "unchanged";
    const before = base?.nodes.get(s.id);
    if (removedSteps.includes(s)) return "removed";
    if (!before || before.kind !== "step") return "added";
    return canonicalJson(before.raw) === canonicalJson(s.raw) ? "unchanged" : "changed";
  };
  const groupMark = (g) => {
    if (!diffing) return "unchanged";
    if (removedGroups.includes(g)) return "removed";
    const before = base?.nodes.get(g.id);
    if (!before || before.kind !== "group") return "added";
    return groupKey(before) === groupKey(g) ? "unchanged" : "changed";
  };
  const ids = /* @__PURE__ */ new Map();
  steps.forEach((s, i) => ids.set(s.id, `n${i}`));
  groups2.forEach((g, i) => {
    if (!ids.has(g.id)) ids.set(g.id, `g${i}`);
  });
  const missing = /* @__PURE__ */ new Map();
  const idOf = (stepId) => {
    const known = ids.get(stepId);
    if (known) return known;
    let m = missing.get(stepId);
    if (!m) missing.set(stepId, m = `m${missing.size}`);
    return m;
  };
  const terminals = /* @__PURE__ */ new Map();
  const terminalOf = (outcome) => {
    let t = terminals.get(outcome);
    if (!t) terminals.set(outcome, t = `t${terminals.size}`);
    return t;
  };
  const classes = /* @__PURE__ */ new Map();
  const classify = (cls, id) => classes.set(cls, [...classes.get(cls) ?? [], id]);
  const nodeLine = (s) => {
    const [open, close] = SHAPES[s.mode] ?? OTHER_SHAPE;
    const title = typeof s.raw.title === "string" ? s.raw.title : "";
    const mark = stepMark(s);
    let prefix = "";
    if (run) {
      const r = runMark(run, s.id);
      prefix = RUN_ICON[r];
      classify(r, ids.get(s.id));
      count(r);
    } else if (diffing) {
      prefix = DIFF_ICON[mark];
      classify(mark, ids.get(s.id));
      count(mark);
    } else classify(MODE_CLASS[s.mode] ?? "other", ids.get(s.id));
    const icon = ICONS[s.mode] ?? "\u2754";
    const modeNote = SHAPES[s.mode] ? "" : mermaidText(`(${s.mode})`, max);
    return `${ids.get(s.id)}${open}${label([`${prefix}${icon} ${mermaidText(s.id, max)}`, title ? mermaidText(title, max) : "", modeNote])}${close}`;
  };
  const lines = ["flowchart TD"];
  const grouped = /* @__PURE__ */ new Set();
  const memberGroup = /* @__PURE__ */ new Map();
  for (const g of groups2) for (const m of g.members) if (!memberGroup.has(m.id) && ids.get(m.id)?.startsWith("n")) memberGroup.set(m.id, g);
  const entry = model.entry?.id ?? base?.entry?.id;
  if (entry !== void 0) {
    lines.push(`  s0(("start"))`);
    classify("start", "s0");
  }
  for (const g of groups2) {
    const gid = ids.get(g.id);
    if (!gid.startsWith("g")) continue;
    const mark = groupMark(g);
    let prefix = "";
    if (run) {
      const r = runMark(run, g.id, g.members.map((m) => m.id));
      prefix = RUN_ICON[r];
    } else if (diffing) prefix = DIFF_ICON[mark];
    lines.push(`  subgraph ${gid}[${label([`${prefix}\u21C9 ${mermaidText(g.id, max)}`, "parallel"])}]`, "    direction TB");
    for (const s of steps) if (memberGroup.get(s.id) === g && !grouped.has(s.id)) {
      grouped.add(s.id);
      lines.push(`    ${nodeLine(s)}`);
    }
    for (const m of g.members) if (!ids.has(m.id) && !missing.has(m.id)) lines.push(`    ${idOf(m.id)}`);
    lines.push("  end");
    if (diffing && !run && mark !== "unchanged") classify(`${mark}`, gid);
  }
  for (const s of steps) if (!grouped.has(s.id)) lines.push(`  ${nodeLine(s)}`);
  const edgeLines = [];
  const removedEdges = [];
  const takenEdges = [];
  const target = (e) => e.target.kind === "step" ? idOf(e.target.id) : terminalOf(e.target.outcome);
  const link = (from, e, style) => {
    const arrow = style === "removed" ? "-.->" : style === "taken" ? "==>" : "-->";
    const text = e.outcome !== void 0 ? `|${label([mermaidText(e.outcome, max)])}|` : "";
    if (style === "removed") removedEdges.push(edgeLines.length);
    if (style === "taken") takenEdges.push(edgeLines.length);
    edgeLines.push(`  ${from} ${arrow}${text} ${target(e)}`);
  };
  const taken = (id, e) => {
    if (!run) return false;
    const s = run.steps[id];
    return s?.status === "done" && (e.outcome === void 0 || e.outcome === s.outcome);
  };
  if (entry !== void 0) {
    if (run?.steps[entry]) takenEdges.push(edgeLines.length);
    edgeLines.push(`  s0 ${run?.steps[entry] ? "==>" : "-->"} ${idOf(entry)}`);
  }
  const baseEdges = /* @__PURE__ */ new Map();
  if (diffing && base) for (const n of [...uniqueSteps(base), ...uniqueGroups(base)]) baseEdges.set(n.id, n.edges);
  const drawEdges = (id, edges, removedNode) => {
    const from = ids.get(id);
    const headKeys = new Set(edges.map((e) => edgeKey(id, e)));
    if (!removedNode) for (const e of edges) link(from, e, taken(id, e) ? "taken" : "normal");
    if (diffing) {
      for (const e of baseEdges.get(id) ?? []) if (removedNode || !headKeys.has(edgeKey(id, e))) link(from, e, "removed");
    }
  };
  for (const s of steps) drawEdges(s.id, removedSteps.includes(s) ? [] : s.edges, removedSteps.includes(s));
  for (const g of groups2) if (ids.get(g.id)?.startsWith("g")) drawEdges(g.id, removedGroups.includes(g) ? [] : g.edges, removedGroups.includes(g));
  for (const [stepId, m] of missing) {
    if (![...lines].some((l) => l.trim() === m)) lines.push(`  ${m}[${label([`\u26A0\uFE0F ${mermaidText(stepId, max)}`, "no such step"])}]`);
    else lines[lines.findIndex((l) => l.trim() === m)] = `    ${m}[${label([`\u26A0\uFE0F ${mermaidText(stepId, max)}`, "no such step"])}]`;
    classify("missing", m);
  }
  for (const [outcome, t] of terminals) {
    const reached = run?.outcome === outcome && (run.status === "completed" || run.status === "failed");
    lines.push(`  ${t}([${label([`${reached ? "\u{1F3C1} " : ""}${mermaidText(outcome, max)}`])}])`);
    classify(reached ? "done" : "terminal", t);
  }
  lines.push(...edgeLines);
  const used = [...classes.keys()];
  for (const cls of used) lines.push(`  classDef mv_${cls} ${CLASS_DEFS[cls]}`);
  for (const [cls, members] of classes) lines.push(`  class ${members.join(",")} mv_${cls}`);
  if (removedEdges.length) lines.push(`  linkStyle ${removedEdges.join(",")} stroke:#9aa0a6,stroke-dasharray:5 5`);
  if (takenEdges.length) lines.push(`  linkStyle ${takenEdges.join(",")} stroke:#188038`);
  return { text: lines.join("\n") + "\n", counts };
}
function diagramLegend(kind) {
  const shapes = "Shapes: \u{1F916} AI step (hexagon) \xB7 \u2699\uFE0F deterministic (rectangle) \xB7 \u{1F464} human gate (diamond) \xB7 \u{1F4E6} contract call (double-sided box) \xB7 \u21C9 parallel group (box around its steps) \xB7 end of the flow (rounded, named by its outcome).";
  if (kind === "diff") return `${shapes}
Marks: \u{1F195} added (green) \xB7 \u270F\uFE0F changed (orange) \xB7 \u{1F5D1}\uFE0F removed (grey, dashed, with its dotted edges) \xB7 unmarked: unchanged.`;
  if (kind === "run") return `${shapes}
Marks: \u2705 finished (green) \xB7 \u23F3 running (blue) \xB7 \u{1F6A6} waiting at a gate (orange) \xB7 \u274C failed (red) \xB7 \u{1F553} queued \xB7 unmarked: not reached yet. Thick arrows: the path taken; \u{1F3C1} the outcome reached.`;
  return shapes;
}
function mermaidFence(diagram) {
  return "```mermaid\n" + diagram.text.replace(/`/g, "#96;") + "```";
}

// src/report/flow-diagrams.ts
var MAX_DIAGRAMS = 5;
var MAX_DIAGRAM_CHARS = 2e4;
var DIAGRAM_BUDGET = 36e3;
var MAX_DIAGRAM_STEPS = 120;
function mdText(text) {
  return printable(text).replace(/[\u0085\u00a0\u1680\u180e\u2000-\u200f\u205f-\u206f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function tooBig(model, diagram) {
  return model.steps.length + model.groups.length > MAX_DIAGRAM_STEPS || diagram.text.length > MAX_DIAGRAM_CHARS;
}
function changedFlows(head, base) {
  const out = [];
  for (const c of base.comparison.impact.changes) {
    if (c.kind !== "flow" || c.change !== "added" && c.change !== "modified") continue;
    const doc = documentAt(head.registry, c.path);
    if (!doc?.json?.ok) continue;
    const old = c.change === "modified" ? documentAt(base.result.registry, c.path) : void 0;
    const contract = head.registry.flowOwners.get(c.path);
    out.push({ path: c.path, change: c.change, head: readFlow(doc.json.value), ...old?.json?.ok ? { base: readFlow(old.json.value) } : {}, ...contract ? { contract } : {} });
  }
  return out;
}
function flowDiagramsSection(head, options = {}) {
  if (!head.base) return void 0;
  const flows = changedFlows(head, head.base);
  if (flows.length === 0) return void 0;
  const max = options.max ?? MAX_DIAGRAMS;
  let budget = options.budget ?? DIAGRAM_BUDGET;
  const parts = ["#### Flow diagrams", ""];
  let drawn = 0;
  const left = [];
  for (const f of flows) {
    const name = `${f.contract ? `${mdText(f.contract)} \xB7 ` : ""}${mdText(f.path)}`;
    if (drawn >= max) {
      left.push(name);
      continue;
    }
    const diagram = flowMermaid(f.head, { diff: { base: f.base } });
    const c = diagram.counts;
    const summary = f.change === "added" ? "new flow" : [c.added ? `${c.added} added` : "", c.changed ? `${c.changed} changed` : "", c.removed ? `${c.removed} removed` : ""].filter(Boolean).join(", ") || "steps unchanged";
    const heading = `**${name}** (${f.change === "added" ? summary : `modified: ${summary}`})`;
    if (tooBig(f.head, diagram)) {
      parts.push(heading, "", `Too large to draw here (${plural(f.head.steps.length, "step")}).`, "");
      continue;
    }
    const block = mermaidFence(diagram);
    if (block.length > budget) {
      left.push(name);
      continue;
    }
    budget -= block.length;
    drawn++;
    parts.push(heading, "", block, "");
  }
  if (drawn > 0) parts.push(`<sub>${diagramLegend("diff").split("\n").join("<br>")}</sub>`, "");
  if (left.length) parts.push(`${plural(left.length, "more changed flow")} not drawn here: ${left.join(", ")}.`, "");
  return parts.join("\n").trimEnd();
}
function gateDetails(g) {
  const lines = [`**Gate ${mdText(g.step)}:** ${g.question ? mdText(g.question) : "a decision is needed"}`, ""];
  for (const o of g.options) lines.push(`- ${mdText(o.id)}${o.label ? `: ${mdText(o.label)}` : ""}${o.description ? ` (${mdText(o.description)})` : ""}`);
  const who = g.approvers.length ? g.approvers.map(mdText).join(", ") : "nobody (the role maps to no one)";
  lines.push("", `Entitled approvers${g.role ? ` (role ${mdText(g.role)}${g.required ? `, ${g.required} needed` : ""})` : ""}: ${who}.`);
  return lines.join("\n");
}
function runGraphMarkdown(flow, run, gates = []) {
  const model = readFlow(flow);
  const diagram = flowMermaid(model, { run });
  const parts = ["<details open><summary>Where the run stands</summary>", ""];
  if (tooBig(model, diagram)) parts.push(`The flow is too large to draw here (${plural(model.steps.length, "step")}).`);
  else parts.push(mermaidFence(diagram), "", `<sub>${diagramLegend("run").split("\n").join("<br>")}</sub>`);
  for (const g of gates) parts.push("", gateDetails(g));
  parts.push("", "</details>");
  return parts.join("\n");
}

export {
  createOctokit,
  isRateLimited,
  describeFailure,
  mdText,
  flowDiagramsSection,
  runGraphMarkdown,
  commentMarker,
  upsertComment,
  createCommentOnce,
  readLeases,
  syncLeases
};
