import { appendPointer } from "../../json/pointer.ts";
import { closest, quoteList } from "../../util/similar.ts";
import { flowRule } from "./flow-rule.ts";

/**
 * The security guards of mova-flat-runner (seed 001, "Security Guards"),
 * applied when a flow is proposed rather than when it is registered:
 * flow_schema_guard (CFV-9), class_definition_guard (CFV-10), step_mode_guard.
 */

/** mova-flat-runner's ALLOWED_FLOW_TOP_LEVEL_KEYS. */
export const ALLOWED_FLOW_KEYS: readonly string[] = [
  "version",
  "description",
  "entry",
  "steps",
  "parallel_steps",
  "notes",
  "audit_mode",
  "audit_mode_note",
  "class_definition_ref",
  "CONTRACT_CALL_instructions",
  "input_schema",
  "output_schema",
  "metadata",
];

/** Class definitions are resolved from the registry by class_id, never carried inline. */
export const FORBIDDEN_FLOW_KEYS: readonly string[] = ["class_definition", "class_definition_ref", "class_definition_inline", "class_def_override", "class_def"];

export const flowUnknownKey = flowRule(
  "flow/unknown-key",
  "error",
  "A flow has a top-level key outside mova-flat-runner's allow-list (FLOW_SCHEMA_VIOLATION): unknown keys such as __admin_override could smuggle privilege hints into the runtime.",
  (_flow, value, report) => {
    for (const key of Object.keys(value)) {
      if (ALLOWED_FLOW_KEYS.includes(key) || FORBIDDEN_FLOW_KEYS.includes(key)) continue;
      const near = closest(key, ALLOWED_FLOW_KEYS);
      report(
        appendPointer("", key),
        `unknown top-level key "${key}": flows accept only ${quoteList(ALLOWED_FLOW_KEYS, 20)}`,
        near ? `did you mean "${near}"? Otherwise remove it; extra data belongs under "metadata"` : 'remove it; extra data belongs under "metadata"',
        "key",
      );
    }
  },
);

export const flowInlineClassDefinition = flowRule(
  "flow/inline-class-definition",
  "error",
  "A flow carries a class definition inline (INLINE_CLASS_DEFINITION_FORBIDDEN): severity bands and noise controls must come from the registry by class_id.",
  (_flow, value, report) => {
    for (const key of FORBIDDEN_FLOW_KEYS)
      if (Object.hasOwn(value, key))
        report(appendPointer("", key), `inline class-definition field "${key}" is forbidden in a flow`, "remove it and reference the class via class_id, resolved from the registry", "key");
  },
);

export const flowStepMode = flowRule(
  "flow/step-mode",
  "error",
  "A step's execution_mode disagrees with its fields (STEP_MODE_FIELD_MISMATCH): DETERMINISTIC with a model, AI_ATOMIC without one, CONTRACT_CALL without contract_id, HUMAN_GATE without decision_options.",
  (flow, _value, report) => {
    for (const step of flow.steps) {
      const s = step.raw;
      const str = (v: unknown) => typeof v === "string" && v.trim() !== "";
      if (step.mode === "DETERMINISTIC" && s.model !== undefined)
        report(appendPointer(step.pointer, "model"), `step "${step.id}" is DETERMINISTIC but declares a model`, "DETERMINISTIC steps run declarative checks, never a model: remove \"model\", or make the step AI_ATOMIC", "key");
      if (step.mode === "AI_ATOMIC" && !str(s.model))
        report(step.pointer, `step "${step.id}" is AI_ATOMIC but has no model`, 'add "model" with the model id the connector serves, e.g. "gpt-4o-mini"');
      if (step.mode === "CONTRACT_CALL" && !str(s.contract_id))
        report(step.pointer, `step "${step.id}" is CONTRACT_CALL but has no contract_id`, 'add "contract_id" with the package_id of the contract to call');
      if (step.mode === "HUMAN_GATE" && !Array.isArray(s.decision_options))
        report(step.pointer, `step "${step.id}" is HUMAN_GATE but has no decision_options array`, 'add "decision_options": [{"id": "approve", "label": "Approve"}, {"id": "reject", "label": "Reject"}]');
    }
  },
);
