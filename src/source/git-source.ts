import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
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
    // Listed with their sizes: none over the limit, unless a blob changed under its name.
    const reads = await catFileWithin(repoDir, ahead.map((b) => b.object), READ_AHEAD_MAX);
    ahead.forEach((b, i) => (b.content = reads[i]!.content));
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
  /** The git process the first prefetch reads with, started ahead by the caller. */
  #started: CatFileBatch | undefined;

  /**
   * `paths` as a PathIndex, when the caller has one of the commit's files: a
   * set of 100,000 paths took 30 ms to build. `started`: a process for the
   * first prefetch, which ends it even with nothing to read.
   */
  constructor(repoDir: string, commit: string, prefix: string, paths: Iterable<string> | PathIndex, started?: CatFileBatch) {
    this.#started = started;
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

  /**
   * Reads these files in one `git cat-file --batch` (the one `started`
   * ahead, the first time), ahead of the reads that will ask for them; of
   * those too large to read ahead, only the size.
   */
  async prefetch(paths: Iterable<string>): Promise<void> {
    const started = this.#started;
    this.#started = undefined;
    const wanted = [...new Set(paths)].filter((p) => this.#paths.has(p) && !this.#fetched.has(p));
    const objects = wanted.map((p) => this.#spec(p));
    const reads = await catFileWithin(this.#repoDir, objects, READ_AHEAD_MAX, started);
    wanted.forEach((p, i) => this.#fetched.set(p, { object: objects[i]!, ...reads[i]! }));
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

/** The size a `git cat-file` header line gives ("<object> <type> <size>"). */
function headerSize(line: string): number {
  const size = Number(/^[0-9a-f]+ \w+ (\d+)$/.exec(line)?.[1]);
  if (!Number.isFinite(size)) throw new Error(`unexpected git cat-file output: ${line}`);
  return size;
}

/** An object's size, and its bytes when they are within the limit it was read with. */
interface BlobRead {
  size: number;
  content?: Buffer;
}

/** How a git process ended: its exit code, or the error that kept it from starting. */
interface Ended {
  code: number | null;
  error?: Error;
}

/**
 * One `git cat-file --batch` process, spawned when made and told later
 * which objects to read (`read`, once). Spawning copies this process's page
 * tables and blocks its thread until git has started: 5 ms for a small
 * process, 12 ms for one holding a pull request's cache (profiles at 100k),
 * so a caller that will read from git starts it before it grows. A process
 * never read from is ended by `close`.
 */
export class CatFileBatch {
  readonly #repoDir: string;
  readonly #child: ChildProcessWithoutNullStreams;
  #stderr = "";
  /** How it ended, once it has. */
  #ended: Ended | undefined;
  readonly #onEnd: Array<() => void> = [];
  #used = false;

  constructor(repoDir: string) {
    this.#repoDir = repoDir;
    this.#child = spawn("git", ["cat-file", "--batch"], { cwd: repoDir, stdio: ["pipe", "pipe", "pipe"] });
    this.#child.stderr.on("data", (c: Buffer) => (this.#stderr += c.toString()));
    // A pipe git closed first (it failed to start, or was stopped at a blob over the limit) is reported by "close", not thrown.
    this.#child.stdin.on("error", () => undefined);
    const end = (ended: Ended) => {
      this.#ended ??= ended;
      for (const f of this.#onEnd.splice(0)) f();
    };
    this.#child.on("error", (error) => end({ code: null, error }));
    this.#child.on("close", (code) => end({ code }));
  }

  /** Ends a process never read from. */
  close(): void {
    if (this.#used) return;
    this.#used = true;
    this.#child.stdin.end();
  }

  /**
   * Each object's size, and its bytes where they are at most `max`, in
   * order, copied out of git's output as it arrives into a buffer of their
   * own size (the output is never held whole: at 100,000 documents, 70 MB
   * twice over). A blob over `max` is never read: git is stopped there, and
   * the objects after it are read as readAfterOver does. Done as soon as every
   * answer is in, not once git's end is seen, some turns of a busy event
   * loop later (at 100k a comparison waited 37–46 ms for that).
   */
  read(objects: readonly string[], max: number): Promise<BlobRead[]> {
    if (this.#used) throw new Error("a cat-file process reads one list of objects");
    this.#used = true;
    const child = this.#child;
    return new Promise<BlobRead[]>((resolve, reject) => {
      const reads: BlobRead[] = [];
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        outcome();
      };
      let header = Buffer.alloc(0);
      let blob: Buffer | undefined;
      let filled = 0;
      // The newline git writes after each blob's content is still to be skipped.
      let separator = false;
      const done = () => blob === undefined && reads.length === objects.length;
      const over = (size: number) => {
        reads.push({ size });
        child.stdout.removeAllListeners("data");
        child.kill();
        const rest = objects.slice(reads.length);
        settle(() => (rest.length === 0 ? resolve(reads) : readAfterOver(this.#repoDir, rest, max).then((more) => resolve([...reads, ...more]), reject)));
      };
      child.stdout.on("data", (chunk: Buffer) => {
        let at = 0;
        while (at < chunk.length && !settled) {
          if (separator) {
            separator = false;
            at++;
          } else if (blob) {
            const n = Math.min(blob.length - filled, chunk.length - at);
            chunk.copy(blob, filled, at, at + n);
            filled += n;
            at += n;
            if (filled === blob.length) {
              reads.push({ size: blob.length, content: blob });
              blob = undefined;
              separator = true;
            }
          } else {
            const eol = chunk.indexOf(10, at);
            header = Buffer.concat([header, chunk.subarray(at, eol === -1 ? chunk.length : eol)]);
            if (eol === -1) break;
            at = eol + 1;
            let size: number;
            try {
              size = headerSize(header.toString());
            } catch (error) {
              settle(() => reject(error));
              child.kill();
              return;
            }
            header = Buffer.alloc(0);
            if (size > max) return over(size);
            blob = Buffer.allocUnsafe(size);
            filled = 0;
            if (size === 0) {
              reads.push({ size, content: blob });
              blob = undefined;
              separator = true;
            }
          }
        }
        if (done()) settle(() => resolve(reads));
      });
      const ended = () => {
        const e = this.#ended!;
        if (done()) settle(() => resolve(reads));
        else if (e.error) settle(() => reject(e.error));
        else settle(() => reject(new Error(e.code === 0 ? `git cat-file gave ${reads.length} of ${objects.length} objects` : `git cat-file failed: ${this.#stderr.trim()}`)));
      };
      if (this.#ended) ended();
      else this.#onEnd.push(ended);
      child.stdin.end(objects.length > 0 ? objects.join("\n") + "\n" : "");
    });
  }
}

/**
 * The objects after a blob over the limit: their sizes asked first (one
 * `git cat-file --batch-check`), then those within it read by one
 * `--batch`. A process per large blob instead would make a change that
 * touches a thousand of them start a thousand processes.
 */
async function readAfterOver(repoDir: string, objects: readonly string[], max: number): Promise<BlobRead[]> {
  const input = objects.join("\n") + "\n";
  // A line per object: its name, type and size, or the name as asked and "missing".
  const listed = execFileSync("git", ["cat-file", "--batch-check"], { cwd: repoDir, input, encoding: "utf8", maxBuffer: input.length + 128 * objects.length, stdio: ["pipe", "pipe", "pipe"] });
  const sizes = listed.split("\n").slice(0, objects.length).map(headerSize);
  if (sizes.length !== objects.length) throw new Error(`git cat-file gave ${sizes.length} of ${objects.length} sizes`);
  const within = objects.filter((_, i) => sizes[i]! <= max);
  const reads = await catFileWithin(repoDir, within, max);
  let next = 0;
  return sizes.map((size) => (size <= max ? reads[next++]! : { size }));
}

/** Each object's size and, within `max` bytes, its content, through `git cat-file --batch`. */
function catFileWithin(repoDir: string, objects: readonly string[], max: number, started?: CatFileBatch): Promise<BlobRead[]> {
  if (objects.length === 0) {
    started?.close();
    return Promise.resolve([]);
  }
  return (started ?? new CatFileBatch(repoDir)).read(objects, max);
}
