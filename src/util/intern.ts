/**
 * One copy of each string: documents repeat the same pointers, targets and
 * schema ids thousands of times, and a check of a large registry keeps them all.
 */
export class Interner {
  readonly #known = new Map<string, string>();

  intern(s: string): string {
    const known = this.#known.get(s);
    if (known !== undefined) return known;
    this.#known.set(s, s);
    return s;
  }
}
