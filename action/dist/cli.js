#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=4
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  cacheDirArgument,
  codeCacheFile,
  keepCompiledCode,
  loadEngine
} from "./chunk-MQAGSYSP.js";
import {
  tuneV8
} from "./chunk-JBPH2QGH.js";

// src/cli/bin.ts
import { fileURLToPath } from "node:url";

// src/cli/start.ts
import { resolve } from "node:path";
function startCli(argv2) {
  const given = cacheDirArgument(argv2);
  const cacheDir2 = given ? resolve(given) : void 0;
  keepCompiledCode(cacheDir2);
  tuneV8();
  return cacheDir2;
}
function commandOf(argv2) {
  const first = argv2[0] ?? "";
  return /^[a-z][a-z-]*$/.test(first) ? first : "other";
}

// src/cli/bin.ts
var argv = process.argv.slice(2);
var cacheDir = startCli(argv);
var engine = fileURLToPath(new URL("./cli-engine.cjs", import.meta.url));
var loaded = loadEngine(engine, codeCacheFile(engine, commandOf(argv), cacheDir));
process.exitCode = await loaded.exports.runProcess();
