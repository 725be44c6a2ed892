import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ACTION_V8_FLAGS, V8_FLAGS } from "../src/util/v8-tuning.ts";

/**
 * The young generation's size (both semi-spaces) at its largest, in a Node
 * process that sets `flags` at run time, as the action does, then keeps
 * 300,000 small objects alive: the survivals that make V8 grow it.
 */
function youngGenerationPeak(flags: readonly string[], nodeFlags: readonly string[] = []): number {
  const script = `
    const v8 = require("node:v8");
    for (const flag of ${JSON.stringify(flags)}) v8.setFlagsFromString(flag);
    const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;
    const kept = [];
    let peak = size();
    for (let i = 0; i < 300000; i++) {
      kept.push({ i, name: "x" + i });
      if (i % 1000 === 0) peak = Math.max(peak, size());
    }
    process.stdout.write(String(peak));`;
  const r = spawnSync(process.execPath, [...nodeFlags, "-e", script], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return Number(r.stdout);
}

const MB = 1024 * 1024;

describe("the action's V8 flags", () => {
  it("keep the young generation small when set at run time, as the action sets them (the runner passes Node no flags)", () => {
    // Without them V8 lets it grow to its default cap (32 MB); the CLI's bin caps it from the command line (8 MB).
    expect(youngGenerationPeak(V8_FLAGS)).toBeGreaterThan(16 * MB);
    const cli = youngGenerationPeak([], ["--max-semi-space-size=4"]);
    expect(cli).toBeLessThanOrEqual(8 * MB);
    // 2 to 4.25 MB in 80 runs, two and four at a time: V8 still grows it now and then, by a page or so, not by doubling.
    expect(youngGenerationPeak(ACTION_V8_FLAGS)).toBeLessThanOrEqual(cli);
  });

  it("are the CLI's flags and one more: the action's check runs under the same V8 settings otherwise", () => {
    expect(ACTION_V8_FLAGS.slice(0, V8_FLAGS.length)).toEqual([...V8_FLAGS]);
    expect(ACTION_V8_FLAGS.slice(V8_FLAGS.length)).toEqual(["--semi-space-growth-factor=1"]);
  });
});
