import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countTextKeys, JsonText, possibleKeyColons } from "../src/json/parse.ts";
import { appendPointer, pointerOf, segmentsOf } from "../src/json/pointer.ts";

function syntax(text: string) {
  const json = new JsonText(text);
  expect(json.ok).toBe(false);
  return json.syntaxError!;
}

describe("JSON syntax errors carry the line and column of the mistake", () => {
  it.each([
    ["trailing comma", '{\n  "a": 1,\n}', 3, 1, /unexpected "}"/],
    ["missing comma", '{\n  "a": 1\n  "b": 2\n}', 3, 3, /unexpected a string/],
    ["unclosed object", '{\n  "a": [1, 2]\n', 2, 14, /ends too early/],
    ["single quotes", "{\n  'a': 1\n}", 2, 3, /invalid JSON/],
    ["comment", '{\n  // note\n  "a": 1\n}', 2, 3, /invalid JSON/],
    ["bare word", '{"a": yes}', 1, 7, /invalid JSON/],
  ])("%s", (_name, text, line, column, message) => {
    const err = syntax(text);
    expect(err.span.start).toEqual({ line, column });
    expect(err.message).toMatch(message);
  });

  it("names an empty file as such", () => {
    expect(syntax("  \n").message).toMatch(/empty/);
  });

  it("accepts a byte-order mark", () => {
    const json = new JsonText('\ufeff{"a": 1}');
    expect(json.ok).toBe(true);
    expect(json.value).toEqual({ a: 1 });
  });
});

describe("duplicate keys", () => {
  it("finds a repeated key with both positions, which JSON.parse hides", () => {
    const json = new JsonText('{\n  "a": 1,\n  "b": {"x": 1, "y": 2},\n  "a": 2\n}');
    expect(json.value).toEqual({ a: 2, b: { x: 1, y: 2 } });
    expect(json.duplicateKeys).toHaveLength(1);
    const [d] = json.duplicateKeys;
    expect(d).toMatchObject({ key: "a", objectPointer: "" });
    expect(d!.span.start).toEqual({ line: 4, column: 3 });
    expect(d!.firstSpan.start).toEqual({ line: 2, column: 3 });
  });

  it("finds them at any depth, inside arrays too", () => {
    const json = new JsonText('{"list": [{"k": 1}, {"k": 1, "k": 2}], "o": {"p": {"q": 1, "q": 1}}}');
    expect(json.duplicateKeys.map((d) => `${d.objectPointer} ${d.key}`)).toEqual(["/list/1 k", "/o/p q"]);
  });

  it("is not fooled by keys spelled inside string values", () => {
    const json = new JsonText('{"a": "\\"b\\": 1, \\"b\\": 2", "c": ["d:", "e\\\\"], "f": {"g": "h\\":"}}');
    expect(json.ok).toBe(true);
    expect(json.duplicateKeys).toEqual([]);
  });

  it("treats escaped and plain spellings of one key as the same key", () => {
    const json = new JsonText('{"a": 1, "\\u0061": 2}');
    expect(json.duplicateKeys.map((d) => d.key)).toEqual(["a"]);
  });

  it("counts keys by their colons no lower than by their strings, and finds every repeated key, whatever the spacing and the strings", () => {
    // Strings full of quotes, colons and backslashes, and spaces of every kind around the colons.
    const text = fc.string({ unit: fc.constantFrom('"', ":", "\\", "a", "b", " ", "{"), maxLength: 8 });
    const space = fc.constantFrom("", " ", "\n", "\t ", "\r\n  ");
    type Node = { keys: Array<[string, Node]>; repeat: boolean } | string | number;
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        text,
        fc.integer(),
        fc.record({ keys: fc.uniqueArray(fc.tuple(text, tie("node")), { maxLength: 4, selector: ([k]) => k }), repeat: fc.boolean() }),
      ),
    }));
    fc.assert(
      fc.property(node, fc.infiniteStream(space), (root, spaces) => {
        const gap = () => spaces.next().value as string;
        let repeated = 0;
        const write = (n: Node): string => {
          if (typeof n === "string") return JSON.stringify(n);
          if (typeof n === "number") return String(n);
          const members = n.keys.map(([k, v]) => `${gap()}${JSON.stringify(k)}${gap()}:${gap()}${write(v)}`);
          // A repeated first key: what JSON.parse hides and the check must find.
          if (n.repeat && n.keys.length > 0) {
            members.push(`${gap()}${JSON.stringify(n.keys[0]![0])}${gap()}:${gap()}1`);
            repeated++;
          }
          return `{${members.join(",")}${gap()}}`;
        };
        const json = write(root);
        expect(possibleKeyColons(json)).toBeGreaterThanOrEqual(countTextKeys(json));
        const parsed = new JsonText(json);
        expect(parsed.ok).toBe(true);
        expect(parsed.duplicateKeys).toHaveLength(repeated);
      }),
      { seed: 20261205, numRuns: 1000 },
    );
  });

  it("keeps __proto__ as an ordinary key", () => {
    const json = new JsonText('{"__proto__": {"polluted": true}, "__proto__": 1}');
    expect(json.duplicateKeys.map((d) => d.key)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("locating a JSON Pointer", () => {
  const json = new JsonText('{\n  "steps": {\n    "a": {"next": "b"}\n  },\n  "list": [10, 20]\n}');

  it("points at a value", () => {
    expect(json.locate("/steps/a/next").start).toEqual({ line: 3, column: 19 });
    expect(json.locate("/list/1").start).toEqual({ line: 5, column: 16 });
  });

  it("points at a property name on request", () => {
    expect(json.locate("/steps/a/next", "key").start).toEqual({ line: 3, column: 11 });
  });

  it("falls back on the deepest existing node", () => {
    expect(json.locate("/steps/a/missing/deeper").start).toEqual({ line: 3, column: 10 });
    expect(json.locate("").start).toEqual({ line: 1, column: 1 });
  });

  it("unescapes pointer segments", () => {
    const j = new JsonText('{"a/b": {"c~d": 1}}');
    expect(j.locate("/a~1b/c~0d").start).toEqual({ line: 1, column: 17 });
  });

  it("escapes pointer segments (RFC 6901): ~ before /, numbers as they are, plain names untouched", () => {
    expect(pointerOf(["a/b", "c~d", 0, "~1", "plain", ""])).toBe("/a~1b/c~0d/0/~01/plain/");
    expect(appendPointer("/x", "~/")).toBe("/x/~0~1");
    expect(segmentsOf(pointerOf(["a/b", "c~d", "~1", "/0"]))).toEqual(["a/b", "c~d", "~1", "/0"]);
  });
});
