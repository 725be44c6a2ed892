import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  commentMarker,
  createOctokit,
  describeFailure,
  flowDiagramsSection,
  isRateLimited,
  readLeases,
  upsertComment
} from "./chunk-DCRQMJ4A.js";
import "./chunk-KIZME62W.js";
import {
  failingFindings
} from "./chunk-U3DMQUML.js";
import {
  ANNOTATION_LIMIT,
  SUMMARY_FINDINGS,
  formatText,
  selectAnnotations,
  toAnnotation
} from "./chunk-75VL2IBS.js";
import {
  CatalogReads,
  buildCatalog,
  buildReport,
  compareIndexKeys,
  displayPath,
  formatJson,
  formatMarkdown
} from "./chunk-LH4HCFPS.js";
import {
  core_exports,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-7CZZ5X53.js";
import {
  compareWithBase,
  findingKey,
  guard
} from "./chunk-QC32CDK4.js";
import {
  locateRepo
} from "./chunk-L6YZGQIE.js";
import "./chunk-UGMGZRCV.js";
import {
  ALL_RULE_METAS,
  canonicalJson,
  printable,
  sha256
} from "./chunk-JFYR2ZYG.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-HEL74Q4S.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";

// action/src/guard-mode.ts
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/catalog/diff.ts
function catalogEntries(build) {
  const out = /* @__PURE__ */ new Map();
  for (const section of ["data_types", "verbs", "envelopes", "episode_types"])
    for (const item of build.catalog[section] ?? []) out.set(`${section} ${String(item.id)}`, { section, id: String(item.id), content: canonicalJson(item) });
  return out;
}
function indexEntry(build, i) {
  const e = build.index.entries[i];
  return { section: String(e.kind), id: String(e.id), content: build.entryTexts[i] ?? canonicalJson(e) };
}
function diffCatalogs(base, head, evolutions = []) {
  const changes = [];
  const compare = (e, old) => {
    if (!old) changes.push({ section: e.section, id: e.id, change: "added", breaking: false });
    else if (old.content !== e.content) {
      const evolution = evolutions.find((x) => x.id === e.id);
      const breaking = evolution !== void 0 && evolution.breaking.length > 0 && !evolution.accepted;
      const note = evolution ? evolution.breaking.length > 0 ? `${evolution.accepted ? "accepted " : ""}breaking under ${evolution.mode}: ${evolution.breaking[0].message}${evolution.breaking.length > 1 ? ` (+${evolution.breaking.length - 1} more)` : ""}` : `compatible under ${evolution.mode}` : void 0;
      changes.push({ section: e.section, id: e.id, change: "changed", breaking, ...note ? { note } : {} });
    }
  };
  const removed = (e) => changes.push({ section: e.section, id: e.id, change: "removed", breaking: true, note: "consumers of the catalog lose it" });
  const before = catalogEntries(base);
  const after = catalogEntries(head);
  for (const [key, e] of after) compare(e, before.get(key));
  for (const [key, e] of before) if (!after.has(key)) removed(e);
  const a = base.index.entries;
  const b = head.index.entries;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    while (i + 1 < a.length && compareIndexKeys(a[i], a[i + 1]) === 0) i++;
    while (j + 1 < b.length && compareIndexKeys(b[j], b[j + 1]) === 0) j++;
    const order2 = i >= a.length ? 1 : j >= b.length ? -1 : compareIndexKeys(a[i], b[j]);
    if (order2 < 0) removed(indexEntry(base, i++));
    else if (order2 > 0) compare(indexEntry(head, j++), void 0);
    else {
      if (base.entryTexts[i] === void 0 || base.entryTexts[i] !== head.entryTexts[j]) compare(indexEntry(head, j), indexEntry(base, i));
      i++;
      j++;
    }
  }
  const order = ["data_types", "envelopes", "episode_types", "verbs", "contract", "connector", "runtime", "instruction_profile"];
  changes.sort((a2, b2) => order.indexOf(a2.section) - order.indexOf(b2.section) || (a2.id < b2.id ? -1 : a2.id > b2.id ? 1 : 0));
  return { baseDigest: base.digest, headDigest: head.digest, changes };
}
function formatCatalogDiffText(diff) {
  if (diff.changes.length === 0) return `The catalog does not change (digest ${diff.headDigest}).
`;
  const lines = [`Catalog changes (${diff.baseDigest.slice(0, 19)} \u2192 ${diff.headDigest.slice(0, 19)}):`];
  for (const c of diff.changes) lines.push(`  ${c.change.padEnd(7)} ${c.section.padEnd(19)} ${c.id}${c.breaking ? " (breaking)" : ""}${c.note ? `: ${c.note}` : ""}`);
  const breaking = diff.changes.filter((c) => c.breaking).length;
  lines.push(`${diff.changes.length} change(s), ${breaking} breaking`);
  return lines.join("\n") + "\n";
}
function formatCatalogDiffMarkdown(diff) {
  if (diff.changes.length === 0) return "#### Catalog\n\nThe published catalog does not change.";
  const esc = (s) => s.replace(/\|/g, "\\|").replace(/</g, "&lt;");
  const rows = diff.changes.map((c) => `| ${c.change}${c.breaking ? " **(breaking)**" : ""} | ${c.section} | \`${c.id}\` | ${c.note ? esc(c.note) : ""} |`);
  return [`#### Catalog`, "", `What merging this changes in the published catalog (digest \`${diff.headDigest.slice(7, 19)}\`):`, "", "| Change | Section | Entry | |", "|---|---|---|---|", ...rows].join("\n");
}

// src/catalog/compare.ts
function catalogDiffOf(base, head, options, evolutions = compareWithBase(base, head).schemas) {
  const { source: _ignored, ...rest } = options;
  const reads = new CatalogReads();
  return diffCatalogs(buildCatalog(base.registry, rest, reads), buildCatalog(head.registry, rest, reads), evolutions);
}

// src/report/pr-sections.ts
function pullRequestSections(result, registryName) {
  const sections = [];
  let catalogDiffText;
  if (result.base) {
    const diff = catalogDiffOf(result.base.result, result, { registryName }, result.base.comparison.schemas);
    sections.push(formatCatalogDiffMarkdown(diff));
    catalogDiffText = formatCatalogDiffText(diff);
  }
  const diagrams = flowDiagramsSection(result);
  if (diagrams) sections.push(diagrams);
  return { sections, ...catalogDiffText !== void 0 ? { catalogDiffText } : {} };
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var REPOSITORY_URL = "https://github.com/mova-registry/mova-registry";
function formatSarif(report) {
  const rules = ALL_RULE_METAS.map((m) => ({
    id: m.id,
    name: m.id.replace(/(^|[/-])(\w)/g, (_, _sep, c) => c.toUpperCase()),
    shortDescription: { text: m.description },
    helpUri: m.docs,
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ["mova", m.id.split("/")[0]] }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${printable(f.message)}
${printable(f.hint)}` : printable(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: printable(displayPath(report.registry, f.file)) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    // Stable across line moves, so code scanning tracks a finding from commit to commit.
    partialFingerprints: { "movaFinding/v1": sha256(findingKey(f)).slice(0, 32) },
    ...f.baseline ? { baselineState: f.baseline === "new" ? "new" : "unchanged" } : {}
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: REPOSITORY_URL, rules } }, results }]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

// action/src/guard-mode.ts
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
