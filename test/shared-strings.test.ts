import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedCount, sharedString, shareStrings } from "../src/util/shared-strings.ts";

describe("strings in shared memory (the paths every worker thread takes from)", () => {
  it("gives back every string as it was, in shared memory", () => {
    const list = ["runtimes/runtime.a_v1.json", "", "contracts/ünïcode/мова.json", "emoji/😀.json", "x".repeat(5000)];
    const shared = shareStrings(list);
    expect(shared.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.offsets.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(sharedCount(shared)).toBe(list.length);
    expect(list.map((_, i) => sharedString(shared, i))).toEqual(list);
  });

  it("gives back a list of plain ASCII paths, and one with a single other character, alike", () => {
    const ascii = Array.from({ length: 300 }, (_, i) => `contracts/flow_${i}/flow.json`);
    for (const list of [ascii, [...ascii.slice(0, 150), "contracts/é.json", ...ascii.slice(150)]]) {
      const shared = shareStrings(list);
      expect(list.map((_, i) => sharedString(shared, i))).toEqual(list);
    }
  });

  it("gives back any list of well-formed strings, however many bytes each character takes", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { maxLength: 40 }), (list) => {
        const shared = shareStrings(list);
        expect(list.map((_, i) => sharedString(shared, i))).toEqual(list);
        expect(shared.bytes.length).toBe(Buffer.byteLength(list.join(""), "utf8"));
      }),
      { numRuns: 300 },
    );
  });

  it("holds an empty list", () => {
    const shared = shareStrings([]);
    expect(sharedCount(shared)).toBe(0);
  });
});
