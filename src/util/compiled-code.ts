// A namespace, not a named import: Node before 22.1 has no enableCompileCache, and a named import of it would fail to load at all.
import * as nodeModule from "node:module";
import { join } from "node:path";

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
