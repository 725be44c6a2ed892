import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitLog {
  warning(message: string): void;
}

/**
 * Octokit with retries for transient failures and throttling that backs off
 * on GitHub's primary and secondary rate limits instead of failing the run.
 */
export function createOctokit(token: string, baseUrl: string, log: OctokitLog): Octokit {
  return getOctokit(
    token,
    {
      baseUrl,
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
}
