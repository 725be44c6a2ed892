import { simpleGit } from "simple-git";
import { commitToBranch } from "../../../src/catalog/publish-branch.ts";
import { LEASE_BRANCH, LEASE_FILE, leasesText, parseLeases, withRunLeases, type LeaseFile } from "../../../src/run/leases.ts";
import type { RunState } from "../../../src/run/types.ts";

/** The leases on the mova-leases branch, or undefined when nobody ever took one. */
export async function readLeases(repoDir: string): Promise<LeaseFile | undefined> {
  const git = simpleGit(repoDir);
  if ((await git.raw(["ls-remote", "--heads", "origin", LEASE_BRANCH]).catch(() => "")).trim() === "") return undefined;
  await git.raw(["fetch", "--no-tags", "--quiet", "origin", `+refs/heads/${LEASE_BRANCH}:refs/mova-registry/branches/${LEASE_BRANCH}`]);
  return parseLeases(await git.show([`refs/mova-registry/branches/${LEASE_BRANCH}:${LEASE_FILE}`]).catch(() => undefined));
}

/** Writes a run's leases as its state now holds them (none once it ended); a no-op when nothing changes. */
export async function syncLeases(repoDir: string, state: RunState, branch: string, now: Date): Promise<void> {
  if (state.leases === undefined) return;
  await commitToBranch({
    repoDir,
    branch: LEASE_BRANCH,
    message: `mova-run ${state.run_id}: ${state.leases.length ? `lease ${state.leases.map((l) => l.document).join(", ")}` : "release its leases"}`,
    build: async (readTip) => {
      const current = parseLeases(await readTip(LEASE_FILE));
      const next = leasesText(withRunLeases(current, state, branch, now));
      return next === leasesText(current) ? undefined : { [LEASE_FILE]: next };
    },
  });
}
