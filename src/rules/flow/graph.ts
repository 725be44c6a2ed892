import { appendPointer } from "../../json/pointer.ts";
import { successors, type FlowModel, type FlowNode } from "../../flow/flow-model.ts";
import { closest } from "../../util/similar.ts";
import { flowRule } from "./flow-rule.ts";

/** The graph guard of mova-flat-runner (GRAPH_STRUCTURE_INVALID), one rule per way a graph breaks. */

export const DEFAULT_MAX_STEPS = 100;

export const flowEntry = flowRule(
  "flow/entry",
  "error",
  "A flow has no entry, or its entry names no step or parallel group.",
  (flow, value, report) => {
    if (flow.steps.length === 0) return;
    if (value.entry === undefined) {
      const first = flow.steps[0]!.id;
      report("", "the flow has no entry: nothing says which step runs first", `add "entry": "${first}"`);
    } else if (!flow.entry) report("/entry", "entry must be a step id", `set "entry" to the id of the first step, e.g. "${flow.steps[0]!.id}"`);
    else if (!flow.nodes.has(flow.entry.id)) {
      const near = closest(flow.entry.id, flow.nodes.keys());
      report("/entry", `entry "${flow.entry.id}" names no step or parallel group`, near ? `did you mean "${near}"?` : `steps are ${[...flow.nodes.keys()].join(", ")}`);
    }
  },
);

export const flowDanglingNext = flowRule(
  "flow/dangling-next",
  "error",
  "A next target (a step id, {\"step\": id} or an outcome's target) or a parallel group member names no step.",
  (flow, _value, report) => {
    const nodes: FlowNode[] = [...flow.steps, ...flow.groups];
    for (const node of nodes) {
      for (const e of node.edges) {
        if (e.target.kind !== "step" || flow.nodes.has(e.target.id)) continue;
        const near = closest(e.target.id, flow.nodes.keys());
        const via = e.outcome === undefined ? "" : ` for outcome "${e.outcome}"`;
        report(e.pointer, `${node.kind === "group" ? "parallel group" : "step"} "${node.id}" goes to "${e.target.id}"${via}, which is not a step of this flow`, near ? `did you mean "${near}"?` : 'add the step, or end the run here with {"terminal": "<outcome>"}');
      }
      if (node.kind === "group")
        for (const m of node.members)
          if (!flow.nodes.has(m.id)) report(m.pointer, `parallel group "${node.id}" runs "${m.id}", which is not a step of this flow`, "add the step or remove it from the group");
    }
  },
);

export const flowSelfLoop = flowRule(
  "flow/self-loop",
  "error",
  "A step's next leads back to the step itself, so the run could never leave it.",
  (flow, _value, report) => {
    for (const node of [...flow.steps, ...flow.groups])
      for (const e of node.edges)
        if (e.target.kind === "step" && e.target.id === node.id)
          report(e.pointer, `"${node.id}" leads to itself${e.outcome === undefined ? "" : ` on outcome "${e.outcome}"`}`, "point it to the following step, or to a terminal outcome");
  },
);

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Strongly connected components (Tarjan), in a deterministic order. */
function cycles(flow: FlowModel): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (id: string) => {
    idx.set(id, index);
    low.set(id, index++);
    stack.push(id);
    onStack.add(id);
    for (const next of successors(flow, flow.nodes.get(id)!)) {
      if (next.id === id) continue; // self-loops are their own rule
      if (!idx.has(next.id)) {
        visit(next.id);
        low.set(id, Math.min(low.get(id)!, low.get(next.id)!));
      } else if (onStack.has(next.id)) low.set(id, Math.min(low.get(id)!, idx.get(next.id)!));
    }
    if (low.get(id) === idx.get(id)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== id);
      if (component.length > 1) out.push(component);
    }
  };
  for (const id of flow.nodes.keys()) if (!idx.has(id)) visit(id);
  return out;
}

export const flowCycle = flowRule(
  "flow/cycle",
  "error",
  "Steps lead back to an earlier step, so a run could loop forever; a flow is a directed acyclic graph.",
  (flow, _value, report) => {
    for (const component of cycles(flow)) {
      const members = new Set(component);
      // Walk the cycle from its smallest step id, taking the smallest next id at each step, to name it and find
      // the edge that closes it. Not document order: that is key order, and reordering a flow's keys (a
      // formatter sorting them) must not turn the finding into another one (found by test/properties.test.ts).
      const start = [...members].sort(byCodeUnits)[0]!;
      const path = [start];
      let closing = "";
      for (let current = start; ; ) {
        const next = successors(flow, flow.nodes.get(current)!)
          .sort((a, b) => byCodeUnits(a.id, b.id) || byCodeUnits(a.pointer, b.pointer))
          .find((s) => members.has(s.id) && s.id !== current && (!path.includes(s.id) || s.id === start));
        if (!next) break;
        if (next.id === start || path.includes(next.id)) {
          closing = next.pointer;
          path.push(next.id);
          break;
        }
        path.push(next.id);
        current = next.id;
      }
      report(closing || flow.nodes.get(start)!.pointer, `steps form a cycle: ${path.join(" → ")}`, "break the loop: a step that needs to repeat work should end the run with a terminal outcome and let a new run start");
    }
  },
);

export const flowDuplicateStepId = flowRule(
  "flow/duplicate-step-id",
  "error",
  "Two steps, or a step and a parallel group, share an id, or a step's id disagrees with its key.",
  (flow, _value, report) => {
    const seen = new Map<string, string>();
    for (const node of [...flow.steps, ...flow.groups]) {
      if (node.kind === "step" && node.idTarget === "key" && typeof node.raw.id === "string" && node.raw.id !== node.id)
        report(appendPointer(node.pointer, "id"), `step "${node.id}" says its id is "${node.raw.id}"`, `make "id" "${node.id}", or drop it: the key is the id`);
      const first = seen.get(node.id);
      if (first !== undefined) report(node.idPointer, `id "${node.id}" is used twice (also at ${first || "/"})`, "give every step and parallel group its own id", node.kind === "step" && node.idTarget === "key" ? "key" : "value");
      else seen.set(node.id, node.pointer);
    }
  },
);

export const flowStepLimit = flowRule(
  "flow/step-limit",
  "error",
  "A flow has more steps than policy.max_steps allows (default 100): a reviewable flow stays small, and a runaway generator is caught.",
  (flow, _value, report, ctx) => {
    const max = typeof ctx.frame.config.policy.max_steps === "number" ? ctx.frame.config.policy.max_steps : DEFAULT_MAX_STEPS;
    if (flow.steps.length > max) report("/steps", `the flow has ${flow.steps.length} steps; the limit is ${max}`, "split it into contracts that call each other with CONTRACT_CALL, or raise policy.max_steps in mova.registry.json");
  },
);

export const flowUnreachableStep = flowRule(
  "flow/unreachable-step",
  "warning",
  "A step cannot be reached from the entry, so it never runs: dead weight, or a missing next.",
  (flow, _value, report) => {
    if (!flow.entry || !flow.nodes.has(flow.entry.id)) return;
    const reached = new Set<string>([flow.entry.id]);
    const queue = [flow.entry.id];
    while (queue.length > 0) for (const s of successors(flow, flow.nodes.get(queue.shift()!)!)) if (!reached.has(s.id)) (reached.add(s.id), queue.push(s.id));
    for (const [id, node] of flow.nodes)
      if (!reached.has(id)) report(node.idPointer, `${node.kind === "group" ? "parallel group" : "step"} "${id}" is never reached from entry "${flow.entry.id}"`, "lead a next to it, or remove it", node.kind === "step" && node.idTarget === "key" ? "key" : "value");
  },
);
