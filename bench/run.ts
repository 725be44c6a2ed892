/**
 * The benchmark: `npm run bench`. For registries of 1k, 10k and 100k
 * generated documents it measures, side by side on the same files, the parse
 * floor, ajv-cli on the runtimes and connectors, and our full check, catalog
 * build and incremental pull-request check; then the action's cold start. It
 * prints medians with ratios to the floor and PASS/FAIL per target, checks
 * that full, incremental and sharded checks find the same, and writes
 * bench/results/latest.json and latest.svg (--update-readme puts the table in
 * the README).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateRegistry } from "./generate.ts";
import { renderSvg } from "./svg.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "action/dist/cli.js");
const ACTION = join(ROOT, "action/dist/index.js");
const FLOOR = join(ROOT, "bench/floor.mjs");
const AJV = join(ROOT, "node_modules/ajv-cli/dist/index.js");
const HOOK = pathToFileURL(join(ROOT, "bench/usage-hook.mjs")).href;
const GENERATOR_VERSION = "2";

export interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

export interface Row {
  tool: string;
  what: string;
  median: Sample;
  samples: Sample[];
}

export interface SizeResult {
  size: number;
  documents: number;
  planted: number;
  rows: Row[];
  /** Findings identical between the full check, the incremental check and the sharded check. */
  identical: { full: number; incremental: boolean; sharded: boolean };
}

export interface Target {
  target: string;
  measured: string;
  pass: boolean;
}

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    runs: { type: "string", default: "5" },
    "cold-runs": { type: "string", default: "15" },
    data: { type: "string", default: join(tmpdir(), "mova-registry-bench") },
    out: { type: "string", default: join(ROOT, "bench/results") },
    "update-readme": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Runs a Node script to its end, measuring wall time here and CPU and peak
 * memory inside it (usage-hook.mjs). The CLI runs as its bin, as npx runs it:
 * through its shebang, which starts Node with the flags the tool wants.
 */
function measureNode(script: string, args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<Sample> {
  const usage = join(mkdtempSync(join(tmpdir(), "mova-usage-")), "usage.json");
  return new Promise((resolveSample, reject) => {
    const start = process.hrtime.bigint();
    const [command, argv] = script === CLI ? [CLI, args] : [process.execPath, [script, ...args]];
    const child = spawn(command, argv, { cwd, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NODE_OPTIONS: `--import=${HOOK}`, MOVA_BENCH_USAGE: usage, FORCE_COLOR: "0", ...env } });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`${script} ${args.join(" ")} exited ${code}: ${stderr.slice(0, 2000)}`));
      const u = JSON.parse(readFileSync(usage, "utf8")) as { userMs: number; systemMs: number; maxRssKb: number };
      rmSync(join(usage, ".."), { recursive: true, force: true });
      resolveSample({ wallMs, cpuMs: u.userMs + u.systemMs, rssMb: u.maxRssKb / 1024 });
    });
  });
}

/** Several processes one after the other, as one tool run: times add up, memory is the highest. */
async function measureSequence(steps: Array<[string, string[]]>): Promise<Sample> {
  const total: Sample = { wallMs: 0, cpuMs: 0, rssMb: 0 };
  for (const [script, args] of steps) {
    const s = await measureNode(script, args);
    total.wallMs += s.wallMs;
    total.cpuMs += s.cpuMs;
    total.rssMb = Math.max(total.rssMb, s.rssMb);
  }
  return total;
}

function median(samples: Sample[]): Sample {
  const m = (pick: (s: Sample) => number) => {
    const v = samples.map(pick).sort((a, b) => a - b);
    return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  };
  return { wallMs: m((s) => s.wallMs), cpuMs: m((s) => s.cpuMs), rssMb: m((s) => s.rssMb) };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 }).trim();
}

/** Ten files a pull request changes: edits of every kind of document, one removal, one addition. */
function editPullRequest(registry: string, blocks: number): void {
  const edit = (path: string, change: (v: Record<string, any>) => void) => {
    const file = join(registry, path);
    const v = JSON.parse(readFileSync(file, "utf8"));
    change(v);
    writeFileSync(file, JSON.stringify(v, null, 2) + "\n");
  };
  const b = (n: number) => n % blocks;
  edit(`runtimes/runtime.bench.worker_${2 * b(10)}_v1.json`, (v) => (v.memory_mb = 1024));
  edit(`runtimes/runtime.bench.worker_${2 * b(11) + 1}_v1.json`, (v) => (v.runtime_kind = "vm"));
  edit(`connectors/connector.bench.api_${2 * b(50)}_v1.json`, (v) => (v.meta.description = "Changed in the pull request."));
  edit(`contracts/flow_${b(30)}/flow.json`, (v) => (v.description = "Changed in the pull request."));
  edit(`contracts/flow_${b(31)}/manifest.json`, (v) => (v.title = "Renamed"));
  edit(`envelopes/bench_envelope_${b(42)}.json`, (v) => (v.policy_profile_id = "no_such_policy_v1"));
  edit(`profiles/bench_policy_${b(77)}_v1.json`, (v) => (v.label = "Policy, edited"));
  edit(`episodes/bench_episode_${b(5)}.json`, (v) => (v.result_summary = "Changed."));
  rmSync(join(registry, `connectors/connector.bench.api_${2 * b(90) + 1}_v1.json`));
  writeFileSync(
    join(registry, "connectors/connector.bench.added_v1.json"),
    JSON.stringify({ schema_id: "ds.connector_bench_v1", connector_id: "connector.bench.added_v1", provider: "bench", resource: "added", protocol: "https", base_url: "https://added.bench.example/v1", auth_methods: [{ type: "api_key", secret_name: "ADDED_KEY" }] }, null, 2) + "\n",
  );
}

interface Dataset {
  repo: string;
  registry: string;
  clean: string;
  /** The registry's runtimes and connectors alone, with its config, schemas and catalogs: the files ajv-cli validates. */
  ajvFiles: string;
  cache: string;
  documents: number;
  planted: number;
}

/** What ajv-cli validates (the runtimes and connectors), and what the check needs besides to check them. */
const AJV_FILES = ["mova.registry.json", "schemas", "globals", "runtimes", "connectors"];

/** The registries of one size: reused between runs of the benchmark when the generator has not changed. */
function prepare(size: number): Dataset {
  const dir = join(values.data, String(size));
  const repo = join(dir, "repo");
  const registry = join(repo, "registry");
  const clean = join(dir, "clean");
  const cache = join(dir, "cache");
  const marker = join(dir, "generated.json");
  let info = existsSync(marker) ? (JSON.parse(readFileSync(marker, "utf8")) as { version: string; documents: number; planted: number }) : undefined;
  if (info?.version !== GENERATOR_VERSION) {
    rmSync(dir, { recursive: true, force: true });
    log(`generating ${size} documents (with planted problems, and a clean copy for the catalog)`);
    const g = generateRegistry(registry, size);
    generateRegistry(clean, size, { planted: false });
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "base registry");
    info = { version: GENERATOR_VERSION, documents: g.documents, planted: Object.keys(g.planted).length };
    writeFileSync(marker, JSON.stringify(info));
  }
  // The pull request, afresh: ten files on a branch off main.
  git(repo, "checkout", "-q", "-f", "main");
  git(repo, "clean", "-q", "-fd");
  if (git(repo, "branch", "--list", "pr")) git(repo, "branch", "-q", "-D", "pr");
  const ajvFiles = join(dir, "ajv-files");
  return { repo, registry, clean, ajvFiles, cache, documents: info.documents, planted: info.planted };
}

function startPullRequest(d: Dataset): void {
  git(d.repo, "checkout", "-q", "-b", "pr");
  editPullRequest(d.registry, Math.max(1, Math.round((d.documents - 20) / 10)));
  git(d.repo, "add", "-A");
  git(d.repo, "commit", "-q", "-m", "a pull request changing ten files");
}

/**
 * The action's guard on a push event, started as a GitHub-hosted runner
 * starts it, in a runner's temp folder of its own: like a new machine, it
 * finds no compiled code from an earlier job. Variables the benchmark's own
 * environment may hold (in a workflow) are set, not inherited.
 */
async function measureAction(d: Dataset): Promise<Sample> {
  const runner = mkdtempSync(join(tmpdir(), "mova-bench-runner-"));
  const file = (name: string, text: string) => (writeFileSync(join(runner, name), text), join(runner, name));
  const env = {
    TMPDIR: runner,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: d.repo,
    GITHUB_REPOSITORY: "bench/bench",
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: file("event.json", "{}"),
    GITHUB_OUTPUT: file("output", ""),
    GITHUB_STEP_SUMMARY: file("summary", ""),
    GITHUB_TOKEN: "",
    RUNNER_TEMP: runner,
    RUNNER_ENVIRONMENT: "github-hosted",
    INPUT_MODE: "guard",
    INPUT_PATH: relative(d.repo, d.registry),
    INPUT_COMMENT: "false",
    "INPUT_FAIL-ON": "never",
    "INPUT_CACHE-DIR": "",
  };
  try {
    return await measureNode(ACTION, [], d.repo, env);
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

/** Runs the CLI to its end; exit 1 (findings) is an answer, anything else a failure of the benchmark. */
function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`mova-registry ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function findingsOf(args: string[]): unknown[] {
  const out = cli(args);
  return (JSON.parse(out) as { findings: Array<Record<string, unknown>> }).findings.map(({ baseline: _b, ...f }) => f);
}

async function benchSize(size: number): Promise<SizeResult> {
  const d = prepare(size);
  // The base's cache, as the workflow on the default branch leaves it.
  log(`${size}: caching the base's check`);
  rmSync(d.cache, { recursive: true, force: true });
  cli(["check", d.registry, "--cache-dir", d.cache]);
  startPullRequest(d);
  // The files ajv-cli validates, as they are now: the pull request's.
  rmSync(d.ajvFiles, { recursive: true, force: true });
  for (const part of AJV_FILES) cpSync(join(d.registry, part), join(d.ajvFiles, part), { recursive: true });
  const catalogOut = mkdtempSync(join(tmpdir(), "mova-bench-catalog-"));

  const tools: Array<{ tool: string; what: string; run: () => Promise<Sample> }> = [
    { tool: "parse floor", what: "read + JSON.parse every file", run: () => measureNode(FLOOR, [d.registry]) },
    {
      tool: "ajv-cli",
      what: "runtimes and connectors against their schemas",
      run: () => {
        const common = ["validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats", "--errors=no"];
        const core = (id: string) => join(ROOT, `schemas/mova/4.1.1/${id}.schema.json`);
        const refs = ["-r", core("ds.mova_schema_core_v1")];
        return measureSequence([
          [AJV, [...common, "-s", join(d.registry, "schemas/ds.runtime_bench_v1.schema.json"), "-r", core("ds.runtime_binding_core_v1"), ...refs, "-d", join(d.registry, "runtimes/*.json")]],
          [AJV, [...common, "-s", join(d.registry, "schemas/ds.connector_bench_v1.schema.json"), "-r", core("ds.connector_core_v1"), ...refs, "-d", join(d.registry, "connectors/*.json")]],
        ]);
      },
    },
    { tool: "mova-registry check", what: "every document, every rule, the report", run: () => measureNode(CLI, ["check", d.registry]) },
    {
      tool: "mova-registry check, ajv-cli's files",
      what: "the same on the runtimes and connectors alone (with the registry's config, schemas and catalogs): the files ajv-cli validates",
      run: () => measureNode(CLI, ["check", d.ajvFiles]),
    },
    {
      tool: "mova-registry check, no compiled code",
      what: "the same without the code V8 kept from the last run, as on a fresh runner",
      run: () => measureNode(CLI, ["check", d.registry], ROOT, { NODE_DISABLE_COMPILE_CACHE: "1" }),
    },
    {
      tool: "the action's guard, on a push",
      what: "the committed action on a push, as a GitHub-hosted runner starts it: the check, annotations, outputs and job summary",
      run: () => measureAction(d),
    },
    { tool: "mova-registry catalog", what: "check, then catalog, envelope and index (clean registry)", run: () => measureNode(CLI, ["catalog", d.clean, "--out", catalogOut]) },
    { tool: "mova-registry check --base", what: "pull request of 10 files, from the base's cache, looking for edits too", run: () => measureNode(CLI, ["check", d.registry, "--base", "main", "--cache-dir", d.cache]) },
    { tool: "mova-registry check --base --committed", what: "the same, as CI runs it: the checkout is the commit", run: () => measureNode(CLI, ["check", d.registry, "--base", "main", "--cache-dir", d.cache, "--committed"]) },
    {
      tool: "mova-registry check --base --committed --format markdown",
      what: "the same with the pull request's summary as the action writes it (catalog diff, flow diagrams)",
      run: () => measureNode(CLI, ["check", d.registry, "--base", "main", "--cache-dir", d.cache, "--committed", "--format", "markdown"]),
    },
    { tool: "mova-registry check --base, no cache", what: "the same pull request with no cache: the head in full, the base derived from it", run: () => measureNode(CLI, ["check", d.registry, "--base", "main"]) },
  ];
  // One unmeasured pass reads the files into the page cache, so every tool meets them warm.
  await measureNode(FLOOR, [d.registry]);
  await measureNode(FLOOR, [d.clean]);
  const samples = new Map(tools.map((t) => [t.tool, [] as Sample[]]));
  for (let r = 0; r < runs; r++) {
    log(`${size}: run ${r + 1} of ${runs}`);
    for (const t of tools) samples.get(t.tool)!.push(await t.run());
  }
  const rows = tools.map((t) => ({ tool: t.tool, what: t.what, samples: samples.get(t.tool)!, median: median(samples.get(t.tool)!) }));

  log(`${size}: comparing full, incremental and sharded findings`);
  const full = findingsOf(["check", d.registry, "--format", "json"]);
  const incremental = findingsOf(["check", d.registry, "--format", "json", "--base", "main", "--cache-dir", d.cache]);
  const committed = findingsOf(["check", d.registry, "--format", "json", "--base", "main", "--cache-dir", d.cache, "--committed"]);
  const noCache = findingsOf(["check", d.registry, "--format", "json", "--base", "main"]);
  const shardDir = mkdtempSync(join(tmpdir(), "mova-bench-shards-"));
  for (const k of [1, 2, 3]) cli(["check", d.registry, "--shard", `${k}/3`, "--out", join(shardDir, `${k}.json`)]);
  const sharded = findingsOf(["merge-reports", "--registry", d.registry, "--format", "json", ...[1, 2, 3].map((k) => join(shardDir, `${k}.json`))]);
  // The incremental check also compares with the base: its own findings (change/*) are not the plain check's.
  const plain = (list: unknown[]) => JSON.stringify(list.filter((f) => !String((f as { rule: string }).rule).startsWith("change/")));
  rmSync(shardDir, { recursive: true, force: true });
  rmSync(catalogOut, { recursive: true, force: true });
  return { size, documents: d.documents, planted: d.planted, rows, identical: { full: full.length, incremental: plain(incremental) === plain(full) && plain(committed) === plain(full) && plain(noCache) === plain(full), sharded: plain(sharded) === plain(full) } };
}

/** Wall time of a bare process start: no preloaded hook, as a runner starts the action. */
function measureStart(script: string, env: Record<string, string>): Promise<Sample> {
  return new Promise((resolveSample, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [script], { stdio: "ignore", env: { ...process.env, NODE_OPTIONS: "", ...env } });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolveSample({ wallMs: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: 0, rssMb: 0 }) : reject(new Error(`${script} exited ${code}`))));
  });
}

/** The action started on an event its mode ignores: load, decide, exit. */
async function coldStart(): Promise<{ median: Sample; samples: Sample[]; node: Sample }> {
  const dir = mkdtempSync(join(tmpdir(), "mova-cold-"));
  writeFileSync(join(dir, "event.json"), "{}");
  const env = { INPUT_MODE: "run", INPUT_TOKEN: "none", GITHUB_REPOSITORY: "bench/bench", GITHUB_EVENT_NAME: "issues", GITHUB_EVENT_PATH: join(dir, "event.json"), GITHUB_WORKSPACE: dir };
  const empty = join(dir, "empty.mjs");
  writeFileSync(empty, "");
  const samples: Sample[] = [];
  const node: Sample[] = [];
  for (let i = 0; i < Number(values["cold-runs"]); i++) {
    samples.push(await measureStart(ACTION, env));
    node.push(await measureStart(empty, env));
  }
  rmSync(dir, { recursive: true, force: true });
  return { median: median(samples), samples, node: median(node) };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function targetsOf(results: SizeResult[], cold: { median: Sample }): Target[] {
  const row = (size: number, tool: string) => results.find((r) => r.size === size)?.rows.find((r) => r.tool === tool)?.median;
  const out: Target[] = [];
  for (const size of [10000, 100000]) {
    const floor = row(size, "parse floor");
    const check = row(size, "mova-registry check");
    if (!floor || !check) continue;
    const ratio = check.wallMs / floor.wallMs;
    out.push({ target: `full check of ${size / 1000}k documents ≤ 1.5× the parse floor`, measured: `${fmt(check.wallMs)} = ${ratio.toFixed(2)}× (floor ${fmt(floor.wallMs)})`, pass: ratio <= 1.5 });
    if (size === 100000) {
      const mem = check.rssMb / floor.rssMb;
      out.push({ target: "peak memory of the 100k check ≤ 2× the floor's", measured: `${check.rssMb.toFixed(0)} MB = ${mem.toFixed(2)}× (floor ${floor.rssMb.toFixed(0)} MB)`, pass: mem <= 2 });
    }
  }
  // Two readings of "faster than ajv-cli on its schema-only subset while doing the full check": every rule on the very files
  // ajv-cli validates, and, stricter, every rule on the whole registry against ajv-cli on its 4 documents in 10.
  for (const r of results) {
    const label = r.size >= 1000 ? `${r.size / 1000}k` : String(r.size);
    const ajv = row(r.size, "ajv-cli");
    const own = row(r.size, "mova-registry check, ajv-cli's files");
    const check = row(r.size, "mova-registry check");
    if (ajv && own) out.push({ target: `full check of ajv-cli's files at ${label} (runtimes and connectors, every rule) faster than ajv-cli on them`, measured: `${fmt(own.wallMs)} vs ${fmt(ajv.wallMs)}`, pass: own.wallMs < ajv.wallMs });
    if (ajv && check) out.push({ target: `full check of all ${label} faster than ajv-cli on the runtimes and connectors alone`, measured: `${fmt(check.wallMs)} vs ${fmt(ajv.wallMs)}`, pass: check.wallMs < ajv.wallMs });
  }
  // CI checks out the commit, so the action's check (--committed) is the one the target is about; the local one is shown beside it.
  const inc = row(100000, "mova-registry check --base --committed");
  const local = row(100000, "mova-registry check --base");
  // The action's run also writes the pull request's summary, whose catalog diff reads documents again: shown beside it, not hidden.
  const summary = row(100000, "mova-registry check --base --committed --format markdown");
  const aside = [local ? `${fmt(local.wallMs)} with the working-tree scan` : "", summary ? `${fmt(summary.wallMs)} with the action's summary and catalog diff` : ""].filter(Boolean).join("; ");
  if (inc) out.push({ target: "pull request of 10 files in a 100k registry < 1 s", measured: `${fmt(inc.wallMs)} in CI${aside ? ` (${aside})` : ""}`, pass: inc.wallMs < 1000 });
  out.push({ target: "action cold start (no-op event) ≤ 150 ms", measured: fmt(cold.median.wallMs), pass: cold.median.wallMs <= 150 });
  return out;
}

function markdown(results: SizeResult[], targets: Target[], cold: { median: Sample; node: Sample }, machine: Record<string, string>): string {
  const lines: string[] = [];
  lines.push(`Medians of ${runs} runs on ${machine.cpu} (${machine.cores} cores, ${machine.memory}), Node ${machine.node}, ${machine.date}; generated registries with ${results.map((r) => `${r.planted} planted problems in ${r.documents.toLocaleString("en")}`).join(", ")} documents.`, "");
  lines.push("| documents | tool | what it does | wall | × floor | CPU | peak memory | × floor |", "|---:|---|---|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const floor = r.rows.find((x) => x.tool === "parse floor")!.median;
    for (const x of r.rows)
      lines.push(`| ${r.documents.toLocaleString("en")} | ${x.tool} | ${x.what} | ${fmt(x.median.wallMs)} | ${(x.median.wallMs / floor.wallMs).toFixed(2)} | ${fmt(x.median.cpuMs)} | ${x.median.rssMb.toFixed(0)} MB | ${(x.median.rssMb / floor.rssMb).toFixed(2)} |`);
  }
  lines.push("", `Action cold start (load and exit on an event its mode ignores): ${fmt(cold.median.wallMs)}; an empty Node script: ${fmt(cold.node.wallMs)}.`, "");
  lines.push("| target | measured | |", "|---|---|---|");
  for (const t of targets) lines.push(`| ${t.target} | ${t.measured} | ${t.pass ? "PASS" : "FAIL"} |`);
  lines.push("", `Findings identical between the full, incremental (\`--base --cache-dir\`, with and without \`--committed\`; \`--base\` with no cache) and sharded (3 shards + \`merge-reports\`) checks: ${results.map((r) => `${r.documents.toLocaleString("en")}: ${r.identical.incremental && r.identical.sharded ? "yes" : "NO"} (${r.identical.full} findings)`).join("; ")}.`);
  return lines.join("\n");
}

const started = Date.now();
const machine = {
  cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
  cores: String(cpus().length),
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.versions.node,
  date: new Date().toISOString().slice(0, 10),
  commit: (() => {
    try {
      return git(ROOT, "rev-parse", "--short", "HEAD");
    } catch {
      return "unknown";
    }
  })(),
};
mkdirSync(values.data, { recursive: true });
const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));
log("action cold start");
const cold = await coldStart();
const targets = targetsOf(results, cold);
const table = markdown(results, targets, cold, machine);
console.log(table);
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, "latest.json"), JSON.stringify({ machine, runs, results, coldStart: cold, targets, seconds: Math.round((Date.now() - started) / 1000) }, null, 2) + "\n");
writeFileSync(join(values.out, "latest.svg"), renderSvg(results, machine));
if (values["update-readme"]) {
  const readme = join(ROOT, "README.md");
  const text = readFileSync(readme, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  if (!text.includes(start) || !text.includes(end)) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync(readme, text.slice(0, text.indexOf(start) + start.length) + "\n" + table + "\n" + text.slice(text.indexOf(end)));
}
log(`done in ${Math.round((Date.now() - started) / 1000)} s; results in ${resolve(values.out)}`);
