#!/usr/bin/env -S node --max-semi-space-size=8
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  buildSite,
  sourceInfo,
  writeSite
} from "./chunk-YI6X2DP5.js";
import {
  Runner,
  createAiClient,
  startRun
} from "./chunk-IERXAEY2.js";
import {
  RUN_ID,
  defaultRunId,
  listRuns,
  readRequest,
  readState,
  runFiles,
  runsFolder,
  writeRunFiles
} from "./chunk-MEO2YHCK.js";
import {
  catalogDiffAgainst,
  formatCatalogDiffText,
  formatSarif,
  pullRequestSections
} from "./chunk-EUVER5V5.js";
import {
  BaseError,
  columnsOf,
  documentFromColumns,
  engineFingerprint,
  formatText,
  frameDigest,
  guard
} from "./chunk-RP5RNTF5.js";
import "./chunk-I26S3THB.js";
import {
  FAIL_ON,
  failingFindings
} from "./chunk-EYAG2L7U.js";
import {
  TOOL_NAME,
  TOOL_VERSION,
  buildCatalog,
  buildReport,
  check,
  displayPath,
  finishCheck,
  formatJson,
  formatMarkdown,
  parallelism,
  printable
} from "./chunk-GX5IF73J.js";
import {
  FsSource,
  Rereader,
  isFramePath,
  loadOnce,
  loadRegistry,
  mark,
  runDocumentRules,
  setUp
} from "./chunk-R3DY6RUR.js";
import {
  RELEASES,
  isRelease
} from "./chunk-ZE2ONDKC.js";
import "./chunk-UGMGZRCV.js";
import "./chunk-KPOE4I3O.js";

// src/cli/main.ts
import { createInterface } from "node:readline/promises";

// src/cli/catalog-command.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { basename, join, resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/cli/check-command.ts
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/shard.ts
import { posix } from "node:path";
var SHARD_FORMAT = "mova-registry-shard/1";
var ShardError = class extends Error {
};
function parseShard(text) {
  const m = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text);
  if (!m || Number(m[1]) > Number(m[2])) throw new ShardError(`a shard is K/N with 1 \u2264 K \u2264 N, e.g. 2/4, not "${text}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}
function shardOf(path, count) {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % count + 1;
}
async function checkShard(root, options, shard) {
  const { registry, sink } = await loadRegistry(root, options, runDocumentRules, parallelism(options), (path) => shardOf(path, shard.count) === shard.index);
  const config = registry.config;
  const mine = registry.documents.filter((d) => !isFramePath(d.path, config) && shardOf(d.path, shard.count) === shard.index);
  const paths = new Set(mine.map((d) => d.path));
  return {
    format: SHARD_FORMAT,
    engine: engineFingerprint(),
    shard,
    release: config.release,
    frameDigest: frameDigest(registry),
    documents: columnsOf(mine),
    documentFindings: sink.findings.filter((f) => paths.has(f.file))
  };
}
async function mergeShards(root, options, reports) {
  if (reports.length === 0) throw new ShardError("no shard reports to merge");
  const count = reports[0].shard.count;
  for (const r of reports) {
    if (r.format !== SHARD_FORMAT) throw new ShardError(`not a shard report (format ${JSON.stringify(r.format)})`);
    if (r.engine !== engineFingerprint()) throw new ShardError(`shard ${r.shard.index}/${r.shard.count} was written by another version of the tool (${r.engine}); run every shard and the merge with the same one`);
    if (r.shard.count !== count) throw new ShardError(`the reports split the registry differently: ${r.shard.index}/${r.shard.count} and ?/${count}`);
  }
  const seen = new Set(reports.map((r) => r.shard.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new ShardError(`missing the report of shard ${missing.map((i) => `${i}/${count}`).join(", ")}`);
  if (seen.size !== reports.length) throw new ShardError("a shard's report is given twice");
  const setup = await setUp(root, options);
  const byPath = /* @__PURE__ */ new Map();
  const findings = /* @__PURE__ */ new Map();
  for (const report of reports) {
    const c = report.documents;
    c.path.forEach((p, index) => byPath.set(c.strings[p], { report, index }));
    for (const f of report.documentFindings) findings.set(f.file, [...findings.get(f.file) ?? [], f]);
  }
  const late = new Set([...byPath].filter(([path, { report, index }]) => report.documents.strings[report.documents.kind[index]] === "contract_manifest" && posix.basename(path) !== "manifest.json").map(([path]) => path));
  const lateDirs = [...late].map((p) => posix.dirname(p) + "/");
  const reader = new Rereader(options.source ?? new FsSource(root), setup.config.limits);
  const take = (path) => {
    const at = byPath.get(path);
    if (!at || late.has(path) || lateDirs.some((d) => path.startsWith(d))) return void 0;
    if (late.size > 0 && at.report.documents.strings[at.report.documents.kind[at.index]] === "flow") return void 0;
    return { doc: documentFromColumns(at.report.documents, at.index, reader), findings: findings.get(path) ?? [] };
  };
  const lateManifests = new Set(late);
  for (; ; ) {
    const loaded = await loadOnce(root, setup, options, runDocumentRules, parallelism(options), lateManifests, { inFrame: (p) => isFramePath(p, setup.config), plans: [], take });
    if (loaded.late.size > 0) {
      for (const p of loaded.late) lateManifests.add(p);
      continue;
    }
    const digest = frameDigest(loaded.registry);
    const stale = reports.find((r) => r.frameDigest !== digest || r.release !== loaded.registry.config.release);
    if (stale) throw new ShardError(`shard ${stale.shard.index}/${count} saw other config, schemas or catalogs than the registry here; run every shard and the merge on the same commit`);
    return finishCheck(loaded.registry, loaded.sink);
  }
}

// src/report/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(report) {
  const level = { error: "error", warning: "warning", notice: "notice" };
  return report.findings.map((f) => {
    const props = [
      `file=${escapeProperty(printable(displayPath(report.registry, f.file)))}`,
      `line=${f.line}`,
      `endLine=${f.endLine}`,
      ...f.endLine === f.line ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : [],
      `title=${escapeProperty(f.rule)}`
    ];
    return `::${level[f.severity]} ${props.join(",")}::${escapeData(f.hint ? `${printable(f.message)}
\u2192 ${printable(f.hint)}` : printable(f.message))}
`;
  }).join("");
}

// src/cli/usage.ts
var UsageError = class extends Error {
};
var EXIT = { ok: 0, findings: 1, usage: 2 };
var USAGE = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check [DIR]          Validate the MOVA registry in DIR (default: the current folder)
  catalog [DIR]        Build the registry's core catalog, publish envelope and index
  run CONTRACT         Run a contract's flow locally, writing its run under runs/
  runs [DIR]           List the registry's runs and where each stands
  site [DIR]           Generate the registry's static catalog site
  merge-reports FILE.. The full check from the reports of check --shard

Options for check:
  --format FORMAT      text (default), json, sarif (for code scanning),
                       github (workflow commands that annotate a pull request)
                       or markdown (the pull request's summary: findings, and
                       with --base the catalog diff and changed flows' diagrams)
  --release VERSION    MOVA release to validate against: ${RELEASES.join(", ")}
                       (default: the release in mova.registry.json, else 6.0.0)
  --base REF           Compare with the merge-base of REF and HEAD: breaking
                       schema changes, removals still in use, the impact on
                       contracts, and which findings are new
  --fail-on LEVEL      error (default), warning, new (only errors the base
                       does not have) or never
  --cache-dir DIR      Keep a cache of each checked commit in DIR. With
                       --base and the base's cache there, only the files the
                       change touches are read (same findings as a full check)
  --committed          With --cache-dir: take the working tree for HEAD (a
                       fresh checkout, as in CI) and skip looking for edits
  --concurrency N      Threads to check documents on (default: auto, every
                       core, for registries of 3000 documents or more)
  --shard K/N          Check only the K-th of N shares of the documents and
                       write the shard's report to --out FILE, for
                       merge-reports (one machine per shard)

Options for merge-reports:
  --registry DIR       The registry the shards checked (default: .)
  --format, --release, --fail-on, --concurrency   As for check

Options for catalog:
  --out FOLDER         Write catalog.json, catalog.publish.json and index.json
  --diff BASE          Print what the catalog changes compared with BASE
  --name NAME          The registry's name in the publish envelope
                       (default: the folder's name)
  --format text|json   Output format (default: text)
  --release VERSION    As for check

Options for site:
  --out FOLDER         Write the site there: index.html, a page per document,
                       site.css, site.js, search-index.js (required)
  --name NAME          The registry's name in headings (default: the folder's)
  --max-runs N         Recent runs shown per contract (default: 20)
  --release VERSION    As for check

Options for run:
  --registry DIR       The registry (default: the current folder)
  --inputs FILE        The run's inputs, a JSON object
  --reason TEXT        Why the run exists, recorded in its request
  --run-id ID          The run's id (default: contract name and time)
  --decide GATE=OPTION Answer a gate (repeatable); without it, gates are
                       asked on the terminal, or the run waits
  --resume ID          Continue a run that waits or paused
  --as LOGIN           Who starts the run and answers its gates
  --ai-base-url URL    Send AI steps to this OpenAI-compatible endpoint
                       (the API key comes from the environment variable the
                       step's connector names)

  -h, --help           Show this help
  -v, --version        Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration problem.
`;

// src/cli/check-command.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
var MARKDOWN_FINDINGS = 300;
function registryDir(io, positionals, command) {
  if (positionals.length > 1) throw new UsageError(`${command} takes one folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const dir = (positionals[0] ?? ".").replace(/\\/g, "/").replace(/\/+$/, "") || ".";
  const root = resolve(io.cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`no registry folder at ${dir}`);
  return { dir, root };
}
function concurrencyOption(value) {
  if (value === void 0 || value === "auto") return void 0;
  if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--concurrency must be a whole number of threads or "auto", not "${value}"`);
  return Number(value);
}
function releaseOption(value) {
  if (value !== void 0 && !isRelease(value)) throw new UsageError(`--release must be one of ${RELEASES.join(", ")}, not "${value}"`);
  return value;
}
async function checkCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      release: { type: "string" },
      base: { type: "string" },
      "fail-on": { type: "string", default: "error" },
      concurrency: { type: "string" },
      "cache-dir": { type: "string" },
      committed: { type: "boolean" },
      shard: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = formatOption(values.format);
  const release = releaseOption(values.release);
  const failOn = failOnOption(values["fail-on"]);
  if (failOn === "new" && !values.base) throw new UsageError("--fail-on new needs --base, to know what is new");
  const { dir, root } = registryDir(io, positionals, "check");
  const concurrency = concurrencyOption(values.concurrency);
  if (values.shard !== void 0) {
    if (values.base) throw new UsageError("--shard checks a registry as it stands; compare with a base in a check without --shard");
    if (!values.out) throw new UsageError("--shard needs --out FILE, where the shard's report goes for merge-reports");
    let shard;
    try {
      shard = parseShard(values.shard);
    } catch (error) {
      throw new UsageError(`--shard: ${error.message}`);
    }
    const report = await checkShard(root, { ...release ? { release } : {}, ...concurrency ? { concurrency } : {} }, shard);
    const out = resolve(io.cwd, values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report));
    io.stdout(`shard ${shard.index}/${shard.count} of ${dir}: ${report.documents.path.length} documents checked, ${report.documentFindings.length} findings so far; report in ${values.out}
`);
    return EXIT.ok;
  }
  if (values.out) throw new UsageError("--out goes with --shard");
  const result = await guard(root, { ...release ? { release } : {}, ...values.base ? { base: values.base } : {}, ...concurrency ? { concurrency } : {}, ...values["cache-dir"] ? { cacheDir: resolve(io.cwd, values["cache-dir"]) } : {}, ...values.committed ? { committedOnly: true } : {} });
  return reportResult(io, result, dir, format, failOn);
}
function reportResult(io, result, dir, format, failOn) {
  const report = buildReport(result, dir);
  mark("report built");
  const render = {
    text: () => formatText(report, { color: io.color }),
    json: () => formatJson(report),
    sarif: () => formatSarif(report),
    github: () => formatGithub(report),
    // What the pull request's summary shows: findings, the catalog diff and the changed flows' diagrams.
    markdown: () => formatMarkdown(report, { maxFindings: MARKDOWN_FINDINGS, sections: pullRequestSections(result, dir).sections }) + "\n"
  };
  io.stdout(render[format]());
  mark("report printed");
  if (result.configBroken) {
    io.stderr(`${TOOL_NAME}: mova.registry.json has errors (see above); fix the configuration first.
`);
    return EXIT.usage;
  }
  return failingFindings(report.findings, failOn).length > 0 ? EXIT.findings : EXIT.ok;
}
function formatOption(value) {
  const format = value ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${value}"`);
  return format;
}
function failOnOption(value) {
  const failOn = value ?? "error";
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not "${value}"`);
  return failOn;
}

// src/cli/catalog-command.ts
async function catalogCommand(args, io) {
  const { values, positionals } = parseArgs2({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      diff: { type: "string" },
      name: { type: "string" },
      format: { type: "string", default: "text" },
      release: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const release = releaseOption(values.release);
  const { dir, root } = registryDir(io, positionals, "catalog");
  const registryName = values.name ?? basename(root);
  if (values.diff !== void 0) {
    const diff = await catalogDiffAgainst(root, values.diff, { registryName, ...release ? { release } : {} });
    io.stdout(values.format === "json" ? JSON.stringify(diff, null, 2) + "\n" : formatCatalogDiffText(diff));
    return EXIT.ok;
  }
  const result = await check(root, release ? { release } : {});
  if (result.findings.some((f) => f.severity === "error")) {
    io.stdout(formatText(buildReport(result, dir), { color: io.color }));
    io.stderr("mova-registry: the registry has errors, so no catalog was built; fix them first.\n");
    return result.configBroken ? EXIT.usage : EXIT.findings;
  }
  const source = await sourceInfo(root);
  const build = buildCatalog(result.registry, { registryName, ...source ? { source } : {} });
  if (values.out) {
    const out = resolve2(io.cwd, values.out);
    mkdirSync2(out, { recursive: true });
    for (const [name, content] of Object.entries(build.files)) writeFileSync2(join(out, name), content);
  }
  const counts = {
    data_types: build.catalog.data_types.length,
    verbs: build.catalog.verbs.length,
    envelopes: build.catalog.envelopes.length,
    episode_types: build.catalog.episode_types.length,
    index_entries: build.index.entries.length
  };
  if (values.format === "json") io.stdout(JSON.stringify({ digest: build.digest, ...values.out ? { out: values.out, files: Object.keys(build.files) } : {}, counts, ...source ? { source } : {} }, null, 2) + "\n");
  else {
    io.stdout(`${build.digest}
`);
    io.stderr(
      `catalog of ${dir === "." ? "./" : dir + "/"}: ${counts.data_types} data types, ${counts.verbs} verbs, ${counts.envelopes} envelopes, ${counts.episode_types} episode types; index: ${counts.index_entries} entries` + (values.out ? `; written to ${values.out}/ (${Object.keys(build.files).join(", ")})` : "") + (source ? `; source ${source.commit.slice(0, 7)}` : "; no source commit recorded (not in git, or uncommitted changes)") + "\n"
    );
  }
  return EXIT.ok;
}

// src/cli/merge-command.ts
import { readFileSync } from "node:fs";
import { resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";
async function mergeCommand(args, io) {
  const { values, positionals } = parseArgs3({
    args: [...args],
    allowPositionals: true,
    options: {
      registry: { type: "string", default: "." },
      format: { type: "string", default: "text" },
      release: { type: "string" },
      "fail-on": { type: "string", default: "error" },
      concurrency: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = formatOption(values.format);
  const failOn = failOnOption(values["fail-on"]);
  if (failOn === "new") throw new UsageError("--fail-on new needs a base; merge-reports checks the registry as it stands");
  const release = releaseOption(values.release);
  const concurrency = concurrencyOption(values.concurrency);
  if (positionals.length === 0) throw new UsageError("merge-reports needs the shards' report files");
  const { dir, root } = registryDir(io, [values.registry], "merge-reports");
  const reports = positionals.map((file) => {
    try {
      return JSON.parse(readFileSync(resolve3(io.cwd, file), "utf8"));
    } catch (error) {
      throw new UsageError(`cannot read the shard report ${file}: ${error.message.split("\n")[0]}`);
    }
  });
  try {
    const result = await mergeShards(root, { ...release ? { release } : {}, ...concurrency ? { concurrency } : {} }, reports);
    return reportResult(io, result, dir, format, failOn);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(error.message);
    throw error;
  }
}

// src/cli/run-command.ts
import { mkdirSync as mkdirSync3, readFileSync as readFileSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join2, resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
async function runCommand(args, io) {
  const { values, positionals } = parseArgs4({
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
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const release = releaseOption(values.release);
  const { dir, root } = registryDir(io, [values.registry], "run");
  const result = await check(root, release ? { release } : {});
  if (result.findings.some((f) => f.severity === "error")) {
    io.stdout(formatText(buildReport(result, dir), { color: io.color }));
    io.stderr("mova-registry: the registry has errors, so nothing runs; fix them first.\n");
    return EXIT.findings;
  }
  const registry = result.registry;
  const runsDir = join2(root, runsFolder(registry.config));
  const decisions = /* @__PURE__ */ new Map();
  for (const d of values.decide ?? []) {
    const m = /^([A-Za-z0-9_./-]+)=([A-Za-z0-9_.-]+)$/.exec(d);
    if (!m) throw new UsageError(`--decide takes GATE=OPTION, e.g. approve=approve; got "${d}"`);
    decisions.set(m[1], m[2]);
  }
  let state;
  let runId;
  if (values.resume) {
    runId = values.resume;
    const existing = readState(join2(runsDir, runId));
    if (!existing) throw new UsageError(`no run ${runId} under ${join2(dir, runsFolder(registry.config))}/`);
    state = existing;
  } else {
    const contract = positionals[0];
    if (!contract || positionals.length > 1) throw new UsageError("run takes one contract id, e.g. run contract.finance.invoice_approval_v1 --inputs invoice.json");
    if (!values.inputs) throw new UsageError("run needs --inputs FILE, the run's inputs as JSON");
    let inputs;
    try {
      inputs = JSON.parse(readFileSync2(resolve4(io.cwd, values.inputs), "utf8"));
    } catch (error) {
      throw new UsageError(`cannot read --inputs ${values.inputs}: ${error.message}`);
    }
    if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) throw new UsageError("--inputs must hold a JSON object");
    runId = values["run-id"] ?? defaultRunId(contract, /* @__PURE__ */ new Date());
    if (!RUN_ID.test(runId)) throw new UsageError(`run id "${runId}" must be 3 to 100 lower-case letters, digits, '.', '_' or '-'`);
    const request = { schema_id: "registry.run_request_v1", contract_id: contract, inputs, reason: values.reason ?? "Run from the command line", ...values.as ? { initiator: values.as } : {} };
    if (readRequest(join2(runsDir, runId))) throw new UsageError(`run ${runId} exists already; continue it with --resume ${runId}`);
    mkdirSync3(join2(runsDir, runId), { recursive: true });
    writeFileSync3(join2(runsDir, runId, "request.json"), JSON.stringify(request, null, 2) + "\n");
    state = startRun(runId, request, values.as ?? process.env.USER ?? "cli", depsFor(io, registry, values["ai-base-url"]));
  }
  const deps = depsFor(io, registry, values["ai-base-url"]);
  const decidedBy = values.as ?? process.env.USER ?? "cli";
  let decisionsForNext = {};
  for (let round = 0; round < 100; round++) {
    const t = await new Runner(state, deps).advance({ decisions: decisionsForNext });
    state = t.state;
    writeRunFiles(join2(runsDir, runId), runFiles(state, t.episodes));
    for (const e of t.episodes) io.stdout(`  ${e.name.padEnd(44)} ${String(e.episode.result_summary)}
`);
    if (state.status !== "waiting") break;
    decisionsForNext = {};
    for (const g of new Runner(state, deps).openGates()) {
      const chosen = decisions.get(g.key) ?? decisions.get(g.step) ?? (io.ask ? await askGate(io, g.key, g.gate.question, g.gate.options) : void 0);
      if (chosen === void 0) continue;
      if (!g.gate.options.includes(chosen)) throw new UsageError(`gate ${g.key} has no option "${chosen}"; its options are ${g.gate.options.join(", ")}`);
      decisionsForNext[g.key] = { option: chosen, by: [decidedBy], via: "cli" };
    }
    if (Object.keys(decisionsForNext).length === 0) break;
  }
  io.stdout(`run ${runId} (${state.contract_id}): ${state.status}${state.outcome ? `, outcome ${state.outcome}` : ""}${state.reason && state.status !== "completed" ? ` (${state.reason})` : ""}
`);
  if (state.status === "waiting") io.stdout(`  answer its gates with --resume ${runId} --decide GATE=OPTION
`);
  if (state.status === "paused") io.stdout(`  continue it with --resume ${runId} once the cause is fixed
`);
  return state.status === "failed" || state.status === "halted" ? EXIT.findings : EXIT.ok;
}
function depsFor(io, registry, aiBaseUrl) {
  return { registry, ai: createAiClient(), secret: (name) => io.env?.[name], now: () => /* @__PURE__ */ new Date(), ...aiBaseUrl ? { aiBaseUrl } : {} };
}
async function askGate(io, key, question, options) {
  const answer = (await io.ask(`${question ?? `Gate ${key}`} [${options.join("/")}] `)).trim();
  return answer === "" ? void 0 : answer;
}
async function runsCommand(args, io) {
  const { values, positionals } = parseArgs4({ args: [...args], allowPositionals: true, options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } } });
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
    io.stdout(`${r.run_id.padEnd(40)} ${r.status.padEnd(10)} ${r.contract_id}${r.outcome ? ` \u2192 ${r.outcome}` : ""}${r.openGates.length ? ` (open gates: ${r.openGates.join(", ")})` : ""}${r.reason && r.status !== "completed" ? ` (${r.reason})` : ""}
`);
  return EXIT.ok;
}

// src/cli/site-command.ts
import { basename as basename2, resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";
async function siteCommand(args, io) {
  const { values, positionals } = parseArgs5({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      name: { type: "string" },
      release: { type: "string" },
      "max-runs": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (!values.out) throw new UsageError("site needs --out FOLDER");
  const maxRuns = values["max-runs"] === void 0 ? 20 : Number(values["max-runs"]);
  if (!Number.isInteger(maxRuns) || maxRuns < 0) throw new UsageError(`--max-runs must be a whole number, not "${values["max-runs"]}"`);
  const release = releaseOption(values.release);
  const { dir, root } = registryDir(io, positionals, "site");
  const result = await check(root, release ? { release } : {});
  const errors = result.findings.filter((f) => f.severity === "error").length;
  if (result.configBroken) {
    io.stderr("mova-registry: mova.registry.json is broken; run mova-registry check for the details.\n");
    return EXIT.usage;
  }
  const site = buildSite(result.registry, { registryName: values.name ?? basename2(root), maxRuns });
  const out = resolve5(io.cwd, values.out);
  writeSite(out, site.files);
  io.stdout(`${site.digest}
`);
  io.stderr(
    `site of ${dir === "." ? "./" : dir + "/"}: ${site.pages} pages, ${Object.keys(site.files).length} files written to ${values.out}/; open ${values.out}/index.html` + (errors ? `
mova-registry: the registry has ${errors} error(s); the site shows it as it is (mova-registry check lists them).` : "") + "\n"
  );
  return EXIT.ok;
}

// src/cli/run.ts
async function runCli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof BaseError) {
      io.stderr(`${TOOL_NAME}: ${error.message}
`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${TOOL_NAME}: ${error.message}

${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    io.stdout(USAGE);
    return command === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${TOOL_VERSION}
`);
    return EXIT.ok;
  }
  if (command === "check") return checkCommand(rest, io);
  if (command === "catalog") return catalogCommand(rest, io);
  if (command === "run") return runCommand(rest, io);
  if (command === "runs") return runsCommand(rest, io);
  if (command === "site") return siteCommand(rest, io);
  if (command === "merge-reports") return mergeCommand(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}

// src/cli/main.ts
function wantsColor() {
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== void 0 && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true && process.stdout.hasColors?.() === true;
}
var terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : void 0;
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    color: wantsColor(),
    env: process.env,
    ...terminal ? { ask: (question) => terminal.question(question) } : {}
  });
} finally {
  terminal?.close();
}
