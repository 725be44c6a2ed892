import { getOctokit } from "@actions/github";
import { defaults } from "@actions/github/lib/utils";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { addSecret, apiTimeoutSeconds, redact } from "./github-settings.ts";

export { addSecret, configureGitHubClient, DEFAULT_API_TIMEOUT_SECONDS, redact } from "./github-settings.ts";

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitLog {
  warning(message: string): void;
}

/** Retries of a request GitHub answered with 5xx, or that timed out or lost its connection (plugin-retry's default). */
export const API_RETRIES = 3;
/** Retries of a request GitHub rate-limited, when it asks for a wait of at most RATE_LIMIT_MAX_WAIT_SECONDS. */
export const RATE_LIMIT_RETRIES = 2;
/** A rate limit that asks for a longer wait is not waited for: the request fails at once. */
export const RATE_LIMIT_MAX_WAIT_SECONDS = 60;
/**
 * The unit of every wait between attempts, in milliseconds: plugin-retry waits
 * n² units before retry n, the throttling plugin Retry-After units. Octokit's
 * default is 1000 (a second); tests shorten it through this variable.
 */
export const RETRY_UNIT_ENV = "MOVA_GITHUB_RETRY_UNIT_MS";

/** The wait before retry `n` (1, 2, 3), as plugin-retry waits: n² units. */
export function retryWaitMs(n: number): number {
  return n * n * (retryUnitMs() ?? 1000);
}

function retryUnitMs(): number | undefined {
  const raw = process.env[RETRY_UNIT_ENV];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * A fetch whose every call ends within `timeoutMs`, the body included: the
 * body is read here, so a connection that drops or stalls mid-answer fails the
 * request (and the retry plugin retries it) instead of Octokit taking a
 * truncated body for an empty one.
 */
export function fetchWithTimeout(fetchImpl: Fetch, timeoutMs: number): Fetch {
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

/**
 * Octokit with retries for transient failures (5xx, timeouts, dropped
 * connections: API_RETRIES), throttling that backs off on GitHub's primary and
 * secondary rate limits (403, 429) when the wait is short, and a timeout per
 * request.
 */
export function createOctokit(token: string, baseUrl: string, log: OctokitLog): Octokit {
  addSecret(token);
  const timeoutMs = apiTimeoutSeconds() * 1000;
  const unit = retryUnitMs();
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string } & Record<string, unknown>, _octokit: unknown, retryCount: number) => {
    // options.url is the route's template, e.g. /repos/{owner}/{repo}/issues/{issue_number}/comments.
    const where = `${options.method} ${pathOf(options.url.replace(/\{(\w+)\}/g, (whole, name: string) => (options[name] === undefined ? whole : encodeURIComponent(String(options[name])))))}`;
    if (retryAfter > RATE_LIMIT_MAX_WAIT_SECONDS) {
      log.warning(`GitHub ${kind} on ${where}: not waiting ${retryAfter}s for it (at most ${RATE_LIMIT_MAX_WAIT_SECONDS}s)`);
      return false;
    }
    if (retryCount >= RATE_LIMIT_RETRIES) return false;
    log.warning(`GitHub ${kind} on ${where}; retrying in ${retryAfter}s`);
    return true;
  };
  const upstream = (defaults.request as { fetch?: Fetch } | undefined)?.fetch ?? (globalThis.fetch as Fetch);
  return getOctokit(
    token,
    {
      baseUrl,
      request: { ...defaults.request, fetch: fetchWithTimeout(upstream, timeoutMs) },
      // 429 is GitHub's rate limit, which the throttling plugin waits for as GitHub asks; retried here as well, one 429 would cost 4 × 3 attempts.
      retry: { retries: API_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], ...(unit !== undefined ? { retryAfterBaseValue: unit } : {}) },
      throttle: {
        ...(unit !== undefined ? { retryAfterBaseValue: unit } : {}),
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
      },
    },
    countAttempts,
    retry,
    throttling,
  );
}

/**
 * Counts the attempts of each request: registered before the retry and
 * throttling plugins, its hook sits inside them and runs once per attempt;
 * the error that ends a request carries the count as `attempts`.
 */
function countAttempts(octokit: Pick<Octokit, "hook">): void {
  const counts = new WeakMap<object, number>();
  octokit.hook.wrap("request", async (request, options) => {
    const attempt = (counts.get(options) ?? 0) + 1;
    counts.set(options, attempt);
    try {
      return await request(options);
    } catch (error) {
      if (error !== null && typeof error === "object") (error as { attempts?: number }).attempts = attempt;
      throw error;
    }
  });
}

/** The path of a request's URL, without host and query. */
function pathOf(url: string): string {
  try {
    return new URL(url, "https://api.github.com").pathname;
  } catch {
    return url;
  }
}

interface FailedRequest {
  status?: number;
  attempts?: number;
  message?: string;
  cause?: unknown;
  request?: { method?: string; url?: string };
  response?: { status?: number; data?: unknown; headers?: Record<string, string | undefined> };
}

/** Whether GitHub refused a request for a rate limit (primary or secondary), not for a permission. */
export function isRateLimited(error: unknown): boolean {
  const e = error as FailedRequest;
  const status = e?.response?.status ?? e?.status;
  if (status !== 403 && status !== 429) return false;
  return /\brate limit/i.test(String(e.message ?? "")) || e.response?.headers?.["x-ratelimit-remaining"] === "0";
}

/**
 * What went wrong with a request, for the log: the request (method and path),
 * the HTTP status or the network failure, GitHub's message, and how many
 * attempts were made. Never the token.
 */
export function describeFailure(error: unknown): string {
  const e = error as FailedRequest;
  const where = e?.request?.method && e.request.url ? `${e.request.method} ${pathOf(e.request.url)}` : "a request to GitHub";
  const attempts = e?.attempts ?? 1;
  const tries = attempts > 1 ? ` (${attempts} attempts)` : "";
  let what: string;
  if (e?.response?.status !== undefined) {
    const data = e.response.data as { message?: unknown } | undefined;
    const message = typeof data?.message === "string" ? data.message : typeof e.message === "string" ? e.message : "";
    const first = message.split("\n")[0]!.slice(0, 200).replace(/\.$/, "");
    what = `HTTP ${e.response.status}${first ? `: ${first}` : ""}`;
    const remaining = e.response.headers?.["x-ratelimit-remaining"];
    const reset = Number(e.response.headers?.["x-ratelimit-reset"]);
    if (remaining === "0" && Number.isFinite(reset) && reset > 0) what += ` (rate limit resets at ${new Date(reset * 1000).toISOString()})`;
  } else {
    const cause = e?.cause as { name?: string; message?: string; cause?: { message?: string } } | undefined;
    const timeoutS = apiTimeoutSeconds();
    if (cause?.name === "TimeoutError" || /due to timeout/i.test(String(e?.message))) what = `no answer within ${timeoutS}s`;
    else what = `no HTTP answer: ${e?.message ?? String(error)}`;
  }
  return redact(`${where} failed${tries}: ${what}`);
}
