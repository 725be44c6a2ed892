import * as core from "@actions/core";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { locateRepo } from "../../src/change/git.ts";
import { failingFindings } from "../../src/fail-on.ts";
import { guard } from "../../src/guard.ts";
import { pullRequestSections } from "../../src/report/pr-sections.ts";
import { formatMarkdown } from "../../src/report/markdown.ts";
import { buildReport, jsonChunks, type Report } from "../../src/report/report.ts";
import { formatSarif } from "../../src/report/sarif.ts";
import { writeChunks } from "../../src/util/write-chunks.ts";
import { ANNOTATION_LIMIT, selectAnnotations, toAnnotation } from "./annotations.ts";
import { commentMarker, upsertComment } from "./comment.ts";
import type { ActionEvent } from "./event.ts";
import { createOctokit, describeFailure, isRateLimited } from "./github.ts";
import type { ActionInputs } from "./inputs.ts";
import { SUMMARY_FINDINGS } from "./limits.ts";
import { readLeases } from "./runs/leases.ts";
import { logReport } from "./log.ts";

const COMMENT_FINDINGS = 30;
/** GitHub's limit: a comment holds 65,536 characters (the marker and the footer included). */
const COMMENT_CHARS = 65_536 - 1_000;

/** mode: guard. Check the registry (against the pull request's base), annotate, summarize, comment. */
export async function runGuard(inputs: ActionInputs, event: ActionEvent, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const base = inputs.base ?? event.pullRequest?.baseSha;
  const root = resolve(workspace, inputs.path);
  // Running contracts' leases, when the repository has any: a change to a leased document is refused.
  const leaseFile = base ? await locateRepo(root).then(({ repoDir }) => readLeases(repoDir)).catch(() => undefined) : undefined;
  const result = await guard(root, {
    ...(inputs.release ? { release: inputs.release } : {}),
    // With a base, the summary diffs the catalog with the base's.
    ...(base ? { base, catalogFacts: true } : {}),
    // actions/checkout leaves HEAD as it is: the pull request is its commits.
    ...(inputs.cacheDir ? { cacheDir: resolve(workspace, inputs.cacheDir), committedOnly: true } : {}),
    ...(leaseFile ? { leases: { file: leaseFile, ...(event.pullRequest ? { ownBranch: event.pullRequest.headRef } : {}) } } : {}),
  });
  const report = buildReport(result, inputs.path);
  if (inputs.failOn === "new" && !report.base) core.warning('fail-on "new" needs a base to compare with (a pull_request event or the "base" input); every error counts as new');

  logReport(report);
  const { shown, omitted } = selectAnnotations(report.findings);
  for (const finding of shown) {
    const a = toAnnotation(finding, inputs.path);
    core[a.level](a.message, a.properties);
  }

  const temp = env.RUNNER_TEMP ?? workspace;
  const reportPath = join(temp, "mova-registry-report.json");
  const sarifPath = join(temp, "mova-registry.sarif");
  writeChunks(reportPath, jsonChunks(report));
  writeFileSync(sarifPath, formatSarif(report));

  // What merging would change in the published catalog.
  const { sections, catalogDiffText } = pullRequestSections(result, env.GITHUB_REPOSITORY ?? inputs.path);
  if (catalogDiffText) core.info(catalogDiffText);

  const link = linker(env, event);
  const omittedNote = omitted > 0 ? `\n${omitted} more finding(s) are not annotated (GitHub shows ${ANNOTATION_LIMIT} per level and step); all are listed here and in the SARIF report.\n` : "";
  await core.summary.addRaw(formatMarkdown(report, { maxFindings: SUMMARY_FINDINGS, sections, ...(link ? { link } : {}) }) + omittedNote).write();

  // The outputs and the summary come before any request to GitHub: a failing or hanging API cannot take them away.
  core.setOutput("errors", report.summary.errors);
  core.setOutput("warnings", report.summary.warnings);
  core.setOutput("new", report.base?.newFindings ?? "");
  core.setOutput("report-path", reportPath);
  core.setOutput("sarif-path", sarifPath);

  if (event.pullRequest && inputs.comment) await comment(inputs, event, env, report, sections, link);

  const failing = failingFindings(report.findings, inputs.failOn);
  if (result.configBroken) core.setFailed("mova.registry.json has errors; fix the configuration first");
  else if (failing.length > 0) core.setFailed(`${failing.length} finding(s) fail this check (fail-on: ${inputs.failOn}) in the MOVA registry at ${inputs.path}`);
}

function linker(env: NodeJS.ProcessEnv, event: ActionEvent): ((path: string, line: number) => string) | undefined {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const repo = env.GITHUB_REPOSITORY;
  const sha = event.pullRequest?.headSha ?? env.GITHUB_SHA;
  if (!repo || !sha) return undefined;
  return (path, line) => `${server}/${repo}/blob/${sha}/${path.split("/").map(encodeURIComponent).join("/")}#L${line}`;
}

async function comment(inputs: ActionInputs, event: ActionEvent, env: NodeJS.ProcessEnv, report: Report, sections: string[], link: ReturnType<typeof linker>): Promise<void> {
  const pr = event.pullRequest!;
  if (pr.fromFork) {
    core.info("Not commenting on the pull request: it comes from a fork, so the token is read-only. The annotations and the job summary carry the report.");
    return;
  }
  if (!inputs.token) {
    core.info('Not commenting on the pull request: no token (set the "token" input).');
    return;
  }
  const [owner, repo] = pr.repository.split("/") as [string, string];
  const octokit = createOctokit(inputs.token, env.GITHUB_API_URL ?? "https://api.github.com", core);
  const marker = commentMarker(env.GITHUB_WORKFLOW ?? "workflow", env.GITHUB_JOB ?? "job");
  const footer = `\n<sub>Checked ${pr.headSha.slice(0, 7)} with mova-registry ${report.tool.version}.</sub>\n`;
  let body = formatMarkdown(report, { maxFindings: COMMENT_FINDINGS, sections, ...(link ? { link } : {}) }) + footer;
  if (body.length > COMMENT_CHARS) {
    // Too long for a comment: the flow diagrams go first (they stay in the job summary), then sections, then findings.
    const plain = sections.filter((s) => !s.startsWith("#### Flow diagrams"));
    const note = plain.length < sections.length ? ["#### Flow diagrams\n\nLeft out of this comment for its length; see the job summary."] : [];
    body = formatMarkdown(report, { maxFindings: COMMENT_FINDINGS, sections: [...plain, ...note], ...(link ? { link } : {}) }) + footer;
    if (body.length > COMMENT_CHARS) body = formatMarkdown(report, { maxFindings: COMMENT_FINDINGS, sections: note, ...(link ? { link } : {}) }) + footer;
    if (body.length > COMMENT_CHARS) body = formatMarkdown(report, { maxFindings: 5, sections: [], ...(link ? { link } : {}) }).slice(0, COMMENT_CHARS) + footer;
  }
  try {
    const outcome = await upsertComment(octokit, { owner, repo, number: pr.number }, marker, body, report.findings.length > 0);
    core.info(outcome.action === "skipped" ? `Pull request comment: not written (${outcome.reason}).` : `Pull request comment ${outcome.action}: ${outcome.id}.`);
  } catch (error) {
    // GitHub failing must not hide the report: it is in the annotations, the summary and the outputs, and the check result stands.
    const status = (error as { status?: number }).status;
    const failure = describeFailure(error);
    const warning =
      (status === 403 || status === 404) && !isRateLimited(error)
        ? `Could not comment on the pull request (HTTP ${status}): the token lacks "pull-requests: write" (read-only tokens of fork and Dependabot pull requests never have it). ${failure}.`
        : `Could not comment on the pull request: ${failure}. The report is in the annotations and the job summary.`;
    core.warning(warning);
    await core.summary.addRaw(`\n> [!WARNING]\n> ${warning}\n`).write();
  }
}
