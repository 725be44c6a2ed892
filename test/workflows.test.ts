import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "./support/shared.ts";

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const action = parse(readFileSync(join(PROJECT_ROOT, "action.yml"), "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const files = [
  ...readdirSync(join(PROJECT_ROOT, "examples")).map((f) => join("examples", f)),
  ...readdirSync(join(PROJECT_ROOT, ".github/workflows")).map((f) => join(".github/workflows", f)),
];

describe.each(files)("%s", (file) => {
  const workflow = parse(readFileSync(join(PROJECT_ROOT, file), "utf8")) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const ours = steps.filter((s) => s.uses === "./" || s.uses?.startsWith("mova-registry/mova-registry@"));

  it("passes only inputs the action declares, and reads only outputs it sets", () => {
    for (const step of ours) for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: input ${key}`).toContain(key);
    const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
    for (const m of text.matchAll(/steps\.(\w+)\.outputs\.([\w-]+)/g)) {
      expect(ours.map((s) => s.id), file).toContain(m[1]);
      expect(Object.keys(action.outputs), `${file}: output ${m[2]}`).toContain(m[2]);
    }
  });

  it("asks for the least permissions it needs", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const job of Object.values(workflow.jobs)) {
      const granted = Object.entries(job.permissions ?? {}).filter(([, v]) => v === "write").map(([k]) => k);
      const mine = job.steps.filter((s) => ours.includes(s));
      const publishing = mine.some((s) => s.with?.mode === "publish");
      const toBranch = mine.some((s) => typeof s.with?.["publish-branch"] === "string" && s.with["publish-branch"] !== "");
      const commenting = mine.some((s) => s.with?.mode !== "publish" && s.with?.mode !== "run" && s.with?.comment !== false && s.with?.comment !== "false");
      const uploads = job.steps.some((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"));
      const running = mine.some((s) => s.with?.mode === "run");
      // Only the job that deploys to Pages may write to it and ask for an OIDC token.
      const deploys = job.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@"));
      const needed = [...new Set([...(commenting || running ? ["pull-requests"] : []), ...(uploads ? ["security-events"] : []), ...(toBranch || running ? ["contents"] : []), ...(deploys ? ["pages", "id-token"] : [])])];
      if (publishing && !toBranch) expect(job.permissions?.contents ?? "read", file).toBe("read");
      expect(granted.sort(), file).toEqual(needed.sort());
    }
  });

  it("keeps the token out of .git/config in jobs that push nothing", () => {
    for (const job of Object.values(workflow.jobs)) {
      if (job.permissions?.contents === "write") continue;
      for (const step of job.steps.filter((s) => s.uses?.startsWith("actions/checkout@"))) expect(step.with?.["persist-credentials"], file).toBe(false);
    }
  });
});
