import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CONFIG_FILE,
  REGISTRY_RULES,
  canonicalJson,
  loadRegistry,
  referenceIndex,
  referencesOf,
  resolveRef,
  runDocumentRules
} from "./chunk-DEQPY4IZ.js";
import {
  mark
} from "./chunk-WBKPGEYU.js";

// src/findings/finding.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function isFinding(value) {
  const f = value;
  return typeof f === "object" && f !== null && typeof f.rule === "string" && typeof f.file === "string" && typeof f.message === "string" && Object.hasOwn(SEVERITY_ORDER, String(f.severity)) && [f.line, f.column, f.endLine, f.endColumn].every(Number.isInteger) && (f.hint === void 0 || typeof f.hint === "string") && (f.pointer === void 0 || typeof f.pointer === "string");
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function tally(findings) {
  const t = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === "error") t.errors++;
    else if (f.severity === "warning") t.warnings++;
    else t.notices++;
  }
  return t;
}

// src/check.ts
import { availableParallelism } from "node:os";
var WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./check-worker.ts" : "./check-worker.js", import.meta.url);
var PARALLEL_MIN_DOCUMENTS = 25e3;
async function check(root, options = {}) {
  const { registry, sink } = await loadRegistry(root, options, runDocumentRules, parallelism(options));
  return finishCheck(registry, sink);
}
function parallelism(options) {
  return { workerUrl: WORKER_URL, threads: options.concurrency ?? availableParallelism(), minDocuments: options.parallelMinDocuments ?? PARALLEL_MIN_DOCUMENTS };
}
function finishCheck(registry, sink) {
  const documentFindings = [...sink.findings];
  for (const rule of REGISTRY_RULES) rule.checkRegistry({ registry, sink });
  mark("registry rules done");
  const findings = applySeverityPolicy(sink.findings, registry.config.policy.rules).sort(compareFindings);
  const configBroken = findings.some((f) => f.file === CONFIG_FILE && f.severity === "error");
  return { registry, findings, configBroken, documentFindings };
}
var LEVELS = /* @__PURE__ */ new Set(["error", "warning", "notice", "off"]);
function applySeverityPolicy(findings, rules) {
  if (!rules || typeof rules !== "object" || Array.isArray(rules)) return findings;
  const policy = rules;
  return findings.flatMap((f) => {
    const level = Object.hasOwn(policy, f.rule) ? policy[f.rule] : void 0;
    if (!LEVELS.has(level)) return [f];
    if (level === "off") return [];
    return [{ ...f, severity: level }];
  });
}

// src/change/base-error.ts
var BaseError = class extends Error {
  name = "BaseError";
};

// src/util/folders.ts
import { posix } from "node:path";
function* foldersOf(path) {
  for (let dir = posix.dirname(path); dir !== "." && dir !== "/"; dir = posix.dirname(dir)) yield dir;
}

// src/change/impact.ts
function contentKey(doc) {
  return doc.json?.ok ? canonicalJson(doc.json.value) : doc.json?.text ?? "";
}
function documentChanges(base, head, candidates) {
  const out = [];
  const entry = (d, change) => ({ path: d.path, kind: d.kind, ...d.id ? { id: d.id } : {}, change });
  const compare = (old, d) => {
    if (d && !old) out.push(entry(d, "added"));
    else if (old && !d) out.push(entry(old, "removed"));
    else if (old && d && contentKey(old) !== contentKey(d)) out.push(entry(d, "modified"));
  };
  if (candidates) for (const path of candidates) compare(documentAt(base, path), documentAt(head, path));
  else {
    const before = new Map(base.documents.map((d) => [d.path, d]));
    const after = new Map(head.documents.map((d) => [d.path, d]));
    for (const path of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) compare(before.get(path), after.get(path));
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function documentAt(registry, path) {
  const docs = registry.documents;
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const p = docs[mid].path;
    if (p === path) return docs[mid];
    if (p < path) lo = mid + 1;
    else hi = mid - 1;
  }
  return void 0;
}
function schemaClosure(registry) {
  const direct = /* @__PURE__ */ new Map();
  for (const e of registry.schemas.entries()) {
    const refs = /* @__PURE__ */ new Set();
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
          if (k === "$ref" && typeof v === "string") {
            const target = registry.schemas.byUri(resolveRef(v, e.uri) ?? "");
            if (target && target.id !== e.id) refs.add(target.id);
          } else walk(v);
        }
      }
    };
    walk(e.schema);
    direct.set(e.id, refs);
  }
  const closure = /* @__PURE__ */ new Map();
  const reach = (id, seen) => {
    const known = closure.get(id);
    if (known) return known;
    const out = /* @__PURE__ */ new Set();
    for (const r of direct.get(id) ?? []) {
      if (seen.has(r)) continue;
      out.add(r);
      for (const x of reach(r, /* @__PURE__ */ new Set([...seen, r]))) out.add(x);
    }
    closure.set(id, out);
    return out;
  };
  for (const id of direct.keys()) reach(id, /* @__PURE__ */ new Set([id]));
  return closure;
}
function impactOf(base, head, changes) {
  const changedIds = new Set(changes.flatMap((c) => c.id ? [c.id] : []));
  const changedPaths = new Set(changes.map((c) => c.path));
  const closure = schemaClosure(head);
  const touched = /* @__PURE__ */ new Map();
  const touchedSchema = (id) => {
    let t = touched.get(id);
    if (t === void 0) touched.set(id, t = changedIds.has(id) || [...closure.get(id) ?? []].some((x) => changedIds.has(x)));
    return t;
  };
  const { refs } = referenceIndex(head);
  const reasons = /* @__PURE__ */ new Map();
  const add = (contract, why) => {
    const list = reasons.get(contract) ?? [];
    if (!list.includes(why)) list.push(why);
    reasons.set(contract, list);
  };
  const changedUnder = /* @__PURE__ */ new Map();
  for (const path of changedPaths)
    for (const dir of foldersOf(path)) {
      const list = changedUnder.get(dir);
      if (list) list.push(path);
      else changedUnder.set(dir, [path]);
    }
  const idOfDir = /* @__PURE__ */ new Map();
  for (const pkg of head.packages) {
    if (!pkg.id) continue;
    idOfDir.set(pkg.dir, pkg.id);
    for (const path of changedUnder.get(pkg.dir) ?? []) add(pkg.id, path);
  }
  for (const ref of refs) {
    const id = ref.from.packageDir === void 0 ? void 0 : idOfDir.get(ref.from.packageDir);
    if (id !== void 0 && (ref.kind === "schema" ? touchedSchema(ref.target) : changedIds.has(ref.target))) add(id, ref.target);
  }
  const calls = /* @__PURE__ */ new Map();
  for (const pkg of head.packages)
    if (pkg.id && pkg.flow?.kind === "flow") calls.set(pkg.id, (pkg.flow.references ?? referencesOf(pkg.flow)).flatMap((r) => r.kind === "contract" ? [r.target] : []));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [caller, callees] of calls)
      for (const callee of callees)
        if (reasons.has(callee) && !reasons.get(caller)?.includes(callee)) {
          add(caller, callee);
          grew = true;
        }
  }
  const contracts = [];
  const headById = /* @__PURE__ */ new Map();
  for (const p of head.packages) if (p.id && !headById.has(p.id)) headById.set(p.id, p);
  for (const [id, because] of reasons) {
    const pkg = headById.get(id);
    contracts.push({ id, path: pkg.manifest.path, ...pkg.flow ? { flow: pkg.flow.path } : {}, because });
  }
  for (const pkg of base.packages)
    if (pkg.id && !headById.has(pkg.id)) contracts.push({ id: pkg.id, path: pkg.manifest.path, ...pkg.flow ? { flow: pkg.flow.path } : {}, because: ["removed"] });
  contracts.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { changes, contracts };
}

export {
  isFinding,
  compareFindings,
  tally,
  BaseError,
  foldersOf,
  documentChanges,
  documentAt,
  impactOf,
  check,
  parallelism,
  finishCheck
};
