/** How much a finding matters; maps onto GitHub annotation levels and SARIF levels. */
export type Severity = "error" | "warning" | "notice";

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** A 1-based position in a file, as editors and GitHub annotations count. */
export interface Position {
  line: number;
  column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/**
 * One problem found in the registry. The same object renders as text, JSON,
 * GitHub annotations and SARIF, so it carries everything each of them needs.
 */
export interface Finding {
  /** Stable rule id, e.g. `schema/violation`. */
  rule: string;
  severity: Severity;
  /** Path relative to the registry root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** JSON Pointer of the offending value inside the document, when there is one. */
  pointer?: string;
  /** With a base to compare with: whether the base has the same finding. */
  baseline?: "new" | "existing";
}

/**
 * How a finding is recognised whatever lines moved: its rule, file, pointer
 * and message. The base's findings and the head's are matched by it, SARIF
 * fingerprints it, and a pull request's check finds by it where the base
 * placed a finding in a file the change left alone.
 */
export function findingKey(f: Pick<Finding, "rule" | "file" | "pointer" | "message">): string {
  return `${f.rule}\u0000${f.file}\u0000${f.pointer ?? ""}\u0000${f.message}`;
}

/** Whether a value read back from a file (a cache, a shard's report) is a finding as the tool writes one. */
export function isFinding(value: unknown): value is Finding {
  const f = value as Partial<Record<keyof Finding, unknown>> | null;
  return (
    typeof f === "object" &&
    f !== null &&
    typeof f.rule === "string" &&
    typeof f.file === "string" &&
    typeof f.message === "string" &&
    Object.hasOwn(SEVERITY_ORDER, String(f.severity)) &&
    [f.line, f.column, f.endLine, f.endColumn].every(Number.isInteger) &&
    (f.hint === undefined || typeof f.hint === "string") &&
    (f.pointer === undefined || typeof f.pointer === "string")
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export interface Tally {
  errors: number;
  warnings: number;
  notices: number;
}

export function tally(findings: readonly Finding[]): Tally {
  const t: Tally = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === "error") t.errors++;
    else if (f.severity === "warning") t.warnings++;
    else t.notices++;
  }
  return t;
}
