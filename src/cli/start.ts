import { resolve } from "node:path";
import { cacheDirArgument, keepCompiledCode } from "../util/compiled-code.ts";
import { tuneV8 } from "../util/v8-tuning.ts";

/**
 * What the CLI does before any command's code is compiled: Node keeps the
 * compiled code of what it imports (the worker threads' bundle), and V8's
 * flags are set, since V8 compiles and keeps code under them. Returns the
 * check cache folder the arguments name, if any.
 */
export function startCli(argv: readonly string[]): string | undefined {
  const given = cacheDirArgument(argv);
  const cacheDir = given ? resolve(given) : undefined;
  keepCompiledCode(cacheDir);
  tuneV8();
  return cacheDir;
}

/** The command a run names (`check`, `run`, ...), for the code cache kept for it; "other" for anything else. */
export function commandOf(argv: readonly string[]): string {
  const first = argv[0] ?? "";
  return /^[a-z][a-z-]*$/.test(first) ? first : "other";
}
