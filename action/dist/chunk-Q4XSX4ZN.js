import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  flowDiagramsSection
} from "./chunk-RNZKPHQY.js";
import {
  CatalogReads,
  buildCatalog,
  compareIndexKeys,
  displayPath
} from "./chunk-G65C4UKC.js";
import {
  compareWithBase,
  findingKey
} from "./chunk-U43Y77IC.js";
import {
  ALL_RULE_METAS,
  canonicalJson,
  printable,
  sha256
} from "./chunk-DEQPY4IZ.js";

// src/catalog/diff.ts
function catalogEntries(build) {
  const out = /* @__PURE__ */ new Map();
  for (const section of ["data_types", "verbs", "envelopes", "episode_types"])
    for (const item of build.catalog[section] ?? []) out.set(`${section} ${String(item.id)}`, { section, id: String(item.id), content: canonicalJson(item) });
  return out;
}
function indexEntry(build, i) {
  const e = build.index.entries[i];
  return { section: String(e.kind), id: String(e.id), content: build.entryTexts[i] ?? canonicalJson(e) };
}
function diffCatalogs(base, head, evolutions = []) {
  const changes = [];
  const compare = (e, old) => {
    if (!old) changes.push({ section: e.section, id: e.id, change: "added", breaking: false });
    else if (old.content !== e.content) {
      const evolution = evolutions.find((x) => x.id === e.id);
      const breaking = evolution !== void 0 && evolution.breaking.length > 0 && !evolution.accepted;
      const note = evolution ? evolution.breaking.length > 0 ? `${evolution.accepted ? "accepted " : ""}breaking under ${evolution.mode}: ${evolution.breaking[0].message}${evolution.breaking.length > 1 ? ` (+${evolution.breaking.length - 1} more)` : ""}` : `compatible under ${evolution.mode}` : void 0;
      changes.push({ section: e.section, id: e.id, change: "changed", breaking, ...note ? { note } : {} });
    }
  };
  const removed = (e) => changes.push({ section: e.section, id: e.id, change: "removed", breaking: true, note: "consumers of the catalog lose it" });
  const before = catalogEntries(base);
  const after = catalogEntries(head);
  for (const [key, e] of after) compare(e, before.get(key));
  for (const [key, e] of before) if (!after.has(key)) removed(e);
  const a = base.index.entries;
  const b = head.index.entries;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    while (i + 1 < a.length && compareIndexKeys(a[i], a[i + 1]) === 0) i++;
    while (j + 1 < b.length && compareIndexKeys(b[j], b[j + 1]) === 0) j++;
    const order2 = i >= a.length ? 1 : j >= b.length ? -1 : compareIndexKeys(a[i], b[j]);
    if (order2 < 0) removed(indexEntry(base, i++));
    else if (order2 > 0) compare(indexEntry(head, j++), void 0);
    else {
      if (base.entryTexts[i] === void 0 || base.entryTexts[i] !== head.entryTexts[j]) compare(indexEntry(head, j), indexEntry(base, i));
      i++;
      j++;
    }
  }
  const order = ["data_types", "envelopes", "episode_types", "verbs", "contract", "connector", "runtime", "instruction_profile"];
  changes.sort((a2, b2) => order.indexOf(a2.section) - order.indexOf(b2.section) || (a2.id < b2.id ? -1 : a2.id > b2.id ? 1 : 0));
  return { baseDigest: base.digest, headDigest: head.digest, changes };
}
function formatCatalogDiffText(diff) {
  if (diff.changes.length === 0) return `The catalog does not change (digest ${diff.headDigest}).
`;
  const lines = [`Catalog changes (${diff.baseDigest.slice(0, 19)} \u2192 ${diff.headDigest.slice(0, 19)}):`];
  for (const c of diff.changes) lines.push(`  ${c.change.padEnd(7)} ${c.section.padEnd(19)} ${c.id}${c.breaking ? " (breaking)" : ""}${c.note ? `: ${c.note}` : ""}`);
  const breaking = diff.changes.filter((c) => c.breaking).length;
  lines.push(`${diff.changes.length} change(s), ${breaking} breaking`);
  return lines.join("\n") + "\n";
}
function formatCatalogDiffMarkdown(diff) {
  if (diff.changes.length === 0) return "#### Catalog\n\nThe published catalog does not change.";
  const esc = (s) => s.replace(/\|/g, "\\|").replace(/</g, "&lt;");
  const rows = diff.changes.map((c) => `| ${c.change}${c.breaking ? " **(breaking)**" : ""} | ${c.section} | \`${c.id}\` | ${c.note ? esc(c.note) : ""} |`);
  return [`#### Catalog`, "", `What merging this changes in the published catalog (digest \`${diff.headDigest.slice(7, 19)}\`):`, "", "| Change | Section | Entry | |", "|---|---|---|---|", ...rows].join("\n");
}

// src/catalog/compare.ts
function catalogDiffOf(base, head, options, evolutions = compareWithBase(base, head).schemas) {
  const { source: _ignored, ...rest } = options;
  const reads = new CatalogReads();
  return diffCatalogs(buildCatalog(base.registry, rest, reads), buildCatalog(head.registry, rest, reads), evolutions);
}

// src/report/pr-sections.ts
function pullRequestSections(result, registryName) {
  const sections = [];
  let catalogDiffText;
  if (result.base) {
    const diff = catalogDiffOf(result.base.result, result, { registryName }, result.base.comparison.schemas);
    sections.push(formatCatalogDiffMarkdown(diff));
    catalogDiffText = formatCatalogDiffText(diff);
  }
  const diagrams = flowDiagramsSection(result);
  if (diagrams) sections.push(diagrams);
  return { sections, ...catalogDiffText !== void 0 ? { catalogDiffText } : {} };
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var REPOSITORY_URL = "https://github.com/mova-registry/mova-registry";
function formatSarif(report) {
  const rules = ALL_RULE_METAS.map((m) => ({
    id: m.id,
    name: m.id.replace(/(^|[/-])(\w)/g, (_, _sep, c) => c.toUpperCase()),
    shortDescription: { text: m.description },
    helpUri: m.docs,
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ["mova", m.id.split("/")[0]] }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${printable(f.message)}
${printable(f.hint)}` : printable(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: printable(displayPath(report.registry, f.file)) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    // Stable across line moves, so code scanning tracks a finding from commit to commit.
    partialFingerprints: { "movaFinding/v1": sha256(findingKey(f)).slice(0, 32) },
    ...f.baseline ? { baselineState: f.baseline === "new" ? "new" : "unchanged" } : {}
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: REPOSITORY_URL, rules } }, results }]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

export {
  formatCatalogDiffText,
  catalogDiffOf,
  pullRequestSections,
  formatSarif
};
