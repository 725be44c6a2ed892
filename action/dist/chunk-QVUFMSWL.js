import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CATALOG_FILES,
  displayPath,
  printable,
  wo
} from "./chunk-ZXNJYA5R.js";
import {
  KIND_LABEL
} from "./chunk-R3DY6RUR.js";

// src/report/markdown.ts
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function cell(text) {
  return text.split(/\r?\n/).map((line) => printable(line).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|")).join("<br>");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function headline(report) {
  const s = report.summary;
  if (s.errors + s.warnings + s.notices === 0) return "\u2705 MOVA registry: all clear";
  const parts = [plural(s.errors, "error"), plural(s.warnings, "warning"), ...s.notices ? [plural(s.notices, "notice")] : []];
  return `${s.errors ? "\u274C" : "\u26A0\uFE0F"} MOVA registry: ${parts.join(", ")}`;
}
function findingRow(report, f, options) {
  const path = displayPath(report.registry, f.file);
  const where = options.link ? `[${cell(path)}:${f.line}](${options.link(path, f.line)})` : `\`${cell(path)}:${f.line}\``;
  const isNew = f.baseline === "new" ? " \u{1F195}" : "";
  return `| ${ICON[f.severity]}${isNew} | ${where} | \`${f.rule}\` | ${cell(f.message)}${f.hint ? `<br>\u2192 ${cell(f.hint)}` : ""} |`;
}
function formatMarkdown(report, options) {
  const lines = [`### ${headline(report)}`, ""];
  const where = report.registry === "." ? "the repository root" : `\`${report.registry}/\``;
  const base = report.base ? ` \xB7 compared with \`${report.base.ref}\` (${report.base.commit.slice(0, 7)}): ${plural(report.base.newFindings, "new finding")}` : "";
  lines.push(`${where} checked against MOVA ${report.release} \xB7 ${plural(report.summary.documents, "document")}${base}`, "");
  if (report.findings.length > 0) {
    lines.push("| | Where | Rule | Finding |", "|---|---|---|---|");
    for (const f of report.findings.slice(0, options.maxFindings)) lines.push(findingRow(report, f, options));
    const rest = report.findings.length - options.maxFindings;
    if (rest > 0) lines.push("", `\u2026and ${plural(rest, "more finding")}: see the job summary, the annotations or the SARIF report.`);
    lines.push("");
  }
  const impact = report.impact;
  if (impact && (impact.changes.length > 0 || impact.contracts.length > 0)) {
    lines.push("#### Impact", "");
    if (impact.changes.length > 0) {
      lines.push("| Change | Document | Kind |", "|---|---|---|");
      for (const c of impact.changes) lines.push(`| ${c.change}${c.breaking ? " **(breaking)**" : ""} | \`${cell(c.id ?? displayPath(report.registry, c.path))}\` | ${KIND_LABEL[c.kind]} |`);
      lines.push("");
    }
    if (impact.contracts.length > 0) {
      lines.push(`Contracts and flows this change touches (${impact.contracts.length}):`, "");
      for (const c of impact.contracts) lines.push(`- \`${c.id}\`${c.flow ? ` (flow \`${displayPath(report.registry, c.flow)}\`)` : ""}: ${c.because.map((b) => `\`${cell(b)}\``).join(", ")}`);
      lines.push("");
    } else lines.push("No contract is touched.", "");
  }
  for (const section of options.sections ?? []) lines.push(section, "");
  return lines.join("\n").replace(/\n+$/, "\n");
}

// src/catalog/publish-branch.ts
import { execFileSync } from "node:child_process";
var ACTIONS_BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
function plumbing(repoDir, args, input, env) {
  return execFileSync("git", args, { cwd: repoDir, input, encoding: "utf8", env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] }).trim();
}
var REJECTED = /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref/i;
function writeTree(repoDir, files) {
  const blobs = /* @__PURE__ */ new Map();
  const folders = /* @__PURE__ */ new Map();
  for (const name of Object.keys(files)) {
    const slash = name.indexOf("/");
    if (slash < 0) blobs.set(name, plumbing(repoDir, ["hash-object", "-w", "--stdin"], files[name]));
    else {
      const folder = name.slice(0, slash);
      const inner = folders.get(folder) ?? {};
      inner[name.slice(slash + 1)] = files[name];
      folders.set(folder, inner);
    }
  }
  const entries = [
    ...[...blobs].map(([name, id]) => ({ name, line: `100644 blob ${id}	${name}` })),
    ...[...folders].map(([name, inner]) => ({ name, line: `040000 tree ${writeTree(repoDir, inner)}	${name}` }))
  ].sort((a, b) => a.name < b.name ? -1 : 1);
  return plumbing(repoDir, ["mktree"], entries.map((e) => e.line).join("\n") + "\n");
}
async function commitToBranch(p) {
  const remote = p.remote ?? "origin";
  const git = wo(p.repoDir);
  const author = p.author ?? ACTIONS_BOT;
  const trackingRef = `refs/mova-registry/branches/${p.branch}`;
  const maxAttempts = p.maxAttempts ?? 5;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const listed = (await git.raw(["ls-remote", "--heads", remote, p.branch])).trim();
    let tip;
    if (listed) {
      await git.raw(["fetch", "--no-tags", "--quiet", remote, `+refs/heads/${p.branch}:${trackingRef}`]);
      tip = (await git.revparse([trackingRef])).trim();
    }
    const readTip = async (path) => tip ? await git.show([`${tip}:${path}`]).catch(() => void 0) : void 0;
    const files = await p.build(readTip);
    if (!files) return { changed: false, ...tip ? { commit: tip } : {}, attempts: attempt, reason: `${p.branch} needs no change` };
    const tree = writeTree(p.repoDir, files);
    const identity = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    const commit = plumbing(p.repoDir, ["commit-tree", tree, ...tip ? ["-p", tip] : [], "-m", p.message], void 0, identity);
    await p.beforePush?.(attempt);
    try {
      await git.raw(["push", "--quiet", remote, `${commit}:refs/heads/${p.branch}`]);
      return { changed: true, commit, attempts: attempt, reason: tip ? `pushed on top of ${tip.slice(0, 7)}` : `created ${p.branch}` };
    } catch (error) {
      if (!REJECTED.test(error.message)) throw error;
    }
  }
  throw new Error(`could not commit to ${p.branch}: ${maxAttempts} pushes in a row lost a race with other pushes`);
}
async function publishToBranch(p) {
  const outcome = await commitToBranch({
    repoDir: p.repoDir,
    ...p.remote ? { remote: p.remote } : {},
    branch: p.branch,
    message: p.message,
    ...p.author ? { author: p.author } : {},
    ...p.maxAttempts ? { maxAttempts: p.maxAttempts } : {},
    ...p.beforePush ? { beforePush: p.beforePush } : {},
    build: async (readTip) => {
      let tipDigest;
      try {
        tipDigest = JSON.parse(await readTip(CATALOG_FILES.index) ?? "{}").digest;
      } catch {
        tipDigest = void 0;
      }
      let siteSame = true;
      if (p.site) {
        try {
          siteSame = JSON.parse(await readTip(p.site.file) ?? "{}").digest === p.site.digest;
        } catch {
          siteSame = false;
        }
      }
      return tipDigest === p.digest && siteSame ? void 0 : p.files;
    }
  });
  return outcome.changed ? outcome : { ...outcome, reason: `${p.branch} already holds digest ${p.digest}${p.site ? " and this site" : ""}` };
}

export {
  formatMarkdown,
  ACTIONS_BOT,
  commitToBranch,
  publishToBranch
};
