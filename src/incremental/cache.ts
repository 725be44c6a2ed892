import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult } from "../check.ts";
import { isFinding, type Finding } from "../findings/finding.ts";
import type { PackagePlan } from "../registry/classify.ts";
import { isGlobalFramePath } from "../registry/classify.ts";
import type { ContentReader, Registry, RegistryDocument } from "../registry/document.ts";
import { referenceIndex, REF_KINDS, type RefKind } from "../registry/references.ts";
import { Names } from "../util/similar.ts";
import { ColumnsWriter, columnsWellFormed, documentAt, type DocumentColumns } from "../registry/columns.ts";
import type { Release } from "../schemas/releases.ts";
import { sha256 } from "../util/canonical.ts";
import { removeQuietly, STALE_TEMPORARY_MS } from "../util/own-files.ts";
import { writeChunks } from "../util/write-chunks.ts";
import { engineDigest, TOOL_VERSION } from "../version.ts";
import { cacheBody, cacheHeader, encodeCache, headerEnd, CACHE_FILE_FORMAT, type CacheHeader } from "./cache-file.ts";
import { CachedFacts, decodeFacts, encodeFacts, wellFormed, type FactColumns } from "./fact-columns.ts";

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
  /** Where those files (isGlobalFramePath) stand among the documents: a check from this cache need not look through every path for them. */
  globalFrame: number[];
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
 * Whether a cache's parts hold what cacheOf writes, every index in range: a
 * cache that does not (a damaged file) is not used, and the check reads
 * everything rather than fail on it or take a document apart wrongly.
 */
function cacheWellFormed(cache: CheckCache): boolean {
  const parts = [cache.plans, cache.compiledSchemas, cache.documentFindings, cache.findings, cache.globalFrame];
  if (!parts.every(Array.isArray) || typeof cache.suggestions !== "object" || cache.suggestions === null) return false;
  const text = (v: unknown) => typeof v === "string";
  // The plans were checked as the file's sections were read (cacheBody).
  const answers = Object.values(cache.suggestions).every((list) => Array.isArray(list) && list.every((a) => Array.isArray(a) && text(a[0]) && (a[1] === null || text(a[1]))));
  const frameAt = cache.globalFrame.every((i, k) => Number.isInteger(i) && i >= 0 && i < cache.documents.path.length && (k === 0 || i > cache.globalFrame[k - 1]!));
  return cache.compiledSchemas.every(text) && answers && frameAt && cache.findings.every(isFinding) && cache.documentFindings.every(isFinding) && columnsWellFormed(cache.documents);
}

/** A cached document as a registry document, its content to be read through `reader` if asked for, its catalog facts from those the reader keeps. */
export function documentFromColumns(c: DocumentColumns, i: number, reader: ContentReader): RegistryDocument {
  const doc = documentAt(c, i, reader);
  if (reader.keptFacts) doc.catalogFactsAt(i);
  return doc;
}

/** Every document's summary, in columns. */
export function columnsOf(documents: readonly RegistryDocument[]): DocumentColumns {
  const writer = new ColumnsWriter();
  for (const doc of documents) writer.add(doc);
  return writer.columns();
}

export const CACHE_FORMAT = CACHE_FILE_FORMAT;

/** The tool's version and the build's digest: a cache is only as good as the rules that wrote it. */
export function engineFingerprint(): string {
  return `${TOOL_VERSION}+${engineDigest() ?? "source"}`;
}

/**
 * Digest of the frame every document depends on: the config, schemas and
 * catalogs, byte for byte, and the release. `documents` may be any list
 * holding the registry's frame documents in its order (the frame a load
 * read first), rather than all of them.
 */
export function frameDigest(registry: Registry, documents: readonly RegistryDocument[] = registry.documents): string {
  const parts = documents.filter((d) => isGlobalFramePath(d.path)).map((d) => `${d.path}\u0000${d.json?.text ?? "\u0001unreadable"}`);
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
    globalFrame: registry.documents.flatMap((d, i) => (isGlobalFramePath(d.path) ? [i] : [])),
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
  return `check-${commit}-${sha256(`${prefix}\u0000${release ?? "config"}`).slice(0, 12)}`;
}

/** The first part of a cache file, read apart from the rest so that its header is parsed while the rest is read: a 100,000-document cache's header is 850 KB. */
const HEAD_BYTES = 2 * 1024 * 1024;

/** The cache of a commit, if one was written by this version of the tool for this registry folder and release. */
export async function readCache(dir: string, commit: string, prefix: string, release?: Release, headBytes = HEAD_BYTES): Promise<CheckCache | undefined> {
  const file = await openCacheFile(join(dir, `${fileName(commit, prefix, release)}.cache`), headBytes);
  if (!file) return undefined;
  try {
    const cache = await cacheFromParts(file, commit, prefix, release);
    if (!cache) return undefined;
    const count = cache.documents.path.length;
    cache.catalogFacts = new CachedFacts(() => readFactsFile(join(dir, factsFileName(commit, prefix, release)), commit, count));
    return cache;
  } finally {
    // Closed once both reads are over, whether or not they were waited for.
    void file.closed;
  }
}

/** A cache file's bytes as they are being read: the first `cut` of them once `head` settles, all once `rest` does. */
export interface CacheParts {
  bytes: Buffer;
  cut: number;
  head: Promise<void>;
  rest: Promise<void>;
}

/**
 * The cache in a file being read in two parts: its header parsed while the
 * rest of the file is read, off this thread (at 100k: 20 ms of parsing, 40–60
 * of reading). Undefined when it is not a cache of this commit, registry
 * folder, release and tool, or the file could not be read whole.
 */
export async function cacheFromParts({ bytes, cut, head, rest }: CacheParts, commit: string, prefix: string, release?: Release): Promise<CheckCache | undefined> {
  try {
    await head;
    // Only the bytes read so far are looked at: past them, the buffer holds nothing yet.
    const end = headerEnd(bytes.subarray(0, cut));
    if (end === undefined || end > cut) await rest;
    const read = cacheHeader(bytes);
    if (!read || !stampsMatch(read.header, commit, prefix, release)) return undefined;
    await rest;
    return cacheFrom(bytes, commit, prefix, release, read);
  } catch {
    // Cut short or unreadable while it was read: no cache.
    return undefined;
  }
}

/**
 * A cache file read in two parts at once, off this thread: its first
 * `headBytes`, and the rest. Undefined when it cannot be opened.
 */
async function openCacheFile(path: string, headBytes: number): Promise<(CacheParts & { closed: Promise<void> }) | undefined> {
  // node:fs/promises when a cache is read: a plain check does without it and the readline modules it loads (1 ms).
  const { open } = process.getBuiltinModule("node:fs/promises");
  let handle: import("node:fs/promises").FileHandle;
  try {
    handle = await open(path, "r");
  } catch {
    return undefined;
  }
  let size: number;
  try {
    size = (await handle.stat()).size;
  } catch {
    await handle.close().catch(() => undefined);
    return undefined;
  }
  // A buffer of its own, starting at a multiple of 4 bytes (the columns are read in place), and zeroed, so that a part not
  // yet read holds nothing a reader could take for a cache (a large one comes from the system zeroed, at no cost).
  const bytes = Buffer.alloc(size);
  const fill = async (from: number, to: number) => {
    for (let at = from; at < to; ) {
      const { bytesRead } = await handle.read(bytes, at, to - at, at);
      if (bytesRead === 0) throw new Error("the cache file ended before its size");
      at += bytesRead;
    }
  };
  const cut = Math.min(size, headBytes);
  const head = fill(0, cut);
  const rest = fill(cut, size);
  const closed = Promise.allSettled([head, rest]).then(() => handle.close().catch(() => undefined));
  head.catch(() => undefined);
  rest.catch(() => undefined);
  return { bytes, cut, head, rest, closed };
}

/** Whether a cache's header says it holds this commit, registry folder and release, written by this version of the tool. */
function stampsMatch(header: object, commit: string, prefix: string, release: Release | undefined): boolean {
  const h = header as Partial<CheckCache>;
  return h.engine === engineFingerprint() && h.commit === commit && h.prefix === prefix && (release === undefined || h.release === release);
}

/** A cache from its file's bytes, if they hold one of this commit, registry folder and release, by this version of the tool, whole; `read`, their header when already parsed. */
export function cacheFrom(bytes: Buffer, commit: string, prefix: string, release?: Release, read = cacheHeader(bytes)): CheckCache | undefined {
  if (!read) return undefined;
  const header = read.header as unknown as CheckCache & CacheHeader;
  if (!stampsMatch(header, commit, prefix, release)) return undefined;
  const body = cacheBody(bytes, read.header, read.end);
  if (!body) return undefined;
  const { littleEndian: _order, columns: _columns, text: _text, ...rest } = header;
  const cache: CheckCache = { ...rest, format: CACHE_FORMAT, ...body };
  return cacheWellFormed(cache) ? cache : undefined;
}

/** A cache's bytes, as its file holds them. */
export function cacheBytes(cache: CheckCache): Buffer[] {
  const { catalogFacts: _lazy, documents, plans, format: _format, ...header } = cache;
  return encodeCache(header, { documents, plans: [...plans] });
}

function factsFileName(commit: string, prefix: string, release: Release | undefined): string {
  return `${fileName(commit, prefix, release)}.catalog-facts`;
}

/** The facts file's stamps, as the cache's: facts of another commit, tool or registry are never taken. */
interface FactsStamps {
  format: typeof CACHE_FORMAT;
  engine: string;
  commit: string;
  documents: number;
}

/** The facts in a facts file's bytes, if they are of this commit and tool, for `documents` documents, and hold together. */
export function factsFrom(bytes: Buffer, commit: string, documents: number): FactColumns | undefined {
  const read = decodeFacts(bytes);
  const h = read?.header as Partial<FactsStamps> | undefined;
  if (!read || h!.format !== CACHE_FORMAT || h!.engine !== engineFingerprint() || h!.commit !== commit || h!.documents !== documents) return undefined;
  return wellFormed(read.columns, documents) ? read.columns : undefined;
}

function readFactsFile(path: string, commit: string, documents: number): FactColumns | undefined {
  try {
    return factsFrom(readFileSync(path), commit, documents);
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
  const write = (path: string, data: Buffer[]) => {
    const temporary = `${path}.tmp-${process.pid}`;
    writeChunks(temporary, data);
    renameSync(temporary, path);
  };
  if (facts) {
    const stamps: FactsStamps = { format: CACHE_FORMAT, engine: engineFingerprint(), commit: cache.commit, documents: cache.documents.path.length };
    write(join(dir, factsFileName(cache.commit, cache.prefix, release)), encodeFacts({ ...stamps }, facts));
  }
  const name = fileName(cache.commit, cache.prefix, release);
  const path = join(dir, `${name}.cache`);
  write(path, cacheBytes(cache));
  pruneCaches(dir, name);
  return path;
}

/** How many commits' caches a cache folder keeps for one registry folder and release: the newest written. */
export const KEPT_COMMITS = 8;

/** A cache's files: `check-<commit>-<registry digest>` and what follows (.cache, .catalog-facts, the facts' old .json, a write's .tmp-<pid>). */
const CACHE_FILE = /^check-([0-9a-f]{40}|[0-9a-f]{64})-([0-9a-f]{12})\.(?:cache|catalog-facts(?:\.json)?)(\.tmp-\d+)?$/;

/**
 * Removes from `dir` the caches, with their catalog facts, of all but the
 * KEPT_COMMITS most recently written commits of the registry folder and
 * release `written` (a fileName) is of, and what writes cut short left an
 * hour ago or more. Without it a folder a developer checks with gains a
 * cache per commit (13 and 5 MB at 100,000 documents). Nothing else in the
 * folder is touched, and a file that cannot be looked at or removed is left.
 */
export function pruneCaches(dir: string, written: string, now = Date.now()): void {
  const own = CACHE_FILE.exec(`${written}.cache`);
  if (!own) return;
  const [, writtenCommit, digest] = own;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const newest = new Map<string, number>();
  const files: Array<{ name: string; commit: string; time: number }> = [];
  for (const name of names) {
    const match = CACHE_FILE.exec(name);
    if (!match) continue;
    let time: number;
    try {
      time = statSync(join(dir, name)).mtimeMs;
    } catch {
      continue;
    }
    if (match[3]) {
      if (now - time >= STALE_TEMPORARY_MS) removeQuietly(join(dir, name));
      continue;
    }
    if (match[2] !== digest) continue;
    files.push({ name, commit: match[1]!, time });
    newest.set(match[1]!, Math.max(newest.get(match[1]!) ?? 0, time));
  }
  // The commit just written, whatever the clock says of its files, and the newest others.
  const others = [...newest].filter(([c]) => c !== writtenCommit).sort((a, b) => b[1] - a[1]);
  const kept = new Set([writtenCommit, ...others.slice(0, KEPT_COMMITS - 1).map(([c]) => c)]);
  for (const f of files) if (!kept.has(f.commit)) removeQuietly(join(dir, f.name));
}

