import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { JsonText } from "../src/json/parse.ts";
import { loadPrecompiled, precompiled } from "../src/schemas/precompiled.ts";
import { registryValidatorsFile, registryValidatorsOf, type KeptCode } from "../src/schemas/registry-validators.ts";
import { SchemaSet, type RegistrySchemaFile } from "../src/schemas/schema-set.ts";
import { PROJECT_ROOT } from "./support/shared.ts";

const CORE = "https://mova.dev/schemas/";
const OWN = "https://schemas.test.example/";

/** Registry schemas that make ajv write every kind of code a kept file must hold. */
const CRAFTED: Record<string, object> = {
  // RE2 patterns, formats, the runtime helpers (ucs2length, equal), $defs, and unevaluatedProperties (evaluated props).
  "ds.t_record_v1": {
    type: "object",
    properties: {
      id: { type: "string", pattern: "^[A-Z]{2}-[0-9]{3}$" },
      url: { type: "string", format: "uri" },
      when: { type: "string", format: "date-time" },
      name: { type: "string", maxLength: 5 },
      tags: { type: "array", items: { type: "string" }, uniqueItems: true, maxItems: 3 },
      kind: { enum: ["a", "b", { deep: [1, 2] }] },
      amount: { $ref: "#/$defs/money" },
      codes: { type: "object", patternProperties: { "^x-[a-z]+$": { type: "integer" } }, additionalProperties: false },
    },
    required: ["id"],
    $defs: { money: { type: "number", minimum: 0, multipleOf: 0.01 } },
    unevaluatedProperties: false,
  },
  // A shipped schema's precompiled validator, and another registry schema, by reference.
  "ds.t_connector_v1": {
    allOf: [{ $ref: `${CORE}ds.connector_core_v1.schema.json` }, { type: "object", properties: { record: { $ref: `${OWN}ds.t_record_v1.schema.json` } } }],
  },
  // A schema that refers to itself.
  "ds.t_tree_v1": { type: "object", properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#" } } }, required: ["label"], additionalProperties: false },
  "ds.t_choice_v1": { oneOf: [{ type: "string", minLength: 2 }, { type: "integer", exclusiveMinimum: 10 }, { const: null }], if: { type: "string" }, then: { not: { const: "no" } } },
};

function craftedFiles(): RegistrySchemaFile[] {
  return Object.entries(CRAFTED).map(([id, s]) => ({
    path: `schemas/${id}.schema.json`,
    json: new JsonText(JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: `${OWN}${id}.schema.json`, ...s }, null, 2)),
  }));
}

function exampleFiles(): RegistrySchemaFile[] {
  const dir = join(PROJECT_ROOT, "registry/schemas");
  return readdirSync(dir)
    .sort()
    .map((f) => ({ path: `schemas/${f}`, json: new JsonText(readFileSync(join(dir, f), "utf8")) }));
}

const connector = JSON.parse(readFileSync(join(PROJECT_ROOT, "registry/connectors", readdirSync(join(PROJECT_ROOT, "registry/connectors")).sort()[0]!), "utf8")) as Record<string, unknown>;

/** Documents each crafted schema accepts and rejects. */
const DOCUMENTS: Array<[id: string, doc: unknown]> = [
  ["ds.t_record_v1", { id: "AB-123" }],
  ["ds.t_record_v1", { id: "AB-123", url: "https://x.example/a?b=c", when: "2026-12-06T10:00:00Z", name: "héllo", tags: ["a", "b"], kind: { deep: [1, 2] }, amount: 12.5, codes: { "x-one": 1 } }],
  ["ds.t_record_v1", { id: "ab-123" }],
  ["ds.t_record_v1", { id: "AB-123", url: "not a uri" }],
  ["ds.t_record_v1", { id: "AB-123", when: "yesterday" }],
  ["ds.t_record_v1", { id: "AB-123", name: "😀😀😀😀😀😀" }],
  ["ds.t_record_v1", { id: "AB-123", name: "😀😀😀😀😀" }],
  ["ds.t_record_v1", { id: "AB-123", tags: ["a", "a"] }],
  ["ds.t_record_v1", { id: "AB-123", tags: ["a", "b", "c", "d"] }],
  ["ds.t_record_v1", { id: "AB-123", kind: { deep: [2, 1] } }],
  ["ds.t_record_v1", { id: "AB-123", amount: -1 }],
  ["ds.t_record_v1", { id: "AB-123", amount: 0.001 }],
  ["ds.t_record_v1", { id: "AB-123", codes: { "x-1": 1 } }],
  ["ds.t_record_v1", { id: "AB-123", extra: true }],
  ["ds.t_record_v1", []],
  ["ds.t_connector_v1", connector],
  ["ds.t_connector_v1", { ...connector, record: { id: "AB-123" } }],
  ["ds.t_connector_v1", { ...connector, record: { id: "nope" } }],
  ["ds.t_connector_v1", { ...connector, connector_id: 7 }],
  ["ds.t_connector_v1", { record: { id: "AB-123" } }],
  ["ds.t_tree_v1", { label: "root", children: [{ label: "a", children: [{ label: "b" }] }] }],
  ["ds.t_tree_v1", { label: "root", children: [{ label: "a", children: [{ name: "b" }] }] }],
  ["ds.t_tree_v1", { label: "root", children: [{ label: "a", other: 1 }] }],
  ["ds.t_choice_v1", "ok"],
  ["ds.t_choice_v1", "no"],
  ["ds.t_choice_v1", "x"],
  ["ds.t_choice_v1", 11],
  ["ds.t_choice_v1", 10],
  ["ds.t_choice_v1", null],
  ["ds.t_choice_v1", true],
];

const scratch = (): KeptCode => ({ dir: join(mkdtempSync(join(tmpdir(), "mova-kept-")), "kept"), fingerprint: "test-engine" });
const keptFiles = (keep: KeptCode) => (existsSync(keep.dir) ? readdirSync(keep.dir).filter((f) => f.endsWith(".cjs")) : []);

function setWith(files: RegistrySchemaFile[], keep: KeptCode | undefined, compiles?: ReadonlySet<string>) {
  const set = new SchemaSet("6.0.0");
  const problems = set.addRegistrySchemas(files, compiles, keep);
  return { set, problems };
}

beforeAll(() => loadPrecompiled("6.0.0"));

describe("the registry's schemas, compiled once and kept as code (schemas/registry-validators.ts)", () => {
  it("writes their code on the first run and runs it on the next, with the verdicts and explanations of a compiled set", () => {
    const keep = scratch();
    const compiled = setWith(craftedFiles(), undefined);
    expect(compiled.problems).toEqual([]);
    const first = setWith(craftedFiles(), keep);
    expect(keptFiles(keep)).toHaveLength(1);
    const second = setWith(craftedFiles(), keep);
    expect(second.problems).toEqual([]);
    expect(keptFiles(keep)).toHaveLength(1);
    let rejected = 0;
    for (const [id, doc] of DOCUMENTS) {
      const expected = compiled.set.validate(id, doc);
      if (expected) rejected++;
      expect(first.set.validate(id, doc), `${id} ${JSON.stringify(doc)}`).toEqual(expected);
      expect(second.set.validate(id, doc), `${id} ${JSON.stringify(doc)}`).toEqual(expected);
    }
    // Both verdicts are in the table, many times over.
    expect(rejected).toBeGreaterThan(15);
    expect(DOCUMENTS.length - rejected).toBeGreaterThan(8);
  });

  it("runs the kept code itself: a file that says every document fails makes every document fail", () => {
    const keep = scratch();
    setWith(craftedFiles(), keep);
    const file = join(keep.dir, keptFiles(keep)[0]!);
    const [header] = readFileSync(file, "utf8").split("\n", 1);
    const ids = Object.keys(CRAFTED);
    writeFileSync(file, `${header}\n${ids.map((id) => `exports[${JSON.stringify(id)}] = () => false;`).join("\n")}\n`);
    const { set } = setWith(craftedFiles(), keep);
    // The detailed second pass still explains; the kept first pass decided that there is something to explain.
    expect(set.validate("ds.t_record_v1", { id: "AB-123" })).toEqual([]);
    expect(setWith(craftedFiles(), undefined).set.validate("ds.t_record_v1", { id: "AB-123" })).toBeUndefined();
  });

  it("names shipped schemas' precompiled validators instead of copying them", () => {
    const keep = scratch();
    setWith(craftedFiles(), keep);
    const text = readFileSync(join(keep.dir, keptFiles(keep)[0]!), "utf8");
    expect(text).toContain('shipped("ds.connector_core_v1")');
    expect(text).not.toContain('"$id":"https://mova.dev/schemas/ds.connector_core_v1.schema.json"');
    const code = text.slice(text.indexOf("\n") + 1);
    const loaded = registryValidatorsOf(code, (id) => precompiled("6.0.0", id));
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(CRAFTED).sort());
    expect(() => registryValidatorsOf(code, () => undefined)).toThrow(/names the shipped schema "ds.connector_core_v1"/);
  });

  it("keeps the example registry's schemas, with the same verdicts on its documents", () => {
    const keep = scratch();
    const files = exampleFiles();
    const compiled = setWith(files, undefined);
    setWith(files, keep);
    const kept = setWith(files, keep);
    expect(kept.problems).toEqual(compiled.problems);
    const docs = ["connectors", "runtimes"].flatMap((folder) =>
      readdirSync(join(PROJECT_ROOT, "registry", folder)).map((f) => JSON.parse(readFileSync(join(PROJECT_ROOT, "registry", folder, f), "utf8")) as Record<string, unknown>),
    );
    expect(docs.length).toBeGreaterThan(3);
    for (const doc of docs) {
      const id = String(doc.schema_id);
      expect(kept.set.validate(id, doc)).toEqual(compiled.set.validate(id, doc));
      const broken = { ...doc, schema_version: 7 };
      expect(kept.set.validate(id, broken)).toEqual(compiled.set.validate(id, broken));
      expect(kept.set.validate(id, broken)).toBeDefined();
    }
  });

  it("reads back only a file kept for exactly these schema files, this engine and this release", () => {
    const keep = scratch();
    const files = craftedFiles();
    const file = registryValidatorsFile(keep, "6.0.0", files.map((f) => ({ path: f.path, text: f.json.text })));
    const edited = files.map((f, i) => (i === 0 ? { path: f.path, json: new JsonText(f.json.text.replace('"maxItems": 3', '"maxItems": 4')) } : f));
    const other = (k: KeptCode, release: string, fs: RegistrySchemaFile[]) => registryValidatorsFile(k, release, fs.map((f) => ({ path: f.path, text: f.json.text })));
    expect(other(keep, "6.0.0", edited).path).not.toBe(file.path);
    expect(other(keep, "5.0.0", files).path).not.toBe(file.path);
    expect(other({ ...keep, fingerprint: "another-engine" }, "6.0.0", files).path).not.toBe(file.path);
    expect(other(keep, "6.0.0", [...files].reverse()).path).not.toBe(file.path);

    // A file under this name kept for other schemas (a clash of names): not run, compiled again and written over.
    setWith(edited, keep);
    const [editedName] = keptFiles(keep);
    const editedText = readFileSync(join(keep.dir, editedName!), "utf8");
    writeFileSync(file.path, editedText);
    const { set } = setWith(files, keep);
    expect(set.validate("ds.t_record_v1", { id: "AB-123", tags: ["a", "b", "c", "d"] })).toBeDefined();
    expect(readFileSync(file.path, "utf8").startsWith(`${file.header}\n`)).toBe(true);
  });

  it("compiles again, and writes the file anew, when a kept file is cut short or is not code", () => {
    const keep = scratch();
    setWith(craftedFiles(), keep);
    const file = join(keep.dir, keptFiles(keep)[0]!);
    const whole = readFileSync(file, "utf8");
    for (const broken of [whole.slice(0, Math.floor(whole.length / 2)), whole.slice(0, whole.indexOf("\n") + 1) + "exports[ = ;", whole.slice(0, whole.indexOf("\n") + 1) + 'require("node:fs");']) {
      writeFileSync(file, broken);
      const { set, problems } = setWith(craftedFiles(), keep);
      expect(problems).toEqual([]);
      expect(set.validate("ds.t_record_v1", { id: "ab-123" })).toBeDefined();
      expect(set.validate("ds.t_record_v1", { id: "AB-123" })).toBeUndefined();
      expect(readFileSync(file, "utf8")).toBe(whole);
    }
  });

  it("never runs code that requires a module other than ajv's runtime, ajv-formats and the pattern engine", () => {
    expect(() => registryValidatorsOf('exports.x = require("node:child_process");', () => undefined)).toThrow(/requires "node:child_process"/);
    expect(() => registryValidatorsOf('exports.x = require("ajv/dist/runtime/ucs2length").default;', () => undefined)).not.toThrow();
  });

  it.skipIf(process.getuid?.() !== 0)("never runs code another user left in its place", () => {
    const keep = scratch();
    setWith(craftedFiles(), keep);
    const file = join(keep.dir, keptFiles(keep)[0]!);
    const [header] = readFileSync(file, "utf8").split("\n", 1);
    writeFileSync(file, `${header}\n${Object.keys(CRAFTED).map((id) => `exports[${JSON.stringify(id)}] = () => false;`).join("\n")}\n`);
    chownSync(file, 12345, 12345);
    const { set } = setWith(craftedFiles(), keep);
    expect(set.validate("ds.t_record_v1", { id: "AB-123" })).toBeUndefined();
  });

  it("keeps nothing for schemas with a problem, and reports the same problems as without a folder", () => {
    const keep = scratch();
    const files = [...craftedFiles(), { path: "schemas/ds.t_broken_v1.schema.json", json: new JsonText(JSON.stringify({ $id: `${OWN}ds.t_broken_v1.schema.json`, $ref: `${OWN}ds.t_missing_v1.schema.json` })) }];
    const without = setWith(files, undefined).problems;
    expect(without.map((p) => p.rule)).toEqual(["schema/unresolved-ref"]);
    expect(setWith(files, keep).problems).toEqual(without);
    expect(setWith(files, keep).problems).toEqual(without);
    expect(keptFiles(keep)).toEqual([]);
  });

  it("leaves schemas known to compile to be compiled when used, and then keeps nothing; reads them back when kept", () => {
    const files = craftedFiles();
    const known = new Set(files.map((f) => f.path));
    const keep = scratch();
    const lazy = setWith(files, keep, known);
    expect(keptFiles(keep)).toEqual([]);
    expect(lazy.set.validate("ds.t_record_v1", { id: "ab-123" })).toBeDefined();
    setWith(files, keep);
    expect(keptFiles(keep)).toHaveLength(1);
    const file = join(keep.dir, keptFiles(keep)[0]!);
    const [header] = readFileSync(file, "utf8").split("\n", 1);
    writeFileSync(file, `${header}\n${Object.keys(CRAFTED).map((id) => `exports[${JSON.stringify(id)}] = () => false;`).join("\n")}\n`);
    expect(setWith(files, keep, known).set.validate("ds.t_record_v1", { id: "AB-123" })).toEqual([]);
  });

  it("holds at most the eight newest files in its folder", () => {
    const keep = scratch();
    for (let i = 0; i < 11; i++) setWith(craftedFiles().map((f, j) => (j === 0 ? { path: f.path, json: new JsonText(f.json.text.replace('"maxItems": 3', `"maxItems": ${i + 3}`)) } : f)), keep);
    expect(keptFiles(keep)).toHaveLength(8);
  });
});
