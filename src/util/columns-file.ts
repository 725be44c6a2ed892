import { endianness } from "node:os";

/**
 * A file of columns: a line naming its format, a JSON header (the caller's
 * fields, with what the sections after it hold) written in ASCII, then
 * columns of 32-bit integers in this machine's byte order, read back in
 * place as views over the file's own bytes, then strings once each, as a
 * text in chunks and a column of lengths. The check's cache
 * (incremental/cache-file.ts) and its catalog facts are kept so: at 100,000
 * documents a 17 MB JSON cache took 290 ms to read and parse, and its
 * 180,000 strings, parsed as JSON, kept the young generation busy copying
 * them. A file written with the other byte order is not read, as any file
 * whose parts do not add up.
 */
export interface ColumnsFileHeader {
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
const TEXT_CHUNK_UNITS = 256 * 1024;

const LITTLE_ENDIAN = endianness() === "LE";

/** The column of the strings' lengths, after the caller's. */
const LENGTHS = "lengths";

/** The bytes of a file of `format` (one line, no newline in it): `header` (any JSON-safe fields), `columns` in order, `strings`. */
export function encodeColumnsFile(format: string, header: Record<string, unknown>, columns: ReadonlyArray<[string, Int32Array]>, strings: readonly string[], chunkUnits = TEXT_CHUNK_UNITS): Buffer[] {
  const magic = Buffer.from(`${format}\n`);
  // A lone surrogate (a JSON key written "\ud800") would not survive UTF-8: then the text is UTF-16.
  const encoding = strings.every((s) => s.isWellFormed()) ? "utf8" : "utf16le";
  const parts: Buffer[] = [];
  const chunks: ColumnsFileHeader["text"]["chunks"] = [];
  for (let from = 0; from < strings.length; ) {
    let to = from + 1;
    for (let units = strings[from]!.length; to < strings.length && units + strings[to]!.length <= chunkUnits; to++) units += strings[to]!.length;
    parts.push(Buffer.from(strings.slice(from, to).join(""), encoding));
    chunks.push([parts.at(-1)!.length, to - from]);
    from = to;
  }
  const text = Buffer.concat(parts);
  const all: Array<[string, Int32Array]> = [...columns, [LENGTHS, Int32Array.from(strings, (s) => s.length)]];
  const head: ColumnsFileHeader = { ...header, littleEndian: LITTLE_ENDIAN, columns: Object.fromEntries(all.map(([k, c]) => [k, c.length])), text: { bytes: text.length, encoding, chunks } };
  const json = Buffer.from(asciiJson(head), "latin1");
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  // The columns start at a multiple of 4 bytes, so they can be read in place.
  const pad = Buffer.alloc((4 - ((magic.length + 4 + json.length) % 4)) % 4);
  return [magic, size, json, pad, ...all.map(([, c]) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)), text];
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

/** Where the header of a file of `format` ends, from its first bytes (the format's line and the header's length); undefined when they are not such a file. */
export function columnsHeaderEnd(format: string, bytes: Buffer): number | undefined {
  const magic = format.length + 1;
  if (bytes.length < magic + 4 || bytes.toString("latin1", 0, magic) !== `${format}\n`) return undefined;
  return magic + 4 + bytes.readUInt32LE(magic);
}

/** The header of a file of `format`, or undefined when the bytes are not one written on a machine of this byte order. */
export function readColumnsHeader(format: string, bytes: Buffer): { header: ColumnsFileHeader; end: number } | undefined {
  const last = columnsHeaderEnd(format, bytes);
  if (last === undefined || last > bytes.length) return undefined;
  const start = format.length + 1 + 4;
  let header: ColumnsFileHeader;
  try {
    header = JSON.parse(bytes.toString("utf8", start, last)) as ColumnsFileHeader;
  } catch {
    return undefined;
  }
  if (typeof header !== "object" || header === null || header.littleEndian !== LITTLE_ENDIAN) return undefined;
  return { header, end: last };
}

/**
 * The columns `names` and the strings after a header: undefined when the
 * header names other columns, or the sections do not add up to the file
 * (a damaged file is not taken apart wrongly).
 */
export function readColumnsBody(bytes: Buffer, header: ColumnsFileHeader, end: number, names: readonly string[]): { read: Record<string, Int32Array>; strings: string[] } | undefined {
  const { columns, text } = header;
  const all = [...names, LENGTHS];
  if (typeof columns !== "object" || columns === null || typeof text !== "object" || text === null) return undefined;
  if (Object.keys(columns).join("\n") !== all.join("\n")) return undefined;
  if (!all.every((k) => Number.isSafeInteger(columns[k]) && columns[k]! >= 0) || !Number.isSafeInteger(text.bytes) || !["utf8", "utf16le"].includes(text.encoding)) return undefined;
  let at = end + ((4 - (end % 4)) % 4);
  const total = all.reduce((n, k) => n + 4 * columns[k]!, at) + text.bytes;
  if (total !== bytes.length) return undefined;
  // In place where the file's bytes start at a multiple of 4 in their buffer (a file read whole does), else copied once.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const read: Record<string, Int32Array> = {};
  for (const k of all) {
    read[k] = new Int32Array(aligned.buffer, aligned.byteOffset + at, columns[k]!);
    at += 4 * columns[k]!;
  }
  const strings = stringsOf(aligned, at, text, read[LENGTHS]!);
  return strings && { read, strings };
}

/** The strings of a text starting at byte `at`, cut by their lengths, chunk by chunk; undefined when the chunks and lengths do not add up. */
function stringsOf(bytes: Buffer, at: number, text: ColumnsFileHeader["text"], lengths: Int32Array): string[] | undefined {
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
