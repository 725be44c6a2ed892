import type { DocumentFacts, FlowFacts } from "../catalog/facts.ts";
import type { KeptFacts, RegistryDocument } from "../registry/document.ts";
import { allStrings, allWithin, offsetsUpTo } from "../util/column-checks.ts";
import { encodeColumnsFile, readColumnsBody, readColumnsHeader } from "../util/columns-file.ts";

/**
 * The catalog facts of a cache's documents, in the same order, as columns:
 * `facts` is -1 for a document without, else FACT_OK | FACT_FLOW |
 * FACT_FLOW_SHAPE; `digests` their sha256, 32 bytes apiece (zeros where
 * none); `fields` pairs of (field code, string) of the optional
 * fields and the flow's steps, those of document i from start[i] to
 * start[i + 1]. Kept in a file beside the cache (see cache.ts): only a
 * catalog diff reads them, and a pull request's check should not pay for
 * reading them.
 */
export interface FactColumns {
  strings: string[];
  facts: ArrayLike<number>;
  digests: Uint8Array;
  start: ArrayLike<number>;
  fields: ArrayLike<number>;
}

/**
 * The facts file's format: a file of columns (util/columns-file.ts), the
 * digests as a column of 8 numbers per document. It was JSON, the numbers
 * and digests in base64: at 100,000 documents, reading and parsing its 7 MB
 * took a pull request's catalog diff about 95 ms (a profile).
 */
const FACTS_FILE_FORMAT = "mova-registry-catalog-facts/2";

const FACT_COLUMNS = ["facts", "start", "fields", "digests"] as const;

/** The bytes of a facts file: `header` (stamps, any JSON-safe fields), then the columns. */
export function encodeFacts(header: Record<string, unknown>, c: FactColumns): Buffer[] {
  // The digests' bytes as 32-bit numbers, copied once if they do not start at a multiple of 4 in their buffer.
  const bytes = c.digests.byteOffset % 4 === 0 ? c.digests : new Uint8Array(c.digests);
  const digests = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  return encodeColumnsFile(FACTS_FILE_FORMAT, header, [["facts", Int32Array.from(c.facts)], ["start", Int32Array.from(c.start)], ["fields", Int32Array.from(c.fields)], ["digests", digests]], c.strings);
}

/** A facts file's header and columns, or undefined when the bytes are not one whose parts add up (wellFormed checks the columns against the cache). */
export function decodeFacts(bytes: Buffer): { header: Record<string, unknown>; columns: FactColumns } | undefined {
  const head = readColumnsHeader(FACTS_FILE_FORMAT, bytes);
  const body = head && readColumnsBody(bytes, head.header, head.end, FACT_COLUMNS);
  if (!head || !body) return undefined;
  const { read, strings } = body;
  const digests = new Uint8Array(read.digests!.buffer, read.digests!.byteOffset, read.digests!.byteLength);
  return { header: head.header, columns: { strings, facts: read.facts!, start: read.start!, fields: read.fields!, digests } };
}

const FACT_OK = 1;
/** Read as a flow: `flow` is there (null without FACT_FLOW_SHAPE). */
const FACT_FLOW = 2;
const FACT_FLOW_SHAPE = 4;
const FACT_FIELDS = ["owner", "envelopeId", "verb", "inputSchema", "outputSchema"] as const;
/** Field codes after FACT_FIELDS: the flow's entry, then each step's id and its mode. */
const FLOW_ENTRY = FACT_FIELDS.length;
const STEP_ID = FLOW_ENTRY + 1;
const STEP_MODE = FLOW_ENTRY + 2;

/** The documents' catalog facts as columns; undefined when the check kept none. */
export function factColumnsOf(documents: readonly RegistryDocument[]): FactColumns | undefined {
  if (!documents.some((d) => d.catalogFacts)) return undefined;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (s: string) => {
    let n = index.get(s);
    if (n === undefined) index.set(s, (n = strings.push(s) - 1));
    return n;
  };
  const facts: number[] = [];
  const start: number[] = [];
  const fields: number[] = [];
  const digests = Buffer.alloc(32 * documents.length);
  documents.forEach((doc, i) => {
    start.push(fields.length);
    const f = doc.catalogFacts;
    if (!f) return void facts.push(-1);
    facts.push((f.ok ? FACT_OK : 0) | (f.flow !== undefined ? FACT_FLOW : 0) | (f.flow ? FACT_FLOW_SHAPE : 0));
    digests.write(f.sha256, 32 * i, "hex");
    FACT_FIELDS.forEach((field, code) => {
      const value = f[field];
      if (value !== undefined) fields.push(code, at(value));
    });
    if (f.flow?.entry !== undefined) fields.push(FLOW_ENTRY, at(f.flow.entry));
    for (const step of f.flow?.steps ?? []) fields.push(STEP_ID, at(step.id), STEP_MODE, at(step.mode));
  });
  start.push(fields.length);
  return { strings, facts, digests, start, fields };
}

/**
 * Whether columns read back from a file hold what `factColumnsOf` writes for
 * `documents` documents, every index in range: a file that does not is not
 * used, so a damaged one costs reading the documents, never a crash.
 */
export function wellFormed(c: FactColumns, documents: number): boolean {
  const { strings, facts, start, fields } = c;
  if (!allStrings(strings) || !(c.digests instanceof Uint8Array) || c.digests.length !== 32 * documents) return false;
  if (facts?.length !== documents || start?.length !== documents + 1 || typeof fields?.length !== "number" || fields.length % 2 !== 0) return false;
  const flags = FACT_OK | FACT_FLOW | FACT_FLOW_SHAPE;
  // Fields alternate a code and a string.
  return allWithin(facts, -1, flags + 1) && offsetsUpTo(start, fields.length) && allWithin(fields, 0, STEP_MODE + 1, 2, 0) && allWithin(fields, 0, strings.length, 2, 1);
}

/** A cache's catalog facts, loaded when first asked for; columns that cannot be had give none, and the catalog reads the documents instead. */
export class CachedFacts implements KeptFacts {
  readonly #load: () => FactColumns | undefined;
  #columns: FactColumns | null | undefined;
  #digests: Buffer | undefined;

  constructor(load: () => FactColumns | undefined) {
    this.#load = load;
  }

  get(i: number): DocumentFacts | undefined {
    if (this.#columns === undefined) {
      this.#columns = this.#load() ?? null;
      const d = this.#columns?.digests;
      if (d) this.#digests = Buffer.from(d.buffer, d.byteOffset, d.byteLength);
    }
    const c = this.#columns;
    const flags = c?.facts[i] ?? -1;
    if (!c || flags < 0) return undefined;
    const s = c.strings;
    const facts: DocumentFacts = { ok: (flags & FACT_OK) !== 0, sha256: this.#digests!.toString("hex", 32 * i, 32 * i + 32) };
    const flow: FlowFacts | null = flags & FACT_FLOW_SHAPE ? { steps: [] } : null;
    for (let r = c.start[i]!; r < c.start[i + 1]!; r += 2) {
      const code = c.fields[r]!;
      const value = s[c.fields[r + 1]!]!;
      if (code < FLOW_ENTRY) facts[FACT_FIELDS[code]!] = value;
      else if (code === FLOW_ENTRY) flow!.entry = value;
      else if (code === STEP_ID) flow!.steps.push({ id: value, mode: "" });
      else flow!.steps[flow!.steps.length - 1]!.mode = value;
    }
    if (flags & FACT_FLOW) facts.flow = flow;
    return facts;
  }
}
