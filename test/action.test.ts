import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/report/report.ts";
import { COMPILED_CODE_DIR } from "../src/util/compiled-code.ts";
import { ACTION_V8_FLAGS } from "../src/util/v8-tuning.ts";
import { runActionBundle } from "./support/action-env.ts";
import { engineCodeCache } from "./support/shared.ts";
import { GitRepo } from "./support/git-repo.ts";
import { makeRegistry } from "./support/tmp-registry.ts";
import { runtime } from "./support/samples.ts";

describe("the action bundle", () => {
  it("annotates each finding at its file and line, relative to the repository", async () => {
    const repo = makeRegistry({ "reg/runtimes/runtime.local_process.worker_v1.json": '{\n  "runtime_id": "runtime.local_process.worker_v1",\n  "runtime_kind": "vm"\n}\n' });
    const run = await runActionBundle(repo, { path: "reg" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error title=schema/violation,file=reg/runtimes/runtime.local_process.worker_v1.json,line=3,endLine=3,col=19,endColumn=23::runtime_kind: \"vm\" is not one of the allowed values%0A→ use one of");
    expect(run.stdout).toMatch(/::error::1 finding\(s\) fail this check \(fail-on: error\) in the MOVA registry at reg/);
    expect(run.outputs.errors).toBe("1");
    expect(run.outputs.warnings).toBe("0");
    const report = JSON.parse(readFileSync(run.outputs["report-path"]!, "utf8")) as Report;
    expect(report.summary.errors).toBe(1);
    expect(report.registry).toBe("reg");
  });

  it("passes on a clean registry", async () => {
    const repo = makeRegistry({ "runtimes/runtime.local_process.worker_v1.json": runtime });
    const run = await runActionBundle(repo, { path: "." });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("::error");
    expect(run.outputs.errors).toBe("0");
  });

  it("with cache-dir, caches the check of the commit and keeps its compiled code there for the next job", async () => {
    const repo = GitRepo.init();
    const sha = repo.commit({ "registry/runtimes/runtime.local_process.worker_v1.json": runtime }, "registry");
    const job = () => runActionBundle(repo.dir, { mode: "guard", path: "registry", "cache-dir": ".mova-cache", comment: "false" }, { GITHUB_EVENT_NAME: "push", MOVA_REGISTRY_TIMING: "1" });
    const run = await job();
    expect(run.status, run.stdout).toBe(0);
    expect(engineCodeCache(run)).toBe("absent");
    const cache = join(repo.dir, ".mova-cache");
    expect(readdirSync(cache)).toEqual(expect.arrayContaining([COMPILED_CODE_DIR, expect.stringMatching(new RegExp(`^check-${sha}-`))]));
    // The engine's code cache (util/compiled-code.ts) beside Node's own, for the launcher and the worker threads.
    const files = readdirSync(join(cache, COMPILED_CODE_DIR), { recursive: true }).map(String);
    expect(files).toContainEqual(expect.stringMatching(/^action-engine-action-.*\.v8cache$/));
    expect(files).toContainEqual(expect.stringMatching(new RegExp(`^${process.version.replace(/\./g, "\\.")}-`)));
    // The next job, with the cache restored, runs the engine from it.
    const next = await job();
    expect(next.status, next.stdout).toBe(0);
    expect(engineCodeCache(next)).toBe("accepted");
  });

  it("keeps its compiled code in the system's temp on a self-hosted runner, and none on a GitHub-hosted one; loads no undici", async () => {
    const repo = makeRegistry({ "runtimes/runtime.local_process.worker_v1.json": runtime });
    const kept = (temp: string) => (existsSync(join(temp, "node-compile-cache")) ? readdirSync(join(temp, "node-compile-cache"), { recursive: true }).map(String) : []);
    const job = (environment: string, temp: string, env: Record<string, string> = {}) =>
      runActionBundle(repo, { mode: "guard", path: ".", comment: "false" }, { GITHUB_EVENT_NAME: "push", MOVA_REGISTRY_TIMING: "1", RUNNER_ENVIRONMENT: environment, TMPDIR: temp, ...env });

    const hosted = mkdtempSync(join(tmpdir(), "mova-hosted-"));
    const first = await job("github-hosted", hosted, { NODE_DEBUG: "module" });
    expect(first.status, first.stdout).toBe(0);
    expect(engineCodeCache(first)).toBe("off");
    expect(kept(hosted)).toEqual([]);
    // Node lists what it loads: the release's validators, but not undici, which only API calls need (scripts/build.ts, lazyModule).
    expect(first.stderr).toMatch(/REQUEST \.\/validators-6\.0\.0\.cjs/);
    expect(first.stderr).not.toMatch(/undici/);

    const selfHosted = mkdtempSync(join(tmpdir(), "mova-self-hosted-"));
    const cold = await job("self-hosted", selfHosted);
    expect(engineCodeCache(cold)).toBe("absent");
    expect(kept(selfHosted)).toContainEqual(expect.stringMatching(/^mova-registry\/action-engine-action-.*\.v8cache$/));
    const warm = await job("self-hosted", selfHosted);
    expect(engineCodeCache(warm)).toBe("accepted");
    expect(warm.stdout).toBe(cold.stdout);
  });

  it("sets V8's flags (util/v8-tuning.ts) before the check starts: the runner starts it without any", async () => {
    const repo = makeRegistry({ "runtimes/runtime.local_process.worker_v1.json": runtime });
    const run = await runActionBundle(repo, { path: "." }, { MOVA_REGISTRY_TIMING: "1" });
    expect(run.status).toBe(0);
    const marks = run.stderr.split("\n").filter((l) => l.startsWith("[timing]"));
    const flags = marks.findIndex((l) => l.endsWith(`V8 flags ${ACTION_V8_FLAGS.join(" ")}`));
    expect(flags, run.stderr).toBeGreaterThanOrEqual(0);
    expect(flags).toBeLessThan(marks.findIndex((l) => l.endsWith("load start")));
  });

  it("fails with a clear message on a bad input", async () => {
    const repo = makeRegistry({ "runtimes/a.json": runtime });
    const run = await runActionBundle(repo, { path: ".", release: "7" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::input "release" must be one of 4\.1\.1, 5\.0\.0, 6\.0\.0, not "7"/);
  });

  it("ends at once on an event mode run ignores, whatever else the job would need", async () => {
    const repo = makeRegistry({ "runtimes/a.json": runtime });
    const idle = await runActionBundle(repo, { path: ".", mode: "run" }, { GITHUB_EVENT_NAME: "issues" });
    expect(idle.status).toBe(0);
    expect(idle.stdout).toBe('mode run has nothing to do on event "issues".\n');
    // On an event it acts on, the same job is checked and told what it lacks.
    const handled = await runActionBundle(repo, { path: ".", mode: "run" }, { GITHUB_EVENT_NAME: "schedule" });
    expect(handled.status).toBe(1);
    expect(handled.stdout).toMatch(/::error::GITHUB_REPOSITORY is not set/);
  });
});
