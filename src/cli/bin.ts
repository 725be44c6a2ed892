#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=4
// The flag keeps the young generation small (see util/v8-tuning.ts); npm's bin shims pass it and the variable on, on
// Windows too (cmd-shim reads NAME=VALUE pairs after env -S). MALLOC_ARENA_MAX: glibc gives each thread that allocates
// (this one, a worker, V8's compiler and GC helpers) an arena of its own, and each keeps what its thread freed: at
// 100,000 documents five of them held 24-27 MB when the check was at its largest. At most two: peak 166 → 162 MB,
// 10,000 documents 97 → 89 MB, as fast (medians of 11 to 15 runs in turn). Other C libraries do not read it.
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
