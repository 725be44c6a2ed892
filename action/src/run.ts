import * as core from "@actions/core";
import type { ArtifactUploader } from "./artifact.ts";
import { EventError, readEvent } from "./event.ts";
import { addSecret, configureGitHubClient, redact } from "./github-settings.ts";
import { InputError, readInputs } from "./inputs.ts";

/** Events on which `mode: auto` publishes the catalog rather than guarding a change. */
const PUBLISH_EVENTS = new Set(["push", "workflow_dispatch", "schedule"]);

/**
 * The Actions adapter: read inputs and the event, run the engine, speak
 * GitHub. Each mode is loaded when it runs, so an event a mode ignores costs
 * only this module's start.
 */
export async function run(env: NodeJS.ProcessEnv = process.env, uploader?: ArtifactUploader): Promise<void> {
  // The runner masks the token in the log from here on; messages about failed requests leave it out as well.
  const token = core.getInput("token").trim();
  if (token) {
    core.setSecret(token);
    addSecret(token);
  }
  try {
    const inputs = readInputs((name) => core.getInput(name));
    configureGitHubClient(inputs.apiTimeout ? { timeoutSeconds: inputs.apiTimeout } : {});
    const mode = inputs.mode === "auto" ? (PUBLISH_EVENTS.has(env.GITHUB_EVENT_NAME ?? "") ? "publish" : "guard") : inputs.mode;
    if (mode === "publish") await (await import("./publish-mode.ts")).runPublish(inputs, env, uploader ?? (await import("./artifact.ts")).githubArtifacts);
    else if (mode === "run") await (await import("./runs/mode.ts")).runMode(inputs, readEvent(env), env);
    else await (await import("./guard-mode.ts")).runGuard(inputs, readEvent(env), env);
  } catch (error) {
    // Usage problems (inputs, the event, a base that cannot be found) fail with their message alone.
    const known = error instanceof InputError || error instanceof EventError || (error as Error).name === "BaseError";
    core.setFailed(redact(known ? (error as Error).message : `mova-registry failed: ${(error as Error).stack ?? error}`));
  }
}
