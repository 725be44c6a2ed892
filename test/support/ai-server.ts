/**
 * A stand-in for an OpenAI-compatible chat-completions endpoint on 127.0.0.1,
 * for driving the real AI client (src/run/ai-client.ts) over real HTTP.
 *
 * POST /v1/chat/completions answers with a chat.completion body shaped like
 * OpenAI's; the bearer key is checked when `apiKey` is set; request bodies are
 * validated minimally (400 otherwise); every other path is 404. Tests script
 * the answers per attempt with a handler: a content string, any status with
 * body and headers, a delay before another reply, or a dropped connection.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface AiServerRequest {
  method: string;
  /** Path as requested, without the query, e.g. "/v1/chat/completions". */
  path: string;
  /** Request headers, lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: any;
}

export interface AiServer {
  /** Base URL like http://127.0.0.1:PORT/v1 */
  url: string;
  /** Every request received, in order, whatever the answer. */
  requests: AiServerRequest[];
  close(): Promise<void>;
  /** Replaces the handler; attempts count from 1 again. */
  respond(handler: AiHandler): void;
}

/**
 * Called for each valid, authorised POST /v1/chat/completions; `attempt` is
 * 1 for the first such request since the handler was set, 2 for the next, ...
 */
export type AiHandler = (body: any, attempt: number) => AiReply | Promise<AiReply>;

export type AiReply =
  /** 200 with a chat.completion carrying this content. */
  | { content: string }
  /** This status; `body` a string is sent as is, anything else as JSON; no body on an error status gets an OpenAI-style error. */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Wait, then reply (nothing is written if the client has gone meanwhile). */
  | { delayMs: number; then: AiReply }
  /** Destroy the socket without answering. */
  | { hangup: true };

export interface AiServerOptions {
  /** When set, requests must carry "Authorization: Bearer <apiKey>". */
  apiKey?: string;
  /** Default: answer "OK". */
  handler?: AiHandler;
}

const CHAT_PATH = "/v1/chat/completions";
const ROLES = new Set(["system", "user", "assistant", "developer", "tool"]);

export async function startAiServer(options: AiServerOptions = {}): Promise<AiServer> {
  let handler: AiHandler = options.handler ?? (() => ({ content: "OK" }));
  let attempt = 0;
  const requests: AiServerRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) sendError(res, 500, String(error), "server_error", null);
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
    }
    let body: any = undefined;
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const method = req.method ?? "GET";
    requests.push({ method, path, headers, body });

    if (path !== CHAT_PATH) {
      return sendError(res, 404, `Invalid URL (${method} ${path})`, "invalid_request_error", null);
    }
    if (method !== "POST") {
      res.setHeader("allow", "POST");
      return sendError(res, 405, `Method ${method} not allowed on ${path}`, "invalid_request_error", null);
    }
    if (options.apiKey !== undefined) {
      const auth = headers["authorization"] ?? "";
      const match = /^Bearer (.+)$/.exec(auth);
      if (!match) {
        return sendError(res, 401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", "invalid_request_error", null);
      }
      if (match[1] !== options.apiKey) {
        return sendError(res, 401, `Incorrect API key provided: ${mask(match[1] ?? "")}. You can find your API key at https://platform.openai.com/account/api-keys.`, "invalid_request_error", "invalid_api_key");
      }
    }
    const problem = typeof body === "string" ? { message: "We could not parse the JSON body of your request.", param: null } : validate(body);
    if (problem) return sendError(res, 400, problem.message, "invalid_request_error", null, problem.param);

    attempt += 1;
    const reply = await handler(body, attempt);
    await send(res, reply, body);
  }

  async function send(res: ServerResponse, reply: AiReply, request: any): Promise<void> {
    if (res.destroyed || res.writableEnded) return;
    if ("hangup" in reply) {
      res.socket?.destroy();
      return;
    }
    if ("delayMs" in reply) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, reply.delayMs);
        timers.add(timer);
        // close() clears the timer; the connection is destroyed then, so resolving is moot.
      });
      return send(res, reply.then, request);
    }
    if ("content" in reply) {
      return sendJson(res, 200, completion(String(request?.model ?? ""), reply.content, request));
    }
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    if (reply.body === undefined) {
      if (reply.status >= 400) {
        const type = reply.status === 429 ? "rate_limit_error" : reply.status >= 500 ? "server_error" : "invalid_request_error";
        const code = reply.status === 429 ? "rate_limit_exceeded" : null;
        return sendError(res, reply.status, reply.status === 429 ? "Rate limit reached for requests." : `The server answered ${reply.status}.`, type, code);
      }
      res.setHeader("x-request-id", requestId());
      res.writeHead(reply.status);
      res.end();
      return;
    }
    if (typeof reply.body === "string") {
      res.setHeader("x-request-id", requestId());
      if (!res.hasHeader("content-type")) res.setHeader("content-type", "text/plain; charset=utf-8");
      res.writeHead(reply.status);
      res.end(reply.body);
      return;
    }
    return sendJson(res, reply.status, reply.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(next: AiHandler): void {
      handler = next;
      attempt = 0;
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

/** A chat.completion body as OpenAI shapes it; token counts are rough (4 characters a token). */
function completion(model: string, content: string, request: any): Record<string, unknown> {
  const promptChars = Array.isArray(request?.messages)
    ? request.messages.reduce((n: number, m: any) => n + (typeof m?.content === "string" ? m.content.length : 0), 0)
    : 0;
  const prompt_tokens = Math.max(1, Math.ceil(promptChars / 4));
  const completion_tokens = Math.max(1, Math.ceil(content.length / 4));
  return {
    id: `chatcmpl-${token(29)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: "stop",
      },
    ],
    usage: {
      prompt_tokens,
      completion_tokens,
      total_tokens: prompt_tokens + completion_tokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    service_tier: "default",
    system_fingerprint: `fp_${randomBytes(5).toString("hex")}`,
  };
}

function validate(body: any): { message: string; param: string | null } | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { message: "The request body must be a JSON object.", param: null };
  if (typeof body.model !== "string" || body.model === "") return { message: "you must provide a model parameter", param: "model" };
  if (!Array.isArray(body.messages)) return { message: "Missing required parameter: 'messages'.", param: "messages" };
  if (body.messages.length === 0) return { message: "Invalid 'messages': empty array. Expected an array with minimum length 1.", param: "messages" };
  for (const [i, m] of (body.messages as unknown[]).entries()) {
    const message = m as any;
    if (message === null || typeof message !== "object" || Array.isArray(message)) return { message: `Invalid type for 'messages[${i}]': expected an object.`, param: `messages[${i}]` };
    if (typeof message.role !== "string" || !ROLES.has(message.role)) return { message: `Invalid value for 'messages[${i}].role'.`, param: `messages[${i}].role` };
    if (typeof message.content !== "string" && !Array.isArray(message.content)) return { message: `Invalid type for 'messages[${i}].content': expected a string or an array.`, param: `messages[${i}].content` };
  }
  if (body.temperature !== undefined && (typeof body.temperature !== "number" || body.temperature < 0 || body.temperature > 2)) {
    return { message: "Invalid 'temperature': expected a number between 0 and 2.", param: "temperature" };
  }
  if (body.max_tokens !== undefined && !(Number.isInteger(body.max_tokens) && body.max_tokens > 0)) {
    return { message: "Invalid 'max_tokens': expected a positive integer.", param: "max_tokens" };
  }
  if (body.response_format !== undefined) {
    const format = body.response_format;
    if (format === null || typeof format !== "object" || typeof format.type !== "string") return { message: "Invalid 'response_format'.", param: "response_format" };
    if (format.type === "json_schema") {
      const spec = format.json_schema;
      if (spec === null || typeof spec !== "object" || typeof spec.name !== "string" || spec.schema === null || typeof spec.schema !== "object") {
        return { message: "Invalid 'response_format.json_schema': expected {name, schema}.", param: "response_format.json_schema" };
      }
    } else if (format.type !== "json_object" && format.type !== "text") {
      return { message: `Invalid value for 'response_format.type': ${JSON.stringify(format.type)}.`, param: "response_format.type" };
    }
  }
  return undefined;
}

function sendError(res: ServerResponse, status: number, message: string, type: string, code: string | null, param: string | null = null): void {
  sendJson(res, status, { error: { message, type, param, code } });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  const text = JSON.stringify(body);
  res.setHeader("content-type", "application/json");
  if (!res.hasHeader("x-request-id")) res.setHeader("x-request-id", requestId());
  res.setHeader("openai-processing-ms", "1");
  res.writeHead(status);
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** OpenAI echoes a wrong key masked: first 3 and last 4 characters. */
function mask(key: string): string {
  return key.length <= 8 ? "*".repeat(key.length) : `${key.slice(0, 3)}${"*".repeat(Math.min(key.length - 7, 20))}${key.slice(-4)}`;
}

function requestId(): string {
  return `req_${randomBytes(16).toString("hex")}`;
}

function token(length: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}
