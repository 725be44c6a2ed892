import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { endianness } from "node:os";
import { join } from "node:path";
import type { DocumentFacts, FlowFacts } from "../catalog/facts.ts";
import type { CheckResult } from "../check.ts";
import type { Finding } from "../findings/finding.ts";
import type { PackagePlan } from "../registry/classify.ts";
import { isGlobalFramePath } from "../registry/classify.ts";
import { RegistryDocument, type ClassifiedBy, type ContentReader, type Registry } from "../registry/document.ts";
import type { DocumentKind } from "../registry/kinds.ts";
import { referenceIndex, REF_KINDS, type RefKind, type Reference } from "../registry/references.ts";
import { Names } from "../util/similar.ts";
import { summarize } from "../registry/summary.ts";
import type { Release } from "../schemas/releases.ts";
import { sha256 } from "../util/canonical.ts";
import { TOOL_VERSION } from "../version.ts";

/**
 * What a full check of a commit leaves for the checks of the pull requests
 * based on it: every document's summary (kind, id, references) with the
 * findings of its own rules, the package plans, a digest of the frame, and
 * the check's findings. A pull request's check then reads only what changed.
 */
export interface CheckCache {
  format: typeof CACHE_FORMAT;
  /** The tool that wrote it; another version's cache is not used. */
  engine: string;
  commit: string;
  /** The registry folder in the repository ("" for its top). */
  prefix: string;
  release: Release;
  /** Digest of the config, schemas and global catalogs: when they change, everything is checked again. */
  frameDigest: string;
  plans: readonly PackagePlan[];
  /** The registry's schema files that compiled: with the same frame, a check from this cache need not compile them up front. */
  compiledSchemas: string[];
  /** Every document, in columns (a registry of 100,000 documents is read back in a blink). */
  documents: DocumentColumns;
  /** Findings of reading each file and of its own rules (none of the cross-document rules). */
  documentFindings: Finding[];
  /** The full check's findings: the baseline a pull request's findings are new or existing against. */
  findings: Finding[];
  configBroken: boolean;
  /** The "did you mean" answers for references to each kind of target, for a change that leaves that kind's ids as they were. */
  suggestions: Partial<Record<RefKind, Array<[string, string | null]>>>;
  /** The documents' catalog facts, from the file beside this one, read when first asked for (set by readCache, never written). */
  catalogFacts?: CachedFacts;
}

/**
 * Documents as columns of indices into `strings` (-1 for none): ids,
 * pointers and targets repeat across documents, and each is stored once.
 * `refs` holds four indices per reference (pointer, kind, target, field),
 * those of document i from refStart[i] to refStart[i + 1].
 */
export interface DocumentColumns {
  strings: string[];
  path: ArrayLike<number>;
  kind: ArrayLike<number>;
  classifiedBy: ArrayLike<number>;
  id: ArrayLike<number>;
  schemaId: ArrayLike<number>;
  packageDir: ArrayLike<number>;
  refStart: ArrayLike<number>;
  refs: ArrayLike<number>;
}

const NUMBER_COLUMNS = ["path", "kind", "classifiedBy", "id", "schemaId", "packageDir", "refStart", "refs"] as const;

/**
 * The number columns as base64 of little-endian 32-bit integers: at 100,000
 * documents they are 1.9 million numbers, which JSON.parse took about 40 ms
 * to read as text. Written so only where the machine is little-endian (as
 * every GitHub runner is); read in either form.
 */
function packNumbers(c: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  if (endianness() !== "LE") return c;
  const out = { ...c };
  for (const key of columns) out[key] = Buffer.from(Int32Array.from(c[key] as ArrayLike<number>).buffer).toString("base64");
  return out;
}

function unpackNumbers(c: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
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

function packColumns(c: DocumentColumns): unknown {
  return packNumbers(c as unknown as Record<string, unknown>, NUMBER_COLUMNS);
}

function unpackColumns(c: Record<string, unknown>): DocumentColumns {
  return unpackNumbers(c, NUMBER_COLUMNS) as unknown as DocumentColumns;
}

export function columnsOf(documents: readonly RegistryDocument[]): DocumentColumns {
  const c = { strings: [] as string[], path: [] as number[], kind: [] as number[], classifiedBy: [] as number[], id: [] as number[], schemaId: [] as number[], packageDir: [] as number[], refStart: [] as number[], refs: [] as number[] };
  const index = new Map<string, number>();
  const at = (s: string | undefined) => {
    if (s === undefined) return -1;
    let n = index.get(s);
    if (n === undefined) index.set(s, (n = c.strings.push(s) - 1));
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

/**
 * The catalog facts of a cache's documents, in the same order, as columns:
 * `facts` is -1 for a document without, else FACT_OK | FACT_FLOW |
 * FACT_FLOW_SHAPE; `digests` their sha256, 32 bytes apiece (zeros where
 * none), as base64; `fields` pairs of (field code, string) of the optional
 * fields and the flow's steps, those of document i from start[i] to start[i + 1].
 * Kept in a file beside the cache: only a catalog diff reads them, and a
 * pull request's check should not pay for reading them.
 */
export interface FactColumns {
  format: typeof CACHE_FORMAT;
  engine: string;
  commit: string;
  documents: number;
  strings: string[];
  facts: ArrayLike<number>;
  digests: string;
  start: ArrayLike<number>;
  fields: ArrayLike<number>;
}

const FACT_OK = 1;
/** Read as a flow: `flow` is there (null without FACT_FLOW_SHAPE). */
const FACT_FLOW = 2;
const FACT_FLOW_SHAPE = 4;
const FACT_FIELDS = ["owner", "envelopeId", "verb", "inputSchema", "outputSchema"] as const;
/** Field codes after FACT_FIELDS: the flow's entry, then each step's id and its mode. */
const FLOW_ENTRY = FACT_FIELDS.length;
const STEP_ID = FLOW_ENTRY + 1;
const STEP_MODE = FLOW_ENTRY + 2;
const FACT_NUMBER_COLUMNS = ["facts", "start", "fields"] as const;

/** The documents' catalog facts as columns; undefined when the check kept none. */
export function factColumnsOf(documents: readonly RegistryDocument[], commit: string): FactColumns | undefined {
  if (!documents.some((d) => d.catalogFacts)) return undefined;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (s: string) => {
    let n = index.get(s);
    if (n === undefined) index.set(s, (n = strings.push(s) - 1));
    return n;
  };
  const facts: number[] = [];
  const start: number[] = [];
  const fields: number[] = [];
  const digests = Buffer.alloc(32 * documents.length);
  documents.forEach((doc, i) => {
    start.push(fields.length);
    const f = doc.catalogFacts;
    if (!f) return void facts.push(-1);
    facts.push((f.ok ? FACT_OK : 0) | (f.flow !== undefined ? FACT_FLOW : 0) | (f.flow ? FACT_FLOW_SHAPE : 0));
    digests.write(f.sha256, 32 * i, "hex");
    FACT_FIELDS.forEach((field, code) => {
      const value = f[field];
      if (value !== undefined) fields.push(code, at(value));
    });
    if (f.flow?.entry !== undefined) fields.push(FLOW_ENTRY, at(f.flow.entry));
    for (const step of f.flow?.steps ?? []) fields.push(STEP_ID, at(step.id), STEP_MODE, at(step.mode));
  });
  start.push(fields.length);
  return { format: CACHE_FORMAT, engine: engineFingerprint(), commit, documents: documents.length, strings, facts, digests: digests.toString("base64"), start, fields };
}

/** A cache's catalog facts, read from their file when first asked for; a missing or stale file gives none, and the catalog reads the documents instead. */
export class CachedFacts {
  readonly #load: () => FactColumns | undefined;
  #columns: FactColumns | null | undefined;
  #digests: Buffer | undefined;

  constructor(load: () => FactColumns | undefined) {
    this.#load = load;
  }

  get(i: number): DocumentFacts | undefined {
    if (this.#columns === undefined) {
      this.#columns = this.#load() ?? null;
      if (this.#columns) this.#digests = Buffer.from(this.#columns.digests, "base64");
    }
    const c = this.#columns;
    const flags = c?.facts[i] ?? -1;
    if (!c || flags < 0) return undefined;
    const s = c.strings;
    const facts: DocumentFacts = { ok: (flags & FACT_OK) !== 0, sha256: this.#digests!.toString("hex", 32 * i, 32 * i + 32) };
    const flow: FlowFacts | null = flags & FACT_FLOW_SHAPE ? { steps: [] } : null;
    for (let r = c.start[i]!; r < c.start[i + 1]!; r += 2) {
      const code = c.fields[r]!;
      const value = s[c.fields[r + 1]!]!;
      if (code < FLOW_ENTRY) facts[FACT_FIELDS[code]!] = value;
      else if (code === FLOW_ENTRY) flow!.entry = value;
      else if (code === STEP_ID) flow!.steps.push({ id: value, mode: "" });
      else flow!.steps[flow!.steps.length - 1]!.mode = value;
    }
    if (flags & FACT_FLOW) facts.flow = flow;
    return facts;
  }
}

/** A cached document as a registry document, its content to be read through `reader` if asked for, its catalog facts from `facts`. */
export function documentFromColumns(c: DocumentColumns, i: number, reader: ContentReader, facts?: CachedFacts): RegistryDocument {
  const s = c.strings;
  const doc = new RegistryDocument(s[c.path[i]!]!, undefined, reader);
  doc.release();
  doc.kind = s[c.kind[i]!] as DocumentKind;
  doc.classifiedBy = s[c.classifiedBy[i]!] as ClassifiedBy;
  if (c.id[i]! >= 0) doc.id = s[c.id[i]!]!;
  if (c.schemaId[i]! >= 0) doc.schemaId = s[c.schemaId[i]!]!;
  if (c.packageDir[i]! >= 0) doc.packageDir = s[c.packageDir[i]!]!;
  const refs: Reference[] = [];
  for (let r = c.refStart[i]!; r < c.refStart[i + 1]!; r += 4) refs.push({ from: doc, pointer: s[c.refs[r]!]!, kind: s[c.refs[r + 1]!] as RefKind, target: s[c.refs[r + 2]!]!, field: s[c.refs[r + 3]!]! });
  doc.references = refs;
  if (facts) doc.catalogFactsFrom(facts, i);
  return doc;
}

export const CACHE_FORMAT = "mova-registry-check-cache/6";

/** Set by the bundle build (scripts/build.ts): a digest of the engine's sources, schemas and dependencies. */
declare const MOVA_ENGINE_DIGEST: string | undefined;

/** The tool's version and the build's digest: a cache is only as good as the rules that wrote it. */
export function engineFingerprint(): string {
  return `${TOOL_VERSION}+${typeof MOVA_ENGINE_DIGEST === "string" ? MOVA_ENGINE_DIGEST : "source"}`;
}

/** Digest of the frame every document depends on: the config, schemas and catalogs, byte for byte, and the release. */
export function frameDigest(registry: Registry): string {
  const parts = registry.documents.filter((d) => isGlobalFramePath(d.path)).map((d) => `${d.path}\u0000${d.json?.text ?? "\u0001unreadable"}`);
  return sha256([registry.config.release, ...parts].join("\u0002"));
}

export function cacheOf(result: CheckResult, commit: string, prefix: string): CheckCache {
  const { registry } = result;
  return {
    format: CACHE_FORMAT,
    engine: engineFingerprint(),
    commit,
    prefix,
    release: registry.config.release,
    frameDigest: frameDigest(registry),
    plans: registry.packagePlans,
    compiledSchemas: registry.schemas.entries().flatMap((e) => (e.origin === "registry" && e.file ? [e.file] : [])),
    documents: columnsOf(registry.documents),
    documentFindings: [...result.documentFindings],
    findings: result.findings,
    configBroken: result.configBroken,
    suggestions: suggestionsOf(registry),
  };
}

function suggestionsOf(registry: Registry): CheckCache["suggestions"] {
  const { targets } = referenceIndex(registry);
  const out: CheckCache["suggestions"] = {};
  for (const kind of REF_KINDS) {
    const answered = Names.of(targets[kind]).answered();
    if (answered.length > 0) out[kind] = answered;
  }
  return out;
}

function fileName(commit: string, prefix: string, release: Release | undefined): string {
  return `check-${commit}-${sha256(`${prefix}\u0000${release ?? "config"}`).slice(0, 12)}.json`;
}

/** The cache of a commit, if one was written by this version of the tool for this registry folder and release. */
export async function readCache(dir: string, commit: string, prefix: string, release?: Release): Promise<CheckCache | undefined> {
  let cache: CheckCache;
  try {
    // Read off the main thread, so the git processes asked for the change start meanwhile rather than after.
    cache = JSON.parse(await readFile(join(dir, fileName(commit, prefix, release)), "utf8")) as CheckCache;
  } catch {
    return undefined;
  }
  if (cache.format !== CACHE_FORMAT || cache.engine !== engineFingerprint() || cache.commit !== commit || cache.prefix !== prefix) return undefined;
  cache.documents = unpackColumns(cache.documents as unknown as Record<string, unknown>);
  if (release !== undefined && cache.release !== release) return undefined;
  const count = cache.documents.path.length;
  cache.catalogFacts = new CachedFacts(() => readFactColumns(join(dir, factsFileName(commit, prefix, release)), commit, count));
  return cache;
}

function factsFileName(commit: string, prefix: string, release: Release | undefined): string {
  return fileName(commit, prefix, release).replace(/\.json$/, ".catalog-facts.json");
}

function readFactColumns(path: string, commit: string, documents: number): FactColumns | undefined {
  try {
    const c = JSON.parse(readFileSync(path, "utf8")) as FactColumns;
    if (c.format !== CACHE_FORMAT || c.engine !== engineFingerprint() || c.commit !== commit || c.documents !== documents) return undefined;
    return unpackNumbers(c as unknown as Record<string, unknown>, FACT_NUMBER_COLUMNS) as unknown as FactColumns;
  } catch {
    return undefined;
  }
}

/**
 * Writes a commit's cache, and beside it the documents' catalog facts when
 * the check kept them; each written whole then renamed, so a reader never
 * sees half of one, the facts first, so a cache never names facts of another.
 */
export function writeCache(dir: string, cache: CheckCache, release?: Release, facts?: FactColumns): string {
  mkdirSync(dir, { recursive: true });
  const write = (path: string, text: string) => {
    writeFileSync(`${path}.tmp-${process.pid}`, text);
    renameSync(`${path}.tmp-${process.pid}`, path);
  };
  if (facts) write(join(dir, factsFileName(cache.commit, cache.prefix, release)), JSON.stringify(packNumbers(facts as unknown as Record<string, unknown>, FACT_NUMBER_COLUMNS)));
  const { catalogFacts: _lazy, ...serialized } = cache;
  const path = join(dir, fileName(cache.commit, cache.prefix, release));
  write(path, JSON.stringify({ ...serialized, documents: packColumns(cache.documents) }));
  return path;
}
