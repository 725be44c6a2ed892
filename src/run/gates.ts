import type { GateDecision, GateState } from "./types.ts";
import { addTo } from "../util/values.ts";

/** A pull-request review as the GitHub REST API reports it. */
export interface ReviewFact {
  id: number;
  user: string;
  /** Upper case as the REST API gives it: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  commit_id: string | null;
  submitted_at: string | null;
  body: string;
  /** The reviewer's account type as the API reports it: "User", "Bot", "Organization". */
  user_type?: string;
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

/**
 * Why a review decides nothing, as a stable code: the refusal episode's type
 * is security_event/review_<code> for the ones that are security events.
 */
export type RefusalCode = "pending" | "dismissed" | "commented" | "after_decision" | "bot_reviewer" | "before_gate" | "stale_commit" | "self_approval" | "initiator_approval" | "not_approver" | "unknown_option";

/** How a refusal is recorded: as a security event (with its severity), or as a plain refusal. */
export const REFUSALS: Record<RefusalCode, { security: false } | { security: true; category: "authorization" | "policy_violation"; severity: "low" | "medium" | "high" }> = {
  pending: { security: false },
  commented: { security: false },
  // Late, not forged: the gate had been decided (by other reviews, or by a job that won the push race) when it came.
  after_decision: { security: false },
  dismissed: { security: true, category: "authorization", severity: "low" },
  unknown_option: { security: true, category: "policy_violation", severity: "low" },
  before_gate: { security: true, category: "authorization", severity: "low" },
  stale_commit: { security: true, category: "authorization", severity: "medium" },
  not_approver: { security: true, category: "authorization", severity: "medium" },
  bot_reviewer: { security: true, category: "authorization", severity: "high" },
  self_approval: { security: true, category: "authorization", severity: "high" },
  initiator_approval: { security: true, category: "authorization", severity: "high" },
};

/** Bots never decide a gate: an App's token can submit reviews, so a bot's approval would let automation approve itself. */
export function isBot(review: Pick<ReviewFact, "user" | "user_type">): boolean {
  return review.user_type === "Bot" || /\[bot\]$/i.test(review.user);
}

export interface ReviewVerdict {
  review: ReviewFact;
  counts: boolean;
  option?: string;
  /** Why a review decides nothing, in words for the episode and the comment. */
  reason?: string;
  code?: RefusalCode;
  /** Set when the body names an option the gate does not offer. */
  unknownOption?: string;
}

export interface GateEvaluation {
  decision?: Omit<GateDecision, "at" | "via">;
  verdicts: ReviewVerdict[];
}

const DECIDE = /^[ \t]*\/decide[ \t]+(\S+)[ \t]*$/im;

/** Whether the reviewer may decide this gate at all: not a bot, not the author or initiator, an approver of its role. */
function identity(review: ReviewFact, ctx: GateContext): { code: RefusalCode; reason: string } | undefined {
  const user = review.user.toLowerCase();
  if (isBot(review)) return { code: "bot_reviewer", reason: `${review.user} is a bot, and bots never decide a gate` };
  if (user === ctx.author.toLowerCase()) return { code: "self_approval", reason: `${review.user} opened this pull request, and the author cannot decide their own run's gates` };
  if (user === ctx.initiator.toLowerCase()) return { code: "initiator_approval", reason: `${review.user} started this run, and the initiator cannot decide their own run's gates` };
  if (!ctx.entitled.has(user)) return { code: "not_approver", reason: `${review.user} is not an approver of role ${ctx.role ?? "(none)"}` };
  return undefined;
}

export function judgeReview(gate: GateState, review: ReviewFact, ctx: GateContext): ReviewVerdict {
  const refuse = (code: RefusalCode, reason: string, extra: Partial<ReviewVerdict> = {}): ReviewVerdict => ({ review, counts: false, reason, code, ...extra });
  const state = review.state.toUpperCase();
  if (state === "PENDING") return refuse("pending", "the review is still pending: it was never submitted");
  if (state === "DISMISSED") return refuse("dismissed", "the review was dismissed, and dismissed reviews do not count");
  if (state === "COMMENTED") {
    // A comment that tries to decide (a /decide line) by someone who may not is a forgery attempt, whatever its state.
    const impostor = DECIDE.test(review.body ?? "") ? identity(review, ctx) : undefined;
    return impostor ? refuse(impostor.code, `${impostor.reason}; a COMMENTED review decides nothing anyway`) : refuse("commented", "a COMMENTED review decides nothing: approve, or request changes");
  }
  if (isBot(review)) return refuse("bot_reviewer", `${review.user} is a bot, and bots never decide a gate`);
  if (!review.submitted_at || Date.parse(review.submitted_at) < Date.parse(ctx.openedAt)) return refuse("before_gate", `it was submitted before the gate opened (${ctx.openedAt})`);
  if (!review.commit_id || !ctx.heads.has(review.commit_id)) {
    const opened = [...ctx.heads][0];
    return refuse("stale_commit", `it reviews commit ${(review.commit_id ?? "none").slice(0, 7)}, not ${opened ? opened.slice(0, 7) : "the commit"}, the commit the gate opened at`);
  }
  const who = identity(review, ctx);
  if (who) return refuse(who.code, who.reason);
  const named = DECIDE.exec(review.body ?? "")?.[1];
  if (named !== undefined && !gate.options.includes(named))
    return refuse("unknown_option", `/decide ${named} names no option of this gate (${gate.options.join(", ")})`, { unknownOption: named });
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
  for (const v of latest.values()) if (v.counts && v.option) addTo(votes, v.option, v);
  const decide = (option: string) => {
    const vs = votes.get(option)!;
    return { option, by: vs.map((v) => v.review.user), review_ids: vs.map((v) => v.review.id) };
  };
  if ((votes.get(gate.reject_option)?.length ?? 0) > 0) return { decision: decide(gate.reject_option), verdicts };
  for (const option of gate.options) if ((votes.get(option)?.length ?? 0) >= gate.required) return { decision: decide(option), verdicts };
  return { verdicts };
}
