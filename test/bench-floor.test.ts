import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRegistry } from "../bench/generate.ts";
import { check } from "../src/check.ts";

describe("bench: the parse floor", () => {
  it("reads the files the check reads, and finds the same of them not to be JSON", async () => {
    const root = join(mkdtempSync(join(tmpdir(), "mova-floor-test-")), "registry");
    const { planted } = generateRegistry(root, 300);
    const out = execFileSync(process.execPath, [join(import.meta.dirname, "../bench/floor.mjs"), root], { encoding: "utf8" });
    const [, files, , notJson] = /^(\d+) files, (\d+) bytes, (\d+) not JSON$/m.exec(out)!.map(Number);
    const { registry, findings } = await check(root, { concurrency: 1 });
    // Every file the check reads is the frame's or a document: the registry lists each once.
    expect(files).toBe(registry.documents.length);
    expect(notJson).toBe(new Set(findings.filter((f) => f.rule === "json/syntax").map((f) => f.file)).size);
    expect(Object.values(planted)).toContain("json/syntax");
  }, 60_000);
});
