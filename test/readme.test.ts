import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULE_METAS } from "../src/rules/index.ts";
import { ruleTable } from "../scripts/rule-table.ts";
import { PROJECT_ROOT } from "./support/shared.ts";

const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");

describe("the README tells the truth", () => {
  it("opens with the two set-up commands", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock.split("\n")[0]).toMatch(/^npm ci && npm start\b/);
    expect(firstBlock.split("\n")[1]).toMatch(/^npm test\b/);
  });

  it("has the rule table generated from the rules' own metadata", () => {
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(ruleTable());
  });

  it("has a row, and an anchor matching the rule's docs link, for every rule", () => {
    for (const rule of ALL_RULE_METAS) {
      const anchor = rule.docs.slice(rule.docs.indexOf("#") + 1);
      expect(readme, rule.id).toContain(`<a id="${anchor}"></a>\`${rule.id}\``);
    }
  });

  it("shows what npm start really prints", () => {
    const shown = /`npm start` prints:\n\n```text\n([\s\S]*?)```/.exec(readme)![1];
    const actual = execFileSync(process.execPath, ["src/cli/main.ts", "check", "registry"], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(shown).toBe(actual);
  });

  it("documents every input and output of action.yml", () => {
    const yml = readFileSync(join(PROJECT_ROOT, "action.yml"), "utf8");
    const section = (name: string) => /^(\w+):\n([\s\S]*?)(?=^\w|$(?![\s\S]))/m.exec(yml.slice(yml.indexOf(`\n${name}:\n`) + 1))?.[2] ?? "";
    const names = (block: string) => [...block.matchAll(/^  ([a-z][a-z0-9-]*):$/gm)].map((m) => m[1]!);
    const inputs = names(section("inputs"));
    const outputs = names(section("outputs"));
    expect(inputs.length).toBeGreaterThan(0);
    expect(outputs.length).toBeGreaterThan(0);
    for (const name of [...inputs, ...outputs]) expect(readme, name).toContain(`| \`${name}\` |`);
  });

  it("links only to files that are there, from the README and the pages it links to", () => {
    for (const page of ["README.md", "bench/ROUNDS.md"]) {
      const text = readFileSync(join(PROJECT_ROOT, page), "utf8");
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t) && !t.startsWith("#"));
      expect(targets.length, page).toBeGreaterThan(0);
      for (const target of targets) expect(existsSync(join(PROJECT_ROOT, dirname(page), target.split("#")[0]!)), `${page}: ${target}`).toBe(true);
    }
  });
});
