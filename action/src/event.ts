import { readFileSync } from "node:fs";

/** What the action needs to know of the event that started it, read from GITHUB_EVENT_PATH and checked. */
export interface PullRequestEvent {
  number: number;
  /** The branch the pull request merges from. */
  headRef: string;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** owner/name of the repository the pull request targets. */
  repository: string;
  /** True when the head lives in another repository: the token is read-only and secrets are absent. */
  fromFork: boolean;
  author: string;
}

export interface ActionEvent {
  name: string;
  /** The payload's action, e.g. opened, submitted, dismissed. */
  action?: string;
  pullRequest?: PullRequestEvent;
  /** For pull_request_review: the review that triggered the run. */
  review?: { id: number; user: string; state: string };
  /** Who triggered the event. */
  sender?: string;
  defaultBranch?: string;
}

export class EventError extends Error {}

function field<T>(value: unknown, path: string, type: "string" | "number" | "object"): T {
  const parts = path.split(".");
  let node: unknown = value;
  for (const p of parts) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[p] : undefined;
  if (typeof node !== type || node === null) throw new EventError(`the ${path} of the event payload is missing or not a ${type}`);
  return node as T;
}

/**
 * @actions/github builds its context once at import time; reading the event
 * ourselves keeps this testable and lets a malformed payload be a clear error.
 */
export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (!name) return { name: "" };
  const path = env.GITHUB_EVENT_PATH;
  const isPull = name === "pull_request" || name === "pull_request_target" || name === "pull_request_review";
  if (!path) {
    if (isPull) throw new EventError("GITHUB_EVENT_PATH is not set");
    return { name };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    if (!isPull) return { name };
    throw new EventError(`cannot read the event payload at ${path}: ${(error as Error).message}`);
  }
  const p = (payload ?? {}) as { action?: unknown; sender?: { login?: unknown }; repository?: { default_branch?: unknown }; review?: { id?: unknown; user?: { login?: unknown }; state?: unknown } };
  const common: ActionEvent = {
    name,
    ...(typeof p.action === "string" ? { action: p.action } : {}),
    ...(typeof p.sender?.login === "string" ? { sender: p.sender.login } : {}),
    ...(typeof p.repository?.default_branch === "string" ? { defaultBranch: p.repository.default_branch } : {}),
  };
  if (!isPull) return common;
  const pr = field<Record<string, unknown>>(payload, "pull_request", "object");
  const repository = field<string>(payload, "repository.full_name", "string");
  const headRepo = (pr.head as { repo?: { full_name?: unknown } | null } | undefined)?.repo?.full_name;
  if (name === "pull_request_review") common.review = { id: field<number>(payload, "review.id", "number"), user: field<string>(payload, "review.user.login", "string"), state: field<string>(payload, "review.state", "string") };
  return {
    ...common,
    pullRequest: {
      number: field<number>(pr, "number", "number"),
      headRef: field<string>(pr, "head.ref", "string"),
      baseRef: field<string>(pr, "base.ref", "string"),
      baseSha: field<string>(pr, "base.sha", "string"),
      // For pull_request_review, GITHUB_SHA is the merge commit: the head is in the payload.
      headSha: field<string>(pr, "head.sha", "string"),
      repository,
      fromFork: typeof headRepo !== "string" || headRepo !== repository,
      author: field<string>(pr, "user.login", "string"),
    },
  };
}
