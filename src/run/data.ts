import jsonLogic from "json-logic-js";

// JSON Logic is declarative, but json-logic-js's "log" writes to the console: a side effect a rule must not have.
jsonLogic.rm_operation("log");

/** The standard JSON Logic operations (jsonlogic.com/operations.html), minus log. */
const OPERATIONS = new Set([
  "var", "missing", "missing_some", "if", "?:", "==", "===", "!=", "!==", "!", "!!", "or", "and",
  ">", ">=", "<", "<=", "max", "min", "+", "-", "*", "/", "%", "map", "reduce", "filter", "all", "none", "some",
  "merge", "in", "cat", "substr",
]);

/** A JSON Logic rule: an object with exactly one key that names an operation. */
export function isRule(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && OPERATIONS.has(keys[0]!);
}

/** Evaluates a JSON Logic rule over the run's data. */
export function applyRule(rule: unknown, data: RunData): unknown {
  return jsonLogic.apply(rule as jsonLogic.RulesLogic, data as unknown as Record<string, unknown>);
}

/**
 * What rules and mappings see of a run: the frame's inputs, and each done
 * step's outcome and output, as `inputs.*` and `steps.<id>.output.*`.
 */
export interface RunData {
  inputs: unknown;
  steps: Record<string, { outcome?: string; output?: unknown }>;
  run: { id: string; contract_id: string };
}

/** Resolves a mapping: JSON Logic rules are evaluated, everything else is taken literally, at any depth. */
export function resolveMapping(mapping: unknown, data: RunData): unknown {
  if (isRule(mapping)) return applyRule(mapping, data);
  if (Array.isArray(mapping)) return mapping.map((m) => resolveMapping(m, data));
  if (mapping !== null && typeof mapping === "object") return Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, resolveMapping(v, data)]));
  return mapping;
}
