import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, symlinkSync, writeFileSync, writeSync, ftruncateSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../src/check.ts";
import type { Finding } from "../src/findings/finding.ts";
import { formatGithub } from "../src/report/github.ts";
import { formatMarkdown } from "../src/report/markdown.ts";
import { buildReport } from "../src/report/report.ts";
import { formatSarif } from "../src/report/sarif.ts";
import { formatText } from "../src/report/text.ts";
import { GitSource, LazyGitSource } from "../src/source/git-source.ts";
import { InputRefused } from "../src/source/refusal.ts";
import { PROJECT_ROOT } from "./support/shared.ts";

/**
 * The hostile-input corpus (test/fixtures/hostile/, one registry per case):
 * each hostile file becomes findings at a file, line and column; the ordinary
 * document beside it (runtimes/runtime.fixture.ordinary_v1.json, a runtime
 * whose runtime_kind is "vm") still gets its own finding; and every check
 * ends within a bound. What is too large to commit (a 100 MB file, a million
 * items, nesting 100,000 deep) and what git cannot hold portably (symbolic
 * links, a FIFO) is made in a temp copy of its case.
 */

const CORPUS = join(PROJECT_ROOT, "test/fixtures/hostile");
const BOUND_MS = 10_000;
const ORDINARY = "runtimes/runtime.fixture.ordinary_v1.json";
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "mova-hostile-"));
  temps.push(dir);
  return dir;
}

/** A copy of a case, to add what is generated. */
function copyCase(name: string): string {
  const root = join(tempDir(), "registry");
  cpSync(join(CORPUS, name), root, { recursive: true });
  return root;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** Checks a registry within the bound; the findings of the ordinary document must be there, and no prototype may have changed. */
async function checkBounded(root: string): Promise<CheckResult & { ms: number }> {
  const started = performance.now();
  const result = await check(root, { concurrency: 1 });
  const ms = performance.now() - started;
  expect(ms).toBeLessThan(BOUND_MS);
  expect(result.findings).toContainEqual(expect.objectContaining({ rule: "schema/violation", file: ORDINARY, line: 3, column: 19, pointer: "/runtime_kind" }));
  expectNoPollution();
  return { ...result, ms };
}

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

function findingsOf(result: CheckResult, file: string): Finding[] {
  return result.findings.filter((f) => f.file === file);
}

/** One finding of `rule` in `file`, at a real position. */
function expectFinding(result: CheckResult, file: string, rule: string, at?: { line: number; column: number }): Finding {
  const found = findingsOf(result, file).filter((f) => f.rule === rule);
  expect(found, `${rule} in ${file}: ${JSON.stringify(result.findings)}`).not.toHaveLength(0);
  for (const f of found) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
  }
  if (!at) return found[0]!;
  const there = found.find((f) => f.line === at.line && f.column === at.column);
  expect(there, `${rule} in ${file} at ${at.line}:${at.column}; found at ${found.map((f) => `${f.line}:${f.column}`).join(", ")}`).toBeDefined();
  return there!;
}

describe("hostile input: a finding at its place, the rest still checked, in bounded time", () => {
  it("malformed JSON is one json/syntax finding", async () => {
    const result = await checkBounded(join(CORPUS, "malformed-json"));
    expectFinding(result, "runtimes/runtime.fixture.malformed_v1.json", "json/syntax", { line: 4, column: 1 });
  });

  it("a byte-order mark is tolerated and does not shift columns", async () => {
    const result = await checkBounded(join(CORPUS, "byte-order-mark"));
    const f = expectFinding(result, "runtimes/runtime.fixture.bom_v1.json", "schema/violation", { line: 3, column: 19 });
    expect(f.pointer).toBe("/runtime_kind");
  });

  it("invalid UTF-8 is io/unreadable at the first bad byte", async () => {
    const result = await checkBounded(join(CORPUS, "invalid-utf8"));
    const f = expectFinding(result, "runtimes/runtime.fixture.latin1_v1.json", "io/unreadable", { line: 4, column: 24 });
    expect(f.message).toContain("UTF-8");
  });

  it("duplicate keys are json/duplicate-key at the later key", async () => {
    const result = await checkBounded(join(CORPUS, "duplicate-keys"));
    expectFinding(result, "runtimes/runtime.fixture.twice_v1.json", "json/duplicate-key", { line: 4, column: 3 });
  });

  it("__proto__, constructor and prototype keys are document/prototype-key and pollute nothing in the engine", async () => {
    const root = copyCase("prototype-keys");
    const result = await checkBounded(root);
    expectFinding(result, "runtimes/runtime.fixture.proto_v1.json", "document/prototype-key", { line: 4, column: 3 });
    expectFinding(result, "runtimes/runtime.fixture.proto_v1.json", "document/prototype-key", { line: 5, column: 13 });
    expectFinding(result, "runtimes/runtime.fixture.proto_v1.json", "document/prototype-key", { line: 5, column: 30 });
    expectFinding(result, "mova.registry.json", "document/prototype-key", { line: 2, column: 3 });
    expectFinding(result, "contracts/proto/flow.json", "document/prototype-key", { line: 4, column: 5 });
    // Every output format over it, and the JSON report read back, pollute nothing either.
    const report = buildReport(result, "registry");
    formatText(report, { color: false });
    formatSarif(report);
    formatGithub(report);
    formatMarkdown(report, { maxFindings: 50 });
    JSON.parse(JSON.stringify(report));
    expectNoPollution();
  });

  it("nesting 100,000 deep is input/too-deep, not a stack overflow", async () => {
    const root = copyCase("deep-nesting");
    const depth = 100_000;
    writeFileSync(join(root, "runtimes/runtime.fixture.deep_v1.json"), '{"runtime_id": "runtime.fixture.deep_v1", "meta": ' + "[".repeat(depth) + "]".repeat(depth) + "}\n");
    // The same depth, broken: the position-keeping parser must not recurse into it either.
    writeFileSync(join(root, "runtimes/runtime.fixture.deep_broken_v1.json"), '{"meta": ' + '{"a":'.repeat(depth) + "\n");
    // And as a registry schema, which ajv would otherwise compile recursively.
    mkdirSync(join(root, "schemas"));
    writeFileSync(join(root, "schemas/ds.fixture_deep_v1.schema.json"), '{"type": "object", "properties": {"a": ' + '{"not": '.repeat(depth) + "{}" + "}".repeat(depth) + "}}\n");
    const result = await checkBounded(root);
    const f = expectFinding(result, "runtimes/runtime.fixture.deep_v1.json", "input/too-deep", { line: 1, column: 51 + 63 });
    expect(f.message).toContain("64");
    expectFinding(result, "schemas/ds.fixture_deep_v1.schema.json", "input/too-deep");
    const broken = findingsOf(result, "runtimes/runtime.fixture.deep_broken_v1.json");
    expect(broken.length).toBeGreaterThan(0);
    for (const b of broken) expect(["json/syntax", "input/too-deep"]).toContain(b.rule);
  });

  it("a document breaking its schema 100,000 times is 100,000 findings, reported in bounded time in every format", async () => {
    const root = copyCase("duplicate-keys");
    mkdirSync(join(root, "episodes"));
    // Within the limits (100,000 items): each reference names its data type by a number, not a string.
    const episode = { episode_id: "e1", episode_type: "execution", mova_version: "4.1.1", recorded_at: "2026-01-01T00:00:00Z", executor: { executor_id: "x" }, result_status: "completed", result_summary: "done", input_data_refs: Array.from({ length: 100_000 }, () => ({ data_type: 1 })) };
    writeFileSync(join(root, "episodes/e.json"), JSON.stringify(episode, null, 1));
    const result = await checkBounded(root);
    expect(findingsOf(result, "episodes/e.json").filter((f) => f.rule === "schema/violation").length).toBe(100_000);
    const report = buildReport(result, "registry");
    // The text report once grouped a file's findings in quadratic time: this file took it over a minute.
    for (const format of [() => formatText(report, { color: false }), () => formatSarif(report), () => formatGithub(report), () => formatMarkdown(report, { maxFindings: 50 })]) {
      const started = performance.now();
      format();
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    }
  }, 60_000);

  it("a 100 MB file is input/too-large, refused by its size without being read", async () => {
    const root = copyCase("oversized");
    const big = join(root, "runtimes/runtime.fixture.huge_v1.json");
    // A sparse file: 100 MB by its size, nothing on disk; reading it whole would still cost the memory and time.
    const fd = openSync(big, "w");
    writeSync(fd, '{"runtime_id": "runtime.fixture.huge_v1", "meta": "');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const result = await checkBounded(root);
    const f = expectFinding(result, "runtimes/runtime.fixture.huge_v1.json", "input/too-large", { line: 1, column: 1 });
    expect(f.message).toContain("100 MB");
    expect(f.message).toContain("10 MB");
    // Not read: no buffer of that size was ever held.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(50 * 1024 * 1024);
    expect(result.ms).toBeLessThan(BOUND_MS);
  });

  it("a 100 MB blob in a commit is input/too-large, refused by the size git lists without being read; one over 10 MB that a raised limit lets through is read", async () => {
    const root = copyCase("oversized");
    const huge = "runtimes/runtime.fixture.huge_v1.json";
    const fd = openSync(join(root, huge), "w");
    writeSync(fd, '{"runtime_id": "runtime.fixture.huge_v1", "meta": "');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    // Valid, 12 MB: over the default limit, so over what opening a commit reads ahead, but under a raised limit of 20 MB.
    const large = "runtimes/runtime.fixture.large_v1.json";
    writeFileSync(join(root, large), JSON.stringify({ runtime_id: "runtime.fixture.large_v1", runtime_kind: "vm", meta: { note: "x".repeat(12 * 1024 * 1024) } }));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "big");
    const before = process.memoryUsage().arrayBuffers;
    const source = await GitSource.open(root, "HEAD", "");
    // Neither blob read when the commit is opened.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(10 * 1024 * 1024);
    const refused = source.read(huge, 20 * 1024 * 1024);
    expect(refused).toBeInstanceOf(InputRefused);
    expect((refused as InputRefused).message).toContain("100 MB");
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(10 * 1024 * 1024);
    expect(JSON.parse(String(source.read(large, 20 * 1024 * 1024))).runtime_id).toBe("runtime.fixture.large_v1");

    const result = await check(root, { source, concurrency: 1 });
    expect(findingsOf(result, huge)).toEqual([expectFinding(result, huge, "input/too-large", { line: 1, column: 1 })]);
    expectFinding(result, large, "input/too-large", { line: 1, column: 1 });
    expectFinding(result, ORDINARY, "schema/violation", { line: 3, column: 19 });

    // A pull request's changed files, read one by one from the base: the same answers.
    const lazy = new LazyGitSource(root, "HEAD", "", [huge, large, ORDINARY]);
    expect(lazy.read(huge, 20 * 1024 * 1024)).toBeInstanceOf(InputRefused);
    expect(String(lazy.read(ORDINARY))).toContain("runtime.fixture.ordinary_v1");
    await lazy.prefetch([huge, large, ORDINARY]);
    expect((lazy.read(huge, 20 * 1024 * 1024) as InputRefused).message).toContain("100 MB");
    expect((lazy.read(large, 10 * 1024 * 1024) as InputRefused).message).toContain("12.0 MB");
    expect(JSON.parse(String(lazy.read(large, 20 * 1024 * 1024))).runtime_id).toBe("runtime.fixture.large_v1");
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(60 * 1024 * 1024);
  });

  it("a million-element array is input/too-large at the array", async () => {
    const root = copyCase("oversized");
    writeFileSync(join(root, "runtimes/runtime.fixture.million_v1.json"), '{\n  "runtime_id": "runtime.fixture.million_v1",\n  "meta": { "tags": [' + Array(1_000_000).fill("1").join(",") + "] }\n}\n");
    const result = await checkBounded(root);
    const f = expectFinding(result, "runtimes/runtime.fixture.million_v1.json", "input/too-large", { line: 3, column: 21 });
    expect(f.message).toContain("100000");
  });

  it("limits come from mova.registry.json", async () => {
    const result = await checkBounded(join(CORPUS, "config-limits"));
    expect(findingsOf(result, "mova.registry.json")).toEqual([]);
    expectFinding(result, "runtimes/runtime.fixture.big_v1.json", "input/too-large", { line: 1, column: 1 });
    expectFinding(result, "runtimes/runtime.fixture.wide_v1.json", "input/too-large", { line: 5, column: 13 });
    expectFinding(result, "runtimes/runtime.fixture.nested_v1.json", "input/too-deep", { line: 1, column: 123 });
  });

  it("symbolic links, out of the repository and into .git, are input/symlink and never followed or read", async () => {
    const root = copyCase("symlinks");
    const outside = tempDir();
    // If either link were followed, its target would be a runtime with findings of its own.
    writeFileSync(join(outside, "secret.json"), JSON.stringify({ runtime_id: "runtime.outside.secret_v1", runtime_kind: "vm" }));
    mkdirSync(join(outside, "folder"));
    writeFileSync(join(outside, "folder/runtime.outside.folder_v1.json"), JSON.stringify({ runtime_id: "runtime.outside.folder_v1", runtime_kind: "vm" }));
    mkdirSync(join(root, ".git"));
    writeFileSync(join(root, ".git/config.json"), JSON.stringify({ runtime_id: "runtime.git.config_v1", runtime_kind: "vm" }));
    symlinkSync(join(outside, "secret.json"), join(root, "runtimes/runtime.fixture.outside_v1.json"));
    symlinkSync("../.git/config.json", join(root, "runtimes/runtime.fixture.git_v1.json"));
    symlinkSync(join(outside, "folder"), join(root, "runtimes/linked"));
    symlinkSync(join(outside, "secret.json"), join(root, "mova.registry.json"));
    // A FIFO would block a reader for ever: it must not even be opened.
    execFileSync("mkfifo", [join(root, "runtimes/runtime.fixture.fifo_v1.json")]);
    const result = await checkBounded(root);
    for (const file of ["runtimes/runtime.fixture.outside_v1.json", "runtimes/runtime.fixture.git_v1.json", "mova.registry.json"]) {
      const f = expectFinding(result, file, "input/symlink", { line: 1, column: 1 });
      expect(findingsOf(result, file)).toEqual([f]);
    }
    expect(findingsOf(result, "runtimes/runtime.fixture.git_v1.json")[0]!.message).toContain(".git/config.json");
    expectFinding(result, "runtimes/runtime.fixture.fifo_v1.json", "io/unreadable", { line: 1, column: 1 });
    expect(result.findings.filter((f) => f.file.startsWith("runtimes/linked"))).toEqual([]);
    expect(JSON.stringify(result.findings)).not.toContain("runtime.outside");
    expect(JSON.stringify(result.findings)).not.toContain("runtime.git.config");
  });

  it("a symbolic link committed to git is input/symlink when the registry is read from a commit", async () => {
    const root = copyCase("symlinks");
    symlinkSync("/etc/passwd", join(root, "runtimes/runtime.fixture.passwd_v1.json"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "links");
    const started = performance.now();
    const result = await check(root, { source: await GitSource.open(root, "HEAD", ""), concurrency: 1 });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    const f = expectFinding(result, "runtimes/runtime.fixture.passwd_v1.json", "input/symlink", { line: 1, column: 1 });
    expect(f.message).toContain("/etc/passwd");
    expect(findingsOf(result, "runtimes/runtime.fixture.passwd_v1.json")).toEqual([f]);
    expectFinding(result, ORDINARY, "schema/violation", { line: 3, column: 19 });
  });

  it("'..' and absolute paths in a manifest's refs are package/unsafe-path, and folders outside the registry are not scanned", async () => {
    const root = copyCase("path-escape");
    // Bait beside the registry: a scanned "../outside" folder would report it.
    mkdirSync(join(root, "../outside"));
    writeFileSync(join(root, "../outside/runtime.outside.bait_v1.json"), JSON.stringify({ runtime_id: "runtime.outside.bait_v1", runtime_kind: "vm" }));
    const result = await checkBounded(root);
    expectFinding(result, "contracts/escape/manifest.json", "package/unsafe-path", { line: 5, column: 15 });
    expectFinding(result, "contracts/escape/manifest.json", "package/unsafe-path", { line: 6, column: 19 });
    expectFinding(result, "contracts/backslash/manifest.json", "package/unsafe-path", { line: 5, column: 15 });
    expectFinding(result, "mova.registry.json", "config/invalid", { line: 5, column: 7 });
    expect(result.findings.every((f) => !f.file.includes(".."))).toBe(true);
    expect(result.registry.documents.every((d) => !d.path.includes("..") && !d.path.startsWith("/"))).toBe(true);
    expect(result.registry.packages.every((p) => p.flow === undefined && p.envelope === undefined)).toBe(true);
  });

  it("control characters in ids and keys are id/control-character, and no output format prints them raw", async () => {
    const root = copyCase("control-characters");
    // A file name with an escape sequence and a line break in it.
    writeFileSync(join(root, "runtimes/runtime.\u001b[2J\nfixture_v1.json"), "{ not json");
    const result = await checkBounded(root);
    expectFinding(result, "runtimes/runtime.fixture.nul_v1.json", "id/control-character", { line: 2, column: 17 });
    expectFinding(result, "runtimes/runtime.fixture.nul_v1.json", "id/control-character", { line: 4, column: 13 });
    expectFinding(result, "connectors/connector.fixture.bidi_v1.json", "id/control-character", { line: 2, column: 19 });
    const report = buildReport(result, "registry");
    // eslint-disable-next-line no-control-regex
    const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    const text = formatText(report, { color: false });
    expect(text).not.toMatch(raw);
    expect(text).toContain("\\u0000");
    expect(text).toContain("\\u001b[2J\\u000afixture_v1.json");
    // Every line of the text report is one the report wrote: the file name forged none.
    expect(text.split("\n").filter((l) => l.startsWith("fixture_v1.json"))).toEqual([]);
    const sarif = formatSarif(report);
    expect(sarif).not.toMatch(raw);
    // Not even as JSON escapes: the decoded messages and paths hold none either.
    const results = (JSON.parse(sarif) as { runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }).runs[0]!.results;
    for (const r of results) expect(r.message.text.replace(/\n/g, " ") + r.locations[0]!.physicalLocation.artifactLocation.uri, r.message.text).not.toMatch(raw);
    expect(sarif).toContain("\\\\u0000");
    const github = formatGithub(report);
    expect(github).not.toMatch(raw);
    for (const line of github.split("\n").filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) file=/);
    expect(formatMarkdown(report, { maxFindings: 100 })).not.toMatch(raw);
  });

  it("a catastrophic pattern runs in linear time; patterns RE2 refuses are schema/unsupported-pattern", async () => {
    const result = await checkBounded(join(CORPUS, "catastrophic-regex"));
    expect(result.ms).toBeLessThan(2_000);
    const f = expectFinding(result, "envelopes/redos.json", "schema/violation", { line: 3, column: 11 });
    expect(f.pointer).toBe("/name");
    expectFinding(result, "schemas/ds.fixture_lookahead_v1.schema.json", "schema/unsupported-pattern", { line: 8, column: 18 });
    expectFinding(result, "schemas/ds.fixture_backref_v1.schema.json", "schema/unsupported-pattern", { line: 6, column: 17 });
  });

  it("a $ref to a remote URL is schema/unresolved-ref and is never fetched", async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ $id: "http://127.0.0.1/x.json", type: "string" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const root = copyCase("remote-ref");
      const url = `http://127.0.0.1:${port}/x.json`;
      writeFileSync(
        join(root, "schemas/ds.fixture_loopback_v1.schema.json"),
        JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://mova.dev/schemas/ds.fixture_loopback_v1.schema.json", type: "object", properties: { x: { $ref: url } } }, null, 2) + "\n",
      );
      const result = await checkBounded(root);
      expectFinding(result, "schemas/ds.fixture_remote_v1.schema.json", "schema/unresolved-ref", { line: 7, column: 15 });
      const f = expectFinding(result, "schemas/ds.fixture_loopback_v1.schema.json", "schema/unresolved-ref", { line: 7, column: 15 });
      expect(f.message).toContain(url);
      // Give a stray request time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});
