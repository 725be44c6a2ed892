import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  wo
} from "./chunk-L6YZGQIE.js";
import {
  InputRefused,
  pathMatcher,
  tooLarge
} from "./chunk-JFYR2ZYG.js";

// src/source/git-source.ts
import { execFileSync, spawn } from "node:child_process";
var SYMLINK_MODE = "120000";
function symlinkRefusal(target) {
  return new InputRefused("input/symlink", `the file is a symbolic link (to "${target}"); links are never followed, so it is not read`, "commit the file itself instead of a link to it, or exclude it in mova.registry.json");
}
var GitSource = class _GitSource {
  label;
  #blobs;
  #links;
  constructor(label, blobs, links) {
    this.label = label;
    this.#blobs = blobs;
    this.#links = links;
  }
  /** `prefix` is the registry folder relative to the repository root ("" for the root). */
  static async open(repoDir, commit, prefix) {
    const git = wo(repoDir);
    const norm = prefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
    const listing = await git.raw(["ls-tree", "-r", "-z", "--full-tree", "--format=%(objectmode) %(objecttype) %(objectname)	%(path)", commit, ...norm ? ["--", norm] : []]);
    const entries = [];
    const links = /* @__PURE__ */ new Set();
    for (const line of listing.split("\0")) {
      const m = /^(\d+) blob ([0-9a-f]+)\t(.*)$/.exec(line);
      if (!m) continue;
      const full = m[3];
      if (norm && !full.startsWith(norm + "/")) continue;
      const path = norm ? full.slice(norm.length + 1) : full;
      if (!path.endsWith(".json")) continue;
      if (m[1] === SYMLINK_MODE) links.add(path);
      entries.push({ path, object: m[2] });
    }
    const contents = await catFileBatch(repoDir, entries.map((e) => e.object));
    const blobs = new Map(entries.map((e, i) => [e.path, contents[i]]));
    return new _GitSource(`${commit.slice(0, 7)}`, blobs, links);
  }
  async list(patterns, ignore) {
    return [...this.#blobs.keys()].filter(pathMatcher(patterns, ignore)).sort();
  }
  read(path, maxBytes) {
    const blob = this.#blobs.get(path);
    if (!blob) return new Error(`${path} is not in ${this.label}`);
    if (this.#links.has(path)) return symlinkRefusal(blob.toString("utf8"));
    if (maxBytes !== void 0 && blob.length > maxBytes) return tooLarge(blob.length, maxBytes);
    return blob;
  }
  exists(path) {
    return this.#blobs.has(path);
  }
};
var LazyGitSource = class {
  label;
  #repoDir;
  #commit;
  #prefix;
  #paths;
  #fetched = /* @__PURE__ */ new Map();
  constructor(repoDir, commit, prefix, paths) {
    this.label = commit.slice(0, 7);
    this.#repoDir = repoDir;
    this.#commit = commit;
    this.#prefix = prefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
    this.#paths = new Set(paths);
  }
  async list() {
    return [...this.#paths].sort();
  }
  #spec(path) {
    return `${this.#commit}:${this.#prefix ? `${this.#prefix}/` : ""}${path}`;
  }
  /** Reads these files in one `git cat-file --batch`, ahead of the reads that will ask for them. */
  async prefetch(paths) {
    const wanted = [...paths].filter((p) => this.#paths.has(p) && !this.#fetched.has(p));
    const blobs = await catFileBatch(this.#repoDir, wanted.map((p) => this.#spec(p)));
    wanted.forEach((p, i) => this.#fetched.set(p, blobs[i]));
  }
  read(path, maxBytes) {
    if (!this.#paths.has(path)) return new Error(`${path} is not in ${this.label}`);
    const fetched = this.#fetched.get(path);
    if (fetched) return maxBytes !== void 0 && fetched.length > maxBytes ? tooLarge(fetched.length, maxBytes) : fetched;
    try {
      const blob = execFileSync("git", ["cat-file", "blob", this.#spec(path)], { cwd: this.#repoDir, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
      return maxBytes !== void 0 && blob.length > maxBytes ? tooLarge(blob.length, maxBytes) : blob;
    } catch (error) {
      return new Error(`cannot read ${path} from ${this.label}: ${error.message.split("\n")[0]}`);
    }
  }
  exists(path) {
    return this.#paths.has(path);
  }
};
function catFileBatch(repoDir, objects) {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: repoDir, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => stderr += c.toString());
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const out = Buffer.concat(chunks);
      const blobs = [];
      let at = 0;
      for (let i = 0; i < objects.length; i++) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString();
        const size = Number(/^[0-9a-f]+ \w+ (\d+)$/.exec(header)?.[1]);
        if (!Number.isFinite(size)) return reject(new Error(`unexpected git cat-file output: ${header}`));
        blobs.push(out.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(objects.join("\n") + "\n");
  });
}

export {
  GitSource,
  LazyGitSource
};
