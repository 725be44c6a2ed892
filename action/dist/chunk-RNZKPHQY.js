import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  documentAt
} from "./chunk-M53WTELD.js";
import {
  canonicalJson,
  printable,
  readFlow
} from "./chunk-DEQPY4IZ.js";

// src/flow/mermaid.ts
var SHAPES = {
  AI_ATOMIC: ["{{", "}}"],
  DETERMINISTIC: ["[", "]"],
  HUMAN_GATE: ["{", "}"],
  CONTRACT_CALL: ["[[", "]]"]
};
var OTHER_SHAPE = ["[/", "/]"];
var ICONS = { AI_ATOMIC: "\u{1F916}", DETERMINISTIC: "\u2699\uFE0F", HUMAN_GATE: "\u{1F464}", CONTRACT_CALL: "\u{1F4E6}" };
var MODE_CLASS = { AI_ATOMIC: "ai", DETERMINISTIC: "det", HUMAN_GATE: "gate", CONTRACT_CALL: "call" };
var DIFF_ICON = { added: "\u{1F195} ", changed: "\u270F\uFE0F ", removed: "\u{1F5D1}\uFE0F ", unchanged: "" };
var RUN_ICON = { done: "\u2705 ", running: "\u23F3 ", waiting: "\u{1F6A6} ", failed: "\u274C ", queued: "\u{1F553} ", pending: "" };
var CLASS_DEFS = {
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
  pending: "fill:#ffffff,stroke:#bdc1c6,color:#5f6368"
};
var UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;
var KEEP = /^[\p{L}\p{N} ._,]$/u;
function mermaidText(text, max = 48) {
  const shown = text.replace(UNPRINTABLE, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, "0")}`);
  const chars = [...shown];
  const cut = chars.length > max ? [...chars.slice(0, max - 1), "\u2026"] : chars;
  return cut.map((c) => KEEP.test(c) ? c : `#${c.codePointAt(0)};`).join("");
}
function label(parts) {
  return `"${parts.filter((p) => p !== "").join("<br/>")}"`;
}
function edgeKey(source, e) {
  return canonicalJson([source, e.outcome ?? null, e.target.kind, e.target.kind === "step" ? e.target.id : e.target.outcome]);
}
function groupKey(g) {
  return canonicalJson([g.members.map((m) => m.id), g.edges.map((e) => edgeKey(g.id, e))]);
}
function uniqueSteps(model) {
  const seen = /* @__PURE__ */ new Set();
  return model.steps.filter((s) => !seen.has(s.id) && model.nodes.get(s.id) === s && (seen.add(s.id), true));
}
function uniqueGroups(model) {
  return model.groups.filter((g) => model.nodes.get(g.id) === g);
}
function runMark(run, id, members) {
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
function flowMermaid(model, options = {}) {
  const max = options.maxLabel ?? 48;
  const base = options.diff ? options.diff.base : void 0;
  const diffing = options.diff !== void 0;
  const run = options.run;
  const headSteps = uniqueSteps(model);
  const headGroups = uniqueGroups(model);
  const baseSteps = base ? uniqueSteps(base) : [];
  const baseGroups = base ? uniqueGroups(base) : [];
  const headIds = /* @__PURE__ */ new Set([...headSteps.map((s) => s.id), ...headGroups.map((g) => g.id)]);
  const removedSteps = diffing ? baseSteps.filter((s) => !headIds.has(s.id)) : [];
  const removedGroups = diffing ? baseGroups.filter((g) => !headIds.has(g.id) && !removedSteps.some((s) => s.id === g.id)) : [];
  const steps = [...headSteps, ...removedSteps];
  const groups = [...headGroups, ...removedGroups];
  const counts = {};
  const count = (mark) => counts[mark] = (counts[mark] ?? 0) + 1;
  const stepMark = (s) => {
    if (!diffing) return "unchanged";
    const before = base?.nodes.get(s.id);
    if (removedSteps.includes(s)) return "removed";
    if (!before || before.kind !== "step") return "added";
    return canonicalJson(before.raw) === canonicalJson(s.raw) ? "unchanged" : "changed";
  };
  const groupMark = (g) => {
    if (!diffing) return "unchanged";
    if (removedGroups.includes(g)) return "removed";
    const before = base?.nodes.get(g.id);
    if (!before || before.kind !== "group") return "added";
    return groupKey(before) === groupKey(g) ? "unchanged" : "changed";
  };
  const ids = /* @__PURE__ */ new Map();
  steps.forEach((s, i) => ids.set(s.id, `n${i}`));
  groups.forEach((g, i) => {
    if (!ids.has(g.id)) ids.set(g.id, `g${i}`);
  });
  const missing = /* @__PURE__ */ new Map();
  const idOf = (stepId) => {
    const known = ids.get(stepId);
    if (known) return known;
    let m = missing.get(stepId);
    if (!m) missing.set(stepId, m = `m${missing.size}`);
    return m;
  };
  const terminals = /* @__PURE__ */ new Map();
  const terminalOf = (outcome) => {
    let t = terminals.get(outcome);
    if (!t) terminals.set(outcome, t = `t${terminals.size}`);
    return t;
  };
  const classes = /* @__PURE__ */ new Map();
  const classify = (cls, id) => classes.set(cls, [...classes.get(cls) ?? [], id]);
  const nodeLine = (s) => {
    const [open, close] = SHAPES[s.mode] ?? OTHER_SHAPE;
    const title = typeof s.raw.title === "string" ? s.raw.title : "";
    const mark = stepMark(s);
    let prefix = "";
    if (run) {
      const r = runMark(run, s.id);
      prefix = RUN_ICON[r];
      classify(r, ids.get(s.id));
      count(r);
    } else if (diffing) {
      prefix = DIFF_ICON[mark];
      classify(mark, ids.get(s.id));
      count(mark);
    } else classify(MODE_CLASS[s.mode] ?? "other", ids.get(s.id));
    const icon = ICONS[s.mode] ?? "\u2754";
    const modeNote = SHAPES[s.mode] ? "" : mermaidText(`(${s.mode})`, max);
    return `${ids.get(s.id)}${open}${label([`${prefix}${icon} ${mermaidText(s.id, max)}`, title ? mermaidText(title, max) : "", modeNote])}${close}`;
  };
  const lines = ["flowchart TD"];
  const grouped = /* @__PURE__ */ new Set();
  const memberGroup = /* @__PURE__ */ new Map();
  for (const g of groups) for (const m of g.members) if (!memberGroup.has(m.id) && ids.get(m.id)?.startsWith("n")) memberGroup.set(m.id, g);
  const entry = model.entry?.id ?? base?.entry?.id;
  if (entry !== void 0) {
    lines.push(`  s0(("start"))`);
    classify("start", "s0");
  }
  for (const g of groups) {
    const gid = ids.get(g.id);
    if (!gid.startsWith("g")) continue;
    const mark = groupMark(g);
    let prefix = "";
    if (run) {
      const r = runMark(run, g.id, g.members.map((m) => m.id));
      prefix = RUN_ICON[r];
    } else if (diffing) prefix = DIFF_ICON[mark];
    lines.push(`  subgraph ${gid}[${label([`${prefix}\u21C9 ${mermaidText(g.id, max)}`, "parallel"])}]`, "    direction TB");
    for (const s of steps) if (memberGroup.get(s.id) === g && !grouped.has(s.id)) {
      grouped.add(s.id);
      lines.push(`    ${nodeLine(s)}`);
    }
    for (const m of g.members) if (!ids.has(m.id) && !missing.has(m.id)) lines.push(`    ${idOf(m.id)}`);
    lines.push("  end");
    if (diffing && !run && mark !== "unchanged") classify(`${mark}`, gid);
  }
  for (const s of steps) if (!grouped.has(s.id)) lines.push(`  ${nodeLine(s)}`);
  const edgeLines = [];
  const removedEdges = [];
  const takenEdges = [];
  const target = (e) => e.target.kind === "step" ? idOf(e.target.id) : terminalOf(e.target.outcome);
  const link = (from, e, style) => {
    const arrow = style === "removed" ? "-.->" : style === "taken" ? "==>" : "-->";
    const text = e.outcome !== void 0 ? `|${label([mermaidText(e.outcome, max)])}|` : "";
    if (style === "removed") removedEdges.push(edgeLines.length);
    if (style === "taken") takenEdges.push(edgeLines.length);
    edgeLines.push(`  ${from} ${arrow}${text} ${target(e)}`);
  };
  const taken = (id, e) => {
    if (!run) return false;
    const s = run.steps[id];
    return s?.status === "done" && (e.outcome === void 0 || e.outcome === s.outcome);
  };
  if (entry !== void 0) {
    if (run?.steps[entry]) takenEdges.push(edgeLines.length);
    edgeLines.push(`  s0 ${run?.steps[entry] ? "==>" : "-->"} ${idOf(entry)}`);
  }
  const baseEdges = /* @__PURE__ */ new Map();
  if (diffing && base) for (const n of [...uniqueSteps(base), ...uniqueGroups(base)]) baseEdges.set(n.id, n.edges);
  const drawEdges = (id, edges, removedNode) => {
    const from = ids.get(id);
    const headKeys = new Set(edges.map((e) => edgeKey(id, e)));
    if (!removedNode) for (const e of edges) link(from, e, taken(id, e) ? "taken" : "normal");
    if (diffing) {
      for (const e of baseEdges.get(id) ?? []) if (removedNode || !headKeys.has(edgeKey(id, e))) link(from, e, "removed");
    }
  };
  for (const s of steps) drawEdges(s.id, removedSteps.includes(s) ? [] : s.edges, removedSteps.includes(s));
  for (const g of groups) if (ids.get(g.id)?.startsWith("g")) drawEdges(g.id, removedGroups.includes(g) ? [] : g.edges, removedGroups.includes(g));
  for (const [stepId, m] of missing) {
    if (![...lines].some((l) => l.trim() === m)) lines.push(`  ${m}[${label([`\u26A0\uFE0F ${mermaidText(stepId, max)}`, "no such step"])}]`);
    else lines[lines.findIndex((l) => l.trim() === m)] = `    ${m}[${label([`\u26A0\uFE0F ${mermaidText(stepId, max)}`, "no such step"])}]`;
    classify("missing", m);
  }
  for (const [outcome, t] of terminals) {
    const reached = run?.outcome === outcome && (run.status === "completed" || run.status === "failed");
    lines.push(`  ${t}([${label([`${reached ? "\u{1F3C1} " : ""}${mermaidText(outcome, max)}`])}])`);
    classify(reached ? "done" : "terminal", t);
  }
  lines.push(...edgeLines);
  const used = [...classes.keys()];
  for (const cls of used) lines.push(`  classDef mv_${cls} ${CLASS_DEFS[cls]}`);
  for (const [cls, members] of classes) lines.push(`  class ${members.join(",")} mv_${cls}`);
  if (removedEdges.length) lines.push(`  linkStyle ${removedEdges.join(",")} stroke:#9aa0a6,stroke-dasharray:5 5`);
  if (takenEdges.length) lines.push(`  linkStyle ${takenEdges.join(",")} stroke:#188038`);
  return { text: lines.join("\n") + "\n", counts };
}
function diagramLegend(kind) {
  const shapes = "Shapes: \u{1F916} AI step (hexagon) \xB7 \u2699\uFE0F deterministic (rectangle) \xB7 \u{1F464} human gate (diamond) \xB7 \u{1F4E6} contract call (double-sided box) \xB7 \u21C9 parallel group (box around its steps) \xB7 end of the flow (rounded, named by its outcome).";
  if (kind === "diff") return `${shapes}
Marks: \u{1F195} added (green) \xB7 \u270F\uFE0F changed (orange) \xB7 \u{1F5D1}\uFE0F removed (grey, dashed, with its dotted edges) \xB7 unmarked: unchanged.`;
  if (kind === "run") return `${shapes}
Marks: \u2705 finished (green) \xB7 \u23F3 running (blue) \xB7 \u{1F6A6} waiting at a gate (orange) \xB7 \u274C failed (red) \xB7 \u{1F553} queued \xB7 unmarked: not reached yet. Thick arrows: the path taken; \u{1F3C1} the outcome reached.`;
  return shapes;
}
function mermaidFence(diagram) {
  return "```mermaid\n" + diagram.text.replace(/`/g, "#96;") + "```";
}

// src/report/flow-diagrams.ts
var MAX_DIAGRAMS = 5;
var MAX_DIAGRAM_CHARS = 2e4;
var DIAGRAM_BUDGET = 36e3;
var MAX_DIAGRAM_STEPS = 120;
function mdText(text) {
  return printable(text).replace(/[\u0085\u00a0\u1680\u180e\u2000-\u200f\u205f-\u206f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function tooBig(model, diagram) {
  return model.steps.length + model.groups.length > MAX_DIAGRAM_STEPS || diagram.text.length > MAX_DIAGRAM_CHARS;
}
function changedFlows(head, base) {
  const out = [];
  for (const c of base.comparison.impact.changes) {
    if (c.kind !== "flow" || c.change !== "added" && c.change !== "modified") continue;
    const doc = documentAt(head.registry, c.path);
    if (!doc?.json?.ok) continue;
    const old = c.change === "modified" ? documentAt(base.result.registry, c.path) : void 0;
    const contract = head.registry.flowOwners.get(c.path);
    out.push({ path: c.path, change: c.change, head: readFlow(doc.json.value), ...old?.json?.ok ? { base: readFlow(old.json.value) } : {}, ...contract ? { contract } : {} });
  }
  return out;
}
function flowDiagramsSection(head, options = {}) {
  if (!head.base) return void 0;
  const flows = changedFlows(head, head.base);
  if (flows.length === 0) return void 0;
  const max = options.max ?? MAX_DIAGRAMS;
  let budget = options.budget ?? DIAGRAM_BUDGET;
  const parts = ["#### Flow diagrams", ""];
  let drawn = 0;
  const left = [];
  for (const f of flows) {
    const name = `${f.contract ? `${mdText(f.contract)} \xB7 ` : ""}${mdText(f.path)}`;
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
function gateDetails(g) {
  const lines = [`**Gate ${mdText(g.step)}:** ${g.question ? mdText(g.question) : "a decision is needed"}`, ""];
  for (const o of g.options) lines.push(`- ${mdText(o.id)}${o.label ? `: ${mdText(o.label)}` : ""}${o.description ? ` (${mdText(o.description)})` : ""}`);
  const who = g.approvers.length ? g.approvers.map(mdText).join(", ") : "nobody (the role maps to no one)";
  lines.push("", `Entitled approvers${g.role ? ` (role ${mdText(g.role)}${g.required ? `, ${g.required} needed` : ""})` : ""}: ${who}.`);
  return lines.join("\n");
}
function runGraphMarkdown(flow, run, gates = []) {
  const model = readFlow(flow);
  const diagram = flowMermaid(model, { run });
  const parts = ["<details open><summary>Where the run stands</summary>", ""];
  if (tooBig(model, diagram)) parts.push(`The flow is too large to draw here (${plural(model.steps.length, "step")}).`);
  else parts.push(mermaidFence(diagram), "", `<sub>${diagramLegend("run").split("\n").join("<br>")}</sub>`);
  for (const g of gates) parts.push("", gateDetails(g));
  parts.push("", "</details>");
  return parts.join("\n");
}

export {
  mdText,
  flowDiagramsSection,
  runGraphMarkdown
};
