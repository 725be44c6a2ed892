import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// action/src/idle.ts
var RUN_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "workflow_dispatch", "schedule"]);
function idleReason(env) {
  const mode = (env.INPUT_MODE ?? "").trim();
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (mode === "run" && event !== "" && !RUN_EVENTS.has(event)) return `mode run has nothing to do on event "${event}".`;
  return void 0;
}

export {
  RUN_EVENTS,
  idleReason
};
