import { parse as parseAst } from "@humanwhocodes/momoa";
import { DEFAULT_LIMITS, type InputLimits } from "../config/config.ts";
import type { Span } from "../findings/finding.ts";
import { lineStartsOf, locateInText, skipSpace, stringEnd } from "./locate.ts";
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

/** A document over one of the limits: parsed, but its value is dropped before any rule walks it. */
export interface JsonLimitError {
  rule: "input/too-deep" | "input/too-large";
  message: string;
  hint: string;
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
  /** Nesting deeper, or an array or object wider, than the limits allow: the value is left out, so nothing walks it. */
  readonly limitError: JsonLimitError | undefined;
  #ast: AstNode | null | undefined;
  #duplicates: DuplicateKey[] | undefined;
  #lineStarts: number[] | undefined;
  /** Positions found by skipping over the text; past a few, the syntax tree is built once and asked instead. */
  #scans = 0;

  constructor(raw: string, limits: Readonly<InputLimits> = DEFAULT_LIMITS) {
    // A byte-order mark is invisible in editors; tolerate it rather than report it.
    this.text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    let value: unknown;
    let syntaxError: JsonSyntaxError | undefined;
    let limitError: JsonLimitError | undefined;
    try {
      value = JSON.parse(this.text);
      const shape = measure(value, limits);
      if (shape.exceeded) {
        limitError = describeLimit(this.text, limits, shape.exceeded);
        value = undefined;
      } else {
        this.#valueKeys = shape.keys;
        this.hasPrototypeKey = shape.prototypeKey;
      }
    } catch (error) {
      // An engine that gives up on deep nesting throws RangeError: that is the depth limit speaking, not a syntax error.
      limitError = error instanceof RangeError ? describeLimit(this.text, limits, "depth") : undefined;
      if (!limitError) syntaxError = describeSyntaxError(this.text, error, limits);
    }
    this.value = value;
    this.syntaxError = syntaxError;
    this.limitError = limitError;
  }

  #valueKeys = 0;
  /** Whether some object of the value has a key __proto__, constructor or prototype (however the text spells it). */
  readonly hasPrototypeKey: boolean = false;

  get ok(): boolean {
    return this.syntaxError === undefined && this.limitError === undefined;
  }

  /** Keys repeated inside one object: `JSON.parse` keeps the last and silently drops the rest. */
  get duplicateKeys(): DuplicateKey[] {
    if (this.#duplicates) return this.#duplicates;
    this.#duplicates = [];
    // Most texts are settled by the cheaper count alone: no more colons after a quote than the value has keys.
    if (!this.ok || possibleKeyColons(this.text) === this.#valueKeys || countTextKeys(this.text) === this.#valueKeys) return this.#duplicates;
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
    // Each scan costs up to a pass over the text: a document with many findings builds the tree instead.
    if (this.#ast === undefined && this.ok && this.#scans < SCANS_BEFORE_TREE) {
      this.#scans++;
      const span = locateInText(this.text, segmentsOf(pointer), target, (this.#lineStarts ??= lineStartsOf(this.text)));
      if (span) return span;
    }
    const ast = this.#tree();
    return ast ? spanInTree(ast, pointer, target) : (this.syntaxError?.span ?? START_SPAN);
  }

  #tree(): AstNode | null {
    // The position-keeping parser recurses: never hand it what the limits refused.
    if (this.limitError) return null;
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

const SCANS_BEFORE_TREE = 8;

/** The span at a pointer in a syntax tree (the position-keeping parser's `body`). */
export function spanInTree(ast: AstNode, pointer: string, target: "value" | "key" = "value"): Span {
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
 * At least the number of property names in a JSON text: the colons whose
 * last character before them, spaces aside, is a quote, as every key's colon
 * is. A colon inside a string counts only when a quote comes right before it
 * (the value `"\":"`), so for most texts this is the number of keys, found by one
 * indexOf per colon instead of two per string. As the text has at least as
 * many keys as its value, equal counts prove that no key repeats.
 */
export function possibleKeyColons(text: string): number {
  let n = 0;
  for (let i = text.indexOf(":"); i !== -1; i = text.indexOf(":", i + 1)) {
    let k = i - 1;
    let c = text.charCodeAt(k);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--k);
    if (c === 34) n++;
  }
  return n;
}

/**
 * Property names in a JSON text: strings followed by a colon. Hopping from
 * quote to quote with indexOf keeps the scan aligned on string tokens (a
 * colon inside a string is skipped with it) at native speed.
 */
export function countTextKeys(text: string): number {
  let n = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    const end = stringEnd(text, i);
    if (end === -1) break;
    const j = skipSpace(text, end);
    if (text.charCodeAt(j) === 58) n++;
    i = text.indexOf('"', j);
  }
  return n;
}

/**
 * Counts the property names of a parsed value (for the duplicate-key check)
 * and checks it against the limits, without recursion: a document nested a
 * hundred thousand deep must not take the stack down with it.
 */
function measure(value: unknown, limits: Readonly<InputLimits>): { keys: number; prototypeKey: boolean; exceeded?: "depth" | "items" } {
  if (value === null || typeof value !== "object") return { keys: 0, prototypeKey: false };
  let keys = 0;
  let prototypeKey = false;
  const stack: unknown[] = [value];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const v = stack.pop() as object;
    const depth = depths.pop()!;
    if (depth > limits.maxDepth) return { keys, prototypeKey, exceeded: "depth" };
    if (Array.isArray(v)) {
      if (v.length > limits.maxItems) return { keys, prototypeKey, exceeded: "items" };
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (item !== null && typeof item === "object") {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      let members = 0;
      for (const k in v) {
        members++;
        // Every key passes here anyway: document/prototype-key then needs no search of its own.
        if (k === "__proto__" || k === "constructor" || k === "prototype") prototypeKey = true;
        const item = (v as Record<string, unknown>)[k];
        if (item !== null && typeof item === "object") {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
      if (members > limits.maxItems) return { keys, prototypeKey, exceeded: "items" };
      keys += members;
    }
  }
  return { keys, prototypeKey };
}

/** Line and column of an offset in a text. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where a limit is first exceeded, found by one scan of the text (only for a
 * document already known to exceed it): the bracket that opens one level too
 * many, or the array or object with too many items.
 */
function describeLimit(text: string, limits: Readonly<InputLimits>, what: "depth" | "items"): JsonLimitError {
  const opens: number[] = [];
  const counts: number[] = [];
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string, escapes included.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      opens.push(i);
      counts.push(0);
      if (what === "depth" && opens.length > limits.maxDepth) {
        at = i;
        break;
      }
    } else if (c === 125 || c === 93) {
      opens.pop();
      counts.pop();
    } else if (c === 44 && counts.length > 0) {
      if (++counts[counts.length - 1]! + 1 > limits.maxItems && what === "items") {
        at = opens[opens.length - 1]!;
        break;
      }
    }
  }
  const start = positionAt(text, at);
  const span = { start, end: start };
  return what === "depth"
    ? {
        rule: "input/too-deep",
        message: `objects and arrays nest more than ${limits.maxDepth} deep here; the document is not checked further`,
        hint: "flatten the document, or raise limits.max_depth in mova.registry.json",
        span,
      }
    : {
        rule: "input/too-large",
        message: `this ${text.charCodeAt(at) === 91 ? "array" : "object"} has more than ${limits.maxItems} items; the document is not checked further`,
        hint: "split the document, or raise limits.max_items in mova.registry.json",
        span,
      };
}

function describeSyntaxError(text: string, error: unknown, limits: Readonly<InputLimits>): JsonSyntaxError {
  if (text.trim() === "") return { message: "the file is empty; a JSON document is expected", span: START_SPAN };
  try {
    // The position-keeping parser recurses; past the depth limit, V8's own position has to do.
    if (deeperThan(text, limits.maxDepth)) throw new RangeError("too deep");
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

/** Whether brackets in a text open deeper than `max`, ignoring strings. */
function deeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
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
