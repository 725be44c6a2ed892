import { StringTable } from "../util/intern.ts";
import { allStrings, allWithin, offsetsUpTo } from "../util/column-checks.ts";
import { RegistryDocument, type ClassifiedBy, type ContentReader } from "./document.ts";
import type { DocumentKind } from "./kinds.ts";
import { REFERENCE_WIDTH, ReferenceTable, type ReferenceTableWriter } from "./reference-table.ts";
import { referencesOf } from "./references.ts";
import { targetOf } from "./id-index.ts";

/**
 * Documents as columns of indices into `strings` (-1 for none): ids,
 * pointers and targets repeat across documents, and each is stored once.
 * `refs` holds four indices per reference (pointer, kind, target, field),
 * those of document i from refStart[i] to refStart[i + 1]. A cache and a
 * shard's report keep documents so, and a worker thread sends them so.
 */
export interface DocumentColumns {
  strings: string[];
  path: ArrayLike<number>;
  kind: ArrayLike<number>;
  classifiedBy: ArrayLike<number>;
  id: ArrayLike<number>;
  schemaId: ArrayLike<number>;
  packageDir: ArrayLike<number>;
  refStart: ArrayLike<number>;
  refs: ArrayLike<number>;
}

export const NUMBER_COLUMNS = ["path", "kind", "classifiedBy", "id", "schemaId", "packageDir", "refStart", "refs"] as const;

/** Whether document columns read back from a file (a cache, a shard's report) hold what ColumnsWriter writes, every index in range. */
export function columnsWellFormed(c: DocumentColumns | undefined): boolean {
  if (!allStrings(c?.strings) || !NUMBER_COLUMNS.every((k) => typeof c[k]?.length === "number")) return false;
  const n = c.path.length;
  const strings = c.strings.length;
  if ([c.kind, c.classifiedBy, c.id, c.schemaId, c.packageDir].some((col) => col.length !== n) || c.refStart.length !== n + 1) return false;
  const named = [c.path, c.kind, c.classifiedBy, c.refs].every((col) => allWithin(col, 0, strings));
  const optional = [c.id, c.schemaId, c.packageDir].every((col) => allWithin(col, -1, strings));
  return named && optional && offsetsUpTo(c.refStart, c.refs.length) && c.refs.length % 4 === 0;
}

/** Builds columns one document at a time. */
export class ColumnsWriter {
  readonly #words = new StringTable();
  readonly #c = { strings: this.#words.strings, path: [] as number[], kind: [] as number[], classifiedBy: [] as number[], id: [] as number[], schemaId: [] as number[], packageDir: [] as number[], refStart: [] as number[], refs: [] as number[] };

  #at(s: string | undefined): number {
    return s === undefined ? -1 : this.#words.indexOf(s);
  }

  /** A document as the rules across documents see it: kind, ids, package and references. */
  add(doc: RegistryDocument): void {
    const c = this.#c;
    c.path.push(this.#at(doc.path));
    c.kind.push(this.#at(doc.kind));
    c.classifiedBy.push(this.#at(doc.classifiedBy));
    c.id.push(this.#at(doc.id));
    c.schemaId.push(this.#at(doc.schemaId));
    c.packageDir.push(this.#at(doc.packageDir));
    c.refStart.push(c.refs.length);
    // The table and range through their own getters: referenceRange would make an object for each document written.
    const table = doc.referenceTable;
    if (table) for (let k = doc.referencesFrom; k < doc.referencesTo; k++) c.refs.push(this.#at(table.words[table.refs[k]!]!));
    else for (const r of referencesOf(doc)) c.refs.push(this.#at(r.pointer), this.#at(r.kind), this.#at(r.target), this.#at(r.field));
  }

  /** The columns of every document added; the writer is done. */
  columns(): DocumentColumns {
    this.#c.refStart.push(this.#c.refs.length);
    return this.#c;
  }
}

/**
 * Document i of the columns, its content to be read through `reader` if
 * asked for. With `strings`, the words documents share (kinds, schema ids,
 * package folders, and each reference's pointer, kind, target and field)
 * are each kept once across the registry, as the words of the load's table
 * of references (at 100,000 documents, about 13 MB of copies otherwise): a
 * worker's message brings its own copy of every string, and columns let
 * each be numbered once per message instead of once per use (85 ms of the
 * main thread at 100,000 documents).
 */
export function documentAt(c: DocumentColumns, i: number, reader: ContentReader, strings?: ColumnStrings, path?: string): RegistryDocument {
  const s = c.strings;
  // No closure per document for the words: a cache makes 100,000 of them, each garbage at once.
  const doc = new RegistryDocument(path ?? s[c.path[i]!]!, undefined);
  doc.release(reader);
  doc.kind = (strings ? strings.at(c.kind[i]!) : s[c.kind[i]!]!) as DocumentKind;
  doc.classifiedBy = (strings ? strings.at(c.classifiedBy[i]!) : s[c.classifiedBy[i]!]!) as ClassifiedBy;
  // An id other documents name (or the schema id itself) is the table's word: one string for the id and the references to it.
  if (c.id[i]! >= 0) doc.id = strings && (c.id[i] === c.schemaId[i] || targetOf(doc.kind)) ? strings.at(c.id[i]!) : s[c.id[i]!]!;
  if (c.schemaId[i]! >= 0) doc.schemaId = strings ? strings.at(c.schemaId[i]!) : s[c.schemaId[i]!]!;
  if (c.packageDir[i]! >= 0) doc.packageDir = strings ? strings.at(c.packageDir[i]!) : s[c.packageDir[i]!]!;
  const from = c.refStart[i]!;
  const to = c.refStart[i + 1]!;
  if (strings) {
    // Into the load's own table, each word numbered there once per set of columns: the columns (a worker's message) are let go.
    const refs = strings.table;
    const start = refs.end;
    for (let r = from; r < to; r += REFERENCE_WIDTH)
      refs.pushIndices(strings.numberOf(c.refs[r]!), strings.numberOf(c.refs[r + 1]!), strings.numberOf(c.refs[r + 2]!), strings.numberOf(c.refs[r + 3]!));
    doc.keepReferences(refs, start, refs.end);
  } else doc.keepReferences(tableOf(c), from, to);
  return doc;
}

const tables = new WeakMap<DocumentColumns, ReferenceTable>();

/** The columns' references as one table every document read from them shares: the columns' strings and indices, as they are. */
function tableOf(c: DocumentColumns): ReferenceTable {
  let table = tables.get(c);
  if (!table) tables.set(c, (table = new ReferenceTable(c.strings, c.refs)));
  return table;
}

/** The strings of one set of columns, each numbered in a table of references (the load's) when first asked for: the table's copy is the one kept. */
export class ColumnStrings {
  readonly table: ReferenceTableWriter;
  readonly #strings: readonly string[];
  readonly #numbers: Int32Array;

  constructor(strings: readonly string[], table: ReferenceTableWriter) {
    this.table = table;
    this.#strings = strings;
    this.#numbers = new Int32Array(strings.length).fill(-1);
  }

  /** String k's number in the table. */
  numberOf(k: number): number {
    const known = this.#numbers[k]!;
    return known >= 0 ? known : (this.#numbers[k] = this.table.wordIndex(this.#strings[k]!));
  }

  /** The table's copy of string k. */
  at(k: number): string {
    return this.table.words[this.numberOf(k)]!;
  }
}
