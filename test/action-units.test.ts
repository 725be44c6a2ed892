import { EOL } from "node:os";
import { describe, expect, it, vi } from "vitest";
import { selectAnnotations, toAnnotation } from "../action/src/annotations.ts";
import { commentMarker } from "../action/src/comment.ts";
import { gateComment } from "../action/src/runs/comments.ts";
import { EventError, readEvent } from "../action/src/event.ts";
import { InputError, readInputs } from "../action/src/inputs.ts";
import { logReport } from "../action/src/log.ts";
import type { Finding } from "../src/findings/finding.ts";
import type { Report } from "../src/report/report.ts";
import { formatText } from "../src/report/text.ts";
import { eventEnv } from "./support/action-env.ts";
import { pullRequestPayload } from "./support/webhooks.ts";

const finding = (i: number, severity: Finding["severity"], baseline?: Finding["baseline"]): Finding => ({
  rule: "schema/violation",
  severity,
  file: `f${i}.json`,
  line: 2,
  column: 3,
  endLine: 4,
  endColumn: 1,
  message: `m${i}`,
  ...(baseline ? { baseline } : {}),
});

describe("action units", () => {
  it("annotates within GitHub's limit of 10 per level, new findings first", () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i, "error", i < 6 ? "existing" : "new")), finding(99, "warning")];
    const { shown, omitted } = selectAnnotations(findings);
    expect(omitted).toBe(2);
    expect(shown.filter((f) => f.severity === "error")).toHaveLength(10);
    expect(shown.slice(0, 6).every((f) => f.baseline === "new")).toBe(true);
    expect(shown.at(-1)!.severity).toBe("warning");
  });

  it("escapes control characters that @actions/core would pass through into the log", () => {
    const hostile = { ...finding(1, "error"), file: "runtimes/a\u001b[2J.json", message: "id \"x\u0000\u202e\" is odd", hint: "rename \u001b]8;;" };
    const a = toAnnotation(hostile, "registry");
    expect(a.message).toBe('id "x\\u0000\\u202e" is odd\n→ rename \\u001b]8;;');
    expect(a.properties.file).toBe("registry/runtimes/a\\u001b[2J.json");
  });

  it("puts columns on single-line annotations only, and paths under the registry folder", () => {
    expect(toAnnotation(finding(1, "error"), "registry").properties).toEqual({ title: "schema/violation", file: "registry/f1.json", startLine: 2, endLine: 4 });
    expect(toAnnotation({ ...finding(1, "notice"), endLine: 2 }, ".").properties).toMatchObject({ file: "f1.json", startColumn: 3, endColumn: 1 });
  });

  it("reads the pull request from the event payload, and tells a fork apart", () => {
    const facts = { number: 3, repository: "acme/contracts", baseRef: "main", baseSha: "a".repeat(40), headRef: "x", headSha: "b".repeat(40), author: "alice" };
    const own = readEvent(eventEnv("pull_request", pullRequestPayload("opened", facts)));
    expect(own).toMatchObject({ name: "pull_request", action: "opened", pullRequest: { number: 3, headRef: "x", baseRef: "main", baseSha: "a".repeat(40), headSha: "b".repeat(40), repository: "acme/contracts", fromFork: false, author: "alice" } });
    expect(readEvent(eventEnv("pull_request", pullRequestPayload("opened", { ...facts, headRepository: "mallory/contracts" }))).pullRequest!.fromFork).toBe(true);
    expect(readEvent({ GITHUB_EVENT_NAME: "push" })).toEqual({ name: "push" });
  });

  it("says which part of a malformed payload is missing", () => {
    expect(() => readEvent(eventEnv("pull_request", { pull_request: { number: 3 }, repository: { full_name: "a/b" } }))).toThrow(new EventError("the head.ref of the event payload is missing or not a string"));
    expect(() => readEvent({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: "/no/such/file" })).toThrow(/cannot read the event payload/);
  });

  it("checks its inputs", () => {
    const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? "");
    expect(inputs({})).toEqual({ mode: "auto", artifactName: "mova-catalog", path: ".", failOn: "error", comment: true, token: "", site: false, sitePath: "site", pagesArtifact: false });
    expect(inputs({ mode: "publish", "retention-days": "30", "publish-branch": "mova-catalog" })).toMatchObject({ mode: "publish", retentionDays: 30, publishBranch: "mova-catalog" });
    expect(() => inputs({ mode: "deploy" })).toThrow(/input "mode" must be one of auto, guard, publish/);
    expect(() => inputs({ "retention-days": "a week" })).toThrow(/retention-days/);
    expect(() => inputs({ "publish-branch": "../main" })).toThrow(/not a valid branch name/);
    expect(inputs({ comment: "false", "fail-on": "new", base: "main", path: "registry" })).toMatchObject({ comment: false, failOn: "new", base: "main", path: "registry" });
    expect(() => inputs({ "fail-on": "sometimes" })).toThrow(InputError);
    expect(() => inputs({ comment: "maybe" })).toThrow(/input "comment" must be true or false/);
  });

  it("tags its comment per workflow and job", () => {
    expect(commentMarker("MOVA registry", "guard")).toBe("<!-- mova-registry:MOVA registry:guard -->");
    expect(commentMarker("a-->b", "j")).toBe("<!-- mova-registry:ab:j -->");
  });

  it("writes a gate's options as one table row each, the flow's text escaped and the review note inside the row", () => {
    const gate = { approve_option: "approve", reject_option: "reject", role: "finance_approver", required: 1, question: "Pay <b>now</b> | later?", options: ["approve", "reject"] };
    const body = gateComment("r1", "contract.x_v1", { key: "root/approve", frame: "root", step: "approve", gate } as never, { users: ["carol"], teams: [] }, [], [
      { id: "approve", label: "Pay | now", description: "<img src=x onerror=alert(1)> ok" },
      { id: "reject", label: "No", description: "[link](javascript:alert(1))" },
    ]);
    const rows = body.split("\n").filter((l) => l.startsWith("| <code>"));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(4);
    expect(rows[0]).toMatch(/\(approving the pull request chooses it\) \|$/);
    expect(rows[1]).toMatch(/\(requesting changes chooses it\) \|$/);
    expect(body).not.toMatch(/<img|<b>|\]\(/);
    expect(body).toContain("Decision needed: Pay &#60;b&#62;now&#60;&#47;b&#62; &#124; later&#63;");
  });
});

describe("the action's log", () => {
  it("prints the text report in pieces, as one core.info of the whole text would", () => {
    const findings = Array.from({ length: 3000 }, (_, i) => ({ ...finding(i, "error"), hint: "h" }));
    const report: Report = { reportVersion: 1, tool: { name: "t", version: "1" }, registry: "registry", release: "6.0.0", summary: { documents: 3000, byKind: {}, errors: 3000, warnings: 0, notices: 0 }, documents: [], findings };
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      logReport(report);
    } finally {
      spy.mockRestore();
    }
    expect(written.length).toBeGreaterThan(4);
    expect(written.join("")).toBe(formatText(report, { color: false }) + EOL);
  });
});
