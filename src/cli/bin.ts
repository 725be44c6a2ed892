#!/usr/bin/env -S node --max-semi-space-size=4
// The flag keeps the young generation small (see util/v8-tuning.ts); npm's bin shims pass it on, on Windows too.
// The CLI's bundle (action/dist/cli.js): it starts as main.ts does, then runs the CLI engine (cli-engine.cjs) with V8's code cache.
import { fileURLToPath } from "node:url";
import { codeCacheFile, loadEngine } from "../util/compiled-code.ts";
import type { runProcess } from "./process.ts";
import { commandOf, startCli } from "./start.ts";

const argv = process.argv.slice(2);
const cacheDir = startCli(argv);
const engine = fileURLToPath(new URL("./cli-engine.cjs", import.meta.url));
const loaded = loadEngine(engine, codeCacheFile(engine, commandOf(argv), cacheDir));
process.exitCode = await (loaded.exports.runProcess as typeof runProcess)();
