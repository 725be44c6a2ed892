import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  check,
  documentAt,
  documentChanges,
  impactOf
} from "./chunk-L6YZGQIE.js";
import {
  FindingSink,
  KIND_LABEL,
  canonicalJson,
  changeAccepted,
  changeBreaking,
  changeRemovedInUse,
  escapeSegment,
  linearTest,
  referenceIndex,
  resolveRef,
  sha256,
  valueAt
} from "./chunk-JFYR2ZYG.js";

// src/change/schema-diff.ts
function isBreaking(change, mode) {
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
function breakingChanges(changes, mode) {
  return changes.filter((c) => isBreaking(c, mode));
}
function diffSchemas(oldSchema, newSchema, options = {}) {
  const env = { options, visiting: /* @__PURE__ */ new Set() };
  const side = (root) => ({ doc: indexDocument(root), at: "", pin: void 0, base: DEFAULT_BASE, present: true, uneval: void 0 });
  const sink = [];
  compare({ old: side(oldSchema), new: side(newSchema), path: "", sink, env }, oldSchema, newSchema, "schema");
  const seen = /* @__PURE__ */ new Set();
  const unique = sink.filter((c) => {
    const key = `${c.pointer}\0${c.side}\0${c.kind}\0${c.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) => order(a.pointer, b.pointer) || order(a.kind, b.kind) || order(a.side, b.side) || order(a.message, b.message)
  );
}
var ASSERTIONS = /* @__PURE__ */ new Set([
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
  "propertyNames"
]);
var STRUCTURE = /* @__PURE__ */ new Set(["$schema", "$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$vocabulary", "$defs", "definitions"]);
var SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
var SCHEMA_LISTS = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
var SCHEMA_SINGLES = /* @__PURE__ */ new Set([
  "additionalProperties",
  "unevaluatedProperties",
  "additionalItems",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else"
]);
var ALL_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"];
var DEFAULT_BASE = "https://schema-diff.invalid/schema.json";
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var order = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var ptr = (segs) => segs.map((s) => "/" + escapeSegment(s)).join("");
function asSchema(v) {
  if (typeof v === "boolean" || isObj(v)) return v;
  return true;
}
function acceptsAll(s) {
  if (s === true) return true;
  if (!isObj(s)) return s === void 0;
  return Object.keys(s).every((k) => !ASSERTIONS.has(k));
}
function rejectsAll(s) {
  if (s === false) return true;
  return isObj(s) && "not" in s && acceptsAll(s.not);
}
function stable(v) {
  if (Array.isArray(v)) return "[" + v.map(stable).join(",") + "]";
  if (isObj(v)) {
    return "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + stable(v[k])).join(",") + "}";
  }
  return JSON.stringify(v) ?? "null";
}
var canonicalMemo = /* @__PURE__ */ new WeakMap();
function canonical(s) {
  if (typeof s === "boolean") return String(s);
  if (!isObj(s)) return "true";
  const memo = canonicalMemo.get(s);
  if (memo !== void 0) return memo;
  let out;
  if (rejectsAll(s)) out = "false";
  else {
    const parts = [];
    for (const k of Object.keys(s).sort()) {
      if (!ASSERTIONS.has(k) && k !== "$defs" && k !== "definitions") continue;
      const v = s[k];
      let c;
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
var sameValue = (a, b) => stable(a) === stable(b);
function resolveUri(ref, base) {
  try {
    const u = new URL(ref, base);
    u.hash = "";
    return u.href;
  } catch {
    return ref;
  }
}
function indexDocument(root) {
  const doc = { root, resources: /* @__PURE__ */ new Map([[DEFAULT_BASE, ""]]), anchors: /* @__PURE__ */ new Map() };
  const walk = (node, at, base) => {
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
function baseAt(doc, pointer) {
  let base = DEFAULT_BASE;
  let node = doc.root;
  const segs = pointer === "" ? [] : pointer.slice(1).split("/");
  for (const raw of segs) {
    if (isObj(node) && typeof node.$id === "string") base = resolveUri(node.$id, base);
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = Array.isArray(node) ? node[Number(seg)] : isObj(node) ? node[seg] : void 0;
  }
  return base;
}
function resolveIn(side, ref, env) {
  let url;
  try {
    url = new URL(ref, side.base);
  } catch {
    const identity2 = `ext:${ref}`;
    return { identity: identity2, node: env.options.resolveRef?.(ref, side.base), at: identity2, base: side.base };
  }
  let fragment = url.hash.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
  }
  const absolute = url.href;
  url.hash = "";
  const resource = url.href;
  const root = side.doc.resources.get(resource);
  if (root !== void 0) {
    const pointer = fragment === "" || fragment.startsWith("/") ? root + fragment : side.doc.anchors.get(`${resource}#${fragment}`);
    if (pointer !== void 0) {
      return { identity: `local:${pointer}`, node: valueAt(side.doc.root, pointer), at: pointer, base: baseAt(side.doc, pointer) };
    }
    return { identity: `missing:${absolute}`, node: void 0, at: `missing:${absolute}`, base: resource };
  }
  const identity = `ext:${absolute}`;
  return { identity, node: env.options.resolveRef?.(ref, side.base), at: identity, base: resource };
}
var GROUPS = [
  ["properties", "patternProperties", "additionalProperties", "unevaluatedProperties"],
  ["prefixItems", "items", "additionalItems", "unevaluatedItems"],
  ["contains", "minContains", "maxContains"],
  ["if", "then", "else"]
];
function mergeRef(node, target) {
  const siblings = Object.keys(node).filter((k) => k !== "$ref" && ASSERTIONS.has(k));
  if (siblings.length === 0) return target;
  const rest = {};
  for (const k of siblings) rest[k] = node[k];
  if (acceptsAll(target)) return rest;
  if (rejectsAll(target)) return false;
  if (!isObj(target)) return void 0;
  const theirs = Object.keys(target).filter((k) => ASSERTIONS.has(k));
  if (theirs.some((k) => siblings.includes(k))) return void 0;
  for (const group of GROUPS) {
    if (group.some((k) => siblings.includes(k)) && group.some((k) => theirs.includes(k))) return void 0;
  }
  return { ...target, ...rest };
}
function propPath(path, key) {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path === "" ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}
var where = (path) => path === "" ? "(root)" : path;
function show(v) {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + "..." : s;
}
function emit(ctx, side, segs, kind, narrows, widens, message) {
  let which = side;
  let s = side === "new" ? ctx.new : ctx.old;
  if (!s.present && s.pin === void 0) {
    const other = side === "new" ? ctx.old : ctx.new;
    if (other.present || other.pin !== void 0) {
      which = side === "new" ? "old" : "new";
      s = other;
    }
  }
  const pointer = s.pin ?? s.at + ptr(segs);
  ctx.sink.push({ pointer, side: which, kind, narrows, widens, message });
}
function stepSide(s, segs, present, uneval) {
  return { doc: s.doc, at: s.at + ptr(segs), pin: s.pin, base: s.base, present: s.present && present, uneval };
}
function unevalFor(s, node) {
  if (isObj(node) && "unevaluatedProperties" in node) return { node: node.unevaluatedProperties, at: `${s.at}/unevaluatedProperties`, base: s.base };
  return s.uneval;
}
function child(ctx, spec) {
  return {
    ...ctx,
    path: spec.path,
    old: stepSide(ctx.old, spec.oSegs, spec.oHas, spec.inPlace ? unevalFor(ctx.old, spec.inPlace.o) : void 0),
    new: stepSide(ctx.new, spec.nSegs ?? spec.oSegs, spec.nHas, spec.inPlace ? unevalFor(ctx.new, spec.inPlace.n) : void 0)
  };
}
function relation(ctx, o, n) {
  const sink = [];
  const sideOf = (s, l) => ({ doc: s.doc, at: l.at, pin: void 0, base: l.base, present: l.present, uneval: void 0 });
  compare({ ...ctx, sink, old: sideOf(ctx.old, o), new: sideOf(ctx.new, n) }, o.node, n.node, "schema");
  return { narrows: sink.some((c) => c.narrows), widens: sink.some((c) => c.widens), changes: sink };
}
function detail(r) {
  const kinds = [...new Set(r.changes.filter((c) => c.narrows || c.widens).map((c) => c.kind))];
  if (kinds.length === 0) return "";
  return ` (${kinds.slice(0, 4).join(", ")}${kinds.length > 4 ? ", ..." : ""})`;
}
function compare(ctx, oIn, nIn, slot) {
  const o = asSchema(oIn);
  const n = asSchema(nIn);
  if (isObj(o) && typeof o.$id === "string") ctx = { ...ctx, old: { ...ctx.old, base: resolveUri(o.$id, ctx.old.base) } };
  if (isObj(n) && typeof n.$id === "string") ctx = { ...ctx, new: { ...ctx.new, base: resolveUri(n.$id, ctx.new.base) } };
  const annotations = ctx.env.options.includeAnnotations === true;
  if (annotations ? stable(o) === stable(n) : canonical(o) === canonical(n)) return;
  const os = isObj(o) ? o : {};
  const ns = isObj(n) ? n : {};
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
  for (const kw of ["allOf", "anyOf", "oneOf"]) compareBranches(ctx, os, ns, kw);
  compareNot(ctx, os, ns);
  compareConditional(ctx, os, ns);
  compareOpaque(ctx, os, ns, "dependencies", "dependencies-changed");
  for (const kw of ["$dynamicRef", "$recursiveRef"]) compareOpaque(ctx, os, ns, kw, "dynamic-ref-changed");
  if (annotations) compareAnnotations(ctx, os, ns);
}
var starPath = (path) => path === "" ? "*" : `${path}.*`;
var SLOT_KINDS = {
  schema: "schema",
  additionalProperties: "additional-properties",
  unevaluatedProperties: "unevaluated-properties",
  items: "items",
  unevaluatedItems: "unevaluated-items"
};
var SLOT_TEXT = {
  schema: ["now rejects every value", "no longer rejects every value"],
  additionalProperties: [
    "additionalProperties became false; properties the schema does not declare are now rejected",
    "properties the schema does not declare are now accepted (additionalProperties is no longer false)"
  ],
  unevaluatedProperties: [
    "unevaluatedProperties became false; properties no subschema declares are now rejected",
    "properties no subschema declares are now accepted (unevaluatedProperties is no longer false)"
  ],
  items: ["items became false; array elements beyond the declared ones are now rejected", "array elements beyond the declared ones are now accepted"],
  unevaluatedItems: [
    "unevaluatedItems became false; array elements no subschema covers are now rejected",
    "array elements no subschema covers are now accepted (unevaluatedItems is no longer false)"
  ]
};
function followRefs(ctx, o, n, slot) {
  const oRef = typeof o.$ref === "string" ? o.$ref : void 0;
  const nRef = typeof n.$ref === "string" ? n.$ref : void 0;
  if (oRef === void 0 && nRef === void 0) return false;
  const env = ctx.env;
  const oT = oRef !== void 0 ? resolveIn(ctx.old, oRef, env) : void 0;
  const nT = nRef !== void 0 ? resolveIn(ctx.new, nRef, env) : void 0;
  if (oT !== void 0 && nT !== void 0 && oT.identity === nT.identity) return false;
  const expand = (side, node, t) => {
    if (t === void 0) return { node, side };
    if (t.node === void 0) return void 0;
    const merged = mergeRef(node, t.node);
    if (merged === void 0) return void 0;
    return { node: merged, side: { doc: side.doc, at: t.at, pin: side.pin ?? `${side.at}/$ref`, base: t.base, present: true, uneval: side.uneval } };
  };
  const oX = expand(ctx.old, o, oT);
  const nX = expand(ctx.new, n, nT);
  if (oX === void 0 || nX === void 0) {
    const kind = oRef !== void 0 && nRef !== void 0 ? "ref-target-changed" : nRef !== void 0 ? "ref-added" : "ref-removed";
    const from = oRef !== void 0 ? `$ref "${oRef}"` : "an inline schema";
    const to = nRef !== void 0 ? `$ref "${nRef}"` : "an inline schema";
    const missing = [oRef !== void 0 && oT?.node === void 0 ? oRef : void 0, nRef !== void 0 && nT?.node === void 0 ? nRef : void 0].filter((r) => r !== void 0);
    const why = missing.length > 0 ? `${missing.map((r) => `"${r}"`).join(" and ")} could not be resolved` : "the $ref has sibling keywords that overlap its target";
    emit(
      ctx,
      "new",
      nRef !== void 0 ? ["$ref"] : [],
      kind,
      !acceptsAll(n),
      !acceptsAll(o),
      `${where(ctx.path)}: ${from} became ${to}, and the two cannot be compared (${why})`
    );
    return true;
  }
  const key = `${oX.side.at}\0${nX.side.at}`;
  if (env.visiting.has(key)) return true;
  env.visiting.add(key);
  try {
    compare({ ...ctx, old: oX.side, new: nX.side }, oX.node, nX.node, slot);
  } finally {
    env.visiting.delete(key);
  }
  return true;
}
function typeList(s) {
  if (typeof s.type === "string") return [s.type];
  if (Array.isArray(s.type)) return s.type.filter((t) => typeof t === "string");
  return void 0;
}
function compareType(ctx, o, n) {
  const ot = typeList(o);
  const nt = typeList(n);
  if (ot === void 0 && nt === void 0) return;
  const oe = ot ?? ALL_TYPES;
  const ne = nt ?? ALL_TYPES;
  const covered = (t, set) => set.includes(t) || t === "integer" && set.includes("number");
  const lost = oe.filter((t) => !covered(t, ne));
  const gained = ne.filter((t) => !covered(t, oe));
  if (lost.length === 0 && gained.length === 0) return;
  const narrows = lost.length > 0;
  const widens = gained.length > 0;
  const kind = ot === void 0 ? "type-added" : nt === void 0 ? "type-removed" : narrows && widens ? "type-changed" : narrows ? "type-narrowed" : "type-widened";
  const fmt = (t) => t === void 0 ? "any" : t.join(" | ");
  let text = `type changed from ${fmt(ot)} to ${fmt(nt)}`;
  if (lost.length > 0) text += `; ${lost.join(", ")} no longer accepted`;
  if (gained.length > 0) text += `; ${gained.join(", ")} now accepted`;
  emit(ctx, kind === "type-removed" ? "old" : "new", ["type"], kind, narrows, widens, `${where(ctx.path)}: ${text}`);
}
function valueSet(s) {
  const hasConst = "const" in s;
  const en = Array.isArray(s.enum) ? s.enum : void 0;
  if (en === void 0 && !hasConst) return void 0;
  if (en === void 0) return { values: [s.const], segs: [["const"]], kw: "const" };
  const out = { values: [], segs: [], kw: "enum" };
  en.forEach((v, i) => {
    if (hasConst && !sameValue(v, s.const)) return;
    if (out.values.some((w) => sameValue(v, w))) return;
    out.values.push(v);
    out.segs.push(["enum", i]);
  });
  return out;
}
function compareValues(ctx, o, n) {
  const ov = valueSet(o);
  const nv = valueSet(n);
  const at = where(ctx.path);
  if (ov === void 0 && nv === void 0) return;
  if (ov === void 0 && nv !== void 0) {
    const list = nv.values.map(show).join(", ");
    emit(ctx, "new", [nv.kw], `${nv.kw}-added`, true, false, `${at}: ${nv.kw === "const" ? `const ${list}` : `enum [${list}]`} added; other values are no longer accepted`);
    return;
  }
  if (nv === void 0 && ov !== void 0) {
    emit(ctx, "old", [ov.kw], `${ov.kw}-removed`, false, true, `${at}: ${ov.kw} removed; values other than ${ov.values.map(show).join(", ")} are now accepted`);
    return;
  }
  if (ov === void 0 || nv === void 0) return;
  const has = (set, v) => set.values.some((w) => sameValue(v, w));
  const removed = ov.values.map((v, i) => [v, i]).filter(([v]) => !has(nv, v));
  const added = nv.values.map((v, i) => [v, i]).filter(([v]) => !has(ov, v));
  if (removed.length === 0 && added.length === 0) return;
  if (ov.kw === "const" && nv.kw === "const") {
    emit(ctx, "new", ["const"], "const-changed", true, true, `${at}: const changed from ${show(ov.values[0])} to ${show(nv.values[0])}`);
    return;
  }
  for (const [v, i] of removed) emit(ctx, "old", ov.segs[i] ?? [ov.kw], "enum-value-removed", true, false, `${at}: value ${show(v)} is no longer allowed`);
  for (const [v, i] of added) emit(ctx, "new", nv.segs[i] ?? [nv.kw], "enum-value-added", false, true, `${at}: value ${show(v)} is now allowed`);
}
function bound(s, dir) {
  const [inc, exc] = dir === "lower" ? ["minimum", "exclusiveMinimum"] : ["maximum", "exclusiveMaximum"];
  const found = [];
  const a = s[inc];
  const b = s[exc];
  if (typeof a === "number") found.push({ v: a, ex: false, kw: inc });
  if (typeof b === "number") found.push({ v: b, ex: true, kw: exc });
  return found.reduce((best, x) => best === void 0 || stricter(x, best, dir) ? x : best, void 0);
}
function stricter(a, b, dir) {
  if (a.v !== b.v) return dir === "lower" ? a.v > b.v : a.v < b.v;
  return a.ex && !b.ex;
}
function compareBound(ctx, o, n, dir) {
  const ob = bound(o, dir);
  const nb = bound(n, dir);
  const at = where(ctx.path);
  const fmt = (b) => `${b.kw} ${b.v}`;
  if (ob === void 0 && nb === void 0) return;
  if (ob === void 0 && nb !== void 0) {
    emit(ctx, "new", [nb.kw], `${nb.kw}-added`, true, false, `${at}: ${fmt(nb)} added`);
    return;
  }
  if (nb === void 0 && ob !== void 0) {
    emit(ctx, "old", [ob.kw], `${ob.kw}-removed`, false, true, `${at}: ${fmt(ob)} removed`);
    return;
  }
  if (ob === void 0 || nb === void 0) return;
  const [tighter, looser] = dir === "lower" ? ["raised", "lowered"] : ["lowered", "raised"];
  const text = ob.kw === nb.kw ? `${ob.kw} ${stricter(nb, ob, dir) ? tighter : looser} from ${ob.v} to ${nb.v}` : `${dir} bound changed from ${fmt(ob)} to ${fmt(nb)}`;
  if (stricter(nb, ob, dir)) {
    emit(ctx, "new", [nb.kw], typeof o[nb.kw] === "number" ? `${nb.kw}-${tighter}` : `${nb.kw}-added`, true, false, `${at}: ${text}`);
  } else if (stricter(ob, nb, dir)) {
    const kept = typeof n[ob.kw] === "number";
    emit(ctx, kept ? "new" : "old", [ob.kw], kept ? `${ob.kw}-${looser}` : `${ob.kw}-removed`, false, true, `${at}: ${text}`);
  }
}
function compareMultipleOf(ctx, o, n) {
  const pos = (v) => typeof v === "number" && v > 0 ? v : void 0;
  const om = pos(o.multipleOf);
  const nm = pos(n.multipleOf);
  const at = where(ctx.path);
  if (om === nm) return;
  if (om === void 0 && nm !== void 0) return emit(ctx, "new", ["multipleOf"], "multipleOf-added", true, false, `${at}: multipleOf ${nm} added`);
  if (nm === void 0 && om !== void 0) return emit(ctx, "old", ["multipleOf"], "multipleOf-removed", false, true, `${at}: multipleOf ${om} removed`);
  if (om === void 0 || nm === void 0) return;
  const multiple = (a, b) => {
    const r = a / b;
    return Math.abs(r - Math.round(r)) < 1e-9;
  };
  const text = `${at}: multipleOf changed from ${om} to ${nm}`;
  if (multiple(nm, om)) emit(ctx, "new", ["multipleOf"], "multipleOf-tightened", true, false, text);
  else if (multiple(om, nm)) emit(ctx, "new", ["multipleOf"], "multipleOf-loosened", false, true, text);
  else emit(ctx, "new", ["multipleOf"], "multipleOf-changed", true, true, text);
}
function compareCount(ctx, o, n, kw, kind, fallback) {
  const count = (v) => typeof v === "number" && v >= 0 ? v : void 0;
  const ov = count(o[kw]);
  const nv = count(n[kw]);
  const oe = ov ?? fallback;
  const ne = nv ?? fallback;
  if (oe === ne) return;
  const at = where(ctx.path);
  const tighter = kind === "min" ? ne > oe : ne < oe;
  const [up, down] = kind === "min" ? ["raised", "lowered"] : ["lowered", "raised"];
  if (tighter) {
    const k = ov === void 0 ? `${kw}-added` : `${kw}-${up}`;
    emit(ctx, "new", [kw], k, true, false, ov === void 0 ? `${at}: ${kw} ${ne} added` : `${at}: ${kw} ${up} from ${oe} to ${ne}`);
  } else {
    const k = nv === void 0 ? `${kw}-removed` : `${kw}-${down}`;
    emit(ctx, nv === void 0 ? "old" : "new", [kw], k, false, true, nv === void 0 ? `${at}: ${kw} ${oe} removed` : `${at}: ${kw} ${down} from ${oe} to ${ne}`);
  }
}
function compareText(ctx, o, n, kw) {
  const ov = typeof o[kw] === "string" ? o[kw] : void 0;
  const nv = typeof n[kw] === "string" ? n[kw] : void 0;
  if (ov === nv) return;
  const at = where(ctx.path);
  if (ov === void 0) emit(ctx, "new", [kw], `${kw}-added`, true, false, `${at}: ${kw} ${show(nv)} added`);
  else if (nv === void 0) emit(ctx, "old", [kw], `${kw}-removed`, false, true, `${at}: ${kw} ${show(ov)} removed`);
  else emit(ctx, "new", [kw], `${kw}-changed`, true, true, `${at}: ${kw} changed from ${show(ov)} to ${show(nv)}`);
}
function compareUniqueItems(ctx, o, n) {
  const ov = o.uniqueItems === true;
  const nv = n.uniqueItems === true;
  if (ov === nv) return;
  const at = where(ctx.path);
  if (nv) emit(ctx, "new", ["uniqueItems"], "uniqueItems-added", true, false, `${at}: elements must now be unique`);
  else emit(ctx, "uniqueItems" in n ? "new" : "old", ["uniqueItems"], "uniqueItems-removed", false, true, `${at}: elements no longer need to be unique`);
}
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
function compareRequired(ctx, o, n) {
  const or = strings(o.required);
  const nr = strings(n.required);
  nr.forEach((name, i) => {
    if (!or.includes(name)) emit(ctx, "new", ["required", i], "required-added", true, false, `property "${propPath(ctx.path, name)}" became required`);
  });
  or.forEach((name, i) => {
    if (!nr.includes(name)) emit(ctx, "old", ["required", i], "required-removed", false, true, `property "${propPath(ctx.path, name)}" is no longer required`);
  });
}
function compareDependentRequired(ctx, o, n) {
  const od = isObj(o.dependentRequired) ? o.dependentRequired : {};
  const nd = isObj(n.dependentRequired) ? n.dependentRequired : {};
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(od), ...Object.keys(nd)])].sort()) {
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
var union = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])].sort();
function regex(pattern) {
  const test = linearTest(pattern);
  return test ? { test } : void 0;
}
function catchAll(side, node, key) {
  const located = (v, at, base = side.base) => ({ node: v, at, base, present: true });
  let loc;
  let via = "";
  const pp = isObj(node.patternProperties) ? node.patternProperties : {};
  const matches = key === void 0 ? [] : Object.keys(pp).filter((p) => regex(p)?.test(key) === true);
  const [first] = matches;
  if (first !== void 0) {
    loc = matches.length === 1 ? located(pp[first], `${side.at}/patternProperties/${escapeSegment(first)}`) : located({ allOf: matches.map((p) => pp[p]) }, `${side.at}/patternProperties`);
    via = `patternProperties ${matches.map((p) => JSON.stringify(p)).join(", ")}`;
  } else if ("additionalProperties" in node) {
    loc = located(node.additionalProperties, `${side.at}/additionalProperties`);
    via = "additionalProperties";
  } else if ("unevaluatedProperties" in node) {
    loc = located(node.unevaluatedProperties, `${side.at}/unevaluatedProperties`);
    via = "unevaluatedProperties";
  } else if (side.uneval !== void 0) {
    loc = located(side.uneval.node, side.uneval.at, side.uneval.base);
    via = "unevaluatedProperties of the enclosing schema";
  }
  if (loc === void 0) return { loc: { node: true, at: `${side.at}/additionalProperties`, base: side.base, present: false }, category: "open", via: "" };
  const category = rejectsAll(loc.node) ? "closed" : acceptsAll(loc.node) ? "open" : "partially-open";
  if (category === "closed") via = via.startsWith("pattern") ? via : `${via.replace(/ of the enclosing schema$/, "")}: false`;
  return { loc, category, via };
}
function compareProperties(ctx, o, n) {
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
      let text;
      if (c.category === "closed") text = `property "${path}" added to a closed object (${c.via}): data written under the new schema may carry it and the old schema rejects it`;
      else if (c.category === "open") {
        text = r.narrows ? `property "${path}" added to an open object: data written under the old schema may already carry "${key}" with a value the new schema rejects${detail(r)}` : `property "${path}" added with a schema that accepts any value`;
      } else text = `property "${path}" added; it was covered by ${c.via} before${r.narrows || r.widens ? `, which accepts different values${detail(r)}` : ", which it matches"}`;
      emit(ctx, "new", segs, `property-added-${c.category}`, r.narrows, r.widens, text);
    } else {
      const c = catchAll(ctx.new, n, key);
      const r = relation(ctx, { node: op[key], at: ctx.old.at + ptr(segs), base: ctx.old.base, present: true }, c.loc);
      let text;
      if (c.category === "closed") text = `property "${path}" removed from a closed object (${c.via}): data written under the old schema may carry it and is now rejected`;
      else if (c.category === "open") {
        text = r.widens ? `property "${path}" removed from an open object: any value is now accepted under "${key}"` : `property "${path}" removed; its schema accepted any value`;
      } else text = `property "${path}" removed; it is now covered by ${c.via}${r.narrows || r.widens ? `, which accepts different values${detail(r)}` : ", which matches it"}`;
      emit(ctx, "old", segs, `property-removed-${c.category}`, r.narrows, r.widens, text);
    }
  }
}
function comparePatternProperties(ctx, o, n) {
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
      const c = catchAll(ctx.old, { ...o, patternProperties: {} }, void 0);
      const r = relation(ctx, c.loc, { node: np[p], at: ctx.new.at + ptr(segs), base: ctx.new.base, present: true });
      emit(ctx, "new", segs, "pattern-property-added", r.narrows, r.widens, `${where(ctx.path)}: patternProperties ${JSON.stringify(p)} added${r.narrows || r.widens ? detail(r) : ""}`);
    } else {
      const c = catchAll(ctx.new, { ...n, patternProperties: {} }, void 0);
      const r = relation(ctx, { node: op[p], at: ctx.old.at + ptr(segs), base: ctx.old.base, present: true }, c.loc);
      emit(ctx, "old", segs, "pattern-property-removed", r.narrows, r.widens, `${where(ctx.path)}: patternProperties ${JSON.stringify(p)} removed${r.narrows || r.widens ? detail(r) : ""}`);
    }
  }
}
function compareSingle(ctx, o, n, kw, path, slot) {
  const oHas = kw in o;
  const nHas = kw in n;
  if (!oHas && !nHas) return;
  compare(child(ctx, { oSegs: [kw], path, oHas, nHas }), oHas ? o[kw] : true, nHas ? n[kw] : true, slot);
}
function compareDependentSchemas(ctx, o, n) {
  const od = isObj(o.dependentSchemas) ? o.dependentSchemas : {};
  const nd = isObj(n.dependentSchemas) ? n.dependentSchemas : {};
  for (const key of union(Object.keys(od), Object.keys(nd))) {
    const oHas = Object.hasOwn(od, key);
    const nHas = Object.hasOwn(nd, key);
    const c = child(ctx, { oSegs: ["dependentSchemas", key], path: ctx.path, oHas, nHas, inPlace: { o, n } });
    compare(c, oHas ? od[key] : true, nHas ? nd[key] : true, "schema");
  }
}
function arrayShape(s) {
  if (Array.isArray(s.items)) return { prefix: s.items, prefixKw: "items", rest: s.additionalItems, restKw: "additionalItems", hasRest: "additionalItems" in s };
  return { prefix: Array.isArray(s.prefixItems) ? s.prefixItems : [], prefixKw: "prefixItems", rest: s.items, restKw: "items", hasRest: "items" in s };
}
function compareArrays(ctx, o, n) {
  const oa = arrayShape(o);
  const na = arrayShape(n);
  const len = Math.max(oa.prefix.length, na.prefix.length);
  for (let i = 0; i < len; i++) {
    const path2 = `${ctx.path}[${i}]`;
    const oSegs = [oa.prefixKw, i];
    const nSegs = [na.prefixKw, i];
    if (i < oa.prefix.length && i < na.prefix.length) {
      compare(child(ctx, { oSegs, nSegs, path: path2, oHas: true, nHas: true }), oa.prefix[i], na.prefix[i], "schema");
    } else if (i < na.prefix.length) {
      const r = relation(ctx, { node: oa.hasRest ? oa.rest : true, at: `${ctx.old.at}/${oa.restKw}`, base: ctx.old.base, present: oa.hasRest }, { node: na.prefix[i], at: ctx.new.at + ptr(nSegs), base: ctx.new.base, present: true });
      emit(ctx, "new", nSegs, "prefix-item-added", r.narrows, r.widens, `${path2}: a schema for element ${i} was added${detail(r)}`);
    } else {
      const r = relation(ctx, { node: oa.prefix[i], at: ctx.old.at + ptr(oSegs), base: ctx.old.base, present: true }, { node: na.hasRest ? na.rest : true, at: `${ctx.new.at}/${na.restKw}`, base: ctx.new.base, present: na.hasRest });
      emit(ctx, "old", oSegs, "prefix-item-removed", r.narrows, r.widens, `${path2}: the schema for element ${i} was removed${detail(r)}`);
    }
  }
  if (!oa.hasRest && !na.hasRest) return;
  const path = oa.prefix.length > 0 || na.prefix.length > 0 ? `${ctx.path}[${len}...]` : `${ctx.path}[]`;
  compare(child(ctx, { oSegs: [oa.restKw], nSegs: [na.restKw], path, oHas: oa.hasRest, nHas: na.hasRest }), oa.hasRest ? oa.rest : true, na.hasRest ? na.rest : true, "items");
}
function compareContains(ctx, o, n) {
  const oHas = "contains" in o;
  const nHas = "contains" in n;
  const at = where(ctx.path);
  if (!oHas && !nHas) return;
  if (!oHas) return emit(ctx, "new", ["contains"], "contains-added", n.minContains !== 0 || "maxContains" in n, false, `${at}: the array must now contain a matching element`);
  if (!nHas) return emit(ctx, "old", ["contains"], "contains-removed", false, true, `${at}: the array no longer needs to contain a matching element`);
  compareCount(ctx, o, n, "minContains", "min", 1);
  compareCount(ctx, o, n, "maxContains", "max", Infinity);
  if ("maxContains" in o || "maxContains" in n) {
    if (canonical(o.contains) !== canonical(n.contains)) emit(ctx, "new", ["contains"], "contains-changed", true, true, `${at}: the schema of contains changed while maxContains limits the matches`);
    return;
  }
  compare(child(ctx, { oSegs: ["contains"], path: `${ctx.path}[contains]`, oHas, nHas }), o.contains, n.contains, "schema");
}
function pairBranches(oa, na) {
  const oc = oa.map(canonical);
  const nc = na.map(canonical);
  const usedO = /* @__PURE__ */ new Set();
  const usedN = /* @__PURE__ */ new Set();
  const pairs = [];
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
function compareBranches(ctx, o, n, kw) {
  const oa = Array.isArray(o[kw]) ? o[kw] : void 0;
  const na = Array.isArray(n[kw]) ? n[kw] : void 0;
  if (oa === void 0 && na === void 0) return;
  const at = where(ctx.path);
  if (kw !== "allOf") {
    if (oa === void 0 && na !== void 0) {
      if (!na.some(acceptsAll)) emit(ctx, "new", [kw], `${kw}-added`, true, false, `${at}: ${kw} added; values must now match one of ${na.length} schemas`);
      return;
    }
    if (na === void 0 && oa !== void 0) {
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
function compareNot(ctx, o, n) {
  const oHas = "not" in o && !rejectsAll(o.not);
  const nHas = "not" in n && !rejectsAll(n.not);
  const at = where(ctx.path);
  if (!oHas && !nHas) return;
  if (!oHas) return emit(ctx, "new", ["not"], "not-added", true, false, `${at}: not added; values matching its schema are now rejected`);
  if (!nHas) return emit(ctx, "old", ["not"], "not-removed", false, true, `${at}: not removed; values matching its schema are accepted again`);
  const r = relation(ctx, { node: o.not, at: `${ctx.old.at}/not`, base: ctx.old.base, present: true }, { node: n.not, at: `${ctx.new.at}/not`, base: ctx.new.base, present: true });
  if (r.changes.length === 0) return;
  emit(ctx, "new", ["not"], "not-changed", r.widens, r.narrows, `${at}: the schema under not changed${detail(r)}`);
}
function compareConditional(ctx, o, n) {
  for (const kw of ["if", "then", "else"]) {
    const oHas = kw in o;
    const nHas = kw in n;
    if (!oHas && !nHas) continue;
    if (oHas && nHas && canonical(o[kw]) === canonical(n[kw])) continue;
    const what = !oHas ? "added" : !nHas ? "removed" : "changed";
    emit(ctx, nHas ? "new" : "old", [kw], "conditional-changed", true, true, `${where(ctx.path)}: ${kw} ${what}; conditional schemas are not compared, so this counts as breaking both ways`);
  }
}
function compareOpaque(ctx, o, n, kw, kind) {
  if (!(kw in o) && !(kw in n)) return;
  if (sameValue(o[kw], n[kw])) return;
  emit(ctx, kw in n ? "new" : "old", [kw], kind, true, true, `${where(ctx.path)}: ${kw} changed from ${show(o[kw])} to ${show(n[kw])}`);
}
function compareDefinitions(ctx, o, n) {
  if (ctx.old.pin !== void 0 || ctx.new.pin !== void 0) return;
  for (const kw of ["$defs", "definitions"]) {
    const od = isObj(o[kw]) ? o[kw] : {};
    const nd = isObj(n[kw]) ? n[kw] : {};
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
function compareAnnotations(ctx, o, n) {
  for (const kw of union(Object.keys(o), Object.keys(n))) {
    if (ASSERTIONS.has(kw) || STRUCTURE.has(kw)) continue;
    if (sameValue(o[kw], n[kw])) continue;
    const what = !(kw in o) ? "added" : !(kw in n) ? "removed" : "changed";
    emit(ctx, kw in n ? "new" : "old", [kw], "annotation-changed", false, false, `${where(ctx.path)}: ${kw} ${what}`);
  }
}

// src/change/compare.ts
function compatibilityMode(registry, id) {
  const policy = registry.config.policy.compatibility;
  let mode = policy?.default ?? "BACKWARD";
  let best = -1;
  for (const [prefix, m] of Object.entries(policy?.prefixes ?? {}))
    if (id.startsWith(prefix) && prefix.length > best) {
      mode = m;
      best = prefix.length;
    }
  return mode;
}
function changeFingerprint(id, oldSchema, newSchema) {
  return "sha256:" + sha256(canonicalJson({ id, old: oldSchema, new: newSchema })).slice(0, 16);
}
function acceptedFingerprints(registry) {
  const doc = registry.documents.find((d) => d.kind === "accepted_changes");
  const list = doc?.json?.value?.accepted;
  const out = /* @__PURE__ */ new Map();
  if (Array.isArray(list)) {
    for (const e of list)
      if (typeof e?.fingerprint === "string") out.set(`${String(e.id)} ${e.fingerprint}`, typeof e.reason === "string" ? e.reason : "");
  }
  return out;
}
function versionBump(id) {
  const m = /^(.*)_v(\d+)$/.exec(id);
  return m ? `${m[1]}_v${Number(m[2]) + 1}` : `${id}_v2`;
}
function evolveSchemas(base, head, sink) {
  const accepted = acceptedFingerprints(head);
  const out = [];
  for (const now of head.schemas.entries()) {
    if (now.origin !== "registry") continue;
    const before = base.schemas.get(now.id);
    if (!before || before.origin !== "registry") continue;
    const resolve = (registry) => (ref, baseUri) => registry.schemas.byUri(resolveRef(ref, baseUri) ?? "")?.schema;
    const changes = diffSchemas(before.schema, now.schema, { resolveRef: (ref, baseUri) => resolve(head)(ref, baseUri) ?? resolve(base)(ref, baseUri) });
    if (changes.length === 0) continue;
    const mode = compatibilityMode(head, now.id);
    const breaking = breakingChanges(changes, mode);
    const fingerprint = changeFingerprint(now.id, before.schema, now.schema);
    const reason = accepted.get(`${now.id} ${fingerprint}`);
    out.push({ id: now.id, file: now.file, mode, fingerprint, changes, breaking, accepted: reason !== void 0 });
    const doc = head.documents.find((d) => d.path === now.file);
    for (const c of breaking) {
      const place = { file: now.file, json: doc?.json, pointer: c.side === "new" ? c.pointer : c.pointer.split("/").slice(0, -1).join("/") };
      if (reason !== void 0)
        sink.report(changeAccepted, { ...place, message: `accepted breaking change (${mode}): ${c.message}`, hint: `accepted in ${head.config.acceptedChangesFile}${reason ? `: ${reason}` : ""}` });
      else
        sink.report(changeBreaking, {
          ...place,
          message: `breaking change under ${mode} compatibility: ${c.message}`,
          hint: `${c.narrows && (mode === "BACKWARD" || mode === "FULL") ? "documents valid under the base's version may now be rejected" : "documents valid under the new version may be rejected by consumers still on the base's"}. Publish it as ${versionBump(now.id)} (a new schema file) instead; or, to break ${now.id} on purpose, add {"id": "${now.id}", "fingerprint": "${fingerprint}", "reason": "..."} to "accepted" in ${head.config.acceptedChangesFile}`
        });
    }
  }
  return out;
}
var REMOVABLE = { runtime_binding: "runtime", connector: "connector", contract_manifest: "contract" };
function renamedTo(old, head, baseIds) {
  const strip = (d) => {
    const v = { ...d.json?.value };
    for (const k of ["runtime_id", "connector_id", "package_id", "$id", "title"]) delete v[k];
    return canonicalJson(v);
  };
  const samePath = head.documents.find((d) => d.path === old.path && d.kind === old.kind && d.id !== old.id);
  if (samePath) return samePath;
  const key = strip(old);
  return head.documents.find((d) => d.kind === old.kind && d.id !== void 0 && !baseIds.has(d.id) && strip(d) === key);
}
function idLookup(registry, few) {
  if (few) return { has: (id) => registry.documents.some((d) => d.id === id) };
  return new Set(registry.documents.flatMap((d) => d.id ? [d.id] : []));
}
function removedInUse(base, head, sink, candidates) {
  const superseded = /* @__PURE__ */ new Set();
  const { refs } = referenceIndex(head);
  const olds = candidates ? [...candidates].flatMap((p) => documentAt(base, p) ?? []).sort((a, b) => a.path < b.path ? -1 : 1) : base.documents;
  const few = olds.length < 64;
  const headIds = idLookup(head, few);
  const baseIds = idLookup(base, few);
  for (const old of olds) {
    const kind = REMOVABLE[old.kind] ?? (old.kind === "data_schema" || old.kind === "envelope_schema" ? "schema" : void 0);
    if (!kind || !old.id || documentAt(head, old.path)?.id === old.id || headIds.has(old.id) || head.schemas.get(old.id)) continue;
    const dependents = refs.filter((r) => r.kind === kind && r.target === old.id);
    const schemaDependents = kind === "schema" ? head.documents.filter((d) => (d.kind === "data_schema" || d.kind === "envelope_schema") && JSON.stringify(d.json?.value ?? null).includes(`${old.id}.schema.json`)) : [];
    if (dependents.length === 0 && schemaDependents.length === 0) continue;
    const renamed = renamedTo(old, head, baseIds);
    const first = dependents[0];
    const names = [.../* @__PURE__ */ new Set([...dependents.map((d) => d.from.path), ...schemaDependents.map((d) => d.path)])];
    sink.report(changeRemovedInUse, {
      file: first ? first.from.path : schemaDependents[0].path,
      json: first ? first.from.json : schemaDependents[0].json,
      pointer: first ? first.pointer : "",
      message: `${KIND_LABEL[old.kind]} "${old.id}" was ${renamed ? `renamed to "${renamed.id}"` : "removed"} (it was ${old.path} on the base), but ${names.length === 1 ? "1 document still uses" : `${names.length} documents still use`} it: ${names.join(", ")}`,
      hint: renamed ? `point every reference at "${renamed.id}", or keep "${old.id}" until nothing uses it` : `keep "${old.id}" until nothing uses it, or change its users first`
    });
    for (const d of dependents) superseded.add(`${d.from.path}#${d.pointer}`);
  }
  return superseded;
}
function compareWithBase(base, head, candidates) {
  const sink = new FindingSink();
  const schemas = evolveSchemas(base.registry, head.registry, sink);
  const supersededReferences = removedInUse(base.registry, head.registry, sink, candidates);
  const changes = documentChanges(base.registry, head.registry, candidates);
  for (const c of changes) if (c.id && schemas.some((s) => s.id === c.id && s.breaking.length > 0)) c.breaking = true;
  return { findings: sink.findings, supersededReferences, schemas, impact: impactOf(base.registry, head.registry, changes) };
}

// src/guard.ts
function findingKey(f) {
  return `${f.rule}\0${f.file}\0${f.pointer ?? ""}\0${f.message}`;
}
async function guard(root, options = {}) {
  const loadOptions = {
    ...options.release ? { release: options.release } : {},
    ...options.concurrency ? { concurrency: options.concurrency } : {},
    ...options.catalogFacts || options.cacheDir ? { catalogFacts: true } : {}
  };
  if (options.base) return (await import("./chunk-XP2YLNV7.js")).guardWithBase(root, options, options.base, loadOptions);
  const head = await check(root, loadOptions);
  if (!options.cacheDir) return head;
  const { cacheCommitCheck } = await import("./chunk-XP2YLNV7.js");
  return { ...head, cache: { mode: "full", read: head.registry.documents.length, documents: head.registry.documents.length, ...await cacheCommitCheck(root, head, options.cacheDir, options.release) } };
}

export {
  compareWithBase,
  findingKey,
  guard
};
