/**
 * GitHub's published OpenAPI 3.0.3 description of its REST API, read from
 * ../shared (never copied into the project), indexed for routing and turned
 * into lazily compiled ajv validators.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { addFormats } from "../../../src/schemas/formats.ts";
import { SHARED_DIR } from "../shared.ts";

export const DESCRIPTION_PATH = join(SHARED_DIR, "github", "rest-api.github.com.json");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface RawParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonObject;
}

interface RawOperation {
  operationId: string;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
  externalDocs?: { url: string };
}

interface RawDescription {
  info: { version: string };
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject> } & Record<string, Record<string, JsonObject>>;
}

export interface Parameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: JsonObject;
}

export interface Operation {
  /** e.g. "GET". */
  method: string;
  /** The path template, e.g. "/repos/{owner}/{repo}/pulls/{pull_number}". */
  path: string;
  operationId: string;
  /** The API documentation page GitHub names in error bodies. */
  docsUrl: string;
  parameters: Parameter[];
  /** The JSON request body schema, if the operation takes a body. */
  requestBody?: { required: boolean; schema: JsonObject };
  /** Declared status codes -> JSON schema of the body (null when the status has no body). */
  responses: Map<string, JsonObject | null>;
  /** Internal: segments of the template, "" marks a parameter. */
  segments: { literal?: string; param?: string }[];
}

export interface OperationMatch {
  operation: Operation;
  params: Record<string, string>;
}

export interface ApiDescription {
  version: string;
  operations: Operation[];
  /** Finds the documented operation for a request, preferring literal segments over parameters. */
  match(method: string, pathname: string): OperationMatch | undefined;
  /** Whether any operation (of any method) has this path: tells 404 from 405-ish mistakes. */
  hasPath(pathname: string): boolean;
  validateRequestBody(operation: Operation, body: unknown): string[];
  validateResponse(operation: Operation, status: number, body: unknown): string[] | "undocumented";
  validateParameter(operation: Operation, parameter: Parameter, raw: string): string[];
  /** Validates a value against a named component schema, e.g. "basic-error". */
  validateComponent(name: string, value: unknown): string[];
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const COMPONENTS_ID = "https://fake-github.test/components.json";

let cached: ApiDescription | undefined;

/** The parsed description, shared by every fake in the process (the file is 13 MB). */
export function loadDescription(): ApiDescription {
  cached ??= buildDescription(JSON.parse(readFileSync(DESCRIPTION_PATH, "utf8")) as RawDescription);
  return cached;
}

function buildDescription(raw: RawDescription): ApiDescription {
  const resolve = <T>(node: JsonObject): T => {
    let current: JsonObject = node;
    for (let guard = 0; typeof current.$ref === "string"; guard++) {
      if (guard > 20) throw new Error(`$ref loop at ${String(node.$ref)}`);
      const parts = current.$ref.replace(/^#\//, "").split("/");
      let target: unknown = raw;
      for (const part of parts) target = (target as Record<string, unknown>)[part];
      current = target as JsonObject;
    }
    return current as unknown as T;
  };

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(raw.paths)) {
    const shared = (item.parameters as JsonObject[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as unknown as RawOperation | undefined;
      if (!op) continue;
      const parameters: Parameter[] = [];
      for (const p of [...shared, ...(op.parameters ?? [])].map((x) => resolve<RawParameter>(x))) {
        if (p.in !== "path" && p.in !== "query") continue;
        parameters.push({ name: p.name, in: p.in, required: p.required === true || p.in === "path", schema: p.schema ?? {} });
      }
      let requestBody: Operation["requestBody"];
      if (op.requestBody) {
        const rb = resolve<{ required?: boolean; content?: Record<string, { schema?: JsonObject }> }>(op.requestBody);
        const schema = rb.content?.["application/json"]?.schema;
        if (schema) requestBody = { required: rb.required === true, schema };
      }
      const responses = new Map<string, JsonObject | null>();
      for (const [status, response] of Object.entries(op.responses)) {
        const r = resolve<{ content?: Record<string, { schema?: JsonObject }> }>(response);
        responses.set(status, r.content?.["application/json"]?.schema ?? null);
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        docsUrl: op.externalDocs?.url ?? "https://docs.github.com/rest",
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
        segments: path
          .split("/")
          .slice(1)
          .map((s) => (/^\{[^}]+\}$/.test(s) ? { param: s.slice(1, -1) } : { literal: s })),
      });
    }
  }

  // Index by segment count: a request path only matches templates of the same length.
  const bySize = new Map<number, Operation[]>();
  for (const op of operations) {
    const list = bySize.get(op.segments.length) ?? [];
    list.push(op);
    bySize.set(op.segments.length, list);
  }

  const candidates = (pathname: string): OperationMatch[] => {
    const parts = pathname.replace(/\/+$/, "").split("/").slice(1);
    const found: OperationMatch[] = [];
    for (const op of bySize.get(parts.length) ?? []) {
      const params: Record<string, string> = {};
      let ok = true;
      op.segments.forEach((seg, i) => {
        const part = parts[i]!;
        if (seg.literal !== undefined) ok &&= seg.literal === part;
        else if (part === "") ok = false;
        else params[seg.param!] = safeDecode(part);
      });
      if (ok) found.push({ operation: op, params });
    }
    // The most specific template wins: the first segment where two differ decides, literal over parameter.
    return found.sort((a, b) => {
      for (let i = 0; i < a.operation.segments.length; i++) {
        const la = a.operation.segments[i]!.literal !== undefined;
        const lb = b.operation.segments[i]!.literal !== undefined;
        if (la !== lb) return la ? -1 : 1;
      }
      return 0;
    });
  };

  // --- ajv, compiled lazily per operation and status ---
  let ajv: Ajv | undefined;
  const getAjv = (): Ajv => {
    if (ajv) return ajv;
    ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false, inlineRefs: false });
    addFormats(ajv);
    // Every schema in the description refers to "#/components/schemas/...": keep that document shape under an id.
    ajv.addSchema({ $id: COMPONENTS_ID, components: { schemas: Object.fromEntries(Object.entries(raw.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema)])) } } as object);
    return ajv;
  };
  const compiled = new Map<string, ValidateFunction>();
  const validator = (key: string, schema: JsonObject): ValidateFunction => {
    let fn = compiled.get(key);
    if (!fn) {
      fn = getAjv().compile({ $id: `https://fake-github.test/${encodeURIComponent(key)}.json`, ...(rebase(toJsonSchema(schema)) as JsonObject) });
      compiled.set(key, fn);
    }
    return fn;
  };
  const run = (key: string, schema: JsonObject, value: unknown): string[] => {
    const fn = validator(key, schema);
    return fn(value) ? [] : formatErrors(fn.errors ?? []);
  };

  return {
    version: raw.info.version,
    operations,
    match: (method, pathname) => candidates(pathname).find((c) => c.operation.method === method.toUpperCase()),
    hasPath: (pathname) => candidates(pathname).length > 0,
    validateRequestBody: (op, body) => (op.requestBody ? run(`${op.operationId} request`, op.requestBody.schema, body) : []),
    validateResponse: (op, status, body) => {
      const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => op.responses.has(k));
      if (key === undefined) return "undocumented";
      const schema = op.responses.get(key)!;
      if (schema === null) {
        if (body === undefined) return [];
        // Some errors are documented without a body (e.g. 422 of pulls/request-reviewers), yet GitHub always sends one.
        if (status >= 400) return run("component basic-error", { $ref: "#/components/schemas/basic-error" }, body);
        return [`status ${status} is documented without a body, but the response has one`];
      }
      return run(`${op.operationId} ${status}`, schema, body);
    },
    validateParameter: (op, p, rawValue) => {
      const value = coerce(p.schema, rawValue);
      return run(`${op.operationId} ${p.in} ${p.name}`, p.schema, value);
    },
    validateComponent: (name, value) => run(`component ${name}`, { $ref: `#/components/schemas/${name}` }, value),
  };
}


function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * OpenAPI 3.0 `nullable: true` as plain JSON Schema: `anyOf: [schema, {type: "null"}]`.
 * ajv's own `nullable` option needs a sibling `type` and does not add null to an `enum`;
 * the description has 135 nullable schemas without `type` and 71 nullable enums without null.
 */
function toJsonSchema<T extends Json>(node: T): T {
  if (Array.isArray(node)) return node.map((x) => toJsonSchema(x)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if ((k === "properties" || k === "patternProperties") && v !== null && typeof v === "object" && !Array.isArray(v)) {
      // Keys here are property names, not keywords.
      out[k] = Object.fromEntries(Object.entries(v).map(([name, schema]) => [name, toJsonSchema(schema)]));
    } else out[k] = k === "example" || k === "examples" || k === "enum" || k === "default" ? v : toJsonSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [out, { type: "null" }] } as unknown as T;
  }
  return out as T;
}

/** Points "#/components/..." refs of an operation schema at the components document. */
function rebase(node: Json): Json {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `${COMPONENTS_ID}${v}` : rebase(v);
  return out;
}

/** Turns a query or path string into the type its schema declares, so ajv can check it. */
function coerce(schema: JsonObject, raw: string): unknown {
  switch (schema.type) {
    case "integer":
      return /^-?\d+$/.test(raw) ? Number(raw) : raw;
    case "number":
      return raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    case "array":
      return raw.split(",");
    default:
      return raw;
  }
}

function formatErrors(errors: ErrorObject[]): string[] {
  // anyOf branches produced by `nullable` repeat every inner error plus "must be null"; keep the informative ones.
  const useful = errors.filter((e) => !(e.keyword === "type" && (e.params as { type?: string }).type === "null") && e.keyword !== "anyOf");
  return (useful.length > 0 ? useful : errors).map((e) => {
    const extra = e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : e.keyword === "enum" ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})` : "";
    return `${e.instancePath || "/"} ${e.message ?? e.keyword}${extra}`;
  });
}
