/**
 * Schema evolution check: compares two versions of one JSON Schema (draft 2020-12; the same `$id`,
 * base branch against pull request) and classifies every change by what it does to the set of valid
 * documents, the way schema registries (Confluent Schema Registry for JSON Schema, buf breaking) do.
 *
 * A change that shrinks the set (`narrows`) breaks BACKWARD compatibility: a consumer on the new
 * schema may reject data written under the old one. A change that grows it (`widens`) breaks
 * FORWARD compatibility: a consumer still on the old schema may reject data written under the new
 * one. FULL needs neither; NONE accepts anything.
 *
 * Schema inclusion is undecidable in general (regular expressions, `oneOf` exclusivity, conditionals),
 * so where the direction cannot be told the change is reported as both narrowing and widening.
 *
 * Pure: no I/O. Schemas are walked through every applicator; local `$ref`s whose target is the same
 * location on both sides are not followed (the target is compared where it is defined, under
 * `$defs`), while a `$ref` whose target changed, or that was inlined, is followed on both sides and
 * the targets compared structurally, guarded against cycles.
 */
import { linearTest } from "../schemas/regexp.ts";
import { escapeSegment, valueAt } from "../json/pointer.ts";

export type CompatibilityMode = "BACKWARD" | "FORWARD" | "FULL" | "NONE";
export const COMPATIBILITY_MODES: readonly CompatibilityMode[] = ["BACKWARD", "FORWARD", "FULL", "NONE"];

export interface SchemaChange {
  /** JSON Pointer into the new schema (into the old one for something removed). */
  pointer: string;
  side: "old" | "new";
  /** Stable kind id, e.g. "required-added", "property-removed-closed", "type-narrowed". See CHANGE_KINDS. */
  kind: string;
  /** The set of valid documents shrank here: data valid under the old schema may be invalid under the new one. */
  narrows: boolean;
  /** The set grew: data valid under the new schema may be invalid under the old one. */
  widens: boolean;
  /** One sentence for a person, naming the property path, e.g. `property "currency" became required`. */
  message: string;
}

export interface DiffOptions {
  /**
   * Returns the target schema of a `$ref` that points outside the compared document (another
   * schema of the registry, say), or undefined when it is not known. `ref` is the reference as
   * written; `baseUri` the URI it is relative to. Without a target, a changed external `$ref` is
   * reported as both narrowing and widening.
   */
  resolveRef?: (ref: string, baseUri: string) => unknown;
  /** Also report changes to annotations (title, description, default, examples, ...) as kind "annotation-changed", neither narrowing nor widening. Default false. */
  includeAnnotations?: boolean;
}

/**
 * Every kind this module reports, with its usual direction. "computed" kinds take their direction
 * from comparing the schemas involved (e.g. a property added where additionalProperties was a schema).
 */
export const CHANGE_KINDS: Readonly<Record<string, "narrows" | "widens" | "both" | "none" | "computed">> = {
  "schema-closed": "narrows",
  "schema-opened": "widens",
  "additional-properties-closed": "narrows",
  "additional-properties-opened": "widens",
  "unevaluated-properties-closed": "narrows",
  "unevaluated-properties-opened": "widens",
  "items-closed": "narrows",
  "items-opened": "widens",
  "unevaluated-items-closed": "narrows",
  "unevaluated-items-opened": "widens",
  "required-added": "narrows",
  "required-removed": "widens",
  "dependent-required-added": "narrows",
  "dependent-required-removed": "widens",
  "property-added-open": "computed",
  "property-added-closed": "widens",
  "property-added-partially-open": "computed",
  "property-removed-open": "widens",
  "property-removed-closed": "narrows",
  "property-removed-partially-open": "computed",
  "pattern-property-added": "computed",
  "pattern-property-removed": "computed",
  "prefix-item-added": "computed",
  "prefix-item-removed": "computed",
  "type-added": "narrows",
  "type-removed": "widens",
  "type-narrowed": "narrows",
  "type-widened": "widens",
  "type-changed": "both",
  "enum-added": "narrows",
  "enum-removed": "widens",
  "enum-value-added": "widens",
  "enum-value-removed": "narrows",
  "const-added": "narrows",
  "const-removed": "widens",
  "const-changed": "both",
  "minimum-added": "narrows",
  "minimum-removed": "widens",
  "minimum-raised": "narrows",
  "minimum-lowered": "widens",
  "exclusiveMinimum-added": "narrows",
  "exclusiveMinimum-removed": "widens",
  "exclusiveMinimum-raised": "narrows",
  "exclusiveMinimum-lowered": "widens",
  "maximum-added": "narrows",
  "maximum-removed": "widens",
  "maximum-lowered": "narrows",
  "maximum-raised": "widens",
  "exclusiveMaximum-added": "narrows",
  "exclusiveMaximum-removed": "widens",
  "exclusiveMaximum-lowered": "narrows",
  "exclusiveMaximum-raised": "widens",
  "multipleOf-added": "narrows",
  "multipleOf-removed": "widens",
  "multipleOf-tightened": "narrows",
  "multipleOf-loosened": "widens",
  "multipleOf-changed": "both",
  "minLength-added": "narrows",
  "minLength-removed": "widens",
  "minLength-raised": "narrows",
  "minLength-lowered": "widens",
  "maxLength-added": "narrows",
  "maxLength-removed": "widens",
  "maxLength-lowered": "narrows",
  "maxLength-raised": "widens",
  "minItems-added": "narrows",
  "minItems-removed": "widens",
  "minItems-raised": "narrows",
  "minItems-lowered": "widens",
  "maxItems-added": "narrows",
  "maxItems-removed": "widens",
  "maxItems-lowered": "narrows",
  "maxItems-raised": "widens",
  "minProperties-added": "narrows",
  "minProperties-removed": "widens",
  "minProperties-raised": "narrows",
  "minProperties-lowered": "widens",
  "maxProperties-added": "narrows",
  "maxProperties-removed": "widens",
  "maxProperties-lowered": "narrows",
  "maxProperties-raised": "widens",
  "minContains-added": "narrows",
  "minContains-removed": "widens",
  "minContains-raised": "narrows",
  "minContains-lowered": "widens",
  "maxContains-added": "narrows",
  "maxContains-removed": "widens",
  "maxContains-lowered": "narrows",
  "maxContains-raised": "widens",
  "uniqueItems-added": "narrows",
  "uniqueItems-removed": "widens",
  "contains-added": "narrows",
  "contains-removed": "widens",
  "contains-changed": "both",
  "pattern-added": "narrows",
  "pattern-removed": "widens",
  "pattern-changed": "both",
  "format-added": "narrows",
  "format-removed": "widens",
  "format-changed": "both",
  "allOf-branch-added": "narrows",
  "allOf-branch-removed": "widens",
  "anyOf-added": "narrows",
  "anyOf-removed": "widens",
  "anyOf-branch-added": "widens",
  "anyOf-branch-removed": "narrows",
  "oneOf-added": "narrows",
  "oneOf-removed": "widens",
  "oneOf-branch-added": "widens",
  "oneOf-branch-removed": "narrows",
  "not-added": "narrows",
  "not-removed": "widens",
  "not-changed": "computed",
  "conditional-changed": "both",
  "dependencies-changed": "both",
  "ref-target-changed": "both",
  "ref-added": "both",
  "ref-removed": "both",
  "dynamic-ref-changed": "both",
  "definition-added": "none",
  "definition-removed": "none",
  "annotation-changed": "none",
};

/** Whether a change breaks compatibility under a mode. */
export function isBreaking(change: SchemaChange, mode: CompatibilityMode): boolean {
  switch (mode) {
    case "BACKWARD":
      return change.narrows;
    case "FORWARD":
      return change.widens;
    case "FULL":
      return change.narrows || change.widens;
    case "NONE":
      return false;
  }
}

export function breakingChanges(changes: SchemaChange[], mode: CompatibilityMode): SchemaChange[] {
  return changes.filter((c) => isBreaking(c, mode));
}

/** All changes from `oldSchema` to `newSchema`, sorted by pointer, then kind. */
export function diffSchemas(oldSchema: unknown, newSchema: unknown, options: DiffOptions = {}): SchemaChange[] {
  const env: Env = { options, visiting: new Set() };
  const side = (root: unknown): Side => ({ doc: indexDocument(root), at: "", pin: undefined, base: DEFAULT_BASE, present: true, uneval: undefined });
  const sink: SchemaChange[] = [];
  compare({ old: side(oldSchema), new: side(newSchema), path: "", sink, env }, oldSchema, newSchema, "schema");
  const seen = new Set<string>();
  const unique = sink.filter((c) => {
    const key = `${c.pointer}\u0000${c.side}\u0000${c.kind}\u0000${c.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) => order(a.pointer, b.pointer) || order(a.kind, b.kind) || order(a.side, b.side) || order(a.message, b.message),
  );
}

// ---------------------------------------------------------------------------------------------
// Keyword classes

/** Keywords that constrain instances (directly or through subschemas). Anything else is an annotation or structure. */
const ASSERTIONS = new Set([
  "$ref",
  "$dynamicRef",
  "$recursiveRef",
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxContains",
  "minContains",
  "contains",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "prefixItems",
  "items",
  "additionalItems",
  "unevaluatedItems",
  "properties",
  "patternProperties",
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
]);
/** Keywords that shape the document but do not constrain the instance at this location. */
const STRUCTURE = new Set(["$schema", "$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$vocabulary", "$defs", "definitions"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_SINGLES = new Set([
  "additionalProperties",
  "unevaluatedProperties",
  "additionalItems",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
]);
const ALL_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"];
const DEFAULT_BASE = "https://schema-diff.invalid/schema.json";

// ---------------------------------------------------------------------------------------------
// Walk state

type Obj = Record<string, unknown>;
type Seg = string | number;
type Slot = "schema" | "additionalProperties" | "unevaluatedProperties" | "items" | "unevaluatedItems";

interface Doc {
  root: unknown;
  /** Absolute URI (no fragment) of each schema resource in the document -> its pointer. */
  resources: Map<string, string>;
  /** `uri#anchor` -> pointer. */
  anchors: Map<string, string>;
}
/** An enclosing `unevaluatedProperties` that applies to the properties a subschema does not declare. */
interface Uneval {
  node: unknown;
  at: string;
  base: string;
}
interface Side {
  doc: Doc;
  /** Where the current subschema really is (a pointer, or an `ext:` id for an external target). */
  at: string;
  /** Set once a `$ref` was followed: changes below are reported at that `$ref`. */
  pin: string | undefined;
  base: string;
  /** False while walking an absent subschema compared as `true`. */
  present: boolean;
  uneval: Uneval | undefined;
}
interface Env {
  options: DiffOptions;
  visiting: Set<string>;
}
interface Ctx {
  old: Side;
  new: Side;
  /** Readable instance path, e.g. `payload.items[].id`. */
  path: string;
  sink: SchemaChange[];
  env: Env;
}
interface Located {
  node: unknown;
  at: string;
  base: string;
  present: boolean;
}
interface Relation {
  narrows: boolean;
  widens: boolean;
  changes: SchemaChange[];
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const ptr = (segs: readonly Seg[]): string => segs.map((s) => "/" + escapeSegment(s)).join("");

/** A schema in canonical form: booleans stay, objects stay, anything else (invalid) counts as `true`. */
function asSchema(v: unknown): boolean | Obj {
  if (typeof v === "boolean" || isObj(v)) return v;
  return true;
}

/** Accepts every instance: `true`, `{}`, or an object of annotations only. */
function acceptsAll(s: unknown): boolean {
  if (s === true) return true;
  if (!isObj(s)) return s === undefined;
  return Object.keys(s).every((k) => !ASSERTIONS.has(k));
}

/** Rejects every instance: `false`, or a schema with `not: {}`. */
function rejectsAll(s: unknown): boolean {
  if (s === false) return true;
  return isObj(s) && "not" in s && acceptsAll(s.not);
}

// ---------------------------------------------------------------------------------------------
// Canonical forms (equality regardless of key order and annotations)

function stable(v: unknown): string {
  if (Array.isArray(v)) return "[" + v.map(stable).join(",") + "]";
  if (isObj(v)) {
    return (
      "{" +
      Object.keys(v)
        .sort()
        .map((k) => JSON.stringify(k) + ":" + stable(v[k]))
        .join(",") +
      "}"
    );
  }
  return JSON.stringify(v) ?? "null";
}

const canonicalMemo = new WeakMap<object, string>();

/** A string equal for two schemas exactly when they make the same assertions, written the same way. */
function canonical(s: unknown): string {
  if (typeof s === "boolean") return String(s);
  if (!isObj(s)) return "true";
  const memo = canonicalMemo.get(s);
  if (memo !== undefined) return memo;
  let out: string;
  if (rejectsAll(s)) out = "false";
  else {
    const parts: string[] = [];
    for (const k of Object.keys(s).sort()) {
      if (!ASSERTIONS.has(k) && k !== "$defs" && k !== "definitions") continue;
      const v = s[k];
      let c: string;
      if (SCHEMA_MAPS.has(k) && isObj(v)) {
        c = "{" + Object.keys(v).sort().map((p) => JSON.stringify(p) + ":" + canonical(v[p])).join(",") + "}";
      } else if ((SCHEMA_LISTS.has(k) || k === "items") && Array.isArray(v)) {
        c = "[" + v.map(canonical).join(",") + "]";
      } else if (SCHEMA_SINGLES.has(k) || k === "items") {
        c = canonical(v);
      } else c = stable(v);
      parts.push(JSON.stringify(k) + ":" + c);
    }
    out = parts.length === 0 ? "true" : "{" + parts.join(",") + "}";
  }
  canonicalMemo.set(s, out);
  return out;
}

const sameValue = (a: unknown, b: unknown): boolean => stable(a) === stable(b);

// ---------------------------------------------------------------------------------------------
// References

function resolveUri(ref: string, base: string): string {
  try {
    const u = new URL(ref, base);
    u.hash = "";
    return u.href;
  } catch {
    return ref;
  }
}

/** Finds the schema resources (`$id`) and anchors of a document, walking schema keywords only. */
function indexDocument(root: unknown): Doc {
  const doc: Doc = { root, resources: new Map([[DEFAULT_BASE, ""]]), anchors: new Map() };
  const walk = (node: unknown, at: string, base: string): void => {
    if (!isObj(node)) return;
    let b = base;
    if (typeof node.$id === "string") {
      b = resolveUri(node.$id, base);
      if (!doc.resources.has(b)) doc.resources.set(b, at);
    }
    for (const a of [node.$anchor, node.$dynamicAnchor]) if (typeof a === "string") doc.anchors.set(`${b}#${a}`, at);
    for (const [k, v] of Object.entries(node)) {
      if (SCHEMA_MAPS.has(k) && isObj(v)) for (const [p, s] of Object.entries(v)) walk(s, `${at}/${k}/${escapeSegment(p)}`, b);
      else if ((SCHEMA_LISTS.has(k) || k === "items") && Array.isArray(v)) v.forEach((s, i) => walk(s, `${at}/${k}/${i}`, b));
      else if (SCHEMA_SINGLES.has(k) || k === "items") walk(v, `${at}/${k}`, b);
    }
  };
  walk(root, "", DEFAULT_BASE);
  return doc;
}

/** The base URI in effect for the schema at `pointer`, before that schema's own `$id` is applied. */
function baseAt(doc: Doc, pointer: string): string {
  let base = DEFAULT_BASE;
  let node: unknown = doc.root;
  const segs = pointer === "" ? [] : pointer.slice(1).split("/");
  for (const raw of segs) {
    if (isObj(node) && typeof node.$id === "string") base = resolveUri(node.$id, base);
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = Array.isArray(node) ? node[Number(seg)] : isObj(node) ? node[seg] : undefined;
  }
  return base;
}

interface Target {
  /** Equal for two references to the same schema: `local:<pointer>` or `ext:<absolute uri>`. */
  identity: string;
  node: unknown;
  at: string;
  base: string;
}

function resolveIn(side: Side, ref: string, env: Env): Target {
  let url: URL;
  try {
    url = new URL(ref, side.base);
  } catch {
    const identity = `ext:${ref}`;
    return { identity, node: env.options.resolveRef?.(ref, side.base), at: identity, base: side.base };
  }
  let fragment = url.hash.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep it as written
  }
  const absolute = url.href;
  url.hash = "";
  const resource = url.href;
  const root = side.doc.resources.get(resource);
  if (root !== undefined) {
    const pointer = fragment === "" || fragment.startsWith("/") ? root + fragment : side.doc.anchors.get(`${resource}#${fragment}`);
    if (pointer !== undefined) {
      return { identity: `local:${pointer}`, node: valueAt(side.doc.root, pointer), at: pointer, base: baseAt(side.doc, pointer) };
    }
    return { identity: `missing:${absolute}`, node: undefined, at: `missing:${absolute}`, base: resource };
  }
  const identity = `ext:${absolute}`;
  return { identity, node: env.options.resolveRef?.(ref, side.base), at: identity, base: resource };
}

/** Keyword groups whose members interact; a `$ref` target and its siblings can be merged only if they do not split a group. */
const GROUPS = [
  ["properties", "patternProperties", "additionalProperties", "unevaluatedProperties"],
  ["prefixItems", "items", "additionalItems", "unevaluatedItems"],
  ["contains", "minContains", "maxContains"],
  ["if", "then", "else"],
];

/** `{$ref: target, ...siblings}` as one schema, or undefined when that cannot be written without `allOf`. */
function mergeRef(node: Obj, target: unknown): unknown {
  const siblings = Object.keys(node).filter((k) => k !== "$ref" && ASSERTIONS.has(k));
  if (siblings.length === 0) return target;
  const rest: Obj = {};
  for (const k of siblings) rest[k] = node[k];
  if (acceptsAll(target)) return rest;
  if (rejectsAll(target)) return false;
  if (!isObj(target)) return undefined;
  const theirs = Object.keys(target).filter((k) => ASSERTIONS.has(k));
  if (theirs.some((k) => siblings.includes(k))) return undefined;
  for (const group of GROUPS) {
    if (group.some((k) => siblings.includes(k)) && group.some((k) => theirs.includes(k))) return undefined;
  }
  return { ...target, ...rest };
}

// ---------------------------------------------------------------------------------------------
// Paths and reporting

function propPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path === "" ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}
const where = (path: string): string => (path === "" ? "(root)" : path);
function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + "..." : s;
}

function emit(ctx: Ctx, side: "old" | "new", segs: readonly Seg[], kind: string, narrows: boolean, widens: boolean, message: string): void {
  let which = side;
  let s = side === "new" ? ctx.new : ctx.old;
  if (!s.present && s.pin === undefined) {
    const other = side === "new" ? ctx.old : ctx.new;
    if (other.present || other.pin !== undefined) {
      which = side === "new" ? "old" : "new";
      s = other;
    }
  }
  const pointer = s.pin ?? s.at + ptr(segs);
  ctx.sink.push({ pointer, side: which, kind, narrows, widens, message });
}

function stepSide(s: Side, segs: readonly Seg[], present: boolean, uneval: Uneval | undefined): Side {
  return { doc: s.doc, at: s.at + ptr(segs), pin: s.pin, base: s.base, present: s.present && present, uneval };
}

/** The unevaluatedProperties that reaches an in-place subschema (allOf branch, $ref target, ...) of `node`. */
function unevalFor(s: Side, node: unknown): Uneval | undefined {
  if (isObj(node) && "unevaluatedProperties" in node) return { node: node.unevaluatedProperties, at: `${s.at}/unevaluatedProperties`, base: s.base };
  return s.uneval;
}

interface ChildSpec {
  oSegs: readonly Seg[];
  nSegs?: readonly Seg[];
  path: string;
  oHas: boolean;
  nHas: boolean;
  /** In-place applicator: the subschema sees the instance of `o`/`n` itself. */
  inPlace?: { o: Obj; n: Obj };
}
function child(ctx: Ctx, spec: ChildSpec): Ctx {
  return {
    ...ctx,
    path: spec.path,
    old: stepSide(ctx.old, spec.oSegs, spec.oHas, spec.inPlace ? unevalFor(ctx.old, spec.inPlace.o) : undefined),
    new: stepSide(ctx.new, spec.nSegs ?? spec.oSegs, spec.nHas, spec.inPlace ? unevalFor(ctx.new, spec.inPlace.n) : undefined),
  };
}

/** Compares two schemas off the record and tells whether the second narrows or widens the first. */
function relation(ctx: Ctx, o: Located, n: Located): Relation {
  const sink: SchemaChange[] = [];
  const sideOf = (s: Side, l: Located): Side => ({ doc: s.doc, at: l.at, pin: undefined, base: l.base, present: l.present, uneval: undefined });
  compare({ ...ctx, sink, old: sideOf(ctx.old, o), new: sideOf(ctx.new, n) }, o.node, n.node, "schema");
  return { narrows: sink.some((c) => c.narrows), widens: sink.some((c) => c.widens), changes: sink };
}

function detail(r: Relation): string {
  const kinds = [...new Set(r.changes.filter((c) => c.narrows || c.widens).map((c) => c.kind))];
  if (kinds.length === 0) return "";
  return ` (${kinds.slice(0, 4).join(", ")}${kinds.length > 4 ? ", ..." : ""})`;
}

// ---------------------------------------------------------------------------------------------
// The comparison

function compare(ctx: Ctx, oIn: unknown, nIn: unknown, slot: Slot): void {
  const o = asSchema(oIn);
  const n = asSchema(nIn);
  if (isObj(o) && typeof o.$id === "string") ctx = { ...ctx, old: { ...ctx.old, base: resolveUri(o.$id, ctx.old.base) } };
  if (isObj(n) && typeof n.$id === "string") ctx = { ...ctx, new: { ...ctx.new, base: resolveUri(n.$id, ctx.new.base) } };

  const annotations = ctx.env.options.includeAnnotations === true;
  if (annotations ? stable(o) === stable(n) : canonical(o) === canonical(n)) return;

  const os: Obj = isObj(o) ? o : {};
  const ns: Obj = isObj(n) ? n : {};
  compareDefinitions(ctx, os, ns);

  const oFalse = rejectsAll(o);
  const nFalse = rejectsAll(n);
  if (oFalse && nFalse) return;
  if (oFalse || nFalse) {
    const what = oFalse ? "opened" : "closed";
    const kind = `${SLOT_KINDS[slot]}-${what}`;
    const text = SLOT_TEXT[slot][oFalse ? 1 : 0];
    emit(ctx, "new", [], kind, nFalse, oFalse, `${where(ctx.path)}: ${text}`);
    return;
  }
  if (acceptsAll(o) && acceptsAll(n)) {
    if (annotations) compareAnnotations(ctx, os, ns);
    return;
  }
  if (followRefs(ctx, os, ns, slot)) return;

  compareType(ctx, os, ns);
  compareValues(ctx, os, ns);
  compareBound(ctx, os, ns, "lower");
  compareBound(ctx, os, ns, "upper");
  compareMultipleOf(ctx, os, ns);
  for (const kw of ["minLength", "minItems", "minProperties"]) compareCount(ctx, os, ns, kw, "min", 0);
  for (const kw of ["maxLength", "maxItems", "maxProperties"]) compareCount(ctx, os, ns, kw, "max", Infinity);
  for (const kw of ["pattern", "format"]) compareText(ctx, os, ns, kw);
  compareUniqueItems(ctx, os, ns);
  compareRequired(ctx, os, ns);
  compareDependentRequired(ctx, os, ns);
  compareProperties(ctx, os, ns);
  comparePatternProperties(ctx, os, ns);
  compareSingle(ctx, os, ns, "additionalProperties", starPath(ctx.path), "additionalProperties");
  compareSingle(ctx, os, ns, "unevaluatedProperties", starPath(ctx.path), "unevaluatedProperties");
  compareSingle(ctx, os, ns, "propertyNames", ctx.path === "" ? "(property names)" : `${ctx.path} (property names)`, "schema");
  compareDependentSchemas(ctx, os, ns);
  compareArrays(ctx, os, ns);
  compareSingle(ctx, os, ns, "unevaluatedItems", `${ctx.path}[]`, "unevaluatedItems");
  compareContains(ctx, os, ns);
  for (const kw of ["allOf", "anyOf", "oneOf"] as const) compareBranches(ctx, os, ns, kw);
  compareNot(ctx, os, ns);
  compareConditional(ctx, os, ns);
  compareOpaque(ctx, os, ns, "dependencies", "dependencies-changed");
  for (const kw of ["$dynamicRef", "$recursiveRef"]) compareOpaque(ctx, os, ns, kw, "dynamic-ref-changed");
  if (annotations) compareAnnotations(ctx, os, ns);
}

const starPath = (path: string): string => (path === "" ? "*" : `${path}.*`);

const SLOT_KINDS: Record<Slot, string> = {
  schema: "schema",
  additionalProperties: "additional-properties",
  unevaluatedProperties: "unevaluated-properties",
  items: "items",
  unevaluatedItems: "unevaluated-items",
};
/** [closed, opened] */
const SLOT_TEXT: Record<Slot, [string, string]> = {
  schema: ["now rejects every value", "no longer rejects every value"],
  additionalProperties: [
    "additionalProperties became false; properties the schema does not declare are now rejected",
    "properties the schema does not declare are now accepted (additionalProperties is no longer false)",
  ],
  unevaluatedProperties: [
    "unevaluatedProperties became false; properties no subschema declares are now rejected",
    "properties no subschema declares are now accepted (unevaluatedProperties is no longer false)",
  ],
  items: ["items became false; array elements beyond the declared ones are now rejected", "array elements beyond the declared ones are now accepted"],
  unevaluatedItems: [
    "unevaluatedItems became false; array elements no subschema covers are now rejected",
    "array elements no subschema covers are now accepted (unevaluatedItems is no longer false)",
  ],
};

/** Handles `$ref` on either side; true when the comparison is complete. */
function followRefs(ctx: Ctx, o: Obj, n: Obj, slot: Slot): boolean {
  const oRef = typeof o.$ref === "string" ? o.$ref : undefined;
  const nRef = typeof n.$ref === "string" ? n.$ref : undefined;
  if (oRef === undefined && nRef === undefined) return false;
  const env = ctx.env;
  const oT = oRef !== undefined ? resolveIn(ctx.old, oRef, env) : undefined;
  const nT = nRef !== undefined ? resolveIn(ctx.new, nRef, env) : undefined;
  // Same target on both sides: it is compared where it is defined; compare the siblings here.
  if (oT !== undefined && nT !== undefined && oT.identity === nT.identity) return false;

  const expand = (side: Side, node: Obj, t: Target | undefined): { node: unknown; side: Side } | undefined => {
    if (t === undefined) return { node, side };
    if (t.node === undefined) return undefined;
    const merged = mergeRef(node, t.node);
    if (merged === undefined) return undefined;
    return { node: merged, side: { doc: side.doc, at: t.at, pin: side.pin ?? `${side.at}/$ref`, base: t.base, present: true, uneval: side.uneval } };
  };
  const oX = expand(ctx.old, o, oT);
  const nX = expand(ctx.new, n, nT);
  if (oX === undefined || nX === undefined) {
    const kind = oRef !== undefined && nRef !== undefined ? "ref-target-changed" : nRef !== undefined ? "ref-added" : "ref-removed";
    const from = oRef !== undefined ? `$ref "${oRef}"` : "an inline schema";
    const to = nRef !== undefined ? `$ref "${nRef}"` : "an inline schema";
    const missing = [oRef !== undefined && oT?.node === undefined ? oRef : undefined, nRef !== undefined && nT?.node === undefined ? nRef : undefined].filter((r) => r !== undefined);
    const why = missing.length > 0 ? `${missing.map((r) => `"${r}"`).join(" and ")} could not be resolved` : "the $ref has sibling keywords that overlap its target";
    emit(
      ctx,
      "new",
      nRef !== undefined ? ["$ref"] : [],
      kind,
      !acceptsAll(n),
      !acceptsAll(o),
      `${where(ctx.path)}: ${from} became ${to}, and the two cannot be compared (${why})`,
    );
    return true;
  }
  const key = `${oX.side.at}\u0000${nX.side.at}`;
  if (env.visiting.has(key)) return true; // a cycle: assume equal, as any difference shows elsewhere on the way
  env.visiting.add(key);
  try {
    compare({ ...ctx, old: oX.side, new: nX.side }, oX.node, nX.node, slot);
  } finally {
    env.visiting.delete(key);
  }
  return true;
}

function typeList(s: Obj): string[] | undefined {
  if (typeof s.type === "string") return [s.type];
  if (Array.isArray(s.type)) return s.type.filter((t): t is string => typeof t === "string");
  return undefined;
}

function compareType(ctx: Ctx, o: Obj, n: Obj): void {
  const ot = typeList(o);
  const nt = typeList(n);
  if (ot === undefined && nt === undefined) return;
  const oe = ot ?? ALL_TYPES;
  const ne = nt ?? ALL_TYPES;
  const covered = (t: string, set: string[]): boolean => set.includes(t) || (t === "integer" && set.includes("number"));
  const lost = oe.filter((t) => !covered(t, ne));
  const gained = ne.filter((t) => !covered(t, oe));
  if (lost.length === 0 && gained.length === 0) return;
  const narrows = lost.length > 0;
  const widens = gained.length > 0;
  const kind = ot === undefined ? "type-added" : nt === undefined ? "type-removed" : narrows && widens ? "type-changed" : narrows ? "type-narrowed" : "type-widened";
  const fmt = (t: string[] | undefined): string => (t === undefined ? "any" : t.join(" | "));
  let text = `type changed from ${fmt(ot)} to ${fmt(nt)}`;
  if (lost.length > 0) text += `; ${lost.join(", ")} no longer accepted`;
  if (gained.length > 0) text += `; ${gained.join(", ")} now accepted`;
  emit(ctx, kind === "type-removed" ? "old" : "new", ["type"], kind, narrows, widens, `${where(ctx.path)}: ${text}`);
}

interface ValueSet {
  values: unknown[];
  /** Where each value is written: `["enum", i]` or `["const"]`. */
  segs: Seg[][];
  kw: "enum" | "const";
}
function valueSet(s: Obj): ValueSet | undefined {
  const hasConst = "const" in s;
  const en = Array.isArray(s.enum) ? s.enum : undefined;
  if (en === undefined && !hasConst) return undefined;
  if (en === undefined) return { values: [s.const], segs: [["const"]], kw: "const" };
  const out: ValueSet = { values: [], segs: [], kw: "enum" };
  en.forEach((v, i) => {
    if (hasConst && !sameValue(v, s.const)) return;
    if (out.values.some((w) => sameValue(v, w))) return;
    out.values.push(v);
    out.segs.push(["enum", i]);
  });
  return out;
}

function compareValues(ctx: Ctx, o: Obj, n: Obj): void {
  const ov = valueSet(o);
  const nv = valueSet(n);
  const at = where(ctx.path);
  if (ov === undefined && nv === undefined) return;
  if (ov === undefined && nv !== undefined) {
    const list = nv.values.map(show).join(", ");
    emit(ctx, "new", [nv.kw], `${nv.kw}-added`, true, false, `${at}: ${nv.kw === "const" ? `const ${list}` : `enum [${list}]`} added; other values are no longer accepted`);
    return;
  }
  if (nv === undefined && ov !== undefined) {
    emit(ctx, "old", [ov.kw], `${ov.kw}-removed`, false, true, `${at}: ${ov.kw} removed; values other than ${ov.values.map(show).join(", ")} are now accepted`);
    return;
  }
  if (ov === undefined || nv === undefined) return;
  const has = (set: ValueSet, v: unknown): boolean => set.values.some((w) => sameValue(v, w));
  const removed = ov.values.map((v, i) => [v, i] as const).filter(([v]) => !has(nv, v));
  const added = nv.values.map((v, i) => [v, i] as const).filter(([v]) => !has(ov, v));
  if (removed.length === 0 && added.length === 0) return;
  if (ov.kw === "const" && nv.kw === "const") {
    emit(ctx, "new", ["const"], "const-changed", true, true, `${at}: const changed from ${show(ov.values[0])} to ${show(nv.values[0])}`);
    return;
  }
  for (const [v, i] of removed) emit(ctx, "old", ov.segs[i] ?? [ov.kw], "enum-value-removed", true, false, `${at}: value ${show(v)} is no longer allowed`);
  for (const [v, i] of added) emit(ctx, "new", nv.segs[i] ?? [nv.kw], "enum-value-added", false, true, `${at}: value ${show(v)} is now allowed`);
}

interface Bound {
  v: number;
  ex: boolean;
  kw: string;
}
function bound(s: Obj, dir: "lower" | "upper"): Bound | undefined {
  const [inc, exc] = dir === "lower" ? ["minimum", "exclusiveMinimum"] : ["maximum", "exclusiveMaximum"];
  const found: Bound[] = [];
  const a = s[inc];
  const b = s[exc];
  if (typeof a === "number") found.push({ v: a, ex: false, kw: inc });
  if (typeof b === "number") found.push({ v: b, ex: true, kw: exc });
  return found.reduce<Bound | undefined>((best, x) => (best === undefined || stricter(x, best, dir) ? x : best), undefined);
}
function stricter(a: Bound, b: Bound, dir: "lower" | "upper"): boolean {
  if (a.v !== b.v) return dir === "lower" ? a.v > b.v : a.v < b.v;
  return a.ex && !b.ex;
}

function compareBound(ctx: Ctx, o: Obj, n: Obj, dir: "lower" | "upper"): void {
  const ob = bound(o, dir);
  const nb = bound(n, dir);
  const at = where(ctx.path);
  const fmt = (b: Bound): string => `${b.kw} ${b.v}`;
  if (ob === undefined && nb === undefined) return;
  if (ob === undefined && nb !== undefined) {
    emit(ctx, "new", [nb.kw], `${nb.kw}-added`, true, false, `${at}: ${fmt(nb)} added`);
    return;
  }
  if (nb === undefined && ob !== undefined) {
    emit(ctx, "old", [ob.kw], `${ob.kw}-removed`, false, true, `${at}: ${fmt(ob)} removed`);
    return;
  }
  if (ob === undefined || nb === undefined) return;
  const [tighter, looser] = dir === "lower" ? ["raised", "lowered"] : ["lowered", "raised"];
  const text = ob.kw === nb.kw ? `${ob.kw} ${stricter(nb, ob, dir) ? tighter : looser} from ${ob.v} to ${nb.v}` : `${dir} bound changed from ${fmt(ob)} to ${fmt(nb)}`;
  if (stricter(nb, ob, dir)) {
    emit(ctx, "new", [nb.kw], typeof o[nb.kw] === "number" ? `${nb.kw}-${tighter}` : `${nb.kw}-added`, true, false, `${at}: ${text}`);
  } else if (stricter(ob, nb, dir)) {
    const kept = typeof n[ob.kw] === "number";
    emit(ctx, kept ? "new" : "old", [ob.kw], kept ? `${ob.kw}-${looser}` : `${ob.kw}-removed`, false, true, `${at}: ${text}`);
  }
}

function compareMultipleOf(ctx: Ctx, o: Obj, n: Obj): void {
  const pos = (v: unknown): number | undefined => (typeof v === "number" && v > 0 ? v : undefined);
  const om = pos(o.multipleOf);
  const nm = pos(n.multipleOf);
  const at = where(ctx.path);
  if (om === nm) return;
  if (om === undefined && nm !== undefined) return emit(ctx, "new", ["multipleOf"], "multipleOf-added", true, false, `${at}: multipleOf ${nm} added`);
  if (nm === undefined && om !== undefined) return emit(ctx, "old", ["multipleOf"], "multipleOf-removed", false, true, `${at}: multipleOf ${om} removed`);
  if (om === undefined || nm === undefined) return;
  const multiple = (a: number, b: number): boolean => {
    const r = a / b;
    return Math.abs(r - Math.round(r)) < 1e-9;
  };
  const text = `${at}: multipleOf changed from ${om} to ${nm}`;
  if (multiple(nm, om)) emit(ctx, "new", ["multipleOf"], "multipleOf-tightened", true, false, text);
  else if (multiple(om, nm)) emit(ctx, "new", ["multipleOf"], "multipleOf-loosened", false, true, text);
  else emit(ctx, "new", ["multipleOf"], "multipleOf-changed", true, true, text);
}

function compareCount(ctx: Ctx, o: Obj, n: Obj, kw: string, kind: "min" | "max", fallback: number): void {
  const count = (v: unknown): number | undefined => (typeof v === "number" && v >= 0 ? v : undefined);
  const ov = count(o[kw]);
  const nv = count(n[kw]);
  const oe = ov ?? fallback;
  const ne = nv ?? fallback;
  if (oe === ne) return;
  const at = where(ctx.path);
  const tighter = kind === "min" ? ne > oe : ne < oe;
  const [up, down] = kind === "min" ? ["raised", "lowered"] : ["lowered", "raised"];
  if (tighter) {
    const k = ov === undefined ? `${kw}-added` : `${kw}-${up}`;
    emit(ctx, "new", [kw], k, true, false, ov === undefined ? `${at}: ${kw} ${ne} added` : `${at}: ${kw} ${up} from ${oe} to ${ne}`);
  } else {
    const k = nv === undefined ? `${kw}-removed` : `${kw}-${down}`;
    emit(ctx, nv === undefined ? "old" : "new", [kw], k, false, true, nv === undefined ? `${at}: ${kw} ${oe} removed` : `${at}: ${kw} ${down} from ${oe} to ${ne}`);
  }
}

function compareText(ctx: Ctx, o: Obj, n: Obj, kw: string): void {
  const ov = typeof o[kw] === "string" ? (o[kw] as string) : undefined;
  const nv = typeof n[kw] === "string" ? (n[kw] as string) : undefined;
  if (ov === nv) return;
  const at = where(ctx.path);
  if (ov === undefined) emit(ctx, "new", [kw], `${kw}-added`, true, false, `${at}: ${kw} ${show(nv)} added`);
  else if (nv === undefined) emit(ctx, "old", [kw], `${kw}-removed`, false, true, `${at}: ${kw} ${show(ov)} removed`);
  else emit(ctx, "new", [kw], `${kw}-changed`, true, true, `${at}: ${kw} changed from ${show(ov)} to ${show(nv)}`);
}

function compareUniqueItems(ctx: Ctx, o: Obj, n: Obj): void {
  const ov = o.uniqueItems === true;
  const nv = n.uniqueItems === true;
  if (ov === nv) return;
  const at = where(ctx.path);
  if (nv) emit(ctx, "new", ["uniqueItems"], "uniqueItems-added", true, false, `${at}: elements must now be unique`);
  else emit(ctx, "uniqueItems" in n ? "new" : "old", ["uniqueItems"], "uniqueItems-removed", false, true, `${at}: elements no longer need to be unique`);
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

function compareRequired(ctx: Ctx, o: Obj, n: Obj): void {
  const or = strings(o.required);
  const nr = strings(n.required);
  nr.forEach((name, i) => {
    if (!or.includes(name)) emit(ctx, "new", ["required", i], "required-added", true, false, `property "${propPath(ctx.path, name)}" became required`);
  });
  or.forEach((name, i) => {
    if (!nr.includes(name)) emit(ctx, "old", ["required", i], "required-removed", false, true, `property "${propPath(ctx.path, name)}" is no longer required`);
  });
}

function compareDependentRequired(ctx: Ctx, o: Obj, n: Obj): void {
  const od = isObj(o.dependentRequired) ? o.dependentRequired : {};
  const nd = isObj(n.dependentRequired) ? n.dependentRequired : {};
  for (const key of [...new Set([...Object.keys(od), ...Object.keys(nd)])].sort()) {
    const oa = strings(od[key]);
    const na = strings(nd[key]);
    const when = `when "${propPath(ctx.path, key)}" is present`;
    na.forEach((name, i) => {
      if (!oa.includes(name))
        emit(ctx, "new", ["dependentRequired", key, i], "dependent-required-added", true, false, `property "${propPath(ctx.path, name)}" became required ${when}`);
    });
    oa.forEach((name, i) => {
      if (!na.includes(name))
        emit(ctx, "old", ["dependentRequired", key, i], "dependent-required-removed", false, true, `property "${propPath(ctx.path, name)}" is no longer required ${when}`);
    });
  }
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])].sort();

/** A registry's pattern, run in linear time (RE2): a hostile one cannot stall the comparison. */
function regex(pattern: string): { test(s: string): boolean } | undefined {
  const test = linearTest(pattern);
  return test ? { test } : undefined;
}

interface CatchAll {
  loc: Located;
  category: "open" | "closed" | "partially-open";
  /** What covers the key, for messages. */
  via: string;
}
/** The schema a property name not declared in `properties` of `node` is validated against. */
function catchAll(side: Side, node: Obj, key: string | undefined): CatchAll {
  const located = (v: unknown, at: string, base = side.base): Located => ({ node: v, at, base, present: true });
  let loc: Located | undefined;
  let via = "";
  const pp = isObj(node.patternProperties) ? node.patternProperties : {};
  const matches = key === undefined ? [] : Object.keys(pp).filter((p) => regex(p)?.test(key) === true);
  const [first] = matches;
  if (first !== undefined) {
    loc = matches.length === 1 ? located(pp[first], `${side.at}/patternProperties/${escapeSegment(first)}`) : located({ allOf: matches.map((p) => pp[p]) }, `${side.at}/patternProperties`);
    via = `patternProperties ${matches.map((p) => JSON.stringify(p)).join(", ")}`;
  } else if ("additionalProperties" in node) {
    loc = located(node.additionalProperties, `${side.at}/additionalProperties`);
    via = "additionalProperties";
  } else if ("unevaluatedProperties" in node) {
    loc = located(node.unevaluatedProperties, `${side.at}/unevaluatedProperties`);
    via = "unevaluatedProperties";
  } else if (side.uneval !== undefined) {
    loc = located(side.uneval.node, side.uneval.at, side.uneval.base);
    via = "unevaluatedProperties of the enclosing schema";
  }
  if (loc === undefined) return { loc: { node: true, at: `${side.at}/additionalProperties`, base: side.base, present: false }, category: "open", via: "" };
  const category = rejectsAll(loc.node) ? "closed" : acceptsAll(loc.node) ? "open" : "partially-open";
  if (category === "closed") via = via.startsWith("pattern") ? via : `${via.replace(/ of the enclosing schema$/, "")}: false`;
  return { loc, category, via };
}

function compareProperties(ctx: Ctx, o: Obj, n: Obj): void {
  const op = isObj(o.properties) ? o.properties : {};
  const np = isObj(n.properties) ? n.properties : {};
  for (const key of union(Object.keys(op), Object.keys(np))) {
    const path = propPath(ctx.path, key);
    const inOld = Object.hasOwn(op, key);
    const inNew = Object.hasOwn(np, key);
    const segs = ["properties", key];
    if (inOld && inNew) {
      compare(child(ctx, { oSegs: segs, path, oHas: true, nHas: true }), op[key], np[key], "schema");
    } else if (inNew) {
      const c = catchAll(ctx.old, o, key);
      const r = relation(ctx, c.loc, { node: np[key], at: ctx.new.at + ptr(segs), base: ctx.new.base, present: true });
      let text: string;
      if (c.category === "closed") text = `property "${path}" added to a closed object (${c.via}): data written under the new schema may carry it and the old schema rejects it`;
      else if (c.category === "open") {
        text = r.narrows
          ? `property "${path}" added to an open object: data written under the old schema may already carry "${key}" with a value the new schema rejects${detail(r)}`
          : `property "${path}" added with a schema that accepts any value`;
      } else text = `property "${path}" added; it was covered by ${c.via} before${r.narrows || r.widens ? `, which accepts different values${detail(r)}` : ", which it matches"}`;
      emit(ctx, "new", segs, `property-added-${c.category}`, r.narrows, r.widens, text);
    } else {
      const c = catchAll(ctx.new, n, key);
      const r = relation(ctx, { node: op[key], at: ctx.old.at + ptr(segs), base: ctx.old.base, present: true }, c.loc);
      let text: string;
      if (c.category === "closed") text = `property "${path}" removed from a closed object (${c.via}): data written under the old schema may carry it and is now rejected`;
      else if (c.category === "open") {
        text = r.widens ? `property "${path}" removed from an open object: any value is now accepted under "${key}"` : `property "${path}" removed; its schema accepted any value`;
      } else text = `property "${path}" removed; it is now covered by ${c.via}${r.narrows || r.widens ? `, which accepts different values${detail(r)}` : ", which matches it"}`;
      emit(ctx, "old", segs, `property-removed-${c.category}`, r.narrows, r.widens, text);
    }
  }
}

function comparePatternProperties(ctx: Ctx, o: Obj, n: Obj): void {
  const op = isObj(o.patternProperties) ? o.patternProperties : {};
  const np = isObj(n.patternProperties) ? n.patternProperties : {};
  for (const p of union(Object.keys(op), Object.keys(np))) {
    const segs = ["patternProperties", p];
    const path = `${ctx.path}[/${p}/]`;
    const inOld = Object.hasOwn(op, p);
    const inNew = Object.hasOwn(np, p);
    if (inOld && inNew) {
      compare(child(ctx, { oSegs: segs, path, oHas: true, nHas: true }), op[p], np[p], "schema");
    } else if (inNew) {
      const c = catchAll(ctx.old, { ...o, patternProperties: {} }, undefined);
      const r = relation(ctx, c.loc, { node: np[p], at: ctx.new.at + ptr(segs), base: ctx.new.base, present: true });
      emit(ctx, "new", segs, "pattern-property-added", r.narrows, r.widens, `${where(ctx.path)}: patternProperties ${JSON.stringify(p)} added${r.narrows || r.widens ? detail(r) : ""}`);
    } else {
      const c = catchAll(ctx.new, { ...n, patternProperties: {} }, undefined);
      const r = relation(ctx, { node: op[p], at: ctx.old.at + ptr(segs), base: ctx.old.base, present: true }, c.loc);
      emit(ctx, "old", segs, "pattern-property-removed", r.narrows, r.widens, `${where(ctx.path)}: patternProperties ${JSON.stringify(p)} removed${r.narrows || r.widens ? detail(r) : ""}`);
    }
  }
}

/** A single-subschema keyword where absence means `true`. */
function compareSingle(ctx: Ctx, o: Obj, n: Obj, kw: string, path: string, slot: Slot): void {
  const oHas = kw in o;
  const nHas = kw in n;
  if (!oHas && !nHas) return;
  compare(child(ctx, { oSegs: [kw], path, oHas, nHas }), oHas ? o[kw] : true, nHas ? n[kw] : true, slot);
}

function compareDependentSchemas(ctx: Ctx, o: Obj, n: Obj): void {
  const od = isObj(o.dependentSchemas) ? o.dependentSchemas : {};
  const nd = isObj(n.dependentSchemas) ? n.dependentSchemas : {};
  for (const key of union(Object.keys(od), Object.keys(nd))) {
    const oHas = Object.hasOwn(od, key);
    const nHas = Object.hasOwn(nd, key);
    const c = child(ctx, { oSegs: ["dependentSchemas", key], path: ctx.path, oHas, nHas, inPlace: { o, n } });
    compare(c, oHas ? od[key] : true, nHas ? nd[key] : true, "schema");
  }
}

interface ArrayShape {
  prefix: unknown[];
  prefixKw: string;
  rest: unknown;
  restKw: string;
  hasRest: boolean;
}
function arrayShape(s: Obj): ArrayShape {
  if (Array.isArray(s.items)) return { prefix: s.items, prefixKw: "items", rest: s.additionalItems, restKw: "additionalItems", hasRest: "additionalItems" in s };
  return { prefix: Array.isArray(s.prefixItems) ? s.prefixItems : [], prefixKw: "prefixItems", rest: s.items, restKw: "items", hasRest: "items" in s };
}

function compareArrays(ctx: Ctx, o: Obj, n: Obj): void {
  const oa = arrayShape(o);
  const na = arrayShape(n);
  const len = Math.max(oa.prefix.length, na.prefix.length);
  for (let i = 0; i < len; i++) {
    const path = `${ctx.path}[${i}]`;
    const oSegs = [oa.prefixKw, i];
    const nSegs = [na.prefixKw, i];
    if (i < oa.prefix.length && i < na.prefix.length) {
      compare(child(ctx, { oSegs, nSegs, path, oHas: true, nHas: true }), oa.prefix[i], na.prefix[i], "schema");
    } else if (i < na.prefix.length) {
      const r = relation(ctx, { node: oa.hasRest ? oa.rest : true, at: `${ctx.old.at}/${oa.restKw}`, base: ctx.old.base, present: oa.hasRest }, { node: na.prefix[i], at: ctx.new.at + ptr(nSegs), base: ctx.new.base, present: true });
      emit(ctx, "new", nSegs, "prefix-item-added", r.narrows, r.widens, `${path}: a schema for element ${i} was added${detail(r)}`);
    } else {
      const r = relation(ctx, { node: oa.prefix[i], at: ctx.old.at + ptr(oSegs), base: ctx.old.base, present: true }, { node: na.hasRest ? na.rest : true, at: `${ctx.new.at}/${na.restKw}`, base: ctx.new.base, present: na.hasRest });
      emit(ctx, "old", oSegs, "prefix-item-removed", r.narrows, r.widens, `${path}: the schema for element ${i} was removed${detail(r)}`);
    }
  }
  if (!oa.hasRest && !na.hasRest) return;
  const path = oa.prefix.length > 0 || na.prefix.length > 0 ? `${ctx.path}[${len}...]` : `${ctx.path}[]`;
  compare(child(ctx, { oSegs: [oa.restKw], nSegs: [na.restKw], path, oHas: oa.hasRest, nHas: na.hasRest }), oa.hasRest ? oa.rest : true, na.hasRest ? na.rest : true, "items");
}

function compareContains(ctx: Ctx, o: Obj, n: Obj): void {
  const oHas = "contains" in o;
  const nHas = "contains" in n;
  const at = where(ctx.path);
  if (!oHas && !nHas) return;
  if (!oHas) return emit(ctx, "new", ["contains"], "contains-added", n.minContains !== 0 || "maxContains" in n, false, `${at}: the array must now contain a matching element`);
  if (!nHas) return emit(ctx, "old", ["contains"], "contains-removed", false, true, `${at}: the array no longer needs to contain a matching element`);
  compareCount(ctx, o, n, "minContains", "min", 1);
  compareCount(ctx, o, n, "maxContains", "max", Infinity);
  if ("maxContains" in o || "maxContains" in n) {
    // With an upper count, a wider `contains` can reject arrays too: no direction.
    if (canonical(o.contains) !== canonical(n.contains)) emit(ctx, "new", ["contains"], "contains-changed", true, true, `${at}: the schema of contains changed while maxContains limits the matches`);
    return;
  }
  compare(child(ctx, { oSegs: ["contains"], path: `${ctx.path}[contains]`, oHas, nHas }), o.contains, n.contains, "schema");
}

/** Pairs branches: equal ones first, wherever they moved; the rest by position. */
function pairBranches(oa: unknown[], na: unknown[]): { pairs: [number, number][]; added: number[]; removed: number[] } {
  const oc = oa.map(canonical);
  const nc = na.map(canonical);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const pairs: [number, number][] = [];
  oc.forEach((c, i) => {
    const j = nc.findIndex((d, j2) => d === c && !usedN.has(j2));
    if (j >= 0) {
      usedO.add(i);
      usedN.add(j);
      pairs.push([i, j]);
    }
  });
  const restO = oa.map((_, i) => i).filter((i) => !usedO.has(i));
  const restN = na.map((_, j) => j).filter((j) => !usedN.has(j));
  const common = Math.min(restO.length, restN.length);
  for (let k = 0; k < common; k++) pairs.push([restO[k] ?? 0, restN[k] ?? 0]);
  return { pairs, added: restN.slice(common), removed: restO.slice(common) };
}

function compareBranches(ctx: Ctx, o: Obj, n: Obj, kw: "allOf" | "anyOf" | "oneOf"): void {
  const oa = Array.isArray(o[kw]) ? (o[kw] as unknown[]) : undefined;
  const na = Array.isArray(n[kw]) ? (n[kw] as unknown[]) : undefined;
  if (oa === undefined && na === undefined) return;
  const at = where(ctx.path);
  if (kw !== "allOf") {
    if (oa === undefined && na !== undefined) {
      if (!na.some(acceptsAll)) emit(ctx, "new", [kw], `${kw}-added`, true, false, `${at}: ${kw} added; values must now match one of ${na.length} schemas`);
      return;
    }
    if (na === undefined && oa !== undefined) {
      if (!oa.some(acceptsAll)) emit(ctx, "old", [kw], `${kw}-removed`, false, true, `${at}: ${kw} removed; values no longer need to match one of its schemas`);
      return;
    }
  }
  const olist = oa ?? [];
  const nlist = na ?? [];
  const { pairs, added, removed } = pairBranches(olist, nlist);
  for (const [i, j] of pairs) {
    compare(child(ctx, { oSegs: [kw, i], nSegs: [kw, j], path: ctx.path, oHas: true, nHas: true, inPlace: { o, n } }), olist[i], nlist[j], "schema");
  }
  const conj = kw === "allOf";
  for (const j of added) {
    const b = nlist[j];
    if (conj ? acceptsAll(b) : rejectsAll(b)) continue;
    emit(ctx, "new", [kw, j], `${kw}-branch-added`, conj, !conj, `${at}: ${kw}[${j}] added; ${conj ? "values must now also match it" : "values matching only it are now accepted"}`);
  }
  for (const i of removed) {
    const b = olist[i];
    if (conj ? acceptsAll(b) : rejectsAll(b)) continue;
    emit(ctx, "old", [kw, i], `${kw}-branch-removed`, !conj, conj, `${at}: ${kw}[${i}] removed; ${conj ? "values no longer need to match it" : "values matching only it are now rejected"}`);
  }
}

function compareNot(ctx: Ctx, o: Obj, n: Obj): void {
  const oHas = "not" in o && !rejectsAll(o.not);
  const nHas = "not" in n && !rejectsAll(n.not);
  const at = where(ctx.path);
  if (!oHas && !nHas) return;
  if (!oHas) return emit(ctx, "new", ["not"], "not-added", true, false, `${at}: not added; values matching its schema are now rejected`);
  if (!nHas) return emit(ctx, "old", ["not"], "not-removed", false, true, `${at}: not removed; values matching its schema are accepted again`);
  const r = relation(ctx, { node: o.not, at: `${ctx.old.at}/not`, base: ctx.old.base, present: true }, { node: n.not, at: `${ctx.new.at}/not`, base: ctx.new.base, present: true });
  if (r.changes.length === 0) return;
  // Under `not`, a wider inner schema rejects more: directions swap.
  emit(ctx, "new", ["not"], "not-changed", r.widens, r.narrows, `${at}: the schema under not changed${detail(r)}`);
}

function compareConditional(ctx: Ctx, o: Obj, n: Obj): void {
  for (const kw of ["if", "then", "else"]) {
    const oHas = kw in o;
    const nHas = kw in n;
    if (!oHas && !nHas) continue;
    if (oHas && nHas && canonical(o[kw]) === canonical(n[kw])) continue;
    const what = !oHas ? "added" : !nHas ? "removed" : "changed";
    emit(ctx, nHas ? "new" : "old", [kw], "conditional-changed", true, true, `${where(ctx.path)}: ${kw} ${what}; conditional schemas are not compared, so this counts as breaking both ways`);
  }
}

/** A keyword compared only for equality: any change counts both ways. */
function compareOpaque(ctx: Ctx, o: Obj, n: Obj, kw: string, kind: string): void {
  if (!(kw in o) && !(kw in n)) return;
  if (sameValue(o[kw], n[kw])) return;
  emit(ctx, kw in n ? "new" : "old", [kw], kind, true, true, `${where(ctx.path)}: ${kw} changed from ${show(o[kw])} to ${show(n[kw])}`);
}

function compareDefinitions(ctx: Ctx, o: Obj, n: Obj): void {
  // Below a followed $ref, definitions are compared where they are written, not again here.
  if (ctx.old.pin !== undefined || ctx.new.pin !== undefined) return;
  for (const kw of ["$defs", "definitions"]) {
    const od = isObj(o[kw]) ? (o[kw] as Obj) : {};
    const nd = isObj(n[kw]) ? (n[kw] as Obj) : {};
    for (const name of union(Object.keys(od), Object.keys(nd))) {
      const segs = [kw, name];
      const path = `${ctx.path === "" ? "" : ctx.path + "."}${kw}.${name}`;
      const oHas = Object.hasOwn(od, name);
      const nHas = Object.hasOwn(nd, name);
      if (oHas && nHas) compare(child(ctx, { oSegs: segs, path, oHas, nHas }), od[name], nd[name], "schema");
      else if (nHas) emit(ctx, "new", segs, "definition-added", false, false, `${path} added`);
      else emit(ctx, "old", segs, "definition-removed", false, false, `${path} removed; schemas that still refer to it will not resolve`);
    }
  }
}

function compareAnnotations(ctx: Ctx, o: Obj, n: Obj): void {
  for (const kw of union(Object.keys(o), Object.keys(n))) {
    if (ASSERTIONS.has(kw) || STRUCTURE.has(kw)) continue;
    if (sameValue(o[kw], n[kw])) continue;
    const what = !(kw in o) ? "added" : !(kw in n) ? "removed" : "changed";
    emit(ctx, kw in n ? "new" : "old", [kw], "annotation-changed", false, false, `${where(ctx.path)}: ${kw} ${what}`);
  }
}
