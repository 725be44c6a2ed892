#!/usr/bin/env -S node --max-semi-space-size=4
// The flag keeps the young generation small (see util/v8-tuning.ts); npm's bin shims pass it on, on Windows too.
import { resolve } from "node:path";
import { cacheDirArgument, keepCompiledCode } from "../util/compiled-code.ts";
import { tuneV8 } from "../util/v8-tuning.ts";
import { runCli } from "./run.ts";

// Before any command's code is imported (run.ts imports each when it runs).
const cacheDir = cacheDirArgument(process.argv.slice(2));
keepCompiledCode(cacheDir ? resolve(cacheDir) : undefined);
tuneV8();

function wantsColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true && process.stdout.hasColors?.() === true;
}

// Gates are asked on the terminal only when there is someone at it.
// readline is loaded only then: a check in CI starts without it.
const terminal = process.stdin.isTTY ? (await import("node:readline/promises")).createInterface({ input: process.stdin, output: process.stdout }) : undefined;
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    color: wantsColor(),
    env: process.env,
    ...(terminal ? { ask: (question: string) => terminal.question(question) } : {}),
  });
} finally {
  terminal?.close();
}
