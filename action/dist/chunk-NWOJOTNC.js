import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  contractName,
  contractOf,
  documentById
} from "./chunk-OYXHRGUF.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-3TFLXBUR.js";
import {
  canonicalJson,
  str,
  stringsOf
} from "./chunk-DEQPY4IZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-KPOE4I3O.js";

// node_modules/json-logic-js/logic.js
var require_logic = __commonJS({
  "node_modules/json-logic-js/logic.js"(exports, module) {
    (function(root, factory) {
      if (typeof define === "function" && define.amd) {
        define(factory);
      } else if (typeof exports === "object") {
        module.exports = factory();
      } else {
        root.jsonLogic = factory();
      }
    })(exports, function() {
      "use strict";
      if (!Array.isArray) {
        Array.isArray = function(arg) {
          return Object.prototype.toString.call(arg) === "[object Array]";
        };
      }
      function arrayUnique(array) {
        var a = [];
        for (var i = 0, l = array.length; i < l; i++) {
          if (a.indexOf(array[i]) === -1) {
            a.push(array[i]);
          }
        }
        return a;
      }
      var jsonLogic2 = {};
      var operations = {
        "==": function(a, b) {
          return a == b;
        },
        "===": function(a, b) {
          return a === b;
        },
        "!=": function(a, b) {
          return a != b;
        },
        "!==": function(a, b) {
          return a !== b;
        },
        ">": function(a, b) {
          return a > b;
        },
        ">=": function(a, b) {
          return a >= b;
        },
        "<": function(a, b, c) {
          return c === void 0 ? a < b : a < b && b < c;
        },
        "<=": function(a, b, c) {
          return c === void 0 ? a <= b : a <= b && b <= c;
        },
        "!!": function(a) {
          return jsonLogic2.truthy(a);
        },
        "!": function(a) {
          return !jsonLogic2.truthy(a);
        },
        "%": function(a, b) {
          return a % b;
        },
        "log": function(a) {
          console.log(a);
          return a;
        },
        "in": function(a, b) {
          if (!b || typeof b.indexOf === "undefined") return false;
          return b.indexOf(a) !== -1;
        },
        "cat": function() {
          return Array.prototype.join.call(arguments, "");
        },
        "substr": function(source, start, end) {
          if (end < 0) {
            var temp = String(source).substr(start);
            return temp.substr(0, temp.length + end);
          }
          return String(source).substr(start, end);
        },
        "+": function() {
          return Array.prototype.reduce.call(arguments, function(a, b) {
            return parseFloat(a, 10) + parseFloat(b, 10);
          }, 0);
        },
        "*": function() {
          return Array.prototype.reduce.call(arguments, function(a, b) {
            return parseFloat(a, 10) * parseFloat(b, 10);
          });
        },
        "-": function(a, b) {
          if (b === void 0) {
            return -a;
          } else {
            return a - b;
          }
        },
        "/": function(a, b) {
          return a / b;
        },
        "min": function() {
          return Math.min.apply(this, arguments);
        },
        "max": function() {
          return Math.max.apply(this, arguments);
        },
        "merge": function() {
          return Array.prototype.reduce.call(arguments, function(a, b) {
            return a.concat(b);
          }, []);
        },
        "var": function(a, b) {
          var not_found = b === void 0 ? null : b;
          var data = this;
          if (typeof a === "undefined" || a === "" || a === null) {
            return data;
          }
          var sub_props = String(a).split(".");
          for (var i = 0; i < sub_props.length; i++) {
            if (data === null || data === void 0) {
              return not_found;
            }
            data = data[sub_props[i]];
            if (data === void 0) {
              return not_found;
            }
          }
          return data;
        },
        "missing": function() {
          var missing = [];
          var keys = Array.isArray(arguments[0]) ? arguments[0] : arguments;
          for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            var value = jsonLogic2.apply({ "var": key }, this);
            if (value === null || value === "") {
              missing.push(key);
            }
          }
          return missing;
        },
        "missing_some": function(need_count, options) {
          var are_missing = jsonLogic2.apply({ "missing": options }, this);
          if (options.length - are_missing.length >= need_count) {
            return [];
          } else {
            return are_missing;
          }
        }
      };
      jsonLogic2.is_logic = function(logic) {
        return typeof logic === "object" && // An object
        logic !== null && // but not null
        !Array.isArray(logic) && // and not an array
        Object.keys(logic).length === 1;
      };
      jsonLogic2.truthy = function(value) {
        if (Array.isArray(value) && value.length === 0) {
          return false;
        }
        return !!value;
      };
      jsonLogic2.get_operator = function(logic) {
        return Object.keys(logic)[0];
      };
      jsonLogic2.get_values = function(logic) {
        return logic[jsonLogic2.get_operator(logic)];
      };
      jsonLogic2.apply = function(logic, data) {
        if (Array.isArray(logic)) {
          return logic.map(function(l) {
            return jsonLogic2.apply(l, data);
          });
        }
        if (!jsonLogic2.is_logic(logic)) {
          return logic;
        }
        var op = jsonLogic2.get_operator(logic);
        var values = logic[op];
        var i;
        var current;
        var scopedLogic;
        var scopedData;
        var initial;
        if (!Array.isArray(values)) {
          values = [values];
        }
        if (op === "if" || op == "?:") {
          for (i = 0; i < values.length - 1; i += 2) {
            if (jsonLogic2.truthy(jsonLogic2.apply(values[i], data))) {
              return jsonLogic2.apply(values[i + 1], data);
            }
          }
          if (values.length === i + 1) {
            return jsonLogic2.apply(values[i], data);
          }
          return null;
        } else if (op === "and") {
          for (i = 0; i < values.length; i += 1) {
            current = jsonLogic2.apply(values[i], data);
            if (!jsonLogic2.truthy(current)) {
              return current;
            }
          }
          return current;
        } else if (op === "or") {
          for (i = 0; i < values.length; i += 1) {
            current = jsonLogic2.apply(values[i], data);
            if (jsonLogic2.truthy(current)) {
              return current;
            }
          }
          return current;
        } else if (op === "filter") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData)) {
            return [];
          }
          return scopedData.filter(function(datum) {
            return jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, datum));
          });
        } else if (op === "map") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData)) {
            return [];
          }
          return scopedData.map(function(datum) {
            return jsonLogic2.apply(scopedLogic, datum);
          });
        } else if (op === "reduce") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          initial = typeof values[2] !== "undefined" ? jsonLogic2.apply(values[2], data) : null;
          if (!Array.isArray(scopedData)) {
            return initial;
          }
          return scopedData.reduce(
            function(accumulator, current2) {
              return jsonLogic2.apply(
                scopedLogic,
                { current: current2, accumulator }
              );
            },
            initial
          );
        } else if (op === "all") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData) || !scopedData.length) {
            return false;
          }
          for (i = 0; i < scopedData.length; i += 1) {
            if (!jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, scopedData[i]))) {
              return false;
            }
          }
          return true;
        } else if (op === "none") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData) || !scopedData.length) {
            return true;
          }
          for (i = 0; i < scopedData.length; i += 1) {
            if (jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, scopedData[i]))) {
              return false;
            }
          }
          return true;
        } else if (op === "some") {
          scopedData = jsonLogic2.apply(values[0], data);
          scopedLogic = values[1];
          if (!Array.isArray(scopedData) || !scopedData.length) {
            return false;
          }
          for (i = 0; i < scopedData.length; i += 1) {
            if (jsonLogic2.truthy(jsonLogic2.apply(scopedLogic, scopedData[i]))) {
              return true;
            }
          }
          return false;
        }
        values = values.map(function(val) {
          return jsonLogic2.apply(val, data);
        });
        if (operations.hasOwnProperty(op) && typeof operations[op] === "function") {
          return operations[op].apply(data, values);
        } else if (op.indexOf(".") > 0) {
          var sub_ops = String(op).split(".");
          var operation = operations;
          for (i = 0; i < sub_ops.length; i++) {
            if (!operation.hasOwnProperty(sub_ops[i])) {
              throw new Error("Unrecognized operation " + op + " (failed at " + sub_ops.slice(0, i + 1).join(".") + ")");
            }
            operation = operation[sub_ops[i]];
          }
          return operation.apply(data, values);
        }
        throw new Error("Unrecognized operation " + op);
      };
      jsonLogic2.uses_data = function(logic) {
        var collection = [];
        if (jsonLogic2.is_logic(logic)) {
          var op = jsonLogic2.get_operator(logic);
          var values = logic[op];
          if (!Array.isArray(values)) {
            values = [values];
          }
          if (op === "var") {
            collection.push(values[0]);
          } else {
            values.forEach(function(val) {
              collection.push.apply(collection, jsonLogic2.uses_data(val));
            });
          }
        }
        return arrayUnique(collection);
      };
      jsonLogic2.add_operation = function(name, code) {
        operations[name] = code;
      };
      jsonLogic2.rm_operation = function(name) {
        delete operations[name];
      };
      jsonLogic2.rule_like = function(rule, pattern) {
        if (pattern === rule) {
          return true;
        }
        if (pattern === "@") {
          return true;
        }
        if (pattern === "number") {
          return typeof rule === "number";
        }
        if (pattern === "string") {
          return typeof rule === "string";
        }
        if (pattern === "array") {
          return Array.isArray(rule) && !jsonLogic2.is_logic(rule);
        }
        if (jsonLogic2.is_logic(pattern)) {
          if (jsonLogic2.is_logic(rule)) {
            var pattern_op = jsonLogic2.get_operator(pattern);
            var rule_op = jsonLogic2.get_operator(rule);
            if (pattern_op === "@" || pattern_op === rule_op) {
              return jsonLogic2.rule_like(
                jsonLogic2.get_values(rule, false),
                jsonLogic2.get_values(pattern, false)
              );
            }
          }
          return false;
        }
        if (Array.isArray(pattern)) {
          if (Array.isArray(rule)) {
            if (pattern.length !== rule.length) {
              return false;
            }
            for (var i = 0; i < pattern.length; i += 1) {
              if (!jsonLogic2.rule_like(rule[i], pattern[i])) {
                return false;
              }
            }
            return true;
          } else {
            return false;
          }
        }
        return false;
      };
      return jsonLogic2;
    });
  }
});

// src/run/ai-client.ts
var DEFAULT_RETRY = Object.freeze({
  maxAttempts: 3,
  initialBackoffMs: 500,
  maxBackoffMs: 8e3,
  timeoutMs: 6e4
});
var DEFAULT_PATH = "/chat/completions";
var MAX_QUOTED = 300;
function createAiClient(options = {}) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  return {
    async chat(request, retry = DEFAULT_RETRY) {
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
        return { ok: false, kind: "unreachable", message: redact(`AI request failed: ${describeError(error)}`), attempts: 0 };
      }
    }
  };
}
function backoffDelay(policy, attempt, retryAfterMs, random = Math.random) {
  if (retryAfterMs !== void 0) return Math.min(Math.max(0, Math.ceil(retryAfterMs)), policy.maxBackoffMs);
  const ceiling = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** Math.max(0, attempt - 1));
  const r = random();
  const fraction = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 1;
  return Math.min(Math.floor(fraction * ceiling), policy.maxBackoffMs);
}
function retryPolicyFromConnector(connector) {
  const root = asRecord(connector);
  const limits = asRecord(root?.["rate_limits"]);
  const retry = asRecord(limits?.["retry"]);
  const maxAttempts = positiveInt(retry?.["max_attempts"]) ?? DEFAULT_RETRY.maxAttempts;
  let initialBackoffMs = nonNegativeInt(retry?.["initial_backoff_ms"]) ?? DEFAULT_RETRY.initialBackoffMs;
  let maxBackoffMs = nonNegativeInt(retry?.["max_backoff_ms"]) ?? DEFAULT_RETRY.maxBackoffMs;
  const timeoutMs = positiveInt(retry?.["timeout_ms"]) ?? positiveInt(limits?.["timeout_ms"]) ?? positiveInt(root?.["timeout_ms"]) ?? positiveInt(root?.["request_timeout_ms"]) ?? DEFAULT_RETRY.timeoutMs;
  const rpm = positiveNumber(limits?.["requests_per_minute"]);
  if (rpm !== void 0) initialBackoffMs = Math.max(initialBackoffMs, Math.ceil(6e4 / rpm));
  if (maxBackoffMs < initialBackoffMs) maxBackoffMs = initialBackoffMs;
  return { maxAttempts, initialBackoffMs, maxBackoffMs, timeoutMs };
}
function prepare(request) {
  const base = String(request.baseUrl ?? "").replace(/\/+$/, "");
  let path = request.path ?? DEFAULT_PATH;
  if (!path.startsWith("/")) path = `/${path}`;
  const url = `${base}${path}`;
  let parsed;
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
  if (!/^[\x21-\x7e\x80-\xff](?:[\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/.test(apiKey)) {
    return { kind: "unauthorized", message: apiKey === "" ? "AI API key is empty" : "AI API key contains characters not allowed in an HTTP header" };
  }
  const payload = { model: request.model, messages: request.messages };
  if (request.temperature !== void 0) payload["temperature"] = request.temperature;
  if (request.maxTokens !== void 0) payload["max_tokens"] = request.maxTokens;
  if (request.outputSchema !== void 0) {
    payload["response_format"] = {
      type: "json_schema",
      json_schema: { name: request.outputSchema.name, schema: request.outputSchema.schema, strict: false }
    };
  }
  return { url: parsed.href, apiKey, model: request.model, body: JSON.stringify(payload) };
}
async function attemptOnce(doFetch, prepared, timeoutMs) {
  let response;
  let text;
  try {
    response = await doFetch(prepared.url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${prepared.apiKey}`,
        "content-type": "application/json",
        accept: "application/json"
      },
      body: prepared.body,
      // Following a redirect would re-send (or drop) the key somewhere else; an API endpoint has no business redirecting.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
    text = await response.text();
  } catch (error) {
    const message2 = isTimeout(error) ? `AI endpoint did not answer within ${timeoutMs} ms` : `AI endpoint unreachable: ${describeError(error)}`;
    return { done: false, failure: { ok: false, kind: "unreachable", message: message2 } };
  }
  const status = response.status;
  const requestId = response.headers.get("x-request-id") ?? void 0;
  if (status >= 200 && status < 300) return { done: true, outcome: parseCompletion(text, prepared.model, requestId, status) };
  const detail = errorDetail(text);
  const message = `AI endpoint answered HTTP ${status}${detail ? `: ${detail}` : ""}${requestId ? ` [request ${requestId}]` : ""}`;
  if (status === 429 || status === 408 || status === 409 || status >= 500) {
    const kind = status === 429 ? "rate_limited" : "server_error";
    const retryAfterMs = retryAfter(response.headers);
    const failure = { ok: false, kind, message, status };
    return retryAfterMs === void 0 ? { done: false, failure } : { done: false, failure, retryAfterMs };
  }
  if (status === 401 || status === 403) return { done: true, outcome: { ok: false, kind: "unauthorized", message, status } };
  if (status >= 300 && status < 400) {
    return { done: true, outcome: { ok: false, kind: "bad_response", message: `AI endpoint answered with a redirect (HTTP ${status}); not followed`, status } };
  }
  return { done: true, outcome: { ok: false, kind: "bad_request", message, status } };
}
function parseCompletion(text, requestedModel, requestId, status) {
  const bad = (why) => ({
    ok: false,
    kind: "bad_response",
    message: `AI endpoint answered HTTP ${status} but ${why}${requestId ? ` [request ${requestId}]` : ""}`,
    status
  });
  let body;
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
  const outcome = { ok: true, content, json: parseJsonContent(content), model };
  const usage = pickUsage(record["usage"]);
  if (usage) outcome.usage = usage;
  if (requestId !== void 0) outcome.requestId = requestId;
  return outcome;
}
var FENCED = /^```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n([\s\S]*?)\r?\n?[ \t]*```$/;
function parseJsonContent(content) {
  const trimmed = content.trim();
  const inner = FENCED.exec(trimmed)?.[1];
  for (const candidate of inner === void 0 ? [trimmed] : [inner, trimmed]) {
    if (candidate.trim() === "") continue;
    try {
      return JSON.parse(candidate);
    } catch {
    }
  }
  return void 0;
}
function pickUsage(value) {
  const record = asRecord(value);
  if (!record) return void 0;
  const usage = {};
  for (const key of ["prompt_tokens", "completion_tokens", "total_tokens"]) {
    const n = record[key];
    if (typeof n === "number" && Number.isFinite(n)) usage[key] = n;
  }
  return Object.keys(usage).length > 0 ? usage : void 0;
}
function errorDetail(text) {
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
  }
  return quote(text);
}
function retryAfter(headers) {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(?:\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after")?.trim();
  if (!value) return void 0;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1e3;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, at - Date.now());
}
function sanitizePolicy(policy) {
  const maxAttempts = Number.isFinite(policy.maxAttempts) ? Math.max(1, Math.floor(policy.maxAttempts)) : DEFAULT_RETRY.maxAttempts;
  const initialBackoffMs = Number.isFinite(policy.initialBackoffMs) ? Math.max(0, policy.initialBackoffMs) : DEFAULT_RETRY.initialBackoffMs;
  const maxBackoffMs = Number.isFinite(policy.maxBackoffMs) ? Math.max(0, policy.maxBackoffMs) : DEFAULT_RETRY.maxBackoffMs;
  const timeoutMs = Number.isFinite(policy.timeoutMs) && policy.timeoutMs > 0 ? Math.floor(policy.timeoutMs) : DEFAULT_RETRY.timeoutMs;
  return { maxAttempts, initialBackoffMs, maxBackoffMs, timeoutMs };
}
function isTimeout(error) {
  const name = error?.name;
  return name === "TimeoutError" || name === "AbortError" && /timeout|timed out/i.test(String(error.message));
}
function describeError(error) {
  const parts = [];
  let current = error;
  for (let depth = 0; depth < 4 && current !== void 0 && current !== null; depth++) {
    const e = current;
    const text = [typeof e.code === "string" ? e.code : "", typeof e.message === "string" ? e.message : typeof current === "string" ? current : ""].filter(Boolean).join(" ");
    if (text && !parts.includes(text)) parts.push(text);
    current = e.cause;
  }
  return parts.length > 0 ? parts.join(": ") : "unknown error";
}
function redactor(apiKey) {
  const key = typeof apiKey === "string" ? apiKey : "";
  const forms = key.length >= 4 ? [.../* @__PURE__ */ new Set([key, encodeURIComponent(key), JSON.stringify(key).slice(1, -1)])] : [];
  return (text) => {
    let out = text;
    for (const form of forms) out = out.split(form).join("[REDACTED]");
    return out.replace(/\bsk-[A-Za-z0-9_\-*.]{3,}/g, "sk-[REDACTED]");
  };
}
function quote(text) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED)}\u2026` : oneLine;
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function positiveInt(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 ? Math.floor(value) : void 0;
}
function nonNegativeInt(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : void 0;
}
function positiveNumber(value) {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
}

// src/run/data.ts
var import_json_logic_js = __toESM(require_logic(), 1);
import_json_logic_js.default.rm_operation("log");
var OPERATIONS = /* @__PURE__ */ new Set([
  "var",
  "missing",
  "missing_some",
  "if",
  "?:",
  "==",
  "===",
  "!=",
  "!==",
  "!",
  "!!",
  "or",
  "and",
  ">",
  ">=",
  "<",
  "<=",
  "max",
  "min",
  "+",
  "-",
  "*",
  "/",
  "%",
  "map",
  "reduce",
  "filter",
  "all",
  "none",
  "some",
  "merge",
  "in",
  "cat",
  "substr"
]);
function isRule(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && OPERATIONS.has(keys[0]);
}
function applyRule(rule, data) {
  return import_json_logic_js.default.apply(rule, data);
}
function resolveMapping(mapping, data) {
  if (isRule(mapping)) return applyRule(mapping, data);
  if (Array.isArray(mapping)) return mapping.map((m) => resolveMapping(m, data));
  if (mapping !== null && typeof mapping === "object") return Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, resolveMapping(v, data)]));
  return mapping;
}

// src/run/ai-step.ts
var CONTENT_ATTEMPTS = 2;
function apiKeySecret(connector) {
  const methods = Array.isArray(connector.auth_methods) ? connector.auth_methods : [];
  return str(connector.api_key_secret) ?? methods.map((m) => str(m.secret_name)).find(Boolean);
}
async function runAiStep(node, data, deps, contract) {
  const s = node.raw;
  const connectorId = str(s.connector_id);
  const runtimeId = str(s.runtime_id);
  const model = str(s.model) ?? "";
  const environment = { ...connectorId ? { connector_id: connectorId } : {}, ...runtimeId ? { runtime_id: runtimeId } : {}, model };
  if (!connectorId) return { status: "failed", reason: `AI step ${node.id} names no connector_id`, environment };
  const connector = documentById(deps.registry, "connector", connectorId);
  if (!connector) return { status: "failed", reason: `connector ${connectorId} is not in the registry`, environment };
  const runtime = runtimeId ? documentById(deps.registry, "runtime_binding", runtimeId) : void 0;
  const baseUrl = deps.aiBaseUrl ?? str(connector.base_url) ?? str(runtime?.base_url);
  if (!baseUrl) return { status: "failed", reason: `connector ${connectorId} has no base_url`, environment };
  environment.endpoint = new URL(baseUrl).host;
  const secretName = apiKeySecret(connector);
  const apiKey = secretName ? deps.secret(secretName) : void 0;
  if (!apiKey)
    return {
      status: "paused",
      reason: secretName ? `no API key: the secret ${secretName} that connector ${connectorId} names is not set` : `connector ${connectorId} names no secret for its API key`,
      attempts: 0,
      environment
    };
  const schemaRef = s.output_schema;
  const schema = typeof schemaRef === "string" ? deps.registry.schemas.get(schemaRef)?.schema : schemaRef && typeof schemaRef === "object" ? schemaRef : void 0;
  if (typeof schemaRef === "string" && !schema) return { status: "failed", reason: `output schema ${schemaRef} is not in the registry`, environment };
  if (schema && typeof schemaRef !== "string") {
    try {
      deps.registry.schemas.validateInline(schema, null);
    } catch (error) {
      return { status: "failed", reason: `the step's inline output schema cannot be used: ${error.message}`, environment };
    }
  }
  const input = resolveMapping(s.input ?? { inputs: data.inputs }, data);
  const instructions = str(s.instructions) ?? `Carry out step ${node.id} of contract ${contract.id}.`;
  const messages = [
    { role: "system", content: schema ? `${instructions}

Answer with one JSON object that satisfies this JSON Schema:
${JSON.stringify(schema)}` : instructions },
    { role: "user", content: JSON.stringify(input) }
  ];
  const retry = retryPolicyFromConnector(connector);
  let attempts = 0;
  let last = "";
  for (let round = 1; round <= CONTENT_ATTEMPTS; round++) {
    const answer = await deps.ai.chat(
      {
        baseUrl,
        ...str(connector.chat_completions_path) ? { path: String(connector.chat_completions_path) } : {},
        apiKey,
        model,
        messages,
        ...typeof s.temperature === "number" ? { temperature: s.temperature } : {},
        ...typeof s.max_tokens === "number" ? { maxTokens: s.max_tokens } : {},
        ...schema ? { outputSchema: { name: (typeof schemaRef === "string" ? schemaRef : `${node.id}_output`).replace(/[^A-Za-z0-9_-]/g, "_"), schema } } : {}
      },
      retry
    );
    attempts += answer.attempts;
    if (!answer.ok) {
      if (answer.kind === "bad_request" || answer.kind === "bad_response") return { status: "failed", reason: `the model endpoint refused the request: ${answer.message}`, environment };
      const why = { unreachable: "the model endpoint cannot be reached", unauthorized: "the model endpoint rejects the API key", rate_limited: "the model endpoint's rate limit held through every retry", server_error: "the model endpoint kept failing" }[answer.kind];
      return { status: "paused", reason: `${why} (${answer.message})`, attempts, environment };
    }
    if (answer.json === void 0 || answer.json === null || typeof answer.json !== "object") {
      last = "the answer is not a JSON object";
      continue;
    }
    const problems = typeof schemaRef === "string" ? deps.registry.schemas.validate(schemaRef, answer.json) : schema ? deps.registry.schemas.validateInline(schema, answer.json) ? void 0 : [{ message: "the answer does not satisfy the inline output schema" }] : void 0;
    if (problems && problems.length > 0) {
      last = `the answer does not satisfy ${typeof schemaRef === "string" ? schemaRef : "the output schema"}: ${problems[0].message}`;
      continue;
    }
    const outcome = str(answer.json.outcome) ?? "done";
    return { status: "done", outcome, output: answer.json, model: answer.model || model, attempts, ...answer.usage ? { usage: answer.usage } : {}, environment };
  }
  return { status: "failed", reason: `${last} (after ${CONTENT_ATTEMPTS} answers)`, environment };
}

// src/run/deterministic.ts
var TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b/;
var UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/i;
function determinismViolation(output, again, data) {
  if (canonicalJson(output) !== canonicalJson(again)) return "the rule gave two different results for the same data";
  const seen = new Set([...stringsOf(data)].map((s) => s.value));
  for (const s of stringsOf(output)) {
    for (const pattern of [TIMESTAMP, UUID]) {
      const m = pattern.exec(s.value);
      if (m && ![...seen].some((v) => v.includes(m[0]))) return `its output carries ${pattern === TIMESTAMP ? "a timestamp" : "a random-looking id"} (${m[0]}) that is not in its inputs`;
    }
  }
  return void 0;
}
function runDeterministic(step, data, schemaCheck) {
  let result;
  if (step.rule !== void 0) {
    try {
      result = applyRule(step.rule, data);
      const violation = determinismViolation(result, applyRule(step.rule, data), data);
      if (violation) return { ok: false, reason: `determinism guard: ${violation}` };
    } catch (error) {
      return { ok: false, reason: `the rule cannot be evaluated: ${error.message}` };
    }
  } else if (step.condition !== void 0) {
    result = schemaCheck(step.condition, data);
  } else result = true;
  if (typeof result === "string" && result !== "") return { ok: true, outcome: result, output: { outcome: result } };
  if (typeof result === "boolean") return { ok: true, outcome: result ? "pass" : "fail", output: { outcome: result ? "pass" : "fail" } };
  if (result !== null && typeof result === "object" && !Array.isArray(result) && typeof result.outcome === "string")
    return { ok: true, outcome: result.outcome, output: result };
  return { ok: false, reason: `the rule gave ${JSON.stringify(result)}; it must give an outcome (a string), true/false, or an object with an "outcome"` };
}

// src/run/duration.ts
function durationMs(text) {
  const m = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!m || text === "P" || text.endsWith("T")) return void 0;
  const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
  return ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1e3;
}
function iso(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/run/episodes.ts
function hasActionSignature(release) {
  return release === "6.0.0";
}
function iso2(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function episodeOf(f) {
  const seq = f.run.seq + 1;
  const where = f.frame.id.replace(/\//g, ".");
  const name = `${String(seq).padStart(4, "0")}-${where}${f.step ? `-${f.step}` : ""}-${f.event}.json`;
  const episode = {
    episode_id: `${f.run.run_id}#${seq}`,
    episode_type: f.episodeType ?? f.contract.episodeType ?? `execution/${contractName(f.frame.contract_id)}`,
    mova_version: f.run.release,
    recorded_at: iso2(f.now),
    ...f.startedAt ? { started_at: f.startedAt, finished_at: iso2(f.now) } : {},
    ...f.contract.envelopeType ? { input_envelopes: [{ envelope_type: f.contract.envelopeType, envelope_id: f.run.run_id }] } : {},
    input_data_refs: [{ data_type: f.contract.inputType ?? "ds.mova_schema_core_v1", data_id: `${f.run.run_id}/${f.frame.id}/inputs` }],
    executor: {
      role: f.executor.role,
      executor_id: f.executor.executor_id,
      executor_kind: f.executor.executor_kind,
      environment: { ...f.executor.environment ?? {}, tool: `${TOOL_NAME} ${TOOL_VERSION}` }
    },
    result_status: f.status,
    result_summary: f.summary,
    ...f.details ? { result_details: f.details } : {},
    ...f.outputType && f.status === "completed" ? { output_data_refs: [{ data_type: f.outputType, data_id: `${f.run.run_id}/${f.frame.id}/${f.step}` }] } : {},
    ...hasActionSignature(f.run.release) ? { verb_id: f.contract.verb ?? "execute", tool_id: f.tool ?? 0 } : {},
    meta_episode: { run_id: f.run.run_id, contract_id: f.frame.contract_id, frame: f.frame.id, ...f.step ? { step_id: f.step } : {}, event: f.event, seq }
  };
  return { name, episode };
}

// src/run/gates.ts
var REFUSALS = {
  pending: { security: false },
  commented: { security: false },
  // Late, not forged: the gate had been decided (by other reviews, or by a job that won the push race) when it came.
  after_decision: { security: false },
  dismissed: { security: true, category: "authorization", severity: "low" },
  unknown_option: { security: true, category: "policy_violation", severity: "low" },
  before_gate: { security: true, category: "authorization", severity: "low" },
  stale_commit: { security: true, category: "authorization", severity: "medium" },
  not_approver: { security: true, category: "authorization", severity: "medium" },
  bot_reviewer: { security: true, category: "authorization", severity: "high" },
  self_approval: { security: true, category: "authorization", severity: "high" },
  initiator_approval: { security: true, category: "authorization", severity: "high" }
};
function isBot(review) {
  return review.user_type === "Bot" || /\[bot\]$/i.test(review.user);
}
var DECIDE = /^[ \t]*\/decide[ \t]+(\S+)[ \t]*$/im;
function identity(review, ctx) {
  const user = review.user.toLowerCase();
  if (isBot(review)) return { code: "bot_reviewer", reason: `${review.user} is a bot, and bots never decide a gate` };
  if (user === ctx.author.toLowerCase()) return { code: "self_approval", reason: `${review.user} opened this pull request, and the author cannot decide their own run's gates` };
  if (user === ctx.initiator.toLowerCase()) return { code: "initiator_approval", reason: `${review.user} started this run, and the initiator cannot decide their own run's gates` };
  if (!ctx.entitled.has(user)) return { code: "not_approver", reason: `${review.user} is not an approver of role ${ctx.role ?? "(none)"}` };
  return void 0;
}
function judgeReview(gate, review, ctx) {
  const refuse = (code, reason, extra = {}) => ({ review, counts: false, reason, code, ...extra });
  const state = review.state.toUpperCase();
  if (state === "PENDING") return refuse("pending", "the review is still pending: it was never submitted");
  if (state === "DISMISSED") return refuse("dismissed", "the review was dismissed, and dismissed reviews do not count");
  if (state === "COMMENTED") {
    const impostor = DECIDE.test(review.body ?? "") ? identity(review, ctx) : void 0;
    return impostor ? refuse(impostor.code, `${impostor.reason}; a COMMENTED review decides nothing anyway`) : refuse("commented", "a COMMENTED review decides nothing: approve, or request changes");
  }
  if (isBot(review)) return refuse("bot_reviewer", `${review.user} is a bot, and bots never decide a gate`);
  if (!review.submitted_at || Date.parse(review.submitted_at) < Date.parse(ctx.openedAt)) return refuse("before_gate", `it was submitted before the gate opened (${ctx.openedAt})`);
  if (!review.commit_id || !ctx.heads.has(review.commit_id)) {
    const opened = [...ctx.heads][0];
    return refuse("stale_commit", `it reviews commit ${(review.commit_id ?? "none").slice(0, 7)}, not ${opened ? opened.slice(0, 7) : "the commit"}, the commit the gate opened at`);
  }
  const who = identity(review, ctx);
  if (who) return refuse(who.code, who.reason);
  const named = DECIDE.exec(review.body ?? "")?.[1];
  if (named !== void 0 && !gate.options.includes(named))
    return refuse("unknown_option", `/decide ${named} names no option of this gate (${gate.options.join(", ")})`, { unknownOption: named });
  const option = named ?? (state === "APPROVED" ? gate.approve_option : gate.reject_option);
  return { review, counts: true, option };
}
function evaluateGate(gate, reviews, ctx) {
  const verdicts = reviews.map((r) => judgeReview(gate, r, ctx));
  const latest = /* @__PURE__ */ new Map();
  for (const v of [...verdicts].sort((a, b) => (a.review.submitted_at ?? "").localeCompare(b.review.submitted_at ?? "") || a.review.id - b.review.id)) {
    const state = v.review.state.toUpperCase();
    if (state === "COMMENTED" || state === "PENDING") continue;
    latest.set(v.review.user.toLowerCase(), v);
  }
  const votes = /* @__PURE__ */ new Map();
  for (const v of latest.values()) if (v.counts && v.option) votes.set(v.option, [...votes.get(v.option) ?? [], v]);
  const decide = (option) => {
    const vs = votes.get(option);
    return { option, by: vs.map((v) => v.review.user), review_ids: vs.map((v) => v.review.id) };
  };
  if ((votes.get(gate.reject_option)?.length ?? 0) > 0) return { decision: decide(gate.reject_option), verdicts };
  for (const option of gate.options) if ((votes.get(option)?.length ?? 0) >= gate.required) return { decision: decide(option), verdicts };
  return { verdicts };
}

// src/run/types.ts
function gateKey(frame, step) {
  return `${frame}/${step}`;
}

// src/run/engine.ts
var SERVICE = { role: "orchestrator", executor_id: "mova-registry", executor_kind: "service" };
var DEFAULT_MAX_CALL_DEPTH = 3;
var DEFAULT_LEASE_HOURS = 72;
function clone(v) {
  return JSON.parse(JSON.stringify(v));
}
function startRun(runId, request, initiator, deps) {
  const now = iso(deps.now());
  const contract = contractOf(deps.registry, request.contract_id);
  const leaseHours = Number(deps.registry.config.policy.lease_hours ?? DEFAULT_LEASE_HOURS);
  const updates = Array.isArray(contract?.manifest.updates) ? contract.manifest.updates : [];
  const state = {
    schema_id: "registry.run_state_v1",
    run_id: runId,
    contract_id: request.contract_id,
    release: deps.registry.config.release,
    initiator,
    status: "running",
    seq: 0,
    started_at: now,
    updated_at: now,
    frames: [
      {
        id: "root",
        contract_id: request.contract_id,
        depth: 0,
        inputs: request.inputs,
        status: "running",
        queue: contract?.flow.entry ? [contract.flow.entry.id] : [],
        groups: {},
        steps: {},
        gates: {}
      }
    ],
    ...updates.length > 0 ? { leases: updates.map((document) => ({ document, expires_at: iso(new Date(deps.now().getTime() + leaseHours * 36e5)) })) } : {}
  };
  if (!contract) {
    state.status = "failed";
    state.reason = `contract ${request.contract_id} is not in the registry`;
    state.frames[0].status = "failed";
  }
  return state;
}
var Runner = class {
  #deps;
  #t;
  #contracts = /* @__PURE__ */ new Map();
  constructor(state, deps) {
    this.#deps = deps;
    this.#t = { state: clone(state), episodes: [], opened: [], decided: [], notes: [] };
  }
  get state() {
    return this.#t.state;
  }
  #contract(id) {
    if (!this.#contracts.has(id)) this.#contracts.set(id, contractOf(this.#deps.registry, id));
    return this.#contracts.get(id);
  }
  #frame(id) {
    return this.state.frames.find((f) => f.id === id);
  }
  #data(frame) {
    const steps = {};
    for (const [id, s] of Object.entries(frame.steps)) if (s.status === "done") steps[id] = { ...s.outcome !== void 0 ? { outcome: s.outcome } : {}, ...s.output !== void 0 ? { output: s.output } : {} };
    return { inputs: frame.inputs, steps, run: { id: this.state.run_id, contract_id: frame.contract_id } };
  }
  /** Writes one episode and counts it. */
  episode(facts) {
    const c = this.#contract(facts.frame.contract_id);
    const written = episodeOf({
      ...facts,
      run: this.state,
      now: this.#deps.now(),
      contract: facts.contract ?? {
        ...c?.envelopeType ? { envelopeType: c.envelopeType } : {},
        ...c?.inputType ? { inputType: c.inputType } : {},
        ...c?.verb ? { verb: c.verb } : {},
        ...c?.episodeType ? { episodeType: c.episodeType } : {}
      }
    });
    this.state.seq++;
    this.#t.episodes.push(written);
    return written.name;
  }
  async advance(input = {}) {
    if (["completed", "failed", "halted"].includes(this.state.status)) {
      if (this.state.status !== "halted") for (const r of input.refusals ?? []) this.#refuse(r.gate, r.review, r.reason, r.code);
      return this.#finish();
    }
    if (this.state.seq === 0) {
      const root = this.state.frames[0];
      if (this.#contract(root.contract_id)?.system) {
        this.halt("system_contract_requested", `${root.contract_id} is a system contract, and a run request may not name one`, { contract_id: root.contract_id, initiator: this.state.initiator });
        return this.#finish();
      }
      this.#checkInputs();
    }
    for (const r of input.refusals ?? []) this.#refuse(r.gate, r.review, r.reason, r.code);
    for (const [key, d] of Object.entries(input.decisions ?? {})) this.#decide(key, d);
    for (const f of this.state.frames) if (f.status === "paused") f.status = "running";
    for (let guard = 0; guard < 1e4; guard++) {
      const frame = [...this.state.frames].reverse().find((f) => f.status === "running");
      if (!frame) break;
      await this.#step(frame);
    }
    return this.#finish();
  }
  #finish() {
    const s = this.state;
    const root = s.frames[0];
    if (!["halted"].includes(s.status)) {
      const failed = s.frames.find((f) => f.status === "failed");
      if (root.status === "completed") {
        s.status = "completed";
        s.outcome = root.outcome ?? "done";
        delete s.reason;
      } else if (failed) s.status = "failed";
      else if (s.frames.some((f) => f.status === "paused")) s.status = "paused";
      else if (s.frames.some((f) => f.status === "waiting")) s.status = "waiting";
      if (["completed", "failed"].includes(s.status) && s.leases) s.leases = [];
    }
    if (this.#t.episodes.length > 0 || this.#t.decided.length > 0) s.updated_at = iso(this.#deps.now());
    return this.#t;
  }
  /** A run starts only on inputs its contract's input schema accepts. */
  #checkInputs() {
    const root = this.state.frames[0];
    const inputType = this.#contract(root.contract_id)?.inputType;
    if (!inputType || root.status !== "running" || !this.#deps.registry.schemas.get(inputType)) return;
    const problems = this.#deps.registry.schemas.validate(inputType, root.inputs);
    if (problems && problems.length > 0)
      this.#fail(root, void 0, `the run's inputs do not satisfy ${inputType}: ${problems.slice(0, 3).map((p) => p.message).join("; ")}`);
  }
  /** Answers a review that decides nothing with an episode; forged or misused reviews are security events, of type security_event/review_<code>. */
  #refuse(key, review, reason, code) {
    const found = this.#gateAt(key);
    if (!found) return;
    const { frame, step, gate } = found;
    if (gate.refused_reviews?.includes(review.id)) return;
    gate.refused_reviews = [...gate.refused_reviews ?? [], review.id];
    const security = code ? REFUSALS[code] : void 0;
    this.episode({
      frame,
      step,
      event: "review-refused",
      status: "skipped",
      summary: `Review ${review.id} by ${review.user} does not decide gate ${step}: ${reason}.`,
      executor: { role: gate.role ?? "reviewer", executor_id: review.user, executor_kind: "human" },
      details: {
        review_id: review.id,
        review_state: review.state,
        commit_id: review.commit_id,
        ...review.user_type ? { user_type: review.user_type } : {},
        reason,
        ...code ? { refusal: code } : {},
        ...security?.security ? { security_event_type: "other", security_event_category: security.category, severity: security.severity, detection_source: "runtime_guard" } : {}
      },
      ...security?.security ? { episodeType: `security_event/review_${code}` } : {}
    });
    this.#t.notes.push(`review ${review.id} by ${review.user} refused: ${reason}`);
  }
  /**
   * The gate a review most likely meant when no gate is open: the last one
   * decided, unless the review is one of its deciders or was answered already.
   */
  lateGateFor(reviewId) {
    let latest;
    for (const frame of this.state.frames)
      for (const [step, gate] of Object.entries(frame.gates)) {
        const d = gate.decided;
        if (!d || (d.review_ids ?? []).includes(reviewId) || gate.refused_reviews?.includes(reviewId)) continue;
        if (!latest || d.at > latest.decision.at) latest = { key: `${frame.id}/${step}`, step, decision: d };
      }
    return latest;
  }
  #gateAt(key) {
    const cut = key.lastIndexOf("/");
    const frame = this.state.frames.find((f) => f.id === key.slice(0, cut));
    const step = key.slice(cut + 1);
    const gate = frame?.gates[step];
    return frame && gate ? { frame, step, gate } : void 0;
  }
  #decide(key, d) {
    const found = this.#gateAt(key);
    if (!found || found.gate.decided) return;
    const { frame, step, gate } = found;
    const decision = { ...d, at: iso(this.#deps.now()) };
    gate.decided = decision;
    const how = d.via === "review" ? `by ${d.by.join(", ")} in review${(d.review_ids ?? []).length > 1 ? "s" : ""} ${(d.review_ids ?? []).join(", ")}` : d.via === "deadline" ? "by its deadline passing" : `by ${d.by.join(", ")}`;
    const name = this.episode({
      frame,
      step,
      event: "gate-decided",
      status: "completed",
      summary: `Gate ${step} decided ${d.option} ${how}.`,
      executor: d.via === "deadline" ? SERVICE : { role: gate.role ?? "approver", executor_id: d.by[0] ?? "unknown", executor_kind: "human", environment: { approvers: d.by } },
      details: { outcome: d.option, decision, question: gate.question ?? "" }
    });
    frame.steps[step] = { status: "done", outcome: d.option, output: { decision: d.option, by: d.by }, episode: name };
    if (frame.queue[0] === step) frame.queue.shift();
    frame.status = "running";
    this.#t.decided.push({ key, decision });
    this.#route(frame, step, d.option);
  }
  async #step(frame) {
    const contract = this.#contract(frame.contract_id);
    if (!contract) return this.#fail(frame, void 0, `contract ${frame.contract_id} is not in the registry`);
    const id = frame.queue[0];
    if (id === void 0) {
      return this.#complete(frame, "done");
    }
    const node = contract.flow.nodes.get(id);
    if (!node) return this.#fail(frame, id, `the flow has no step ${id}`);
    if (node.kind === "group") return this.#openGroup(frame, node);
    const done = frame.steps[id];
    if (done?.status === "done") {
      frame.queue.shift();
      return;
    }
    const step = node.raw;
    switch (node.mode) {
      case "DETERMINISTIC":
        return this.#deterministic(frame, node);
      case "AI_ATOMIC":
        return this.#ai(frame, node, contract);
      case "CONTRACT_CALL":
        return this.#call(frame, node, contract);
      case "HUMAN_GATE":
        return this.#gate(frame, node);
      default:
        return this.#fail(frame, id, `execution_mode ${String(step.execution_mode)} is not one this runner executes`);
    }
  }
  #openGroup(frame, group) {
    frame.queue.shift();
    const pending = group.members.map((m) => m.id).filter((m) => frame.steps[m]?.status !== "done");
    frame.groups[group.id] = pending;
    frame.queue.unshift(...pending);
    if (pending.length === 0) this.#route(frame, group.id, "done");
  }
  #deterministic(frame, node) {
    const started = iso(this.#deps.now());
    const result = runDeterministic(node.raw, this.#data(frame), (schema, value) => {
      try {
        return this.#deps.registry.schemas.validateInline(schema, value);
      } catch {
        return false;
      }
    });
    if (!result.ok) return this.#fail(frame, node.id, result.reason);
    const name = this.episode({
      frame,
      step: node.id,
      event: "step",
      status: "completed",
      summary: `Step ${node.id} (${node.raw.title ?? "deterministic check"}) gave outcome ${result.outcome}.`,
      executor: { ...SERVICE, role: "deterministic_check", environment: this.#env(node) },
      details: { outcome: result.outcome, output: result.output },
      startedAt: started,
      tool: 0
    });
    frame.steps[node.id] = { status: "done", outcome: result.outcome, output: result.output, episode: name };
    frame.queue.shift();
    this.#route(frame, node.id, result.outcome);
  }
  #env(node, extra = {}) {
    return {
      ...typeof node.raw.runtime_id === "string" ? { runtime_id: node.raw.runtime_id } : {},
      ...typeof node.raw.connector_id === "string" ? { connector_id: node.raw.connector_id } : {},
      ...extra
    };
  }
  async #ai(frame, node, contract) {
    const started = iso(this.#deps.now());
    const previous = frame.steps[node.id];
    const result = await runAiStep(node, this.#data(frame), this.#deps, contract);
    if (result.status === "paused") {
      frame.status = "paused";
      this.state.reason = result.reason;
      if (previous?.status === "paused" && previous.reason === result.reason) return;
      const name2 = this.episode({
        frame,
        step: node.id,
        event: "paused",
        status: "pending",
        summary: `Step ${node.id} paused: ${result.reason}. Nothing is lost; the run resumes on its next event.`,
        executor: { role: "ai_step", executor_id: String(node.raw.model ?? "model"), executor_kind: "ai_model", environment: this.#env(node, result.environment) },
        details: { reason: result.reason, attempts: result.attempts },
        tool: typeof node.raw.connector_id === "string" ? node.raw.connector_id : 0
      });
      frame.steps[node.id] = { status: "paused", reason: result.reason, attempts: (previous?.attempts ?? 0) + result.attempts, episode: name2 };
      this.#t.notes.push(`step ${node.id} paused: ${result.reason}`);
      return;
    }
    if (result.status === "failed") return this.#fail(frame, node.id, result.reason, { role: "ai_step", executor_id: String(node.raw.model ?? "model"), executor_kind: "ai_model", environment: this.#env(node, result.environment) });
    const name = this.episode({
      frame,
      step: node.id,
      event: "step",
      status: "completed",
      summary: `Step ${node.id} (${node.raw.title ?? "AI step"}) answered through ${String(node.raw.connector_id ?? "its connector")} with ${result.model}.`,
      executor: { role: "ai_step", executor_id: result.model, executor_kind: "ai_model", environment: this.#env(node, result.environment) },
      details: { outcome: result.outcome, output: result.output, attempts: result.attempts, ...result.usage ? { usage: result.usage } : {} },
      ...typeof node.raw.output_schema === "string" ? { outputType: node.raw.output_schema } : {},
      startedAt: started,
      tool: typeof node.raw.connector_id === "string" ? node.raw.connector_id : 0
    });
    frame.status = "running";
    frame.steps[node.id] = { status: "done", outcome: result.outcome, output: result.output, attempts: (previous?.attempts ?? 0) + result.attempts, episode: name };
    frame.queue.shift();
    this.#route(frame, node.id, result.outcome);
  }
  #call(frame, node, caller) {
    const target = typeof node.raw.contract_id === "string" ? node.raw.contract_id : "";
    const childId = `${frame.id}/${node.id}`;
    const existing = this.state.frames.find((f) => f.id === childId);
    if (existing) {
      frame.status = "waiting";
      return;
    }
    const policy = this.#deps.registry.config.policy;
    const maxDepth = Number(policy.max_call_depth ?? DEFAULT_MAX_CALL_DEPTH);
    const callee = this.#contract(target);
    const ancestors = [];
    for (let f = frame; f; f = f.parent ? this.#frame(f.parent.frame) : void 0) ancestors.push(f.contract_id);
    const allowed = Array.isArray(policy.system_contract_callers) && policy.system_contract_callers.includes(caller.id);
    const refusal = !callee ? `contract ${target} is not in the registry` : frame.depth + 1 > maxDepth ? `calling ${target} would nest ${frame.depth + 1} deep; policy.max_call_depth is ${maxDepth}` : ancestors.includes(target) ? `calling ${target} would start a cycle (${[...ancestors].reverse().join(" \u2192 ")} \u2192 ${target})` : callee.system && !allowed ? `${target} is a system contract, and ${caller.id} may not call it` : void 0;
    if (refusal) return this.#fail(frame, node.id, refusal);
    const child = {
      id: childId,
      contract_id: target,
      depth: frame.depth + 1,
      parent: { frame: frame.id, step: node.id },
      inputs: resolveMapping(node.raw.inputs ?? {}, this.#data(frame)),
      status: "running",
      queue: callee.flow.entry ? [callee.flow.entry.id] : [],
      groups: {},
      steps: {},
      gates: {}
    };
    this.state.frames.push(child);
    frame.steps[node.id] = { status: "waiting" };
    frame.status = "waiting";
    this.#t.notes.push(`step ${node.id} calls ${target} as child run ${childId}`);
  }
  #gate(frame, node) {
    const existing = frame.gates[node.id];
    if (existing) {
      frame.status = "waiting";
      return;
    }
    const s = node.raw;
    const options = Array.isArray(s.decision_options) ? s.decision_options.map((o) => String(o.id)) : [];
    if (options.length < 2) return this.#fail(frame, node.id, `gate ${node.id} needs at least two decision options`);
    const now = this.#deps.now();
    const span = typeof s.deadline === "string" ? durationMs(s.deadline) : void 0;
    const gate = {
      ...typeof s.question === "string" ? { question: s.question } : {},
      options,
      approve_option: typeof s.approve_option === "string" ? s.approve_option : options[0],
      reject_option: typeof s.reject_option === "string" ? s.reject_option : options.at(-1),
      ...typeof s.role === "string" ? { role: s.role } : {},
      required: typeof s.required_approvals === "number" ? s.required_approvals : 1,
      opened_at: iso(now),
      ...span !== void 0 ? { deadline: iso(new Date(now.getTime() + span)) } : {},
      on_no_response: s.on_no_response === "reject" || s.on_no_response === "escalate" ? s.on_no_response : "block",
      ...typeof s.escalate_to === "string" ? { escalate_to: s.escalate_to } : {}
    };
    frame.gates[node.id] = gate;
    const name = this.episode({
      frame,
      step: node.id,
      event: "gate-opened",
      status: "pending",
      summary: `Gate ${node.id} opened: ${gate.question ?? "a decision is needed"} Options: ${options.join(", ")}; role ${gate.role ?? "(none)"}, ${gate.required} approval(s)${gate.deadline ? `, deadline ${gate.deadline}` : ""}.`,
      executor: SERVICE,
      details: { question: gate.question ?? "", options, role: gate.role ?? "", required: gate.required, ...gate.deadline ? { deadline: gate.deadline } : {}, on_no_response: gate.on_no_response }
    });
    frame.steps[node.id] = { status: "waiting", episode: name };
    frame.status = "waiting";
    this.#t.opened.push({ key: gateKey(frame.id, node.id), frame: frame.id, step: node.id, gate });
  }
  /** Follows a step's next for its outcome; a group member hands back to its group. */
  #route(frame, stepId, outcome) {
    const contract = this.#contract(frame.contract_id);
    for (const [groupId, members] of Object.entries(frame.groups)) {
      if (!members.includes(stepId)) continue;
      frame.groups[groupId] = members.filter((m) => m !== stepId);
      if (frame.groups[groupId].length > 0) return;
      delete frame.groups[groupId];
      return this.#route(frame, groupId, "done");
    }
    const node = contract.flow.nodes.get(stepId);
    const edges = node?.edges ?? [];
    const edge = edges.find((e) => e.outcome === outcome) ?? edges.find((e) => e.outcome === void 0);
    if (!edge) {
      if (edges.length === 0) return;
      return this.#fail(frame, stepId, `step ${stepId} gave outcome ${outcome}, which its next does not handle (${edges.map((e) => e.outcome).join(", ")})`);
    }
    if (edge.target.kind === "terminal") return this.#complete(frame, edge.target.outcome);
    frame.queue.unshift(edge.target.id);
  }
  #complete(frame, outcome) {
    frame.status = "completed";
    frame.outcome = outcome;
    frame.queue = [];
    this.#t.notes.push(`${frame.id === "root" ? "run" : `child run ${frame.id}`} ended: ${outcome}`);
    if (!frame.parent) return;
    const parent = this.#frame(frame.parent.frame);
    const step = frame.parent.step;
    const outputs = Object.fromEntries(Object.entries(frame.steps).filter(([, s]) => s.status === "done").map(([k, s]) => [k, s.output]));
    const name = this.episode({
      frame: parent,
      step,
      event: "step",
      status: "completed",
      summary: `Step ${step} called ${frame.contract_id}, which ended with outcome ${outcome}.`,
      executor: { ...SERVICE, role: "contract_call", environment: { called_contract: frame.contract_id, child_frame: frame.id } },
      details: { outcome, called_contract: frame.contract_id, outputs },
      tool: 0
    });
    parent.steps[step] = { status: "done", outcome, output: { outcome, outputs }, episode: name };
    if (parent.queue[0] === step) parent.queue.shift();
    parent.status = "running";
    this.#route(parent, step, outcome);
  }
  #fail(frame, stepId, reason, executor = SERVICE) {
    const name = this.episode({
      frame,
      ...stepId ? { step: stepId } : {},
      event: "failed",
      status: "failed",
      summary: `${stepId ? `Step ${stepId}` : `Contract ${frame.contract_id}`} failed: ${reason}.`,
      executor,
      details: { reason }
    });
    if (stepId) frame.steps[stepId] = { status: "failed", reason, episode: name };
    frame.status = "failed";
    this.state.reason = reason;
    this.#t.notes.push(`failed: ${reason}`);
    if (frame.parent) {
      const parent = this.#frame(frame.parent.frame);
      parent.steps[frame.parent.step] = { status: "failed", reason: `child run ${frame.id} failed: ${reason}` };
      parent.status = "failed";
    }
  }
  /** The open (undecided) gates of the run, by key. */
  openGates() {
    const out = [];
    for (const frame of this.state.frames) for (const [step, gate] of Object.entries(frame.gates)) if (!gate.decided) out.push({ key: gateKey(frame.id, step), frame: frame.id, step, gate });
    return out;
  }
  /**
   * A gate whose deadline passed applies its no-response rule once: reject
   * decides the reject option; escalate hands the gate to the escalation role
   * with a fresh deadline; block keeps the run waiting and says so.
   */
  expire(key) {
    const found = this.#gateAt(key);
    if (!found || found.gate.decided || !found.gate.deadline) return void 0;
    const { frame, step, gate } = found;
    const now = this.#deps.now();
    if (now.getTime() < Date.parse(gate.deadline)) return void 0;
    if (gate.on_no_response === "reject") {
      this.#decide(key, { option: gate.reject_option, by: [], via: "deadline" });
      return "rejected";
    }
    if (gate.on_no_response === "escalate" && !gate.escalated && gate.escalate_to) {
      const span = new Date(gate.deadline).getTime() - new Date(gate.opened_at).getTime();
      const from = gate.role;
      gate.role = gate.escalate_to;
      gate.escalated = true;
      gate.deadline = iso(new Date(now.getTime() + Math.max(span, 36e5)));
      this.episode({
        frame,
        step,
        event: "gate-escalated",
        status: "pending",
        summary: `Gate ${step} had no decision by its deadline and escalates from role ${from ?? "(none)"} to ${gate.role}, with a new deadline ${gate.deadline}.`,
        executor: SERVICE,
        details: { from_role: from ?? "", to_role: gate.role, deadline: gate.deadline }
      });
      this.state.updated_at = iso(now);
      return "escalated";
    }
    if (gate.expired) return void 0;
    gate.expired = true;
    this.episode({
      frame,
      step,
      event: "gate-expired",
      status: "pending",
      summary: `Gate ${step} had no decision by its deadline ${gate.deadline}; the run stays blocked until an entitled approver decides.`,
      executor: SERVICE,
      details: { deadline: gate.deadline, on_no_response: gate.on_no_response }
    });
    this.state.updated_at = iso(now);
    return "blocked";
  }
  /** Opens a gate again at the current head, after the branch changed under it: approvers decide what they see. */
  reopen(key, reason) {
    const found = this.#gateAt(key);
    if (!found || found.gate.decided) return false;
    const { frame, step, gate } = found;
    gate.opened_at = iso(this.#deps.now());
    gate.refused_reviews = [];
    this.episode({ frame, step, event: "gate-reopened", status: "pending", summary: `Gate ${step} opened again: ${reason}.`, executor: SERVICE, details: { reason } });
    this.state.updated_at = gate.opened_at;
    this.#t.opened.push({ key, frame: frame.id, step, gate });
    return true;
  }
  /** Marks a reminder as sent. */
  reminded(key) {
    const found = this.#gateAt(key);
    if (found) found.gate.reminded_at = iso(this.#deps.now());
  }
  /** Halts the run for a security reason, with an episode of type security_event/<subtype>. */
  halt(subtype, reason, details) {
    const frame = this.state.frames[0];
    this.episode({
      frame,
      event: "halted",
      status: "cancelled",
      summary: `Run halted: ${reason}.`,
      executor: { ...SERVICE, role: "runtime_guard" },
      details: {
        security_event_type: "other",
        security_event_category: "policy_violation",
        severity: "high",
        detection_source: "runtime_guard",
        reason,
        ...details
      },
      episodeType: `security_event/${subtype}`
    });
    this.state.status = "halted";
    this.state.reason = reason;
    if (this.state.leases) this.state.leases = [];
    this.state.updated_at = iso(this.#deps.now());
    return this.#t;
  }
};

export {
  createAiClient,
  evaluateGate,
  startRun,
  Runner
};
