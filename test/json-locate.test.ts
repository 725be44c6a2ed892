import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseAst } from "@humanwhocodes/momoa";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineStartsOf, locateInText } from "../src/json/locate.ts";
import { JsonText, spanInTree } from "../src/json/parse.ts";
import { appendPointer, segmentsOf } from "../src/json/pointer.ts";
import { random } from "./support/random.ts";
import { PROJECT_ROOT, specDir } from "./support/shared.ts";

/**
 * Positions of findings are found by skipping over the text (src/json/locate.ts)
 * rather than by building the position-keeping parser's tree. Both must give
 * the same span for every pointer, existing or not, value or key.
 */

/** Every pointer in a value, and pointers that miss: a member that is not there, an index past the end, a step into a scalar. */
function probes(value: unknown, pointer = "", out: string[] = []): string[] {
  out.push(pointer, appendPointer(pointer, "no such member"), appendPointer(pointer, 0));
  if (Array.isArray(value)) {
    out.push(appendPointer(pointer, value.length), appendPointer(pointer, "x"), appendPointer(pointer, "01"));
    value.forEach((v, i) => probes(v, appendPointer(pointer, i), out));
  } else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) probes(v, appendPointer(pointer, k), out);
  return out;
}

function expectSameSpans(text: string, extra: string[] = []): void {
  const tree = parseAst(text, { mode: "json" }).body;
  const lineStarts = lineStartsOf(text);
  for (const pointer of [...probes(JSON.parse(text)), ...extra])
    for (const target of ["value", "key"] as const) {
      const scanned = locateInText(text, segmentsOf(pointer), target, lineStarts);
      expect({ pointer, target, span: scanned }).toEqual({ pointer, target, span: spanInTree(tree, pointer, target) });
    }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => join(e.parentPath, e.name));
}

const SPACE = ["", " ", "  ", "\t", "\n", "\r\n", "\r", "\n    ", "\r\n\t"];

/** JSON text of a value with whitespace of every kind between tokens, keys sometimes spelled with \u escapes, and sometimes a key given twice (the later wins, as JSON.parse has it). */
function layout(value: unknown, seed: number): string {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const ws = () => pick(SPACE);
  const key = (k: string) => (next() < 0.2 && k.length > 0 ? `"${Array.from({ length: k.length }, (_, i) => `\\u${k.charCodeAt(i).toString(16).padStart(4, "0")}`).join("")}"` : JSON.stringify(k));
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${ws()}${v.map((x) => `${write(x)}${ws()}`).join(`,${ws()}`)}]`;
    if (v !== null && typeof v === "object") {
      const members = Object.entries(v).map(([k, x]) => {
        const decoy = next() < 0.15 ? `${key(k)}${ws()}:${ws()}${JSON.stringify(pick([1, "shadowed", null, [true], { k: 0 }]))},${ws()}` : "";
        return `${decoy}${key(k)}${ws()}:${ws()}${write(x)}`;
      });
      return `{${ws()}${members.join(`${ws()},${ws()}`)}${ws()}}`;
    }
    return JSON.stringify(v);
  };
  return `${ws()}${write(value)}${ws()}`;
}

describe("locating a pointer without the syntax tree", () => {
  it("gives the tree's spans in every schema, example and catalog of the three MOVA releases, and in the embedded registry", () => {
    const files = [...(["4.1.1", "5.0.0", "6.0.0"] as const).flatMap((r) => jsonFiles(specDir(r))), ...jsonFiles(join(PROJECT_ROOT, "registry"))];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expectSameSpans(readFileSync(file, "utf8").replace(/^\ufeff/, ""));
  });

  it("gives the tree's spans in generated documents laid out every way JSON allows", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4, stringUnit: "binary" }), fc.integer(), (value, seed) => {
        const text = layout(value, seed);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expectSameSpans(text);
      }),
      { numRuns: 400 },
    );
  });

  it("takes the last of a repeated key, the decoded spelling of a key, and line ends of \\r\\n and \\r", () => {
    const text = '{\r\n  "a": 1,\r  "\\u0061": {"b\\"c": [1,\r\n 2]},\n  "a": {"b\\"c": [3, {"d": "x\\\\"}]}\n}';
    expectSameSpans(text, ['/a/b"c/1/d', "/a/b\"c/1/d/deeper", "/a/b\"c/9"]);
    expect(new JsonText(text).locate('/a/b"c/1/d')).toEqual({ start: { line: 5, column: 27 }, end: { line: 5, column: 32 } });
  });

  it("answers the same once a document has asked for more positions than it scans for, from the tree", () => {
    const text = JSON.stringify({ steps: Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, next: `s${i + 1}` })) }, null, 2);
    const json = new JsonText(text);
    const tree = parseAst(text, { mode: "json" }).body;
    for (let i = 0; i < 20; i++) expect(json.locate(`/steps/${i}/next`, "key")).toEqual(spanInTree(tree, `/steps/${i}/next`, "key"));
  });
});
