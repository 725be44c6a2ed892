import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.ts";
import { CONFIG_FILE, DEFAULT_LIMITS, resolveConfig } from "../src/config/config.ts";
import { discover, discoveryPatterns, jsonWalk, pathMatcher } from "../src/registry/discover.ts";
import { forEachDocument, readJson } from "../src/registry/load.ts";
import { FindingSink } from "../src/rules/rule.ts";
import { FsSource } from "../src/source/fs-source.ts";
import type { RegistrySource } from "../src/source/source.ts";
import { random } from "./support/random.ts";
import { makeRegistry } from "./support/tmp-registry.ts";

const runtime = (id: string) => ({ runtime_id: id, runtime_kind: "local_process" });

describe("listing a registry on disk", () => {
  it("lists a file that several patterns match once, sorted", async () => {
    const root = makeRegistry({ "runtimes/b.json": runtime("runtime.local_process.b_v1"), "runtimes/a/c.json": runtime("runtime.local_process.c_v1"), "x.json": {} });
    const listed = await new FsSource(root).list(["runtimes/**/*.json", "**/*.json", "runtimes/b.json"], []);
    expect(listed).toEqual(["runtimes/a/c.json", "runtimes/b.json", "x.json"]);
  });

  it("checks each document once when the config's folders overlap the files it always reads", async () => {
    // A folder "." lists every JSON file, the config among them, which discovery names on its own as well.
    const root = makeRegistry({
      [CONFIG_FILE]: { folders: { runtimes: ["."] } },
      "runtime.local_process.worker_v1.json": runtime("runtime.local_process.worker_v1"),
    });
    const { registry, findings } = await check(root, { concurrency: 1 });
    expect(registry.documents.map((d) => d.path)).toEqual([CONFIG_FILE, "runtime.local_process.worker_v1.json"]);
    expect(findings).toEqual([]);
  });
});

const DIRS = ["runtimes", "connectors", "contracts", "sub", ".hidden", "node_modules", "a b", "x[1]", "(p)", "ünï", "global.d.json", "deep", "a*b", "x{1,2}", "!neg", "@(x)"];
const FILES = ["a.json", ".dot.json", "global.x.json", "global..json", "global.json", "b.JSON", "c.txt", CONFIG_FILE, "accepted-changes.json", "node_modules.json", "we{ir}d.json", "sp ace.json", "[x].json", "!bang.json", "+at@.json", "ü.json"];
const FOLDERS = ["runtimes", "connectors", "contracts", "sub", "a b", "x[1]", "(p)", "deep/sub", "runtimes/deep", ".", "missing", "global.d.json", "a.json", "a*b", "x{1,2}", "!neg", "@(x)"];

/** A tree of folders and files with the names discovery must tell apart, symbolic links to files and folders (one broken, one in a loop) and a FIFO. */
function tree(root: string, seed: number): void {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  // A folder picked twice is filled twice: a link or FIFO already there stays.
  const make = (create: () => void) => {
    try {
      create();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  };
  const fill = (dir: string, depth: number) => {
    mkdirSync(dir, { recursive: true });
    for (let i = Math.floor(next() * 6); i > 0; i--) writeFileSync(join(dir, pick(FILES)), "{}");
    if (next() < 0.3) make(() => symlinkSync(join(root, "runtimes"), join(dir, pick(["link-dir", "link.json"]))));
    if (next() < 0.3) make(() => symlinkSync(join(dir, "nowhere"), join(dir, "broken.json")));
    if (next() < 0.2) make(() => symlinkSync(dir, join(dir, "loop")));
    if (next() < 0.1 && !existsSync(join(dir, "pipe.json"))) execFileSync("mkfifo", [join(dir, "pipe.json")]);
    if (depth < 3) for (let i = Math.floor(next() * 4); i > 0; i--) fill(join(dir, pick(DIRS)), depth + 1);
  };
  fill(root, 0);
  mkdirSync(join(root, "runtimes"), { recursive: true });
}

describe("discovery's walk", () => {
  it("lists what fast-glob lists for discovery's patterns, on generated trees and folder settings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.array(fc.constantFrom(...FOLDERS), { maxLength: 4 }), fc.constantFrom("accepted-changes.json", "sub/accepted.json", "deep/x[1].json"), async (seed, folders, accepted) => {
        const root = mkdtempSync(join(tmpdir(), "mova-walk-"));
        try {
          tree(root, seed);
          const config = resolveConfig({ folders: { runtimes: folders.length > 0 ? folders : ["runtimes"], connectors: folders.slice(1) }, policy: { accepted_changes: accepted } });
          expect(jsonWalk(config)).toBeDefined();
          const source = new FsSource(root);
          const { patterns, ignore } = discoveryPatterns(config);
          // Told how many files are listed so far, after each folder: never fewer than before, and in the end every one.
          const counts: number[] = [];
          const discovered = await discover(source, config, (count) => counts.push(count));
          expect(discovered).toEqual((await source.list(patterns, ignore)).sort());
          expect(counts.length).toBeGreaterThan(0);
          expect(counts.every((c, i) => i === 0 || c >= counts[i - 1]!)).toBe(true);
          expect(counts.at(-1)).toBeGreaterThanOrEqual(discovered.length);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 80 },
    );
  });

  it("and what a commit's files give through the matcher discovery uses for them, excludes included", async () => {
    // Every entry that is not a folder, links not followed: what a commit would hold.
    const everything = (root: string, dir = ""): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
        const path = dir ? `${dir}/${e.name}` : e.name;
        return e.isDirectory() ? everything(root, path) : [path];
      });
    const EXCLUDES = ["contracts/p", "**/sub", "contracts/*", "contracts", "sub/**", "**/*.draft.json", "a b", "x[1]/**", "*.json", "**/deep", "deep/sub/**", "runtimes/a.json", "**/global.*.json", "node_modules", "runtimes", "**/x[1]", "(p)/**"];
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.array(fc.constantFrom(...FOLDERS), { maxLength: 4 }), fc.subarray(EXCLUDES, { maxLength: 3 }), async (seed, folders, exclude) => {
        const root = mkdtempSync(join(tmpdir(), "mova-match-"));
        try {
          tree(root, seed);
          mkdirSync(join(root, "contracts/p"), { recursive: true });
          writeFileSync(join(root, "contracts/p/in-p.json"), "{}");
          const config = resolveConfig({ folders: { runtimes: folders.length > 0 ? folders : ["runtimes"], contracts: folders.slice(1) }, exclude });
          const { patterns, ignore } = discoveryPatterns(config);
          const listed = (await new FsSource(root).list(patterns, ignore)).sort();
          expect(everything(root).filter(pathMatcher(patterns, ignore)).sort()).toEqual(listed);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 120 },
    );
    // Excludes naming a folder plainly: fast-glob does not enter it, though the pattern alone matches no file in it.
    const root = makeRegistry({ "contracts/p/in-p.json": {}, "contracts/top.json": {}, "runtimes/r.json": {} });
    for (const exclude of [["contracts"], ["contracts/p"], ["**/p"], ["contracts/*"]]) {
      const { patterns, ignore } = discoveryPatterns(resolveConfig({ folders: { runtimes: ["runtimes"], contracts: ["contracts"] }, exclude }));
      const listed = (await new FsSource(root).list(patterns, ignore)).sort();
      expect(everything(root).filter(pathMatcher(patterns, ignore)).sort(), exclude[0]).toEqual(listed);
    }
  });

  it("leaves to fast-glob a config with excludes of its own, or folders fast-glob treats apart", () => {
    expect(jsonWalk(resolveConfig({ exclude: ["runtimes/old/**"] }))).toBeUndefined();
    expect(jsonWalk(resolveConfig({ folders: { runtimes: [".config"] } }))).toBeUndefined();
    expect(jsonWalk(resolveConfig({ folders: { runtimes: ["vendor/node_modules/x"] } }))).toBeUndefined();
    expect(jsonWalk(resolveConfig({ policy: { accepted_changes: "governance/.accepted.json" } }))).toBeUndefined();
    expect(jsonWalk(resolveConfig({}))).toMatchObject({ files: [CONFIG_FILE, "mova.accepted-changes.json"] });
  });
});

describe("reading a registry on disk", () => {
  it("reads the same bytes however the root is written: absolute, with a trailing slash, or relative", async () => {
    const root = makeRegistry({ "runtimes/a.json": runtime("runtime.local_process.a_v1") });
    const expected = JSON.stringify(runtime("runtime.local_process.a_v1"));
    const text = (source: FsSource, path = "runtimes/a.json") => {
      const bytes = source.read(path);
      return bytes instanceof Error ? bytes : JSON.stringify(JSON.parse(bytes.toString("utf8")));
    };
    expect(text(new FsSource(root))).toBe(expected);
    expect(text(new FsSource(root + "/"))).toBe(expected);
    expect(text(new FsSource(relative(process.cwd(), root)))).toBe(expected);
    expect(new FsSource("").exists(relative(process.cwd(), "package.json"))).toBe(true);
    expect(new FsSource(root + "/").exists("runtimes/a.json")).toBe(true);
    expect(new FsSource(root).exists("runtimes/b.json")).toBe(false);
    // A path with a ".." segment is never joined to the root, however it would resolve.
    expect(text(new FsSource(root + "/runtimes"), "../runtimes/a.json")).toBeInstanceOf(Error);
  });
});

describe("borrowed reads", () => {
  // Sizes around the first buffer (64 KB), its growth, and a limit of 200 KB.
  const sizes = [0, 1, 700, 65_535, 65_536, 65_537, 131_072, 200_000, 200_001, 300_000];
  const bytesOf = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => 32 + ((i * 7) % 90)));

  it("give the bytes read gives, and refuse what read refuses, with the same message", () => {
    const root = mkdtempSync(join(tmpdir(), "mova-borrowed-"));
    for (const n of sizes) writeFileSync(join(root, `f${n}.json`), bytesOf(n));
    mkdirSync(join(root, "folder.json"));
    symlinkSync("f1.json", join(root, "link.json"));
    execFileSync("mkfifo", [join(root, "fifo.json")]);
    const source = new FsSource(root);
    const shown = (b: Buffer | Error) => (b instanceof Error ? `${b.constructor.name}: ${b.message}` : b.toString("latin1"));
    // Each twice, from small to large and back: the buffer grown for a large file still gives a small one exactly.
    for (const name of [...sizes.map((n) => `f${n}.json`), "folder.json", "link.json", "fifo.json", "missing.json", ...sizes.map((n) => `f${n}.json`).reverse()])
      for (const limit of [undefined, 200_000, 65_536]) {
        const borrowed = shown(source.readBorrowed(name, limit));
        expect(borrowed, `${name}, limit ${limit}`).toBe(shown(source.read(name, limit)));
      }
    expect(shown(source.readBorrowed("f200001.json", 200_000))).toMatch(/^InputRefused: the file is 195.3 KB, over the limit of 195.3 KB/);
    expect(shown(source.readBorrowed("fifo.json"))).toBe("Error: not a regular file; it is not read");
    expect(shown(source.readBorrowed("f300000.json"))).toBe(bytesOf(300_000).toString("latin1"));
  });

  it("are read again with the size asked first when what they gave does not parse", () => {
    const root = makeRegistry({ "runtimes/a.json": runtime("runtime.local_process.a_v1") });
    const disk = new FsSource(root);
    // A source whose borrowed reads stop short, as a read on some file systems might.
    const short: RegistrySource = {
      label: disk.label,
      list: (patterns, ignore) => disk.list(patterns, ignore),
      read: (path, max) => disk.read(path, max),
      readBorrowed: (path, max) => {
        const b = disk.readBorrowed(path, max);
        return b instanceof Error ? b : b.subarray(0, b.length - 3);
      },
      exists: (path) => disk.exists(path),
    };
    const json = readJson(short, "runtimes/a.json");
    expect(json instanceof Error ? json.message : json.value).toEqual(runtime("runtime.local_process.a_v1"));
    // A file that really ends early is still reported.
    writeFileSync(join(root, "runtimes/b.json"), '{"runtime_id": "x"');
    const broken = readJson(disk, "runtimes/b.json");
    expect(broken instanceof Error ? broken.message : broken.syntaxError?.message).toMatch(/./);
  });

  it("are handed on in order as documents, a few read before any is checked, each its own file's", () => {
    const root = mkdtempSync(join(tmpdir(), "mova-texts-"));
    const paths = Array.from({ length: 150 }, (_, i) => `f${i}.json`);
    for (const [i, p] of paths.entries()) writeFileSync(join(root, p), JSON.stringify({ i, pad: "x".repeat(i * 13) }));
    const asked = [...paths.slice(0, 70), "missing.json", ...paths.slice(70)];
    const seen: Array<[string, unknown, number]> = [];
    const sink = new FindingSink();
    forEachDocument(new FsSource(root), asked, sink, DEFAULT_LIMITS, (doc, at) => seen.push([doc.path, doc.json ? (doc.json.value as { i: number }).i : "error", at]));
    expect(seen).toEqual(asked.map((p, at) => [p, p === "missing.json" ? "error" : Number(p.slice(1, -5)), at]));
    expect(sink.findings.map((f) => `${f.rule} ${f.file}`)).toEqual(["io/unreadable missing.json"]);
  });
});
