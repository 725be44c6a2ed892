import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PackagePlan } from "../src/registry/classify.ts";
import { flowOwnersOf, PackageIndex } from "../src/registry/package-index.ts";

/** What the classifier kept before: a set of folders, and a map of files in the plans' order, the first to name one deciding. */
function reference(plans: readonly PackagePlan[]) {
  const dirs = new Set(plans.map((p) => p.dir));
  const roles = new Map<string, "flow" | "envelope">();
  for (const p of plans) for (const role of ["flow", "envelope"] as const) if (p[role] && !roles.has(p[role]!)) roles.set(p[role]!, role);
  return { dirs, roles };
}

const segment = fc.constantFrom("a", "b", "a-b", "ab", "-x", "é", "a.b", "Z");
const folder = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join("/"));
/** A plan as the classifier makes one: its flow and envelope inside its folder, or anywhere for the registry's top ("."). */
const plan = fc.tuple(fc.oneof(folder, fc.constant(".")), fc.option(folder), fc.option(folder), fc.boolean(), fc.option(fc.constantFrom("c1", "c2", "c3"))).map(([dir, flow, envelope, same, id]): PackagePlan => {
  const inside = (f: string) => (dir === "." ? `${f}.json` : `${dir}/${f}.json`);
  const p: PackagePlan = { dir, manifest: inside("manifest"), system: false };
  if (id !== null) p.id = id;
  if (flow !== null) p.flow = inside(flow);
  if (envelope !== null) p.envelope = same && p.flow ? p.flow : inside(envelope);
  return p;
});

describe("the package index (package folders, which files are a flow or an envelope, and whose flow)", () => {
  it("lets the first package in folder order decide a file two packages name, wherever they stand", () => {
    const plans: PackagePlan[] = [
      { dir: "-x", manifest: "-x/manifest.json", system: false, envelope: "-x/flow.json" },
      { dir: ".", manifest: "manifest.json", system: false, flow: "-x/flow.json" },
      { dir: "a", manifest: "a/manifest.json", system: false, flow: "a/b/x.json" },
      { dir: "a/b", manifest: "a/b/manifest.json", system: false, envelope: "a/b/x.json", flow: "a/b/y.json" },
    ];
    const index = new PackageIndex(plans);
    expect([index.roleOf("-x/flow.json"), index.roleOf("a/b/x.json"), index.roleOf("a/b/y.json"), index.roleOf("a/b/z.json")]).toEqual(["envelope", "flow", "flow", undefined]);
    expect([index.hasDir("a/b"), index.hasDir("a/c"), index.hasDir(".")]).toEqual([true, false, true]);
  });

  it("answers as the set and the map of every plan do, by search for a few questions and by the table after many", () => {
    fc.assert(
      fc.property(fc.array(plan, { maxLength: 12 }), fc.array(folder, { maxLength: 20 }), (unsorted, asked) => {
        // Sorted by folder, stably, as the classifier sorts them.
        const plans = [...unsorted].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
        const { dirs, roles } = reference(plans);
        const paths = [...asked.map((f) => `${f}.json`), ...plans.flatMap((p) => [p.flow, p.envelope, p.manifest].filter((x): x is string => !!x))];
        const questions = [...asked, ...plans.map((p) => p.dir), ".", "/"];
        const searching = new PackageIndex(plans);
        const owners = flowOwnersOf(plans);
        for (const path of paths) expect(searching.roleOf(path), path).toBe(roles.get(path));
        for (const path of paths) expect([searching.has(path), searching.get(path)], path).toEqual([owners.has(path), owners.get(path)]);
        for (const dir of questions) expect(searching.hasDir(dir), dir).toBe(dirs.has(dir));
        const mapped = new PackageIndex(plans);
        for (let i = 0; i < 1100; i++) mapped.hasDir("warm-up");
        for (const path of paths) expect(mapped.roleOf(path), path).toBe(roles.get(path));
        for (const path of paths) expect([mapped.has(path), mapped.get(path)], path).toEqual([owners.has(path), owners.get(path)]);
        for (const dir of questions) expect(mapped.hasDir(dir), dir).toBe(dirs.has(dir));
      }),
      { numRuns: 500 },
    );
  });
});
