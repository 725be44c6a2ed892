import { canonicalJson } from "../util/canonical.ts";
import type { Edge, FlowModel, FlowStep, ParallelGroup } from "./flow-model.ts";
import { addTo } from "../util/values.ts";

/**
 * A flow drawn as a Mermaid flowchart, for the pull request comment and the
 * run comments. Everything the registry wrote (step ids, titles, outcomes) is
 * only ever a quoted label made of letters, digits and spaces, every other
 * character as a Mermaid entity code (`#35;`), so no id or text can end a
 * label, start a statement or directive (`click`, `%%{init}%%`, `-->`),
 * become HTML, or close the Markdown fence around the diagram (no backtick is
 * ever written). Node ids are generated (n0, t0, g0...), never the flow's.
 */

export type DiffMark = "added" | "removed" | "changed" | "unchanged";
export type RunMark = "done" | "running" | "waiting" | "failed" | "queued" | "pending";

/** Where a run stands in one frame of a flow (a FrameState, read structurally). */
export interface RunView {
  status: string;
  steps: Record<string, { status: string; outcome?: string }>;
  queue: readonly string[];
  outcome?: string;
}

export interface DiagramOptions {
  /** Mark what changed against the base version of the flow (undefined: the whole flow is new). */
  diff?: { base: FlowModel | undefined };
  /** Mark a run's progress. */
  run?: RunView;
  /** Longest label text kept, in characters (default 48). */
  maxLabel?: number;
}

export interface Diagram {
  /** The Mermaid source, without the Markdown fence. */
  text: string;
  /** How many steps carry each mark. */
  counts: Partial<Record<DiffMark | RunMark, number>>;
}

/** Shapes by execution mode: [open, close] of a Mermaid node. */
const SHAPES: Record<string, [string, string]> = {
  AI_ATOMIC: ["{{", "}}"],
  DETERMINISTIC: ["[", "]"],
  HUMAN_GATE: ["{", "}"],
  CONTRACT_CALL: ["[[", "]]"],
};
const OTHER_SHAPE: [string, string] = ["[/", "/]"];
const ICONS: Record<string, string> = { AI_ATOMIC: "🤖", DETERMINISTIC: "⚙️", HUMAN_GATE: "👤", CONTRACT_CALL: "📦" };
const MODE_CLASS: Record<string, string> = { AI_ATOMIC: "ai", DETERMINISTIC: "det", HUMAN_GATE: "gate", CONTRACT_CALL: "call" };

const DIFF_ICON: Record<DiffMark, string> = { added: "🆕 ", changed: "✏️ ", removed: "🗑️ ", unchanged: "" };
const RUN_ICON: Record<RunMark, string> = { done: "✅ ", running: "⏳ ", waiting: "🚦 ", failed: "❌ ", queued: "🕓 ", pending: "" };

/** The class definitions: colour for marks (or for the mode when nothing is marked). */
const CLASS_DEFS: Record<string, string> = {
  ai: "fill:#e8f0fe,stroke:#1a73e8,color:#202124",
  det: "fill:#f1f3f4,stroke:#5f6368,color:#202124",
  gate: "fill:#fef7e0,stroke:#e37400,color:#202124",
  call: "fill:#f3e8fd,stroke:#9334e6,color:#202124",
  other: "fill:#ffffff,stroke:#5f6368,color:#202124",
  terminal: "fill:#ffffff,stroke:#202124,color:#202124",
  start: "fill:#202124,stroke:#202124,color:#ffffff",
  missing: "fill:#fce8e6,stroke:#d93025,stroke-dasharray:4 3,color:#a50e0e",
  added: "fill:#e6f4ea,stroke:#188038,stroke-width:3px,color:#0d652d",
  changed: "fill:#fef7e0,stroke:#e37400,stroke-width:3px,color:#202124",
  removed: "fill:#f1f3f4,stroke:#9aa0a6,stroke-dasharray:5 5,color:#80868b",
  unchanged: "fill:#ffffff,stroke:#5f6368,color:#202124",
  done: "fill:#e6f4ea,stroke:#188038,color:#0d652d",
  running: "fill:#e8f0fe,stroke:#1a73e8,stroke-width:3px,color:#174ea6",
  waiting: "fill:#fef7e0,stroke:#e37400,stroke-width:3px,color:#202124",
  failed: "fill:#fce8e6,stroke:#d93025,stroke-width:3px,color:#a50e0e",
  queued: "fill:#ffffff,stroke:#1a73e8,stroke-dasharray:3 3,color:#202124",
  pending: "fill:#ffffff,stroke:#bdc1c6,color:#5f6368",
};

/** Unprintable code points: controls, format characters (bidi overrides, zero-width), surrogates, private use, unassigned, separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;
/** Kept as they are in a label: letters, digits, space and a few harmless marks. Everything else becomes an entity code. */
const KEEP = /^[\p{L}\p{N} ._,]$/u;

/**
 * Text for a quoted Mermaid label: unprintable characters shown as `\uXXXX`,
 * cut to `max` characters, then every character but letters, digits, spaces
 * and `._,` written as a decimal entity code (`#96;`), which Mermaid shows as
 * the character itself, as text.
 */
export function mermaidText(text: string, max = 48): string {
  const shown = text.replace(UNPRINTABLE, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`);
  const chars = [...shown];
  const cut = chars.length > max ? [...chars.slice(0, max - 1), "…"] : chars;
  return cut.map((c) => (KEEP.test(c) ? c : `#${c.codePointAt(0)};`)).join("");
}

function label(parts: string[]): string {
  return `"${parts.filter((p) => p !== "").join("<br/>")}"`;
}

function edgeKey(source: string, e: Edge): string {
  return canonicalJson([source, e.outcome ?? null, e.target.kind, e.target.kind === "step" ? e.target.id : e.target.outcome]);
}

function groupKey(g: ParallelGroup): string {
  return canonicalJson([g.members.map((m) => m.id), g.edges.map((e) => edgeKey(g.id, e))]);
}

function uniqueSteps(model: FlowModel): FlowStep[] {
  const seen = new Set<string>();
  return model.steps.filter((s) => !seen.has(s.id) && model.nodes.get(s.id) === s && (seen.add(s.id), true));
}

function uniqueGroups(model: FlowModel): ParallelGroup[] {
  return model.groups.filter((g) => model.nodes.get(g.id) === g);
}

/** The mark of a step (or group) in a run. */
function runMark(run: RunView, id: string, members?: readonly string[]): RunMark {
  if (members) {
    const marks = members.map((m) => runMark(run, m));
    if (marks.length && marks.every((m) => m === "done")) return "done";
    if (marks.includes("failed")) return "failed";
    if (marks.includes("waiting")) return "waiting";
    if (marks.some((m) => m === "running" || m === "done")) return "running";
    return run.queue.includes(id) ? "queued" : "pending";
  }
  const s = run.steps[id];
  if (s?.status === "done") return "done";
  if (s?.status === "failed") return "failed";
  if (s?.status === "waiting" || s?.status === "paused") return "waiting";
  if (run.queue[0] === id && (run.status === "running" || run.status === "waiting" || run.status === "paused")) return run.status === "running" ? "running" : "waiting";
  if (run.queue.includes(id)) return "queued";
  return "pending";
}

/** A flow as a Mermaid `flowchart TD`, optionally marked with its changes or a run's progress. */
export function flowMermaid(model: FlowModel, options: DiagramOptions = {}): Diagram {
  const max = options.maxLabel ?? 48;
  const base = options.diff ? options.diff.base : undefined;
  const diffing = options.diff !== undefined;
  const run = options.run;

  const headSteps = uniqueSteps(model);
  const headGroups = uniqueGroups(model);
  const baseSteps = base ? uniqueSteps(base) : [];
  const baseGroups = base ? uniqueGroups(base) : [];
  const headIds = new Set([...headSteps.map((s) => s.id), ...headGroups.map((g) => g.id)]);
  const removedSteps = diffing ? baseSteps.filter((s) => !headIds.has(s.id)) : [];
  const removedGroups = diffing ? baseGroups.filter((g) => !headIds.has(g.id) && !removedSteps.some((s) => s.id === g.id)) : [];
  const steps = [...headSteps, ...removedSteps];
  const groups = [...headGroups, ...removedGroups];

  const counts: Diagram["counts"] = {};
  const count = (mark: DiffMark | RunMark) => (counts[mark] = (counts[mark] ?? 0) + 1);

  const stepMark = (s: FlowStep): DiffMark => {
    if (!diffing) return "unchanged";
    const before = base?.nodes.get(s.id);
    if (removedSteps.includes(s)) return "removed";
    if (!before || before.kind !== "step") return "added";
    return canonicalJson(before.raw) === canonicalJson(s.raw) ? "unchanged" : "changed";
  };
  const groupMark = (g: ParallelGroup): DiffMark => {
    if (!diffing) return "unchanged";
    if (removedGroups.includes(g)) return "removed";
    const before = base?.nodes.get(g.id);
    if (!before || before.kind !== "group") return "added";
    return groupKey(before) === groupKey(g) ? "unchanged" : "changed";
  };

  // Generated ids: n for steps, g for groups, t for terminals, m for missing steps.
  const ids = new Map<string, string>();
  steps.forEach((s, i) => ids.set(s.id, `n${i}`));
  groups.forEach((g, i) => {
    if (!ids.has(g.id)) ids.set(g.id, `g${i}`);
  });
  const missing = new Map<string, string>();
  const idOf = (stepId: string): string => {
    const known = ids.get(stepId);
    if (known) return known;
    let m = missing.get(stepId);
    if (!m) missing.set(stepId, (m = `m${missing.size}`));
    return m;
  };
  const terminals = new Map<string, string>();
  const terminalOf = (outcome: string): string => {
    let t = terminals.get(outcome);
    if (!t) terminals.set(outcome, (t = `t${terminals.size}`));
    return t;
  };

  const classes = new Map<string, string[]>();
  const classify = (cls: string, id: string) => addTo(classes, cls, id);

  const nodeLine = (s: FlowStep): string => {
    const [open, close] = SHAPES[s.mode] ?? OTHER_SHAPE;
    const title = typeof s.raw.title === "string" ? s.raw.title : "";
    const mark = stepMark(s);
    let prefix = "";
    if (run) {
      const r = runMark(run, s.id);
      prefix = RUN_ICON[r];
      classify(r, ids.get(s.id)!);
      count(r);
    } else if (diffing) {
      prefix = DIFF_ICON[mark];
      classify(mark, ids.get(s.id)!);
      count(mark);
    } else classify(MODE_CLASS[s.mode] ?? "other", ids.get(s.id)!);
    const icon = ICONS[s.mode] ?? "❔";
    const modeNote = SHAPES[s.mode] ? "" : mermaidText(`(${s.mode})`, max);
    return `${ids.get(s.id)}${open}${label([`${prefix}${icon} ${mermaidText(s.id, max)}`, title ? mermaidText(title, max) : "", modeNote])}${close}`;
  };

  const lines: string[] = ["flowchart TD"];
  const grouped = new Set<string>();
  const memberGroup = new Map<string, ParallelGroup>();
  for (const g of groups) for (const m of g.members) if (!memberGroup.has(m.id) && ids.get(m.id)?.startsWith("n")) memberGroup.set(m.id, g);

  // The entry.
  const entry = model.entry?.id ?? base?.entry?.id;
  if (entry !== undefined) {
    lines.push(`  s0(("start"))`);
    classify("start", "s0");
  }

  for (const g of groups) {
    const gid = ids.get(g.id)!;
    if (!gid.startsWith("g")) continue; // a group whose id a step already took is drawn only through its edges
    const mark = groupMark(g);
    let prefix = "";
    if (run) {
      const r = runMark(run, g.id, g.members.map((m) => m.id));
      prefix = RUN_ICON[r];
    } else if (diffing) prefix = DIFF_ICON[mark];
    lines.push(`  subgraph ${gid}[${label([`${prefix}⇉ ${mermaidText(g.id, max)}`, "parallel"])}]`, "    direction TB");
    for (const s of steps) if (memberGroup.get(s.id) === g && !grouped.has(s.id)) {
      grouped.add(s.id);
      lines.push(`    ${nodeLine(s)}`);
    }
    for (const m of g.members) if (!ids.has(m.id) && !missing.has(m.id)) lines.push(`    ${idOf(m.id)}`);
    lines.push("  end");
    if (diffing && !run && mark !== "unchanged") classify(`${mark}`, gid);
  }
  for (const s of steps) if (!grouped.has(s.id)) lines.push(`  ${nodeLine(s)}`);

  // Edges: the head's, then (in a diff) the base's that are gone, dotted.
  const edgeLines: string[] = [];
  const removedEdges: number[] = [];
  const takenEdges: number[] = [];
  const target = (e: Edge): string => (e.target.kind === "step" ? idOf(e.target.id) : terminalOf(e.target.outcome));
  const link = (from: string, e: Edge, style: "normal" | "removed" | "taken") => {
    const arrow = style === "removed" ? "-.->" : style === "taken" ? "==>" : "-->";
    const text = e.outcome !== undefined ? `|${label([mermaidText(e.outcome, max)])}|` : "";
    if (style === "removed") removedEdges.push(edgeLines.length);
    if (style === "taken") takenEdges.push(edgeLines.length);
    edgeLines.push(`  ${from} ${arrow}${text} ${target(e)}`);
  };
  const taken = (id: string, e: Edge): boolean => {
    if (!run) return false;
    const s = run.steps[id];
    return s?.status === "done" && (e.outcome === undefined || e.outcome === s.outcome);
  };
  if (entry !== undefined) {
    if (run?.steps[entry]) takenEdges.push(edgeLines.length);
    edgeLines.push(`  s0 ${run?.steps[entry] ? "==>" : "-->"} ${idOf(entry)}`);
  }
  const baseEdges = new Map<string, Edge[]>();
  if (diffing && base) for (const n of [...uniqueSteps(base), ...uniqueGroups(base)]) baseEdges.set(n.id, n.edges);
  const drawEdges = (id: string, edges: Edge[], removedNode: boolean) => {
    const from = ids.get(id)!;
    const headKeys = new Set(edges.map((e) => edgeKey(id, e)));
    if (!removedNode) for (const e of edges) link(from, e, taken(id, e) ? "taken" : "normal");
    if (diffing) for (const e of baseEdges.get(id) ?? []) if (removedNode || !headKeys.has(edgeKey(id, e))) link(from, e, "removed");
  };
  for (const s of steps) drawEdges(s.id, removedSteps.includes(s) ? [] : s.edges, removedSteps.includes(s));
  for (const g of groups) if (ids.get(g.id)?.startsWith("g")) drawEdges(g.id, removedGroups.includes(g) ? [] : g.edges, removedGroups.includes(g));

  // Missing steps and terminals, now that the edges have named them all.
  for (const [stepId, m] of missing) {
    if (![...lines].some((l) => l.trim() === m)) lines.push(`  ${m}[${label([`⚠️ ${mermaidText(stepId, max)}`, "no such step"])}]`);
    else lines[lines.findIndex((l) => l.trim() === m)] = `    ${m}[${label([`⚠️ ${mermaidText(stepId, max)}`, "no such step"])}]`;
    classify("missing", m);
  }
  for (const [outcome, t] of terminals) {
    const reached = run?.outcome === outcome && (run.status === "completed" || run.status === "failed");
    lines.push(`  ${t}([${label([`${reached ? "🏁 " : ""}${mermaidText(outcome, max)}`])}])`);
    classify(reached ? "done" : "terminal", t);
  }
  lines.push(...edgeLines);

  const used = [...classes.keys()];
  // Class names carry a prefix, so none is a Mermaid keyword (call, default, end...).
  for (const cls of used) lines.push(`  classDef mv_${cls} ${CLASS_DEFS[cls]}`);
  for (const [cls, members] of classes) lines.push(`  class ${members.join(",")} mv_${cls}`);
  if (removedEdges.length) lines.push(`  linkStyle ${removedEdges.join(",")} stroke:#9aa0a6,stroke-dasharray:5 5`);
  if (takenEdges.length) lines.push(`  linkStyle ${takenEdges.join(",")} stroke:#188038`);
  return { text: lines.join("\n") + "\n", counts };
}

/** The Markdown legend under a diagram. */
export function diagramLegend(kind: "diff" | "run" | "plain"): string {
  const shapes = "Shapes: 🤖 AI step (hexagon) · ⚙️ deterministic (rectangle) · 👤 human gate (diamond) · 📦 contract call (double-sided box) · ⇉ parallel group (box around its steps) · end of the flow (rounded, named by its outcome).";
  if (kind === "diff") return `${shapes}\nMarks: 🆕 added (green) · ✏️ changed (orange) · 🗑️ removed (grey, dashed, with its dotted edges) · unmarked: unchanged.`;
  if (kind === "run") return `${shapes}\nMarks: ✅ finished (green) · ⏳ running (blue) · 🚦 waiting at a gate (orange) · ❌ failed (red) · 🕓 queued · unmarked: not reached yet. Thick arrows: the path taken; 🏁 the outcome reached.`;
  return shapes;
}

/** A diagram in a Markdown fence that its text can never close (it holds no backtick). */
export function mermaidFence(diagram: Diagram): string {
  return "```mermaid\n" + diagram.text.replace(/`/g, "#96;") + "```";
}
