import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CATALOG_FILES
} from "./chunk-G65C4UKC.js";
import {
  wo
} from "./chunk-F5S4Y6IV.js";

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
  ACTIONS_BOT,
  commitToBranch,
  publishToBranch
};
