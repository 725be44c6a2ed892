import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changeAccepted, changeBreaking, changeRemovedInUse, runLeased } from "../src/change/change-rules.ts";
import { check } from "../src/check.ts";
import { ALL_RULE_METAS } from "../src/rules/index.ts";
import { PROJECT_ROOT, readJsonFile } from "./support/shared.ts";

/**
 * test/fixtures/planted holds one planted problem per rule; planted.expected.json
 * says which file plants which. Rules that compare with a base branch are
 * planted in the git tests (test/change/guard.test.ts, test/run-leases.test.ts) instead.
 */
describe("the planted-problems registry", () => {
  const expected = readJsonFile<Record<string, string>>(join(PROJECT_ROOT, "test/fixtures/planted.expected.json"));
  const baseOnly = new Set([changeBreaking.id, changeAccepted.id, changeRemovedInUse.id, runLeased.id]);

  it("plants every rule the tool has", () => {
    const ruleIds = ALL_RULE_METAS.map((m) => m.id).filter((id) => !baseOnly.has(id));
    expect(Object.keys(expected).sort()).toEqual(ruleIds.sort());
  });

  it("each planted problem is found where it was planted, and the rest of the registry is still checked", async () => {
    const { findings, registry } = await check(join(PROJECT_ROOT, "test/fixtures/planted"));
    const missing = Object.entries(expected).filter(([rule, file]) => !findings.some((f) => f.rule === rule && f.file === file));
    expect(missing).toEqual([]);
    // A file that does not parse or decode is one finding; every other file still gets its own verdict.
    expect(registry.documents.length).toBeGreaterThan(60);
    for (const f of findings) expect(f.line).toBeGreaterThanOrEqual(1);
  });
});
