import { execFileSync, spawn } from "node:child_process";
import { pathMatcher } from "../registry/discover.ts";
import { simpleGit } from "simple-git";
import { InputRefused, tooLarge } from "./refusal.ts";
import type { RegistrySource } from "./source.ts";

/** git's file mode of a symbolic link: its blob is the link's target, never followed. */
const SYMLINK_MODE = "120000";

function symlinkRefusal(target: string): InputRefused {
  return new InputRefused("input/symlink", `the file is a symbolic link (to "${target}"); links are never followed, so it is not read`, "commit the file itself instead of a link to it, or exclude it in mova.registry.json");
}

/**
 * A registry as it stands at a commit, read from git's object store without
 * touching the working tree: `ls-tree` lists it, one `cat-file --batch`
 * process reads every blob.
 */
export class GitSource implements RegistrySource {
  readonly label: string;
  readonly #blobs: Map<string, Buffer>;
  readonly #links: ReadonlySet<string>;

  private constructor(label: string, blobs: Map<string, Buffer>, links: ReadonlySet<string>) {
    this.label = label;
    this.#blobs = blobs;
    this.#links = links;
  }

  /** `prefix` is the registry folder relative to the repository root ("" for the root). */
  static async open(repoDir: string, commit: string, prefix: string): Promise<GitSource> {
    const git = simpleGit(repoDir);
    const norm = prefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
    const listing = await git.raw(["ls-tree", "-r", "-z", "--full-tree", "--format=%(objectmode) %(objecttype) %(objectname)\t%(path)", commit, ...(norm ? ["--", norm] : [])]);
    const entries: Array<{ path: string; object: string }> = [];
    const links = new Set<string>();
    for (const line of listing.split("\0")) {
      const m = /^(\d+) blob ([0-9a-f]+)\t(.*)$/.exec(line);
      if (!m) continue;
      const full = m[3]!;
      if (norm && !full.startsWith(norm + "/")) continue;
      const path = norm ? full.slice(norm.length + 1) : full;
      if (!path.endsWith(".json")) continue;
      if (m[1] === SYMLINK_MODE) links.add(path);
      entries.push({ path, object: m[2]! });
    }
    const contents = await catFileBatch(repoDir, entries.map((e) => e.object));
    const blobs = new Map(entries.map((e, i) => [e.path, contents[i]!]));
    return new GitSource(`${commit.slice(0, 7)}`, blobs, links);
  }

  async list(patterns: readonly string[], ignore: readonly string[]): Promise<string[]> {
    return [...this.#blobs.keys()].filter(pathMatcher(patterns, ignore)).sort();
  }

  read(path: string, maxBytes?: number): Buffer | Error {
    const blob = this.#blobs.get(path);
    if (!blob) return new Error(`${path} is not in ${this.label}`);
    if (this.#links.has(path)) return symlinkRefusal(blob.toString("utf8"));
    if (maxBytes !== undefined && blob.length > maxBytes) return tooLarge(blob.length, maxBytes);
    return blob;
  }

  exists(path: string): boolean {
    return this.#blobs.has(path);
  }
}

/**
 * A commit's files read one at a time as they are asked for: what an
 * incremental check needs of its base, where only the few files a change
 * touches are ever opened.
 */
export class LazyGitSource implements RegistrySource {
  readonly label: string;
  readonly #repoDir: string;
  readonly #commit: string;
  readonly #prefix: string;
  readonly #paths: ReadonlySet<string>;
  readonly #fetched = new Map<string, Buffer>();

  constructor(repoDir: string, commit: string, prefix: string, paths: Iterable<string>) {
    this.label = commit.slice(0, 7);
    this.#repoDir = repoDir;
    this.#commit = commit;
    this.#prefix = prefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
    this.#paths = new Set(paths);
  }

  async list(): Promise<string[]> {
    return [...this.#paths].sort();
  }

  #spec(path: string): string {
    return `${this.#commit}:${this.#prefix ? `${this.#prefix}/` : ""}${path}`;
  }

  /** Reads these files in one `git cat-file --batch`, ahead of the reads that will ask for them. */
  async prefetch(paths: Iterable<string>): Promise<void> {
    const wanted = [...paths].filter((p) => this.#paths.has(p) && !this.#fetched.has(p));
    const blobs = await catFileBatch(this.#repoDir, wanted.map((p) => this.#spec(p)));
    wanted.forEach((p, i) => this.#fetched.set(p, blobs[i]!));
  }

  read(path: string, maxBytes?: number): Buffer | Error {
    if (!this.#paths.has(path)) return new Error(`${path} is not in ${this.label}`);
    const fetched = this.#fetched.get(path);
    if (fetched) return maxBytes !== undefined && fetched.length > maxBytes ? tooLarge(fetched.length, maxBytes) : fetched;
    try {
      const blob = execFileSync("git", ["cat-file", "blob", this.#spec(path)], { cwd: this.#repoDir, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
      return maxBytes !== undefined && blob.length > maxBytes ? tooLarge(blob.length, maxBytes) : blob;
    } catch (error) {
      return new Error(`cannot read ${path} from ${this.label}: ${(error as Error).message.split("\n")[0]}`);
    }
  }

  exists(path: string): boolean {
    return this.#paths.has(path);
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
