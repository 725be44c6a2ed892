import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ShardError,
  concurrencyOption,
  failOnOption,
  formatOption,
  mergeShards,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-O2FG3BZ2.js";
import "./chunk-Q4XSX4ZN.js";
import "./chunk-RNZKPHQY.js";
import "./chunk-EYAG2L7U.js";
import {
  EXIT,
  USAGE,
  UsageError
} from "./chunk-4XUEJQ7R.js";
import "./chunk-AF653DU4.js";
import "./chunk-G65C4UKC.js";
import "./chunk-ROE343XT.js";
import "./chunk-U43Y77IC.js";
import "./chunk-M53WTELD.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-DEQPY4IZ.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-WBKPGEYU.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";

// src/cli/merge-command.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
async function mergeCommand(args, io) {
  const { values, positionals } = parseArgs({
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
      return JSON.parse(readFileSync(resolve(io.cwd, file), "utf8"));
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
export {
  mergeCommand
};
