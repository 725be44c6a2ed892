import { describe, expect, it } from "vitest";
import { check } from "../../src/check.ts";
import type { Finding } from "../../src/findings/finding.ts";
import type { LoadOptions } from "../../src/registry/load.ts";
import { makeRegistry } from "./tmp-registry.ts";

export type Files = Record<string, unknown>;

export interface ExpectedFinding {
  file: string;
  line?: number;
  column?: number;
  message?: RegExp;
  hint?: RegExp;
}

export interface RuleCases {
  /** Registries on which the rule reports nothing. */
  valid: Array<{ name: string; files: Files; options?: LoadOptions }>;
  /** Registries on which the rule reports exactly these findings. */
  invalid: Array<{ name: string; files: Files; options?: LoadOptions; findings: ExpectedFinding[] }>;
}

/** Findings of one rule on a registry written from `files`. */
export async function findingsOf(rule: string, files: Files, options: LoadOptions = {}): Promise<Finding[]> {
  const { findings } = await check(makeRegistry(files), options);
  return findings.filter((f) => f.rule === rule);
}

/** ESLint-style: one table of valid and invalid cases per rule, run by one tester. */
export function testRule(rule: string, cases: RuleCases): void {
  describe(`rule ${rule}`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("passes: %s", async (_name, c) => {
      expect(await findingsOf(rule, c.files, c.options)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("fails: %s", async (_name, c) => {
      const found = await findingsOf(rule, c.files, c.options);
      expect(found).toHaveLength(c.findings.length);
      c.findings.forEach((want, i) => {
        const got = found[i]!;
        expect(got.file).toBe(want.file);
        if (want.line !== undefined) expect(got.line).toBe(want.line);
        if (want.column !== undefined) expect(got.column).toBe(want.column);
        if (want.message) expect(got.message).toMatch(want.message);
        if (want.hint) expect(got.hint ?? "").toMatch(want.hint);
        expect(got.severity).toBeDefined();
      });
    });
  });
}

/** The same files without some of them. */
export function without(files: Files, ...paths: string[]): Files {
  return Object.fromEntries(Object.entries(files).filter(([p]) => !paths.includes(p)));
}
