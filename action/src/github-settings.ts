/**
 * What every GitHub client of the action shares, kept apart from github.ts so
 * that setting it up loads no Octokit: the request timeout (from the
 * `api-timeout` input) and the secrets no log line may carry.
 */

/** Seconds one request to GitHub may take, answer and body, before it counts as failed (and is retried). */
export const DEFAULT_API_TIMEOUT_SECONDS = 30;

export interface GitHubClientSettings {
  /** Seconds per request; default DEFAULT_API_TIMEOUT_SECONDS. */
  timeoutSeconds?: number;
}

let settings: GitHubClientSettings = {};
const secrets = new Set<string>();

/** Settings every client created afterwards uses (the action sets them from its inputs once). */
export function configureGitHubClient(next: GitHubClientSettings): void {
  settings = { ...next };
}

export function apiTimeoutSeconds(): number {
  return settings.timeoutSeconds ?? DEFAULT_API_TIMEOUT_SECONDS;
}

/** A value to remove from every message about a failed request (the token). */
export function addSecret(value: string): void {
  if (value.length >= 4) secrets.add(value);
}

/** Removes registered secrets, and anything shaped like a GitHub token, from a text meant for the log. */
export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("***");
  return out.replace(/\b(gh[pousr]_|github_pat_)[A-Za-z0-9_]{8,}/g, "$1***");
}
