import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { codeCacheFile, COMPILED_CODE_DIR, type CodeCacheState } from "../src/util/compiled-code.ts";
import { PROJECT_ROOT } from "./support/shared.ts";

const MODULE = pathToFileURL(join(PROJECT_ROOT, "src/util/compiled-code.ts")).href;

/** A small engine: functions compiled only when called, and the CommonJS names a bundle relies on. */
const ENGINE = `"use strict";
function helper() { return 41; }
exports.answer = function answer() { return helper() + 1; };
exports.where = () => require("node:path").basename(__filename);
`;

function engineIn(dir: string, text = ENGINE): string {
  const file = join(dir, "engine.cjs");
  writeFileSync(file, text);
  return file;
}

interface EngineRun {
  cache: CodeCacheState;
  answer: number;
  where: string;
  file: string | null;
}

/** Loads `engine` in a process of its own, as the CLI's launcher does: the cache is written as that process ends. */
function runEngine(engine: string, cacheDir: string | undefined, env: NodeJS.ProcessEnv = {}): EngineRun {
  const code = `import { codeCacheFile, loadEngine } from ${JSON.stringify(MODULE)};
const file = codeCacheFile(${JSON.stringify(engine)}, "check", ${JSON.stringify(cacheDir)});
const { exports, cache } = loadEngine(${JSON.stringify(engine)}, file);
console.log(JSON.stringify({ cache, answer: exports.answer(), where: exports.where(), file: file ?? null }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: "", NODE_DISABLE_COMPILE_CACHE: "", ...env } });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as EngineRun;
}

const scratch = () => mkdtempSync(join(tmpdir(), "mova-code-cache-"));

/** The user part of codeCacheFile's names. */
const WHO = process.getuid?.() ?? "user";

/** A file in `dir` dated `days` from now (before it, when negative); its name. */
function putFile(dir: string, name: string, days: number): string {
  writeFileSync(join(dir, name), "old");
  const when = new Date(Date.now() + days * 86_400_000);
  utimesSync(join(dir, name), when, when);
  return name;
}

describe("the engine's code cache (util/compiled-code.ts)", () => {
  it("keeps the code a run compiled, and the next run takes it", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    const first = runEngine(engine, dir);
    expect(first).toMatchObject({ cache: "absent", answer: 42, where: "engine.cjs" });
    expect(first.file!.startsWith(join(dir, COMPILED_CODE_DIR) + "/")).toBe(true);
    expect(existsSync(first.file!)).toBe(true);
    expect(runEngine(engine, dir)).toMatchObject({ cache: "accepted", answer: 42, where: "engine.cjs" });
    // Made after the run, the cache holds the functions the run called: larger than one made before it, as Node's own is.
    const before = new Script(`(function (exports, require, module, __filename, __dirname) {${ENGINE}\n})`, { filename: engine }).createCachedData().length;
    expect(readFileSync(first.file!).length, `before the run: ${before} bytes`).toBeGreaterThan(before + 100);
  });

  it("replaces a cache V8 refuses, and still runs the engine", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    const { file } = runEngine(engine, dir);
    writeFileSync(file!, Buffer.alloc(statSync(file!).size, 7));
    expect(runEngine(engine, dir)).toMatchObject({ cache: "rejected", answer: 42 });
    expect(runEngine(engine, dir)).toMatchObject({ cache: "accepted", answer: 42 });
  });

  it("never runs a rebuilt engine from the old engine's cache, even at the same length", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    const old = runEngine(engine, dir);
    engineIn(dir, ENGINE.replace("return 41;", "return 99;"));
    const later = new Date(statSync(engine).mtimeMs + 5000);
    utimesSync(engine, later, later);
    const rebuilt = runEngine(engine, dir);
    expect(rebuilt).toMatchObject({ cache: "absent", answer: 100 });
    expect(rebuilt.file).not.toBe(old.file);
  });

  it("keeps the three newest caches of an engine and command, and leaves other commands', other users' and other files", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    const kept = join(dir, COMPILED_CODE_DIR);
    mkdirSync(kept);
    // Four earlier builds' caches of the same engine and command, the oldest first.
    const builds = [4, 3, 2, 1].map((age) => `engine-check-100${age}-170000000000${age}-v24.0.0-x64-${WHO}.v8cache`);
    builds.forEach((name, i) => putFile(kept, name, -(4 - i)));
    const others = [`engine-catalog-1001-1700000000001-v24.0.0-x64-${WHO}.v8cache`, "engine-check-1001-1700000000001-v24.0.0-x64-12345.v8cache", "registry-validators-0123456789abcd.cjs", "engine-check-notes.txt"];
    for (const name of others) putFile(kept, name, -30);
    const { file } = runEngine(engine, dir);
    expect(readdirSync(kept).sort()).toEqual([...builds.slice(2), basename(file!), ...others].sort());
    // A run from the kept cache writes nothing, so it prunes nothing.
    expect(runEngine(engine, dir)).toMatchObject({ cache: "accepted" });
    expect(readdirSync(kept)).toHaveLength(7);
  });

  it("keeps the cache it has just written, however far ahead the clock of the others is", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    const kept = join(dir, COMPILED_CODE_DIR);
    mkdirSync(kept);
    // Caches from a machine whose clock ran days ahead (a CI cache restored keeps its files' times).
    const ahead = [1, 2, 3, 4].map((days) => putFile(kept, `engine-check-200${days}-170000000000${days}-v24.0.0-x64-${WHO}.v8cache`, days));
    const { file } = runEngine(engine, dir);
    expect(readdirSync(kept).sort()).toEqual([basename(file!), ahead[2], ahead[3]].sort());
    expect(runEngine(engine, dir)).toMatchObject({ cache: "accepted" });
  });

  it("removes what a write cut short left an hour ago or more, of its own engine and command", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    const kept = join(dir, COMPILED_CODE_DIR);
    mkdirSync(kept);
    const build = `engine-check-3001-1700000000001-v24.0.0-x64-${WHO}.v8cache`;
    const stale = putFile(kept, `${build}.4242.tmp`, -1 / 12);
    const fresh = putFile(kept, `${build}.4343.tmp`, -1 / 1440);
    const otherCommand = putFile(kept, `engine-catalog-3001-1700000000001-v24.0.0-x64-${WHO}.v8cache.4242.tmp`, -1);
    const { file } = runEngine(engine, dir);
    expect(readdirSync(kept).sort()).toEqual([basename(file!), fresh, otherCommand].sort());
    expect(readdirSync(kept)).not.toContain(stale);
  });

  it("keeps nothing when NODE_DISABLE_COMPILE_CACHE=1", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    expect(runEngine(engine, dir, { NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual({ cache: "off", answer: 42, where: "engine.cjs", file: null });
    expect(existsSync(join(dir, COMPILED_CODE_DIR))).toBe(false);
  });

  it.skipIf(process.getuid?.() !== 0)("never runs compiled code another user left in its place", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    const { file } = runEngine(engine, dir);
    chownSync(file!, 12345, 12345);
    expect(runEngine(engine, dir)).toMatchObject({ cache: "absent", answer: 42 });
  });

  it("is kept in the check cache folder when there is one, else beside Node's own compiled code", () => {
    const dir = scratch();
    const engine = engineIn(dir);
    expect(codeCacheFile(engine, "check", "/c")).toMatch(/^\/c\/compiled-code\/engine-check-\d+-\d+-v\d+\.\d+\.\d+-[a-z0-9]+-\w+\.v8cache$/);
    const saved = process.env.NODE_COMPILE_CACHE;
    try {
      process.env.NODE_COMPILE_CACHE = "/n";
      expect(codeCacheFile(engine, "merge-reports", undefined)).toMatch(/^\/n\/mova-registry\/engine-merge-reports-/);
      delete process.env.NODE_COMPILE_CACHE;
      expect(codeCacheFile(engine, "../x", undefined)!.startsWith(join(tmpdir(), "node-compile-cache", "mova-registry", "engine-___x-"))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.NODE_COMPILE_CACHE;
      else process.env.NODE_COMPILE_CACHE = saved;
    }
    expect(readdirSync(dir)).toEqual(["engine.cjs"]);
  });
});
