import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  locateRepo,
  wo
} from "./chunk-F5S4Y6IV.js";

// src/catalog/source-info.ts
async function sourceInfo(registryRoot) {
  try {
    const { repoDir, prefix } = await locateRepo(registryRoot);
    const git = wo(repoDir);
    const dirty = (await git.raw(["status", "--porcelain", "--untracked-files=all", "--", prefix || "."])).trim();
    if (dirty) return void 0;
    const [commit, committed_at] = (await git.raw(["log", "-1", "--format=%H%n%cI"])).trim().split("\n");
    return commit && committed_at ? { commit, committed_at: new Date(committed_at).toISOString().replace(/\.000Z$/, "Z") } : void 0;
  } catch {
    return void 0;
  }
}

export {
  sourceInfo
};
