import type { SimpleGit } from "simple-git";
import type { ReviewFact } from "../../../src/run/gates.ts";
import type { Octokit } from "../github.ts";

export interface Repo {
  owner: string;
  repo: string;
}

/** Every submitted review of the pull request, oldest first, as the REST API reports them. */
export async function listReviews(octokit: Octokit, target: Repo, pull: number): Promise<ReviewFact[]> {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...target, pull_number: pull, per_page: 100 });
  return reviews.map((r) => ({ id: r.id, user: r.user?.login ?? "ghost", state: r.state.toUpperCase(), commit_id: r.commit_id ?? null, submitted_at: r.submitted_at ?? null, body: r.body ?? "", ...(r.user?.type ? { user_type: r.user.type } : {}) }));
}

export interface RoleMembers {
  users: string[];
  /** org/team-slug */
  teams: string[];
}

export function roleMembers(roles: unknown, role: string | undefined): RoleMembers {
  const entry = role && roles && typeof roles === "object" ? (roles as Record<string, { users?: string[]; teams?: string[] }>)[role] : undefined;
  return { users: entry?.users ?? [], teams: entry?.teams ?? [] };
}

/** The logins entitled by a role: its users and the members of its teams, as GitHub lists them now. */
export async function entitledLogins(octokit: Octokit, members: RoleMembers): Promise<Set<string>> {
  const out = new Set(members.users.map((u) => u.toLowerCase()));
  for (const team of members.teams) {
    const [org, team_slug] = team.split("/") as [string, string];
    const list = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug, per_page: 100 });
    for (const m of list) out.add(m.login.toLowerCase());
  }
  return out;
}

/**
 * The commits a gate's reviews may be on: the commit whose state first had
 * the gate open (at `openedAt`), and the action's own later commits (which
 * only add run files). A commit by anyone else after it means the branch
 * changed under the gate.
 */
export async function gateHeads(git: SimpleGit, tip: string, statePath: string, frame: string, step: string, openedAt: string, botCommits: ReadonlySet<string>): Promise<{ heads: Set<string>; changedBy?: string }> {
  const commits = (await git.raw(["log", "--reverse", "--format=%H", tip, "--", statePath])).split("\n").filter(Boolean);
  let opened: string | undefined;
  for (const c of commits) {
    try {
      const state = JSON.parse(await git.show([`${c}:${statePath}`])) as { frames?: Array<{ id: string; gates?: Record<string, { opened_at?: string }> }> };
      if (state.frames?.find((f) => f.id === frame)?.gates?.[step]?.opened_at === openedAt) {
        opened = c;
        break;
      }
    } catch {
      // Not a readable state at this commit; look further.
    }
  }
  if (!opened) return { heads: new Set() };
  const heads = new Set([opened]);
  for (const c of (await git.raw(["rev-list", "--reverse", `${opened}..${tip}`])).split("\n").filter(Boolean)) {
    if (!botCommits.has(c)) return { heads, changedBy: c };
    heads.add(c);
  }
  return { heads };
}
