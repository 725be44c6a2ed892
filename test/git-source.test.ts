import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CatFileBatch, GitSource, LazyGitSource } from "../src/source/git-source.ts";
import { random } from "./support/random.ts";

describe("reading a commit's files from git", () => {
  it("gives every file's bytes as committed, whatever sizes git's output is cut into", async () => {
    const root = mkdtempSync(join(tmpdir(), "mova-git-source-"));
    const next = random(20261205);
    const paths: string[] = [];
    mkdirSync(join(root, "registry/runtimes"), { recursive: true });
    // Empty files, one-byte files, files around the 64 KB a pipe hands over at once, and bytes of every value.
    // Thousands of tiny ones, so that the output's cuts fall inside the header lines too.
    const sizes = [0, 1, 2, 65535, 65536, 65537, 200_000, ...Array.from({ length: 300 }, () => Math.floor(next() ** 3 * 90_000)), ...Array.from({ length: 2000 }, () => Math.floor(next() * 8))];
    sizes.forEach((size, i) => {
      const path = `runtimes/file_${i}.json`;
      writeFileSync(join(root, "registry", path), Buffer.from(Array.from({ length: size }, () => Math.floor(next() * 256))));
      paths.push(path);
    });
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "files");

    const source = await GitSource.open(root, "HEAD", "registry");
    expect(await source.list(["**/*.json"], [])).toEqual([...paths].sort());
    const lazy = new LazyGitSource(root, "HEAD", "registry", paths);
    // All but a few read ahead; those few one by one, a git process each.
    const oneByOne = new Set(paths.filter((_, i) => i % 100 === 1 || i < 7));
    await lazy.prefetch(paths.filter((p) => !oneByOne.has(p)));
    for (const path of paths) {
      const committed = readFileSync(join(root, "registry", path));
      expect(Buffer.compare(source.read(path) as Buffer, committed), path).toBe(0);
      expect(Buffer.compare(lazy.read(path) as Buffer, committed), path).toBe(0);
    }
    expect(String(source.read("runtimes/none.json"))).toMatch(/not in/);
    expect(String(lazy.read("runtimes/none.json"))).toMatch(/not in/);
  }, 60_000);

  it("takes a read-ahead's sizes and blobs as soon as git has written them, not once its processes are seen to end", async () => {
    const root = mkdtempSync(join(tmpdir(), "mova-git-source-"));
    mkdirSync(join(root, "registry/runtimes"), { recursive: true });
    const paths = ["runtimes/a.json", "runtimes/b.json"];
    for (const path of paths) writeFileSync(join(root, "registry", path), `{"path":"${path}"}`);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "files");
    // A git whose batch processes linger 8 s after their last output, as a busy thread sees a process end late: the
    // blobs' process waits for the sizes to be named its blobs, and the read-ahead for both, so it would wait out 16 s.
    const bin = mkdtempSync(join(tmpdir(), "mova-git-bin-"));
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(join(bin, "git"), `#!/bin/sh\nif [ "$1" = cat-file ]; then "${real}" cat-file "$2"; sleep 8; exit 0; fi\nexec "${real}" "$@"\n`, { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const lazy = new LazyGitSource(root, "HEAD", "registry", paths);
      const start = performance.now();
      await lazy.prefetch(paths);
      expect(performance.now() - start).toBeLessThan(4000);
      for (const p of paths) expect(String(lazy.read(p))).toBe(`{"path":"${p}"}`);
    } finally {
      process.env.PATH = path;
    }
  }, 30_000);

  it("reads with one git process started ahead: a blob over the limit is never read, and the objects after it are", async () => {
    const root = mkdtempSync(join(tmpdir(), "mova-git-source-"));
    mkdirSync(join(root, "registry"), { recursive: true });
    const files: Array<[string, string]> = [
      ["a.json", '{"a":1}'],
      ["big.json", "x".repeat(5000)],
      ["b.json", ""],
      ["bigger.json", "y".repeat(9000)],
      ["c.json", '{"c":3}'],
    ];
    for (const [path, text] of files) writeFileSync(join(root, "registry", path), text);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "files");
    const objects = files.map(([path]) => `HEAD:registry/${path}`);

    const started = new CatFileBatch(root);
    const reads = await started.read(objects, 4096);
    expect(reads.map((r) => r.size)).toEqual(files.map(([, text]) => text.length));
    expect(reads.map((r) => r.content?.toString())).toEqual(['{"a":1}', undefined, "", undefined, '{"c":3}']);
    expect(() => started.read(objects, 4096)).toThrow(/one list/);

    // The lazy source's first prefetch uses the process it was given; a later one starts its own.
    const lazy = new LazyGitSource(root, "HEAD", "registry", files.map(([path]) => path), new CatFileBatch(root));
    await lazy.prefetch(["a.json", "big.json"]);
    await lazy.prefetch(["c.json"]);
    expect(String(lazy.read("a.json"))).toBe('{"a":1}');
    expect(String(lazy.read("c.json"))).toBe('{"c":3}');
    expect(String(lazy.read("big.json", 4096))).toMatch(/over the limit of 4 KB/);

    // What git cannot find fails the read, naming git; a process never read from ends when closed, and a second close does nothing.
    await expect(new CatFileBatch(root).read(["HEAD:registry/none.json"], 4096)).rejects.toThrow(/git cat-file/);
    const unused = new CatFileBatch(root);
    unused.close();
    unused.close();
    expect(() => unused.read(objects, 4096)).toThrow(/one list/);
    // Nothing to read: the process given is ended, and the prefetch is done.
    await new LazyGitSource(root, "HEAD", "registry", [], new CatFileBatch(root)).prefetch([]);
  }, 30_000);

  it("reads the files after a blob over the limit with two more git processes however many such blobs follow", async () => {
    const root = mkdtempSync(join(tmpdir(), "mova-git-source-"));
    mkdirSync(join(root, "registry"), { recursive: true });
    // Thirty files over a limit of 100 bytes among thirty within it.
    const files = Array.from({ length: 60 }, (_, i): [string, string] => [`f${String(i).padStart(2, "0")}.json`, i % 2 ? "y".repeat(200 + i) : `{"i":${i}}`]);
    for (const [path, text] of files) writeFileSync(join(root, "registry", path), text);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "files");
    // A git that notes each cat-file process it starts.
    const bin = mkdtempSync(join(tmpdir(), "mova-git-bin-"));
    const log = join(bin, "log");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(join(bin, "git"), `#!/bin/sh\nif [ "$1" = cat-file ]; then echo "$2" >> "${log}"; fi\nexec "${real}" "$@"\n`, { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const reads = await new CatFileBatch(root).read(files.map(([p]) => `HEAD:registry/${p}`), 100);
      expect(reads.map((r) => r.size)).toEqual(files.map(([, text]) => text.length));
      expect(reads.map((r) => r.content?.toString())).toEqual(files.map(([, text]) => (text.length <= 100 ? text : undefined)));
      expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["--batch", "--batch-check", "--batch"]);
    } finally {
      process.env.PATH = path;
    }
  }, 30_000);
});
