import { flowModelOf } from "../../flow/flow-model.ts";
import { appendPointer } from "../../json/pointer.ts";
import type { ContractPackage } from "../../registry/document.ts";
import { ruleMeta, type RegistryRule } from "../rule.ts";

interface Call {
  from: ContractPackage;
  to: string;
  pointer: string;
}

/** Contracts that call each other in a ring would start child runs forever. */
export const refsContractCallCycle: RegistryRule = {
  meta: ruleMeta("refs/contract-call-cycle", "error", "Contracts call each other in a ring through CONTRACT_CALL steps, so a run would start child runs without end."),
  checkRegistry({ registry, sink }) {
    const calls = new Map<string, Call[]>();
    for (const pkg of registry.packages) {
      if (!pkg.id || !pkg.flow?.json?.ok) continue;
      const list: Call[] = [];
      for (const step of flowModelOf(pkg.flow.json.value).steps)
        if (step.mode === "CONTRACT_CALL" && typeof step.raw.contract_id === "string")
          list.push({ from: pkg, to: step.raw.contract_id, pointer: appendPointer(step.pointer, "contract_id") });
      calls.set(pkg.id, list);
    }
    // Depth-first search for back edges; each ring is reported once, at the call that closes it.
    const state = new Map<string, "active" | "done">();
    const path: Call[] = [];
    const reported = new Set<string>();
    const visit = (id: string) => {
      state.set(id, "active");
      for (const call of calls.get(id) ?? []) {
        if (state.get(call.to) === "active") {
          const start = path.findIndex((c) => c.from.id === call.to);
          const ring = [...path.slice(start < 0 ? path.length : start), call];
          const names = [...ring.map((c) => c.from.id!), call.to];
          const key = [...new Set(names)].sort().join(" ");
          if (reported.has(key)) continue;
          reported.add(key);
          const flow = call.from.flow!;
          sink.report(this.meta, {
            file: flow.path,
            json: flow.json,
            pointer: call.pointer,
            message: `contracts call each other in a ring: ${names.join(" → ")}`,
            hint: "break the ring: one of these contracts must not call back into a contract that is calling it",
          });
        } else if (!state.has(call.to) && calls.has(call.to)) {
          path.push(call);
          visit(call.to);
          path.pop();
        }
      }
      state.set(id, "done");
    };
    for (const id of [...calls.keys()].sort()) if (!state.has(id)) visit(id);
  },
};
