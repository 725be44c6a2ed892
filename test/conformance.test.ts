import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.ts";
import { SchemaSet } from "../src/schemas/schema-set.ts";
import { RELEASES, type Release } from "../src/schemas/releases.ts";
import { officialAjv, officialVerdict, readJsonFile, specFiles } from "./support/shared.ts";
import { makeRegistry } from "./support/tmp-registry.ts";

interface Sample {
  label: string;
  schemaId: string;
  value: unknown;
}

/**
 * Which schema an example is judged by, the same for both sides: the schema
 * its file is named after, else what the document says of itself. A file
 * holding an `episodes` list is judged episode by episode.
 */
function samplesOf(file: string, knownIds: Set<string>): Sample[] {
  const value = readJsonFile<Record<string, unknown>>(file);
  const base = basename(file).replace(/\.example\.json$/, "");
  const named = [base, `ds.${base}_v1`].find((id) => knownIds.has(id));
  if (named) return [{ label: basename(file), schemaId: named, value }];
  if (Array.isArray(value.episodes))
    return value.episodes.map((ep, i) => ({ label: `${basename(file)} episodes[${i}]`, schemaId: String((ep as Record<string, unknown>).schema_id), value: ep }));
  const own = value.schema_id ?? value.envelope_id;
  if (typeof own !== "string") throw new Error(`cannot tell which schema judges ${file}`);
  return [{ label: basename(file), schemaId: own, value }];
}

/** Small changes to a document, each of which a schema may or may not accept: the verdicts must still agree. */
function* mutations(value: unknown, depth = 0, path = ""): Generator<[string, unknown]> {
  if (value === null || typeof value !== "object" || depth > 2) return;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [k, v] of entries) {
    const without = Array.isArray(value) ? value.filter((_, i) => String(i) !== k) : Object.fromEntries(entries.filter(([kk]) => kk !== k));
    yield [`${path}/${k} removed`, without];
    const wrongType = v === null || typeof v !== "number" ? 7 : "seven";
    yield [`${path}/${k} retyped`, Array.isArray(value) ? value.map((x, i) => (String(i) === k ? wrongType : x)) : { ...value, [k]: wrongType }];
    for (const [label, inner] of mutations(v, depth + 1, `${path}/${k}`))
      yield [label, Array.isArray(value) ? value.map((x, i) => (String(i) === k ? inner : x)) : { ...value, [k]: inner }];
  }
  if (!Array.isArray(value)) yield [`${path} extra key`, { ...value, x_unknown_extension: true }];
}

describe.each(RELEASES)("MOVA %s conformance", (release: Release) => {
  const official = officialAjv(release);
  const ours = new SchemaSet(release);
  const knownIds = new Set(specFiles(release, "schemas").map((f) => basename(f).replace(/\.schema\.json$/, "")));
  const samples = specFiles(release, "examples").flatMap((f) => samplesOf(f, knownIds));

  it("ships exactly the release's schema ids", () => {
    const shipped = new Set(ours.entries().filter((e) => e.origin === "mova").map((e) => e.id));
    expect([...shipped].sort()).toEqual([...knownIds].sort());
  });

  it.each(samples.map((s) => [s.label, s] as const))("%s gets the official verdict", (_label, sample) => {
    const expected = officialVerdict(official, sample.schemaId, sample.value);
    const problems = ours.validate(sample.schemaId, sample.value);
    expect(problems === undefined).toBe(expected);
    if (!expected) expect(problems!.length).toBeGreaterThan(0);
  });

  it("agrees with the official schemas on every small change to every example", () => {
    let compared = 0;
    let rejected = 0;
    const disagreements: string[] = [];
    for (const sample of samples)
      for (const [label, value] of mutations(sample.value)) {
        const expected = officialVerdict(official, sample.schemaId, value);
        if ((ours.validate(sample.schemaId, value) === undefined) !== expected) disagreements.push(`${sample.label} ${label}: official says ${expected}`);
        compared++;
        if (!expected) rejected++;
      }
    expect(disagreements).toEqual([]);
    // The sweep must exercise both verdicts, or it proves nothing.
    expect(rejected).toBeGreaterThan(10);
    expect(compared - rejected).toBeGreaterThan(10);
  });
});

describe.each(RELEASES)("MOVA %s examples through the whole engine", (release: Release) => {
  it("each example placed in a registry is classified, and flagged exactly when the official schemas reject it", async () => {
    const official = officialAjv(release);
    const files: Record<string, unknown> = { "mova.registry.json": { release } };
    const expected: Record<string, boolean> = {};
    for (const file of specFiles(release, "examples")) {
      const value = readJsonFile<Record<string, unknown>>(file);
      // Envelopes find their schema through envelope_id; episodes through their folder.
      if (typeof value.envelope_id === "string") {
        files[`envelopes/${basename(file)}`] = value;
        expected[`envelopes/${basename(file)}`] = officialVerdict(official, value.envelope_id, value);
      }
      if (Array.isArray(value.episodes))
        value.episodes.forEach((ep, i) => {
          const path = `episodes/${basename(file, ".json")}.${i}.json`;
          files[path] = ep;
          expected[path] = officialVerdict(official, String((ep as Record<string, unknown>).schema_id), ep);
        });
    }
    const { registry, findings } = await check(makeRegistry(files));
    for (const [path, valid] of Object.entries(expected)) {
      const doc = registry.documents.find((d) => d.path === path)!;
      expect(doc.kind, path).toBe(path.startsWith("envelopes/") ? "envelope" : "episode");
      expect(findings.some((f) => f.file === path && f.severity === "error"), path).toBe(!valid);
    }
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(3);
  });
});
