import type { GateDecision, GateState } from "./types.ts";

/** A pull-request review as the GitHub REST API reports it. */
export interface ReviewFact {
  id: number;
  user: string;
  /** Upper case as the REST API gives it: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  commit_id: string | null;
  submitted_at: string | null;
  body: string;
}

/** What the gate is judged against: facts from the API and the action's own run comment, never files in the branch. */
export interface GateContext {
  /** The commit the gate opened at, and the action's own commits after it (which only add run files). */
  heads: ReadonlySet<string>;
  openedAt: string;
  /** Logins entitled by the gate's role (its users and the members of its teams), lower case. */
  entitled: ReadonlySet<string>;
  role: string | undefined;
  /** The pull request's author and the run's initiator, who cannot decide their own run's gates. */
  author: string;
  initiator: string;
}

export interface ReviewVerdict {
  review: ReviewFact;
  counts: boolean;
  option?: string;
  /** Why a review decides nothing, in words for the episode and the comment. */
  reason?: string;
  /** Set when the body names an option the gate does not offer. */
  unknownOption?: string;
}

export interface GateEvaluation {
  decision?: Omit<GateDecision, "at" | "via">;
  verdicts: ReviewVerdict[];
}

const DECIDE = /^[ \t]*\/decide[ \t]+(\S+)[ \t]*$/im;

export function judgeReview(gate: GateState, review: ReviewFact, ctx: GateContext): ReviewVerdict {
  const refuse = (reason: string, extra: Partial<ReviewVerdict> = {}): ReviewVerdict => ({ review, counts: false, reason, ...extra });
  const state = review.state.toUpperCase();
  const user = review.user.toLowerCase();
  if (state === "PENDING") return refuse("the review is still pending: it was never submitted");
  if (state === "DISMISSED") return refuse("the review was dismissed, and dismissed reviews do not count");
  if (state === "COMMENTED") return refuse("a COMMENTED review decides nothing: approve, or request changes");
  if (!review.submitted_at || Date.parse(review.submitted_at) < Date.parse(ctx.openedAt)) return refuse(`it was submitted before the gate opened (${ctx.openedAt})`);
  if (!review.commit_id || !ctx.heads.has(review.commit_id)) {
    const opened = [...ctx.heads][0];
    return refuse(`it reviews commit ${(review.commit_id ?? "none").slice(0, 7)}, not ${opened ? opened.slice(0, 7) : "the commit"}, the commit the gate opened at`);
  }
  if (user === ctx.author.toLowerCase()) return refuse(`${review.user} opened this pull request, and the author cannot decide their own run's gates`);
  if (user === ctx.initiator.toLowerCase()) return refuse(`${review.user} started this run, and the initiator cannot decide their own run's gates`);
  if (!ctx.entitled.has(user)) return refuse(`${review.user} is not an approver of role ${ctx.role ?? "(none)"}`);
  const named = DECIDE.exec(review.body ?? "")?.[1];
  if (named !== undefined && !gate.options.includes(named))
    return refuse(`/decide ${named} names no option of this gate (${gate.options.join(", ")})`, { unknownOption: named });
  const option = named ?? (state === "APPROVED" ? gate.approve_option : gate.reject_option);
  return { review, counts: true, option };
}

/**
 * Decides a gate from the pull request's reviews. Each reviewer's latest
 * submitted review (comments aside) is their vote, if it counts; a vote for the
 * reject option decides at once (a veto), any other option needs `required`
 * votes, first in the gate's order.
 */
export function evaluateGate(gate: GateState, reviews: readonly ReviewFact[], ctx: GateContext): GateEvaluation {
  const verdicts = reviews.map((r) => judgeReview(gate, r, ctx));
  const latest = new Map<string, ReviewVerdict>();
  for (const v of [...verdicts].sort((a, b) => (a.review.submitted_at ?? "").localeCompare(b.review.submitted_at ?? "") || a.review.id - b.review.id)) {
    const state = v.review.state.toUpperCase();
    if (state === "COMMENTED" || state === "PENDING") continue;
    latest.set(v.review.user.toLowerCase(), v);
  }
  const votes = new Map<string, ReviewVerdict[]>();
  for (const v of latest.values()) if (v.counts && v.option) votes.set(v.option, [...(votes.get(v.option) ?? []), v]);
  const decide = (option: string) => {
    const vs = votes.get(option)!;
    return { option, by: vs.map((v) => v.review.user), review_ids: vs.map((v) => v.review.id) };
  };
  if ((votes.get(gate.reject_option)?.length ?? 0) > 0) return { decision: decide(gate.reject_option), verdicts };
  for (const option of gate.options) if ((votes.get(option)?.length ?? 0) >= gate.required) return { decision: decide(option), verdicts };
  return { verdicts };
}
