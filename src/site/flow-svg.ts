import dagre from "@dagrejs/dagre";
import type { FlowModel, Target } from "../flow/flow-model.ts";
import { esc } from "./html.ts";

/**
 * A contract's flow as inline SVG, laid out at build time with dagre: one
 * shape per execution mode, outcome labels on the edges, the entry marked and
 * every terminal outcome a node of its own. Every piece of text is escaped.
 */

const CHAR = 7.2;
const LINE = 16;

interface NodeBox {
  key: string;
  kind: "start" | "step" | "group" | "terminal" | "missing";
  mode?: string;
  label: string;
  sub?: string;
  tooltip?: string;
  width: number;
  height: number;
}

const MODE_LABEL: Record<string, string> = { AI_ATOMIC: "AI step", DETERMINISTIC: "deterministic", HUMAN_GATE: "human gate", CONTRACT_CALL: "contract call" };

function clip(text: string, max = 42): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

function modeClass(mode: string | undefined): string {
  switch (mode) {
    case "AI_ATOMIC":
      return "ai";
    case "DETERMINISTIC":
      return "det";
    case "HUMAN_GATE":
      return "gate";
    case "CONTRACT_CALL":
      return "call";
    default:
      return "other";
  }
}

function targetKey(t: Target): string {
  return t.kind === "step" ? `s\u0000${t.id}` : `t\u0000${t.outcome}`;
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The flow diagram, or undefined when the flow has no steps. */
export function flowSvg(model: FlowModel, options: { title?: string } = {}): string | undefined {
  if (model.steps.length === 0 && model.groups.length === 0) return undefined;
  const boxes = new Map<string, NodeBox>();
  const edges: Array<{ from: string; to: string; label?: string }> = [];
  const size = (label: string, sub: string | undefined, pad: number) => ({
    width: Math.max(label.length, sub?.length ?? 0) * CHAR + pad,
    height: sub ? LINE * 2 + 16 : LINE + 16,
  });

  for (const [id, node] of model.nodes) {
    const key = `s\u0000${id}`;
    if (node.kind === "step") {
      const title = typeof node.raw.title === "string" ? node.raw.title : undefined;
      const mode = String(node.mode);
      const sub = MODE_LABEL[mode] ?? clip(mode, 24);
      const label = clip(id);
      const pad = mode === "HUMAN_GATE" ? 56 : mode === "CONTRACT_CALL" ? 44 : 28;
      const called = mode === "CONTRACT_CALL" && typeof node.raw.contract_id === "string" ? ` → ${node.raw.contract_id}` : "";
      boxes.set(key, { key, kind: "step", mode, label, sub, tooltip: `${id} (${mode})${title ? `: ${title}` : ""}${called}`, ...size(label, sub, pad) });
    } else {
      const label = clip(id);
      const sub = `parallel: ${clip(node.members.map((m) => m.id).join(", "), 36)}`;
      boxes.set(key, { key, kind: "group", label, sub, tooltip: `${id} (parallel group of ${node.members.map((m) => m.id).join(", ")})`, ...size(label, sub, 28) });
      for (const m of node.members) edges.push({ from: key, to: `s\u0000${m.id}`, label: "member" });
    }
    for (const e of node.edges) edges.push({ from: key, to: targetKey(e.target), ...(e.outcome !== undefined ? { label: e.outcome } : {}) });
  }
  for (const e of edges) {
    if (boxes.has(e.to)) continue;
    const [kind, name] = e.to.split("\u0000") as ["s" | "t", string];
    const label = clip(name);
    if (kind === "t") boxes.set(e.to, { key: e.to, kind: "terminal", label, tooltip: `terminal outcome ${name}`, ...size(label, undefined, 36) });
    else boxes.set(e.to, { key: e.to, kind: "missing", label, sub: "not defined", tooltip: `${name}: no such step`, ...size(label, "not defined", 28) });
  }
  if (model.entry) {
    const start = "start\u0000";
    boxes.set(start, { key: start, kind: "start", label: "", tooltip: "start", width: 18, height: 18 });
    const entryKey = `s\u0000${model.entry.id}`;
    if (!boxes.has(entryKey)) boxes.set(entryKey, { key: entryKey, kind: "missing", label: clip(model.entry.id), sub: "not defined", tooltip: `${model.entry.id}: no such step`, ...size(model.entry.id, "not defined", 28) });
    edges.unshift({ from: start, to: entryKey });
  }

  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 36, ranksep: 46, edgesep: 16, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const keys = [...boxes.keys()];
  const nodeId = (key: string) => `n${keys.indexOf(key)}`;
  for (const b of boxes.values()) g.setNode(nodeId(b.key), { width: b.width, height: b.height });
  edges.forEach((e, i) => {
    const label = e.label !== undefined ? clip(e.label, 36) : undefined;
    g.setEdge(nodeId(e.from), nodeId(e.to), label ? { width: label.length * 6.6 + 10, height: 18, labelpos: "c" } : {}, `e${i}`);
  });
  dagre.layout(g);
  const graph = g.graph();
  const width = Math.ceil(graph.width ?? 100);
  const height = Math.ceil(graph.height ?? 100);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${options.title ? ` aria-label="${esc(options.title)}"` : ""}>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>`,
  );
  if (options.title) parts.push(`<title>${esc(options.title)}</title>`);
  edges.forEach((e, i) => {
    const edge = g.edge({ v: nodeId(e.from), w: nodeId(e.to), name: `e${i}` }) as { points?: Array<{ x: number; y: number }>; x?: number; y?: number };
    const points = edge.points ?? [];
    if (points.length < 2) return;
    const d = points.map((p, j) => `${j === 0 ? "M" : "L"}${num(p.x)},${num(p.y)}`).join(" ");
    parts.push(`<g class="edge${e.label === "member" ? " member" : ""}"><path d="${d}" marker-end="url(#arrow)"/>`);
    if (e.label !== undefined && edge.x !== undefined && edge.y !== undefined) {
      const text = clip(e.label, 36);
      const w = text.length * 6.6 + 10;
      parts.push(
        `<rect class="edge-label-bg" x="${num(edge.x - w / 2)}" y="${num(edge.y - 9)}" width="${num(w)}" height="18" rx="4"/>`,
        `<text class="edge-label" x="${num(edge.x)}" y="${num(edge.y + 4)}" text-anchor="middle">${esc(text)}</text>`,
      );
    }
    parts.push(`</g>`);
  });
  for (const b of boxes.values()) {
    const n = g.node(nodeId(b.key)) as { x: number; y: number };
    const x = n.x - b.width / 2;
    const y = n.y - b.height / 2;
    const cls = b.kind === "step" ? `node step mode-${modeClass(b.mode)}` : `node ${b.kind}`;
    const data = b.kind === "step" || b.kind === "missing" || b.kind === "group" ? ` data-step="${esc(b.key.slice(2))}"` : b.kind === "terminal" ? ` data-terminal="${esc(b.key.slice(2))}"` : "";
    parts.push(`<g class="${cls}"${data}><title>${esc(b.tooltip ?? b.label)}</title>`);
    if (b.kind === "start") parts.push(`<circle cx="${num(n.x)}" cy="${num(n.y)}" r="8"/>`);
    else if (b.kind === "terminal") parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(b.width)}" height="${num(b.height)}" rx="${num(b.height / 2)}"/>`);
    else if (b.mode === "HUMAN_GATE") {
      const i = 14;
      const pts = [
        [x, n.y],
        [x + i, y],
        [x + b.width - i, y],
        [x + b.width, n.y],
        [x + b.width - i, y + b.height],
        [x + i, y + b.height],
      ];
      parts.push(`<polygon points="${pts.map(([px, py]) => `${num(px!)},${num(py!)}`).join(" ")}"/>`);
    } else if (b.mode === "CONTRACT_CALL") {
      parts.push(
        `<rect x="${num(x)}" y="${num(y)}" width="${num(b.width)}" height="${num(b.height)}"/>`,
        `<line x1="${num(x + 8)}" y1="${num(y)}" x2="${num(x + 8)}" y2="${num(y + b.height)}"/>`,
        `<line x1="${num(x + b.width - 8)}" y1="${num(y)}" x2="${num(x + b.width - 8)}" y2="${num(y + b.height)}"/>`,
      );
    } else {
      const rx = b.mode === "AI_ATOMIC" ? 12 : b.kind === "group" ? 6 : 2;
      parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(b.width)}" height="${num(b.height)}" rx="${rx}"/>`);
    }
    if (b.kind !== "start") {
      if (b.sub) {
        parts.push(`<text class="label" x="${num(n.x)}" y="${num(n.y - 2)}" text-anchor="middle">${esc(b.label)}</text>`);
        parts.push(`<text class="sub" x="${num(n.x)}" y="${num(n.y + 14)}" text-anchor="middle">${esc(b.sub)}</text>`);
      } else parts.push(`<text class="label" x="${num(n.x)}" y="${num(n.y + 5)}" text-anchor="middle">${esc(b.label)}</text>`);
    }
    parts.push(`</g>`);
  }
  parts.push(`</svg>`);
  return parts.join("\n");
}
