import { FAIL_ON, type FailOn } from "../../src/fail-on.ts";
import { isRelease, RELEASES, type Release } from "../../src/schemas/releases.ts";

/** The action's inputs, read and checked once; every input is documented in action.yml and the README. */
export const MODES = ["auto", "guard", "publish", "run"] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  /** guard on pull requests, publish on landings; auto chooses by event. */
  mode: Mode;
  artifactName: string;
  /** Days to keep the artifact; undefined for the repository's default. */
  retentionDays?: number;
  /** Branch to commit the catalog to, or undefined for none. */
  publishBranch?: string;
  /** Build the catalog site (publish): under sitePath on the publication branch, and as the github-pages artifact with pagesArtifact. */
  site: boolean;
  sitePath: string;
  pagesArtifact: boolean;
  /** mode run, on workflow_dispatch: the contract to start, its inputs (JSON), why, and an optional run id. */
  contract?: string;
  runInputs?: string;
  reason?: string;
  runId?: string;
  /** A key for AI steps whose connector's secret is not in the environment. */
  aiApiKey?: string;
  /** Sends AI steps to this OpenAI-compatible endpoint instead of their connector's. */
  aiBaseUrl?: string;
  /** Registry folder, relative to the workspace. */
  path: string;
  release?: Release;
  /** A ref to compare with; on pull_request the base branch's commit by default. */
  base?: string;
  failOn: FailOn;
  /** Folder of check caches, relative to the workspace; undefined for none. */
  cacheDir?: string;
  /** Whether to keep a sticky comment on the pull request. */
  comment: boolean;
  token: string;
  /** Seconds one GitHub API request may take; undefined for the default (30). */
  apiTimeout?: number;
}

export class InputError extends Error {}

function boolean(name: string, value: string, fallback: boolean): boolean {
  if (value === "") return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${value}"`);
}

export function readInputs(getInput: (name: string) => string): ActionInputs {
  const path = getInput("path").trim() || ".";
  const release = getInput("release").trim();
  if (release !== "" && !isRelease(release)) throw new InputError(`input "release" must be one of ${RELEASES.join(", ")}, not "${release}"`);
  const failOn = (getInput("fail-on").trim() || "error") as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  const base = getInput("base").trim();
  const mode = (getInput("mode").trim() || "auto") as Mode;
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
  const optional = (name: string) => getInput(name).trim() || undefined;
  const runFields = { contract: optional("contract"), runInputs: optional("run-inputs"), reason: optional("reason"), runId: optional("run-id"), aiApiKey: optional("ai-api-key"), aiBaseUrl: optional("ai-base-url") };
  return {
    ...(Object.fromEntries(Object.entries(runFields).filter(([, v]) => v !== undefined)) as Partial<ActionInputs>),
    mode,
    artifactName: getInput("artifact-name").trim() || "mova-catalog",
    ...(retention ? { retentionDays: Number(retention) } : {}),
    ...(publishBranch ? { publishBranch } : {}),
    site,
    sitePath: sitePath.replace(/\/+$/, ""),
    pagesArtifact,
    path,
    ...(release ? { release } : {}),
    ...(base ? { base } : {}),
    failOn,
    ...(optional("cache-dir") ? { cacheDir: optional("cache-dir")! } : {}),
    comment: boolean("comment", getInput("comment").trim(), true),
    token: getInput("token").trim(),
    ...(apiTimeout ? { apiTimeout: Number(apiTimeout) } : {}),
  };
}
