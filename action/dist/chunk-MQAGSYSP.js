import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  mark,
  pruneKept,
  readOwnFile,
  writeAtomically
} from "./chunk-JBPH2QGH.js";

// src/util/compiled-code.ts
import { readFileSync, statSync } from "node:fs";
import * as nodeModule from "node:module";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
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
function codeCacheFile(engine, purpose, cacheDir) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE === "1") return void 0;
  const dir = cacheDir ? join(cacheDir, COMPILED_CODE_DIR) : join(process.env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache"), "mova-registry");
  const { size, mtimeMs } = statSync(engine);
  const who = process.getuid?.() ?? "user";
  const name = `${basename(engine).replace(/\.c?js$/, "")}-${purpose.replace(/[^a-z0-9-]/gi, "_")}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}-${who}.v8cache`;
  return join(dir, name);
}
var KEEP_CACHES = 3;
var CACHE_NAME = /^(.+)-\d+-\d+-v[^-]+-[^-]+-([^-]+)\.v8cache$/;
function sameCodeCache(file) {
  const [, engineAndPurpose, who] = CACHE_NAME.exec(basename(file)) ?? [];
  return (name) => {
    const other = CACHE_NAME.exec(name);
    return engineAndPurpose !== void 0 && other?.[1] === engineAndPurpose && other[2] === who;
  };
}
function loadEngine(engine, cacheFile) {
  const source = readFileSync(engine, "utf8");
  const cachedData = cacheFile ? readOwnFile(cacheFile) : void 0;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: engine, ...cachedData ? { cachedData } : {} });
  const cache = !cacheFile ? "off" : !cachedData ? "absent" : script.cachedDataRejected ? "rejected" : "accepted";
  if (cacheFile && cache !== "accepted")
    process.once("exit", () => {
      writeAtomically(cacheFile, () => script.createCachedData());
      pruneKept(cacheFile, sameCodeCache(cacheFile), KEEP_CACHES);
    });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(engine), module, engine, dirname(engine));
  mark(`engine loaded (code cache ${cache})`);
  return { exports: module.exports, cache };
}

export {
  keepCompiledCode,
  cacheDirArgument,
  codeCacheFile,
  loadEngine
};
