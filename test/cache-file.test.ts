import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cacheBody, cacheHeader, encodeCache, type CacheBody } from "../src/incremental/cache-file.ts";
import { encodeColumnsFile } from "../src/util/columns-file.ts";
import type { PackagePlan } from "../src/registry/classify.ts";
import type { DocumentColumns } from "../src/registry/columns.ts";

/** Columns of `n` documents over `strings`, each pointing at strings by number, as a ColumnsWriter would make them. */
function columns(strings: string[], n: number): DocumentColumns {
  const pick = (i: number) => (strings.length === 0 ? -1 : i % strings.length);
  const refs = strings.length === 0 ? [] : Array.from({ length: 4 * n }, (_, i) => pick(i));
  return {
    strings,
    path: Array.from({ length: n }, (_, i) => pick(i)),
    kind: Array.from({ length: n }, (_, i) => pick(i + 1)),
    classifiedBy: Array.from({ length: n }, () => pick(0)),
    id: Array.from({ length: n }, (_, i) => (i % 2 ? -1 : pick(i + 2))),
    schemaId: Array.from({ length: n }, () => -1),
    packageDir: Array.from({ length: n }, (_, i) => pick(i + 3)),
    refStart: Array.from({ length: n + 1 }, (_, i) => (strings.length === 0 ? 0 : 4 * i)),
    refs,
  };
}

function roundTrip(header: Record<string, unknown>, body: CacheBody, chunkUnits?: number) {
  // Read at an odd place in a larger buffer, as a slice of one would be: the columns are copied, not misread.
  const bytes = Buffer.concat([Buffer.alloc(3), ...encodeCache(header, body, chunkUnits)]).subarray(3);
  const read = cacheHeader(bytes);
  if (!read) throw new Error("no header");
  return { header: read.header, body: cacheBody(bytes, read.header, read.end) };
}

const plain = (c: DocumentColumns) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Array.from(v as ArrayLike<unknown>)]));

describe("the cache file (a header, columns in place and the strings once)", () => {
  it("gives back the header, every column, every string and every plan as they were", () => {
    const strings = ["runtimes/runtime.a_v1.json", "", "contracts/ünïcode/мова.json", "emoji/😀.json", "x".repeat(5000), "a\u0000b"];
    const plans: PackagePlan[] = [
      { dir: "contracts/a", manifest: "contracts/a/manifest.json", system: false },
      { dir: "contracts/b", manifest: "contracts/b/other.json", system: true, id: "pkg.b", flow: "contracts/b/flow.json", envelope: "contracts/b/env.json" },
    ];
    const documents = columns(strings, 7);
    const { header, body } = roundTrip({ commit: "abc", findings: [{ rule: "x" }] }, { documents, plans });
    expect(header).toMatchObject({ commit: "abc", findings: [{ rule: "x" }] });
    // The plans' strings follow the documents' (those already there are not listed twice).
    expect(plain(body!.documents)).toEqual({ ...plain(documents), strings: [...strings, "contracts/a", "contracts/a/manifest.json", "contracts/b", "contracts/b/other.json", "pkg.b", "contracts/b/flow.json", "contracts/b/env.json"] });
    expect(body!.plans).toEqual(plans);
    expect(body!.documents.path).toBeInstanceOf(Int32Array);
  });

  it("writes its header in ASCII, escaping what is past it, and reads it back as it was", () => {
    const header = { message: "“quoted” → мова 😀 \u0080\u00ff", lone: "a\ud800b", findings: [{ rule: "ü" }] };
    const bytes = Buffer.concat(encodeCache(header, { documents: columns(["a"], 1), plans: [] }));
    const read = cacheHeader(bytes)!;
    expect(read.header).toMatchObject(header);
    // After the format's line and the header's length (4 bytes).
    const json = bytes.subarray(bytes.indexOf(10) + 5, read.end);
    expect(json.length).toBeGreaterThan(100);
    expect([...json].every((b) => b < 0x80)).toBe(true);
  });

  it("keeps a lone surrogate (a JSON key written \\ud800), which UTF-8 cannot hold", () => {
    const strings = ["/a\ud800b", "/é", "/\udfff"];
    const { header, body } = roundTrip({}, { documents: columns(strings, 3), plans: [] });
    expect(header.text.encoding).toBe("utf16le");
    expect(body!.documents.strings).toEqual(strings);
  });

  it("cuts its text into chunks at the ends of strings, one chunk for a string longer than a chunk", () => {
    const strings = ["ab", "cdé", "", "f", "x".repeat(9), "😀g", "h", "мова"];
    for (const units of [1, 3, 4, 8, 100]) {
      const { header, body } = roundTrip({}, { documents: columns(strings, 8), plans: [] }, units);
      expect(body!.documents.strings.slice(0, strings.length)).toEqual(strings);
      const chunks = header.text.chunks;
      expect(chunks.reduce((n, c) => n + c[1], 0)).toBe(strings.length);
      // Each chunk holds whole strings of at most `units` code units, or one longer string alone.
      let i = 0;
      for (const [, count] of chunks) {
        const held = strings.slice(i, (i += count));
        expect(held.join("").length <= units || held.length === 1).toBe(true);
      }
    }
    expect(roundTrip({}, { documents: columns(strings, 8), plans: [] }, 3).header.text.chunks.slice(0, 3)).toEqual([[2, 1], [4, 2], [1, 1]]);
  });

  it("is not read when its chunks do not add up to its text and strings", () => {
    const strings = ["ab", "cd", "ef"];
    const bytes = Buffer.concat(encodeCache({}, { documents: columns(strings, 3), plans: [] }, 4));
    const read = cacheHeader(bytes)!;
    expect(read.header.text.chunks).toEqual([[4, 2], [2, 1]]);
    expect(cacheBody(bytes, read.header, read.end)!.documents.strings).toEqual(strings);
    for (const chunks of [[[4, 2]], [[4, 1], [2, 2]], [[3, 2], [3, 1]], [[4, 2], [2, 1], [0, 1]], "all", [[4, 2, 0], [2, 1]], [[-2, 2], [8, 1]]])
      expect(cacheBody(bytes, { ...read.header, text: { ...read.header.text, chunks } as never }, read.end), JSON.stringify(chunks)).toBeUndefined();
    // Cut elsewhere at the ends of strings, the same text reads the same: the chunks only say where to decode.
    expect(cacheBody(bytes, { ...read.header, text: { ...read.header.text, chunks: [[6, 3], [0, 0]] } }, read.end)!.documents.strings).toEqual(strings);
  });

  it("is not read as a cache when it is a file of columns of another format, or names other columns", () => {
    const facts = Buffer.concat(encodeColumnsFile("mova-registry-catalog-facts/2", {}, [["facts", Int32Array.of(1)]], ["a"]));
    expect(cacheHeader(facts)).toBeUndefined();
    const bytes = Buffer.concat(encodeCache({}, { documents: columns(["a", "b"], 2), plans: [] }));
    const read = cacheHeader(bytes)!;
    const renamed = Object.fromEntries(Object.entries(read.header.columns).map(([k, n]) => [k === "kind" ? "type" : k, n]));
    expect(cacheBody(bytes, { ...read.header, columns: renamed }, read.end)).toBeUndefined();
    const reordered = Object.fromEntries(Object.entries(read.header.columns).reverse());
    expect(cacheBody(bytes, { ...read.header, columns: reordered }, read.end)).toBeUndefined();
    expect(cacheBody(bytes, read.header, read.end)).toBeDefined();
  });

  it("gives back any strings and plans", () => {
    const plan = fc.record(
      { dir: fc.string(), manifest: fc.string(), system: fc.boolean(), id: fc.string(), flow: fc.string(), envelope: fc.string() },
      { requiredKeys: ["dir", "manifest", "system"] },
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 20 }), { maxLength: 30 }), fc.array(plan, { maxLength: 5 }), fc.nat(12), (strings, plans, n) => {
        const documents = columns(strings, strings.length === 0 ? 0 : n);
        const { body } = roundTrip({}, { documents, plans });
        expect(body!.documents.strings.slice(0, strings.length)).toEqual(strings);
        expect({ ...plain(body!.documents), strings }).toEqual(plain(documents));
        expect(body!.plans).toEqual(plans);
      }),
      { numRuns: 300 },
    );
  });

  it("is not read when its bytes do not add up: cut short, run on, or a plan naming no string", () => {
    const chunks = encodeCache({}, { documents: columns(["a", "b"], 2), plans: [{ dir: "d", manifest: "d/manifest.json", system: false }] });
    const whole = Buffer.concat(chunks);
    for (const bytes of [whole.subarray(0, whole.length - 1), Buffer.concat([whole, Buffer.from("x")]), whole.subarray(0, 10)]) {
      const read = cacheHeader(bytes);
      expect(read && cacheBody(bytes, read.header, read.end)).toBeUndefined();
    }
    const read = cacheHeader(whole)!;
    expect(cacheBody(whole, read.header, read.end)).toBeDefined();
    const noManifest = Buffer.concat(encodeCache({}, { documents: columns(["a"], 1), plans: [{ dir: "d" } as PackagePlan] }));
    const header = cacheHeader(noManifest)!;
    expect(cacheBody(noManifest, header.header, header.end)).toBeUndefined();
  });
});
