import type { SchemaEvolution } from "../change/compare.ts";
import { canonicalJson } from "../util/canonical.ts";
import { compareIndexKeys, type CatalogBuild } from "./build.ts";

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
  baseDigest: string;
  headDigest: string;
  changes: CatalogEntryChange[];
}

interface Entry {
  section: string;
  id: string;
  content: string;
}

/** The catalog's own sections (data types, verbs, envelopes, episode types): a few hundred entries at most, by section and id. */
function catalogEntries(build: CatalogBuild): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const section of ["data_types", "verbs", "envelopes", "episode_types"])
    for (const item of (build.catalog[section] as Obj[]) ?? []) out.set(`${section} ${String(item.id)}`, { section, id: String(item.id), content: canonicalJson(item) });
  return out;
}

/** Index entry i of a build, with its canonical text as the digest hashed it: an entry both sides share is one string, compared at once. */
function indexEntry(build: CatalogBuild, i: number): Entry {
  const e = (build.index.entries as Obj[])[i]!;
  return { section: String(e.kind), id: String(e.id), content: build.entryTexts[i] ?? canonicalJson(e) };
}

/**
 * What a change does to the published catalog: entries added, removed and
 * changed. A removal breaks whoever reads the catalog; a schema change breaks
 * when it is incompatible under its compatibility mode. Both builds come from
 * buildCatalog, whose index entries are sorted (compareIndexKeys).
 */
export function diffCatalogs(base: CatalogBuild, head: CatalogBuild, evolutions: readonly SchemaEvolution[] = []): CatalogDiff {
  const changes: CatalogEntryChange[] = [];
  const compare = (e: Entry, old: Entry | undefined) => {
    if (!old) changes.push({ section: e.section, id: e.id, change: "added", breaking: false });
    else if (old.content !== e.content) {
      const evolution = evolutions.find((x) => x.id === e.id);
      const breaking = evolution !== undefined && evolution.breaking.length > 0 && !evolution.accepted;
      const note = evolution
        ? evolution.breaking.length > 0
          ? `${evolution.accepted ? "accepted " : ""}breaking under ${evolution.mode}: ${evolution.breaking[0]!.message}${evolution.breaking.length > 1 ? ` (+${evolution.breaking.length - 1} more)` : ""}`
          : `compatible under ${evolution.mode}`
        : undefined;
      changes.push({ section: e.section, id: e.id, change: "changed", breaking, ...(note ? { note } : {}) });
    }
  };
  const removed = (e: Entry) => changes.push({ section: e.section, id: e.id, change: "removed", breaking: true, note: "consumers of the catalog lose it" });

  const before = catalogEntries(base);
  const after = catalogEntries(head);
  for (const [key, e] of after) compare(e, before.get(key));
  for (const [key, e] of before) if (!after.has(key)) removed(e);

  // The index entries, in the order both builds sorted them, side by side: a large registry's 100,000 entries a side are
  // walked once, with no map of them. Where one key stands more than once, the last counts, as it would in a map.
  const a = base.index.entries as Obj[];
  const b = head.index.entries as Obj[];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    while (i + 1 < a.length && compareIndexKeys(a[i]!, a[i + 1]!) === 0) i++;
    while (j + 1 < b.length && compareIndexKeys(b[j]!, b[j + 1]!) === 0) j++;
    const order = i >= a.length ? 1 : j >= b.length ? -1 : compareIndexKeys(a[i]!, b[j]!);
    if (order < 0) removed(indexEntry(base, i++));
    else if (order > 0) compare(indexEntry(head, j++), undefined);
    // The same key on both sides: compared unless its text is the same string (a document the change left alone).
    else {
      if (base.entryTexts[i] === undefined || base.entryTexts[i] !== head.entryTexts[j]) compare(indexEntry(head, j), indexEntry(base, i));
      i++;
      j++;
    }
  }
  const order = ["data_types", "envelopes", "episode_types", "verbs", "contract", "connector", "runtime", "instruction_profile"];
  changes.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { baseDigest: base.digest, headDigest: head.digest, changes };
}

export function formatCatalogDiffText(diff: CatalogDiff): string {
  if (diff.changes.length === 0) return `The catalog does not change (digest ${diff.headDigest}).\n`;
  const lines = [`Catalog changes (${diff.baseDigest.slice(0, 19)} → ${diff.headDigest.slice(0, 19)}):`];
  for (const c of diff.changes) lines.push(`  ${c.change.padEnd(7)} ${c.section.padEnd(19)} ${c.id}${c.breaking ? " (breaking)" : ""}${c.note ? `: ${c.note}` : ""}`);
  const breaking = diff.changes.filter((c) => c.breaking).length;
  lines.push(`${diff.changes.length} change(s), ${breaking} breaking`);
  return lines.join("\n") + "\n";
}

export function formatCatalogDiffMarkdown(diff: CatalogDiff): string {
  if (diff.changes.length === 0) return "#### Catalog\n\nThe published catalog does not change.";
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/</g, "&lt;");
  const rows = diff.changes.map((c) => `| ${c.change}${c.breaking ? " **(breaking)**" : ""} | ${c.section} | \`${c.id}\` | ${c.note ? esc(c.note) : ""} |`);
  return [`#### Catalog`, "", `What merging this changes in the published catalog (digest \`${diff.headDigest.slice(7, 19)}\`):`, "", "| Change | Section | Entry | |", "|---|---|---|---|", ...rows].join("\n");
}
