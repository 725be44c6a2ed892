import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  leaseConflicts
} from "./chunk-7NFW6BCK.js";
import {
  GitSource,
  LazyGitSource
} from "./chunk-FJNRMHW7.js";
import {
  locateBase,
  locateRepo,
  wo
} from "./chunk-F5S4Y6IV.js";
import {
  cacheOf,
  documentFromColumns,
  factColumnsOf,
  frameDigest,
  readCache,
  writeCache
} from "./chunk-ROE343XT.js";
import {
  compareWithBase,
  findingKey
} from "./chunk-U43Y77IC.js";
import {
  check,
  compareFindings,
  documentAt,
  finishCheck,
  foldersOf,
  parallelism
} from "./chunk-M53WTELD.js";
import {
  CONFIG_FILE,
  FindingSink,
  FsSource,
  Names,
  PathIndex,
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
  stillClosest,
  systemContractsOf
} from "./chunk-DEQPY4IZ.js";
import {
  mark
} from "./chunk-WBKPGEYU.js";

// src/incremental/changes.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
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
    const inTree = options.committedOnly ? committedStatus !== "D" : existsSync(join(repoDir, path));
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
