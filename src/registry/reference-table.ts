import { StringTable } from "../util/intern.ts";
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

/** A table written one document at a time; each word is stored once. */
export class ReferenceTableWriter extends ReferenceTable {
  /** The words and their numbers, until the table is sealed. */
  #words: StringTable | undefined;
  readonly #refs: number[];

  constructor() {
    const words = new StringTable();
    const refs: number[] = [];
    super(words.strings, refs);
    this.#words = words;
    this.#refs = refs;
  }

  /** Adds one reference's words. */
  push(pointer: string, kind: string, target: string, field: string): void {
    const words = this.#words;
    if (!words) throw new Error("a sealed table of references takes no more");
    this.#refs.push(words.indexOf(pointer), words.indexOf(kind), words.indexOf(target), words.indexOf(field));
  }

  /** Where the next reference will stand. */
  get end(): number {
    return this.#refs.length;
  }

  /** Gives `doc` the references it has, as the next range of this table. */
  keep(doc: RegistryDocument, refs: readonly Reference[]): void {
    const from = this.end;
    for (let i = 0; i < refs.length; i++) this.push(refs[i]!.pointer, refs[i]!.kind, refs[i]!.target, refs[i]!.field);
    doc.keepReferences(this, from, this.end);
  }

  /** No more references will be added: the indices move to an array of 32-bit integers, half the size of a JavaScript array's. */
  seal(): void {
    this.compact(Int32Array.from(this.#refs));
    this.#refs.length = 0;
    this.#words = undefined;
  }
}
