import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  FAIL_ON
} from "./chunk-U3DMQUML.js";
import {
  RELEASES,
  isRelease
} from "./chunk-ZE2ONDKC.js";

// action/src/inputs.ts
var MODES = ["auto", "guard", "publish", "run"];
var InputError = class extends Error {
};
function boolean(name, value, fallback) {
  if (value === "") return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${value}"`);
}
function readInputs(getInput) {
  const path = getInput("path").trim() || ".";
  const release = getInput("release").trim();
  if (release !== "" && !isRelease(release)) throw new InputError(`input "release" must be one of ${RELEASES.join(", ")}, not "${release}"`);
  const failOn = getInput("fail-on").trim() || "error";
  if (!FAIL_ON.includes(failOn)) throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  const base = getInput("base").trim();
  const mode = getInput("mode").trim() || "auto";
  if (!MODES.includes(mode)) throw new InputError(`input "mode" must be one of ${MODES.join(", ")}, not "${mode}"`);
  const retention = getInput("retention-days").trim();
  if (retention !== "" && !/^[1-9]\d*$/.test(retention)) throw new InputError(`input "retention-days" must be a whole number of days, not "${retention}"`);
  const publishBranch = getInput("publish-branch").trim();
  if (publishBranch !== "" && !/^(?!\/|.*\/\/|.*\.\.|.*\.lock$)[A-Za-z0-9._\/-]+$/.test(publishBranch)) throw new InputError(`input "publish-branch" is not a valid branch name: "${publishBranch}"`);
  const sitePath = getInput("site-path").trim() || "site";
  if (!/^(?!\/|.*\/\/|.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._\/-]+$/.test(sitePath) || sitePath.replace(/\/+$/, "") === "")
    throw new InputError(`input "site-path" must be a relative folder of plain names, not "${sitePath}"`);
  const pagesArtifact = boolean("pages-artifact", getInput("pages-artifact").trim(), false);
  const site = boolean("site", getInput("site").trim(), false) || pagesArtifact;
  const apiTimeout = getInput("api-timeout").trim();
  if (apiTimeout !== "" && !/^[1-9]\d*$/.test(apiTimeout)) throw new InputError(`input "api-timeout" must be a whole number of seconds, not "${apiTimeout}"`);
  const optional = (name) => getInput(name).trim() || void 0;
  const runFields = { contract: optional("contract"), runInputs: optional("run-inputs"), reason: optional("reason"), runId: optional("run-id"), aiApiKey: optional("ai-api-key"), aiBaseUrl: optional("ai-base-url") };
  return {
    ...Object.fromEntries(Object.entries(runFields).filter(([, v]) => v !== void 0)),
    mode,
    artifactName: getInput("artifact-name").trim() || "mova-catalog",
    ...retention ? { retentionDays: Number(retention) } : {},
    ...publishBranch ? { publishBranch } : {},
    site,
    sitePath: sitePath.replace(/\/+$/, ""),
    pagesArtifact,
    path,
    ...release ? { release } : {},
    ...base ? { base } : {},
    failOn,
    ...optional("cache-dir") ? { cacheDir: optional("cache-dir") } : {},
    comment: boolean("comment", getInput("comment").trim(), true),
    token: getInput("token").trim(),
    ...apiTimeout ? { apiTimeout: Number(apiTimeout) } : {}
  };
}

export {
  InputError,
  readInputs
};
