import { resolve } from "node:path";
import { keepCompiledCode } from "../../src/util/compiled-code.ts";
import { tuneV8 } from "../../src/util/v8-tuning.ts";
import { idleReason } from "./idle.ts";

const idle = idleReason(process.env);
if (idle) process.stdout.write(`${idle}\n`);
else {
  // The cache-dir input, as @actions/core would read it: the restored cache brings the compiled code along.
  const cacheDir = process.env["INPUT_CACHE-DIR"]?.trim();
  keepCompiledCode(cacheDir ? resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), cacheDir) : undefined);
  tuneV8();
  await (await import("./run.ts")).run();
}
