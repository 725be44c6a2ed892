import type { Span } from "../findings/finding.ts";

/**
 * Where a JSON Pointer's value stands in a text that `JSON.parse` accepted,
 * found by skipping over the text rather than building a syntax tree: a
 * finding needs one position, and the position-keeping parser spends most
 * of its time on the nodes nobody asks about (about 150 µs for a 1.7 KB
 * flow, against a few here). Same answers as the tree (checked against it in
 * test/json-locate.test.ts): the last of repeated keys wins, a pointer into
 * something that does not exist stops at the deepest node that does, lines
 * end at \n, \r\n or \r, and columns count UTF-16 code units from 1.
 */

/** Line starts of a text: the offset each line begins at. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** The first offset from `i` that is not JSON whitespace. */
export function skipSpace(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  return i;
}

/** The offset after a string's closing quote (one not escaped by an odd run of backslashes); `i` is at its opening quote. */
export function stringEnd(text: string, i: number): number {
  let end = text.indexOf('"', i + 1);
  while (end !== -1) {
    let slashes = 0;
    for (let k = end - 1; text.charCodeAt(k) === 92; k--) slashes++;
    if (slashes % 2 === 0) return end + 1;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/** The offset after the value starting at `i`, or -1 if the text is not what JSON.parse would accept. */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return stringEnd(text, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 34) {
        const e = stringEnd(text, j);
        if (e === -1) return -1;
        j = e - 1;
      } else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        if (--depth === 0) return j + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter.
  let j = i;
  for (let d = text.charCodeAt(j); j < text.length && d !== 44 && d !== 125 && d !== 93 && d !== 32 && d !== 10 && d !== 13 && d !== 9; d = text.charCodeAt(++j));
  return j > i ? j : -1;
}

interface Place {
  start: number;
  end: number;
  /** The property name the value was reached by, when the last step was into an object. */
  key?: { start: number; end: number };
}

/** The member of the object at `at` named `name` (the last, if repeated); null when there is none, undefined when the text is not what was expected. */
function member(text: string, at: number, name: string): Place | null | undefined {
  let i = skipSpace(text, at + 1);
  if (text.charCodeAt(i) === 125) return null;
  let found: Place | null = null;
  for (;;) {
    if (text.charCodeAt(i) !== 34) return undefined;
    const keyEnd = stringEnd(text, i);
    if (keyEnd === -1) return undefined;
    const colon = skipSpace(text, keyEnd);
    if (text.charCodeAt(colon) !== 58) return undefined;
    const start = skipSpace(text, colon + 1);
    const end = valueEnd(text, start);
    if (end === -1) return undefined;
    const raw = text.slice(i + 1, keyEnd - 1);
    const key = raw.includes("\\") ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
    if (key === name) found = { start, end, key: { start: i, end: keyEnd } };
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === 125) return found;
    if (c !== 44) return undefined;
    i = skipSpace(text, i + 1);
  }
}

/** The element of the array at `at` at `index`; null when there is none, undefined when the text is not what was expected. */
function element(text: string, at: number, index: number): Place | null | undefined {
  let i = skipSpace(text, at + 1);
  if (text.charCodeAt(i) === 93) return null;
  for (let n = 0; ; n++) {
    const end = valueEnd(text, i);
    if (end === -1) return undefined;
    if (n === index) return { start: i, end };
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === 93) return null;
    if (c !== 44) return undefined;
    i = skipSpace(text, i + 1);
  }
}

/**
 * The span of the value at `segments` (or of the property name it was
 * reached by, with "key"); undefined if the text turns out not to be JSON,
 * for the caller to ask the parser instead.
 */
export function locateInText(text: string, segments: readonly string[], target: "value" | "key", lineStarts: readonly number[]): Span | undefined {
  const start = skipSpace(text, 0);
  const end = valueEnd(text, start);
  if (end === -1) return undefined;
  let node: Place = { start, end };
  for (const seg of segments) {
    const c = text.charCodeAt(node.start);
    const next = c === 123 ? member(text, node.start, seg) : c === 91 ? (/^\d+$/.test(seg) ? element(text, node.start, Number(seg)) : null) : null;
    if (next === undefined) return undefined;
    if (next === null) {
      node = { start: node.start, end: node.end };
      break;
    }
    node = next;
  }
  const at = target === "key" && node.key ? node.key : node;
  return { start: positionOf(lineStarts, at.start), end: positionOf(lineStarts, at.end) };
}
