import { documentAt } from "../change/impact.ts";
import type { CheckResult } from "../check.ts";
import { readFlow, type FlowModel } from "../flow/flow-model.ts";
import { diagramLegend, flowMermaid, mermaidFence, type Diagram, type RunView } from "../flow/mermaid.ts";
import type { BaseInfo } from "../guard.ts";
import { printable } from "./escape.ts";

/** Most diagrams in one comment; the rest are counted. */
export const MAX_DIAGRAMS = 5;
/** Longest Mermaid text drawn (Mermaid itself refuses 50,000); a bigger flow is named, not drawn. */
export const MAX_DIAGRAM_CHARS = 20_000;
/** Characters all diagrams of one comment may take, well within GitHub's 65,536 per comment. */
export const DIAGRAM_BUDGET = 36_000;
/** Most steps drawn in one diagram. */
export const MAX_DIAGRAM_STEPS = 120;

/**
 * Registry text as Markdown text: no HTML, no emphasis, links, mentions,
 * issue references or code spans, and no line breaks: every ASCII mark is an
 * HTML entity, every unprintable character its `\uXXXX` escape.
 */
export function mdText(text: string): string {
  return printable(text)
    .replace(/[\u0085\u00a0\u1680\u180e\u2000-\u200f\u205f-\u206f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function tooBig(model: FlowModel, diagram: Diagram): boolean {
  return model.steps.length + model.groups.length > MAX_DIAGRAM_STEPS || diagram.text.length > MAX_DIAGRAM_CHARS;
}

interface ChangedFlow {
  path: string;
  contract?: string;
  change: "added" | "modified";
  head: FlowModel;
  base?: FlowModel;
}

/** The flows a change adds or modifies, with their base versions. */
export function changedFlows(head: CheckResult, base: BaseInfo): ChangedFlow[] {
  const out: ChangedFlow[] = [];
  for (const c of base.comparison.impact.changes) {
    if (c.kind !== "flow" || (c.change !== "added" && c.change !== "modified")) continue;
    const doc = documentAt(head.registry, c.path);
    if (!doc?.json?.ok) continue;
    const old = c.change === "modified" ? documentAt(base.result.registry, c.path) : undefined;
    const contract = head.registry.flowOwners.get(c.path);
    out.push({ path: c.path, change: c.change, head: readFlow(doc.json.value), ...(old?.json?.ok ? { base: readFlow(old.json.value) } : {}), ...(contract ? { contract } : {}) });
  }
  return out;
}

/**
 * The "Flow diagrams" section of the pull request report: each flow the
 * change adds or modifies, drawn with its added, changed and removed steps
 * marked; at most `max` diagrams within `budget` characters.
 */
export function flowDiagramsSection(head: CheckResult & { base?: BaseInfo }, options: { max?: number; budget?: number } = {}): string | undefined {
  if (!head.base) return undefined;
  const flows = changedFlows(head, head.base);
  if (flows.length === 0) return undefined;
  const max = options.max ?? MAX_DIAGRAMS;
  let budget = options.budget ?? DIAGRAM_BUDGET;
  const parts: string[] = ["#### Flow diagrams", ""];
  let drawn = 0;
  const left: string[] = [];
  for (const f of flows) {
    const name = `${f.contract ? `${mdText(f.contract)} · ` : ""}${mdText(f.path)}`;
    if (drawn >= max) {
      left.push(name);
      continue;
    }
    const diagram = flowMermaid(f.head, { diff: { base: f.base } });
    const c = diagram.counts;
    const summary = f.change === "added" ? "new flow" : [c.added ? `${c.added} added` : "", c.changed ? `${c.changed} changed` : "", c.removed ? `${c.removed} removed` : ""].filter(Boolean).join(", ") || "steps unchanged";
    const heading = `**${name}** (${f.change === "added" ? summary : `modified: ${summary}`})`;
    if (tooBig(f.head, diagram)) {
      parts.push(heading, "", `Too large to draw here (${plural(f.head.steps.length, "step")}).`, "");
      continue;
    }
    const block = mermaidFence(diagram);
    if (block.length > budget) {
      left.push(name);
      continue;
    }
    budget -= block.length;
    drawn++;
    parts.push(heading, "", block, "");
  }
  if (drawn > 0) parts.push(`<sub>${diagramLegend("diff").split("\n").join("<br>")}</sub>`, "");
  if (left.length) parts.push(`${plural(left.length, "more changed flow")} not drawn here: ${left.join(", ")}.`, "");
  return parts.join("\n").trimEnd();
}

export interface GateInfo {
  /** The gate's step. */
  step: string;
  question?: string;
  options: Array<{ id: string; label?: string; description?: string }>;
  /** Logins and teams entitled to decide; shown, never mentioned. */
  approvers: string[];
  role?: string;
  required?: number;
}

/** The Markdown under a run's diagram for an open gate: its question, options and approvers, all escaped. */
export function gateDetails(g: GateInfo): string {
  const lines = [`**Gate ${mdText(g.step)}:** ${g.question ? mdText(g.question) : "a decision is needed"}`, ""];
  for (const o of g.options) lines.push(`- ${mdText(o.id)}${o.label ? `: ${mdText(o.label)}` : ""}${o.description ? ` (${mdText(o.description)})` : ""}`);
  const who = g.approvers.length ? g.approvers.map(mdText).join(", ") : "nobody (the role maps to no one)";
  lines.push("", `Entitled approvers${g.role ? ` (role ${mdText(g.role)}${g.required ? `, ${g.required} needed` : ""})` : ""}: ${who}.`);
  return lines.join("\n");
}

/** A run's progress through its flow as Markdown: the marked diagram, its legend, and the open gates. */
export function runGraphMarkdown(flow: unknown, run: RunView, gates: GateInfo[] = []): string {
  const model = readFlow(flow);
  const diagram = flowMermaid(model, { run });
  const parts = ["<details open><summary>Where the run stands</summary>", ""];
  if (tooBig(model, diagram)) parts.push(`The flow is too large to draw here (${plural(model.steps.length, "step")}).`);
  else parts.push(mermaidFence(diagram), "", `<sub>${diagramLegend("run").split("\n").join("<br>")}</sub>`);
  for (const g of gates) parts.push("", gateDetails(g));
  parts.push("", "</details>");
  return parts.join("\n");
}
