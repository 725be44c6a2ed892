import type { ErrorObject } from "ajv";
import { readablePath } from "../json/path.ts";
import { appendPointer } from "../json/pointer.ts";
import { closest, quoteList } from "../util/similar.ts";
import { addTo } from "../util/values.ts";

/** A schema violation in words a registry author understands, anchored to a place in the document. */
export interface Explanation {
  pointer: string;
  /** Whether the place is a property name (unknown key) or the value. */
  target: "key" | "value";
  message: string;
  hint?: string;
}

type Schema = Record<string, unknown>;

/**
 * Re-validates the value a failed `anyOf`/`oneOf` looked at against one of
 * its branches, returning that branch's own errors (instance paths absolute),
 * or undefined when the branch cannot be compiled on its own.
 */
export type BranchValidator = (combinator: ErrorObject, branch: number) => ErrorObject[] | undefined;

/**
 * Turns ajv's errors (collected with `allErrors` and `verbose`) into one
 * explanation per real problem: alternatives (`anyOf`/`oneOf`) collapse into
 * the branch that came closest, and every message names the place it is about.
 */
export function explainErrors(errors: readonly ErrorObject[], branchErrors?: BranchValidator): Explanation[] {
  const out: Explanation[] = [];
  const seen = new Set<string>();
  for (const e of condense(errors, branchErrors)) {
    const x = explain(e);
    if (!x) continue;
    const key = `${x.pointer}\u0000${x.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(x);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Collapsing alternatives

interface Synthetic {
  keyword: "$oneOfRequired" | "$oneOfType" | "$oneOfValue";
  instancePath: string;
  values: unknown[];
  data: unknown;
  combinator: "anyOf" | "oneOf";
}

type Item = ErrorObject | Synthetic;

function isCombinator(e: ErrorObject): boolean {
  return (e.keyword === "anyOf" || e.keyword === "oneOf") && !(e.params as { passingSchemas?: unknown }).passingSchemas;
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + "/");
}

function signature(e: ErrorObject): string {
  return `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
}

/**
 * The errors a failed alternative produced stand right before it: ajv runs
 * applicators before the other keywords of a schema, and a branch's errors
 * are only kept when every branch failed. The run ends at an error about
 * another place, or at another keyword of the same schema object.
 */
function membersOf(items: readonly Item[], ci: number, c: ErrorObject): number {
  let first = ci;
  for (let i = ci - 1; i >= 0; i--) {
    const e = items[i]!;
    if (!("schemaPath" in e) || !under(e.instancePath, c.instancePath)) break;
    if (e.parentSchema === c.parentSchema && e.instancePath === c.instancePath) break;
    first = i;
  }
  return first;
}

/** Which branch an error came from, by its schema path alone; -1 when that cannot tell (e.g. inside a `$ref`). */
function branchByPath(e: ErrorObject, c: ErrorObject): number {
  const local = c.schemaPath + "/";
  if (!e.schemaPath.startsWith(local)) return -1;
  const idx = Number(e.schemaPath.slice(local.length).split("/")[0]);
  return Number.isInteger(idx) ? idx : -1;
}

function condense(errors: readonly ErrorObject[], branchErrors?: BranchValidator): Item[] {
  let items: Item[] = errors.filter((e) => e.keyword !== "if");
  const done = new Set<ErrorObject>();
  // Outermost alternatives first, so the branch kept for one is condensed in turn.
  for (;;) {
    let c: ErrorObject | undefined;
    for (const e of items) if ("schemaPath" in e && isCombinator(e) && !done.has(e) && (!c || e.schemaPath.length < c.schemaPath.length)) c = e;
    if (!c) return items;
    done.add(c);
    const ci = items.indexOf(c);
    const first = membersOf(items, ci, c);
    const members = items.slice(first, ci) as ErrorObject[];
    items = [...items.slice(0, first), ...collapse(c, members, branchErrors), ...items.slice(ci + 1)];
  }
}

/** Splits a failed alternative's errors by branch, re-validating each branch when the paths cannot tell. */
function groupByBranch(c: ErrorObject, members: ErrorObject[], branchErrors?: BranchValidator): ErrorObject[][] {
  const count = Array.isArray(c.schema) ? c.schema.length : 0;
  const groups: ErrorObject[][] = Array.from({ length: count }, () => []);
  const revalidated = branchErrors ? groups.map((_, i) => branchErrors(c, i)) : [];
  if (count > 0 && revalidated.length === count && revalidated.every((r) => r !== undefined)) {
    // Keep ajv's original error objects: their schema paths let inner alternatives condense in turn.
    const pool = new Map<string, ErrorObject[]>();
    for (const m of members) addTo(pool, signature(m), m);
    revalidated.forEach((errs, i) => {
      for (const e of errs!) {
        const original = pool.get(signature(e))?.[0];
        groups[i]!.push(original ?? e);
      }
    });
    return groups;
  }
  for (const m of members) {
    const b = branchByPath(m, c);
    if (b >= 0 && b < count) groups[b]!.push(m);
  }
  return groups;
}

function collapse(c: ErrorObject, members: ErrorObject[], branchErrors?: BranchValidator): Item[] {
  const combinator = c.keyword as "anyOf" | "oneOf";
  const groups = groupByBranch(c, members, branchErrors).filter((g) => g.length > 0);
  const branchCount = Array.isArray(c.schema) ? c.schema.length : groups.length;
  const atSelf = (es: ErrorObject[]) => es.every((e) => e.instancePath === c.instancePath);

  if (groups.length === branchCount && groups.every((g) => g.length === 1 && atSelf(g))) {
    const kinds = new Set(groups.map((g) => g[0]!.keyword));
    if (kinds.size === 1) {
      const kind = [...kinds][0];
      if (kind === "required")
        return [{ keyword: "$oneOfRequired", instancePath: c.instancePath, combinator, data: c.data, values: groups.map((g) => (g[0]!.params as { missingProperty: string }).missingProperty) }];
      if (kind === "type")
        return [{ keyword: "$oneOfType", instancePath: c.instancePath, combinator, data: c.data, values: groups.flatMap((g) => [(g[0]!.params as { type: string | string[] }).type].flat()) }];
    }
    if ([...kinds].every((k) => k === "const" || k === "enum"))
      return [{ keyword: "$oneOfValue", instancePath: c.instancePath, combinator, data: c.data, values: groups.flatMap((g) => (g[0]!.keyword === "const" ? [(g[0]!.params as { allowedValue: unknown }).allowedValue] : [...((g[0]!.params as { allowedValues: unknown[] }).allowedValues ?? [])])) }];
  }
  if (groups.length === 0) return [c, ...members];
  // Otherwise the branch that got furthest is what the author meant: not a plain type
  // mismatch, then the deepest place, then the fewest problems.
  // A loop, not Math.max(...): past about 120,000 errors a spread overflows V8's stack.
  const depth = (es: ErrorObject[]) => es.reduce((deepest, e) => Math.max(deepest, e.instancePath.split("/").length), -Infinity);
  const typeMismatch = (es: ErrorObject[]) => es.some((e) => (e.keyword === "type" || e.keyword === "const") && e.instancePath === c.instancePath);
  groups.sort((a, b) => Number(typeMismatch(a)) - Number(typeMismatch(b)) || depth(b) - depth(a) || a.length - b.length);
  return groups[0]!;
}

// ---------------------------------------------------------------------------
// Wording

function at(pointer: string, message: string): string {
  const path = readablePath(pointer);
  return path ? `${path}: ${message}` : message;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}

const TYPE_WORD: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};

function typeWords(types: unknown): string {
  const list = [types].flat().map((t) => TYPE_WORD[String(t)] ?? String(t));
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;
}

function describe(schema: unknown): string | undefined {
  const d = (schema as Schema | undefined)?.description;
  return typeof d === "string" ? d.replace(/\s+/g, " ").trim() : undefined;
}

function propertiesOf(schema: unknown): Schema {
  const p = (schema as Schema | undefined)?.properties;
  return p && typeof p === "object" ? (p as Schema) : {};
}

const FORMAT_EXAMPLE: Record<string, string> = {
  "date-time": 'an RFC 3339 timestamp such as "2026-11-23T14:05:00Z"',
  date: 'a full date such as "2026-11-23"',
  time: 'a time such as "14:05:00Z"',
  duration: 'an ISO 8601 duration such as "P3D" or "PT4H"',
  uri: 'an absolute URI such as "https://api.example.com/v1"',
  "uri-reference": "a URI or a relative reference",
  email: 'an e-mail address such as "ops@example.com"',
  hostname: 'a host name such as "api.example.com"',
  uuid: 'a UUID such as "3f2b8c2e-9a4e-4e0b-8f63-0c1f2d6e7a90"',
  regex: "a valid regular expression",
  ipv4: 'an IPv4 address such as "10.0.0.1"',
};

function explain(item: Item): Explanation | undefined {
  if (!("schemaPath" in item)) return explainSynthetic(item);
  const e = item;
  const p = e.params as Record<string, unknown>;
  const ptr = e.instancePath;
  const desc = describe(e.parentSchema);
  switch (e.keyword) {
    case "required": {
      const name = String(p.missingProperty);
      const propSchema = propertiesOf(e.parentSchema)[name];
      const declared = propertiesOf(e.parentSchema);
      // Only an undeclared key can be a misspelling of the missing one.
      const present = e.data && typeof e.data === "object" ? Object.keys(e.data as object).filter((k) => !(k in declared)) : [];
      const near = closest(name, present);
      const what = describe(propSchema);
      const values = (propSchema as Schema | undefined)?.enum;
      let hint = near ? `rename "${near}" to "${name}"` : `add "${name}"${what ? `: ${what}` : ""}`;
      if (!near && Array.isArray(values)) hint += ` (one of ${quoteList(values)})`;
      // A misspelling is where the author will fix it, so point there.
      return near
        ? { pointer: appendPointer(ptr, near), target: "key", message: at(ptr, `missing required property "${name}"`), hint }
        : { pointer: ptr, target: "value", message: at(ptr, `missing required property "${name}"`), hint };
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const known = Object.keys(propertiesOf(e.parentSchema));
      const near = closest(name, known);
      const pointer = appendPointer(ptr, name);
      let hint: string;
      if (near) hint = `did you mean "${near}"?`;
      else if (known.length > 0 && known.length <= 16) hint = `remove it; the properties allowed here are ${quoteList(known, 16)}`;
      else hint = "remove it, or use a schema that declares it";
      if (/\/allOf\/\d+\/additionalProperties$/.test(e.schemaPath))
        hint +=
          '. Note: this schema sets "additionalProperties": false inside one "allOf" branch, which rejects every property the other branches define; that is a flaw of the schema, which 2020-12\'s "unevaluatedProperties": false at the top level would avoid';
      return { pointer, target: "key", message: at(ptr, `property "${name}" is not allowed here`), hint };
    }
    case "type":
      return {
        pointer: ptr,
        target: "value",
        message: at(ptr, ptr === "" ? `the document must be ${typeWords(p.type)}, not ${typeOf(e.data)}` : `expected ${typeWords(p.type)}, found ${typeOf(e.data)}`),
        ...(desc ? { hint: desc } : {}),
      };
    case "enum": {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const near = typeof e.data === "string" ? closest(e.data, allowed.filter((v): v is string => typeof v === "string")) : undefined;
      return {
        pointer: ptr,
        target: "value",
        message: at(ptr, `${JSON.stringify(e.data)} is not one of the allowed values`),
        hint: near ? `did you mean ${JSON.stringify(near)}?` : `use one of ${quoteList(allowed)}`,
      };
    }
    case "const":
      return { pointer: ptr, target: "value", message: at(ptr, `must be ${JSON.stringify(p.allowedValue)}, found ${JSON.stringify(e.data)}`), hint: `set it to ${JSON.stringify(p.allowedValue)}` };
    case "format": {
      const format = String(p.format);
      return {
        pointer: ptr,
        target: "value",
        message: at(ptr, `${JSON.stringify(e.data)} is not a valid ${format}`),
        hint: `use ${FORMAT_EXAMPLE[format] ?? `a value in ${format} format`}`,
      };
    }
    case "pattern":
      return {
        pointer: ptr,
        target: "value",
        message: at(ptr, `${JSON.stringify(e.data)} does not have the expected form (pattern ${p.pattern})`),
        ...(desc ? { hint: desc } : {}),
      };
    case "minLength":
      return { pointer: ptr, target: "value", message: at(ptr, p.limit === 1 ? "must not be empty" : `must be at least ${p.limit} characters long`), ...(desc ? { hint: desc } : {}) };
    case "maxLength":
      return { pointer: ptr, target: "value", message: at(ptr, `must be at most ${p.limit} characters long`) };
    case "minItems":
      return { pointer: ptr, target: "value", message: at(ptr, p.limit === 1 ? "must not be empty" : `must have at least ${p.limit} items`), ...(desc ? { hint: desc } : {}) };
    case "maxItems":
      return { pointer: ptr, target: "value", message: at(ptr, `must have at most ${p.limit} items`) };
    case "minProperties":
      return { pointer: ptr, target: "value", message: at(ptr, p.limit === 1 ? "must not be empty" : `must have at least ${p.limit} properties`) };
    case "maxProperties":
      return { pointer: ptr, target: "value", message: at(ptr, `must have at most ${p.limit} properties`) };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const cmp = { minimum: "at least", maximum: "at most", exclusiveMinimum: "greater than", exclusiveMaximum: "less than" }[e.keyword];
      return { pointer: ptr, target: "value", message: at(ptr, `${JSON.stringify(e.data)} is out of range: must be ${cmp} ${p.limit}`), ...(desc ? { hint: desc } : {}) };
    }
    case "multipleOf":
      return { pointer: ptr, target: "value", message: at(ptr, `must be a multiple of ${p.multipleOf}`) };
    case "uniqueItems":
      return { pointer: appendPointer(ptr, Number(p.i)), target: "value", message: at(ptr, `items ${p.j} and ${p.i} are identical; each item must be unique`), hint: "remove the repeated item" };
    case "propertyNames":
      return { pointer: appendPointer(ptr, String(p.propertyName)), target: "key", message: at(ptr, `property name ${JSON.stringify(p.propertyName)} is not allowed`), ...(desc ? { hint: desc } : {}) };
    case "dependentRequired":
      return { pointer: ptr, target: "value", message: at(ptr, `"${p.property}" requires "${p.missingProperty}" to be present too`), hint: `add "${p.missingProperty}"` };
    case "contains":
      return { pointer: ptr, target: "value", message: at(ptr, "no item has the required form") };
    case "not":
      return { pointer: ptr, target: "value", message: at(ptr, "has a form that is explicitly not allowed here"), ...(desc ? { hint: desc } : {}) };
    case "false schema":
      return { pointer: ptr, target: "value", message: at(ptr, "is not allowed here"), hint: "remove it" };
    case "oneOf":
      if (Array.isArray(p.passingSchemas))
        return { pointer: ptr, target: "value", message: at(ptr, `matches more than one of the allowed forms (alternatives ${p.passingSchemas.join(" and ")})`), hint: "make it match exactly one" };
      return { pointer: ptr, target: "value", message: at(ptr, "does not match any of the allowed forms") };
    case "anyOf":
      return { pointer: ptr, target: "value", message: at(ptr, "does not match any of the allowed forms") };
    default:
      return { pointer: ptr, target: "value", message: at(ptr, e.message ?? `fails "${e.keyword}"`) };
  }
}

function explainSynthetic(s: Synthetic): Explanation {
  const ptr = s.instancePath;
  switch (s.keyword) {
    case "$oneOfRequired": {
      const names = s.values.map((v) => `"${String(v)}"`).join(", ");
      return s.combinator === "anyOf"
        ? { pointer: ptr, target: "value", message: at(ptr, `needs at least one of ${names}`), hint: `add one of ${names}` }
        : { pointer: ptr, target: "value", message: at(ptr, `needs exactly one of ${names}`), hint: `add exactly one of ${names}` };
    }
    case "$oneOfType":
      return { pointer: ptr, target: "value", message: at(ptr, `expected ${typeWords([...new Set(s.values)])}, found ${typeOf(s.data)}`) };
    case "$oneOfValue":
      return {
        pointer: ptr,
        target: "value",
        message: at(ptr, `${JSON.stringify(s.data)} is not one of the allowed values`),
        hint: `use one of ${quoteList(s.values)}`,
      };
  }
}
