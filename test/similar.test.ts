import { describe, expect, it } from "vitest";
import { closest, editDistance, Names, stillClosest } from "../src/util/similar.ts";

/** The textbook table, kept here as the reference the fast distance must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

describe("editDistance", () => {
  it("counts a transposition as one edit", () => {
    expect(editDistance("aprove", "approve")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("ca", "abc")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("agrees with the table on random words of every length up to and past 32", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
    for (let t = 0; t < 20000; t++) {
      const alphabet = "abcd".slice(0, 1 + Math.floor(rnd() * 4));
      const a = word(1 + Math.floor(rnd() * 40), alphabet);
      const b = word(Math.floor(rnd() * 40), alphabet);
      expect(editDistance(a, b), `${a} ${b}`).toBe(reference(a, b));
    }
  });
});

describe("closest", () => {
  it("suggests a near name and nothing for a far one", () => {
    expect(closest("aprove", ["approve", "reject"])).toBe("approve");
    expect(closest("banana", ["approve", "reject"])).toBeUndefined();
    expect(closest("Approve", ["approve"])).toBe("approve");
  });

  it("picks what the textbook search picks: the first candidate at the least distance, within a few edits", () => {
    const normalize = (x: string) => x.toLowerCase().replace(/[-_\s.]/g, "");
    const textbook = (word: string, candidates: string[]) => {
      const w = normalize(word);
      const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
      let best: string | undefined;
      let bestScore = limit + 1;
      for (const c of candidates) {
        if (c === word) continue;
        const d = reference(w, normalize(c));
        if (d < bestScore) [best, bestScore] = [c, d];
      }
      return best;
    };
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const id = () => `contract.${"ab"[Math.floor(rnd() * 2)]}.flow_${Math.floor(rnd() * 300)}${"xy_"[Math.floor(rnd() * 3)]}_v${1 + Math.floor(rnd() * 2)}`;
    for (let t = 0; t < 300; t++) {
      const candidates = Array.from({ length: 40 }, id);
      const word = id();
      expect(closest(word, candidates), word).toBe(textbook(word, candidates));
    }
  });

  it("answers the same over an index of a large collection", () => {
    const ids = new Map(Array.from({ length: 5000 }, (_, i) => [`connector.bench.api_${i}_v1`, i]));
    const names = Names.of(ids);
    expect(Names.of(ids)).toBe(names);
    for (const word of ["connector.bench.api_12_v2", "connector.bench.nowhere_v1", "conector.bench.api_4999_v1"]) expect(names.closest(word)).toBe(closest(word, ids.keys()));
    expect(names.closest("conector.bench.api_4999_v1")).toBe("connector.bench.api_4999_v1");
  });

  it("the index answers as the plain search does, ties and all, on random families of ids", () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    for (let round = 0; round < 20; round++) {
      const ids = new Set<string>();
      for (let i = 0; i < 400; i++) ids.add(`${pick(["runtime", "connector", "contract"])}.${pick(["a", "bb", "acme"])}.${pick(["worker", "api", "flow", "wrk"])}_${Math.floor(rnd() * 120)}_v${1 + Math.floor(rnd() * 3)}`);
      const names = Names.of(ids);
      for (let t = 0; t < 40; t++) {
        const base = pick([...ids]);
        const k = Math.floor(rnd() * base.length);
        const word = pick([base, base.slice(0, k) + base.slice(k + 1), base.slice(0, k) + "x" + base.slice(k), base.slice(0, k) + base.slice(k + 1, k + 2) + base.slice(k, k + 1) + base.slice(k + 2), `${base}_extra`, "zzz"]);
        expect(names.closest(word), word).toBe(closest(word, ids));
      }
    }
  });

  it("the index answers as the plain search does on names with capitals, separators, white space and letters beyond ASCII", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const parts = ["Api", "api", "API", "wörk", "İd", "ß", "a-b", "a_b", "a.b", "a b", "a\tb", "a\u00a0b", "x", "Flow", "ÄPI"];
    const name = () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(parts)).join(pick(["", ".", "_", "-", " "]));
    for (let round = 0; round < 30; round++) {
      const ids = new Set(Array.from({ length: 120 }, name));
      const names = Names.of(ids);
      for (let t = 0; t < 30; t++) {
        const base = pick([...ids]);
        const k = Math.floor(rnd() * base.length);
        const word = pick([base, base.slice(0, k) + base.slice(k + 1), base.toUpperCase(), base.slice(0, k) + "Q" + base.slice(k), name()]);
        expect(names.closest(word), JSON.stringify(word)).toBe(closest(word, ids));
      }
    }
  });

  it("knows when an answer survives names joining and leaving the collection (an incremental check reuses it then)", () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const id = () => `${pick(["runtime", "connector"])}.${pick(["a", "bb"])}.${pick(["worker", "api", "wrk"])}_${Math.floor(rnd() * 40)}_v${1 + Math.floor(rnd() * 2)}`;
    let kept = 0;
    for (let round = 0; round < 300; round++) {
      const before = [...new Set(Array.from({ length: 60 }, id))];
      const base = pick(before);
      const k = Math.floor(rnd() * base.length);
      const word = pick([base.slice(0, k) + base.slice(k + 1), base.slice(0, k) + "x" + base.slice(k), `${base}_x`, "zzz"]);
      if (before.includes(word)) continue;
      const answer = closest(word, before);
      // A change: a few names leave (never the answer), a few join at random places.
      const near = () => {
        const j = Math.floor(rnd() * word.length);
        return pick([word.slice(0, j) + "y" + word.slice(j + 1), word.slice(0, j) + word.slice(j + 1), base.replace(/v\d$/, "v9")]);
      };
      const added = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => (rnd() < 0.5 ? near() : id())))].filter((x) => !before.includes(x));
      const after = before.filter((x) => x === answer || rnd() > 0.1);
      for (const x of added) after.splice(Math.floor(rnd() * (after.length + 1)), 0, x);
      if (!stillClosest(word, answer, added)) continue;
      kept++;
      expect(closest(word, after), `${word} among ${added.join(", ")}`).toBe(answer);
    }
    // Most answers survive a small change; the rest are searched again.
    expect(kept).toBeGreaterThan(60);
    expect(kept).toBeLessThan(280);
  });
});
