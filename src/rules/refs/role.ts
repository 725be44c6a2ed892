import { appendPointer } from "../../json/pointer.ts";
import { closest } from "../../util/similar.ts";
import { flowRule } from "../flow/flow-rule.ts";

/** A gate's role must map to GitHub users or teams, or nobody could ever decide it. */
export const refsRole = flowRule(
  "refs/role",
  "error",
  "A human gate's role (or escalate_to) is not mapped to GitHub users and teams in policy.roles of mova.registry.json, so nobody could decide it.",
  (flow, _value, report, ctx) => {
    const roles = ctx.frame.config.policy.roles;
    const known = roles && typeof roles === "object" ? Object.keys(roles) : [];
    for (const step of flow.steps) {
      if (step.mode !== "HUMAN_GATE") continue;
      for (const field of ["role", "escalate_to"] as const) {
        const role = step.raw[field];
        if (typeof role !== "string" || known.includes(role)) continue;
        const near = closest(role, known);
        report(
          appendPointer(step.pointer, field),
          `gate "${step.id}" names role "${role}", which policy.roles does not map to anyone`,
          near ? `did you mean "${near}"?` : `add "${role}": {"users": [...], "teams": ["org/team"]} under policy.roles in mova.registry.json`,
        );
      }
    }
  },
);
