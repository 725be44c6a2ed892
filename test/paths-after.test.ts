import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathsAfter } from "../src/incremental/incremental.ts";
import { PathIndex } from "../src/util/path-index.ts";

describe("the head's paths from the cache's (pathsAfter)", () => {
  it("are the cache's less the deleted with the added, sorted, each with its place in the cache", () => {
    const path = fc.stringMatching(/^[a-c]{1,3}(\/[a-c]{1,2})?\.json$/);
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 30 }), fc.uniqueArray(path, { maxLength: 8 }), fc.boolean(), fc.boolean(), (cached, candidates, sortCache, dropSome) => {
        const before = sortCache ? [...cached].sort() : cached;
        // Deleted: some of the cache's paths, and files it never listed (git reports any deleted file of the folder).
        const deleted = new Set([...(dropSome ? before.filter((_, i) => i % 3 === 0) : []), "z/never-listed.json"]);
        const added = candidates.filter((p) => !before.includes(p));
        const index = new PathIndex(before);
        const { paths, cached: at } = pathsAfter(index, deleted, [...added]);
        expect(paths).toEqual(before.filter((p) => !deleted.has(p)).concat(added).sort());
        expect(Array.from(at)).toEqual(paths.map((p) => before.indexOf(p)));
      }),
      { numRuns: 500 },
    );
  });
});
