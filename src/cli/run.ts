import { BaseError } from "../guard.ts";
import { TOOL_NAME, TOOL_VERSION } from "../version.ts";
import { catalogCommand } from "./catalog-command.ts";
import { checkCommand } from "./check-command.ts";
import { mergeCommand } from "./merge-command.ts";
import { runCommand, runsCommand } from "./run-command.ts";
import { siteCommand } from "./site-command.ts";
import { EXIT, USAGE, UsageError, type CliIo } from "./usage.ts";

export { EXIT, type CliIo } from "./usage.ts";

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
  if (command === "check") return checkCommand(rest, io);
  if (command === "catalog") return catalogCommand(rest, io);
  if (command === "run") return runCommand(rest, io);
  if (command === "runs") return runsCommand(rest, io);
  if (command === "site") return siteCommand(rest, io);
  if (command === "merge-reports") return mergeCommand(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}
