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
} from "./chunk-OCAEJDYP.js";
import {
  commitToBranch
} from "./chunk-AHXYTZMS.js";
import {
  LEASE_BRANCH,
  LEASE_FILE,
  leasesText,
  parseLeases,
  withRunLeases
} from "./chunk-7NFW6BCK.js";
import {
  wo
} from "./chunk-F5S4Y6IV.js";
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

export {
  createOctokit,
  isRateLimited,
  describeFailure,
  commentMarker,
  upsertComment,
  createCommentOnce,
  readLeases,
  syncLeases
};
