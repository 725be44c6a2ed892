import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRegistry } from "../bench/generate.ts";
import { check, type CheckResult } from "../src/check.ts";
import { runCli } from "../src/cli/run.ts";
import { checkShard, mergeShards, parseShard, shardOf } from "../src/shard.ts";

const root = mkdtempSync(join(tmpdir(), "mova-shards-"));
generateRegistry(root, 900);
// A manifest known only by its schema_id, in another shard than its flow: that shard would take the flow for an unclassified file.
const apart = (name: string) => [3, 5].every((n) => shardOf(`contracts/extra/${name}.json`, n) !== shardOf("contracts/extra/steps.json", n));
const manifestName = Array.from({ length: 100 }, (_, i) => `package_${i}`).find(apart)!;
mkdirSync(join(root, "contracts/extra"));
writeFileSync(join(root, `contracts/extra/${manifestName}.json`), JSON.stringify({ ...JSON.parse(readFileSync(join(root, "contracts/flow_4/manifest.json"), "utf8")), package_id: "contract.bench.extra_v1", flow_ref: "steps.json", schema_id: "package.contract_package_manifest_v1" }));
writeFileSync(join(root, "contracts/extra/steps.json"), readFileSync(join(root, "contracts/flow_4/flow.json")));

function outcome(result: CheckResult) {
  return {
    findings: result.findings,
    documents: result.registry.documents.map((d) => `${d.path} ${d.kind} ${d.classifiedBy} ${d.id} ${d.schemaId} ${d.packageDir} ${(d.references ?? []).map((r) => `${r.kind}:${r.target}@${r.pointer}`).join(",")}`),
  };
}

describe("sharded check", () => {
  it("splits documents by a hash of their path, every document in exactly one shard", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(() => parseShard("5/4")).toThrow(/K\/N/);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`runtimes/runtime.x.w_${i}_v1.json`, 4) - 1]!++;
    for (const n of counts) expect(n).toBeGreaterThan(850);
  });

  it("merges a shard whose one document has 100,000 findings in bounded time", async () => {
    // The findings were once grouped by file by copying the file's list for each: this took merge-reports over 40 s.
    const hostile = mkdtempSync(join(tmpdir(), "mova-shard-findings-"));
    mkdirSync(join(hostile, "episodes"));
    const episode = { episode_id: "e1", episode_type: "execution", mova_version: "4.1.1", recorded_at: "2026-01-01T00:00:00Z", executor: { executor_id: "x" }, result_status: "completed", result_summary: "done", input_data_refs: Array.from({ length: 100_000 }, () => ({ data_type: 1 })) };
    writeFileSync(join(hostile, "episodes/e.json"), JSON.stringify(episode, null, 1));
    const report = await checkShard(hostile, { concurrency: 1 }, { index: 1, count: 1 });
    expect(report.documentFindings.length).toBe(100_000);
    const started = performance.now();
    const merged = await mergeShards(hostile, { concurrency: 1 }, [report]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(merged.findings.filter((f) => f.file === "episodes/e.json").length).toBe(100_000);
  }, 60_000);

  it.each([1, 3, 5])("merging %i shards gives the full check's findings and documents", async (count) => {
    const full = await check(root, { concurrency: 1 });
    const reports = [];
    for (let k = 1; k <= count; k++) reports.push(JSON.parse(JSON.stringify(await checkShard(root, { concurrency: 1 }, { index: k, count }))));
    expect(reports.reduce((n, r) => n + r.documents.path.length, 0)).toBeGreaterThan(800);
    expect(outcome(await mergeShards(root, { concurrency: 1 }, reports))).toEqual(outcome(full));
    expect(full.registry.documents.find((d) => d.path === "contracts/extra/steps.json")?.kind).toBe("flow");
  });

  it("the CLI writes shard reports and merges them, refusing a missing shard", async () => {
    const out = mkdtempSync(join(tmpdir(), "mova-shard-out-"));
    const io = (lines: string[]) => ({ stdout: (t: string) => lines.push(t), stderr: (t: string) => lines.push(t), cwd: out, color: false });
    const logs: string[] = [];
    for (const k of [1, 2]) expect(await runCli(["check", root, "--shard", `${k}/2`, "--out", `s${k}.json`], io(logs))).toBe(0);
    expect(logs.join("")).toMatch(/shard 1\/2 of .*: \d+ documents checked/);
    const merged: string[] = [];
    const code = await runCli(["merge-reports", "--registry", root, "s1.json", "s2.json", "--format", "json"], io(merged));
    const full: string[] = [];
    expect(await runCli(["check", root, "--format", "json"], io(full))).toBe(code);
    expect(JSON.parse(merged.join("")).findings).toEqual(JSON.parse(full.join("")).findings);
    const refused: string[] = [];
    expect(await runCli(["merge-reports", "--registry", root, "s1.json"], io(refused))).toBe(2);
    expect(refused.join("")).toMatch(/missing the report of shard 2\/2/);
    // A damaged report (its strings cut short, or its columns gone) is refused with a usage error, not merged into a wrong result.
    const report = JSON.parse(readFileSync(join(out, "s2.json"), "utf8")) as { documents: { strings: string[] } | undefined; documentFindings: unknown[] };
    const damages = [
      (r: typeof report) => (r.documents!.strings = r.documents!.strings.slice(0, 2)),
      (r: typeof report) => delete r.documents,
      (r: typeof report) => (r.documentFindings = [...r.documentFindings, { rule: "x" }]),
    ];
    for (const damage of damages) {
      const copy = structuredClone(report);
      damage(copy);
      writeFileSync(join(out, "s2-damaged.json"), JSON.stringify(copy));
      const damaged: string[] = [];
      expect(await runCli(["merge-reports", "--registry", root, "s1.json", "s2-damaged.json"], io(damaged))).toBe(2);
      expect(damaged.join("")).toMatch(/a shard report is damaged: its parts are not what check --shard writes \(shard 2\/2\); write it again/);
    }
  });
});
