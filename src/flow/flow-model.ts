import { appendPointer } from "../json/pointer.ts";

/**
 * A flow read into a graph, tolerant of any shape: rules, the runner and the
 * catalog all work from this one reading of the mova-flat-runner format, so
 * they agree on what the steps and the edges are.
 */

export const EXECUTION_MODES = ["AI_ATOMIC", "DETERMINISTIC", "HUMAN_GATE", "CONTRACT_CALL"] as const;
export type ExecutionMode = (typeof EXECUTION_MODES)[number];

/** mova-flat-runner treats a step without execution_mode as DETERMINISTIC. */
export const DEFAULT_MODE: ExecutionMode = "DETERMINISTIC";

export type Target = { kind: "step"; id: string } | { kind: "terminal"; outcome: string };

/** One way out of a node: for an outcome (or for every outcome), to a target. */
export interface Edge {
  /** The outcome that takes this edge; undefined for a plain `next`. */
  outcome?: string;
  target: Target;
  /** Where the target is written. */
  pointer: string;
}

export interface FlowStep {
  kind: "step";
  id: string;
  /** Pointer of the step object. */
  pointer: string;
  /** Pointer of the key or `id` naming the step. */
  idPointer: string;
  idTarget: "key" | "value";
  mode: ExecutionMode | string;
  raw: Record<string, unknown>;
  edges: Edge[];
}

export interface ParallelGroup {
  kind: "group";
  id: string;
  pointer: string;
  idPointer: string;
  members: Array<{ id: string; pointer: string }>;
  edges: Edge[];
}

export type FlowNode = FlowStep | ParallelGroup;

export interface FlowModel {
  entry?: { id: string; pointer: string };
  /** Every step in document order, repeated ids included. */
  steps: FlowStep[];
  groups: ParallelGroup[];
  /** Steps and groups by id; the first definition of an id wins. */
  nodes: Map<string, FlowNode>;
  /** Which parallel group each member step belongs to (the first one). */
  groupOf: Map<string, ParallelGroup>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A `next` target: `"id"`, `{"step": id}` or `{"terminal": outcome}`. */
export function readTarget(value: unknown): Target | undefined {
  if (typeof value === "string") return { kind: "step", id: value };
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && typeof value.step === "string") return { kind: "step", id: value.step };
    if (keys.length === 1 && typeof value.terminal === "string") return { kind: "terminal", outcome: value.terminal };
  }
  return undefined;
}

/** The edges of a `next`: one target for every outcome, or an object of outcomes. */
export function readNext(next: unknown, pointer: string): Edge[] {
  if (next === undefined) return [];
  const single = readTarget(next);
  if (single) return [{ target: single, pointer: single.kind === "step" && typeof next === "string" ? pointer : appendPointer(pointer, single.kind === "step" ? "step" : "terminal") }];
  if (!isObject(next)) return [];
  const edges: Edge[] = [];
  for (const [outcome, value] of Object.entries(next)) {
    const target = readTarget(value);
    if (!target) continue;
    const at = appendPointer(pointer, outcome);
    edges.push({ outcome, target, pointer: typeof value === "string" ? at : appendPointer(at, target.kind === "step" ? "step" : "terminal") });
  }
  return edges;
}

export function readFlow(value: unknown): FlowModel {
  const model: FlowModel = { steps: [], groups: [], nodes: new Map(), groupOf: new Map() };
  if (!isObject(value)) return model;
  if (typeof value.entry === "string") model.entry = { id: value.entry, pointer: "/entry" };

  const addStep = (id: string, raw: unknown, pointer: string, idPointer: string, idTarget: "key" | "value") => {
    const step = isObject(raw) ? raw : {};
    const mode = typeof step.execution_mode === "string" ? step.execution_mode : DEFAULT_MODE;
    const s: FlowStep = { kind: "step", id, pointer, idPointer, idTarget, mode, raw: step, edges: readNext(step.next, appendPointer(pointer, "next")) };
    model.steps.push(s);
    if (!model.nodes.has(id)) model.nodes.set(id, s);
  };
  if (Array.isArray(value.steps)) {
    value.steps.forEach((raw, i) => {
      const pointer = appendPointer("/steps", i);
      const id = isObject(raw) && typeof raw.id === "string" ? raw.id : `#${i}`;
      addStep(id, raw, pointer, appendPointer(pointer, "id"), "value");
    });
  } else if (isObject(value.steps)) {
    for (const [key, raw] of Object.entries(value.steps)) {
      const pointer = appendPointer("/steps", key);
      addStep(key, raw, pointer, pointer, "key");
    }
  }

  if (Array.isArray(value.parallel_steps)) {
    value.parallel_steps.forEach((raw, i) => {
      if (!isObject(raw) || typeof raw.id !== "string") return;
      const pointer = appendPointer("/parallel_steps", i);
      const members = Array.isArray(raw.steps)
        ? raw.steps.flatMap((m, j) => (typeof m === "string" ? [{ id: m, pointer: appendPointer(appendPointer(pointer, "steps"), j) }] : []))
        : [];
      const group: ParallelGroup = { kind: "group", id: raw.id, pointer, idPointer: appendPointer(pointer, "id"), members, edges: readNext(raw.next, appendPointer(pointer, "next")) };
      model.groups.push(group);
      if (!model.nodes.has(group.id)) model.nodes.set(group.id, group);
      for (const m of members) if (!model.groupOf.has(m.id)) model.groupOf.set(m.id, group);
    });
  }
  return model;
}

/** Where control can go from a node: its edges' steps, and for a group its members too. */
export function successors(model: FlowModel, node: FlowNode): Array<{ id: string; pointer: string }> {
  const out: Array<{ id: string; pointer: string }> = [];
  if (node.kind === "group") out.push(...node.members);
  for (const e of node.edges) if (e.target.kind === "step") out.push({ id: e.target.id, pointer: e.pointer });
  return out.filter((s) => model.nodes.has(s.id));
}

export function stepsByMode(model: FlowModel, mode: ExecutionMode): FlowStep[] {
  return model.steps.filter((s) => s.mode === mode);
}

const cache = new WeakMap<object, FlowModel>();

/** The model of a flow document's value, read once per value. */
export function flowModelOf(value: unknown): FlowModel {
  if (!isObject(value)) return readFlow(value);
  let model = cache.get(value);
  if (!model) cache.set(value, (model = readFlow(value)));
  return model;
}
