import type { Finding, Severity } from "../findings/finding.ts";
import { KIND_LABEL, type DocumentKind } from "../registry/kinds.ts";
import { printable } from "./escape.ts";
import type { Report } from "./report.ts";
import { addTo } from "../util/values.ts";

export interface TextOptions {
  color: boolean;
}

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;

function painter(color: boolean) {
  return (style: keyof typeof ANSI, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

const SEVERITY_STYLE: Record<Severity, keyof typeof ANSI> = { error: "red", warning: "yellow", notice: "blue" };

function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`;
  return `${n} ${word.endsWith("y") && !word.endsWith("ey") ? word.slice(0, -1) + "ies" : word + "s"}`;
}

function joinPath(root: string, file: string): string {
  return root === "." || root === "" ? file : `${root.replace(/\/+$/, "")}/${file}`;
}

/** Lines per piece of textChunks. */
const TEXT_LINES_PER_CHUNK = 2000;

/** The report for a terminal: findings grouped by file, then one summary line. */
export function formatText(report: Report, options: TextOptions): string {
  return [...textChunks(report, options)].join("");
}

/**
 * formatText's text in pieces of about two thousand lines, cut before a
 * finding, for the CLI and the action's log to print one after the other:
 * 20,000 findings made a text of 4 MB that Node turned into one buffer at
 * once (see jsonChunks).
 */
export function* textChunks(report: Report, options: TextOptions): Generator<string> {
  const paint = painter(options.color);
  let lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) addTo(byFile, f.file, f);

  for (const [file, findings] of byFile) {
    lines.push(paint("underline", printable(joinPath(report.registry, file))));
    let posWidth = 0;
    let sevWidth = 0;
    for (const f of findings) {
      posWidth = Math.max(posWidth, `${f.line}:${f.column}`.length);
      sevWidth = Math.max(sevWidth, f.severity.length);
    }
    for (const f of findings) {
      if (lines.length >= TEXT_LINES_PER_CHUNK) {
        yield lines.join("\n") + "\n";
        lines = [];
      }
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const sev = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(sevWidth));
      const isNew = f.baseline === "new" ? paint("yellow", " (new)") : "";
      lines.push(`  ${paint("dim", pos)}  ${sev}  ${printable(f.message)}  ${paint("dim", f.rule)}${isNew}`);
      if (f.hint) lines.push(`  ${" ".repeat(posWidth + sevWidth + 4)}${paint("dim", "→ " + printable(f.hint))}`);
    }
    lines.push("");
  }

  if (report.impact && (report.impact.changes.length > 0 || report.impact.contracts.length > 0)) {
    lines.push(paint("bold", `Impact of the change since ${report.base!.ref} (${report.base!.commit.slice(0, 7)})`));
    for (const c of report.impact.changes) lines.push(`  ${c.change.padEnd(8)} ${printable(c.id ?? c.path)}${c.breaking ? paint("red", " (breaking)") : ""}`);
    if (report.impact.contracts.length === 0) lines.push("  no contract is touched");
    for (const c of report.impact.contracts) lines.push(printable(`  touches ${c.id}${c.flow ? ` (flow ${c.flow})` : ""}: ${c.because.join(", ")}`));
    lines.push("");
  }

  const s = report.summary;
  const kinds = (Object.entries(s.byKind) as Array<[DocumentKind, number]>)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => plural(n, KIND_LABEL[kind]))
    .join(", ");
  const where = report.registry === "." || report.registry === "" ? "./" : report.registry.replace(/\/*$/, "/");
  lines.push(`${paint("bold", `${report.tool.name} ${report.tool.version}`)} checked ${where} against MOVA ${report.release}`);
  lines.push(`  ${plural(s.documents, "document")}${kinds ? `: ${kinds}` : ""}`);
  if (report.cache) {
    const c = report.cache;
    if (c.mode === "incremental") lines.push(`  incremental: read ${c.read} of ${plural(c.documents, "document")}; the rest came from the cache of ${report.base?.commit.slice(0, 7) ?? "the base"}`);
    if (c.reason) lines.push(`  ${c.mode === "full" ? "full check: " : ""}${c.reason}`);
    if (c.written) lines.push(`  cache written: ${c.written}`);
  }
  const problems = s.errors + s.warnings + s.notices;
  if (problems === 0) lines.push(paint("green", "✔ no problems"));
  else {
    const parts = [plural(s.errors, "error"), plural(s.warnings, "warning"), ...(s.notices ? [plural(s.notices, "notice")] : [])];
    const fresh = report.base ? `, ${report.base.newFindings} new since ${report.base.ref}` : "";
    lines.push(paint(s.errors ? "red" : "yellow", `✖ ${plural(problems, "problem")} (${parts.join(", ")}${fresh})`));
  }
  yield lines.join("\n") + "\n";
}
