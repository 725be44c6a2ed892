/**
 * Regenerates docs/images/run-comment.png: the comments a run posts on its
 * pull request while the embedded invoice approval waits at its gate, as
 * Markdown from the action's own comment functions, rendered to HTML (marked)
 * with the Mermaid diagram drawn by the official mermaid package, in headless
 * Chromium.
 *
 *   node scripts/screenshot-run-comment.ts [--chromium /usr/bin/chromium] [--html out.html] [--status] [--out file.png]
 *
 * --status adds the run's status comment (the same graph, with the open
 * gate's question, options and approvers under it). Emoji need a colour emoji
 * font (Debian: apt-get install fonts-noto-color-emoji).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { marked } from "marked";
import { chromium } from "playwright-core";
import { gateComment, statusComment } from "../action/src/runs/comments.ts";
import { roleMembers } from "../action/src/runs/facts.ts";
import { runGraphMarkdown } from "../src/report/flow-diagrams.ts";
import type { FrameState, GateState, RunState } from "../src/run/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { chromium: { type: "string", default: "/usr/bin/chromium" }, html: { type: "string" }, status: { type: "boolean", default: false }, out: { type: "string", default: `${ROOT}docs/images/run-comment.png` } } });

const flow = JSON.parse(readFileSync(`${ROOT}registry/contracts/invoice_approval/flow.json`, "utf8")) as { steps: Record<string, { decision_options?: Array<{ id: string; label?: string; description?: string }> }> };
const config = JSON.parse(readFileSync(`${ROOT}registry/mova.registry.json`, "utf8")) as { policy: { roles: unknown } };
const contract = "contract.finance.invoice_approval_v1";
const runId = "2026-11-23-ap-004512";

// The run as it stands after the extraction and the check: waiting at the approval gate.
const gate: GateState = {
  question: "Approve this supplier invoice for payment at the extracted gross amount?",
  options: ["approve", "request_info", "reject"],
  approve_option: "approve",
  reject_option: "reject",
  role: "finance_approver",
  required: 1,
  opened_at: "2026-11-23T09:12:04Z",
  deadline: "2026-11-25T09:12:04Z",
  on_no_response: "escalate",
  escalate_to: "finance_controller",
};
const frame: FrameState = {
  id: "root",
  contract_id: contract,
  depth: 0,
  inputs: {},
  status: "waiting",
  queue: ["approve"],
  groups: {},
  steps: { extract: { status: "done", outcome: "done", episode: "0001-root-extract-step.json" }, check: { status: "done", outcome: "pass", episode: "0002-root-check-step.json" }, approve: { status: "waiting" } },
  gates: { approve: gate },
};
const state: RunState = { schema_id: "registry.run_state_v1", run_id: runId, contract_id: contract, release: "6.0.0" as RunState["release"], initiator: "alice", status: "waiting", seq: 3, started_at: "2026-11-23T09:11:40Z", updated_at: "2026-11-23T09:12:04Z", frames: [frame] };

const members = roleMembers(config.policy.roles, gate.role);
const exclude = ["alice"];
const options = flow.steps.approve!.decision_options!;
const gateMd = gateComment(runId, contract, { key: "root/approve", frame: "root", step: "approve", gate }, members, exclude, options, runGraphMarkdown(flow, frame));
const statusMd = statusComment(
  state,
  [
    { name: "0001-root-extract-step.json", episode: { result_summary: "Extracted 9 fields of invoice AP-2026-004512 (confidence 0.97)." } },
    { name: "0002-root-check-step.json", episode: { result_summary: "Check passed: pass." } },
    { name: "0003-root-approve-gate-opened.json", episode: { result_summary: "Gate approve opened for finance_approver." } },
  ],
  runGraphMarkdown(flow, frame, [{ step: "approve", question: gate.question!, options, approvers: [...members.users, ...members.teams], role: gate.role!, required: gate.required }]),
);

/** Markdown as GitHub shows it: mermaid fences become diagrams. */
function html(markdown: string): string {
  return (marked.parse(markdown, { async: false, gfm: true }) as string).replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_, code: string) => `<pre class="mermaid">${code}</pre>`);
}

const comment = (author: string, body: string) => `<div class="comment"><div class="head"><b>${author}</b> commented</div><div class="body markdown">${html(body)}</div></div>`;
const page = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; width: 860px; }
  .comment { border: 1px solid #d1d9e0; border-radius: 6px; margin-bottom: 16px; }
  .head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
  .head b { color: #1f2328; }
  .body { padding: 16px; }
  h3 { font-size: 1.25em; margin: 0 0 16px; }
  table { border-collapse: collapse; margin: 0 0 16px; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
  p, ul { margin: 0 0 16px; }
  pre.mermaid { display: flex; justify-content: center; background: #fff; margin: 0 0 8px; }
  sub { color: #59636e; }
  summary { cursor: pointer; margin-bottom: 8px; }
</style></head><body>${comment("github-actions", gateMd)}${values.status ? comment("github-actions", statusMd) : ""}</body></html>`;

if (values.html) writeFileSync(values.html, page);
const browser = await chromium.launch({ executablePath: values.chromium, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
try {
  const tab = await browser.newPage({ viewport: { width: 900, height: 800 }, deviceScaleFactor: 1 });
  await tab.setContent(page);
  await tab.addScriptTag({ path: `${ROOT}node_modules/mermaid/dist/mermaid.min.js` });
  await tab.evaluate(async () => {
    const m = (globalThis as unknown as { mermaid: { initialize(c: object): void; run(o: object): Promise<void> } }).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default" });
    await m.run({ querySelector: "pre.mermaid" });
  });
  const failed = await tab.locator("pre.mermaid:not([data-processed])").count();
  if (failed) throw new Error(`${failed} diagram(s) did not render`);
  mkdirSync(dirname(values.out!), { recursive: true });
  await tab.screenshot({ path: values.out!, fullPage: true });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
}
