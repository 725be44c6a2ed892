import { posix } from "node:path";
import { finishCheck, parallelism, type CheckResult } from "../check.ts";
import { CONFIG_FILE } from "../config/config.ts";
import { findingKey, type Finding, type Span } from "../findings/finding.ts";
import { isGlobalFramePath, isNamed, systemContractsOf } from "../registry/classify.ts";
import { flowOwnersOf } from "../registry/package-index.ts";
import type { Registry, RegistryDocument } from "../registry/document.ts";
import { discoveryPatterns, pathMatcher } from "../registry/discover.ts";
import { loadOnce, packagesOf, Rereader, setUp, type LoadOptions } from "../registry/load.ts";
import { documentAt } from "../change/impact.ts";
import type { DocumentKind } from "../registry/kinds.ts";
import { referenceIndex, type RefKind } from "../registry/references.ts";
import { targetOf } from "../registry/id-index.ts";
import { runDocumentRules } from "../rules/index.ts";
import { Names, stillClosest } from "../util/similar.ts";
import { FsSource } from "../source/fs-source.ts";
import { LazyGitSource, type CatFileBatch } from "../source/git-source.ts";
import { foldersOf } from "../util/folders.ts";
import { PathIndex } from "../util/path-index.ts";
import { mark } from "../util/timing.ts";
import { documentFromColumns, frameDigest, type CheckCache } from "./cache.ts";
import { changedPaths, frameChange, type Changes } from "./changes.ts";

/** Why a change cannot be checked from the cache, for the log. */
export class Fallback {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

export interface IncrementalResult {
  head: CheckResult;
  /** Documents taken from the cache as they were. */
  reused: number;
  /** Paths whose document may differ from the base's: read again, added or deleted. Every other document is the base's own. */
  candidates: Set<string>;
  /** The base as the cache remembers it: summaries, findings, and its files read from git on demand (built when asked for). */
  base: () => Promise<CheckResult>;
  changes: Changes;
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * The check of the working tree, from the cache of its base commit: only the
 * documents the change touches are read and checked, with the packages whose
 * folders it touches; every other document's summary and findings come from
 * the cache; then the cross-document rules run over the whole registry, so
 * the result is the full check's. Falls back (returns why) when the change
 * touches what every document depends on: the config, a schema, a catalog.
 */
export async function checkIncrementally(
  root: string,
  options: LoadOptions,
  cache: CheckCache,
  changes: Changes,
  repoDir: string,
  how: {
    /** The cached documents as objects already, when the caller has them (the head's own, for a base derived from it): shared, not rebuilt. */
    cachedDocument?: (index: number) => RegistryDocument;
    /** The caller will ask for the base (IncrementalResult.base): its side of the change is read from git while the head is checked. */
    readBaseAhead?: boolean;
    /** The git process that reads it, started by the caller; ended here if nothing is read. */
    blobs?: CatFileBatch;
  } = {},
): Promise<IncrementalResult | Fallback> {
  const { cachedDocument } = how;
  mark(`${changedPaths(changes).size} files changed`);
  const changed = changedPaths(changes);
  const global = frameChange(changed);
  if (global) return new Fallback(`${global} changed, and every document depends on it`);

  const columns = cache.documents;
  // A loop, not Array.from with a mapping function, which called it back for each of 100,000 paths (8 ms in profiles).
  const cachedPaths = new Array<string>(columns.path.length);
  for (let i = 0; i < cachedPaths.length; i++) cachedPaths[i] = columns.strings[columns.path[i]!]!;
  const indexOf = new PathIndex(cachedPaths);
  // Each cached document's own findings, by its place in the cache: asked of 100,000 documents, a map by path hashed every path.
  const findingsAt: Array<Finding[] | undefined> = [];
  for (const f of cache.documentFindings) {
    const i = indexOf.get(f.file);
    if (i !== undefined) (findingsAt[i] ??= []).push(f);
  }
  const base = await setUp(root, options, []);
  const { patterns, ignore } = discoveryPatterns(base.config);
  const discovered = pathMatcher(patterns, ignore);
  const added = [...changes.added, ...changes.modified].filter((p) => !changes.deleted.has(p) && !indexOf.has(p) && discovered(p));
  const { paths, cached } = pathsAfter(indexOf, changes.deleted, added);
  // Sorted by construction where the cache's paths were: the classifier and the load need not check 100,000 of them again.
  if (indexOf.sorted) PathIndex.of(paths, true);
  const setup = { ...base, paths };

  // A package whose folder holds a changed file is read again, with everything in it.
  const planDirs = new Set(cache.plans.map((p) => p.dir));
  const affected = new Set<string>();
  for (const path of changed) {
    if (posix.basename(path) === "manifest.json") affected.add(posix.dirname(path));
    for (const dir of foldersOf(path)) if (planDirs.has(dir)) affected.add(dir);
  }
  const prefixes = [...affected].map((dir) => dir + "/");
  const inAffected = (path: string) => prefixes.some((p) => path.startsWith(p));
  const lateManifests = new Set(cache.plans.map((p) => p.manifest).filter((m) => posix.basename(m) !== "manifest.json"));
  const inFrame = (path: string) =>
    isGlobalFramePath(path) || path === base.config.acceptedChangesFile || ((isNamed(path, "manifest.json") || lateManifests.has(path)) && inAffected(path));
  const inTouchedPackages = prefixes.flatMap((p) => indexOf.startingWith(p));
  // The same paths, found without asking of every path: the cache's config, schemas and catalogs (the change touches none of
  // them, or frameChange would have said so), then the accepted changes, the manifests of the packages the change touches,
  // and what it adds, in the listing's order.
  const isListed = (p: string) => (indexOf.has(p) && !changes.deleted.has(p)) || added.includes(p);
  const framePaths = [
    ...new Set([...cache.globalFrame.map((i) => indexOf.paths[i]!), ...[base.config.acceptedChangesFile, ...inTouchedPackages, ...added].filter((p) => inFrame(p) && isListed(p))]),
  ].sort();
  const plans = cache.plans.filter((p) => !affected.has(p.dir));
  // The base's side of the files the change touches and of the packages it touches, asked of git now (LazyGitSource.prefetch)
  // while the head is checked: asked for after the check, it kept the comparison waiting 90 ms at 100k.
  const baseSource = new LazyGitSource(repoDir, cache.commit, cache.prefix, indexOf, how.blobs);
  const touched = how.readBaseAhead ? [...changed, base.config.acceptedChangesFile, ...inTouchedPackages] : [];
  const ahead = baseSource.prefetch(touched);
  ahead.catch(() => undefined);
  // Only what frameChange let through reaches here: the schemas are the base's, and so is whether each compiles (the digest below confirms it).
  const compiledSchemas = new Set(cache.compiledSchemas);

  // The cached documents that are read again (changed, or in a package the change touches), by their place in the cache.
  const readAgainAt = new Uint8Array(columns.path.length);
  for (const path of [...changed, ...inTouchedPackages]) {
    const i = indexOf.get(path);
    if (i !== undefined) readAgainAt[i] = 1;
  }
  // What the load reads rather than takes, unless every flow is (the system contracts changed): its tables grow then.
  const toRead = changed.size + inTouchedPackages.length + added.length;
  const reader = new Rereader(options.source ?? new FsSource(root), base.config.limits, cache.catalogFacts);
  // The documents taken from the cache, by their place in it: an array, where a map of 100,000 paths cost tens of ms.
  const reusedAt = new Array<RegistryDocument | undefined>(columns.path.length);
  let reused = 0;
  const run = async (fresh: (kind: string) => boolean) => {
    reusedAt.fill(undefined);
    reused = 0;
    const take = (_path: string, at: number) => {
      const i = cached[at]!;
      // Frame documents never get here: the load reads them first.
      if (i < 0 || readAgainAt[i] === 1 || fresh(columns.strings[columns.kind[i]!]!)) return undefined;
      const doc = cachedDocument?.(i) ?? documentFromColumns(columns, i, reader);
      reusedAt[i] = doc;
      reused++;
      return doc;
    };
    const findingsOf = (_path: string, at: number) => findingsAt[cached[at]!] ?? NO_FINDINGS;
    const loaded = await loadOnce(root, setup, options, runDocumentRules, parallelism(options), new Set(), { inFrame, framePaths, plans, take, findingsOf, compiledSchemas, reads: toRead });
    mark(`incremental: ${paths.length - reused} of ${paths.length} documents read`);
    // The load ran without letting the event loop turn, so git's answer to the read-ahead was still waiting in its pipe,
    // and git, the pipe full, waiting for it to be read; taken in now, the rest is read while the rules run (with a size
    // query before the blobs, at 100k the comparison waited 40 ms without this turn).
    await new Promise((resolve) => setImmediate(resolve));
    return loaded;
  };
  let loaded = await run(() => false);
  if (loaded.late.size > 0) return new Fallback(`${[...loaded.late][0]} became a contract manifest through its schema_id`);
  // The system contracts changed: every flow's own rules see them.
  const baseSystem = systemContractsOf(base.config, cache.plans);
  const headSystem = loaded.registry.systemContracts;
  if (baseSystem.size !== headSystem.size || [...baseSystem].some((id) => !headSystem.has(id))) loaded = await run((kind) => kind === "flow");
  if (frameDigest(loaded.registry, loaded.frame) !== cache.frameDigest) return new Fallback("the config, schemas or catalogs differ from the cached base");

  // Every path read again rather than taken from the cache (the cache's own not deleted, and the added), in path order as before;
  // but the config, schemas and catalogs, which the digest above found as they were.
  const readAgain = [...added];
  for (let i = 0; i < indexOf.paths.length; i++) {
    const path = indexOf.paths[i]!;
    if (!reusedAt[i] && !changes.deleted.has(path) && !isGlobalFramePath(path)) readAgain.push(path);
  }
  const candidates = new Set([...changes.deleted, ...readAgain.sort()]);
  learnSuggestions(cache, loaded.registry, candidates, indexOf);
  // The spans of the base's findings in files the change left as they were: the rules across documents would otherwise
  // read each of those files again to find where their findings are.
  loaded.sink.knowSpans(unchangedSpans(cache.findings, (file) => reusedAt[indexOf.get(file) ?? -1] !== undefined));
  const head = finishCheck(loaded.registry, loaded.sink);
  const baseOf = async () => {
    // What was read ahead, then whatever else the comparison reads (the flows, when the system contracts changed): prefetch skips what it has.
    await ahead;
    await baseSource.prefetch(candidates);
    return baseFromCache(cache, head.registry, reusedAt, indexOf, baseSource);
  };
  return { head, reused, candidates, base: baseOf, changes };
}

/** The spans of `findings` in the files `unchanged` names, by findingKey. */
function unchangedSpans(findings: readonly Finding[], unchanged: (file: string) => boolean): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const f of findings)
    if (unchanged(f.file)) spans.set(findingKey(f), { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } });
  return spans;
}

/**
 * The head's paths: the cache's, less the deleted, with the added, in the
 * registry's order; and where each stands in the cache (-1 for an added
 * one), so the load takes a document by its place rather than looking up
 * 100,000 paths (40 ms at 100k). The cache's paths come sorted: two sorted
 * lists are merged, not sorted again.
 */
export function pathsAfter(indexOf: PathIndex, deleted: ReadonlySet<string>, added: string[]): { paths: string[]; cached: Int32Array } {
  const before = indexOf.paths;
  if (!indexOf.sorted) {
    const paths = before.filter((p) => !deleted.has(p)).concat(added).sort();
    return { paths, cached: Int32Array.from(paths, (p) => indexOf.get(p) ?? -1) };
  }
  // By places, not by comparing strings: the few deleted and added are looked up, and the runs of paths between them copied whole.
  const removed = [...deleted].flatMap((p) => indexOf.get(p) ?? []).sort((x, y) => x - y);
  added.sort();
  const places = added.map((p) => indexOf.insertionPoint(p));
  const runs: string[][] = [];
  const cached = new Int32Array(before.length - removed.length + added.length);
  let from = 0;
  let out = 0;
  const copyUpTo = (end: number) => {
    if (end <= from) return;
    runs.push(before.slice(from, end));
    for (let i = from; i < end; i++) cached[out++] = i;
    from = end;
  };
  for (let a = 0, r = 0; a < added.length || r < removed.length; ) {
    // An added path goes before the cached one at its place, which may itself be deleted.
    if (a < added.length && (r >= removed.length || places[a]! <= removed[r]!)) {
      copyUpTo(places[a]!);
      runs.push([added[a++]!]);
      cached[out++] = -1;
    } else {
      copyUpTo(removed[r]!);
      from = removed[r++]! + 1;
    }
  }
  copyUpTo(before.length);
  return { paths: runs.length === 1 ? runs[0]! : ([] as string[]).concat(...runs), cached };
}

/**
 * The base's "did you mean" answers, where the change cannot have changed
 * them: for each kind of target, the ids the change added and removed (a
 * document of that kind touched, with another kind or id before or after);
 * an answer stays unless it names a removed id or an added id is as close to
 * the word (stillClosest).
 */
function learnSuggestions(cache: CheckCache, head: Registry, candidates: ReadonlySet<string>, indexOf: PathIndex): void {
  const added = new Map<RefKind, Set<string>>();
  const removed = new Map<RefKind, Set<string>>();
  const note = (into: Map<RefKind, Set<string>>, kind: RefKind | undefined, id: string | undefined) => {
    if (!kind || id === undefined) return;
    const set = into.get(kind) ?? new Set<string>();
    into.set(kind, set.add(id));
  };
  const c = cache.documents;
  for (const path of candidates) {
    const i = indexOf.get(path);
    const kindBefore = i === undefined ? undefined : (c.strings[c.kind[i]!] as DocumentKind);
    const idBefore = i === undefined || c.id[i]! < 0 ? undefined : c.strings[c.id[i]!];
    const after = documentAt(head, path);
    if (after && kindBefore === after.kind && idBefore === after.id) continue;
    note(removed, kindBefore && targetOf(kindBefore), idBefore);
    note(added, after && targetOf(after.kind), after?.id);
  }
  const { targets } = referenceIndex(head);
  for (const [kind, answers] of Object.entries(cache.suggestions) as Array<[RefKind, Array<[string, string | null]>]>) {
    const plus = added.get(kind) ?? new Set<string>();
    const minus = removed.get(kind) ?? new Set<string>();
    const kept = plus.size + minus.size === 0 ? answers : answers.filter(([word, answer]) => (answer === null || !minus.has(answer)) && stillClosest(word, answer ?? undefined, plus));
    Names.of(targets[kind]).learn(kept);
  }
}

/**
 * The base registry from its cache: the head's frame (the same, or there
 * would be no incremental check), the head's document objects where the
 * change left a file as it was, and the cache's for the rest, their content
 * read from git if asked for (`source`, which has read the base's side of
 * the change ahead).
 */
function baseFromCache(cache: CheckCache, head: Registry, unchanged: ReadonlyArray<RegistryDocument | undefined>, indexOf: PathIndex, source: LazyGitSource): CheckResult {
  const columns = cache.documents;
  const paths = indexOf.paths;
  const reader = new Rereader(source, head.config.limits, cache.catalogFacts);
  const documents = paths.map((_, i) => unchanged[i] ?? documentFromColumns(columns, i, reader));
  // The config, schemas and catalogs are the head's, byte for byte (the frame's digest said so): the head's objects, not the
  // cache's, whose content git would be asked for once more (a catalog diff reads the verbs catalog: 30 ms of git at 100k).
  for (const i of cache.globalFrame) documents[i] = documentAt(head, paths[i]!) ?? documents[i]!;
  // The cache's own index of paths finds a document, rather than a second map of every path.
  const byPath = { get: (path: string) => documents[indexOf.get(path) ?? -1] };
  const configDocument = byPath.get(CONFIG_FILE);
  let owners: Map<string, string | undefined> | undefined;
  const registry: Registry = {
    root: head.root,
    config: head.config,
    schemas: head.schemas,
    globals: head.globals,
    systemContracts: systemContractsOf(head.config, cache.plans),
    // Asked only of documents read again (the base's catalog facts): a map of 10,000 flows is made if that happens.
    get flowOwners() {
      return (owners ??= flowOwnersOf(cache.plans));
    },
    ...(configDocument ? { configDocument } : {}),
    documents,
    packages: packagesOf(cache.plans, byPath),
    packagePlans: cache.plans,
  };
  return { registry, findings: cache.findings, configBroken: cache.configBroken, documentFindings: cache.documentFindings };
}
