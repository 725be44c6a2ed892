import { readFileSync, statSync } from "node:fs";
// A namespace, not a named import: Node before 22.1 has no enableCompileCache, and a named import of it would fail to load at all.
import * as nodeModule from "node:module";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { mark } from "./timing.ts";
import { pruneKept, readOwnFile, writeAtomically } from "./own-files.ts";

/** The folder inside a check cache folder where V8 keeps the tool's compiled code. */
export const COMPILED_CODE_DIR = "compiled-code";

/**
 * Lets V8 keep the bundle's compiled code between runs, as tsc does: the
 * next run loads it instead of compiling ~5 MB of JavaScript again. Inside
 * the check cache folder when there is one, so CI's restored cache brings
 * it along; otherwise Node's own folder under the system's temp.
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. Call it before the code it
 * should keep is imported.
 */
export function keepCompiledCode(cacheDir: string | undefined): void {
  const dir = cacheDir ? join(cacheDir, COMPILED_CODE_DIR) : undefined;
  // A cache is only a speed-up: a folder it cannot write leaves the run as it was.
  const result = nodeModule.enableCompileCache?.(dir);
  // Worker threads start from this variable; Node reads it when one boots.
  if (result?.directory) process.env.NODE_COMPILE_CACHE = result.directory;
}

/** `--cache-dir DIR` or `--cache-dir=DIR` among a command line's arguments, before the command itself parses them. */
export function cacheDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") return undefined;
    if (argv[i] === "--cache-dir") return argv[i + 1];
    if (argv[i]!.startsWith("--cache-dir=")) return argv[i]!.slice("--cache-dir=".length);
  }
  return undefined;
}

/** What became of an engine's code cache on this run (named in MOVA_REGISTRY_TIMING's marks and by tests). */
export type CodeCacheState = "accepted" | "rejected" | "absent" | "off";

export interface LoadedEngine {
  exports: Record<string, unknown>;
  cache: CodeCacheState;
}

/**
 * The file V8's code cache of `engine` is kept in, for runs of `purpose`
 * (a command: they run different parts of the engine); undefined when
 * NODE_DISABLE_COMPILE_CACHE=1. Beside Node's own compiled code: in the
 * check cache folder when there is one, else Node's folder under the
 * system's temp. The name holds the engine's size and time (a rebuilt engine
 * is never run from another's cache: V8 itself compares only the source's
 * length), Node's version and the user (the folder may be shared).
 */
export function codeCacheFile(engine: string, purpose: string, cacheDir: string | undefined): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE === "1") return undefined;
  const dir = cacheDir ? join(cacheDir, COMPILED_CODE_DIR) : join(process.env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache"), "mova-registry");
  const { size, mtimeMs } = statSync(engine);
  const who = process.getuid?.() ?? "user";
  const name = `${basename(engine).replace(/\.c?js$/, "")}-${purpose.replace(/[^a-z0-9-]/gi, "_")}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}-${who}.v8cache`;
  return join(dir, name);
}

/** How many code caches of one engine and command a folder keeps: a few builds (or Node versions) used in turn on one machine each keep theirs. */
const KEEP_CACHES = 3;

/** codeCacheFile's names: the engine and command, then the build's size and time, Node's version, the platform and the user. */
const CACHE_NAME = /^(.+)-\d+-\d+-v[^-]+-[^-]+-([^-]+)\.v8cache$/;

/** The test for the code caches of the same engine, command and user as `file`, of any build or Node version. */
export function sameCodeCache(file: string): (name: string) => boolean {
  const [, engineAndPurpose, who] = CACHE_NAME.exec(basename(file)) ?? [];
  return (name) => {
    const other = CACHE_NAME.exec(name);
    return engineAndPurpose !== undefined && other?.[1] === engineAndPurpose && other[2] === who;
  };
}

/**
 * Runs a CommonJS bundle (an engine) in this thread and returns its exports,
 * with V8's code cache of it: the cache is written as the process ends, after
 * the run, so it holds every function the run compiled (Node's own compile
 * cache is made before a module runs and holds only its top level). A check
 * of 10,000 documents took 479 ms instead of 521 (medians of 15, in turn).
 * Set V8's flags first: V8 refuses a cache made under other flags, and it is
 * then written again. A cache is only a speed-up: one that cannot be read or
 * written leaves the run as it was.
 */
export function loadEngine(engine: string, cacheFile: string | undefined): LoadedEngine {
  const source = readFileSync(engine, "utf8");
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  // CommonJS's own wrapper, so the bundle runs as require() would run it.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: engine, ...(cachedData ? { cachedData } : {}) });
  const cache: CodeCacheState = !cacheFile ? "off" : !cachedData ? "absent" : script.cachedDataRejected ? "rejected" : "accepted";
  if (cacheFile && cache !== "accepted")
    process.once("exit", () => {
      writeAtomically(cacheFile, () => script.createCachedData());
      // A new build writes a cache of its own: those of builds long replaced go, or a CI cache folder would carry them all.
      pruneKept(cacheFile, sameCodeCache(cacheFile), KEEP_CACHES);
    });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(engine), module, engine, dirname(engine));
  mark(`engine loaded (code cache ${cache})`);
  return { exports: module.exports, cache };
}
