import type { ContractPackage } from "../../registry/document.ts";
import { referencesOf } from "../../registry/references.ts";
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
      if (!pkg.id || !pkg.flow || pkg.flow.kind !== "flow") continue;
      const list: Call[] = [];
      for (const ref of pkg.flow.references ?? referencesOf(pkg.flow)) if (ref.kind === "contract") list.push({ from: pkg, to: ref.target, pointer: ref.pointer });
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
