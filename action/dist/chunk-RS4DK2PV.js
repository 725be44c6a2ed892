import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  commentMarker,
  createOctokit,
  describeFailure,
  isRateLimited,
  readLeases,
  upsertComment
} from "./chunk-IUKYWRQU.js";
import "./chunk-KIZME62W.js";
import "./chunk-OCAEJDYP.js";
import {
  formatSarif,
  pullRequestSections
} from "./chunk-Q4XSX4ZN.js";
import "./chunk-RNZKPHQY.js";
import {
  failingFindings
} from "./chunk-EYAG2L7U.js";
import {
  ANNOTATION_LIMIT,
  SUMMARY_FINDINGS,
  selectAnnotations,
  toAnnotation
} from "./chunk-G5GQNRQY.js";
import "./chunk-AHXYTZMS.js";
import {
  core_exports,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-7CZZ5X53.js";
import {
  formatText
} from "./chunk-AF653DU4.js";
import {
  buildReport,
  formatJson,
  formatMarkdown
} from "./chunk-G65C4UKC.js";
import "./chunk-7NFW6BCK.js";
import {
  locateRepo
} from "./chunk-F5S4Y6IV.js";
import "./chunk-UGMGZRCV.js";
import {
  guard
} from "./chunk-U43Y77IC.js";
import "./chunk-M53WTELD.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-DEQPY4IZ.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-WBKPGEYU.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";

// action/src/guard-mode.ts
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
var COMMENT_FINDINGS = 30;
var COMMENT_CHARS = 65536 - 1e3;
async function runGuard(inputs, event, env) {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const base = inputs.base ?? event.pullRequest?.baseSha;
  const root = resolve(workspace, inputs.path);
  const leaseFile = base ? await locateRepo(root).then(({ repoDir }) => readLeases(repoDir)).catch(() => void 0) : void 0;
  const result = await guard(root, {
    ...inputs.release ? { release: inputs.release } : {},
    // With a base, the summary diffs the catalog with the base's.
    ...base ? { base, catalogFacts: true } : {},
    // actions/checkout leaves HEAD as it is: the pull request is its commits.
    ...inputs.cacheDir ? { cacheDir: resolve(workspace, inputs.cacheDir), committedOnly: true } : {},
    ...leaseFile ? { leases: { file: leaseFile, ...event.pullRequest ? { ownBranch: event.pullRequest.headRef } : {} } } : {}
  });
  const report = buildReport(result, inputs.path);
  if (inputs.failOn === "new" && !report.base) warning('fail-on "new" needs a base to compare with (a pull_request event or the "base" input); every error counts as new');
  info(formatText(report, { color: false }));
  const { shown, omitted } = selectAnnotations(report.findings);
  for (const finding of shown) {
    const a = toAnnotation(finding, inputs.path);
    core_exports[a.level](a.message, a.properties);
  }
  const temp = env.RUNNER_TEMP ?? workspace;
  const reportPath = join(temp, "mova-registry-report.json");
  const sarifPath = join(temp, "mova-registry.sarif");
  writeFileSync(reportPath, formatJson(report));
  writeFileSync(sarifPath, formatSarif(report));
  const { sections, catalogDiffText } = pullRequestSections(result, env.GITHUB_REPOSITORY ?? inputs.path);
  if (catalogDiffText) info(catalogDiffText);
  const link = linker(env, event);
  const omittedNote = omitted > 0 ? `
${omitted} more finding(s) are not annotated (GitHub shows ${ANNOTATION_LIMIT} per level and step); all are listed here and in the SARIF report.
` : "";
  await summary.addRaw(formatMarkdown(report, { maxFindings: SUMMARY_FINDINGS, sections, ...link ? { link } : {} }) + omittedNote).write();
  setOutput("errors", report.summary.errors);
  setOutput("warnings", report.summary.warnings);
  setOutput("new", report.base?.newFindings ?? "");
  setOutput("report-path", reportPath);
  setOutput("sarif-path", sarifPath);
  if (event.pullRequest && inputs.comment) await comment(inputs, event, env, report, sections, link);
  const failing = failingFindings(report.findings, inputs.failOn);
  if (result.configBroken) setFailed("mova.registry.json has errors; fix the configuration first");
  else if (failing.length > 0) setFailed(`${failing.length} finding(s) fail this check (fail-on: ${inputs.failOn}) in the MOVA registry at ${inputs.path}`);
}
function linker(env, event) {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const repo = env.GITHUB_REPOSITORY;
  const sha = event.pullRequest?.headSha ?? env.GITHUB_SHA;
  if (!repo || !sha) return void 0;
  return (path, line) => `${server}/${repo}/blob/${sha}/${path.split("/").map(encodeURIComponent).join("/")}#L${line}`;
}
async function comment(inputs, event, env, report, sections, link) {
  const pr = event.pullRequest;
  if (pr.fromFork) {
    info("Not commenting on the pull request: it comes from a fork, so the token is read-only. The annotations and the job summary carry the report.");
    return;
  }
  if (!inputs.token) {
    info('Not commenting on the pull request: no token (set the "token" input).');
    return;
  }
  const [owner, repo] = pr.repository.split("/");
  const octokit = createOctokit(inputs.token, env.GITHUB_API_URL ?? "https://api.github.com", core_exports);
  const marker = commentMarker(env.GITHUB_WORKFLOW ?? "workflow", env.GITHUB_JOB ?? "job");
  const footer = `
<sub>Checked ${pr.headSha.slice(0, 7)} with mova-registry ${report.tool.version}.</sub>
`;
  let body = formatMarkdown(report, { maxFindings: COMMENT_FINDINGS, sections, ...link ? { link } : {} }) + footer;
  if (body.length > COMMENT_CHARS) {
    const plain = sections.filter((s) => !s.startsWith("#### Flow diagrams"));
    const note = plain.length < sections.length ? ["#### Flow diagrams\n\nLeft out of this comment for its length; see the job summary."] : [];
    body = formatMarkdown(report, { maxFindings: COMMENT_FINDINGS, sections: [...plain, ...note], ...link ? { link } : {} }) + footer;
    if (body.length > COMMENT_CHARS) body = formatMarkdown(report, { maxFindings: COMMENT_FINDINGS, sections: note, ...link ? { link } : {} }) + footer;
    if (body.length > COMMENT_CHARS) body = formatMarkdown(report, { maxFindings: 5, sections: [], ...link ? { link } : {} }).slice(0, COMMENT_CHARS) + footer;
  }
  try {
    const outcome = await upsertComment(octokit, { owner, repo, number: pr.number }, marker, body, report.findings.length > 0);
    info(outcome.action === "skipped" ? `Pull request comment: not written (${outcome.reason}).` : `Pull request comment ${outcome.action}: ${outcome.id}.`);
  } catch (error) {
    const status = error.status;
    const failure = describeFailure(error);
    const warning2 = (status === 403 || status === 404) && !isRateLimited(error) ? `Could not comment on the pull request (HTTP ${status}): the token lacks "pull-requests: write" (read-only tokens of fork and Dependabot pull requests never have it). ${failure}.` : `Could not comment on the pull request: ${failure}. The report is in the annotations and the job summary.`;
    warning(warning2);
    await summary.addRaw(`
> [!WARNING]
> ${warning2}
`).write();
  }
}
export {
  runGuard
};
