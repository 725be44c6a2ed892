import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  InputError,
  readInputs
} from "./chunk-ZYCR6J4Z.js";
import {
  addSecret,
  configureGitHubClient,
  redact
} from "./chunk-U3DMQUML.js";
import {
  getInput,
  setFailed,
  setSecret
} from "./chunk-7CZZ5X53.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-KPOE4I3O.js";

// action/src/event.ts
import { readFileSync } from "node:fs";
var EventError = class extends Error {
};
function field(value, path, type) {
  const parts = path.split(".");
  let node = value;
  for (const p of parts) node = node !== null && typeof node === "object" ? node[p] : void 0;
  if (typeof node !== type || node === null) throw new EventError(`the ${path} of the event payload is missing or not a ${type}`);
  return node;
}
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (!name) return { name: "" };
  const path = env.GITHUB_EVENT_PATH;
  const isPull = name === "pull_request" || name === "pull_request_target" || name === "pull_request_review";
  if (!path) {
    if (isPull) throw new EventError("GITHUB_EVENT_PATH is not set");
    return { name };
  }
  let payload;
  try {
    payload = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    if (!isPull) return { name };
    throw new EventError(`cannot read the event payload at ${path}: ${error.message}`);
  }
  const p = payload ?? {};
  const common = {
    name,
    ...typeof p.action === "string" ? { action: p.action } : {},
    ...typeof p.sender?.login === "string" ? { sender: p.sender.login } : {},
    ...typeof p.repository?.default_branch === "string" ? { defaultBranch: p.repository.default_branch } : {}
  };
  if (!isPull) return common;
  const pr = field(payload, "pull_request", "object");
  const repository = field(payload, "repository.full_name", "string");
  const headRepo = pr.head?.repo?.full_name;
  if (name === "pull_request_review") common.review = { id: field(payload, "review.id", "number"), user: field(payload, "review.user.login", "string"), state: field(payload, "review.state", "string") };
  return {
    ...common,
    pullRequest: {
      number: field(pr, "number", "number"),
      headRef: field(pr, "head.ref", "string"),
      baseRef: field(pr, "base.ref", "string"),
      baseSha: field(pr, "base.sha", "string"),
      // For pull_request_review, GITHUB_SHA is the merge commit: the head is in the payload.
      headSha: field(pr, "head.sha", "string"),
      repository,
      fromFork: typeof headRepo !== "string" || headRepo !== repository,
      author: field(pr, "user.login", "string")
    }
  };
}

// action/src/run.ts
var PUBLISH_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule"]);
async function run(env = process.env, uploader) {
  const token = getInput("token").trim();
  if (token) {
    setSecret(token);
    addSecret(token);
  }
  try {
    const inputs = readInputs((name) => getInput(name));
    configureGitHubClient(inputs.apiTimeout ? { timeoutSeconds: inputs.apiTimeout } : {});
    const mode = inputs.mode === "auto" ? PUBLISH_EVENTS.has(env.GITHUB_EVENT_NAME ?? "") ? "publish" : "guard" : inputs.mode;
    if (mode === "publish") await (await import("./chunk-YDDB2C4V.js")).runPublish(inputs, env, uploader ?? (await import("./chunk-JDCYFH57.js")).githubArtifacts);
    else if (mode === "run") await (await import("./chunk-K4WQ6QAM.js")).runMode(inputs, readEvent(env), env);
    else await (await import("./chunk-UFEYVQMA.js")).runGuard(inputs, readEvent(env), env);
  } catch (error) {
    const known = error instanceof InputError || error instanceof EventError || error.name === "BaseError";
    setFailed(redact(known ? error.message : `mova-registry failed: ${error.stack ?? error}`));
  }
}
export {
  run
};
