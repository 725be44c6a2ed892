import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { check } from "../check.ts";
import { buildReport } from "../report/report.ts";
import { createAiClient } from "../run/ai-client.ts";
import { Runner, startRun, type RunDeps } from "../run/engine.ts";
import { defaultRunId, listRuns, readRequest, readState, RUN_ID, runFiles, runsFolder, writeRunFiles } from "../run/store.ts";
import type { RunRequest, RunState } from "../run/types.ts";
import { printText, releaseOption, registryDir } from "./check-command.ts";
import { EXIT, USAGE, UsageError, type CliIo } from "./usage.ts";

/**
 * `mova-registry run CONTRACT --inputs FILE`: the same engine the action runs,
 * on this machine. The run's request, state and episodes are written under
 * the registry's runs folder, as a run pull request would carry them.
 */
export async function runCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      registry: { type: "string", default: "." },
      inputs: { type: "string" },
      reason: { type: "string" },
      "run-id": { type: "string" },
      resume: { type: "string" },
      decide: { type: "string", multiple: true },
      as: { type: "string" },
      "ai-base-url": { type: "string" },
      release: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const release = releaseOption(values.release);
  const { dir, root } = registryDir(io, [values.registry], "run");
  const result = await check(root, release ? { release } : {});
  if (result.findings.some((f) => f.severity === "error")) {
    printText(io, buildReport(result, dir));
    io.stderr("mova-registry: the registry has errors, so nothing runs; fix them first.\n");
    return EXIT.findings;
  }
  const registry = result.registry;
  const runsDir = join(root, runsFolder(registry.config));

  const decisions = new Map<string, string>();
  for (const d of values.decide ?? []) {
    const m = /^([A-Za-z0-9_./-]+)=([A-Za-z0-9_.-]+)$/.exec(d);
    if (!m) throw new UsageError(`--decide takes GATE=OPTION, e.g. approve=approve; got "${d}"`);
    decisions.set(m[1]!, m[2]!);
  }

  let state: RunState;
  let runId: string;
  if (values.resume) {
    runId = values.resume;
    const existing = readState(join(runsDir, runId));
    if (!existing) throw new UsageError(`no run ${runId} under ${join(dir, runsFolder(registry.config))}/`);
    state = existing;
  } else {
    const contract = positionals[0];
    if (!contract || positionals.length > 1) throw new UsageError("run takes one contract id, e.g. run contract.finance.invoice_approval_v1 --inputs invoice.json");
    if (!values.inputs) throw new UsageError("run needs --inputs FILE, the run's inputs as JSON");
    let inputs: unknown;
    try {
      inputs = JSON.parse(readFileSync(resolve(io.cwd, values.inputs), "utf8"));
    } catch (error) {
      throw new UsageError(`cannot read --inputs ${values.inputs}: ${(error as Error).message}`);
    }
    if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) throw new UsageError("--inputs must hold a JSON object");
    runId = values["run-id"] ?? defaultRunId(contract, new Date());
    if (!RUN_ID.test(runId)) throw new UsageError(`run id "${runId}" must be 3 to 100 lower-case letters, digits, '.', '_' or '-'`);
    const request: RunRequest = { schema_id: "registry.run_request_v1", contract_id: contract, inputs: inputs as Record<string, unknown>, reason: values.reason ?? "Run from the command line", ...(values.as ? { initiator: values.as } : {}) };
    if (readRequest(join(runsDir, runId))) throw new UsageError(`run ${runId} exists already; continue it with --resume ${runId}`);
    mkdirSync(join(runsDir, runId), { recursive: true });
    writeFileSync(join(runsDir, runId, "request.json"), JSON.stringify(request, null, 2) + "\n");
    state = startRun(runId, request, values.as ?? process.env.USER ?? "cli", depsFor(io, registry, values["ai-base-url"]));
  }

  const deps = depsFor(io, registry, values["ai-base-url"]);
  const decidedBy = values.as ?? process.env.USER ?? "cli";
  let decisionsForNext: Record<string, { option: string; by: string[]; via: "cli" }> = {};
  for (let round = 0; round < 100; round++) {
    const t = await new Runner(state, deps).advance({ decisions: decisionsForNext });
    state = t.state;
    writeRunFiles(join(runsDir, runId), runFiles(state, t.episodes));
    for (const e of t.episodes) io.stdout(`  ${e.name.padEnd(44)} ${String(e.episode.result_summary)}\n`);
    if (state.status !== "waiting") break;
    decisionsForNext = {};
    for (const g of new Runner(state, deps).openGates()) {
      const chosen = decisions.get(g.key) ?? decisions.get(g.step) ?? (io.ask ? await askGate(io, g.key, g.gate.question, g.gate.options) : undefined);
      if (chosen === undefined) continue;
      if (!g.gate.options.includes(chosen)) throw new UsageError(`gate ${g.key} has no option "${chosen}"; its options are ${g.gate.options.join(", ")}`);
      decisionsForNext[g.key] = { option: chosen, by: [decidedBy], via: "cli" };
    }
    if (Object.keys(decisionsForNext).length === 0) break;
  }
  io.stdout(`run ${runId} (${state.contract_id}): ${state.status}${state.outcome ? `, outcome ${state.outcome}` : ""}${state.reason && state.status !== "completed" ? ` (${state.reason})` : ""}\n`);
  if (state.status === "waiting") io.stdout(`  answer its gates with --resume ${runId} --decide GATE=OPTION\n`);
  if (state.status === "paused") io.stdout(`  continue it with --resume ${runId} once the cause is fixed\n`);
  return state.status === "failed" || state.status === "halted" ? EXIT.findings : EXIT.ok;
}

function depsFor(io: CliIo, registry: RunDeps["registry"], aiBaseUrl: string | undefined): RunDeps {
  return { registry, ai: createAiClient(), secret: (name) => io.env?.[name], now: () => new Date(), ...(aiBaseUrl ? { aiBaseUrl } : {}) };
}

async function askGate(io: CliIo, key: string, question: string | undefined, options: string[]): Promise<string | undefined> {
  const answer = (await io.ask!(`${question ?? `Gate ${key}`} [${options.join("/")}] `)).trim();
  return answer === "" ? undefined : answer;
}

/** `mova-registry runs [DIR]`: the registry's runs and where each stands. */
export async function runsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const { root } = registryDir(io, positionals, "runs");
  const runs = listRuns((await check(root)).registry);
  if (values.format === "json") {
    io.stdout(JSON.stringify(runs, null, 2) + "\n");
    return EXIT.ok;
  }
  if (runs.length === 0) io.stdout("no runs\n");
  for (const r of runs)
    io.stdout(`${r.run_id.padEnd(40)} ${r.status.padEnd(10)} ${r.contract_id}${r.outcome ? ` → ${r.outcome}` : ""}${r.openGates.length ? ` (open gates: ${r.openGates.join(", ")})` : ""}${r.reason && r.status !== "completed" ? ` (${r.reason})` : ""}\n`);
  return EXIT.ok;
}
