import { parse as parseAst } from "@humanwhocodes/momoa";
import type { Span } from "../findings/finding.ts";
import { appendPointer, segmentsOf } from "./pointer.ts";

type AstNode = ReturnType<typeof parseAst>["body"];
type AstMember = Extract<AstNode, { type: "Object" }>["members"][number];

export interface DuplicateKey {
  key: string;
  /** Pointer of the object holding the key twice. */
  objectPointer: string;
  /** Where the repeated (later, winning) occurrence stands. */
  span: Span;
  /** Where the first occurrence stands. */
  firstSpan: Span;
}

export interface JsonSyntaxError {
  message: string;
  span: Span;
}

/**
 * A JSON text with its value and a lazily built syntax tree for positions.
 * `JSON.parse` does the work on the happy path; the position-keeping parser
 * only runs when a position is asked for or when duplicate keys must be found,
 * so checking a clean registry costs little more than reading it.
 */
export class JsonText {
  readonly text: string;
  readonly value: unknown;
  readonly syntaxError: JsonSyntaxError | undefined;
  #ast: AstNode | null | undefined;
  #duplicates: DuplicateKey[] | undefined;

  constructor(raw: string) {
    // A byte-order mark is invisible in editors; tolerate it rather than report it.
    this.text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    let value: unknown;
    let syntaxError: JsonSyntaxError | undefined;
    try {
      value = JSON.parse(this.text);
    } catch (error) {
      syntaxError = describeSyntaxError(this.text, error);
    }
    this.value = value;
    this.syntaxError = syntaxError;
  }

  get ok(): boolean {
    return this.syntaxError === undefined;
  }

  /** Keys repeated inside one object: `JSON.parse` keeps the last and silently drops the rest. */
  get duplicateKeys(): DuplicateKey[] {
    if (this.#duplicates) return this.#duplicates;
    this.#duplicates = [];
    if (!this.ok || countTextKeys(this.text) === countValueKeys(this.value)) return this.#duplicates;
    const ast = this.#tree();
    if (ast) collectDuplicates(ast, "", this.#duplicates);
    return this.#duplicates;
  }

  /**
   * The span of the value (or, with `"key"`, of the property name) at a JSON
   * Pointer. A pointer into something that does not exist resolves to the
   * deepest node that does, which is where a person would look.
   */
  locate(pointer: string, target: "value" | "key" = "value"): Span {
    const ast = this.#tree();
    if (!ast) return this.syntaxError?.span ?? START_SPAN;
    let node: AstNode = ast;
    let member: AstMember | undefined;
    for (const seg of segmentsOf(pointer)) {
      let next: AstNode | undefined;
      member = undefined;
      if (node.type === "Object") {
        // The last occurrence wins, as in JSON.parse.
        for (const m of node.members) if (m.name.type === "String" ? m.name.value === seg : m.name.name === seg) member = m;
        next = member?.value;
      } else if (node.type === "Array") {
        next = /^\d+$/.test(seg) ? node.elements[Number(seg)]?.value : undefined;
      }
      if (!next) {
        member = undefined;
        break;
      }
      node = next;
    }
    const loc = target === "key" && member ? member.name.loc : node.loc;
    return toSpan(loc);
  }

  #tree(): AstNode | null {
    if (this.#ast === undefined) {
      try {
        this.#ast = parseAst(this.text, { mode: "json" }).body;
      } catch {
        this.#ast = null;
      }
    }
    return this.#ast;
  }
}

const START_SPAN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function toSpan(loc: { start: { line: number; column: number }; end: { line: number; column: number } }): Span {
  return { start: { line: loc.start.line, column: loc.start.column }, end: { line: loc.end.line, column: loc.end.column } };
}

function collectDuplicates(node: AstNode, pointer: string, out: DuplicateKey[]): void {
  if (node.type === "Object") {
    const seen = new Map<string, AstMember>();
    for (const m of node.members) {
      const key = m.name.type === "String" ? m.name.value : m.name.name;
      const first = seen.get(key);
      if (first) out.push({ key, objectPointer: pointer, span: toSpan(m.name.loc), firstSpan: toSpan(first.name.loc) });
      else seen.set(key, m);
      collectDuplicates(m.value, appendPointer(pointer, key), out);
    }
  } else if (node.type === "Array") {
    node.elements.forEach((e, i) => collectDuplicates(e.value, appendPointer(pointer, i), out));
  }
}

/**
 * Property names in a JSON text: strings followed by a colon. Hopping from
 * quote to quote with indexOf keeps the scan aligned on string tokens (a
 * colon inside a string is skipped with it) at native speed.
 */
function countTextKeys(text: string): number {
  let n = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    // Find the closing quote: one not escaped by an odd run of backslashes.
    let end = text.indexOf('"', i + 1);
    while (end !== -1) {
      let slashes = 0;
      for (let k = end - 1; text.charCodeAt(k) === 92; k--) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    if (end === -1) break;
    let j = end + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++j));
    if (text.charCodeAt(j) === 58) n++;
    i = text.indexOf('"', j);
  }
  return n;
}

function countValueKeys(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const v of value) n += countValueKeys(v);
  } else {
    for (const k in value) {
      n++;
      n += countValueKeys((value as Record<string, unknown>)[k]);
    }
  }
  return n;
}

function describeSyntaxError(text: string, error: unknown): JsonSyntaxError {
  if (text.trim() === "") return { message: "the file is empty; a JSON document is expected", span: START_SPAN };
  try {
    parseAst(text, { mode: "json" });
  } catch (e) {
    const err = e as { message?: string; line?: number; column?: number };
    if (typeof err.line === "number" && typeof err.column === "number") {
      const message = friendlySyntaxMessage(String(err.message ?? "").replace(/\s*\(\d+:\d+\)\s*$/, ""));
      const at = { line: err.line, column: err.column };
      return { message, span: { start: at, end: at } };
    }
  }
  // The position-keeping parser accepted what JSON.parse refused: fall back on V8's position.
  const message = error instanceof Error ? error.message : String(error);
  const m = /line (\d+) column (\d+)/.exec(message);
  const at = m ? { line: Number(m[1]), column: Number(m[2]) } : START_SPAN.start;
  return { message: `invalid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, "")}`, span: { start: at, end: at } };
}

function friendlySyntaxMessage(raw: string): string {
  const token = /^Unexpected token (\w+) found\.?$/.exec(raw);
  if (token) {
    const what: Record<string, string> = {
      Comma: "a comma",
      RBrace: '"}"',
      RBracket: '"]"',
      LBrace: '"{"',
      LBracket: '"["',
      Colon: '":"',
      String: "a string",
      Number: "a number",
      Boolean: "a boolean",
      Null: "null",
    };
    return `invalid JSON: unexpected ${what[token[1]!] ?? token[1]} here`;
  }
  if (/end of input/i.test(raw)) return "invalid JSON: the document ends too early (an unclosed object, array or string?)";
  if (/character/i.test(raw)) return `invalid JSON: ${raw.replace(/\.$/, "").toLowerCase()}`;
  return `invalid JSON: ${raw.replace(/\.$/, "")}`;
}
