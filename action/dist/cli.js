#!/usr/bin/env -S node --max-semi-space-size=4
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  EXIT,
  USAGE,
  UsageError
} from "./chunk-4XUEJQ7R.js";
import {
  cacheDirArgument,
  keepCompiledCode
} from "./chunk-NT34ES5V.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-3TFLXBUR.js";
import "./chunk-ZE2ONDKC.js";
import {
  tuneV8
} from "./chunk-WBKPGEYU.js";
import "./chunk-KPOE4I3O.js";

// src/cli/main.ts
import { resolve } from "node:path";

// src/cli/run.ts
async function runCli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error.name === "BaseError") {
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
  if (command === "check") return (await import("./chunk-KL7AQ423.js")).checkCommand(rest, io);
  if (command === "catalog") return (await import("./chunk-NXLGZKP7.js")).catalogCommand(rest, io);
  if (command === "run") return (await import("./chunk-VAZ3O4EP.js")).runCommand(rest, io);
  if (command === "runs") return (await import("./chunk-VAZ3O4EP.js")).runsCommand(rest, io);
  if (command === "site") return (await import("./chunk-DDV4OQKS.js")).siteCommand(rest, io);
  if (command === "merge-reports") return (await import("./chunk-6MQ53J67.js")).mergeCommand(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}

// src/cli/main.ts
var cacheDir = cacheDirArgument(process.argv.slice(2));
keepCompiledCode(cacheDir ? resolve(cacheDir) : void 0);
tuneV8();
function wantsColor() {
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== void 0 && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true && process.stdout.hasColors?.() === true;
}
var terminal = process.stdin.isTTY ? (await import("node:readline/promises")).createInterface({ input: process.stdin, output: process.stdout }) : void 0;
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
