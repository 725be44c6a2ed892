import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/util/compiled-code.ts
import * as nodeModule from "node:module";
import { join } from "node:path";
var COMPILED_CODE_DIR = "compiled-code";
function keepCompiledCode(cacheDir) {
  const dir = cacheDir ? join(cacheDir, COMPILED_CODE_DIR) : void 0;
  const result = nodeModule.enableCompileCache?.(dir);
  if (result?.directory) process.env.NODE_COMPILE_CACHE = result.directory;
}
function cacheDirArgument(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") return void 0;
    if (argv[i] === "--cache-dir") return argv[i + 1];
    if (argv[i].startsWith("--cache-dir=")) return argv[i].slice("--cache-dir=".length);
  }
  return void 0;
}

export {
  keepCompiledCode,
  cacheDirArgument
};
