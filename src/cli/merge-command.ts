import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { mergeShards, ShardError, type ShardReport } from "../shard.ts";
import { concurrencyOption, failOnOption, formatOption, registryDir, releaseOption, reportResult } from "./check-command.ts";
import { EXIT, USAGE, UsageError, type CliIo } from "./usage.ts";

/** `merge-reports [DIR] FILE...`: the full check of DIR from its shards' reports, reported as `check` reports. */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      registry: { type: "string", default: "." },
      format: { type: "string", default: "text" },
      release: { type: "string" },
      "fail-on": { type: "string", default: "error" },
      concurrency: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
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
      return JSON.parse(readFileSync(resolve(io.cwd, file), "utf8")) as ShardReport;
    } catch (error) {
      throw new UsageError(`cannot read the shard report ${file}: ${(error as Error).message.split("\n")[0]}`);
    }
  });
  try {
    const result = await mergeShards(root, { ...(release ? { release } : {}), ...(concurrency ? { concurrency } : {}) }, reports);
    return reportResult(io, result, dir, format, failOn);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(error.message);
    throw error;
  }
}
