import { canonicalJson } from "../util/canonical.ts";
import { stringsOf } from "../util/walk.ts";
import { applyRule, type RunData } from "./data.ts";

export type DeterministicResult = { ok: true; outcome: string; output: unknown } | { ok: false; reason: string };

/** Validates a value against a JSON Schema object (the condition form of a DETERMINISTIC step). */
export type SchemaCheck = (schema: unknown, value: unknown) => boolean;

const TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b/;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/i;

/**
 * The determinism guard of mova-flat-runner: a DETERMINISTIC step gives the
 * same output for the same inputs. JSON Logic has no clock and no random
 * source, but the guard still checks: the rule is evaluated twice and must
 * agree, and the output may carry no timestamp or UUID that is not already in
 * what the step read.
 */
export function determinismViolation(output: unknown, again: unknown, data: RunData): string | undefined {
  if (canonicalJson(output) !== canonicalJson(again)) return "the rule gave two different results for the same data";
  const seen = new Set([...stringsOf(data)].map((s) => s.value));
  for (const s of stringsOf(output)) {
    for (const pattern of [TIMESTAMP, UUID]) {
      const m = pattern.exec(s.value);
      if (m && ![...seen].some((v) => v.includes(m[0]))) return `its output carries ${pattern === TIMESTAMP ? "a timestamp" : "a random-looking id"} (${m[0]}) that is not in its inputs`;
    }
  }
  return undefined;
}

/**
 * Runs a DETERMINISTIC step: a JSON Logic `rule` whose result is the outcome
 * (a string), pass/fail (a boolean) or an output object with an `outcome`;
 * or a JSON Schema `condition` over the data, pass when it holds. Never code.
 */
export function runDeterministic(step: Record<string, unknown>, data: RunData, schemaCheck: SchemaCheck): DeterministicResult {
  let result: unknown;
  if (step.rule !== undefined) {
    try {
      result = applyRule(step.rule, data);
      const violation = determinismViolation(result, applyRule(step.rule, data), data);
      if (violation) return { ok: false, reason: `determinism guard: ${violation}` };
    } catch (error) {
      return { ok: false, reason: `the rule cannot be evaluated: ${(error as Error).message}` };
    }
  } else if (step.condition !== undefined) {
    result = schemaCheck(step.condition, data);
  } else result = true;

  if (typeof result === "string" && result !== "") return { ok: true, outcome: result, output: { outcome: result } };
  if (typeof result === "boolean") return { ok: true, outcome: result ? "pass" : "fail", output: { outcome: result ? "pass" : "fail" } };
  if (result !== null && typeof result === "object" && !Array.isArray(result) && typeof (result as { outcome?: unknown }).outcome === "string")
    return { ok: true, outcome: (result as { outcome: string }).outcome, output: result };
  return { ok: false, reason: `the rule gave ${JSON.stringify(result)}; it must give an outcome (a string), true/false, or an object with an "outcome"` };
}
