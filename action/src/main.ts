// The action's bundle (action/dist/index.js): it answers an event it ignores from the environment alone, else runs
// the action's engine (action-engine.cjs, built from run.ts) from V8's code cache (util/compiled-code.ts).
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { codeCacheFile, keepCompiledCode, loadEngine } from "../../src/util/compiled-code.ts";
import { ACTION_V8_FLAGS, tuneV8 } from "../../src/util/v8-tuning.ts";
import { idleReason } from "./idle.ts";
import type { run } from "./run.ts";

const idle = idleReason(process.env);
if (idle) process.stdout.write(`${idle}\n`);
else {
  // The cache-dir input, as @actions/core would read it: the restored cache brings the compiled code along.
  const input = process.env["INPUT_CACHE-DIR"]?.trim();
  const cacheDir = input ? resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), input) : undefined;
  // A GitHub-hosted runner is a new machine for every job: compiled code kept in its temp folder would go with it,
  // so none is written there (10-20 ms of every job). With cache-dir, the workflow's cache carries it to the next job.
  const keep = cacheDir !== undefined || process.env.RUNNER_ENVIRONMENT !== "github-hosted";
  if (keep) keepCompiledCode(cacheDir);
  tuneV8(ACTION_V8_FLAGS);
  const engine = fileURLToPath(new URL("./action-engine.cjs", import.meta.url));
  await (loadEngine(engine, keep ? codeCacheFile(engine, "action", cacheDir) : undefined).exports.run as typeof run)();
}
