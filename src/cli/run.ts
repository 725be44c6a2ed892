import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { check } from "../check.ts";
import { buildReport, formatJson } from "../report/report.ts";
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

const FORMATS = ["text", "json"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check [DIR]          Validate the MOVA registry in DIR (default: the current folder)

Options for check:
  --format text|json   Output format (default: text)
  --release VERSION    MOVA release to validate against: ${RELEASES.join(", ")}
                       (default: the release in mova.registry.json, else 6.0.0)

  -h, --help           Show this help
  -v, --version        Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration problem.
`;

class UsageError extends Error {}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
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

  const dir = positionals[0] ?? ".";
  const root = resolve(io.cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`no registry folder at ${dir}`);

  const result = await check(root, values.release ? { release: values.release } : {});
  const report = buildReport(result, dir.replace(/\\/g, "/"));
  io.stdout(format === "json" ? formatJson(report) : formatText(report, { color: io.color }));
  if (result.configBroken) {
    io.stderr(`${TOOL_NAME}: mova.registry.json has errors (see above); fix the configuration first.\n`);
    return EXIT.usage;
  }
  return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
