import type { SchemaEvolution } from "../change/compare.ts";
import { canonicalJson } from "../util/canonical.ts";
import type { CatalogBuild } from "./build.ts";

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

function entriesOf(build: CatalogBuild): Map<string, { section: string; id: string; content: string }> {
  const out = new Map<string, { section: string; id: string; content: string }>();
  for (const section of ["data_types", "verbs", "envelopes", "episode_types"])
    for (const item of (build.catalog[section] as Obj[]) ?? []) out.set(`${section} ${String(item.id)}`, { section, id: String(item.id), content: canonicalJson(item) });
  const entries = (build.index.entries as Obj[]) ?? [];
  // Each entry's canonical text, as the digest hashed it: an entry both sides share is one string, compared at once.
  entries.forEach((e, i) => out.set(`${String(e.kind)} ${String(e.id)}`, { section: String(e.kind), id: String(e.id), content: build.entryTexts[i] ?? canonicalJson(e) }));
  return out;
}

/**
 * What a change does to the published catalog: entries added, removed and
 * changed. A removal breaks whoever reads the catalog; a schema change breaks
 * when it is incompatible under its compatibility mode.
 */
export function diffCatalogs(base: CatalogBuild, head: CatalogBuild, evolutions: readonly SchemaEvolution[] = []): CatalogDiff {
  const before = entriesOf(base);
  const after = entriesOf(head);
  const changes: CatalogEntryChange[] = [];
  for (const [key, e] of after) {
    const old = before.get(key);
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
  }
  for (const [key, e] of before) if (!after.has(key)) changes.push({ section: e.section, id: e.id, change: "removed", breaking: true, note: "consumers of the catalog lose it" });
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
