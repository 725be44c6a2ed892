import type { ContractPackage, Registry, RegistryDocument } from "../registry/document.ts";
import { referencesOf } from "../registry/references.ts";
import type { SchemaEntry } from "../schemas/schema-set.ts";
import { canonicalJson, canonicalPretty, createHash, sha256 } from "../util/canonical.ts";
import { byId, str } from "../util/values.ts";
import { CatalogReads, packageDigest, type EntryText, type PackageFacts } from "./reads.ts";
import { TOOL_NAME, TOOL_VERSION } from "../version.ts";

/** The commit a catalog was built from: recorded beside the content, never hashed with it. */
export interface SourceInfo {
  commit: string;
  /** The commit's time (ISO 8601), not the time of the run. */
  committed_at: string;
}

export interface CatalogOptions {
  /** Who publishes (roles.publisher of the envelope). */
  publisher?: string;
  /** Which registry this is, e.g. the repository "acme/contracts" (roles.registry). */
  registryName: string;
  source?: SourceInfo;
}

type Obj = Record<string, unknown>;

export interface IndexEntry {
  id: string;
  kind: "runtime" | "connector" | "contract" | "instruction_profile";
  path: string;
  schema?: string;
  owner?: string;
  /** sha256 of the document's canonical JSON. */
  sha256: string;
  references: Array<{ kind: string; target: string; field: string }>;
  flow?: { path: string; sha256: string; entry?: string; steps: Array<{ id: string; mode: string }> };
  envelope?: { path: string; id?: string; sha256: string };
}

export interface CatalogBuild {
  /** ds.mova4_core_catalog_v1 */
  catalog: Obj;
  /** env.mova4_core_catalog_publish_v1 around it */
  envelope: Obj;
  /** registry.index_v1 */
  index: Obj;
  /** "sha256:<hex>" over the catalog and the index entries: equal content, equal digest. */
  digest: string;
  /** File name to exact bytes, as written to disk and to the publication branch. */
  files: Record<string, string>;
  /** The canonical JSON of each index entry, in the entries' order: what the digest hashes and a diff compares. */
  entryTexts: readonly string[];
}

export const CATALOG_FILES = { catalog: "catalog.json", envelope: "catalog.publish.json", index: "index.json" } as const;


/** Pretty, key-sorted JSON: the same content always gives the same bytes. */
export function canonicalFile(value: unknown): string {
  return canonicalPretty(value) + "\n";
}

function describe(entry: SchemaEntry): { title?: string; description?: string } {
  const title = str(entry.schema.title);
  const description = str(entry.schema.description);
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/** The verb an envelope schema fixes with `properties.verb.const`. */
function envelopeVerb(entry: SchemaEntry): string | undefined {
  return str(((entry.schema.properties as Obj | undefined)?.verb as Obj | undefined)?.const);
}

/** ds.* ids an envelope schema refers to directly through $ref. */
function referencedDataTypes(entry: SchemaEntry, registry: Registry): string[] {
  const out = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string") {
          const target = registry.schemas.byUri(new URL(v, entry.uri).href);
          if (target?.id.startsWith("ds.") && target.id !== "ds.mova_schema_core_v1") out.add(target.id);
        } else walk(v);
      }
  };
  walk(entry.schema.properties);
  return [...out];
}

const schemaDigests = new WeakMap<object, string>();

/** A schema's digest, once per schema object: a catalog diff builds the core catalog of both sides, which share their schemas (10 ms of canonical JSON at 100k). */
function schemaDigest(schema: object): string {
  let digest = schemaDigests.get(schema);
  if (digest === undefined) schemaDigests.set(schema, (digest = sha256(canonicalJson(schema))));
  return digest;
}

/** The core catalog of a registry (data types, verbs, envelopes, episode types), with the facts of its packages it read on the way. */
export function coreCatalog(registry: Registry, reads: CatalogReads): { catalog: Obj; packages: Map<ContractPackage, PackageFacts> } {
  const schemas = registry.schemas.entries().filter((e) => e.origin !== "tool");
  const isEpisode = (e: SchemaEntry) => e.id === "ds.mova_episode_core_v1" || registry.schemas.lineage(e.id).includes("ds.mova_episode_core_v1");
  const packages = new Map(registry.packages.map((p) => [p, reads.package(p)]));
  const byEnvelope = new Map<string, ContractPackage[]>();
  for (const [p, facts] of packages) {
    const id = facts.envelope?.envelopeId;
    if (!id) continue;
    const users = byEnvelope.get(id);
    if (users) users.push(p);
    else byEnvelope.set(id, [p]);
  }
  const packagesUsing = (envId: string) => byEnvelope.get(envId) ?? [];

  const data_types = schemas
    .filter((e) => e.id.startsWith("ds."))
    .map((e) => ({ id: e.id, ...describe(e), schema_ref: e.uri, origin: e.origin === "mova" ? "mova" : "registry", sha256: schemaDigest(e.schema) }))
    .sort(byId);

  const verbsCatalog = registry.documents.find((d) => d.kind === "global" && d.id?.startsWith("global.verbs_catalog"));
  const listed = ((verbsCatalog?.json?.value as Obj | undefined)?.verbs as Array<Obj> | undefined) ?? [];
  const verbs = new Map<string, { id: string; description?: string }>();
  for (const v of listed) if (str(v.id)) verbs.set(String(v.id), { id: String(v.id), ...(str(v.description) ? { description: String(v.description) } : {}) });

  const envelopes = schemas
    .filter((e) => e.id.startsWith("env."))
    .flatMap((e) => {
      const users = packagesUsing(e.id);
      const verb = envelopeVerb(e) ?? users.map((p) => packages.get(p)!.envelope?.verb).find(Boolean);
      if (!verb) return [];
      if (!verbsCatalog && !verbs.has(verb)) verbs.set(verb, { id: verb });
      const manifestField = (field: "inputSchema" | "outputSchema") => users.map((p) => packages.get(p)![field]).filter((x): x is string => x !== undefined);
      const input_types = [...new Set([...referencedDataTypes(e, registry), ...manifestField("inputSchema")])].sort();
      const output_types = [...new Set(manifestField("outputSchema"))].sort();
      const d = describe(e).description;
      return [{ id: e.id, verb, ...(d ? { description: d } : {}), input_types, output_types }];
    })
    .sort(byId);

  const episode_types = schemas
    .filter((e) => e.id.startsWith("ds.") && isEpisode(e))
    .map((e) => ({ id: e.id, ...(describe(e).description ? { description: describe(e).description } : {}), schema_ref: e.uri }))
    .sort(byId);

  const catalog: Obj = {
    version: `${registry.config.release}-registry`,
    data_types,
    verbs: [...verbs.values()].sort(byId),
    envelopes,
    episode_types,
  };
  return { catalog, packages };
}

/**
 * The published view of a registry: the MOVA core catalog of its data types,
 * verbs, envelopes and episode types; the publish envelope around it; and an
 * index of what the catalog has no room for. Deterministic: sorted, keyed,
 * hashed from content only.
 */
export function buildCatalog(registry: Registry, options: CatalogOptions, reads: CatalogReads = new CatalogReads()): CatalogBuild {
  const { catalog, packages } = coreCatalog(registry, reads);
  const indexed = indexEntries(registry, reads, packages);
  const entries = indexed.map((e) => e.entry);
  const entryTexts = indexed.map((e) => e.text);
  const digest = "sha256:" + contentDigest(registry.config.release, catalog, entryTexts);
  const index: Obj = {
    schema_id: "registry.index_v1",
    release: registry.config.release,
    digest,
    ...(options.source ? { source: options.source } : {}),
    entries,
  };
  const envelope: Obj = {
    envelope_id: "env.mova4_core_catalog_publish_v1",
    verb: "publish",
    roles: { publisher: options.publisher ?? TOOL_NAME, registry: options.registryName },
    catalog,
    meta: { digest, generated_by: `${TOOL_NAME} ${TOOL_VERSION}`, ...(options.source ? { source: options.source } : {}) },
  };
  let files: Record<string, string> | undefined;
  return {
    catalog,
    envelope,
    index,
    digest,
    entryTexts,
    // Written out only when asked for: a catalog diff never is, and the index of a large registry is megabytes of text.
    get files() {
      return (files ??= { [CATALOG_FILES.catalog]: canonicalFile(catalog), [CATALOG_FILES.envelope]: canonicalFile(envelope), [CATALOG_FILES.index]: canonicalFile(index) });
    },
  };
}

function refsOf(docs: Array<RegistryDocument | undefined>): IndexEntry["references"] {
  const seen = new Set<string>();
  const out: Array<{ order: string; ref: IndexEntry["references"][number] }> = [];
  for (const d of docs) {
    if (!d) continue;
    // The references the load already found: referencesOf would read each document again.
    for (const r of d.references ?? referencesOf(d)) {
      const key = `${r.kind} ${r.target} ${r.field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Keys in canonical (sorted) order: see CatalogReads.entry.
      out.push({ order: r.kind + r.target + r.field, ref: { field: r.field, kind: r.kind, target: r.target } });
    }
  }
  return out.sort((a, b) => (a.order < b.order ? -1 : 1)).map((x) => x.ref);
}

/**
 * sha256 of the canonical JSON of { release, catalog, entries }, hashed in
 * pieces from each entry's own canonical text: the same digest, without the
 * tens of megabytes one string of a large registry's index would take.
 */
function contentDigest(release: string, catalog: Obj, entryTexts: readonly string[]): string {
  const hash = createHash("sha256").update(`{"catalog":${canonicalJson(catalog)},"entries":[`);
  for (let i = 0; i < entryTexts.length; i++) hash.update(i === 0 ? entryTexts[i]! : "," + entryTexts[i]!);
  return hash.update(`],"release":${JSON.stringify(release)}}`).digest("hex");
}

/**
 * The order of the index's entries (kind, then id), as indexEntries sorts them by `kind + "\0" + id`: the same
 * order, since no kind holds a NUL. A catalog diff walks two indexes side by side in it.
 */
export function compareIndexKeys(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ak = String(a.kind);
  const bk = String(b.kind);
  if (ak !== bk) return ak < bk ? -1 : 1;
  const ai = String(a.id);
  const bi = String(b.id);
  return ai < bi ? -1 : ai > bi ? 1 : 0;
}

/** An index entry with the key the index sorts it by: kind, NUL, id. */
export type KeyedEntry = EntryText<IndexEntry> & { order: string };

const INDEXED: Partial<Record<RegistryDocument["kind"], IndexEntry["kind"]>> = { runtime_binding: "runtime", connector: "connector", instruction_profile: "instruction_profile" };

/** The key a document's index entry would have, if its kind and id give it one (whether it is JSON is for documentEntry to say). */
export function documentKey(doc: RegistryDocument): string | undefined {
  const kind = INDEXED[doc.kind];
  return kind && doc.id ? kind + "\u0000" + doc.id : undefined;
}

/** The key of a package's index entry, if it has an id. */
export function packageKey(pkg: ContractPackage): string | undefined {
  return pkg.id ? "contract\u0000" + pkg.id : undefined;
}

/** A document's index entry: runtimes, connectors and instruction profiles with an id, whose content is JSON. */
export function documentEntry(doc: RegistryDocument, reads: CatalogReads): KeyedEntry | undefined {
  const kind = INDEXED[doc.kind];
  const id = doc.id;
  if (!kind || !id) return undefined;
  const facts = reads.document(doc);
  if (!facts.ok) return undefined;
  // Keys in canonical (sorted) order: see CatalogReads.entry.
  const e = reads.entry(doc, undefined, (): IndexEntry => ({ id, kind, ...(facts.owner ? { owner: facts.owner } : {}), path: doc.path, references: refsOf([doc]), ...(doc.schemaId ? { schema: doc.schemaId } : {}), sha256: facts.sha256 }));
  return { ...e, order: documentKey(doc)! };
}

/** A contract package's index entry, if it has an id; `facts` are reads.package(pkg). */
export function packageEntry(pkg: ContractPackage, facts: PackageFacts, reads: CatalogReads): KeyedEntry | undefined {
  const id = pkg.id;
  if (!id) return undefined;
  const e = reads.entry(pkg.manifest, [pkg.flow, pkg.envelope, id], (): IndexEntry => {
    const model = facts.flow?.model;
    // Keys in canonical (sorted) order at every level: see CatalogReads.entry.
    return {
      ...(pkg.envelope ? { envelope: { ...(facts.envelope!.envelopeId ? { id: facts.envelope!.envelopeId } : {}), path: pkg.envelope.path, sha256: facts.envelope!.sha256 } } : {}),
      ...(pkg.flow && model ? { flow: { ...(model.entry ? { entry: model.entry } : {}), path: pkg.flow.path, sha256: facts.flow!.sha256, steps: model.steps } } : {}),
      id,
      kind: "contract",
      ...(facts.manifest.owner ? { owner: facts.manifest.owner } : {}),
      path: pkg.manifest.path,
      references: refsOf([pkg.manifest, pkg.flow, pkg.envelope]),
      sha256: packageDigest(facts),
    };
  });
  return { ...e, order: packageKey(pkg)! };
}

/**
 * The index's entries, sorted by key: documents' in the registry's order, then packages'. The sort is stable, so
 * where one key stands more than once (a duplicate id, which the check reports), the last of them is the one that
 * stood last in that order, the one a catalog diff counts.
 */
function indexEntries(registry: Registry, reads: CatalogReads, packages: ReadonlyMap<ContractPackage, PackageFacts>): KeyedEntry[] {
  const entries: KeyedEntry[] = [];
  for (const doc of registry.documents) {
    const e = documentEntry(doc, reads);
    if (e) entries.push(e);
  }
  for (const pkg of registry.packages) {
    const e = packageEntry(pkg, packages.get(pkg)!, reads);
    if (e) entries.push(e);
  }
  return entries.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
}
