import { describe, expect, it } from "vitest";
import { hashOf, StringTable } from "../src/util/intern.ts";

describe("a table of strings", () => {
  it("numbers each string once, in the order first seen, and gives back its own copy", () => {
    const table = new StringTable();
    expect(["b", "a", "b", "", "a", "c"].map((s) => table.indexOf(s))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(table.strings).toEqual(["b", "a", "", "c"]);
    // The same text made anew is the same word.
    const made = ["conn", "ector.x_v1"].join("");
    expect(table.indexOf("connector.x_v1")).toBe(4);
    expect(table.indexOf(made)).toBe(4);
    expect(table.intern(made)).toBe("connector.x_v1");
    expect(table.strings).toHaveLength(5);
    expect(table.find("d")).toBe(-1);
    expect(table.strings).toHaveLength(5);
  });

  it("answers as a map would, however it grows and whatever it was sized for", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const expected of [0, 10, 5000]) {
      const table = new StringTable(expected);
      const model = new Map<string, number>();
      for (let i = 0; i < 20_000; i++) {
        // Ids of one family, differing only in a few characters, as a registry's are; some long, some not ASCII.
        const n = Math.floor(random() * 8000);
        const word = n % 97 === 0 ? `ds.ünïcode_${n}_v1` : n % 89 === 0 ? `runtime.${"x".repeat(n % 300)}_${n}` : `runtime.bench.worker_${n}_v1`;
        // find answers without listing.
        expect(table.find(word)).toBe(model.get(word) ?? -1);
        if (!model.has(word)) model.set(word, model.size);
        expect(table.indexOf(word)).toBe(model.get(word));
      }
      expect(table.strings).toEqual([...model.keys()]);
      for (const [word, n] of model) expect(table.indexOf(word)).toBe(n);
    }
  });
});

describe("the table's hash", () => {
  it("spreads words that differ only in their characters' high bits over a small table's slots", () => {
    // Characters U+4E00 and U+CE00 differ only in bit 15: a table of 2^13 slots sees the low 13 bits of the hash, which,
    // unless the hash mixes its high bits down, depend on the low 13 bits of each character alone.
    const words = Array.from({ length: 4000 }, (_, n) => Array.from({ length: 12 }, (_, b) => String.fromCharCode((n >> b) & 1 ? 0xce00 : 0x4e00)).join(""));
    const slots = new Set(words.map((w) => hashOf(w) & 8191));
    // Random places would fill about 3,200 of the 8,192 (3,098 the fewest over 30 seeds); unmixed, all 4,000 words take one.
    expect(slots.size).toBeGreaterThan(2500);
    const table = new StringTable();
    words.forEach((w, n) => expect(table.indexOf(w)).toBe(n));
    words.forEach((w, n) => expect(table.find(w)).toBe(n));
  });

  it("gives words that differ only in bit 15 of their characters, at even places or odd, hashes of their own", () => {
    // Two code units are hashed as one 32-bit word: an odd place's unit goes to the top half, and unless each step folds
    // its high bits down, changing bit 15 of two such units would leave the hash as it was.
    const words = Array.from({ length: 4000 }, (_, n) => Array.from({ length: 12 }, (_, b) => String.fromCharCode((n >> b) & 1 ? 0xce00 : 0x4e00)).join(""));
    // 4,000 random 32-bit hashes share one about once in 500 runs.
    expect(new Set(words.map(hashOf)).size).toBeGreaterThanOrEqual(3999);
  });

  it("tells a word from the same word with a NUL unit after it", () => {
    // Units are taken two at a time: the last of an odd length alone is the same word as that unit and U+0000.
    for (const w of ["a", "abc", "runtime.x_v1"]) expect(hashOf(w)).not.toBe(hashOf(`${w}\u0000`));
  });
});
