import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PathIndex } from "../src/util/path-index.ts";
import { posix } from "node:path";
import { foldersOf, joinInside, parentOf } from "../src/util/folders.ts";
import { isFramePath, isGlobalFramePath } from "../src/registry/classify.ts";
import { resolveConfig } from "../src/config/config.ts";

describe("PathIndex", () => {
  const paths = ["a/1.json", "a/2.json", "b/x.json", "b/y/z.json", "c.json"];

  it("finds each path in order, out of order, and not at all", () => {
    const index = new PathIndex(paths);
    expect(paths.map((p) => index.get(p))).toEqual([0, 1, 2, 3, 4]);
    expect(index.get("a/2.json")).toBe(1);
    expect(index.get("b/0.json")).toBeUndefined();
    expect(index.get("zzz")).toBeUndefined();
    expect(index.get("")).toBeUndefined();
    expect(index.get("c.json")).toBe(4);
    expect(index.has("a/1.json")).toBe(true);
    expect(index.has("a/3.json")).toBe(false);
  });

  it("answers as a map does for any sorted or unsorted list and any order of questions", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 60 }), fc.boolean(), fc.array(fc.string({ maxLength: 6 }), { maxLength: 80 }), (list, sort, extra) => {
        const ps = sort ? [...list].sort() : list;
        const index = new PathIndex(ps);
        const map = new Map(ps.map((p, i) => [p, i]));
        // Questions in order first (as a load asks), then scattered ones, then in order by threes each asked backwards (a package's files).
        const sorted = [...ps].sort();
        const threes = sorted.flatMap((_, i) => (i % 3 === 0 ? sorted.slice(i, i + 3).reverse() : []));
        for (const q of [...sorted, ...extra, ...ps, ...threes]) expect(index.get(q)).toBe(map.get(q));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});

describe("the folder of a listed path", () => {
  it("is what posix.dirname says, for the clean relative paths a listing makes", () => {
    const paths = ["a.json", "runtimes/a.json", "contracts/pkg/flow.json", "contracts/pkg/sub/deep/x.json", "a b/ü.json", ".x/y.json", "a.b/c.d.json", "/abs.json", "/a/b.json", "x/.json"];
    for (const p of paths) expect(parentOf(p), p).toBe(posix.dirname(p));
    expect([...foldersOf("contracts/pkg/sub/x.json")]).toEqual(["contracts/pkg/sub", "contracts/pkg", "contracts"]);
    expect([...foldersOf("x.json")]).toEqual([]);
  });
});

describe("a manifest's ref joined to its folder", () => {
  it("is what posix.join says, for every relative ref without \"..\"", () => {
    const segment = fc.constantFrom("", ".", "a", "flow.json", ".x", "..x", "x.", "a b", "ü");
    const ref = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join("/"));
    const dir = fc.constantFrom(".", "contracts/a", "a", "contracts/a/b");
    fc.assert(fc.property(dir, ref, (d, r) => joinInside(d, r) === posix.join(d, r)), { numRuns: 2000 });
  });
});

describe("which listed paths are the frame's", () => {
  it("are the config, schemas, global catalogs (by the pattern ^global\\..+\\.json$) and manifests", () => {
    const config = resolveConfig({});
    const globalName = /^global\..+\.json$/;
    const name = fc.constantFrom("manifest.json", "mova.registry.json", "global.json", "global..json", "global.x.json", "global.\n.json", "global.\u2028.json", "global.a.b.json", "x.schema.json", ".schema.json", "flow.json", "globals.x.json", "global.x.jsonx");
    const path = fc.tuple(fc.constantFrom("", "globals/", "contracts/p/", "schemas/"), name).map(([d, n]) => d + n);
    fc.assert(
      fc.property(path, (p) => {
        const n = p.slice(p.lastIndexOf("/") + 1);
        const global = p === "mova.registry.json" || n.endsWith(".schema.json") || globalName.test(n);
        return isGlobalFramePath(p) === global && isFramePath(p, config) === (global || p === config.acceptedChangesFile || n === "manifest.json");
      }),
      { numRuns: 500 },
    );
  });
});
