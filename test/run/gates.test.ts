import { describe, expect, it } from "vitest";
import { evaluateGate, type GateContext, type ReviewFact } from "../../src/run/gates.ts";
import type { GateState } from "../../src/run/types.ts";

const gate: GateState = { options: ["approve", "request_info", "reject"], approve_option: "approve", reject_option: "reject", role: "finance_approver", required: 1, opened_at: "2026-11-23T10:00:00Z", on_no_response: "block" };
const HEAD = "a".repeat(40);
const ctx: GateContext = { heads: new Set([HEAD]), openedAt: gate.opened_at, entitled: new Set(["carol", "dave", "erin", "alice"]), role: "finance_approver", author: "alice", initiator: "bob" };
let id = 0;
const review = (user: string, state: string, extra: Partial<ReviewFact> = {}): ReviewFact => ({ id: ++id, user, state, commit_id: HEAD, submitted_at: "2026-11-23T11:00:00Z", body: "", ...extra });

describe("deciding a gate from pull-request reviews", () => {
  it.each([
    ["an approval by an approver", [review("carol", "APPROVED")], "approve"],
    ["a change request by an approver (a veto)", [review("carol", "APPROVED"), review("dave", "CHANGES_REQUESTED")], "reject"],
    ["/decide choosing another option", [review("carol", "APPROVED", { body: "Looks odd.\n/decide request_info\n" })], "request_info"],
    ["the latest review of a reviewer", [review("carol", "CHANGES_REQUESTED", { submitted_at: "2026-11-23T11:00:00Z" }), review("carol", "APPROVED", { submitted_at: "2026-11-23T12:00:00Z" })], "approve"],
    ["a comment after an approval leaves the approval standing", [review("carol", "APPROVED"), review("carol", "COMMENTED", { submitted_at: "2026-11-23T13:00:00Z" })], "approve"],
  ])("decides on %s", (_n, reviews, option) => {
    expect(evaluateGate(gate, reviews, ctx).decision?.option).toBe(option);
  });

  it.each([
    ["self-approval by the pull request's author", review("alice", "APPROVED"), /alice opened this pull request, and the author cannot decide/],
    ["approval by the run's initiator", review("bob", "APPROVED"), /bob started this run/],
    ["approval by someone outside the role", review("mallory", "APPROVED"), /mallory is not an approver of role finance_approver/],
    ["approval on an older commit", review("carol", "APPROVED", { commit_id: "b".repeat(40) }), /reviews commit bbbbbbb, not aaaaaaa, the commit the gate opened at/],
    ["approval before the gate opened", review("carol", "APPROVED", { submitted_at: "2026-11-23T09:59:59Z" }), /submitted before the gate opened/],
    ["a dismissed approval", review("carol", "DISMISSED"), /dismissed reviews do not count/],
    ["a COMMENTED review", review("carol", "COMMENTED", { body: "/decide approve" }), /a COMMENTED review decides nothing/],
    ["an unknown /decide option", review("carol", "APPROVED", { body: "/decide maybe" }), /\/decide maybe names no option of this gate \(approve, request_info, reject\)/],
  ])("refuses %s, saying why", (_n, r, reason) => {
    const result = evaluateGate(gate, [r], ctx);
    expect(result.decision).toBeUndefined();
    expect(result.verdicts[0]).toMatchObject({ counts: false, reason: expect.stringMatching(reason) });
  });

  it("a dismissed approval no longer counts, though the reviewer approved before", () => {
    const first = review("carol", "APPROVED", { submitted_at: "2026-11-23T11:00:00Z" });
    // GitHub reports a dismissed review with state DISMISSED in place of the approval.
    expect(evaluateGate(gate, [{ ...first, state: "DISMISSED" }], ctx).decision).toBeUndefined();
  });

  it("needs N distinct approvers when the gate requires N", () => {
    const two = { ...gate, required: 2 };
    expect(evaluateGate(two, [review("carol", "APPROVED")], ctx).decision).toBeUndefined();
    expect(evaluateGate(two, [review("carol", "APPROVED"), review("carol", "APPROVED")], ctx).decision).toBeUndefined();
    expect(evaluateGate(two, [review("carol", "APPROVED"), review("dave", "APPROVED")], ctx).decision).toMatchObject({ option: "approve", by: ["carol", "dave"] });
  });
});
