import { StringTable, type Interner } from "../util/intern.ts";
import type { RegistryDocument } from "./document.ts";
import type { RefKind, Reference } from "./references.ts";

/** Indices per reference in a table: its pointer, kind, target and field. */
export const REFERENCE_WIDTH = 4;

/**
 * References in columns: four indices per reference (pointer, kind, target,
 * field) into `words`. Documents read together share a table and each keeps
 * its range of it: an object per reference cost a check of 100,000
 * documents 12 MB of its heap for 193,000 of them, kept to the end for the
 * rules across documents, which mostly ask only for kinds and targets.
 */
export class ReferenceTable {
  readonly words: readonly string[];
  #refs: ArrayLike<number>;

  constructor(words: readonly string[], refs: ArrayLike<number>) {
    this.words = words;
    this.#refs = refs;
  }

  get refs(): ArrayLike<number> {
    return this.#refs;
  }

  /** Swaps the indices for a compact copy once no more are added. */
  protected compact(refs: ArrayLike<number>): void {
    this.#refs = refs;
  }

  /** The reference at index `k` of the table, made for `from`. */
  at(from: RegistryDocument, k: number): Reference {
    const w = this.words;
    const r = this.#refs;
    return { from, pointer: w[r[k]!]!, kind: w[r[k + 1]!] as RefKind, target: w[r[k + 2]!]!, field: w[r[k + 3]!]! };
  }
}

/**
 * A table written one document at a time; each word is stored once. The
 * indices go into 32-bit integers from the start, in a buffer that doubles
 * when full: a JavaScript array of them took 8 bytes each, and at 100,000
 * documents (775,000 indices) it and the copies its growth left behind were
 * still there when both threads' heaps were at their largest. Its words are
 * also the load's one copy of each string its documents share (intern): an
 * interner beside it held a second map of the same 50,000 words, and the
 * copies each map's growth left behind, while both threads were at their
 * largest.
 */
export class ReferenceTableWriter extends ReferenceTable implements Interner {
  /** The words and their numbers, until the table is sealed. */
  #words: StringTable | undefined;
  #buffer: Int32Array;
  #length = 0;

  /**
   * `words`: about how many distinct words it will hold (StringTable);
   * `references`: about how many references. Sized for them from the start,
   * a load's table need not grow: at 100,000 documents, doubling left 3 MB
   * of earlier buffers and the sealed copy beside the 3 MB in use until a
   * full collection.
   */
  constructor(words = 0, references = 0) {
    const table = new StringTable(words);
    super(table.strings, []);
    this.#words = table;
    this.#buffer = new Int32Array(Math.max(1024, references * REFERENCE_WIDTH));
    this.compact(this.#buffer);
  }

  /** Adds one reference's words. */
  push(pointer: string, kind: string, target: string, field: string): void {
    this.pushIndices(this.wordIndex(pointer), this.wordIndex(kind), this.wordIndex(target), this.wordIndex(field));
  }

  /** A word's number in this table, listing it if it is new. */
  wordIndex(word: string): number {
    if (!this.#words) throw new Error("a sealed table of references takes no more");
    return this.#words.indexOf(word);
  }

  /** The table's copy of a word, listing it if it is new. */
  intern(word: string): string {
    return this.words[this.wordIndex(word)]!;
  }

  /** Adds one reference by its words' numbers (wordIndex). */
  pushIndices(pointer: number, kind: number, target: number, field: number): void {
    if (!this.#words) throw new Error("a sealed table of references takes no more");
    if (this.#length + REFERENCE_WIDTH > this.#buffer.length) {
      const larger = new Int32Array(this.#buffer.length * 2);
      larger.set(this.#buffer);
      this.compact((this.#buffer = larger));
    }
    const b = this.#buffer;
    const at = this.#length;
    b[at] = pointer;
    b[at + 1] = kind;
    b[at + 2] = target;
    b[at + 3] = field;
    this.#length = at + REFERENCE_WIDTH;
  }

  /** Where the next reference will stand. */
  get end(): number {
    return this.#length;
  }

  /** Gives `doc` the references it has, as the next range of this table. */
  keep(doc: RegistryDocument, refs: readonly Reference[]): void {
    const from = this.end;
    for (let i = 0; i < refs.length; i++) this.push(refs[i]!.pointer, refs[i]!.kind, refs[i]!.target, refs[i]!.field);
    doc.keepReferences(this, from, this.end);
  }

  /** No more references will be added: the indices keep only the room they fill, or (most of the buffer filled) a view of it, not a copy. */
  seal(): void {
    if (!this.#words) return;
    const filled = 4 * this.#length >= 3 * this.#buffer.length;
    this.compact(filled ? this.#buffer.subarray(0, this.#length) : this.#buffer.slice(0, this.#length));
    this.#buffer = new Int32Array(0);
    this.#words = undefined;
  }
}
