import { TOOL_NAME, TOOL_VERSION } from "../version.ts";
import { EXIT, USAGE, UsageError, type CliIo } from "./usage.ts";

export { EXIT, type CliIo } from "./usage.ts";

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    // A base that cannot be compared with (guard.ts's BaseError, told by name so this module loads no engine).
    if ((error as Error).name === "BaseError") {
      io.stderr(`${TOOL_NAME}: ${(error as Error).message}\n`);
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
  // Each command loads when it runs: a check does not pay for the site's layout library or the run engine.
  if (command === "check") return (await import("./check-command.ts")).checkCommand(rest, io);
  if (command === "catalog") return (await import("./catalog-command.ts")).catalogCommand(rest, io);
  if (command === "run") return (await import("./run-command.ts")).runCommand(rest, io);
  if (command === "runs") return (await import("./run-command.ts")).runsCommand(rest, io);
  if (command === "site") return (await import("./site-command.ts")).siteCommand(rest, io);
  if (command === "merge-reports") return (await import("./merge-command.ts")).mergeCommand(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}
