import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  formatSarif,
  pullRequestSections
} from "./chunk-Q4XSX4ZN.js";
import {
  FAIL_ON,
  failingFindings
} from "./chunk-EYAG2L7U.js";
import {
  EXIT,
  USAGE,
  UsageError
} from "./chunk-4XUEJQ7R.js";
import {
  formatText
} from "./chunk-AF653DU4.js";
import {
  buildReport,
  displayPath,
  formatJson,
  formatMarkdown
} from "./chunk-G65C4UKC.js";
import {
  columnsOf,
  columnsWellFormed,
  documentFromColumns,
  engineFingerprint,
  frameDigest
} from "./chunk-ROE343XT.js";
import {
  guard
} from "./chunk-U43Y77IC.js";
import {
  finishCheck,
  isFinding,
  parallelism
} from "./chunk-M53WTELD.js";
import {
  TOOL_NAME
} from "./chunk-3TFLXBUR.js";
import {
  FsSource,
  Rereader,
  isFramePath,
  loadOnce,
  loadRegistry,
  printable,
  runDocumentRules,
  setUp
} from "./chunk-DEQPY4IZ.js";
import {
  RELEASES,
  isRelease
} from "./chunk-ZE2ONDKC.js";
import {
  mark
} from "./chunk-WBKPGEYU.js";

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
  for (const r of reports) {
    if (r.format !== SHARD_FORMAT) throw new ShardError(`not a shard report (format ${JSON.stringify(r.format)})`);
    if (typeof r.shard?.index !== "number" || typeof r.shard.count !== "number" || !Array.isArray(r.documentFindings) || !r.documentFindings.every(isFinding) || !columnsWellFormed(r.documents))
      throw new ShardError(`a shard report is damaged: its parts are not what check --shard writes${typeof r.shard?.index === "number" ? ` (shard ${r.shard.index}/${r.shard.count})` : ""}; write it again`);
  }
  const count = reports[0].shard.count;
  for (const r of reports) {
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
    for (let index = 0; index < c.path.length; index++) byPath.set(c.strings[c.path[index]], { report, index });
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
  mark("check loaded");
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
  const result = await guard(root, {
    ...release ? { release } : {},
    ...values.base ? { base: values.base } : {},
    ...concurrency ? { concurrency } : {},
    ...values["cache-dir"] ? { cacheDir: resolve(io.cwd, values["cache-dir"]) } : {},
    ...values.committed ? { committedOnly: true } : {},
    // The markdown summary diffs the catalog with the base's.
    ...format === "markdown" && values.base ? { catalogFacts: true } : {}
  });
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

export {
  ShardError,
  mergeShards,
  registryDir,
  concurrencyOption,
  releaseOption,
  checkCommand,
  reportResult,
  formatOption,
  failOnOption
};
