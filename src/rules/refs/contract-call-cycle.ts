import type { ContractPackage } from "../../registry/document.ts";
import { contractCallsOf, referenceAt } from "../../registry/references.ts";
import { ruleMeta, type RegistryRule } from "../rule.ts";

interface Call {
  from: ContractPackage;
  to: string;
  /** Its place among the flow's references: the pointer is made only for a call that closes a ring. */
  at: number;
}

/** Contracts that call each other in a ring would start child runs forever. */
export const refsContractCallCycle: RegistryRule = {
  meta: ruleMeta("refs/contract-call-cycle", "error", "Contracts call each other in a ring through CONTRACT_CALL steps, so a run would start child runs without end."),
  checkRegistry({ registry, sink }) {
    const calls = new Map<string, Call[]>();
    // By index: for-of loops over every package and reference made an iterator result per item.
    for (let i = 0; i < registry.packages.length; i++) {
      const pkg = registry.packages[i]!;
      if (!pkg.id || !pkg.flow || pkg.flow.kind !== "flow") continue;
      calls.set(pkg.id, contractCallsOf(pkg.flow).map(({ target, at }) => ({ from: pkg, to: target, at })));
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
            doc: flow,
            pointer: referenceAt(flow, call.at).pointer,
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
