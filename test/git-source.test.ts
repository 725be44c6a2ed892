import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GitSource, LazyGitSource } from "../src/source/git-source.ts";
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
});
