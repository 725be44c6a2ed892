import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { FAIL_ON, failingFindings, type FailOn } from "../fail-on.ts";
import { guard, type GuardResult } from "../guard.ts";
import { checkShard, parseShard } from "../shard.ts";
import { formatGithub } from "../report/github.ts";
import { formatMarkdown } from "../report/markdown.ts";
import { pullRequestSections } from "../report/pr-sections.ts";
import { buildReport, jsonChunks, type Report } from "../report/report.ts";
import { formatSarif } from "../report/sarif.ts";
import { textChunks } from "../report/text.ts";
import { mark } from "../util/timing.ts";
import { isRelease, RELEASES, type Release } from "../schemas/releases.ts";
import { TOOL_NAME } from "../version.ts";
import { EXIT, USAGE, UsageError, type CliIo } from "./usage.ts";

const FORMATS = ["text", "json", "sarif", "github", "markdown"] as const;

/** As many findings as the action's job summary lists. */
const MARKDOWN_FINDINGS = 300;
type Format = (typeof FORMATS)[number];

/** The registry folder a command names, checked to exist. */
export function registryDir(io: CliIo, positionals: string[], command: string): { dir: string; root: string } {
  if (positionals.length > 1) throw new UsageError(`${command} takes one folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const dir = (positionals[0] ?? ".").replace(/\\/g, "/").replace(/\/+$/, "") || ".";
  const root = resolve(io.cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`no registry folder at ${dir}`);
  return { dir, root };
}

/** --concurrency: threads to check documents on; "auto" (the default) uses every core. */
export function concurrencyOption(value: string | undefined): number | undefined {
  if (value === undefined || value === "auto") return undefined;
  if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--concurrency must be a whole number of threads or "auto", not "${value}"`);
  return Number(value);
}

export function releaseOption(value: string | undefined): Release | undefined {
  if (value !== undefined && !isRelease(value)) throw new UsageError(`--release must be one of ${RELEASES.join(", ")}, not "${value}"`);
  return value;
}

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
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
      help: { type: "boolean", short: "h" },
    },
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
  if (values.shard !== undefined) {
    if (values.base) throw new UsageError("--shard checks a registry as it stands; compare with a base in a check without --shard");
    if (!values.out) throw new UsageError("--shard needs --out FILE, where the shard's report goes for merge-reports");
    let shard;
    try {
      shard = parseShard(values.shard);
    } catch (error) {
      throw new UsageError(`--shard: ${(error as Error).message}`);
    }
    const report = await checkShard(root, { ...(release ? { release } : {}), ...(concurrency ? { concurrency } : {}) }, shard);
    const out = resolve(io.cwd, values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report));
    io.stdout(`shard ${shard.index}/${shard.count} of ${dir}: ${report.documents.path.length} documents checked, ${report.documentFindings.length} findings so far; report in ${values.out}\n`);
    return EXIT.ok;
  }
  if (values.out) throw new UsageError("--out goes with --shard");

  const result = await guard(root, { ...(release ? { release } : {}), ...(values.base ? { base: values.base } : {}), ...(concurrency ? { concurrency } : {}), ...(values["cache-dir"] ? { cacheDir: resolve(io.cwd, values["cache-dir"]) } : {}), ...(values.committed ? { committedOnly: true } : {}),
    // The markdown summary diffs the catalog with the base's.
    ...(format === "markdown" && values.base ? { catalogFacts: true } : {}),
  });
  return reportResult(io, result, dir, format, failOn);
}

/** Prints a report as text, in its pieces (textChunks): the check, the catalog and a run refused by findings alike. */
export function printText(io: CliIo, report: Report): void {
  for (const piece of textChunks(report, { color: io.color })) io.stdout(piece);
}

/** Prints a check's result in the format asked for; the exit code the findings call for. */
export function reportResult(io: CliIo, result: GuardResult, dir: string, format: Format, failOn: FailOn): number {
  const report = buildReport(result, dir);
  mark("report built");
  const render = {
    // The text and the JSON in pieces: at 100,000 documents the JSON is 17 MB, and 20,000 findings make 4 MB of text.
    text: () => textChunks(report, { color: io.color }),
    json: () => jsonChunks(report),
    sarif: () => formatSarif(report),
    github: () => formatGithub(report),
    // What the pull request's summary shows: findings, the catalog diff and the changed flows' diagrams.
    markdown: () => formatMarkdown(report, { maxFindings: MARKDOWN_FINDINGS, sections: pullRequestSections(result, dir).sections }) + "\n",
  };
  const text = render[format]();
  if (typeof text === "string") io.stdout(text);
  else for (const piece of text) io.stdout(piece);
  mark("report printed");
  if (result.configBroken) {
    io.stderr(`${TOOL_NAME}: mova.registry.json has errors (see above); fix the configuration first.\n`);
    return EXIT.usage;
  }
  return failingFindings(report.findings, failOn).length > 0 ? EXIT.findings : EXIT.ok;
}

export function formatOption(value: string | undefined): Format {
  const format = (value ?? "text") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${value}"`);
  return format;
}

export function failOnOption(value: string | undefined): FailOn {
  const failOn = (value ?? "error") as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not "${value}"`);
  return failOn;
}
