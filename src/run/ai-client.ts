/**
 * HTTP client for the AI_ATOMIC step: one call to an OpenAI-compatible
 * chat-completions endpoint, with retries.
 *
 * The client never throws for an HTTP or network condition; every outcome,
 * good or bad, comes back as a ChatOutcome. The API key is sent only in the
 * Authorization header and is scrubbed from every message the client builds.
 */

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  /** e.g. https://api.openai.com/v1 (trailing slashes are ignored). */
  baseUrl: string;
  /** Default "/chat/completions". */
  path?: string;
  apiKey: string;
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  /** Sent as max_tokens. */
  maxTokens?: number;
  /** JSON Schema the answer must satisfy; sent as response_format {type:"json_schema", json_schema:{name, schema, strict:false}}. */
  outputSchema?: { name: string; schema: object };
}

export interface RetryPolicy {
  /** Total attempts, the first included (at least 1). */
  maxAttempts: number;
  /** Ceiling of the first backoff; it doubles per retry. */
  initialBackoffMs: number;
  /** No wait exceeds this, Retry-After included. */
  maxBackoffMs: number;
  /** Per attempt, covering the response body too. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxAttempts: 3,
  initialBackoffMs: 500,
  maxBackoffMs: 8000,
  timeoutMs: 60000,
});

export interface ChatUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
}

export type ChatFailureKind = "unreachable" | "unauthorized" | "rate_limited" | "server_error" | "bad_request" | "bad_response";

export type ChatOutcome =
  | { ok: true; content: string; json: unknown | undefined; model: string; usage?: ChatUsage; attempts: number; requestId?: string }
  | { ok: false; kind: ChatFailureKind; message: string; status?: number; attempts: number };

export interface AiClient {
  chat(request: ChatRequest, retry?: RetryPolicy): Promise<ChatOutcome>;
}

export interface AiClientOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); drives the full jitter of the backoff. */
  random?: () => number;
}

const DEFAULT_PATH = "/chat/completions";
/** How much of an error body a failure message quotes. */
const MAX_QUOTED = 300;

type Failure = Extract<ChatOutcome, { ok: false }>;
type Success = Extract<ChatOutcome, { ok: true }>;

/** One attempt's result: a final answer, or a failure that may be retried after `retryAfterMs` (from the server) or the backoff. */
type AttemptResult =
  | { done: true; outcome: Omit<Success, "attempts"> | Omit<Failure, "attempts"> }
  | { done: false; failure: Omit<Failure, "attempts">; retryAfterMs?: number };

export function createAiClient(options: AiClientOptions = {}): AiClient {
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;

  return {
    async chat(request: ChatRequest, retry: RetryPolicy = DEFAULT_RETRY): Promise<ChatOutcome> {
      const policy = sanitizePolicy(retry);
      const redact = redactor(request.apiKey);
      try {
        const prepared = prepare(request);
        if ("kind" in prepared) return { ok: false, ...prepared, message: redact(prepared.message), attempts: 0 };

        for (let attempt = 1; ; attempt++) {
          const result = await attemptOnce(doFetch, prepared, policy.timeoutMs);
          if (result.done) {
            const outcome = result.outcome;
            return outcome.ok ? { ...outcome, attempts: attempt } : { ...outcome, message: redact(outcome.message), attempts: attempt };
          }
          if (attempt >= policy.maxAttempts) {
            const failure = result.failure;
            const tried = attempt === 1 ? "1 attempt" : `${attempt} attempts`;
            return { ...failure, message: redact(`${failure.message} (gave up after ${tried})`), attempts: attempt };
          }
          await sleep(backoffDelay(policy, attempt, result.retryAfterMs, random));
        }
      } catch (error) {
        // Only an injected fetch/sleep/random or a hostile request object gets here; still no throw.
        return { ok: false, kind: "unreachable", message: redact(`AI request failed: ${describeError(error)}`), attempts: 0 };
      }
    },
  };
}

/**
 * The wait before retry number `attempt` (1 = the wait after the first attempt):
 * full jitter over min(maxBackoff, initial * 2^(attempt-1)); a server's
 * Retry-After replaces it, capped at maxBackoffMs.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, Math.ceil(retryAfterMs)), policy.maxBackoffMs);
  const ceiling = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** Math.max(0, attempt - 1));
  const r = random();
  const fraction = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 1;
  return Math.min(Math.floor(fraction * ceiling), policy.maxBackoffMs);
}

/**
 * The retry policy a connector's machine-readable limits describe:
 * rate_limits.retry {max_attempts, initial_backoff_ms, max_backoff_ms, timeout_ms},
 * the per-attempt timeout from rate_limits.timeout_ms, else the connector's
 * timeout_ms / request_timeout_ms, and rate_limits.requests_per_minute as a
 * floor on the first backoff (never retry sooner than one request slot,
 * 60000 / rpm ms). Missing or unusable values fall back to DEFAULT_RETRY.
 */
export function retryPolicyFromConnector(connector: unknown): RetryPolicy {
  const root = asRecord(connector);
  const limits = asRecord(root?.["rate_limits"]);
  const retry = asRecord(limits?.["retry"]);

  const maxAttempts = positiveInt(retry?.["max_attempts"]) ?? DEFAULT_RETRY.maxAttempts;
  let initialBackoffMs = nonNegativeInt(retry?.["initial_backoff_ms"]) ?? DEFAULT_RETRY.initialBackoffMs;
  let maxBackoffMs = nonNegativeInt(retry?.["max_backoff_ms"]) ?? DEFAULT_RETRY.maxBackoffMs;
  const timeoutMs =
    positiveInt(retry?.["timeout_ms"]) ??
    positiveInt(limits?.["timeout_ms"]) ??
    positiveInt(root?.["timeout_ms"]) ??
    positiveInt(root?.["request_timeout_ms"]) ??
    DEFAULT_RETRY.timeoutMs;

  const rpm = positiveNumber(limits?.["requests_per_minute"]);
  if (rpm !== undefined) initialBackoffMs = Math.max(initialBackoffMs, Math.ceil(60000 / rpm));
  if (maxBackoffMs < initialBackoffMs) maxBackoffMs = initialBackoffMs;

  return { maxAttempts, initialBackoffMs, maxBackoffMs, timeoutMs };
}

// ---------------------------------------------------------------------------

interface Prepared {
  url: string;
  apiKey: string;
  model: string;
  body: string;
}

function prepare(request: ChatRequest): Prepared | { kind: ChatFailureKind; message: string } {
  const base = String(request.baseUrl ?? "").replace(/\/+$/, "");
  let path = request.path ?? DEFAULT_PATH;
  if (!path.startsWith("/")) path = `/${path}`;
  const url = `${base}${path}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: "bad_request", message: `AI endpoint URL is not valid: ${JSON.stringify(url)}` };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { kind: "bad_request", message: `AI endpoint URL must be http(s), got ${parsed.protocol}` };
  }
  if (parsed.username || parsed.password) {
    return { kind: "bad_request", message: "AI endpoint URL must not carry credentials" };
  }
  const apiKey = typeof request.apiKey === "string" ? request.apiKey : "";
  // A key the Headers API would reject (control characters, non-Latin-1) would make fetch throw with the value in the text.
  if (!/^[\x21-\x7e\x80-\xff](?:[\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/.test(apiKey)) {
    return { kind: "unauthorized", message: apiKey === "" ? "AI API key is empty" : "AI API key contains characters not allowed in an HTTP header" };
  }

  const payload: Record<string, unknown> = { model: request.model, messages: request.messages };
  if (request.temperature !== undefined) payload["temperature"] = request.temperature;
  if (request.maxTokens !== undefined) payload["max_tokens"] = request.maxTokens;
  if (request.outputSchema !== undefined) {
    payload["response_format"] = {
      type: "json_schema",
      json_schema: { name: request.outputSchema.name, schema: request.outputSchema.schema, strict: false },
    };
  }
  return { url: parsed.href, apiKey, model: request.model, body: JSON.stringify(payload) };
}

async function attemptOnce(doFetch: typeof fetch, prepared: Prepared, timeoutMs: number): Promise<AttemptResult> {
  let response: Response;
  let text: string;
  try {
    response = await doFetch(prepared.url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${prepared.apiKey}`,
        "content-type": "application/json",
        accept: "application/json",
      },
      body: prepared.body,
      // Following a redirect would re-send (or drop) the key somewhere else; an API endpoint has no business redirecting.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const message = isTimeout(error)
      ? `AI endpoint did not answer within ${timeoutMs} ms`
      : `AI endpoint unreachable: ${describeError(error)}`;
    return { done: false, failure: { ok: false, kind: "unreachable", message } };
  }

  const status = response.status;
  const requestId = response.headers.get("x-request-id") ?? undefined;

  if (status >= 200 && status < 300) return { done: true, outcome: parseCompletion(text, prepared.model, requestId, status) };

  const detail = errorDetail(text);
  const message = `AI endpoint answered HTTP ${status}${detail ? `: ${detail}` : ""}${requestId ? ` [request ${requestId}]` : ""}`;

  if (status === 429 || status === 408 || status === 409 || status >= 500) {
    const kind: ChatFailureKind = status === 429 ? "rate_limited" : "server_error";
    const retryAfterMs = retryAfter(response.headers);
    const failure: Omit<Failure, "attempts"> = { ok: false, kind, message, status };
    return retryAfterMs === undefined ? { done: false, failure } : { done: false, failure, retryAfterMs };
  }
  if (status === 401 || status === 403) return { done: true, outcome: { ok: false, kind: "unauthorized", message, status } };
  if (status >= 300 && status < 400) {
    return { done: true, outcome: { ok: false, kind: "bad_response", message: `AI endpoint answered with a redirect (HTTP ${status}); not followed`, status } };
  }
  // 400, 404, 422 and every other 4xx (or non-standard status): the request itself is wrong, retrying won't help.
  return { done: true, outcome: { ok: false, kind: "bad_request", message, status } };
}

function parseCompletion(text: string, requestedModel: string, requestId: string | undefined, status: number): Omit<Success, "attempts"> | Omit<Failure, "attempts"> {
  const bad = (why: string): Omit<Failure, "attempts"> => ({
    ok: false,
    kind: "bad_response",
    message: `AI endpoint answered HTTP ${status} but ${why}${requestId ? ` [request ${requestId}]` : ""}`,
    status,
  });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return bad(`the body is not JSON: ${quote(text)}`);
  }
  const record = asRecord(body);
  if (!record) return bad("the body is not a JSON object");
  const choices = record["choices"];
  if (!Array.isArray(choices)) return bad("the body has no choices array (not a chat completion)");
  if (choices.length === 0) return bad("the completion has no choices");
  const message = asRecord(asRecord(choices[0])?.["message"]);
  if (!message) return bad("choices[0] has no message");
  const content = message["content"];
  if (typeof content !== "string") {
    const refusal = message["refusal"];
    if (typeof refusal === "string" && refusal !== "") return bad(`the model refused: ${quote(refusal)}`);
    return bad("choices[0].message.content is not a string");
  }

  const model = typeof record["model"] === "string" && record["model"] !== "" ? record["model"] : requestedModel;
  const outcome: Omit<Success, "attempts"> = { ok: true, content, json: parseJsonContent(content), model };
  const usage = pickUsage(record["usage"]);
  if (usage) outcome.usage = usage;
  if (requestId !== undefined) outcome.requestId = requestId;
  return outcome;
}

const FENCED = /^```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n([\s\S]*?)\r?\n?[ \t]*```$/;

/** The content as JSON: bare, or the inside of a ```json fenced block; undefined when neither parses. */
export function parseJsonContent(content: string): unknown | undefined {
  const trimmed = content.trim();
  const inner = FENCED.exec(trimmed)?.[1];
  for (const candidate of inner === undefined ? [trimmed] : [inner, trimmed]) {
    if (candidate.trim() === "") continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // next candidate
    }
  }
  return undefined;
}

function pickUsage(value: unknown): ChatUsage | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  const usage: ChatUsage = {};
  for (const key of ["prompt_tokens", "completion_tokens", "total_tokens"] as const) {
    const n = record[key];
    if (typeof n === "number" && Number.isFinite(n)) usage[key] = n;
  }
  return Object.keys(usage).length > 0 ? usage : undefined;
}

/** The error's message from an OpenAI-style body {error: {message, type, code}}, else the start of the body. */
function errorDetail(text: string): string {
  if (text.trim() === "") return "";
  try {
    const error = asRecord(asRecord(JSON.parse(text))?.["error"]);
    if (error) {
      const message = typeof error["message"] === "string" ? error["message"] : "";
      const code = typeof error["code"] === "string" ? error["code"] : typeof error["type"] === "string" ? error["type"] : "";
      const joined = [message, code ? `(${code})` : ""].filter(Boolean).join(" ");
      if (joined) return quote(joined);
    }
  } catch {
    // not JSON: quote the text
  }
  return quote(text);
}

/** Milliseconds the server asked to wait: retry-after-ms, else Retry-After in seconds or as an HTTP-date. */
function retryAfter(headers: Headers): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(?:\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - Date.now());
}

function sanitizePolicy(policy: RetryPolicy): RetryPolicy {
  const maxAttempts = Number.isFinite(policy.maxAttempts) ? Math.max(1, Math.floor(policy.maxAttempts)) : DEFAULT_RETRY.maxAttempts;
  const initialBackoffMs = Number.isFinite(policy.initialBackoffMs) ? Math.max(0, policy.initialBackoffMs) : DEFAULT_RETRY.initialBackoffMs;
  const maxBackoffMs = Number.isFinite(policy.maxBackoffMs) ? Math.max(0, policy.maxBackoffMs) : DEFAULT_RETRY.maxBackoffMs;
  const timeoutMs = Number.isFinite(policy.timeoutMs) && policy.timeoutMs > 0 ? Math.floor(policy.timeoutMs) : DEFAULT_RETRY.timeoutMs;
  return { maxAttempts, initialBackoffMs, maxBackoffMs, timeoutMs };
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "TimeoutError" || (name === "AbortError" && /timeout|timed out/i.test(String((error as { message?: unknown }).message)));
}

/** "fetch failed" alone says nothing; undici puts the reason (ECONNREFUSED, ...) in the cause. */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown };
    const text = [typeof e.code === "string" ? e.code : "", typeof e.message === "string" ? e.message : typeof current === "string" ? current : ""]
      .filter(Boolean)
      .join(" ");
    if (text && !parts.includes(text)) parts.push(text);
    current = e.cause;
  }
  return parts.length > 0 ? parts.join(": ") : "unknown error";
}

/**
 * Scrubs the key from text: the key itself and its URL-encoded and JSON-escaped
 * forms, plus anything shaped like an OpenAI secret key ("sk-...", also the
 * partially masked form "sk-abc***xyz" that OpenAI echoes in 401 messages).
 */
function redactor(apiKey: unknown): (text: string) => string {
  const key = typeof apiKey === "string" ? apiKey : "";
  const forms = key.length >= 4 ? [...new Set([key, encodeURIComponent(key), JSON.stringify(key).slice(1, -1)])] : [];
  return (text) => {
    let out = text;
    for (const form of forms) out = out.split(form).join("[REDACTED]");
    return out.replace(/\bsk-[A-Za-z0-9_\-*.]{3,}/g, "sk-[REDACTED]");
  };
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED)}…` : oneLine;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 ? Math.floor(value) : undefined;
}

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}
