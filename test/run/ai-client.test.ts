import { afterEach, describe, expect, it } from "vitest";
import {
  backoffDelay,
  createAiClient,
  DEFAULT_RETRY,
  parseJsonContent,
  retryPolicyFromConnector,
  type ChatOutcome,
  type ChatRequest,
  type RetryPolicy,
} from "../../src/run/ai-client.ts";
import { startAiServer, type AiReply, type AiServer, type AiServerOptions } from "../support/ai-server.ts";

const KEY = "sk-test-Zq8rT3secretVALUE0123456789";

let server: AiServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: AiServerOptions = {}): Promise<AiServer> {
  server = await startAiServer({ apiKey: KEY, ...options });
  return server;
}

/** A client whose sleep resolves at once but records what it was asked to wait; jitter pinned to the ceiling unless told. */
function fastClient(random: () => number = () => 1) {
  const sleeps: number[] = [];
  const client = createAiClient({
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random,
  });
  return { client, sleeps };
}

function request(url: string, extra: Partial<ChatRequest> = {}): ChatRequest {
  return {
    baseUrl: url,
    apiKey: KEY,
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Answer with JSON only." },
      { role: "user", content: "Classify: the invoice is overdue." },
    ],
    ...extra,
  };
}

const FAST: RetryPolicy = { maxAttempts: 3, initialBackoffMs: 100, maxBackoffMs: 1000, timeoutMs: 5000 };

function failure(outcome: ChatOutcome): Extract<ChatOutcome, { ok: false }> {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function success(outcome: ChatOutcome): Extract<ChatOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.kind}: ${outcome.message}`);
  return outcome;
}

describe("AI client: successful calls", () => {
  it("posts a chat completion with the bearer key and parses JSON content", async () => {
    const s = await start({ handler: () => ({ content: '{"label":"overdue","confidence":0.9}' }) });
    const { client, sleeps } = fastClient();
    const out = success(await client.chat(request(s.url, { temperature: 0, maxTokens: 200 }), FAST));

    expect(out).toMatchObject({ content: '{"label":"overdue","confidence":0.9}', json: { label: "overdue", confidence: 0.9 }, model: "gpt-4o-mini", attempts: 1 });
    expect(out.usage?.total_tokens).toBeGreaterThan(0);
    expect(out.usage?.total_tokens).toBe((out.usage?.prompt_tokens ?? 0) + (out.usage?.completion_tokens ?? 0));
    expect(out.requestId).toMatch(/^req_[0-9a-f]{32}$/);
    expect(sleeps).toEqual([]);

    expect(s.requests).toHaveLength(1);
    const sent = s.requests[0]!;
    expect(sent.path).toBe("/v1/chat/completions");
    expect(sent.headers["authorization"]).toBe(`Bearer ${KEY}`);
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(sent.body).toEqual({
      model: "gpt-4o-mini",
      messages: request(s.url).messages,
      temperature: 0,
      max_tokens: 200,
    });
  });

  it("accepts JSON inside a ```json fence and leaves plain text as json undefined", async () => {
    const s = await start();
    const { client } = fastClient();
    s.respond(() => ({ content: '```json\n{"items": [1, 2, 3]}\n```' }));
    const fenced = success(await client.chat(request(s.url), FAST));
    expect(fenced.json).toEqual({ items: [1, 2, 3] });
    expect(fenced.content).toBe('```json\n{"items": [1, 2, 3]}\n```');

    s.respond(() => ({ content: "The invoice is overdue." }));
    const prose = success(await client.chat(request(s.url), FAST));
    expect(prose.content).toBe("The invoice is overdue.");
    expect(prose.json).toBeUndefined();
  });

  it("parses bare and fenced JSON content, and nothing else", () => {
    expect(parseJsonContent('  {"a":1}\n')).toEqual({ a: 1 });
    expect(parseJsonContent("```\n[true]\n```")).toEqual([true]);
    expect(parseJsonContent('```JSON\r\n{"a":"b"}\r\n```')).toEqual({ a: "b" });
    expect(parseJsonContent("42")).toBe(42);
    expect(parseJsonContent("```json\nnot json\n```")).toBeUndefined();
    expect(parseJsonContent('Here it is: ```json\n{"a":1}\n```')).toBeUndefined();
    expect(parseJsonContent("")).toBeUndefined();
  });

  it("sends the output schema as response_format json_schema (strict false)", async () => {
    const s = await start({ handler: (body) => ({ content: JSON.stringify({ echoed: body.response_format.json_schema.name }) }) });
    const { client } = fastClient();
    const schema = { type: "object", properties: { label: { type: "string" } }, required: ["label"] };
    const out = success(await client.chat(request(s.url, { outputSchema: { name: "classification", schema } }), FAST));
    expect(out.json).toEqual({ echoed: "classification" });
    expect(s.requests[0]!.body.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "classification", schema, strict: false },
    });
    expect(s.requests[0]!.body).not.toHaveProperty("temperature");
    expect(s.requests[0]!.body).not.toHaveProperty("max_tokens");
  });

  it("joins base URL and path whatever the slashes, and honours a custom path", async () => {
    const s = await start();
    const { client } = fastClient();
    success(await client.chat(request(`${s.url}/`), FAST));
    success(await client.chat(request(s.url.replace(/\/v1$/, ""), { path: "v1/chat/completions" }), FAST));
    expect(s.requests.map((r) => r.path)).toEqual(["/v1/chat/completions", "/v1/chat/completions"]);

    const wrong = failure(await client.chat(request(s.url, { path: "/completions" }), FAST));
    expect(wrong).toMatchObject({ kind: "bad_request", status: 404, attempts: 1 });
  });
});

describe("AI client: retries", () => {
  it("retries a 429, honouring Retry-After (seconds), then succeeds", async () => {
    const s = await start({
      handler: (_body, attempt) => (attempt === 1 ? { status: 429, headers: { "retry-after": "0" } } : { content: '{"ok":true}' }),
    });
    const { client, sleeps } = fastClient();
    const out = success(await client.chat(request(s.url), FAST));
    expect(out).toMatchObject({ json: { ok: true }, attempts: 2 });
    expect(sleeps).toEqual([0]);
    expect(s.requests).toHaveLength(2);
  });

  it("caps a long Retry-After at maxBackoffMs, and reads HTTP-dates and retry-after-ms", async () => {
    const future = new Date(Date.now() + 600_000).toUTCString();
    const past = new Date(Date.now() - 60_000).toUTCString();
    const s = await start({
      handler: (_body, attempt): AiReply => {
        switch (attempt) {
          case 1:
            return { status: 429, headers: { "retry-after": "120" } };
          case 2:
            return { status: 503, headers: { "retry-after": future } };
          case 3:
            return { status: 503, headers: { "retry-after": past } };
          case 4:
            return { status: 429, headers: { "retry-after-ms": "250", "retry-after": "1" } };
          default:
            return { content: "{}" };
        }
      },
    });
    const { client, sleeps } = fastClient();
    const out = success(await client.chat(request(s.url), { ...FAST, maxAttempts: 5 }));
    expect(out.attempts).toBe(5);
    expect(sleeps).toEqual([1000, 1000, 0, 250]);
  });

  it("works with the default options (global fetch, real timers)", async () => {
    const s = await start({ handler: (_body, attempt) => (attempt === 1 ? { status: 429, headers: { "retry-after": "0" } } : { content: "[1]" }) });
    const out = success(await createAiClient().chat(request(s.url), FAST));
    expect(out).toMatchObject({ json: [1], attempts: 2 });
  });

  it("retries 500 and 502, then succeeds", async () => {
    const s = await start({
      handler: (_body, attempt) => (attempt === 1 ? { status: 500 } : attempt === 2 ? { status: 502, body: "<html>Bad Gateway</html>" } : { content: '{"n":3}' }),
    });
    const { client, sleeps } = fastClient();
    const out = success(await client.chat(request(s.url), FAST));
    expect(out).toMatchObject({ json: { n: 3 }, attempts: 3 });
    // No Retry-After: full jitter under initial * 2^(n-1), pinned to the ceiling here.
    expect(sleeps).toEqual([100, 200]);
  });

  it("retries 408 and 409 as transient", async () => {
    const s = await start({ handler: (_body, attempt) => (attempt === 1 ? { status: 408 } : attempt === 2 ? { status: 409 } : { content: "fine" }) });
    const { client } = fastClient();
    expect(success(await client.chat(request(s.url), FAST)).attempts).toBe(3);
  });

  it("gives up after maxAttempts with server_error; backoff grows and stays under the cap", async () => {
    const s = await start({ handler: () => ({ status: 503, body: { error: { message: "The engine is currently overloaded.", type: "server_error", code: null } } }) });
    const { client, sleeps } = fastClient();
    const policy: RetryPolicy = { maxAttempts: 6, initialBackoffMs: 100, maxBackoffMs: 1000, timeoutMs: 5000 };
    const out = failure(await client.chat(request(s.url), policy));
    expect(out).toMatchObject({ kind: "server_error", status: 503, attempts: 6 });
    expect(out.message).toContain("The engine is currently overloaded.");
    expect(out.message).toContain("6 attempts");
    expect(s.requests).toHaveLength(6);
    expect(sleeps).toEqual([100, 200, 400, 800, 1000]);
  });

  it("reports rate_limited when the last attempt is still 429", async () => {
    const s = await start({ handler: (_body, attempt) => (attempt === 1 ? { status: 500 } : { status: 429 }) });
    const { client } = fastClient();
    const out = failure(await client.chat(request(s.url), FAST));
    expect(out).toMatchObject({ kind: "rate_limited", status: 429, attempts: 3 });
  });

  it("uses full jitter: delays lie in [0, ceiling) and follow the random source", async () => {
    const s = await start({ handler: () => ({ status: 500 }) });
    const draws = [0.5, 0.25, 0, 0.999];
    let i = 0;
    const { client, sleeps } = fastClient(() => draws[i++ % draws.length]!);
    const out = failure(await client.chat(request(s.url), { maxAttempts: 5, initialBackoffMs: 100, maxBackoffMs: 10_000, timeoutMs: 5000 }));
    expect(out.attempts).toBe(5);
    expect(sleeps).toEqual([50, 50, 0, 799]);

    const policy = { maxAttempts: 10, initialBackoffMs: 500, maxBackoffMs: 8000, timeoutMs: 1 };
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(8000, 500 * 2 ** (attempt - 1));
      for (const r of [0, 0.3, 0.7, 0.999999]) {
        const d = backoffDelay(policy, attempt, undefined, () => r);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(ceiling);
      }
    }
  });

  it("counts a timeout as unreachable and retries it", async () => {
    const s = await start({ handler: (_body, attempt) => (attempt === 1 ? { delayMs: 2000, then: { content: "late" } } : { content: '{"fast":true}' }) });
    const { client, sleeps } = fastClient();
    const started = Date.now();
    const out = success(await client.chat(request(s.url), { ...FAST, timeoutMs: 150 }));
    expect(out).toMatchObject({ json: { fast: true }, attempts: 2 });
    expect(sleeps).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("returns unreachable after every attempt times out", async () => {
    const s = await start({ handler: () => ({ delayMs: 2000, then: { content: "late" } }) });
    const { client, sleeps } = fastClient();
    const out = failure(await client.chat(request(s.url), { ...FAST, maxAttempts: 2, timeoutMs: 100 }));
    expect(out).toMatchObject({ kind: "unreachable", attempts: 2 });
    expect(out.status).toBeUndefined();
    expect(out.message).toMatch(/within 100 ms/);
    expect(sleeps).toEqual([100]);
  });

  it("retries a dropped connection", async () => {
    const s = await start({ handler: (_body, attempt) => (attempt === 1 ? { hangup: true } : { content: "again" }) });
    const { client } = fastClient();
    const out = success(await client.chat(request(s.url), FAST));
    expect(out).toMatchObject({ content: "again", attempts: 2 });
  });
});

describe("AI client: failures that are not retried", () => {
  it("does not retry 401 and never shows the key", async () => {
    const s = await start();
    const { client, sleeps } = fastClient();
    const wrongKey = "sk-proj-WRONGkey9876543210abcdefXYZ";
    const out = failure(await client.chat({ ...request(s.url), apiKey: wrongKey }, FAST));
    expect(out).toMatchObject({ kind: "unauthorized", status: 401, attempts: 1 });
    expect(s.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(out.message).toContain("Incorrect API key provided");
    // The server echoes the key masked (sk-***...Z); neither the key nor its visible ends may come through.
    expect(out.message).not.toContain(wrongKey);
    expect(out.message).not.toContain("XYZ");
    expect(JSON.stringify(out)).not.toContain(wrongKey);
  });

  it("scrubs the key even when the server echoes it verbatim", async () => {
    const s = await start({ handler: () => ({ status: 403, body: { error: { message: `Key ${KEY} may not use gpt-4o-mini; encoded ${encodeURIComponent(KEY)}`, type: "invalid_request_error", code: "model_not_found" } } }) });
    const { client } = fastClient();
    const out = failure(await client.chat(request(s.url), FAST));
    expect(out).toMatchObject({ kind: "unauthorized", status: 403, attempts: 1 });
    expect(out.message).not.toContain(KEY);
    expect(out.message).not.toContain("Zq8rT3secret");
    expect(out.message).toContain("[REDACTED]");
  });

  it("scrubs a key without the sk- prefix from a plain-text error body", async () => {
    const plainKey = "local-key-without-prefix-123";
    const s = await start({ apiKey: plainKey, handler: () => ({ status: 500, body: `upstream said: bad token ${plainKey}` }) });
    const { client } = fastClient();
    const server500 = failure(await client.chat({ ...request(s.url), apiKey: plainKey }, { ...FAST, maxAttempts: 1 }));
    expect(server500.kind).toBe("server_error");
    expect(server500.message).not.toContain(plainKey);
  });

  it.each([
    [400, "bad_request"],
    [404, "bad_request"],
    [422, "bad_request"],
    [401, "unauthorized"],
    [403, "unauthorized"],
  ] as const)("returns %i at once as %s", async (status, kind) => {
    const s = await start({ handler: () => ({ status }) });
    const { client, sleeps } = fastClient();
    const out = failure(await client.chat(request(s.url), FAST));
    expect(out).toMatchObject({ kind, status, attempts: 1 });
    expect(sleeps).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it("surfaces the server's own 400 for an invalid request body", async () => {
    const s = await start();
    const { client } = fastClient();
    const out = failure(await client.chat(request(s.url, { messages: [] }), FAST));
    expect(out).toMatchObject({ kind: "bad_request", status: 400, attempts: 1 });
    expect(out.message).toContain("messages");
  });

  it("gives unreachable for a refused port, after the retries", async () => {
    const s = await startAiServer();
    const url = s.url;
    await s.close();
    const { client, sleeps } = fastClient();
    const out = failure(await client.chat(request(url), FAST));
    expect(out).toMatchObject({ kind: "unreachable", attempts: 3 });
    expect(out.message).toContain("ECONNREFUSED");
    expect(out.message).not.toContain(KEY);
    expect(sleeps).toEqual([100, 200]);
  });

  it("gives bad_response for a 2xx that is not a chat completion", async () => {
    const s = await start();
    const { client } = fastClient();
    const cases: Array<[unknown, RegExp]> = [
      [{ data: [{ id: "gpt-4o-mini" }], object: "list" }, /no choices/],
      [{ choices: [] }, /no choices/],
      [{ choices: [{ index: 0, message: { role: "assistant", content: null } }] }, /content is not a string/],
      [{ choices: [{ index: 0, message: { role: "assistant", content: null, refusal: "I can't help with that." } }] }, /refused/],
      ["<html>gateway</html>", /not JSON/],
      [[1, 2], /not a JSON object/],
    ];
    for (const [body, why] of cases) {
      s.respond(() => ({ status: 200, body }));
      const out = failure(await client.chat(request(s.url), FAST));
      expect(out).toMatchObject({ kind: "bad_response", status: 200, attempts: 1 });
      expect(out.message).toMatch(why);
    }
  });

  it("never throws: a bad URL, an empty key and a throwing fetch all come back as outcomes", async () => {
    const { client } = fastClient();
    expect(failure(await client.chat(request("not a url"), FAST))).toMatchObject({ kind: "bad_request", attempts: 0 });
    expect(failure(await client.chat({ ...request("http://127.0.0.1:9/v1"), apiKey: "" }, FAST))).toMatchObject({ kind: "unauthorized", attempts: 0 });
    expect(failure(await client.chat({ ...request("http://127.0.0.1:9/v1"), apiKey: `${KEY}\n` }, FAST))).toMatchObject({ kind: "unauthorized", attempts: 0 });

    const throwing = createAiClient({
      fetch: async () => {
        throw new Error(`boom with ${KEY}`);
      },
      sleep: async () => {},
    });
    const out = failure(await throwing.chat(request("https://api.example.test/v1"), FAST));
    expect(out).toMatchObject({ kind: "unreachable", attempts: 3 });
    expect(out.message).not.toContain(KEY);
  });
});

describe("retryPolicyFromConnector", () => {
  it("reads the connector's retry limits", () => {
    const connector = {
      rate_limits: {
        global_limit_hint: "500 rpm",
        requests_per_minute: 500,
        retry: { max_attempts: 4, initial_backoff_ms: 1000, max_backoff_ms: 30000 },
      },
    };
    expect(retryPolicyFromConnector(connector)).toEqual({ maxAttempts: 4, initialBackoffMs: 1000, maxBackoffMs: 30000, timeoutMs: DEFAULT_RETRY.timeoutMs });
  });

  it("takes the per-attempt timeout from timeout_ms or request_timeout_ms", () => {
    expect(retryPolicyFromConnector({ rate_limits: { timeout_ms: 15000 } }).timeoutMs).toBe(15000);
    expect(retryPolicyFromConnector({ request_timeout_ms: 45000, rate_limits: {} }).timeoutMs).toBe(45000);
    expect(retryPolicyFromConnector({ request_timeout_ms: 45000, rate_limits: { timeout_ms: 20000 } }).timeoutMs).toBe(20000);
  });

  it("never backs off for less than one request slot at requests_per_minute", () => {
    const policy = retryPolicyFromConnector({ rate_limits: { requests_per_minute: 6, retry: { initial_backoff_ms: 100, max_backoff_ms: 5000 } } });
    expect(policy).toMatchObject({ initialBackoffMs: 10000, maxBackoffMs: 10000 });
  });

  it("falls back to the defaults", () => {
    expect(DEFAULT_RETRY).toEqual({ maxAttempts: 3, initialBackoffMs: 500, maxBackoffMs: 8000, timeoutMs: 60000 });
    for (const connector of [undefined, null, "x", 42, [], {}, { rate_limits: "500 rpm" }, { rate_limits: { retry: null } }]) {
      expect(retryPolicyFromConnector(connector)).toEqual(DEFAULT_RETRY);
    }
    expect(retryPolicyFromConnector({ rate_limits: { retry: { max_attempts: 0, initial_backoff_ms: -5, max_backoff_ms: "30s" } } })).toEqual(DEFAULT_RETRY);
    expect(retryPolicyFromConnector({ rate_limits: { retry: { max_attempts: 5 } } })).toEqual({ ...DEFAULT_RETRY, maxAttempts: 5 });
  });

  it("reads the registry's own OpenAI connector", async () => {
    const { readFile } = await import("node:fs/promises");
    const connector: unknown = JSON.parse(await readFile(new URL("../../registry/connectors/connector.openai.chat_v1.json", import.meta.url), "utf8"));
    expect(retryPolicyFromConnector(connector)).toEqual({ maxAttempts: 4, initialBackoffMs: 1000, maxBackoffMs: 30000, timeoutMs: 60000 });
  });
});

describe("AI test server", () => {
  it("speaks the chat-completions protocol: shape, auth, validation, unknown paths", async () => {
    const s = await start({ handler: () => ({ content: "hello" }) });
    const post = (path: string, body: string, auth = `Bearer ${KEY}`) =>
      fetch(`${s.url.replace(/\/v1$/, "")}${path}`, { method: "POST", headers: { authorization: auth, "content-type": "application/json" }, body });
    const ok = await post("/v1/chat/completions", JSON.stringify({ model: "m-1", messages: [{ role: "user", content: "hi" }] }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toMatch(/^req_/);
    const body = (await ok.json()) as any;
    expect(body).toMatchObject({ object: "chat.completion", model: "m-1", choices: [{ index: 0, message: { role: "assistant", content: "hello" }, finish_reason: "stop" }] });
    expect(body.id).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/);
    expect(Number.isInteger(body.created)).toBe(true);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);

    const unauthorized = await post("/v1/chat/completions", "{}", "Bearer sk-nope-0000000000");
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toMatchObject({ error: { type: "invalid_request_error", code: "invalid_api_key" } });
    expect((await post("/v1/chat/completions", "{}", "")).status).toBe(401);

    for (const bad of ["not json", "{}", '{"model":"m"}', '{"model":"m","messages":[{"role":"user"}]}', '{"model":"m","messages":[{"role":"robot","content":"x"}]}']) {
      const res = await post("/v1/chat/completions", bad);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error" } });
    }
    expect((await post("/v1/embeddings", "{}")).status).toBe(404);
    expect((await fetch(`${s.url}/chat/completions`)).status).toBe(405);
    // Every request is recorded, whatever the answer.
    expect(s.requests).toHaveLength(10);
    expect(s.requests.map((r) => r.path).slice(-2)).toEqual(["/v1/embeddings", "/v1/chat/completions"]);
  });
});
