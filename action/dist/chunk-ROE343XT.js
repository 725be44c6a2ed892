import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  isFinding
} from "./chunk-M53WTELD.js";
import {
  TOOL_VERSION
} from "./chunk-3TFLXBUR.js";
import {
  Names,
  REF_KINDS,
  RegistryDocument,
  isGlobalFramePath,
  referenceIndex,
  sha256,
  summarize
} from "./chunk-DEQPY4IZ.js";

// src/util/packed-numbers.ts
import { endianness } from "node:os";
function packNumbers(c, columns) {
  const out = { ...c };
  if (endianness() !== "LE") return out;
  for (const key of columns) out[key] = Buffer.from(Int32Array.from(c[key]).buffer).toString("base64");
  return out;
}
function unpackNumbers(c, columns) {
  for (const key of columns) {
    const v = c[key];
    if (typeof v !== "string") continue;
    const bytes = Buffer.from(v, "base64");
    const numbers = new Int32Array(bytes.length >> 2);
    new Uint8Array(numbers.buffer).set(bytes.subarray(0, numbers.length << 2));
    c[key] = numbers;
  }
  return c;
}
function allStrings(list) {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
  return true;
}
function allWithin(col, min, max, step = 1, from = 0) {
  for (let i = from; i < col.length; i += step) {
    const v = col[i];
    if (!(v >= min && v < max)) return false;
  }
  return true;
}
function offsetsUpTo(col, total) {
  if (col.length === 0 || col[0] !== 0 || col[col.length - 1] !== total) return false;
  for (let i = 1; i < col.length; i++) if (!(col[i - 1] <= col[i])) return false;
  return true;
}

// src/incremental/fact-columns.ts
var FACT_NUMBER_COLUMNS = ["facts", "start", "fields"];
var FACT_OK = 1;
var FACT_FLOW = 2;
var FACT_FLOW_SHAPE = 4;
var FACT_FIELDS = ["owner", "envelopeId", "verb", "inputSchema", "outputSchema"];
var FLOW_ENTRY = FACT_FIELDS.length;
var STEP_ID = FLOW_ENTRY + 1;
var STEP_MODE = FLOW_ENTRY + 2;
function factColumnsOf(documents) {
  if (!documents.some((d) => d.catalogFacts)) return void 0;
  const strings = [];
  const index = /* @__PURE__ */ new Map();
  const at = (s) => {
    let n = index.get(s);
    if (n === void 0) index.set(s, n = strings.push(s) - 1);
    return n;
  };
  const facts = [];
  const start = [];
  const fields = [];
  const digests = Buffer.alloc(32 * documents.length);
  documents.forEach((doc, i) => {
    start.push(fields.length);
    const f = doc.catalogFacts;
    if (!f) return void facts.push(-1);
    facts.push((f.ok ? FACT_OK : 0) | (f.flow !== void 0 ? FACT_FLOW : 0) | (f.flow ? FACT_FLOW_SHAPE : 0));
    digests.write(f.sha256, 32 * i, "hex");
    FACT_FIELDS.forEach((field, code) => {
      const value = f[field];
      if (value !== void 0) fields.push(code, at(value));
    });
    if (f.flow?.entry !== void 0) fields.push(FLOW_ENTRY, at(f.flow.entry));
    for (const step of f.flow?.steps ?? []) fields.push(STEP_ID, at(step.id), STEP_MODE, at(step.mode));
  });
  start.push(fields.length);
  return { strings, facts, digests: digests.toString("base64"), start, fields };
}
function wellFormed(c, documents) {
  const { strings, facts, start, fields } = c;
  if (!allStrings(strings) || typeof c.digests !== "string" || Buffer.byteLength(c.digests, "base64") !== 32 * documents) return false;
  if (facts?.length !== documents || start?.length !== documents + 1 || typeof fields?.length !== "number" || fields.length % 2 !== 0) return false;
  const flags = FACT_OK | FACT_FLOW | FACT_FLOW_SHAPE;
  return allWithin(facts, -1, flags + 1) && offsetsUpTo(start, fields.length) && allWithin(fields, 0, STEP_MODE + 1, 2, 0) && allWithin(fields, 0, strings.length, 2, 1);
}
var CachedFacts = class {
  #load;
  #columns;
  #digests;
  constructor(load) {
    this.#load = load;
  }
  get(i) {
    if (this.#columns === void 0) {
      this.#columns = this.#load() ?? null;
      if (this.#columns) this.#digests = Buffer.from(this.#columns.digests, "base64");
    }
    const c = this.#columns;
    const flags = c?.facts[i] ?? -1;
    if (!c || flags < 0) return void 0;
    const s = c.strings;
    const facts = { ok: (flags & FACT_OK) !== 0, sha256: this.#digests.toString("hex", 32 * i, 32 * i + 32) };
    const flow = flags & FACT_FLOW_SHAPE ? { steps: [] } : null;
    for (let r = c.start[i]; r < c.start[i + 1]; r += 2) {
      const code = c.fields[r];
      const value = s[c.fields[r + 1]];
      if (code < FLOW_ENTRY) facts[FACT_FIELDS[code]] = value;
      else if (code === FLOW_ENTRY) flow.entry = value;
      else if (code === STEP_ID) flow.steps.push({ id: value, mode: "" });
      else flow.steps[flow.steps.length - 1].mode = value;
    }
    if (flags & FACT_FLOW) facts.flow = flow;
    return facts;
  }
};

// src/incremental/cache.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var NUMBER_COLUMNS = ["path", "kind", "classifiedBy", "id", "schemaId", "packageDir", "refStart", "refs"];
function unpackColumns(c) {
  return unpackNumbers(c, NUMBER_COLUMNS);
}
function cacheWellFormed(cache) {
  const parts = [cache.plans, cache.compiledSchemas, cache.documentFindings, cache.findings];
  if (!parts.every(Array.isArray) || typeof cache.suggestions !== "object" || cache.suggestions === null) return false;
  const text = (v) => typeof v === "string";
  const optional = (v) => v === void 0 || typeof v === "string";
  const plan = (p) => typeof p === "object" && p !== null && text(p.dir) && text(p.manifest) && typeof p.system === "boolean" && optional(p.id) && optional(p.flow) && optional(p.envelope);
  const answers = Object.values(cache.suggestions).every((list) => Array.isArray(list) && list.every((a) => Array.isArray(a) && text(a[0]) && (a[1] === null || text(a[1]))));
  return cache.plans.every(plan) && cache.compiledSchemas.every(text) && answers && cache.findings.every(isFinding) && cache.documentFindings.every(isFinding) && columnsWellFormed(cache.documents);
}
function columnsWellFormed(c) {
  if (!allStrings(c?.strings) || !NUMBER_COLUMNS.every((k) => typeof c[k]?.length === "number")) return false;
  const n = c.path.length;
  const strings = c.strings.length;
  if ([c.kind, c.classifiedBy, c.id, c.schemaId, c.packageDir].some((col) => col.length !== n) || c.refStart.length !== n + 1) return false;
  const named = [c.path, c.kind, c.classifiedBy, c.refs].every((col) => allWithin(col, 0, strings));
  const optional = [c.id, c.schemaId, c.packageDir].every((col) => allWithin(col, -1, strings));
  return named && optional && offsetsUpTo(c.refStart, c.refs.length) && c.refs.length % 4 === 0;
}
function columnsOf(documents) {
  const c = { strings: [], path: [], kind: [], classifiedBy: [], id: [], schemaId: [], packageDir: [], refStart: [], refs: [] };
  const index = /* @__PURE__ */ new Map();
  const at = (s) => {
    if (s === void 0) return -1;
    let n = index.get(s);
    if (n === void 0) index.set(s, n = c.strings.push(s) - 1);
    return n;
  };
  for (const doc of documents) {
    const s = summarize(doc, false);
    c.path.push(at(s.path));
    c.kind.push(at(s.kind));
    c.classifiedBy.push(at(s.classifiedBy));
    c.id.push(at(s.id));
    c.schemaId.push(at(s.schemaId));
    c.packageDir.push(at(s.packageDir));
    c.refStart.push(c.refs.length);
    for (const [pointer, kind, target, field] of s.refs) c.refs.push(at(pointer), at(kind), at(target), at(field));
  }
  c.refStart.push(c.refs.length);
  return c;
}
function documentFromColumns(c, i, reader, facts) {
  const s = c.strings;
  const doc = new RegistryDocument(s[c.path[i]], void 0, reader);
  doc.release();
  doc.kind = s[c.kind[i]];
  doc.classifiedBy = s[c.classifiedBy[i]];
  if (c.id[i] >= 0) doc.id = s[c.id[i]];
  if (c.schemaId[i] >= 0) doc.schemaId = s[c.schemaId[i]];
  if (c.packageDir[i] >= 0) doc.packageDir = s[c.packageDir[i]];
  const refs = [];
  for (let r = c.refStart[i]; r < c.refStart[i + 1]; r += 4) refs.push({ from: doc, pointer: s[c.refs[r]], kind: s[c.refs[r + 1]], target: s[c.refs[r + 2]], field: s[c.refs[r + 3]] });
  doc.references = refs;
  if (facts) doc.catalogFactsFrom(facts, i);
  return doc;
}
var CACHE_FORMAT = "mova-registry-check-cache/6";
function engineFingerprint() {
  return `${TOOL_VERSION}+${true ? "45e97a42d9b94a37" : "source"}`;
}
function frameDigest(registry) {
  const parts = registry.documents.filter((d) => isGlobalFramePath(d.path)).map((d) => `${d.path}\0${d.json?.text ?? "unreadable"}`);
  return sha256([registry.config.release, ...parts].join(""));
}
function cacheOf(result, commit, prefix) {
  const { registry } = result;
  return {
    format: CACHE_FORMAT,
    engine: engineFingerprint(),
    commit,
    prefix,
    release: registry.config.release,
    frameDigest: frameDigest(registry),
    plans: registry.packagePlans,
    compiledSchemas: registry.schemas.entries().flatMap((e) => e.origin === "registry" && e.file ? [e.file] : []),
    documents: columnsOf(registry.documents),
    documentFindings: [...result.documentFindings],
    findings: result.findings,
    configBroken: result.configBroken,
    suggestions: suggestionsOf(registry)
  };
}
function suggestionsOf(registry) {
  const { targets } = referenceIndex(registry);
  const out = {};
  for (const kind of REF_KINDS) {
    const answered = Names.of(targets[kind]).answered();
    if (answered.length > 0) out[kind] = answered;
  }
  return out;
}
function fileName(commit, prefix, release) {
  return `check-${commit}-${sha256(`${prefix}\0${release ?? "config"}`).slice(0, 12)}.json`;
}
async function readCache(dir, commit, prefix, release) {
  let cache;
  try {
    cache = JSON.parse(await readFile(join(dir, fileName(commit, prefix, release)), "utf8"));
  } catch {
    return void 0;
  }
  if (cache.format !== CACHE_FORMAT || cache.engine !== engineFingerprint() || cache.commit !== commit || cache.prefix !== prefix) return void 0;
  cache.documents = unpackColumns(cache.documents ?? {});
  if (release !== void 0 && cache.release !== release || !cacheWellFormed(cache)) return void 0;
  const count = cache.documents.path.length;
  cache.catalogFacts = new CachedFacts(() => readFactsFile(join(dir, factsFileName(commit, prefix, release)), commit, count));
  return cache;
}
function factsFileName(commit, prefix, release) {
  return fileName(commit, prefix, release).replace(/\.json$/, ".catalog-facts.json");
}
function readFactsFile(path, commit, documents) {
  try {
    const c = JSON.parse(readFileSync(path, "utf8"));
    if (c.format !== CACHE_FORMAT || c.engine !== engineFingerprint() || c.commit !== commit || c.documents !== documents) return void 0;
    const columns = unpackNumbers(c, FACT_NUMBER_COLUMNS);
    return wellFormed(columns, documents) ? columns : void 0;
  } catch {
    return void 0;
  }
}
function writeCache(dir, cache, release, facts) {
  mkdirSync(dir, { recursive: true });
  const write = (path2, text) => {
    writeFileSync(`${path2}.tmp-${process.pid}`, text);
    renameSync(`${path2}.tmp-${process.pid}`, path2);
  };
  if (facts) {
    const file = { format: CACHE_FORMAT, engine: engineFingerprint(), commit: cache.commit, documents: cache.documents.path.length, ...facts };
    write(join(dir, factsFileName(cache.commit, cache.prefix, release)), JSON.stringify(packNumbers(file, FACT_NUMBER_COLUMNS)));
  }
  const { catalogFacts: _lazy, ...serialized } = cache;
  const path = join(dir, fileName(cache.commit, cache.prefix, release));
  write(path, JSON.stringify({ ...serialized, documents: packNumbers(cache.documents, NUMBER_COLUMNS) }));
  return path;
}

export {
  factColumnsOf,
  columnsWellFormed,
  columnsOf,
  documentFromColumns,
  engineFingerprint,
  frameDigest,
  cacheOf,
  readCache,
  writeCache
};
