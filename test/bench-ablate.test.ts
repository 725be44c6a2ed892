import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ablatable, ablatedCopy, groupsOf, RULE_LOOP } from "../bench/ablate.ts";
import { generateRegistry } from "../bench/generate.ts";
import { RULES } from "../src/rules/index.ts";

describe("bench:ablate", () => {
  it("refuses an engine without exactly one document-rule loop", () => {
    expect(() => ablatable("nothing here")).toThrow(/not found once/);
    expect(() => ablatable(RULE_LOOP + RULE_LOOP)).toThrow(/not found once/);
  });

  it("groups rules by the part of their id before the slash, schema validation and secrets on their own", () => {
    const groups = groupsOf(["schema/violation", "flow/entry", "schema/legacy-keyword", "flow/cycle", "secret/credential"]);
    expect([...groups]).toEqual([
      ["schema/violation", [0]],
      ["flow/*", [1, 3]],
      ["schema/*", [2]],
      ["secret/credential", [4]],
    ]);
  });

  it("runs the committed engine with the rules it names left out, and only those", () => {
    const copy = mkdtempSync(join(tmpdir(), "mova-ablate-test-"));
    const cli = ablatedCopy(copy);
    const registry = join(copy, "registry");
    const planted = generateRegistry(registry, 300).planted;
    const run = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [cli, "check", registry, "--format", "json"], {
        encoding: "utf8",
        env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1", ...env },
        maxBuffer: 1 << 26,
      });
      return { stderr: r.stderr, rules: (JSON.parse(r.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule) };
    };

    const listed = run({ MOVA_ABLATE_LIST: "1" });
    const ids = JSON.parse(listed.stderr.split("\n").find((l) => l.startsWith("["))!) as string[];
    expect(ids).toEqual(RULES.filter((r) => "checkDocument" in r).map((r) => r.meta.id));
    expect(listed.rules).toEqual(expect.arrayContaining(["schema/violation", "secret/credential"]));
    expect(Object.values(planted)).toContain("secret/credential");

    const noSecrets = run({ MOVA_ABLATE_SKIP: String(ids.indexOf("secret/credential")) });
    expect(noSecrets.rules).not.toContain("secret/credential");
    expect(noSecrets.rules).toEqual(listed.rules.filter((r) => r !== "secret/credential"));

    const none = run({ MOVA_ABLATE_SKIP: ids.map((_, i) => i).join(",") });
    for (const id of ids) expect(none.rules).not.toContain(id);
    // What the document rules do not raise is still found: syntax errors and the rules across documents.
    expect(none.rules).toContain("json/syntax");
  }, 60_000);
});
