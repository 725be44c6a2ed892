import { describe, expect, it } from "vitest";
import { resolveMapping } from "../../src/run/data.ts";
import { determinismViolation, runDeterministic } from "../../src/run/deterministic.ts";
import { durationMs } from "../../src/run/duration.ts";

const data = { inputs: { amount: 120, received_at: "2026-11-20T08:14:00Z", name: "x" }, steps: { a: { outcome: "pass", output: { score: 3 } } }, run: { id: "r", contract_id: "c" } };
const noSchema = () => true;

describe("DETERMINISTIC steps", () => {
  it.each([
    ["a string is the outcome", { rule: { if: [{ ">": [{ var: "inputs.amount" }, 100] }, "high", "low"] } }, "high"],
    ["true is pass", { rule: { "==": [{ var: "steps.a.output.score" }, 3] } }, "pass"],
    ["false is fail", { rule: { "<": [{ var: "inputs.amount" }, 100] } }, "fail"],
    ["an object carries its outcome", { rule: { if: [true, { cat: ["ok"] }, "no"] } }, "ok"],
    ["a JSON Schema condition", { condition: { properties: { inputs: { properties: { amount: { maximum: 200 } } } } } }, "pass"],
  ])("%s", (_n, step, outcome) => {
    const check = (schema: unknown, value: unknown) => (schema as { properties: { inputs: { properties: { amount: { maximum: number } } } } }).properties.inputs.properties.amount.maximum >= (value as typeof data).inputs.amount;
    expect(runDeterministic(step, data, check)).toMatchObject({ ok: true, outcome });
  });

  it("refuses a rule that gives no outcome, and an operation that is not declarative", () => {
    expect(runDeterministic({ rule: { "+": [1, 2] } }, data, noSchema)).toMatchObject({ ok: false, reason: /must give an outcome/ });
    expect(runDeterministic({ rule: { log: "x" } }, data, noSchema)).toMatchObject({ ok: false, reason: /cannot be evaluated: Unrecognized operation log/ });
    expect(runDeterministic({ rule: { method: [{ var: "inputs.name" }, "toUpperCase"] } }, data, noSchema)).toMatchObject({ ok: false });
  });

  it("the determinism guard: no new timestamps or random ids in an output", () => {
    expect(determinismViolation({ at: "2026-11-20T08:14:00Z" }, { at: "2026-11-20T08:14:00Z" }, data)).toBeUndefined();
    expect(determinismViolation({ at: "2031-01-01T00:00:00Z" }, { at: "2031-01-01T00:00:00Z" }, data)).toMatch(/a timestamp \(2031-01-01T00:00:00Z\) that is not in its inputs/);
    expect(determinismViolation({ id: "3f2b8c2e-9a4e-4e0b-8f63-0c1f2d6e7a90" }, { id: "3f2b8c2e-9a4e-4e0b-8f63-0c1f2d6e7a90" }, data)).toMatch(/random-looking id/);
    expect(determinismViolation({ a: 1 }, { a: 2 }, data)).toMatch(/two different results/);
  });

  it("resolves input mappings: rules evaluated, literals kept, at any depth", () => {
    expect(resolveMapping({ id: { var: "inputs.name" }, fixed: { currency: "EUR" }, list: [{ var: "inputs.amount" }, 7] }, data)).toEqual({ id: "x", fixed: { currency: "EUR" }, list: [120, 7] });
  });

  it("reads ISO 8601 durations", () => {
    expect(durationMs("P3D")).toBe(3 * 86_400_000);
    expect(durationMs("PT4H30M")).toBe(4.5 * 3_600_000);
    expect(durationMs("P1W")).toBe(7 * 86_400_000);
    expect(durationMs("three days")).toBeUndefined();
    expect(durationMs("P")).toBeUndefined();
  });
});
