import { endianness } from "node:os";
import type { PackagePlan } from "../registry/classify.ts";
import type { DocumentColumns } from "../registry/columns.ts";
import { NUMBER_COLUMNS } from "../registry/columns.ts";
import { allWithin } from "../util/packed-numbers.ts";

/**
 * A cache as bytes: a line naming the format, a JSON header (the stamps,
 * findings and small parts), then the number columns as raw 32-bit
 * integers and every string once, as one block of text and a column of
 * lengths. Reading it back takes the columns as views over the file's own
 * bytes and cuts the strings from one decoded text: at 100,000 documents a
 * 17 MB JSON cache took 290 ms to read and parse, and its 180,000 strings
 * and 10,000 package plans, parsed as JSON objects, kept the young
 * generation busy copying them.
 *
 * The format is this machine's byte order (the header says which); a cache
 * written elsewhere with the other one is not read, as any cache whose
 * parts do not add up.
 */
export const CACHE_FILE_FORMAT = "mova-registry-check-cache/7";

const MAGIC = Buffer.from(`${CACHE_FILE_FORMAT}\n`);

/** The part of a cache kept as JSON, with what the sections after it hold. */
export interface CacheHeader {
  [field: string]: unknown;
  littleEndian: boolean;
  /** Length, in numbers, of each column after the header, in order. */
  columns: Record<string, number>;
  /** Bytes of the strings' text, and how it is encoded. */
  text: { bytes: number; encoding: "utf8" | "utf16le" };
}

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
export function encodeCache(header: Record<string, unknown>, body: CacheBody): Buffer[] {
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
  const text = Buffer.from(strings.join(""), encoding);
  columns.push(["lengths", Int32Array.from(strings, (s) => s.length)]);
  const head: CacheHeader = { ...header, littleEndian: LITTLE_ENDIAN, columns: Object.fromEntries(columns.map(([k, c]) => [k, c.length])), text: { bytes: text.length, encoding } };
  const json = Buffer.from(JSON.stringify(head));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  // The columns start at a multiple of 4 bytes, so they can be read in place.
  const pad = Buffer.alloc((4 - ((MAGIC.length + 4 + json.length) % 4)) % 4);
  return [MAGIC, size, json, pad, ...columns.map(([, c]) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)), text];
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
  const lengths = read.lengths!;
  const all = aligned.toString(text.encoding, at, at + text.bytes);
  const strings = new Array<string>(lengths.length);
  let from = 0;
  for (let i = 0; i < lengths.length; i++) {
    const to = from + lengths[i]!;
    if (!(lengths[i]! >= 0 && to <= all.length)) return undefined;
    strings[i] = all.slice(from, to);
    from = to;
  }
  if (from !== all.length) return undefined;
  const documents = { strings, ...Object.fromEntries(NUMBER_COLUMNS.map((k) => [k, read[k]!])) } as unknown as DocumentColumns;
  const plans = plansOf(read, strings);
  return plans && { documents, plans };
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
