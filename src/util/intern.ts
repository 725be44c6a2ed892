/**
 * One copy of each string: documents repeat the same pointers, targets and
 * schema ids thousands of times, and a check of a large registry keeps them all.
 */
export interface Interner {
  intern(s: string): string;
}

/** Strings numbered in the order they are first seen, each listed once: the words of columns and of tables of references. */
export class StringTable implements Interner {
  readonly strings: string[] = [];
  readonly #index = new Map<string, number>();

  /** The string's number, listing it if it is new. */
  indexOf(s: string): number {
    let n = this.#index.get(s);
    if (n === undefined) this.#index.set(s, (n = this.strings.push(s) - 1));
    return n;
  }

  /** The table's own copy of the string, listing it if it is new. */
  intern(s: string): string {
    return this.strings[this.indexOf(s)]!;
  }
}
