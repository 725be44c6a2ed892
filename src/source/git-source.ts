import { spawn } from "node:child_process";
import picomatch from "picomatch";
import { simpleGit } from "simple-git";
import type { RegistrySource } from "./source.ts";

/**
 * A registry as it stands at a commit, read from git's object store without
 * touching the working tree: `ls-tree` lists it, one `cat-file --batch`
 * process reads every blob.
 */
export class GitSource implements RegistrySource {
  readonly label: string;
  readonly #blobs: Map<string, Buffer>;

  private constructor(label: string, blobs: Map<string, Buffer>) {
    this.label = label;
    this.#blobs = blobs;
  }

  /** `prefix` is the registry folder relative to the repository root ("" for the root). */
  static async open(repoDir: string, commit: string, prefix: string): Promise<GitSource> {
    const git = simpleGit(repoDir);
    const norm = prefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
    const listing = await git.raw(["ls-tree", "-r", "-z", "--full-tree", "--format=%(objecttype) %(objectname)\t%(path)", commit, ...(norm ? ["--", norm] : [])]);
    const entries: Array<{ path: string; object: string }> = [];
    for (const line of listing.split("\0")) {
      const m = /^blob ([0-9a-f]+)\t(.*)$/.exec(line);
      if (!m) continue;
      const full = m[2]!;
      if (norm && !full.startsWith(norm + "/")) continue;
      const path = norm ? full.slice(norm.length + 1) : full;
      if (path.endsWith(".json")) entries.push({ path, object: m[1]! });
    }
    const contents = await catFileBatch(repoDir, entries.map((e) => e.object));
    const blobs = new Map(entries.map((e, i) => [e.path, contents[i]!]));
    return new GitSource(`${commit.slice(0, 7)}`, blobs);
  }

  async list(patterns: readonly string[], ignore: readonly string[]): Promise<string[]> {
    const isMatch = picomatch([...patterns], { dot: false });
    const isIgnored = ignore.length ? picomatch([...ignore], { dot: true }) : () => false;
    // fast-glob never descends into dot-folders; neither do we.
    const hidden = (p: string) => p.split("/").some((seg) => seg.startsWith("."));
    return [...this.#blobs.keys()].filter((p) => isMatch(p) && !isIgnored(p) && !hidden(p)).sort();
  }

  read(path: string): Buffer | Error {
    return this.#blobs.get(path) ?? new Error(`${path} is not in ${this.label}`);
  }

  exists(path: string): boolean {
    return this.#blobs.has(path);
  }
}

/** Reads many blobs through one `git cat-file --batch`, in order. */
function catFileBatch(repoDir: string, objects: string[]): Promise<Buffer[]> {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: repoDir, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const out = Buffer.concat(chunks);
      const blobs: Buffer[] = [];
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
