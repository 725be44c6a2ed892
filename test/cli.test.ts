import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../src/cli/run.ts";
import type { Report } from "../src/report/report.ts";
import { commandOf } from "../src/cli/start.ts";
import { cacheDirArgument, COMPILED_CODE_DIR } from "../src/util/compiled-code.ts";
import { ACTION_V8_FLAGS, THREADS_V8_FLAGS, V8_FLAGS } from "../src/util/v8-tuning.ts";
import { engineCodeCache, PROJECT_ROOT } from "./support/shared.ts";
import { makeRegistry } from "./support/tmp-registry.ts";
import { connector, episode, runtime } from "./support/samples.ts";

async function cli(argv: string[], cwd = PROJECT_ROOT) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, color: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe("mova-registry check", () => {
  it("exits 0 and says so on a clean registry", async () => {
    const dir = makeRegistry({ "runtimes/runtime.local_process.worker_v1.json": runtime });
    const { code, stdout } = await cli(["check", dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 document: 1 runtime binding/);
    expect(stdout).toMatch(/✔ no problems/);
  });

  it("exits 1 and groups findings by file when there are errors", async () => {
    const dir = makeRegistry({ "runtimes/runtime.local_process.worker_v1.json": { ...runtime, runtime_kind: "vm" }, "runtimes/zz.json": "{,}" });
    const { code, stdout } = await cli(["check", dir]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    const aAt = lines.findIndex((l) => l.endsWith("runtimes/runtime.local_process.worker_v1.json"));
    const bAt = lines.findIndex((l) => l.endsWith("runtimes/zz.json"));
    expect(aAt).toBeGreaterThanOrEqual(0);
    expect(bAt).toBeGreaterThan(aAt);
    expect(lines[aAt + 1]).toMatch(/^\s+3:19\s+error\s+runtime_kind: "vm" is not one of the allowed values\s+schema\/violation$/);
    expect(stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\)/);
  });

  it("exits 2 when mova.registry.json is broken, after reporting everything", async () => {
    const dir = makeRegistry({ "mova.registry.json": { release: "9" }, "runtimes/runtime.local_process.worker_v1.json": { ...runtime, runtime_kind: "vm" } });
    const { code, stdout, stderr } = await cli(["check", dir]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/config\/invalid/);
    expect(stdout).toMatch(/schema\/violation/);
    expect(stderr).toMatch(/fix the configuration/);
  });

  it("prints a stable, documented JSON report", async () => {
    const dir = makeRegistry({ "runtimes/runtime.local_process.worker_v1.json": { ...runtime, runtime_kind: "vm" }, "connectors/connector.acme.crm_v1.json": connector });
    const { code, stdout } = await cli(["check", dir, "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(Object.keys(report)).toEqual(["reportVersion", "tool", "registry", "release", "summary", "documents", "findings"]);
    expect(report.reportVersion).toBe(1);
    expect(report.release).toBe("6.0.0");
    expect(report.summary).toEqual({ documents: 2, byKind: { connector: 1, runtime_binding: 1 }, errors: 1, warnings: 0, notices: 0 });
    expect(report.documents).toEqual([
      { path: "connectors/connector.acme.crm_v1.json", kind: "connector", classifiedBy: "folder", id: "connector.acme.crm_v1", schema: "ds.connector_core_v1" },
      { path: "runtimes/runtime.local_process.worker_v1.json", kind: "runtime_binding", classifiedBy: "folder", id: "runtime.local_process.worker_v1", schema: "ds.runtime_binding_core_v1" },
    ]);
    expect(report.findings).toEqual([
      {
        rule: "schema/violation",
        severity: "error",
        file: "runtimes/runtime.local_process.worker_v1.json",
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 23,
        message: 'runtime_kind: "vm" is not one of the allowed values',
        hint: 'use one of "serverless", "container", "local_process", "browser", "edge", "other" (runtime binding, schema ds.runtime_binding_core_v1)',
        pointer: "/runtime_kind",
      },
    ]);
  });

  it("--release overrides the config file", async () => {
    const e6 = { ...episode, mova_version: "6.0.0", verb_id: "analyze", tool_id: 0 };
    const dir = makeRegistry({ "mova.registry.json": { release: "6.0.0" }, "episodes/e.json": e6 });
    expect((await cli(["check", dir])).code).toBe(0);
    const old = await cli(["check", dir, "--release", "4.1.1", "--format", "json"]);
    expect(old.code).toBe(1);
    expect((JSON.parse(old.stdout) as Report).release).toBe("4.1.1");
  });

  it.each([
    [["check", "--format", "xml"], /--format must be one of text, json/],
    [["check", "--release", "3.0"], /--release must be one of 4.1.1, 5.0.0, 6.0.0/],
    [["check", "/no/such/folder"], /no registry folder at \/no\/such\/folder/],
    [["check", "a", "b"], /one folder/],
    [["check", "--verbose"], /Unknown option/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("usage errors exit 2: %j", async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: mova-registry/);
  });

  it("prints help and version", async () => {
    expect((await cli(["--help"])).stdout).toMatch(/Exit codes: 0 no errors, 1 errors found, 2 usage/);
    expect((await cli(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("the CLI as users run it", () => {
  it("npm start checks the embedded registry clean", () => {
    const out = execFileSync(process.execPath, ["src/cli/main.ts", "check", "registry"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(out).toMatch(/checked registry\/ against MOVA 6\.0\.0/);
    expect(out).toMatch(/✔ no problems/);
  });

  it("the committed CLI bundle runs and sets the exit code", () => {
    const dir = makeRegistry({ "runtimes/a.json": { runtime_id: "r", runtime_kind: "vm" } });
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "action/dist/cli.js"), "check", dir], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/runtime_kind: "vm"/);
  });

  it.skipIf(process.platform === "win32")("started as a program, its shebang gives Node the young generation's cap and two malloc arenas", () => {
    // A `node` first on the PATH that writes down what env handed it, then runs the real one.
    const bin = mkdtempSync(join(tmpdir(), "mova-shebang-"));
    const seen = join(bin, "seen.txt");
    writeFileSync(join(bin, "node"), `#!/bin/sh\nprintf '%s|%s\\n' "$MALLOC_ARENA_MAX" "$*" > "${seen}"\nexec "${process.execPath}" "$@"\n`, { mode: 0o755 });
    const dir = makeRegistry({ "runtimes/a.json": { runtime_id: "r", runtime_kind: "vm" } });
    const cli = join(PROJECT_ROOT, "action/dist/cli.js");
    const r = spawnSync(cli, ["check", dir], { encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: "1" } });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/runtime_kind: "vm"/);
    expect(readFileSync(seen, "utf8")).toBe(`2|--max-semi-space-size=4 ${cli} check ${dir}\n`);
  });

  it("ends quietly, with its exit code, when the reader of its output stops early (| head)", () => {
    // Enough findings that the report outgrows the pipe's buffer: the write after the reader left fails with EPIPE.
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`runtimes/r${i}.json`, { runtime_id: `r${i}`, runtime_kind: "vm" }]));
    const dir = makeRegistry(files);
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `"$0" "$1" check "$2" --format json | head -c 1`, process.execPath, join(PROJECT_ROOT, "action/dist/cli.js"), dir], { encoding: "utf8" });
    expect(r.stdout).toBe("{");
    expect(r.stderr).toBe("");
    // The check's own exit code (findings), which pipefail passes on.
    expect(r.status).toBe(1);
  });

  it("sets V8's flags (util/v8-tuning.ts) before the check starts, for every thread", () => {
    const dir = makeRegistry({ "runtimes/a.json": { runtime_id: "runtime.local_process.worker_v1", runtime_kind: "local_process" } });
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, "action/dist/cli.js"), "check", dir], { encoding: "utf8", env: { ...process.env, MOVA_REGISTRY_TIMING: "1" } });
    const marks = r.stderr.split("\n").filter((l) => l.startsWith("[timing]"));
    const flags = marks.findIndex((l) => l.endsWith(`V8 flags ${V8_FLAGS.join(" ")}`));
    expect(flags, r.stderr).toBeGreaterThanOrEqual(0);
    expect(flags).toBeLessThan(marks.findIndex((l) => l.endsWith("load start")));
  });

  it("sets only V8 flags this Node's V8 knows: setFlagsFromString would ignore a misspelt one, the command line refuses it", () => {
    for (const flag of [...ACTION_V8_FLAGS, ...THREADS_V8_FLAGS, "--no-such-v8-flag"]) {
      const r = spawnSync(process.execPath, [flag, "-e", "0"], { encoding: "utf8" });
      expect(r.status === 0, `${flag}: ${r.stderr}`).toBe(flag !== "--no-such-v8-flag");
    }
  });

  it("starts a plain check without git, the terminal's readline, crypto or threads: each loads only when a check needs it", () => {
    const dir = makeRegistry({ "runtimes/a.json": { runtime_id: "runtime.local_process.worker_v1", runtime_kind: "local_process" } });
    // Node's own list of the built-in modules it loaded, printed as the process ends.
    const hook = `data:text/javascript,${encodeURIComponent('process.on("exit", () => process.stderr.write("loaded: " + process.moduleLoadList.join("|") + "\\n"));')}`;
    const builtins = (...args: string[]) => {
      const r = spawnSync(process.execPath, ["--import", hook, join(PROJECT_ROOT, "action/dist/cli.js"), "check", dir, ...args], { encoding: "utf8" });
      expect([0, 1], r.stderr).toContain(r.status);
      return r.stderr.split("\n").find((l) => l.startsWith("loaded: "))!.slice("loaded: ".length).split("|");
    };
    const loaded = builtins();
    // The hook itself shows the list is read: the bundle's own built-ins are in it.
    expect(loaded).toContain("NativeModule fs");
    for (const lazy of ["child_process", "readline/promises", "crypto", "worker_threads", "fs/promises"]) expect(loaded).not.toContain(`NativeModule ${lazy}`);
    // SARIF fingerprints are digests: that check loads crypto, and threads for a registry this small still do not start.
    const sarif = builtins("--format", "sarif");
    expect(sarif).toContain("NativeModule crypto");
    expect(sarif).not.toContain("NativeModule worker_threads");
  });

  it("keeps V8's compiled code of the bundle in the --cache-dir it is given, unless NODE_DISABLE_COMPILE_CACHE says not to", () => {
    const dir = makeRegistry({ "runtimes/a.json": { runtime_id: "runtime.local_process.worker_v1", runtime_kind: "local_process" } });
    const run = (cache: string, env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [join(PROJECT_ROOT, "action/dist/cli.js"), "check", dir, `--cache-dir=${cache}`], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: "", MOVA_REGISTRY_TIMING: "1", ...env } });
    const kept = mkdtempSync(join(tmpdir(), "mova-compiled-"));
    const first = run(kept);
    expect(first.status, first.stderr).toBe(1);
    expect(engineCodeCache(first)).toBe("absent");
    // The engine's own cache (util/compiled-code.ts), named for the command, beside Node's for the launcher and the worker threads.
    const files = readdirSync(join(kept, COMPILED_CODE_DIR), { recursive: true }).map(String);
    expect(files).toContainEqual(expect.stringMatching(/^cli-engine-check-.*\.v8cache$/));
    expect(files).toContainEqual(expect.stringMatching(new RegExp(`^${process.version.replace(/\./g, "\\.")}-`)));
    const second = run(kept);
    expect(engineCodeCache(second)).toBe("accepted");
    expect(second.stdout).toBe(first.stdout);
    const off = mkdtempSync(join(tmpdir(), "mova-compiled-off-"));
    const disabled = run(off, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(disabled.status).toBe(1);
    expect(engineCodeCache(disabled)).toBe("off");
    expect(existsSync(join(off, COMPILED_CODE_DIR))).toBe(false);
  });

  it("keeps the code of the registry's own schemas beside its compiled code, runs it on the next check, and finds the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "mova-kept-schemas-"));
    cpSync(join(PROJECT_ROOT, "registry"), dir, { recursive: true });
    // A runtime that breaks its registry schema's RE2 pattern, uniqueItems and format: the kept code's helpers at work.
    const good = JSON.parse(readFileSync(join(dir, "runtimes/runtime.local_process.node_worker_v1.json"), "utf8")) as Record<string, unknown>;
    const broken = { ...good, runtime_id: "runtime.local_process.broken_worker_v1", worker_package: "Not A Package", egress_allowlist: ["a.example", "a.example", "not a host"] };
    writeFileSync(join(dir, "runtimes/runtime.local_process.broken_worker_v1.json"), JSON.stringify(broken, null, 2) + "\n");
    const run = (cache: string, env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [join(PROJECT_ROOT, "action/dist/cli.js"), "check", dir, "--format", "json", `--cache-dir=${cache}`], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: "", ...env } });
    const violations = (stdout: string) => (JSON.parse(stdout) as Report).findings.filter((f) => f.file.endsWith("broken_worker_v1.json") && f.rule === "schema/violation");
    const cache = mkdtempSync(join(tmpdir(), "mova-kept-cache-"));
    const first = run(cache);
    expect(first.status, first.stderr).toBe(1);
    expect(violations(first.stdout).length).toBeGreaterThan(0);
    const keptDir = join(cache, COMPILED_CODE_DIR, "mova-registry");
    const kept = readdirSync(keptDir).filter((f) => /^registry-validators-[0-9a-f]+\.cjs$/.test(f));
    expect(kept).toHaveLength(1);
    expect(run(cache).stdout).toBe(first.stdout);
    const off = mkdtempSync(join(tmpdir(), "mova-kept-off-"));
    expect(run(off, { NODE_DISABLE_COMPILE_CACHE: "1" }).stdout).toBe(first.stdout);
    expect(existsSync(join(off, COMPILED_CODE_DIR))).toBe(false);
    // The bundle runs the kept code itself: code that passes every document hides the broken runtime's violations.
    const file = join(keptDir, kept[0]!);
    const text = readFileSync(file, "utf8");
    const ids = [...text.matchAll(/^exports\["([^"]+)"\] = /gm)].map((m) => m[1]!);
    expect(ids).toContain("ds.runtime_local_node_v1");
    writeFileSync(file, `${text.slice(0, text.indexOf("\n"))}\n${ids.map((id) => `exports[${JSON.stringify(id)}] = () => true;`).join("\n")}\n`);
    expect(violations(run(cache).stdout)).toEqual([]);
  });

  // A Node older than 22.1 has no module.enableCompileCache; this machine's own Node, where it has one.
  const olderNode = ["/usr/bin/node", "/usr/local/bin/node"].find(
    (p) => existsSync(p) && Number(execFileSync(p, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" }).trim()) < 22,
  );
  it.skipIf(!olderNode)("still checks where Node cannot keep compiled code (no module.enableCompileCache): it is only a speed-up", () => {
    const dir = makeRegistry({ "runtimes/a.json": { runtime_id: "runtime.local_process.worker_v1", runtime_kind: "local_process" } });
    const r = spawnSync(olderNode!, [join(PROJECT_ROOT, "action/dist/cli.js"), "check", dir, "--format", "json"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => f.rule)).toContain("id/file-name");
  });

  it("names the command whose code cache a run keeps: a command's word, else other", () => {
    expect(commandOf(["check", "reg"])).toBe("check");
    expect(commandOf(["merge-reports", "a.json"])).toBe("merge-reports");
    for (const argv of [[], ["--help"], ["-v"], ["../x"], ["Check"]]) expect(commandOf(argv)).toBe("other");
  });

  it("finds --cache-dir among the arguments before the command parses them", () => {
    expect(cacheDirArgument(["check", "reg", "--cache-dir", "c"])).toBe("c");
    expect(cacheDirArgument(["check", "--cache-dir=c d", "reg"])).toBe("c d");
    expect(cacheDirArgument(["check", "reg"])).toBeUndefined();
    expect(cacheDirArgument(["run", "--", "--cache-dir", "c"])).toBeUndefined();
  });
});

describe("mova-registry check --base", () => {
  it("compares with a branch: breaking changes, the impact, fail-on new", async () => {
    const { GitRepo } = await import("./support/git-repo.ts");
    const repo = GitRepo.init();
    const schema = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://x.example/ds.finance_invoice_v1.schema.json", type: "object", properties: { n: { type: "string" } } };
    repo.commit({ "schemas/ds.finance_invoice_v1.schema.json": schema, "runtimes/runtime.local_process.worker_v1.json": { ...runtime, runtime_kind: "vm" } }, "base");
    repo.branch("pr");
    repo.commit({ "schemas/ds.finance_invoice_v1.schema.json": { ...schema, required: ["n"] } }, "pr");

    const text = await cli(["check", repo.dir, "--base", "main"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/breaking change under BACKWARD compatibility: property "n" became required\s+change\/breaking \(new\)/);
    expect(text.stdout).toMatch(/Impact of the change since main \([0-9a-f]{7}\)\n\s+modified\s+ds\.finance_invoice_v1 \(breaking\)/);
    expect(text.stdout).toMatch(/\(2 errors, 0 warnings, 1 new since main\)/);

    // The runtime's error is old; only the breaking change is new.
    const json = JSON.parse((await cli(["check", repo.dir, "--base", "main", "--format", "json"])).stdout) as Report;
    expect(json.base).toMatchObject({ ref: "main", newFindings: 1 });
    expect(json.findings.map((f) => [f.rule, f.baseline])).toEqual([
      ["schema/violation", "existing"],
      ["change/breaking", "new"],
    ].sort((a, b) => (a[0]! < b[0]! ? 1 : -1)));
    expect((await cli(["check", repo.dir, "--base", "main", "--fail-on", "never"])).code).toBe(0);

    // Once the breaking change is accepted, fail-on new passes although the old error remains.
    const fingerprint = /"fingerprint": "(sha256:[0-9a-f]+)"/.exec(text.stdout)![1];
    repo.commit({ "mova.accepted-changes.json": { accepted: [{ id: "ds.finance_invoice_v1", fingerprint, reason: "every producer sends n" }] } }, "accept");
    expect((await cli(["check", repo.dir, "--base", "main", "--fail-on", "new"])).code).toBe(0);
    expect((await cli(["check", repo.dir, "--base", "main"])).code).toBe(1);
  });

  it("--format markdown prints what the pull request's summary shows: findings, the catalog diff and the changed flow's diagram", async () => {
    const { GitRepo } = await import("./support/git-repo.ts");
    const { cpSync, readFileSync, writeFileSync } = await import("node:fs");
    const repo = GitRepo.init();
    cpSync(join(PROJECT_ROOT, "registry"), join(repo.dir, "registry"), { recursive: true });
    repo.commit({}, "base");
    repo.branch("pr");
    const flowPath = join(repo.dir, "registry/contracts/invoice_approval/flow.json");
    const flow = JSON.parse(readFileSync(flowPath, "utf8"));
    flow.steps.check.title = "Check <b>everything</b>";
    writeFileSync(flowPath, JSON.stringify(flow, null, 2));
    repo.commit({}, "retitle a step");
    const { code, stdout } = await cli(["check", join(repo.dir, "registry"), "--base", "main", "--format", "markdown"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^### ✅ MOVA registry: all clear/);
    expect(stdout).toMatch(/^#### Catalog$/m);
    expect(stdout).toMatch(/```mermaid\nflowchart TD\n/);
    expect(stdout).toMatch(/✏️/);
    expect(stdout).not.toContain("<b>");
  });

  it("a base that does not exist is a usage error", async () => {
    const { GitRepo } = await import("./support/git-repo.ts");
    const repo = GitRepo.init();
    repo.commit({ "runtimes/runtime.local_process.worker_v1.json": runtime }, "base");
    const { code, stderr } = await cli(["check", repo.dir, "--base", "no-such-branch"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot compare with base "no-such-branch"/);
  });

  it("--fail-on new needs --base; sarif and github formats print", async () => {
    const dir = makeRegistry({ "runtimes/runtime.local_process.worker_v1.json": runtime });
    expect((await cli(["check", dir, "--fail-on", "new"])).stderr).toMatch(/--fail-on new needs --base/);
    expect(JSON.parse((await cli(["check", dir, "--format", "sarif"])).stdout).version).toBe("2.1.0");
    expect((await cli(["check", dir, "--format", "github"])).stdout).toBe("");
  });
});
