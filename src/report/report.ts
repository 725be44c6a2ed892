import { tally, type Finding } from "../findings/finding.ts";
import type { ImpactReport } from "../change/impact.ts";
import type { CacheUse, GuardResult } from "../guard.ts";
import type { DocumentKind } from "../registry/kinds.ts";
import type { Release } from "../schemas/releases.ts";
import { TOOL_NAME, TOOL_VERSION } from "../version.ts";

/**
 * The machine-readable result of a check (`--format json`). Its shape is
 * part of the tool's interface: fields are only ever added, and
 * `reportVersion` changes if one ever has to change meaning.
 */
export interface Report {
  reportVersion: 1;
  tool: { name: string; version: string };
  /** The registry folder as it was given. */
  registry: string;
  release: Release;
  summary: {
    documents: number;
    byKind: Partial<Record<DocumentKind, number>>;
    errors: number;
    warnings: number;
    notices: number;
  };
  documents: Array<{ path: string; kind: DocumentKind; classifiedBy: string; id?: string; schema?: string }>;
  findings: Finding[];
  /** With --base: what the registry was compared with, and what the change touches. */
  base?: { ref: string; commit: string; newFindings: number };
  /** With --cache-dir: whether the check read everything or only what changed, and what it cached. */
  cache?: CacheUse;
  impact?: ImpactReport;
}

export function buildReport(result: GuardResult, registryLabel: string): Report {
  const { registry, findings } = result;
  const byKind: Partial<Record<DocumentKind, number>> = {};
  // By index: a for-of here made an iterator result per document, 4 MB at 100,000 (a sampling heap profile).
  const documents = registry.documents;
  for (let i = 0; i < documents.length; i++) {
    const kind = documents[i]!.kind;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  const sortedKinds = Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))) as Report["summary"]["byKind"];
  let listed: Report["documents"] | undefined;
  return {
    reportVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    registry: registryLabel,
    release: registry.config.release,
    summary: { documents: registry.documents.length, byKind: sortedKinds, ...tally(findings) },
    // Listed when first asked for (the JSON report; JSON.stringify asks in this place): text, annotations and SARIF never do,
    // and 100,000 entries took a pull request's check 40 ms and their collection.
    get documents() {
      return (listed ??= registry.documents.map((d) => {
        const entry: Report["documents"][number] = { path: d.path, kind: d.kind, classifiedBy: d.classifiedBy };
        if (d.id) entry.id = d.id;
        if (d.schemaId) entry.schema = d.schemaId;
        return entry;
      }));
    },
    findings,
    ...(result.cache ? { cache: result.cache } : {}),
    ...(result.base
      ? {
          base: { ref: result.base.ref, commit: result.base.commit, newFindings: findings.filter((f) => f.baseline === "new").length },
          impact: result.base.comparison.impact,
        }
      : {}),
  };
}

/** A registry-relative path as seen from where the registry was named (the repository root, in an action). */
export function displayPath(registryLabel: string, file: string): string {
  return registryLabel === "." || registryLabel === "" ? file : `${registryLabel.replace(/\/+$/, "")}/${file}`;
}

/** Document lines per piece of jsonChunks: pieces of about 200 KB. */
const JSON_DOCUMENTS_PER_CHUNK = 1000;

/**
 * The report as JSON, indented, with each document of `documents` on a line
 * of its own (as the README's example shows it). V8's JSON.stringify leaves
 * its fast path when it indents: at 100,000 documents the indented list took
 * 420 ms of the action's guard and made a 21.6 MB file; a line each, 170 ms
 * and 17.2 MB.
 */
export function formatJson(report: Report): string {
  return [...jsonChunks(report)].join("");
}

/**
 * formatJson's text in pieces, a thousand documents' lines each, for a
 * writer to write one after the other: a large report is then never one
 * string, nor one buffer of its UTF-8 (a single non-ASCII character in a
 * finding makes the whole string two bytes a character). At 100,000
 * documents, 17 MB: the action's guard spent 190 ms making and writing the
 * one string, 95 ms the pieces (profiles, 3 runs each), and peaked at 234
 * → 190 MB; `check --format json` 3.72 → 3.49 s, 227 → 173 MB (7 runs in
 * turn).
 */
export function* jsonChunks(report: Report): Generator<string> {
  const keys = Object.keys(report) as (keyof Report)[];
  const at = keys.indexOf("documents");
  if (at < 0) {
    yield JSON.stringify(report, null, 2) + "\n";
    return;
  }
  const fields = (names: readonly (keyof Report)[]) => JSON.stringify(Object.fromEntries(names.map((k) => [k, report[k]])), null, 2);
  const documents = report.documents;
  // The fields before and after the list, indented by JSON.stringify, joined around it: "{\n  …\n}" loses its last or first line.
  const before = fields(keys.slice(0, at));
  const after = fields(keys.slice(at + 1));
  yield `${before === "{}" ? "{\n" : `${before.slice(0, -2)},\n`}  "documents": [`;
  for (let i = 0; i < documents.length; i += JSON_DOCUMENTS_PER_CHUNK) {
    const lines = documents.slice(i, i + JSON_DOCUMENTS_PER_CHUNK).map((d) => JSON.stringify(d));
    yield `${i === 0 ? "" : ","}\n    ${lines.join(",\n    ")}`;
  }
  yield `${documents.length === 0 ? "]" : "\n  ]"}${after === "{}" ? "\n}" : `,\n${after.slice(2)}`}\n`;
}
