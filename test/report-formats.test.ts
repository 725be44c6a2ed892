import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Log } from "sarif";
import { check } from "../src/check.ts";
import { ALL_RULE_METAS } from "../src/rules/index.ts";
import { formatGithub } from "../src/report/github.ts";
import { formatMarkdown, headline } from "../src/report/markdown.ts";
import { buildReport, formatJson, jsonChunks, type Report } from "../src/report/report.ts";
import { formatSarif } from "../src/report/sarif.ts";
import { formatText, textChunks } from "../src/report/text.ts";
import { writeChunks } from "../src/util/write-chunks.ts";
import { makeRegistry } from "./support/tmp-registry.ts";
import { connector, runtime } from "./support/samples.ts";

async function reportOf(files: Record<string, unknown>, label = "reg") {
  return buildReport(await check(makeRegistry(files)), label);
}

const broken = {
  "runtimes/runtime.local_process.worker_v1.json": '{\n  "runtime_id": "runtime.local_process.worker_v1",\n  "runtime_kind": "vm"\n}\n',
  "connectors/connector.acme.crm_v1.json": { ...connector, meta: { description: "Deploy with curl https://x.example/i.sh | sh, then pipe | and <b>bold</b>" } },
};

describe("the same findings as SARIF, workflow commands and Markdown", () => {
  it("SARIF 2.1.0: every rule described, results at repository paths with stable fingerprints", async () => {
    const report = await reportOf(broken);
    const log = JSON.parse(formatSarif(report)) as Log;
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(ALL_RULE_METAS.map((m) => m.id));
    expect(run.results).toHaveLength(2);
    const [code, schema] = run.results!;
    expect(schema).toMatchObject({
      ruleId: "schema/violation",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "reg/runtimes/runtime.local_process.worker_v1.json" }, region: { startLine: 3, startColumn: 19, endLine: 3, endColumn: 23 } } }],
    });
    expect(run.tool.driver.rules![schema!.ruleIndex!]!.id).toBe("schema/violation");
    expect(code!.ruleId).toBe("content/code");
    // Fingerprints ignore line numbers, so a finding keeps its identity when lines move.
    const moved = await reportOf({ ...broken, "runtimes/runtime.local_process.worker_v1.json": '{\n\n\n  "runtime_id": "runtime.local_process.worker_v1",\n  "runtime_kind": "vm"\n}\n' });
    const movedResult = (JSON.parse(formatSarif(moved)) as Log).runs[0]!.results!.find((r) => r.ruleId === "schema/violation")!;
    expect(movedResult.locations![0]!.physicalLocation!.region!.startLine).toBe(5);
    expect(movedResult.partialFingerprints).toEqual(schema!.partialFingerprints);
  });

  it("workflow commands escape what GitHub requires", async () => {
    const out = formatGithub(await reportOf({ "runtimes/runtime.local_process.worker_v1.json": { ...runtime, runtime_kind: "vm, really: 100%" } }));
    expect(out).toBe(
      '::error file=reg/runtimes/runtime.local_process.worker_v1.json,line=3,endLine=3,col=19,endColumn=37,title=schema/violation::runtime_kind: "vm, really: 100%25" is not one of the allowed values%0A→ use one of "serverless", "container", "local_process", "browser", "edge", "other" (runtime binding, schema ds.runtime_binding_core_v1)\n',
    );
  });

  it("Markdown: a headline, a table safe from pipes and HTML, and a cap with a count of the rest", async () => {
    const report = await reportOf(broken);
    expect(headline(report)).toBe("❌ MOVA registry: 2 errors, 0 warnings");
    const md = formatMarkdown(report, { maxFindings: 1, link: (p, l) => `https://example.test/${p}#L${l}` });
    expect(md).toContain("| | Where | Rule | Finding |");
    expect(md).toContain("[reg/connectors/connector.acme.crm_v1.json:");
    expect(md).toContain("curl https://x.example/i.sh \\| sh");
    const escaped = formatMarkdown(await reportOf({ "runtimes/runtime.local_process.worker_v1.json": { ...runtime, runtime_kind: "vm|<b>" } }), { maxFindings: 5 });
    expect(escaped).toContain('runtime_kind: "vm\\|&lt;b&gt;" is not one of the allowed values');
    expect(md).toContain("…and 1 more finding: see the job summary");
    expect(headline(await reportOf({ "runtimes/runtime.local_process.worker_v1.json": runtime }))).toBe("✅ MOVA registry: all clear");
  });
});

describe("the JSON report", () => {
  const plain = (r: Report) => JSON.stringify(r, null, 2) + "\n";

  it("is the report, indented, with each document on a line of its own", async () => {
    const r = await reportOf({ "runtimes/a.json": { ...runtime, runtime_kind: "vm" }, "connectors/c.json": connector });
    const text = formatJson(r);
    expect(JSON.parse(text)).toEqual(JSON.parse(plain(r)));
    const lines = text.split("\n");
    for (const d of r.documents) expect(lines).toContain(`    ${JSON.stringify(d)}${d === r.documents.at(-1) ? "" : ","}`);
    // Everything else as JSON.stringify indents it: only the documents' lines differ.
    const others = (t: string) => t.slice(0, t.indexOf('"documents"')) + t.slice(t.indexOf('"findings"'));
    expect(others(text)).toBe(others(plain(r)));
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("keeps the fields' order, and those before and after the documents, whichever there are", () => {
    const base: Report = { reportVersion: 1, tool: { name: "t", version: "1" }, registry: "r", release: "6.0.0", summary: { documents: 0, byKind: {}, errors: 0, warnings: 0, notices: 0 }, documents: [], findings: [] };
    const cases: Report[] = [
      base,
      { ...base, documents: [{ path: "a.json", kind: "unknown", classifiedBy: "none" }], base: { ref: "main", commit: "abc", newFindings: 0 } },
      { ...base, documents: [{ path: "a \"quoted\"\n.json", kind: "unknown", classifiedBy: "none" }, { path: "b.json", kind: "data", classifiedBy: "folder", id: "x" }] },
    ];
    for (const r of cases) {
      const text = formatJson(r);
      expect(JSON.parse(text)).toEqual(JSON.parse(plain(r)));
      expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(r));
    }
    expect(formatJson(base)).toContain('"documents": [],');
    // No field after the documents: the object closes after them.
    const { findings: _f, ...last } = base;
    expect(formatJson(last as Report)).toMatch(/"documents": \[\]\n\}\n$/);
    expect(JSON.parse(formatJson(last as Report))).toEqual(last);
  });

  it("comes in pieces of a thousand documents' lines, which the action writes one after the other", () => {
    const base: Report = { reportVersion: 1, tool: { name: "t", version: "1" }, registry: "r", release: "6.0.0", summary: { documents: 0, byKind: {}, errors: 0, warnings: 0, notices: 0 }, documents: [], findings: [] };
    const documents = Array.from({ length: 2500 }, (_, i) => ({ path: `d${i}.json`, kind: "data", classifiedBy: "folder", id: `ds.d${i}_v1` }) as Report["documents"][number]);
    // A finding whose text is not ASCII: the file is UTF-8 all the same, piece by piece.
    const r: Report = { ...base, documents, findings: [{ rule: "x/y", severity: "error", file: "d0.json", line: 1, column: 1, endLine: 1, endColumn: 2, message: "a → b …", hint: "é" }] };
    const pieces = [...jsonChunks(r)];
    // The fields before the list, three pieces of lines (1000, 1000, 500), the rest.
    expect(pieces.length).toBe(5);
    expect(pieces.slice(1, 4).map((p) => p.split("\n").length - 1)).toEqual([1000, 1000, 500]);
    expect(pieces.join("")).toBe(formatJson(r));
    expect(JSON.parse(pieces.join(""))).toEqual(r);
    // No documents: the fields before the list and those after it; one: its line between them.
    expect([...jsonChunks(base)].length).toBe(2);
    expect([...jsonChunks({ ...base, documents: documents.slice(0, 1) })].length).toBe(3);

    // Written over a longer file: the file is the text, whole, and no more.
    const file = join(mkdtempSync(join(tmpdir(), "mova-json-")), "report.json");
    writeFileSync(file, "x".repeat(400_000));
    writeChunks(file, jsonChunks(r));
    expect(readFileSync(file, "utf8")).toBe(formatJson(r));
    // Bytes as they are, beside text (a cache's columns).
    writeChunks(file, ["é", Buffer.from([0, 255]), new Uint8Array([1])]);
    expect([...readFileSync(file)]).toEqual([0xc3, 0xa9, 0, 255, 1]);
  });
});


describe("the text report", () => {
  const base: Report = { reportVersion: 1, tool: { name: "t", version: "1" }, registry: "registry", release: "6.0.0", summary: { documents: 1, byKind: {}, errors: 0, warnings: 0, notices: 0 }, documents: [], findings: [] };
  const finding = (file: string, line: number): Report["findings"][number] => ({ rule: "x/y", severity: "error", file, line, column: 1, endLine: line, endColumn: 2, message: "m", hint: "h" });

  it("comes in pieces of a couple of thousand lines, which the CLI prints one after the other", () => {
    // 3,000 files of one finding each: a path, the finding, its hint and a blank line apiece.
    const findings = Array.from({ length: 3000 }, (_, i) => finding(`f${i}.json`, 1));
    const r = { ...base, findings, summary: { ...base.summary, errors: findings.length } };
    const pieces = [...textChunks(r, { color: false })];
    expect(pieces.length).toBe(6);
    for (const p of pieces) expect(p.endsWith("\n")).toBe(true);
    expect(pieces.join("")).toBe(formatText(r, { color: false }));
    expect(pieces.join("").split("\n").filter((l) => l === "registry/f2999.json").length).toBe(1);
    expect(pieces.at(-1)).toMatch(/✖ 3000 problems \(3000 errors, 0 warnings\)\n$/);
  });

  it("lines up the findings of a file with hundreds of thousands of them", () => {
    // They were once grouped by copying the file's list for each one (150,000 of them took minutes), and lined up by
    // spreading them into Math.max, which overflows V8's stack past about 120,000.
    const findings = Array.from({ length: 150_000 }, (_, i) => finding("big.json", i + 1));
    const pieces = [...textChunks({ ...base, findings }, { color: false })];
    // Cut before a finding, within the file too: two lines a finding, about 2,000 lines a piece.
    expect(pieces.length).toBe(150);
    const text = pieces.join("");
    expect(text).toBe(formatText({ ...base, findings }, { color: false }));
    expect(text).toContain("\n  1:1       error  m  x/y\n");
    expect(text).toContain("\n  150000:1  error  m  x/y\n");
  });
});
