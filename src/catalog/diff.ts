import type { SchemaEvolution } from "../change/compare.ts";
import { canonicalJson } from "../util/canonical.ts";
import type { ContractPackage, Registry } from "../registry/document.ts";
import { compareIndexKeys, coreCatalog, documentEntry, documentKey, packageEntry, packageKey, type CatalogBuild, type KeyedEntry } from "./build.ts";
import { CatalogReads, type PackageFacts } from "./reads.ts";

type Obj = Record<string, unknown>;

export interface CatalogEntryChange {
  /** data_types, verbs, envelopes, episode_types (the core catalog), or an index kind (runtime, connector, contract, instruction_profile). */
  section: string;
  id: string;
  change: "added" | "removed" | "changed";
  breaking: boolean;
  /** Why it breaks, or what changed, in a few words. */
  note?: string;
}

export interface CatalogDiff {
  /** The digests of both catalogs, when the diff built both in full (`catalog --diff`); a pull request's summary does not (see diffRegistries). */
  baseDigest?: string;
  headDigest?: string;
  changes: CatalogEntryChange[];
}

interface Entry {
  section: string;
  id: string;
  content: string;
}

const SECTION_ORDER = ["data_types", "envelopes", "episode_types", "verbs", "contract", "connector", "runtime", "instruction_profile"];

/** The changes of a diff, entry by entry: a removal breaks whoever reads the catalog; a schema change breaks when it is incompatible under its compatibility mode. */
class ChangeList {
  readonly #changes: CatalogEntryChange[] = [];
  readonly #evolutions: readonly SchemaEvolution[];

  constructor(evolutions: readonly SchemaEvolution[]) {
    this.#evolutions = evolutions;
  }

  compare(e: Entry, old: Entry | undefined): void {
    if (!old) this.#changes.push({ section: e.section, id: e.id, change: "added", breaking: false });
    else if (old.content !== e.content) {
      const evolution = this.#evolutions.find((x) => x.id === e.id);
      const breaking = evolution !== undefined && evolution.breaking.length > 0 && !evolution.accepted;
      const note = evolution
        ? evolution.breaking.length > 0
          ? `${evolution.accepted ? "accepted " : ""}breaking under ${evolution.mode}: ${evolution.breaking[0]!.message}${evolution.breaking.length > 1 ? ` (+${evolution.breaking.length - 1} more)` : ""}`
          : `compatible under ${evolution.mode}`
        : undefined;
      this.#changes.push({ section: e.section, id: e.id, change: "changed", breaking, ...(note ? { note } : {}) });
    }
  }

  removed(e: Entry): void {
    this.#changes.push({ section: e.section, id: e.id, change: "removed", breaking: true, note: "consumers of the catalog lose it" });
  }

  /** The catalog's own sections (data types, verbs, envelopes, episode types): a few hundred entries at most, by section and id. */
  compareCores(before: Obj, after: Obj): void {
    const a = coreEntries(before);
    const b = coreEntries(after);
    for (const [key, e] of b) this.compare(e, a.get(key));
    for (const [key, e] of a) if (!b.has(key)) this.removed(e);
  }

  /** By section (the core catalog's first), then id. */
  sorted(): CatalogEntryChange[] {
    return this.#changes.sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

function coreEntries(catalog: Obj): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const section of ["data_types", "verbs", "envelopes", "episode_types"])
    for (const item of (catalog[section] as Obj[]) ?? []) out.set(`${section} ${String(item.id)}`, { section, id: String(item.id), content: canonicalJson(item) });
  return out;
}

/** Index entry i of a build, with its canonical text as the digest hashed it: an entry both sides share is one string, compared at once. */
function indexEntry(build: CatalogBuild, i: number): Entry {
  const e = (build.index.entries as Obj[])[i]!;
  return { section: String(e.kind), id: String(e.id), content: build.entryTexts[i] ?? canonicalJson(e) };
}

/**
 * What a change does to the published catalog, from both catalogs built in
 * full: entries added, removed and changed, and both digests. Both builds
 * come from buildCatalog, whose index entries are sorted (compareIndexKeys).
 */
export function diffCatalogs(base: CatalogBuild, head: CatalogBuild, evolutions: readonly SchemaEvolution[] = []): CatalogDiff {
  const changes = new ChangeList(evolutions);
  changes.compareCores(base.catalog, head.catalog);

  // The index entries, in the order both builds sorted them, side by side: a large registry's 100,000 entries a side are
  // walked once, with no map of them. Where one key stands more than once, the last counts, as it would in a map.
  const a = base.index.entries as Obj[];
  const b = head.index.entries as Obj[];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    while (i + 1 < a.length && compareIndexKeys(a[i]!, a[i + 1]!) === 0) i++;
    while (j + 1 < b.length && compareIndexKeys(b[j]!, b[j + 1]!) === 0) j++;
    const order = i >= a.length ? 1 : j >= b.length ? -1 : compareIndexKeys(a[i]!, b[j]!);
    if (order < 0) changes.removed(indexEntry(base, i++));
    else if (order > 0) changes.compare(indexEntry(head, j++), undefined);
    // The same key on both sides: compared unless its text is the same string (a document the change left alone).
    else {
      if (base.entryTexts[i] === undefined || base.entryTexts[i] !== head.entryTexts[j]) changes.compare(indexEntry(head, j), indexEntry(base, i));
      i++;
      j++;
    }
  }
  return { baseDigest: base.digest, headDigest: head.digest, changes: changes.sorted() };
}

/**
 * The changes diffCatalogs would find, for two registries that share the
 * objects of every document a change left alone, as a pull request's base
 * and head do (the guard's): only the index entries of documents and
 * packages that are not shared are built and compared, with whatever shares
 * a key with them, so a change of ten files in a registry of 100,000 builds
 * a few entries instead of 200,000. No digests: a digest hashes every entry.
 */
export function diffRegistries(base: Registry, head: Registry, evolutions: readonly SchemaEvolution[] = [], reads: CatalogReads = new CatalogReads()): CatalogDiff {
  const changes = new ChangeList(evolutions);
  const before = coreCatalog(base, reads);
  const after = coreCatalog(head, reads);
  changes.compareCores(before.catalog, after.catalog);

  // The keys whose entry may differ: those of the documents and packages one side has and the other does not.
  const keys = new Set<string>();
  const ids = new Set<string>();
  const note = (key: string | undefined, id: string | undefined) => {
    if (key === undefined) return;
    keys.add(key);
    ids.add(id!);
  };
  // Both sides' documents by path, side by side: a shared one is the same object at the same place. Order only makes
  // this fast: a document is taken as shared only when it is the same object on both sides, so a pair the walk misses
  // is only built and compared for nothing.
  const a = base.documents;
  const b = head.documents;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const order = i >= a.length ? 1 : j >= b.length ? -1 : a[i]!.path < b[j]!.path ? -1 : a[i]!.path > b[j]!.path ? 1 : 0;
    if (order <= 0) {
      note(documentKey(a[i]!), a[i]!.id);
      i++;
    }
    if (order >= 0) {
      note(documentKey(b[j]!), b[j]!.id);
      j++;
    }
  }
  // A package is the same on both sides when its manifest, flow and envelope are the same objects and its id the same.
  const baseByManifest = new Map(base.packages.map((p) => [p.manifest, p]));
  const kept = new Set<ContractPackage>();
  for (const p of head.packages) {
    const q = baseByManifest.get(p.manifest);
    if (q && q.flow === p.flow && q.envelope === p.envelope && q.id === p.id) kept.add(q);
    else note(packageKey(p), p.id);
  }
  for (const q of base.packages) if (!kept.has(q)) note(packageKey(q), q.id);

  // Each side's entry for those keys: the last document, then package, that has it, as the full index's order leaves it.
  const entries = (registry: Registry, packages: ReadonlyMap<ContractPackage, PackageFacts>) => {
    const out = new Map<string, KeyedEntry>();
    if (keys.size === 0) return out;
    for (const doc of registry.documents) {
      // Most documents' ids are not among them: asked first, before a key is put together.
      if (doc.id === undefined || !ids.has(doc.id)) continue;
      const key = documentKey(doc);
      const e = key !== undefined && keys.has(key) ? documentEntry(doc, reads) : undefined;
      if (e) out.set(e.order, e);
    }
    for (const pkg of registry.packages) {
      const key = packageKey(pkg);
      const e = key !== undefined && keys.has(key) ? packageEntry(pkg, packages.get(pkg)!, reads) : undefined;
      if (e) out.set(e.order, e);
    }
    return out;
  };
  const entry = (e: KeyedEntry): Entry => ({ section: e.entry.kind, id: e.entry.id, content: e.text });
  const was = entries(base, before.packages);
  const is = entries(head, after.packages);
  for (const [key, e] of is) {
    const old = was.get(key);
    changes.compare(entry(e), old && entry(old));
  }
  for (const [key, e] of was) if (!is.has(key)) changes.removed(entry(e));
  return { changes: changes.sorted() };
}

export function formatCatalogDiffText(diff: CatalogDiff): string {
  const { baseDigest, headDigest } = diff;
  if (diff.changes.length === 0) return `The catalog does not change${headDigest ? ` (digest ${headDigest})` : ""}.\n`;
  const lines = [`Catalog changes${baseDigest && headDigest ? ` (${baseDigest.slice(0, 19)} → ${headDigest.slice(0, 19)})` : ""}:`];
  for (const c of diff.changes) lines.push(`  ${c.change.padEnd(7)} ${c.section.padEnd(19)} ${c.id}${c.breaking ? " (breaking)" : ""}${c.note ? `: ${c.note}` : ""}`);
  const breaking = diff.changes.filter((c) => c.breaking).length;
  lines.push(`${diff.changes.length} change(s), ${breaking} breaking`);
  return lines.join("\n") + "\n";
}

export function formatCatalogDiffMarkdown(diff: CatalogDiff): string {
  if (diff.changes.length === 0) return "#### Catalog\n\nThe published catalog does not change.";
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/</g, "&lt;");
  const rows = diff.changes.map((c) => `| ${c.change}${c.breaking ? " **(breaking)**" : ""} | ${c.section} | \`${c.id}\` | ${c.note ? esc(c.note) : ""} |`);
  return [`#### Catalog`, "", `What merging this changes in the published catalog${diff.headDigest ? ` (digest \`${diff.headDigest.slice(7, 19)}\`)` : ""}:`, "", "| Change | Section | Entry | |", "|---|---|---|---|", ...rows].join("\n");
}
