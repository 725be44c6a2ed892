import { posix } from "node:path";
import { finishCheck, parallelism, type CheckResult } from "./check.ts";
import { isFinding, type Finding } from "./findings/finding.ts";
import { columnsOf, documentFromColumns, engineFingerprint, frameDigest } from "./incremental/cache.ts";
import { columnsWellFormed, type DocumentColumns } from "./registry/columns.ts";
import { isFramePath } from "./registry/classify.ts";
import { loadOnce, loadRegistry, Rereader, setUp, type LoadOptions } from "./registry/load.ts";
import { runDocumentRules } from "./rules/index.ts";
import type { Release } from "./schemas/releases.ts";
import { FsSource } from "./source/fs-source.ts";
import { addTo } from "./util/values.ts";

/**
 * Checking a registry on several machines: each shard checks the documents
 * that hash to it and writes what the cross-document rules need of them;
 * merging the shards' reports runs those rules over the whole registry, so
 * the result is the full check's.
 */

export interface Shard {
  index: number;
  count: number;
}

export const SHARD_FORMAT = "mova-registry-shard/1";

/** What one shard leaves for the merge. */
export interface ShardReport {
  format: typeof SHARD_FORMAT;
  engine: string;
  shard: Shard;
  release: Release;
  /** The config, schemas and catalogs the shard saw: every shard must have seen the same. */
  frameDigest: string;
  /** The shard's documents, as a cache holds them. */
  documents: DocumentColumns;
  /** What reading them and their own rules found. */
  documentFindings: Finding[];
}

export class ShardError extends Error {}

/** "2/4" → the second of four shards. */
export function parseShard(text: string): Shard {
  const m = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text);
  if (!m || Number(m[1]) > Number(m[2])) throw new ShardError(`a shard is K/N with 1 ≤ K ≤ N, e.g. 2/4, not "${text}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

/** Which shard a document belongs to: by a hash of its path, so adding a file moves no other. */
export function shardOf(path: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % count) + 1;
}

/** Checks the documents of one shard (the frame is read by every shard, and checked by the merge). */
export async function checkShard(root: string, options: LoadOptions, shard: Shard): Promise<ShardReport> {
  const { registry, sink } = await loadRegistry(root, options, runDocumentRules, parallelism(options), (path) => shardOf(path, shard.count) === shard.index);
  const config = registry.config;
  const mine = registry.documents.filter((d) => !isFramePath(d.path, config) && shardOf(d.path, shard.count) === shard.index);
  const paths = new Set(mine.map((d) => d.path));
  return {
    format: SHARD_FORMAT,
    engine: engineFingerprint(),
    shard,
    release: config.release,
    frameDigest: frameDigest(registry),
    documents: columnsOf(mine),
    documentFindings: sink.findings.filter((f) => paths.has(f.file)),
  };
}

/**
 * The full check from every shard's report: the frame is read here, each
 * document comes from its shard's report, any document no shard reported
 * (or whose package a shard could not see) is checked here, and then the
 * cross-document rules run over the whole registry.
 */
export async function mergeShards(root: string, options: LoadOptions, reports: readonly ShardReport[]): Promise<CheckResult> {
  if (reports.length === 0) throw new ShardError("no shard reports to merge");
  for (const r of reports) {
    if (r.format !== SHARD_FORMAT) throw new ShardError(`not a shard report (format ${JSON.stringify(r.format)})`);
    if (typeof r.shard?.index !== "number" || typeof r.shard.count !== "number" || !Array.isArray(r.documentFindings) || !r.documentFindings.every(isFinding) || !columnsWellFormed(r.documents))
      throw new ShardError(`a shard report is damaged: its parts are not what check --shard writes${typeof r.shard?.index === "number" ? ` (shard ${r.shard.index}/${r.shard.count})` : ""}; write it again`);
  }
  const count = reports[0]!.shard.count;
  for (const r of reports) {
    if (r.engine !== engineFingerprint()) throw new ShardError(`shard ${r.shard.index}/${r.shard.count} was written by another version of the tool (${r.engine}); run every shard and the merge with the same one`);
    if (r.shard.count !== count) throw new ShardError(`the reports split the registry differently: ${r.shard.index}/${r.shard.count} and ?/${count}`);
  }
  const seen = new Set(reports.map((r) => r.shard.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new ShardError(`missing the report of shard ${missing.map((i) => `${i}/${count}`).join(", ")}`);
  if (seen.size !== reports.length) throw new ShardError("a shard's report is given twice");

  const setup = await setUp(root, options);
  const byPath = new Map<string, { report: ShardReport; index: number }>();
  const findings = new Map<string, Finding[]>();
  for (const report of reports) {
    const c = report.documents;
    for (let index = 0; index < c.path.length; index++) byPath.set(c.strings[c.path[index]!]!, { report, index });
    for (const f of report.documentFindings) addTo(findings, f.file, f);
  }
  // A manifest only its schema_id tells apart, in one shard: the others classified its package's files without it.
  const late = new Set([...byPath].filter(([path, { report, index }]) => report.documents.strings[report.documents.kind[index]!] === "contract_manifest" && posix.basename(path) !== "manifest.json").map(([path]) => path));
  const lateDirs = [...late].map((p) => posix.dirname(p) + "/");
  const reader = new Rereader(options.source ?? new FsSource(root), setup.config.limits);
  const take = (path: string) => {
    const at = byPath.get(path);
    if (!at || late.has(path) || lateDirs.some((d) => path.startsWith(d))) return undefined;
    if (late.size > 0 && at.report.documents.strings[at.report.documents.kind[at.index]!] === "flow") return undefined;
    return documentFromColumns(at.report.documents, at.index, reader);
  };
  const findingsOf = (path: string) => findings.get(path) ?? [];
  const lateManifests = new Set(late);
  for (;;) {
    const loaded = await loadOnce(root, setup, options, runDocumentRules, parallelism(options), lateManifests, { inFrame: (p) => isFramePath(p, setup.config), plans: [], take, findingsOf, reads: Math.max(0, setup.paths.length - byPath.size) });
    if (loaded.late.size > 0) {
      for (const p of loaded.late) lateManifests.add(p);
      continue;
    }
    const digest = frameDigest(loaded.registry, loaded.frame);
    const stale = reports.find((r) => r.frameDigest !== digest || r.release !== loaded.registry.config.release);
    if (stale) throw new ShardError(`shard ${stale.shard.index}/${count} saw other config, schemas or catalogs than the registry here; run every shard and the merge on the same commit`);
    return finishCheck(loaded.registry, loaded.sink);
  }
}
