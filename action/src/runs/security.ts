import { posix } from "node:path";
import type { Octokit } from "../github.ts";
import type { Repo } from "./facts.ts";

/**
 * A security event the action refuses and cannot commit to a run branch
 * (a fork's branch is out of reach, and its token is read-only): it goes to
 * the job's log as a warning and to its summary, in the shape of a run's
 * security episode, so the workflow run is its record.
 */
export interface SecurityRecord {
  episode_type: string;
  recorded_at: string;
  result_status: "cancelled";
  result_summary: string;
  result_details: Record<string, unknown>;
}

export function securityRecord(subtype: string, summary: string, details: Record<string, unknown>, now: Date, severity: "low" | "medium" | "high" = "high"): SecurityRecord {
  return {
    episode_type: `security_event/${subtype}`,
    recorded_at: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    result_status: "cancelled",
    result_summary: summary,
    result_details: { security_event_type: "other", security_event_category: "authorization", severity, detection_source: "runtime_guard", ...details },
  };
}

/** The run folders a pull request touches, from the API (a fork's commits are not in the checkout); undefined when the API cannot tell. */
export async function runsTouched(octokit: Octokit, target: Repo, pull: number, runsPath: string): Promise<string[] | undefined> {
  try {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...target, pull_number: pull, per_page: 100 });
    const prefix = runsPath.replace(/\/$/, "") + "/";
    return [...new Set(files.map((f) => f.filename).filter((f) => f.startsWith(prefix)).map((f) => posix.relative(prefix, f).split("/")[0]!))].sort();
  } catch {
    return undefined;
  }
}
