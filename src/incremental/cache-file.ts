import { endianness } from "node:os";
import type { PackagePlan } from "../registry/classify.ts";
import type { DocumentColumns } from "../registry/columns.ts";
import { NUMBER_COLUMNS } from "../registry/columns.ts";
import { allWithin } from "../util/packed-numbers.ts";

/**
 * A cache as bytes: a line naming the format, a JSON header (the stamps,
 * findings and small parts), then the number columns as raw 32-bit
 * integers and every string once, as a text in chunks (TEXT_CHUNK_UNITS)
 * and a column of lengths. Reading it back takes the columns as views over
 * the file's own bytes and cuts the strings from each decoded chunk: at
 * 100,000 documents a
 * 17 MB JSON cache took 290 ms to read and parse, and its 180,000 strings
 * and 10,000 package plans, parsed as JSON objects, kept the young
 * generation busy copying them.
 *
 * The format is this machine's byte order (the header says which); a cache
 * written elsewhere with the other one is not read, as any cache whose
 * parts do not add up.
 */
export const CACHE_FILE_FORMAT = "mova-registry-check-cache/8";

const MAGIC = Buffer.from(`${CACHE_FILE_FORMAT}\n`);

/** The part of a cache kept as JSON, with what the sections after it hold. */
export interface CacheHeader {
  [field: string]: unknown;
  littleEndian: boolean;
  /** Length, in numbers, of each column after the header, in order. */
  columns: Record<string, number>;
  /** Bytes of the strings' text, how it is encoded, and its chunks (TEXT_CHUNK_UNITS): each one's bytes and how many strings it holds. */
  text: { bytes: number; encoding: "utf8" | "utf16le"; chunks: Array<[bytes: number, strings: number]> };
}

/**
 * The strings' text is written, and decoded, in chunks of about this many
 * UTF-16 code units, each cut where a string ends. Node decodes a text of a
 * megabyte or more as a string kept outside V8's heap, and a part cut from
 * one is slow to read: at 100,000 documents, hashing the cache's 180,000
 * strings took 80–95 ms cut from the one 5.5 MB text, 27–40 ms cut from a
 * chunk; the rules across documents of a pull request's check 160 → 120 ms
 * with the new hash (util/intern.ts; medians of 15). Each string decoded
 * from its own bytes instead was as quick to make but 148 ms there. A chunk
 * of 256 Ki units is at most 768 KiB of UTF-8.
 */
export const TEXT_CHUNK_UNITS = 256 * 1024;

/** Plans as columns of string numbers (-1 for none), system as 0 or 1. */
const PLAN_COLUMNS = ["dir", "manifest", "id", "flow", "envelope", "system"] as const;

const LITTLE_ENDIAN = endianness() === "LE";

/** What a cache holds besides its header: the documents' columns, their strings and the package plans. */
export interface CacheBody {
  documents: DocumentColumns;
  plans: PackagePlan[];
}

/**
 * The bytes of a cache: `header` as JSON (any JSON-safe fields), then the
 * documents' columns, the plans and the strings. Plans' strings join the
 * documents' (a plan's manifest and folder are mostly paths already there).
 */
export function encodeCache(header: Record<string, unknown>, body: CacheBody, chunkUnits = TEXT_CHUNK_UNITS): Buffer[] {
  const { documents } = body;
  const strings = documents.strings.slice();
  let index: Map<string, number> | undefined;
  const number = (s: string | undefined) => {
    if (s === undefined) return -1;
    index ??= new Map(strings.map((w, i) => [w, i]));
    let n = index.get(s);
    if (n === undefined) index.set(s, (n = strings.push(s) - 1));
    return n;
  };
  const plans = Object.fromEntries(PLAN_COLUMNS.map((k) => [k, new Int32Array(body.plans.length)]));
  body.plans.forEach((p, i) => {
    for (const k of ["dir", "manifest", "id", "flow", "envelope"] as const) plans[k]![i] = number(p[k]);
    plans.system![i] = p.system ? 1 : 0;
  });
  const columns: Array<[string, Int32Array]> = [
    ...NUMBER_COLUMNS.map((k): [string, Int32Array] => [k, Int32Array.from(documents[k])]),
    ...PLAN_COLUMNS.map((k): [string, Int32Array] => [`plan.${k}`, plans[k]!]),
  ];
  // A lone surrogate (a JSON key written "\ud800") would not survive UTF-8: then the text is UTF-16.
  const encoding = strings.every((s) => s.isWellFormed()) ? "utf8" : "utf16le";
  const parts: Buffer[] = [];
  const chunks: CacheHeader["text"]["chunks"] = [];
  for (let from = 0; from < strings.length; ) {
    let to = from + 1;
    for (let units = strings[from]!.length; to < strings.length && units + strings[to]!.length <= chunkUnits; to++) units += strings[to]!.length;
    parts.push(Buffer.from(strings.slice(from, to).join(""), encoding));
    chunks.push([parts.at(-1)!.length, to - from]);
    from = to;
  }
  const text = Buffer.concat(parts);
  columns.push(["lengths", Int32Array.from(strings, (s) => s.length)]);
  const head: CacheHeader = { ...header, littleEndian: LITTLE_ENDIAN, columns: Object.fromEntries(columns.map(([k, c]) => [k, c.length])), text: { bytes: text.length, encoding, chunks } };
  const json = Buffer.from(asciiJson(head), "latin1");
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  // The columns start at a multiple of 4 bytes, so they can be read in place.
  const pad = Buffer.alloc((4 - ((MAGIC.length + 4 + json.length) % 4)) % 4);
  return [MAGIC, size, json, pad, ...columns.map(([, c]) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)), text];
}

/**
 * JSON with every code unit past ASCII written as an escape: Node decodes
 * pure ASCII text several times as fast, and JSON.parse reads it faster as
 * well (a 850 KB header with 3,400 bytes past ASCII, mostly the findings'
 * quotation marks: 10 → 2.7 ms to decode, 5–12 → 1.3–4.7 ms to parse).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Where a cache's header ends, from its first bytes (its format's line and the header's length); undefined when they are not a cache of this format. */
export function headerEnd(bytes: Buffer): number | undefined {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  return MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
}

/** The header of a cache's bytes, or undefined when they are not a cache of this format. */
export function cacheHeader(bytes: Buffer): { header: CacheHeader; end: number } | undefined {
  const last = headerEnd(bytes);
  if (last === undefined || last > bytes.length) return undefined;
  const start = MAGIC.length + 4;
  const size = last - start;
  let header: CacheHeader;
  try {
    header = JSON.parse(bytes.toString("utf8", start, start + size)) as CacheHeader;
  } catch {
    return undefined;
  }
  if (typeof header !== "object" || header === null || header.littleEndian !== LITTLE_ENDIAN) return undefined;
  return { header, end: start + size };
}

/**
 * The documents' columns and plans after a header: undefined when the
 * sections do not add up to the file, or a number points outside the
 * strings (a damaged file is not taken apart wrongly).
 */
export function cacheBody(bytes: Buffer, header: CacheHeader, end: number): CacheBody | undefined {
  const { columns, text } = header;
  const names = [...NUMBER_COLUMNS, ...PLAN_COLUMNS.map((k) => `plan.${k}`), "lengths"];
  if (typeof columns !== "object" || columns === null || typeof text !== "object" || text === null) return undefined;
  if (!names.every((k) => Number.isSafeInteger(columns[k]) && columns[k]! >= 0) || !Number.isSafeInteger(text.bytes) || !["utf8", "utf16le"].includes(text.encoding)) return undefined;
  let at = end + ((4 - (end % 4)) % 4);
  const total = names.reduce((n, k) => n + 4 * columns[k]!, at) + text.bytes;
  if (total !== bytes.length) return undefined;
  // In place where the file's bytes start at a multiple of 4 in their buffer (a file read whole does), else copied once.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const read: Record<string, Int32Array> = {};
  for (const k of names) {
    read[k] = new Int32Array(aligned.buffer, aligned.byteOffset + at, columns[k]!);
    at += 4 * columns[k]!;
  }
  const strings = stringsOf(aligned, at, text, read.lengths!);
  if (!strings) return undefined;
  const documents = { strings, ...Object.fromEntries(NUMBER_COLUMNS.map((k) => [k, read[k]!])) } as unknown as DocumentColumns;
  const plans = plansOf(read, strings);
  return plans && { documents, plans };
}

/** The strings of a text starting at byte `at`, cut by their lengths, chunk by chunk; undefined when the chunks and lengths do not add up. */
function stringsOf(bytes: Buffer, at: number, text: CacheHeader["text"], lengths: Int32Array): string[] | undefined {
  const { chunks } = text;
  const pair = (c: unknown) => Array.isArray(c) && c.length === 2 && c.every((n) => Number.isSafeInteger(n) && n >= 0);
  if (!Array.isArray(chunks) || !chunks.every(pair)) return undefined;
  if (chunks.reduce((n, c) => n + c[0], 0) !== text.bytes || chunks.reduce((n, c) => n + c[1], 0) !== lengths.length) return undefined;
  const strings = new Array<string>(lengths.length);
  let i = 0;
  for (const [size, count] of chunks) {
    const chunk = bytes.toString(text.encoding, at, at + size);
    at += size;
    let from = 0;
    for (const last = i + count; i < last; i++) {
      const to = from + lengths[i]!;
      if (!(lengths[i]! >= 0 && to <= chunk.length)) return undefined;
      strings[i] = chunk.slice(from, to);
      from = to;
    }
    if (from !== chunk.length) return undefined;
  }
  return strings;
}

function plansOf(read: Record<string, Int32Array>, strings: readonly string[]): PackagePlan[] | undefined {
  const c = (k: (typeof PLAN_COLUMNS)[number]) => read[`plan.${k}`]!;
  const count = c("dir").length;
  if (!PLAN_COLUMNS.every((k) => c(k).length === count)) return undefined;
  if (!allWithin(c("dir"), 0, strings.length) || !allWithin(c("manifest"), 0, strings.length) || !allWithin(c("system"), 0, 2)) return undefined;
  if (!["id", "flow", "envelope"].every((k) => allWithin(c(k as "id"), -1, strings.length))) return undefined;
  const plans = new Array<PackagePlan>(count);
  for (let i = 0; i < count; i++) {
    const plan: PackagePlan = { dir: strings[c("dir")[i]!]!, manifest: strings[c("manifest")[i]!]!, system: c("system")[i] === 1 };
    for (const k of ["id", "flow", "envelope"] as const) if (c(k)[i]! >= 0) plan[k] = strings[c(k)[i]!]!;
    plans[i] = plan;
  }
  return plans;
}
