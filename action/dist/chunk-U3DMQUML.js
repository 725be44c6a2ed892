import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// action/src/github-settings.ts
var DEFAULT_API_TIMEOUT_SECONDS = 30;
var settings = {};
var secrets = /* @__PURE__ */ new Set();
function configureGitHubClient(next) {
  settings = { ...next };
}
function apiTimeoutSeconds() {
  return settings.timeoutSeconds ?? DEFAULT_API_TIMEOUT_SECONDS;
}
function addSecret(value) {
  if (value.length >= 4) secrets.add(value);
}
function redact(text) {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("***");
  return out.replace(/\b(gh[pousr]_|github_pat_)[A-Za-z0-9_]{8,}/g, "$1***");
}

// src/fail-on.ts
var FAIL_ON = ["error", "warning", "new", "never"];
function failingFindings(findings, failOn) {
  switch (failOn) {
    case "error":
      return findings.filter((f) => f.severity === "error");
    case "warning":
      return findings.filter((f) => f.severity === "error" || f.severity === "warning");
    case "new":
      return findings.filter((f) => f.severity === "error" && f.baseline !== "existing");
    case "never":
      return [];
  }
}

export {
  configureGitHubClient,
  apiTimeoutSeconds,
  addSecret,
  redact,
  FAIL_ON,
  failingFindings
};
