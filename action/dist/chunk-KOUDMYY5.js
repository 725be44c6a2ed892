import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  GitSource,
  LazyGitSource
} from "./chunk-QOYNWQQJ.js";
import {
  compareWithBase,
  findingKey
} from "./chunk-QC32CDK4.js";
import {
  TOOL_VERSION,
  check,
  compareFindings,
  documentAt,
  finishCheck,
  foldersOf,
  isFinding,
  leaseConflicts,
  locateBase,
  locateRepo,
  parallelism,
  wo
} from "./chunk-L6YZGQIE.js";
import {
  CONFIG_FILE,
  FindingSink,
  FsSource,
  Names,
  PathIndex,
  REF_KINDS,
  RegistryDocument,
  Rereader,
  TARGET_OF,
  discoveryPatterns,
  flowOwnersOf,
  isGlobalFramePath,
  loadOnce,
  packagesOf,
  pathMatcher,
  referenceIndex,
  runDocumentRules,
  runLeased,
  setUp,
  sha256,
  stillClosest,
  summarize,
  systemContractsOf
} from "./chunk-JFYR2ZYG.js";
import {
  mark
} from "./chunk-HEL74Q4S.js";

// src/incremental/cache.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

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
  return `${TOOL_VERSION}+${true ? "3da1f913c416c092" : "source"}`;
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

// src/incremental/changes.ts
import { existsSync } from "node:fs";
import { join as join2 } from "node:path";
function changedPaths(changes) {
  return /* @__PURE__ */ new Set([...changes.added, ...changes.modified, ...changes.deleted]);
}
function frameChange(paths) {
  for (const path of paths) if (isGlobalFramePath(path)) return path;
  return void 0;
}
function registryPathspec(prefix) {
  return prefix === "" ? ":(top)" : `:(top)${prefix}`;
}
function registryPath(prefix, path) {
  if (prefix === "") return path;
  if (path === prefix + "/") return "";
  return path.startsWith(prefix + "/") ? path.slice(prefix.length + 1) : void 0;
}
function statuses(output) {
  const out = /* @__PURE__ */ new Map();
  const fields = output.split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) out.set(fields[i + 1], fields[i].charAt(0));
  return out;
}
async function changesSince(repoDir, prefix, commit, options = {}) {
  const git = wo(repoDir);
  const spec = registryPathspec(prefix);
  const quiet = ["-c", "core.quotePath=false"];
  const [committed, working, untracked] = await Promise.all([
    git.raw([...quiet, "diff", "--name-status", "-z", "--no-renames", commit, "HEAD", "--", spec]),
    // A fresh checkout (CI) is HEAD: looking through 100,000 files for edits is a third of an incremental check.
    options.committedOnly ? "" : git.raw([...quiet, "diff-index", "--name-status", "-z", "--no-renames", "HEAD", "--", spec]),
    options.committedOnly ? "" : git.raw([...quiet, "ls-files", "--others", "--exclude-standard", "-z", "--", spec])
  ]);
  const sinceCommit = statuses(committed);
  const sinceHead = statuses(working);
  const fresh = new Set(untracked.split("\0").filter(Boolean));
  const changes = { added: /* @__PURE__ */ new Set(), modified: /* @__PURE__ */ new Set(), deleted: /* @__PURE__ */ new Set() };
  for (const path of /* @__PURE__ */ new Set([...sinceCommit.keys(), ...sinceHead.keys(), ...fresh])) {
    const local = registryPath(prefix, path);
    if (local === void 0) continue;
    const committedStatus = sinceCommit.get(path);
    const headStatus = sinceHead.get(path);
    const inCommit = committedStatus !== void 0 ? committedStatus !== "A" : headStatus !== void 0 ? headStatus !== "A" : false;
    const inTree = options.committedOnly ? committedStatus !== "D" : existsSync(join2(repoDir, path));
    if (inCommit && inTree) changes.modified.add(local);
    else if (inTree) changes.added.add(local);
    else if (inCommit) changes.deleted.add(local);
  }
  return changes;
}
async function ignoredFiles(repoDir, prefix) {
  const out = await wo(repoDir).raw(["-c", "core.quotePath=false", "ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z", "--", registryPathspec(prefix)]);
  const files = /* @__PURE__ */ new Set();
  const folders = [];
  for (const entry of out.split("\0")) {
    const local = entry ? registryPath(prefix, entry) : void 0;
    if (local === void 0) continue;
    if (local === "") return () => true;
    if (local.endsWith("/")) folders.push(local);
    else files.add(local);
  }
  return (path) => files.has(path) || folders.some((f) => path.startsWith(f));
}

// src/incremental/incremental.ts
import { posix } from "node:path";
var Fallback = class {
  reason;
  constructor(reason) {
    this.reason = reason;
  }
};
var NO_FINDINGS = Object.freeze([]);
async function checkIncrementally(root, options, cache, changes, repoDir, cachedDocument) {
  mark(`${changedPaths(changes).size} files changed`);
  const changed = changedPaths(changes);
  const global = frameChange(changed);
  if (global) return new Fallback(`${global} changed, and every document depends on it`);
  const columns = cache.documents;
  const indexOf = new PathIndex(Array.from(columns.path, (p) => columns.strings[p]));
  const findingsOf = /* @__PURE__ */ new Map();
  for (const f of cache.documentFindings) {
    const list = findingsOf.get(f.file);
    if (list) list.push(f);
    else findingsOf.set(f.file, [f]);
  }
  const base = await setUp(root, options, []);
  const { patterns, ignore } = discoveryPatterns(base.config);
  const discovered = pathMatcher(patterns, ignore);
  const added = [...changes.added, ...changes.modified].filter((p) => !changes.deleted.has(p) && !indexOf.has(p) && discovered(p));
  const paths = indexOf.paths.filter((p) => !changes.deleted.has(p)).concat(added).sort();
  const setup = { ...base, paths };
  const planDirs = new Set(cache.plans.map((p) => p.dir));
  const affected = /* @__PURE__ */ new Set();
  for (const path of changed) {
    if (posix.basename(path) === "manifest.json") affected.add(posix.dirname(path));
    for (const dir of foldersOf(path)) if (planDirs.has(dir)) affected.add(dir);
  }
  const prefixes = [...affected].map((dir) => dir + "/");
  const inAffected = (path) => prefixes.some((p) => path.startsWith(p));
  const lateManifests = new Set(cache.plans.map((p) => p.manifest).filter((m) => posix.basename(m) !== "manifest.json"));
  const inFrame = (path) => isGlobalFramePath(path) || path === base.config.acceptedChangesFile || inAffected(path) && (posix.basename(path) === "manifest.json" || lateManifests.has(path));
  const plans = cache.plans.filter((p) => !affected.has(p.dir));
  const compiledSchemas = new Set(cache.compiledSchemas);
  const reader = new Rereader(options.source ?? new FsSource(root), base.config.limits);
  const reusedAt = new Array(columns.path.length);
  let reused = 0;
  const run = async (fresh) => {
    reusedAt.fill(void 0);
    reused = 0;
    const take = (path) => {
      const i = indexOf.get(path);
      if (i === void 0 || changed.has(path) || inAffected(path) || fresh(columns.strings[columns.kind[i]])) return void 0;
      const doc = cachedDocument?.(i) ?? documentFromColumns(columns, i, reader, cache.catalogFacts);
      reusedAt[i] = doc;
      reused++;
      return { doc, findings: findingsOf.get(path) ?? NO_FINDINGS };
    };
    const loaded2 = await loadOnce(root, setup, options, runDocumentRules, parallelism(options), /* @__PURE__ */ new Set(), { inFrame, plans, take, compiledSchemas });
    mark(`incremental: ${paths.length - reused} of ${paths.length} documents read`);
    return loaded2;
  };
  let loaded = await run(() => false);
  if (loaded.late.size > 0) return new Fallback(`${[...loaded.late][0]} became a contract manifest through its schema_id`);
  const baseSystem = systemContractsOf(base.config, cache.plans);
  const headSystem = loaded.registry.systemContracts;
  if (baseSystem.size !== headSystem.size || [...baseSystem].some((id) => !headSystem.has(id))) loaded = await run((kind) => kind === "flow");
  if (frameDigest(loaded.registry) !== cache.frameDigest) return new Fallback("the config, schemas or catalogs differ from the cached base");
  const readAgain = [...added];
  for (let i = 0; i < indexOf.paths.length; i++) {
    const path = indexOf.paths[i];
    if (!reusedAt[i] && !changes.deleted.has(path)) readAgain.push(path);
  }
  const candidates = /* @__PURE__ */ new Set([...changes.deleted, ...readAgain.sort()]);
  learnSuggestions(cache, loaded.registry, candidates, indexOf);
  const head = finishCheck(loaded.registry, loaded.sink);
  return { head, reused, candidates, base: () => baseFromCache(cache, head.registry, reusedAt, indexOf, repoDir, candidates), changes };
}
function learnSuggestions(cache, head, candidates, indexOf) {
  const added = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  const note = (into, kind, id) => {
    if (!kind || id === void 0) return;
    const set = into.get(kind) ?? /* @__PURE__ */ new Set();
    into.set(kind, set.add(id));
  };
  const c = cache.documents;
  for (const path of candidates) {
    const i = indexOf.get(path);
    const kindBefore = i === void 0 ? void 0 : c.strings[c.kind[i]];
    const idBefore = i === void 0 || c.id[i] < 0 ? void 0 : c.strings[c.id[i]];
    const after = documentAt(head, path);
    if (after && kindBefore === after.kind && idBefore === after.id) continue;
    note(removed, kindBefore && TARGET_OF[kindBefore], idBefore);
    note(added, after && TARGET_OF[after.kind], after?.id);
  }
  const { targets } = referenceIndex(head);
  for (const [kind, answers] of Object.entries(cache.suggestions)) {
    const plus = added.get(kind) ?? /* @__PURE__ */ new Set();
    const minus = removed.get(kind) ?? /* @__PURE__ */ new Set();
    const kept = plus.size + minus.size === 0 ? answers : answers.filter(([word, answer]) => (answer === null || !minus.has(answer)) && stillClosest(word, answer ?? void 0, plus));
    Names.of(targets[kind]).learn(kept);
  }
}
async function baseFromCache(cache, head, unchanged, indexOf, repoDir, candidates) {
  const columns = cache.documents;
  const paths = indexOf.paths;
  const source = new LazyGitSource(repoDir, cache.commit, cache.prefix, paths);
  await source.prefetch(candidates);
  const reader = new Rereader(source, head.config.limits);
  const documents = paths.map((_, i) => unchanged[i] ?? documentFromColumns(columns, i, reader, cache.catalogFacts));
  const byPath = { get: (path) => documents[indexOf.get(path) ?? -1] };
  const configDocument = byPath.get(CONFIG_FILE);
  const registry = {
    root: head.root,
    config: head.config,
    schemas: head.schemas,
    globals: head.globals,
    systemContracts: systemContractsOf(head.config, cache.plans),
    flowOwners: flowOwnersOf(cache.plans),
    ...configDocument ? { configDocument } : {},
    documents,
    packages: packagesOf(cache.plans, byPath),
    packagePlans: cache.plans
  };
  return { registry, findings: cache.findings, configBroken: cache.configBroken, documentFindings: cache.documentFindings };
}

// src/incremental/base-from-head.ts
var BaseSource = class {
  label;
  #git;
  #tree;
  #changed;
  #paths;
  constructor(git, tree, changed, paths) {
    this.label = git.label;
    this.#git = git;
    this.#tree = tree;
    this.#changed = changed;
    this.#paths = paths;
  }
  async list() {
    return [...this.#paths].sort();
  }
  read(path, maxBytes) {
    if (!this.#paths.has(path)) return new Error(`${path} is not in ${this.label}`);
    return this.#changed.has(path) ? this.#git.read(path, maxBytes) : this.#tree.read(path, maxBytes);
  }
  exists(path) {
    return this.#paths.has(path);
  }
};
async function baseFromHead(root, options, head, changes, at, ignored) {
  const changed = changedPaths(changes);
  if (frameChange(changed) !== void 0) return void 0;
  const headPaths = head.registry.documents.map((d) => d.path);
  if (headPaths.some(ignored)) return void 0;
  const paths = new Set(headPaths.filter((p) => !changes.added.has(p)));
  for (const p of changes.deleted) paths.add(p);
  const git = new LazyGitSource(at.repoDir, at.commit, at.prefix, paths);
  await git.prefetch([...changed].filter((p) => paths.has(p)));
  const source = new BaseSource(git, new FsSource(root), changed, paths);
  const cache = cacheOf(head, "working-tree", at.prefix);
  cache.documentFindings = cache.documentFindings.map((f) => ({ ...f }));
  const backwards = { added: changes.deleted, deleted: changes.added, modified: changes.modified };
  const result = await checkIncrementally(root, { ...options, source }, cache, backwards, at.repoDir, (i) => head.registry.documents[i]);
  mark(result instanceof Fallback ? `base read in full: ${result.reason}` : "base from the head and the change");
  return result instanceof Fallback ? void 0 : result.head;
}

// src/guard-base.ts
async function guardWithBase(root, options, baseRef, loadOptions) {
  const { repoDir, prefix, commit } = await locateBase(root, baseRef);
  let head, base;
  let candidates;
  let cache;
  mark("base resolved");
  const changes = changesSince(repoDir, prefix, commit, { committedOnly: options.committedOnly ?? false });
  changes.catch(() => void 0);
  const cached = options.cacheDir ? await readCache(options.cacheDir, commit, prefix, options.release) : void 0;
  mark(cached ? "cache read" : "no cache");
  const incremental = cached ? await checkIncrementally(root, loadOptions, cached, await changes, repoDir) : void 0;
  if (incremental && !(incremental instanceof Fallback)) {
    head = incremental.head;
    base = await incremental.base();
    candidates = incremental.candidates;
    const documents = head.registry.documents.length;
    cache = { mode: "incremental", read: documents - incremental.reused, documents };
  } else {
    const ignored = options.committedOnly ? Promise.resolve(() => false) : ignoredFiles(repoDir, prefix);
    ignored.catch(() => void 0);
    head = await check(root, loadOptions);
    const known = await Promise.all([changes, ignored]).catch(() => void 0);
    base = (known && await baseFromHead(root, loadOptions, head, known[0], { repoDir, prefix, commit }, known[1])) ?? await check(root, { ...loadOptions, source: await GitSource.open(repoDir, commit, prefix) });
    candidates = await changedDocuments(changes);
    if (options.cacheDir) {
      const written = writeCache(options.cacheDir, cacheOf(base, commit, prefix), options.release, factColumnsOf(base.registry.documents));
      const reason = incremental?.reason ?? `no cache of the base ${commit.slice(0, 7)} yet`;
      cache = { mode: "full", reason, read: head.registry.documents.length, documents: head.registry.documents.length, written };
    }
  }
  const comparison = compareWithBase(base, head, candidates);
  mark("compared with the base");
  const superseded = (f) => f.rule.startsWith("refs/") && comparison.supersededReferences.has(`${f.file}#${f.pointer ?? ""}`);
  const leaseFindings = options.leases ? leasedChanges(comparison, options.leases, head) : [];
  const findings = [...head.findings.filter((f) => !superseded(f)), ...comparison.findings, ...leaseFindings].sort(compareFindings);
  const before = new Set(base.findings.map(findingKey));
  for (const f of findings) f.baseline = before.has(findingKey(f)) ? "existing" : "new";
  return { ...head, findings, base: { ref: baseRef, commit, comparison, result: base }, ...cache ? { cache } : {} };
}
async function changedDocuments(changes) {
  try {
    const paths = changedPaths(await changes);
    return frameChange(paths) === void 0 ? paths : void 0;
  } catch {
    return void 0;
  }
}
async function cacheCommitCheck(root, head, dir, release) {
  try {
    const { repoDir, prefix } = await locateRepo(root);
    const commit = (await wo(repoDir).revparse(["HEAD"])).trim();
    const { patterns, ignore } = discoveryPatterns(head.registry.config);
    const read = pathMatcher(patterns, ignore);
    const differs = [...changedPaths(await changesSince(repoDir, prefix, commit))].find(read);
    if (differs) return { reason: `the registry differs from HEAD (${differs}), so nothing was cached` };
    return { written: writeCache(dir, cacheOf(head, commit, prefix), release, factColumnsOf(head.registry.documents)) };
  } catch (error) {
    return { reason: `nothing was cached: ${error.message.split("\n")[0]}` };
  }
}
function leasedChanges(comparison, leases, head) {
  const sink = new FindingSink();
  const changed = comparison.impact.changes.map((c) => ({ path: c.path, ...c.id ? { id: c.id } : {} }));
  for (const { lease, path } of leaseConflicts(leases.file, changed, leases.ownBranch, leases.now ?? /* @__PURE__ */ new Date()))
    sink.report(runLeased, {
      file: path,
      json: head.registry.documents.find((d) => d.path === path)?.json,
      pointer: "",
      message: `${lease.document} is leased by run ${lease.run_id} (pull request branch ${lease.branch}) until ${lease.expires_at}`,
      hint: "wait until that run ends (its lease is released then), or make this change in that run's pull request"
    });
  return sink.findings;
}

export {
  guardWithBase,
  cacheCommitCheck
};
