/** What the scripts that write generated source files share. */
import { readFileSync, writeFileSync } from "node:fs";
import type { Ajv } from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";

/** ajv's standalone code generator; CommonJS, so its default export arrives wrapped under ESM. */
export const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as unknown as (
  ajv: Ajv,
  refsOrFunc?: Record<string, string> | unknown,
) => string;

/**
 * Writes each file, or with --check on the command line, fails (exit 1)
 * naming every file whose text differs from what `script` would write.
 */
export function writeOrCheck(outputs: ReadonlyArray<readonly [file: string, source: string]>, script: string): void {
  let stale = false;
  for (const [file, source] of outputs) {
    if (!process.argv.includes("--check")) writeFileSync(file, source);
    else if (readFileSync(file, "utf8") !== source) {
      console.error(`${file} is out of date: run node ${script}`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
}
