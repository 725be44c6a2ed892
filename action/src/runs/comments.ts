import { mdText } from "../../../src/report/flow-diagrams.ts";
import type { OpenedGate } from "../../../src/run/engine.ts";
import type { RunState, WrittenEpisode } from "../../../src/run/types.ts";
import { createCommentOnce } from "../comment.ts";
import type { Octokit } from "../github.ts";
import type { Repo, RoleMembers } from "./facts.ts";

/** Comments the run posts, each found again by its hidden marker, so re-running an event never posts twice. */
export class RunComments {
  readonly #octokit: Octokit;
  readonly #target: Repo & { number: number };
  #existing: Array<{ id: number; body: string }> | undefined;

  constructor(octokit: Octokit, target: Repo & { number: number }) {
    this.#octokit = octokit;
    this.#target = target;
  }

  async #all(): Promise<Array<{ id: number; body: string }>> {
    if (!this.#existing) {
      const list = await this.#octokit.paginate(this.#octokit.rest.issues.listComments, { owner: this.#target.owner, repo: this.#target.repo, issue_number: this.#target.number, per_page: 100 });
      this.#existing = list.map((c) => ({ id: c.id, body: c.body ?? "" }));
    }
    return this.#existing;
  }

  /** Posts a comment once per marker. */
  async once(marker: string, body: string): Promise<boolean> {
    if ((await this.#all()).some((c) => c.body.includes(marker))) return false;
    const id = await createCommentOnce(this.#octokit, this.#target, marker, `${marker}\n${body}`);
    this.#existing!.push({ id, body: `${marker}\n${body}` });
    return true;
  }

  /** Keeps one comment per marker, updated in place. */
  async upsert(marker: string, body: string): Promise<void> {
    const text = `${marker}\n${body}`;
    const mine = (await this.#all()).find((c) => c.body.includes(marker));
    if (mine?.body === text) return;
    if (mine) {
      await this.#octokit.rest.issues.updateComment({ owner: this.#target.owner, repo: this.#target.repo, comment_id: mine.id, body: text });
      mine.body = text;
    } else await this.once(marker, body);
  }
}

function mention(members: RoleMembers, exclude: string[]): string {
  const no = new Set(exclude.map((e) => e.toLowerCase()));
  const names = [...members.users.filter((u) => !no.has(u.toLowerCase())).map((u) => `@${u}`), ...members.teams.map((t) => `@${t}`)];
  return names.length ? names.join(", ") : "the repository's maintainers (the role maps to nobody)";
}

/** `graph`: the run's flow drawn with its progress (see runGraphMarkdown), shown under the decision. */
export function gateComment(runId: string, contract: string, g: OpenedGate, members: RoleMembers, exclude: string[], options: Array<{ id: string; label?: string; description?: string }>, graph?: string): string {
  // Labels, descriptions and the question are the flow's text: escaped, and the review note inside the last cell (after it, GitHub drops it).
  const note = (id: string) => (id === g.gate.approve_option ? " (approving the pull request chooses it)" : id === g.gate.reject_option ? " (requesting changes chooses it)" : "");
  const rows = options.map((o) => `| <code>${mdText(o.id)}</code> | ${mdText(o.label ?? "")} | ${mdText(o.description ?? "")}${note(o.id)} |`);
  return [
    `### 🚦 Decision needed: ${g.gate.question ? mdText(g.gate.question) : `gate ${mdText(g.step)}`}`,
    "",
    `Run \`${runId}\` of \`${contract}\` waits at gate \`${g.key}\`.`,
    "",
    "| Option | | What it means |",
    "|---|---|---|",
    ...rows,
    "",
    `**How to decide:** review this pull request. Approve to choose \`${g.gate.approve_option}\`, request changes to choose \`${g.gate.reject_option}\`, or write \`/decide <option>\` on a line of your review (an approval or a change request) to choose another option. Comments decide nothing.`,
    "",
    `**Who decides:** ${mention(members, exclude)} (role \`${g.gate.role ?? "none"}\`; ${g.gate.required} needed). The pull request's author and the run's initiator cannot decide.${g.gate.deadline ? ` **Deadline:** ${g.gate.deadline} (then: ${g.gate.on_no_response}${g.gate.escalate_to ? ` to \`${g.gate.escalate_to}\`` : ""}).` : ""}`,
    ...(graph ? ["", graph] : []),
  ].join("\n");
}

/** `graph`: the run's flow drawn with its progress and open gates (see runGraphMarkdown). */
export function statusComment(state: RunState, latest: WrittenEpisode[], graph?: string): string {
  const icon = { running: "⏳", waiting: "🚦", paused: "⏸️", completed: "✅", failed: "❌", halted: "🛑" }[state.status];
  const open = state.frames.flatMap((f) => Object.entries(f.gates).filter(([, g]) => !g.decided).map(([s]) => `\`${f.id}/${s}\``));
  return [
    `### ${icon} Run \`${state.run_id}\`: ${state.status}${state.outcome ? `, outcome **${state.outcome}**` : ""}`,
    "",
    `Contract \`${state.contract_id}\` · started by ${state.initiator} · ${state.seq} episode(s)${open.length ? ` · waiting at ${open.join(", ")}` : ""}${state.reason && state.status !== "completed" ? `\n\n> ${state.reason}` : ""}`,
    ...(latest.length ? ["", "Latest:", ...latest.map((e) => `- \`${e.name}\`: ${String(e.episode.result_summary)}`)] : []),
    ...(graph ? ["", graph] : []),
  ].join("\n");
}
