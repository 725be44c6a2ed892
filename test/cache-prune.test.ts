import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRegistry } from "../bench/generate.ts";
import { guard } from "../src/guard.ts";
import { KEPT_COMMITS, pruneCaches } from "../src/incremental/cache.ts";
import { GitRepo } from "./support/git-repo.ts";

const commit = (n: number) => n.toString(16).padStart(40, "0");
const HOUR = 60 * 60 * 1000;

/** A file of `dir` written `ago` ms before `now`. */
function file(dir: string, name: string, now: number, ago: number): void {
  writeFileSync(join(dir, name), "x");
  const at = (now - ago) / 1000;
  utimesSync(join(dir, name), at, at);
}

describe("a cache folder keeps the newest commits' caches", () => {
  it("removes the caches and facts of all but the newest commits of the same registry folder and release, and writes cut short an hour ago", () => {
    const dir = mkdtempSync(join(tmpdir(), "mova-prune-"));
    const now = Date.now();
    // Twelve commits of one registry (digest aaaa…), commit n written n minutes ago; every other one with its facts.
    for (let n = 1; n <= 12; n++) {
      file(dir, `check-${commit(n)}-aaaaaaaaaaaa.cache`, now, n * 60_000);
      if (n % 2 === 0) file(dir, `check-${commit(n)}-aaaaaaaaaaaa.catalog-facts`, now, n * 60_000);
    }
    // The facts of an older version, of a commit that goes.
    file(dir, `check-${commit(12)}-aaaaaaaaaaaa.catalog-facts.json`, now, 12 * 60_000);
    // Another registry folder or release (digest bbbb…), a SHA-256 commit, and files that are not caches: not touched.
    for (let n = 1; n <= 10; n++) file(dir, `check-${commit(100 + n)}-bbbbbbbbbbbb.cache`, now, 5 * HOUR);
    file(dir, `check-${"c".repeat(64)}-aaaaaaaaaaaa.cache`, now, 0);
    file(dir, "notes.txt", now, 5 * HOUR);
    file(dir, `check-${commit(1)}-aaaaaaaaaaaa.cache.bak`, now, 5 * HOUR);
    // A write cut short two hours ago, and one under way.
    file(dir, `check-${commit(50)}-bbbbbbbbbbbb.cache.tmp-123`, now, 2 * HOUR);
    file(dir, `check-${commit(51)}-aaaaaaaaaaaa.catalog-facts.tmp-456`, now, 1000);
    // The commit just written is commit 9's, though its file's clock is behind the others'.
    pruneCaches(dir, `check-${commit(9)}-aaaaaaaaaaaa`, now);
    const left = new Set(readdirSync(dir));
    const kept = [...left].filter((n) => n.endsWith("-aaaaaaaaaaaa.cache")).sort();
    // Commit 9 and the newest others: the SHA-256 one (0 min), then 1, 2, … 6.
    expect(kept).toEqual([...[1, 2, 3, 4, 5, 6, 9].map((n) => `check-${commit(n)}-aaaaaaaaaaaa.cache`), `check-${"c".repeat(64)}-aaaaaaaaaaaa.cache`].sort());
    expect(kept).toHaveLength(KEPT_COMMITS);
    expect([...left].filter((n) => n.endsWith(".catalog-facts")).sort()).toEqual([2, 4, 6].map((n) => `check-${commit(n)}-aaaaaaaaaaaa.catalog-facts`));
    expect(left.has(`check-${commit(12)}-aaaaaaaaaaaa.catalog-facts.json`)).toBe(false);
    expect([...left].filter((n) => n.endsWith("-bbbbbbbbbbbb.cache"))).toHaveLength(10);
    for (const name of ["notes.txt", `check-${commit(1)}-aaaaaaaaaaaa.cache.bak`, `check-${commit(51)}-aaaaaaaaaaaa.catalog-facts.tmp-456`]) expect(left.has(name)).toBe(true);
    expect(left.has(`check-${commit(50)}-bbbbbbbbbbbb.cache.tmp-123`)).toBe(false);
  });

  it("leaves a folder that is not there, or a name that is not a cache's, alone", () => {
    expect(() => pruneCaches(join(tmpdir(), "mova-no-such-folder", String(Date.now())), `check-${commit(1)}-aaaaaaaaaaaa`)).not.toThrow();
    const dir = mkdtempSync(join(tmpdir(), "mova-prune-"));
    file(dir, `check-${commit(1)}-aaaaaaaaaaaa.cache`, Date.now(), 0);
    pruneCaches(dir, "something-else");
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("is what writing a cache does: a folder checked at more commits than it keeps holds the newest", async () => {
    const repo = GitRepo.init();
    generateRegistry(repo.dir, 30);
    const dir = mkdtempSync(join(tmpdir(), "mova-prune-"));
    const written: string[] = [];
    const start = Date.now() - HOUR;
    for (let n = 0; n <= KEPT_COMMITS; n++) {
      repo.commit({ [`notes/${n}.txt`]: String(n) }, `commit ${n}`);
      const result = await guard(repo.dir, { cacheDir: dir });
      const name = result.cache!.written!.split("/").pop()!;
      written.push(name);
      // Files written within one tick of the clock can share a time: each commit's files a second after the last's.
      const at = (start + n * 1000) / 1000;
      for (const f of readdirSync(dir).filter((f) => f.startsWith(name.replace(/\.cache$/, "")))) utimesSync(join(dir, f), at, at);
    }
    const caches = readdirSync(dir).filter((n) => n.endsWith(".cache")).sort();
    expect(caches).toEqual(written.slice(1).sort());
  }, 60_000);
});
