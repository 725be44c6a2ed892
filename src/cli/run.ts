import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { FAIL_ON, failingFindings, type FailOn } from "../fail-on.ts";
import { BaseError, guard } from "../guard.ts";
import { formatGithub } from "../report/github.ts";
import { buildReport, formatJson } from "../report/report.ts";
import { formatSarif } from "../report/sarif.ts";
import { formatText } from "../report/text.ts";
import { RELEASES, isRelease } from "../schemas/releases.ts";
import { TOOL_NAME, TOOL_VERSION } from "../version.ts";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  color: boolean;
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const FORMATS = ["text", "json", "sarif", "github"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check [DIR]          Validate the MOVA registry in DIR (default: the current folder)

Options for check:
  --format FORMAT      text (default), json, sarif (for code scanning) or
                       github (workflow commands that annotate a pull request)
  --release VERSION    MOVA release to validate against: ${RELEASES.join(", ")}
                       (default: the release in mova.registry.json, else 6.0.0)
  --base REF           Compare with the merge-base of REF and HEAD: breaking
                       schema changes, removals still in use, the impact on
                       contracts, and which findings are new
  --fail-on LEVEL      error (default), warning, new (only errors the base
                       does not have) or never

  -h, --help           Show this help
  -v, --version        Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration problem.
`;

class UsageError extends Error {}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof BaseError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${TOOL_NAME}: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "check") return runCheck(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}

async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      release: { type: "string" },
      base: { type: "string" },
      "fail-on": { type: "string", default: "error" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`check takes one folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`);
  if (values.release !== undefined && !isRelease(values.release))
    throw new UsageError(`--release must be one of ${RELEASES.join(", ")}, not "${values.release}"`);

  const failOn = values["fail-on"] as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not "${values["fail-on"]}"`);
  if (failOn === "new" && !values.base) throw new UsageError("--fail-on new needs --base, to know what is new");

  const dir = positionals[0] ?? ".";
  const root = resolve(io.cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`no registry folder at ${dir}`);

  const result = await guard(root, { ...(values.release ? { release: values.release } : {}), ...(values.base ? { base: values.base } : {}) });
  const report = buildReport(result, dir.replace(/\\/g, "/").replace(/\/+$/, "") || ".");
  const render = { text: () => formatText(report, { color: io.color }), json: () => formatJson(report), sarif: () => formatSarif(report), github: () => formatGithub(report) };
  io.stdout(render[format]());
  if (result.configBroken) {
    io.stderr(`${TOOL_NAME}: mova.registry.json has errors (see above); fix the configuration first.\n`);
    return EXIT.usage;
  }
  return failingFindings(report.findings, failOn).length > 0 ? EXIT.findings : EXIT.ok;
}
