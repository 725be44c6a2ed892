import { describe, expect, it } from "vitest";
import { ColumnsWriter, ColumnStrings, documentAt } from "../src/registry/columns.ts";
import { RegistryDocument } from "../src/registry/document.ts";
import { ReferenceTableWriter } from "../src/registry/reference-table.ts";
import type { Reference } from "../src/registry/references.ts";

const reader = { read: () => undefined };
const refsOf = (doc: RegistryDocument) => doc.references?.map((r) => ({ ...r, from: r.from.path }));
const ref = (from: RegistryDocument, pointer: string, kind: Reference["kind"], target: string, field: string): Reference => ({ from, pointer, kind, target, field });

describe("references kept in a table", () => {
  it("gives each document back its own references, in order, made for it", () => {
    const writer = new ReferenceTableWriter();
    const a = new RegistryDocument("a.json", undefined);
    const b = new RegistryDocument("b.json", undefined);
    const none = new RegistryDocument("c.json", undefined);
    writer.keep(a, [ref(a, "/steps/0/connector_id", "connector", "connector.x_v1", "connector_id"), ref(a, "/verb", "verb", "route", "verb")]);
    writer.keep(none, []);
    writer.keep(b, [ref(b, "/verb", "verb", "route", "verb")]);
    writer.seal();
    expect(refsOf(a)).toEqual([
      { from: "a.json", pointer: "/steps/0/connector_id", kind: "connector", target: "connector.x_v1", field: "connector_id" },
      { from: "a.json", pointer: "/verb", kind: "verb", target: "route", field: "verb" },
    ]);
    expect(refsOf(b)).toEqual([{ from: "b.json", pointer: "/verb", kind: "verb", target: "route", field: "verb" }]);
    expect(none.references).toEqual([]);
    // Words are stored once; the indices, sealed, in 32-bit integers.
    const range = a.referenceRange!;
    expect(range.table.words.filter((w) => w === "route")).toHaveLength(1);
    expect(range.table.refs).toBeInstanceOf(Int32Array);
    expect([1, 2].map((field) => range.table.words[range.table.refs[range.from + field]!])).toEqual(["connector", "connector.x_v1"]);
    // Sealed, it takes no more: a document given a range of it later would read past its end.
    expect(() => writer.keep(b, [ref(b, "/verb", "verb", "analyze", "verb")])).toThrow(/sealed/);
    expect(refsOf(b)).toEqual([{ from: "b.json", pointer: "/verb", kind: "verb", target: "route", field: "verb" }]);
  });

  it("keeps every document's references as its buffer grows, and only the room they fill once sealed", () => {
    const writer = new ReferenceTableWriter();
    const docs = Array.from({ length: 700 }, (_, i) => new RegistryDocument(`d${i}.json`, undefined));
    const expected = docs.map((doc, i) => Array.from({ length: i % 4 }, (_, k) => ref(doc, `/steps/${k}/runtime_id`, "runtime", `runtime.r${(i * 7 + k) % 90}_v1`, "runtime_id")));
    docs.forEach((doc, i) => {
      writer.keep(doc, expected[i]!);
      // Readable while the table is still being written, its buffer grown or not.
      expect(refsOf(doc)).toEqual(expected[i]!.map((r) => ({ ...r, from: r.from.path })));
    });
    writer.seal();
    docs.forEach((doc, i) => expect(refsOf(doc)).toEqual(expected[i]!.map((r) => ({ ...r, from: r.from.path }))));
    const total = expected.reduce((n, refs) => n + refs.length, 0);
    expect(total * 4).toBeGreaterThan(1024);
    expect(docs[0]!.referenceRange!.table.refs).toHaveLength(total * 4);
    writer.seal();
    expect(refsOf(docs[699]!)).toEqual(expected[699]!.map((r) => ({ ...r, from: r.from.path })));
  });

  it("has none for a document whose references were never read, and takes them as a property too", () => {
    const doc = new RegistryDocument("a.json", undefined);
    expect(doc.references).toBeUndefined();
    expect(doc.referenceRange).toBeUndefined();
    doc.references = [ref(doc, "/verb", "verb", "route", "verb")];
    expect(refsOf(doc)).toEqual([{ from: "a.json", pointer: "/verb", kind: "verb", target: "route", field: "verb" }]);
    // A new array each time: a caller that changes one changes nothing kept.
    doc.references!.pop();
    expect(doc.references).toHaveLength(1);
    doc.references = undefined;
    expect(doc.references).toBeUndefined();
  });

  it("reads documents out of columns the same into the load's table as straight from the columns", () => {
    const source = [new RegistryDocument("x.json", undefined), new RegistryDocument("y.json", undefined)];
    source[0]!.references = [ref(source[0]!, "/a", "schema", "ds.a_v1", "data type"), ref(source[0]!, "/b", "runtime", "runtime.r_v1", "runtime_id")];
    source[1]!.references = [ref(source[1]!, "/a", "schema", "ds.a_v1", "data type")];
    const columnsWriter = new ColumnsWriter();
    for (const doc of source) columnsWriter.add(doc);
    const columns = columnsWriter.columns();
    const writer = new ReferenceTableWriter();
    const words = new ColumnStrings(columns.strings, writer);
    const intoTable = source.map((_, i) => documentAt(columns, i, reader, words));
    writer.seal();
    const straight = source.map((_, i) => documentAt(columns, i, reader));
    for (let i = 0; i < source.length; i++) {
      expect(refsOf(intoTable[i]!)).toEqual(refsOf(source[i]!));
      expect(refsOf(straight[i]!)).toEqual(refsOf(source[i]!));
    }
    // Straight from the columns, every document shares one table over the columns' own arrays.
    expect(straight[0]!.referenceRange!.table).toBe(straight[1]!.referenceRange!.table);
    expect(straight[0]!.referenceRange!.table.refs).toBe(columns.refs);
  });
});
