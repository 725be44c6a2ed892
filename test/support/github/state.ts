/**
 * The fake's in-memory GitHub: plain records (what tests arrange and inspect)
 * and the renderers that turn them into REST response bodies shaped as the
 * OpenAPI description documents them.
 */
import { createHash } from "node:crypto";

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
/** Repository roles as `role_name` names them; `permission` maps maintain -> write and triage -> read. */
export type RepoRole = "admin" | "maintain" | "write" | "triage" | "read";
export type AuthorAssociation = "OWNER" | "MEMBER" | "COLLABORATOR" | "CONTRIBUTOR" | "NONE";

export interface FakeUser {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
  name: string | null;
  site_admin: boolean;
}

export interface FakeRepo {
  /** "owner/name" */
  full_name: string;
  id: number;
  private: boolean;
  default_branch: string;
  fork: boolean;
}

export interface FakeIssue {
  repo: string;
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: string;
  state: "open" | "closed";
  labels: string[];
  created_at: string;
  updated_at: string;
}

export interface FakePullRef {
  ref: string;
  sha: string;
  /** "owner/name" of the repository the branch lives in (a fork for fork PRs). */
  repo: string;
}

export interface FakePull {
  repo: string;
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: string;
  state: "open" | "closed";
  draft: boolean;
  locked: boolean;
  merged: boolean;
  maintainer_can_modify: boolean;
  head: FakePullRef;
  base: FakePullRef;
  labels: string[];
  /** Logins whose review is requested. */
  requested_reviewers: string[];
  /** Team slugs (of the repository owner's organization) whose review is requested. */
  requested_teams: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
}

export interface FakeComment {
  repo: string;
  issue_number: number;
  id: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface FakeReview {
  repo: string;
  pull_number: number;
  id: number;
  user: string;
  state: ReviewState;
  body: string;
  commit_id: string | null;
  /** null while PENDING (GitHub omits the field then). */
  submitted_at: string | null;
}

export interface FakeTeamMember {
  login: string;
  role: "member" | "maintainer";
}

export interface FakeTeam {
  org: string;
  slug: string;
  id: number;
  name: string;
  description: string | null;
  privacy: "closed" | "secret";
  members: FakeTeamMember[];
}

export interface FakeCollaborator {
  repo: string;
  login: string;
  role: RepoRole;
}

export interface FakeLabel {
  repo: string;
  id: number;
  name: string;
  color: string;
  /** A string, never null: pull-request-simple documents `labels[].description` as a non-nullable string. */
  description: string;
}

export interface FakeBranch {
  repo: string;
  ref: string;
  sha: string;
}

export interface FakeState {
  /** The repository helpers use when none is named, "owner/name". */
  defaultRepo: string;
  /** Who a request acts as when its token is not in `tokens`. */
  tokenUser: string;
  /** token -> login, for tests with several actors. */
  tokens: Record<string, string>;
  users: FakeUser[];
  repos: FakeRepo[];
  /** Branches the fake knows; creating a pull request through the API needs its head branch here. */
  branches: FakeBranch[];
  issues: FakeIssue[];
  pulls: FakePull[];
  comments: FakeComment[];
  reviews: FakeReview[];
  teams: FakeTeam[];
  collaborators: FakeCollaborator[];
  labels: FakeLabel[];
}

export const GITHUB_ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", id: 41898282, type: "Bot", name: null, site_admin: false };

export function emptyState(): FakeState {
  return {
    defaultRepo: "octo-org/octo-repo",
    tokenUser: GITHUB_ACTIONS_BOT.login,
    tokens: {},
    users: [{ ...GITHUB_ACTIONS_BOT }],
    repos: [],
    branches: [],
    issues: [],
    pulls: [],
    comments: [],
    reviews: [],
    teams: [],
    collaborators: [],
    labels: [],
  };
}

/** A deterministic 40-hex "commit sha" for a seed. */
export function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

/** Legacy global node id, as in GitHub's examples: base64("012:IssueComment1"). */
export function nodeId(type: string, id: number): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString("base64");
}

export function splitRepo(fullName: string): { owner: string; name: string } {
  const [owner, name, ...rest] = fullName.split("/");
  if (!owner || !name || rest.length > 0) throw new Error(`repository must be "owner/name", got ${JSON.stringify(fullName)}`);
  return { owner, name };
}

/** Timestamps as GitHub writes them (seconds, "Z"), strictly increasing so order is unambiguous. */
export class Clock {
  private last = 0;
  now(): string {
    const t = Math.max(Math.floor(Date.now() / 1000) * 1000, this.last + 1000);
    this.last = t;
    return new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

type IdKind = "user" | "repo" | "issue" | "comment" | "review" | "team" | "label";

const ROLE_TO_PERMISSION: Record<RepoRole, "admin" | "write" | "read"> = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read" };
const ROLE_RANK: Record<RepoRole, number> = { read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/**
 * Record-keeping and rendering. Every mutation of the records goes through
 * here, so the HTTP handlers and the test helpers behave the same.
 */
export class Store {
  readonly clock = new Clock();
  readonly state: FakeState;
  /** The fake's base URL: API `url` fields point back at it. */
  readonly api: string;
  private readonly counters: Record<IdKind, number> = { user: 1000, repo: 100_000, issue: 2_000_000, comment: 3_000_000, review: 4_000_000, team: 500, label: 600_000 };

  constructor(state: FakeState, api: string) {
    this.state = state;
    this.api = api;
    for (const u of state.users) this.counters.user = Math.max(this.counters.user, u.id < 1_000_000 ? u.id : 0);
    for (const r of state.repos) this.counters.repo = Math.max(this.counters.repo, r.id);
    for (const x of [...state.issues, ...state.pulls]) this.counters.issue = Math.max(this.counters.issue, x.id);
    for (const c of state.comments) this.counters.comment = Math.max(this.counters.comment, c.id);
    for (const r of state.reviews) this.counters.review = Math.max(this.counters.review, r.id);
    for (const t of state.teams) this.counters.team = Math.max(this.counters.team, t.id);
    for (const l of state.labels) this.counters.label = Math.max(this.counters.label, l.id);
  }

  nextId(kind: IdKind): number {
    return ++this.counters[kind];
  }

  // ---- users, repos, permissions ----

  findUser(login: string): FakeUser | undefined {
    const key = login.toLowerCase();
    return this.state.users.find((u) => u.login.toLowerCase() === key);
  }

  /** The user with this login, created on first mention ("[bot]" logins are Bots). */
  user(login: string, hint: Partial<Omit<FakeUser, "login" | "id">> = {}): FakeUser {
    const found = this.findUser(login);
    if (found) return found;
    if (login.toLowerCase() === GITHUB_ACTIONS_BOT.login) {
      const bot = { ...GITHUB_ACTIONS_BOT };
      this.state.users.push(bot);
      return bot;
    }
    const created: FakeUser = { login, id: this.nextId("user"), type: login.endsWith("[bot]") ? "Bot" : "User", name: null, site_admin: false, ...hint };
    this.state.users.push(created);
    return created;
  }

  repo(fullName: string): FakeRepo {
    const found = this.state.repos.find((r) => r.full_name.toLowerCase() === fullName.toLowerCase());
    if (found) return found;
    const { owner } = splitRepo(fullName);
    this.user(owner, { type: "Organization" });
    const created: FakeRepo = { full_name: fullName, id: this.nextId("repo"), private: false, default_branch: "main", fork: false };
    this.state.repos.push(created);
    return created;
  }

  /** The highest role a user holds: owner, collaborator entry, then none. */
  roleOf(repo: string, login: string): RepoRole | undefined {
    const { owner } = splitRepo(repo);
    if (owner.toLowerCase() === login.toLowerCase()) return "admin";
    let best: RepoRole | undefined;
    for (const c of this.state.collaborators) {
      if (c.repo.toLowerCase() === repo.toLowerCase() && c.login.toLowerCase() === login.toLowerCase() && (!best || ROLE_RANK[c.role] > ROLE_RANK[best])) best = c.role;
    }
    return best;
  }

  isOrgMember(org: string, login: string): boolean {
    return this.state.teams.some((t) => t.org.toLowerCase() === org.toLowerCase() && t.members.some((m) => m.login.toLowerCase() === login.toLowerCase()));
  }

  association(repo: string, login: string): AuthorAssociation {
    const { owner } = splitRepo(repo);
    if (owner.toLowerCase() === login.toLowerCase()) return "OWNER";
    if (this.isOrgMember(owner, login)) return "MEMBER";
    if (this.roleOf(repo, login)) return "COLLABORATOR";
    if (this.state.pulls.some((p) => p.repo === repo && p.merged && p.user.toLowerCase() === login.toLowerCase())) return "CONTRIBUTOR";
    return "NONE";
  }

  findTeam(org: string, slug: string): FakeTeam | undefined {
    return this.state.teams.find((t) => t.org.toLowerCase() === org.toLowerCase() && t.slug === slug);
  }

  // ---- issues and pulls share one number sequence per repository ----

  nextNumber(repo: string): number {
    let max = 0;
    for (const x of [...this.state.issues, ...this.state.pulls]) if (x.repo === repo) max = Math.max(max, x.number);
    return max + 1;
  }

  findPull(repo: string, number: number): FakePull | undefined {
    return this.state.pulls.find((p) => p.repo === repo && p.number === number);
  }

  findIssueOrPull(repo: string, number: number): FakeIssue | FakePull | undefined {
    return this.findPull(repo, number) ?? this.state.issues.find((i) => i.repo === repo && i.number === number);
  }

  label(repo: string, name: string): FakeLabel {
    const found = this.state.labels.find((l) => l.repo === repo && l.name.toLowerCase() === name.toLowerCase());
    if (found) return found;
    const created: FakeLabel = { repo, id: this.nextId("label"), name, color: "ededed", description: "" };
    this.state.labels.push(created);
    return created;
  }

  // ---- renderers: REST shapes ----

  private apiPath(path: string): string {
    return `${this.api}${path}`;
  }

  /** simple-user */
  userJson(login: string): Record<string, unknown> {
    const u = this.user(login);
    const api = this.apiPath(`/users/${encodeURIComponent(u.login)}`);
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId(u.type === "Bot" ? "Bot" : u.type === "Organization" ? "Organization" : "User", u.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: "",
      url: api,
      html_url: u.type === "Bot" ? `https://github.com/apps/${encodeURIComponent(u.login.replace(/\[bot\]$/, ""))}` : `https://github.com/${encodeURIComponent(u.login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      user_view_type: "public",
      site_admin: u.site_admin,
    };
  }

  /** repository (the full shape pull requests embed in head/base). */
  repoJson(fullName: string): Record<string, unknown> {
    const r = this.repo(fullName);
    const { owner, name } = splitRepo(r.full_name);
    const api = this.apiPath(`/repos/${r.full_name}`);
    const html = `https://github.com/${r.full_name}`;
    const created = "2020-01-01T00:00:00Z";
    return {
      id: r.id,
      node_id: nodeId("Repository", r.id),
      name,
      full_name: r.full_name,
      owner: this.userJson(owner),
      private: r.private,
      html_url: html,
      description: null,
      fork: r.fork,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://github.com/${r.full_name}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@github.com:${r.full_name}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: html,
      homepage: null,
      language: "TypeScript",
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 100,
      default_branch: r.default_branch,
      open_issues_count: this.state.issues.filter((i) => i.repo === r.full_name && i.state === "open").length + this.state.pulls.filter((p) => p.repo === r.full_name && p.state === "open").length,
      open_issues: this.state.issues.filter((i) => i.repo === r.full_name && i.state === "open").length + this.state.pulls.filter((p) => p.repo === r.full_name && p.state === "open").length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: r.private ? "private" : "public",
      license: null,
      allow_forking: true,
      web_commit_signoff_required: false,
      pushed_at: created,
      created_at: created,
      updated_at: created,
    };
  }

  /** issue-comment */
  commentJson(c: FakeComment): Record<string, unknown> {
    const isPull = this.findPull(c.repo, c.issue_number) !== undefined;
    return {
      id: c.id,
      node_id: nodeId("IssueComment", c.id),
      url: this.apiPath(`/repos/${c.repo}/issues/comments/${c.id}`),
      html_url: `https://github.com/${c.repo}/${isPull ? "pull" : "issues"}/${c.issue_number}#issuecomment-${c.id}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: this.apiPath(`/repos/${c.repo}/issues/${c.issue_number}`),
      author_association: this.association(c.repo, c.user),
      performed_via_github_app: null,
      reactions: this.reactionsJson(this.apiPath(`/repos/${c.repo}/issues/comments/${c.id}/reactions`)),
      pin: null,
      minimized: null,
    };
  }

  private reactionsJson(url: string): Record<string, unknown> {
    return { url, total_count: 0, "+1": 0, "-1": 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
  }

  /** pull-request-review */
  reviewJson(r: FakeReview): Record<string, unknown> {
    const html = `https://github.com/${r.repo}/pull/${r.pull_number}#pullrequestreview-${r.id}`;
    const pullUrl = this.apiPath(`/repos/${r.repo}/pulls/${r.pull_number}`);
    return {
      id: r.id,
      node_id: nodeId("PullRequestReview", r.id),
      user: this.userJson(r.user),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: this.association(r.repo, r.user),
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      ...(r.submitted_at ? { submitted_at: r.submitted_at } : {}),
      commit_id: r.commit_id,
    };
  }

  /** label (pull requests embed the same fields). */
  labelJson(l: FakeLabel): Record<string, unknown> {
    return {
      id: l.id,
      node_id: nodeId("Label", l.id),
      url: this.apiPath(`/repos/${l.repo}/labels/${encodeURIComponent(l.name)}`),
      name: l.name,
      color: l.color,
      default: false,
      description: l.description,
    };
  }

  /** team (a superset of team-simple: pull requests and review requests embed either). */
  teamJson(t: FakeTeam): Record<string, unknown> {
    const api = this.apiPath(`/organizations/${this.user(t.org, { type: "Organization" }).id}/team/${t.id}`);
    return {
      id: t.id,
      node_id: nodeId("Team", t.id),
      url: api,
      html_url: `https://github.com/orgs/${t.org}/teams/${t.slug}`,
      name: t.name,
      slug: t.slug,
      description: t.description,
      privacy: t.privacy,
      notification_setting: "notifications_enabled",
      permission: "pull",
      members_url: `${api}/members{/member}`,
      repositories_url: `${api}/repos`,
      type: "organization",
      organization_id: this.user(t.org, { type: "Organization" }).id,
      parent: null,
    };
  }

  private pullRefJson(ref: FakePullRef): Record<string, unknown> {
    const { owner } = splitRepo(ref.repo);
    return { label: `${owner}:${ref.ref}`, ref: ref.ref, sha: ref.sha, user: this.userJson(owner), repo: this.repoJson(ref.repo) };
  }

  /** pull-request-simple (lists); `full` adds the fields of pull-request (single PR, create). */
  pullJson(p: FakePull, full: boolean): Record<string, unknown> {
    const api = this.apiPath(`/repos/${p.repo}`);
    const html = `https://github.com/${p.repo}/pull/${p.number}`;
    const links = {
      self: { href: `${api}/pulls/${p.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${p.number}` },
      comments: { href: `${api}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/pulls/${p.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${p.number}/commits` },
      statuses: { href: `${api}/statuses/${p.head.sha}` },
    };
    const simple: Record<string, unknown> = {
      url: `${api}/pulls/${p.number}`,
      id: p.id,
      node_id: nodeId("PullRequest", p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${p.number}`,
      commits_url: `${api}/pulls/${p.number}/commits`,
      review_comments_url: `${api}/pulls/${p.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${p.number}/comments`,
      statuses_url: `${api}/statuses/${p.head.sha}`,
      number: p.number,
      state: p.state,
      locked: p.locked,
      title: p.title,
      user: this.userJson(p.user),
      body: p.body,
      labels: p.labels.map((name) => this.labelJson(this.label(p.repo, name))),
      milestone: null,
      active_lock_reason: null,
      created_at: p.created_at,
      updated_at: p.updated_at,
      closed_at: p.closed_at,
      merged_at: p.merged_at,
      merge_commit_sha: p.merged ? fakeSha(`merge:${p.repo}#${p.number}:${p.head.sha}`) : fakeSha(`test-merge:${p.repo}#${p.number}:${p.head.sha}`),
      assignee: null,
      assignees: [],
      requested_reviewers: p.requested_reviewers.map((login) => this.userJson(login)),
      requested_teams: p.requested_teams.flatMap((slug) => {
        const team = this.findTeam(splitRepo(p.repo).owner, slug);
        return team ? [this.teamJson(team)] : [];
      }),
      head: this.pullRefJson(p.head),
      base: this.pullRefJson(p.base),
      _links: links,
      author_association: this.association(p.repo, p.user),
      auto_merge: null,
      draft: p.draft,
    };
    if (!full) return simple;
    return {
      ...simple,
      merged: p.merged,
      mergeable: p.state === "open" ? true : null,
      rebaseable: p.state === "open" ? true : null,
      mergeable_state: p.state === "open" ? (p.draft ? "draft" : "clean") : "unknown",
      merged_by: p.merged ? this.userJson(splitRepo(p.repo).owner) : null,
      comments: this.state.comments.filter((c) => c.repo === p.repo && c.issue_number === p.number).length,
      review_comments: 0,
      maintainer_can_modify: p.maintainer_can_modify,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  /** collaborator (with `permissions` and `role_name`), for the permission endpoint. */
  collaboratorJson(login: string, role: RepoRole | undefined): Record<string, unknown> {
    const rank = role ? ROLE_RANK[role] : 0;
    return {
      ...this.userJson(login),
      permissions: { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 },
      role_name: role ?? "none",
    };
  }

  permissionOf(role: RepoRole | undefined): "admin" | "write" | "read" | "none" {
    return role ? ROLE_TO_PERMISSION[role] : "none";
  }
}
