import { execFileSync, spawn } from "node:child_process";
import { PathIndex } from "../util/path-index.ts";
import { DEFAULT_LIMITS } from "../config/config.ts";
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
 * Blobs up to this size are read when a commit is opened; a larger one only
 * if a read's limit lets it through. The default limit: a commit holding a
 * file of gigabytes costs its size in a listing, not in memory.
 */
const READ_AHEAD_MAX = DEFAULT_LIMITS.maxFileBytes;

/** A file of a commit: its object, its size, and its bytes once read. */
interface Blob {
  object: string;
  size: number;
  content?: Buffer;
}

/**
 * A registry as it stands at a commit, read from git's object store without
 * touching the working tree: `ls-tree` lists it with each blob's size, one
 * `cat-file --batch` process reads every blob not too large to be read.
 */
export class GitSource implements RegistrySource {
  readonly label: string;
  readonly #repoDir: string;
  readonly #blobs: Map<string, Blob>;
  readonly #links: ReadonlySet<string>;

  private constructor(label: string, repoDir: string, blobs: Map<string, Blob>, links: ReadonlySet<string>) {
    this.label = label;
    this.#repoDir = repoDir;
    this.#blobs = blobs;
    this.#links = links;
  }

  /** `prefix` is the registry folder relative to the repository root ("" for the root). */
  static async open(repoDir: string, commit: string, prefix: string): Promise<GitSource> {
    const git = simpleGit(repoDir);
    const norm = prefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
    const listing = await git.raw(["ls-tree", "-r", "-z", "--full-tree", "--format=%(objectmode) %(objecttype) %(objectname) %(objectsize)\t%(path)", commit, ...(norm ? ["--", norm] : [])]);
    const blobs = new Map<string, Blob>();
    const links = new Set<string>();
    for (const line of listing.split("\0")) {
      const m = /^(\d+) blob ([0-9a-f]+) (\d+)\t(.*)$/.exec(line);
      if (!m) continue;
      const full = m[4]!;
      if (norm && !full.startsWith(norm + "/")) continue;
      const path = norm ? full.slice(norm.length + 1) : full;
      if (!path.endsWith(".json")) continue;
      if (m[1] === SYMLINK_MODE) links.add(path);
      blobs.set(path, { object: m[2]!, size: Number(m[3]) });
    }
    const ahead = [...blobs.values()].filter((b) => b.size <= READ_AHEAD_MAX);
    const contents = await catFileBatch(repoDir, ahead.map((b) => b.object));
    ahead.forEach((b, i) => (b.content = contents[i]!));
    return new GitSource(`${commit.slice(0, 7)}`, repoDir, blobs, links);
  }

  async list(patterns: readonly string[], ignore: readonly string[]): Promise<string[]> {
    return [...this.#blobs.keys()].filter(pathMatcher(patterns, ignore)).sort();
  }

  read(path: string, maxBytes?: number): Buffer | Error {
    const blob = this.#blobs.get(path);
    if (!blob) return new Error(`${path} is not in ${this.label}`);
    if (this.#links.has(path)) return symlinkRefusal(blob.content?.toString("utf8") ?? "a path too long to show");
    if (maxBytes !== undefined && blob.size > maxBytes) return tooLarge(blob.size, maxBytes);
    // Over the read-ahead size and under a limit the registry raised: read now.
    const content = blob.content ?? catFileBlob(this.#repoDir, blob.object, blob.size);
    if (content === OVER_LIMIT) return new Error(`cannot read ${path} from ${this.label}: it is larger than git listed it`);
    return content instanceof Error ? new Error(`cannot read ${path} from ${this.label}: ${content.message}`) : content;
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
  readonly #paths: ReadonlySet<string> | PathIndex;
  readonly #fetched = new Map<string, Blob>();

  /** `paths` as a PathIndex, when the caller has one of the commit's files: a set of 100,000 paths took 30 ms to build. */
  constructor(repoDir: string, commit: string, prefix: string, paths: Iterable<string> | PathIndex) {
    this.label = commit.slice(0, 7);
    this.#repoDir = repoDir;
    this.#commit = commit;
    this.#prefix = prefix.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
    this.#paths = paths instanceof PathIndex || paths instanceof Set ? paths : new Set(paths);
  }

  async list(): Promise<string[]> {
    return [...(this.#paths instanceof PathIndex ? this.#paths.paths : this.#paths)].sort();
  }

  #spec(path: string): string {
    return `${this.#commit}:${this.#prefix ? `${this.#prefix}/` : ""}${path}`;
  }

  /** Reads these files in one `git cat-file --batch`, ahead of the reads that will ask for them; of those too large to read ahead, only the size. */
  async prefetch(paths: Iterable<string>): Promise<void> {
    const wanted = [...new Set(paths)].filter((p) => this.#paths.has(p) && !this.#fetched.has(p));
    if (wanted.length === 0) return;
    const objects = wanted.map((p) => this.#spec(p));
    // Both git processes start now, the blobs' waiting for the sizes to name the blobs within the read limit (one over it is
    // never read): started only once the sizes had come, when this thread was free again, it kept a comparison waiting 55 ms.
    let name!: (chosen: string[]) => void;
    const blobs = catFileBatch(this.#repoDir, new Promise<string[]>((resolve) => (name = resolve)));
    blobs.catch(() => undefined);
    let sizes: number[] = [];
    try {
      sizes = await catFileSizes(this.#repoDir, objects);
    } finally {
      name(objects.filter((_, i) => sizes[i]! <= READ_AHEAD_MAX));
    }
    const contents = await blobs;
    let next = 0;
    wanted.forEach((p, i) => this.#fetched.set(p, { object: objects[i]!, size: sizes[i]!, ...(sizes[i]! <= READ_AHEAD_MAX ? { content: contents[next++]! } : {}) }));
  }

  read(path: string, maxBytes?: number): Buffer | Error {
    if (!this.#paths.has(path)) return new Error(`${path} is not in ${this.label}`);
    const spec = this.#spec(path);
    const fetched = this.#fetched.get(path);
    if (fetched && maxBytes !== undefined && fetched.size > maxBytes) return tooLarge(fetched.size, maxBytes);
    // Not read ahead: one git process, whose output is cut off past the limit; only then is the size asked for.
    const content = fetched?.content ?? catFileBlob(this.#repoDir, spec, maxBytes);
    if (content === OVER_LIMIT) {
      const size = Number(execFileSync("git", ["cat-file", "-s", spec], { cwd: this.#repoDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim());
      return tooLarge(size, maxBytes!);
    }
    return content instanceof Error ? new Error(`cannot read ${path} from ${this.label}: ${content.message}`) : content;
  }

  exists(path: string): boolean {
    return this.#paths.has(path);
  }
}

/** What catFileBlob gives for a blob larger than the limit it was given. */
const OVER_LIMIT = Symbol("over the limit");

/** One blob's bytes, or why git could not give them; OVER_LIMIT, unread past `maxBytes`, for a larger one. */
function catFileBlob(repoDir: string, object: string, maxBytes = 2 ** 31 - 1): Buffer | Error | typeof OVER_LIMIT {
  try {
    return execFileSync("git", ["cat-file", "blob", object], { cwd: repoDir, maxBuffer: maxBytes, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOBUFS") return OVER_LIMIT;
    return new Error((error as Error).message.split("\n")[0]);
  }
}

/**
 * Runs `git cat-file` in a batch mode over `objects`, handing its output to
 * `onData` as it comes. The process starts at once, even when the objects
 * are still to be named (a promise). Done as soon as `answered` says every
 * object's answer is in, rather than once git's exit is seen, some turns of
 * the event loop later: a thread busy with a check lets the loop turn
 * rarely, and the blobs' process waits for the sizes' answer to name its
 * blobs (at 100k a comparison waited 37–46 ms for git).
 */
function catFile(
  repoDir: string,
  mode: "--batch" | "--batch-check",
  objects: readonly string[] | Promise<readonly string[]>,
  onData: (chunk: Buffer) => void,
  answered: () => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", mode], { cwd: repoDir, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      onData(chunk);
      if (answered()) resolve();
    });
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`git cat-file failed: ${stderr.trim()}`))));
    // A pipe git closed first (it failed to start) is reported by "close" above, not thrown here.
    child.stdin.on("error", () => undefined);
    void Promise.resolve(objects).then((list) => child.stdin.end(list.length > 0 ? list.join("\n") + "\n" : ""));
  });
}

/** The size a `git cat-file` header line gives ("<object> <type> <size>"). */
function headerSize(line: string): number {
  const size = Number(/^[0-9a-f]+ \w+ (\d+)$/.exec(line)?.[1]);
  if (!Number.isFinite(size)) throw new Error(`unexpected git cat-file output: ${line}`);
  return size;
}

/** The sizes of many objects through one `git cat-file --batch-check`, in order, without reading them. */
async function catFileSizes(repoDir: string, objects: string[]): Promise<number[]> {
  if (objects.length === 0) return [];
  const chunks: Buffer[] = [];
  let lines = 0;
  await catFile(
    repoDir,
    "--batch-check",
    objects,
    (c) => {
      chunks.push(c);
      for (let at = c.indexOf(10); at !== -1; at = c.indexOf(10, at + 1)) lines++;
    },
    () => lines >= objects.length,
  );
  return Buffer.concat(chunks).toString().split("\n").slice(0, objects.length).map(headerSize);
}

/**
 * Reads many blobs through one `git cat-file --batch`, in order. Each blob
 * is copied out of git's output as it arrives, into a buffer of its own size:
 * the output is never held whole (at 100,000 documents, 70 MB twice over).
 * `objects` may still be to be named (a promise): git starts meanwhile.
 */
async function catFileBatch(repoDir: string, objects: readonly string[] | Promise<readonly string[]>): Promise<Buffer[]> {
  if (Array.isArray(objects) && objects.length === 0) return [];
  const blobs: Buffer[] = [];
  let header = Buffer.alloc(0);
  let blob: Buffer | undefined;
  let filled = 0;
  // The newline git writes after each blob's content is still to be skipped.
  let separator = false;
  let failed: unknown;
  // How many blobs were named, once they are.
  let expected = Array.isArray(objects) ? objects.length : undefined;
  void Promise.resolve(objects).then((list) => (expected = list.length), () => undefined);
  const answered = () => failed !== undefined || (blob === undefined && blobs.length === expected);
  await catFile(repoDir, "--batch", objects, (chunk) => {
    let at = 0;
    while (at < chunk.length && failed === undefined) {
      if (separator) {
        separator = false;
        at++;
      } else if (blob) {
        const n = Math.min(blob.length - filled, chunk.length - at);
        chunk.copy(blob, filled, at, at + n);
        filled += n;
        at += n;
        if (filled === blob.length) {
          blobs.push(blob);
          blob = undefined;
          separator = true;
        }
      } else {
        const eol = chunk.indexOf(10, at);
        header = Buffer.concat([header, chunk.subarray(at, eol === -1 ? chunk.length : eol)]);
        if (eol === -1) break;
        at = eol + 1;
        try {
          blob = Buffer.allocUnsafe(headerSize(header.toString()));
        } catch (error) {
          failed = error;
        }
        header = Buffer.alloc(0);
        filled = 0;
        if (blob?.length === 0) {
          blobs.push(blob);
          blob = undefined;
          separator = true;
        }
      }
    }
  }, answered);
  const named = await objects;
  if (failed !== undefined) throw failed;
  if (blobs.length !== named.length) throw new Error(`git cat-file gave ${blobs.length} of ${named.length} objects`);
  return blobs;
}
