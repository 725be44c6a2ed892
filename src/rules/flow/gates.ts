import { appendPointer } from "../../json/pointer.ts";
import { quoteList } from "../../util/similar.ts";
import { flowRule } from "./flow-rule.ts";

export const flowDecisionOptions = flowRule(
  "flow/decision-options",
  "error",
  "A human gate's decision options are empty or repeated, or its next, approve_option or reject_option do not match them.",
  (flow, _value, report) => {
    for (const step of flow.steps) {
      if (step.mode !== "HUMAN_GATE" || !Array.isArray(step.raw.decision_options)) continue;
      const at = appendPointer(step.pointer, "decision_options");
      const options = step.raw.decision_options as unknown[];
      if (options.length === 0) {
        report(at, `gate "${step.id}" offers no decision options`, "list at least two, e.g. approve and reject");
        continue;
      }
      const ids: string[] = [];
      options.forEach((o, i) => {
        const id = o && typeof o === "object" ? (o as { id?: unknown }).id : undefined;
        if (typeof id !== "string") return;
        if (ids.includes(id)) report(appendPointer(appendPointer(at, i), "id"), `gate "${step.id}" lists option "${id}" twice`, "give each option its own id");
        else ids.push(id);
      });
      if (ids.length === 1) report(at, `gate "${step.id}" offers a single option, so nobody decides anything`, "add the alternative, e.g. reject");
      for (const key of ["approve_option", "reject_option"] as const) {
        const v = step.raw[key];
        if (typeof v === "string" && !ids.includes(v)) report(appendPointer(step.pointer, key), `${key} "${v}" is not one of the gate's options (${quoteList(ids)})`, "name one of the decision options");
      }
      const outcomes = step.edges.filter((e) => e.outcome !== undefined);
      if (outcomes.length === 0) continue; // one next for every decision
      for (const e of outcomes)
        if (!ids.includes(e.outcome!)) report(e.pointer.replace(/\/(step|terminal)$/, ""), `next has an outcome "${e.outcome}" that is not one of the gate's options`, `use one of ${quoteList(ids)}`, "key");
      for (const id of ids)
        if (!outcomes.some((e) => e.outcome === id)) report(appendPointer(step.pointer, "next"), `option "${id}" of gate "${step.id}" leads nowhere: next has no target for it`, `add "${id}": {"terminal": "..."} or a step`);
    }
  },
);

export const flowParallelGroup = flowRule(
  "flow/parallel-group",
  "error",
  "A parallel group is malformed: a member has its own next (the group continues for it), or a step belongs to two groups.",
  (flow, _value, report) => {
    const owner = new Map<string, string>();
    for (const group of flow.groups)
      for (const m of group.members) {
        const step = flow.nodes.get(m.id);
        if (step?.kind === "step" && step.raw.next !== undefined)
          report(appendPointer(step.pointer, "next"), `step "${m.id}" runs in parallel group "${group.id}" but has its own next`, `remove it: after all members finish, the run continues at the group's next`, "key");
        const other = owner.get(m.id);
        if (other !== undefined) report(m.pointer, `step "${m.id}" is in parallel groups "${other}" and "${group.id}"`, "a step runs in one group at most");
        else owner.set(m.id, group.id);
      }
  },
);

export const flowSystemContractCall = flowRule(
  "flow/system-contract-call",
  "error",
  "A CONTRACT_CALL targets a system contract (SYSTEM_CONTRACT_VIOLATION) from a contract not allowed to call it.",
  (flow, _value, report, ctx, doc) => {
    const system = ctx.frame.systemContracts;
    if (system.size === 0) return;
    const policy = ctx.frame.config.policy;
    const caller = ctx.frame.flowOwners.get(doc.path);
    const allowed = Array.isArray(policy.system_contract_callers) ? (policy.system_contract_callers as string[]) : [];
    if (caller && allowed.includes(caller)) return;
    for (const step of flow.steps) {
      const target = step.raw.contract_id;
      if (step.mode === "CONTRACT_CALL" && typeof target === "string" && system.has(target))
        report(appendPointer(step.pointer, "contract_id"), `step "${step.id}" calls system contract "${target}"`, `system contracts are privileged; if ${caller ?? "this contract"} must call it, add it to policy.system_contract_callers in mova.registry.json`);
    }
  },
);
