/**
 * One copy of each string: documents repeat the same pointers, targets and
 * schema ids thousands of times, and a check of a large registry keeps them all.
 */
export interface Interner {
  intern(s: string): string;
}

/** A start for the hash, new in every process, so that no registry can be written to make its words collide (as V8 seeds its own). */
const SEED = (Math.random() * 2 ** 32) | 0;

/**
 * FNV-1a from SEED over the string's UTF-16 code units taken two at a time
 * as one 32-bit word, each step's high bits folded down (a multiplication
 * carries only upward: without the fold, code units in odd places would
 * reach only the top half, and two changes to bit 15 of them would cancel
 * out), then the length and MurmurHash3's finalizer, so that a table of
 * 2^k slots, which sees the low k bits, sees every bit of every unit. Two
 * units a step: with TurboFan off (util/v8-tuning.ts), one a step took half
 * as long again (100,000 ids of 25 characters: 13.7 against 9.8 ms).
 */
export function hashOf(s: string): number {
  const n = s.length;
  let h = 0x811c9dc5 ^ SEED;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
    h ^= h >>> 15;
  }
  if (i < n) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= n;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Fewest slots a table starts with. */
const MIN_SLOTS = 16;

/**
 * Strings numbered in the order they are first seen, each listed once: the
 * words of columns and of tables of references. Found by open addressing in
 * a table of 32-bit slots, sized for what the caller expects, rather than in
 * a Map: at 100,000 documents the load's 110,000 words made a Map whose
 * table and the copies its growth left behind were 7 MB of the main
 * thread's old generation while both threads were at their largest (a
 * sampling heap profile); these slots and each string's hash are 1.5 MB,
 * outside the heap.
 */
export class StringTable implements Interner {
  readonly strings: string[] = [];
  /** Each slot holds a string's number + 1, or 0 when empty; never more than half are full. */
  #slots: Int32Array;
  /**
   * Each string's hash, by number: a probe that meets another string is
   * turned away by its hash rather than by comparing the two (ids of one
   * family share their first 20 characters), and growing hashes nothing again.
   */
  #hashes: Int32Array;

  /** `expected`: about how many strings the table will hold, so that it need not grow. */
  constructor(expected = 0) {
    let size = MIN_SLOTS;
    while (size < 2 * expected) size *= 2;
    this.#slots = new Int32Array(size);
    this.#hashes = new Int32Array(size >> 1);
  }

  /** The string's number, or -1 if it is not listed. */
  find(s: string): number {
    // An empty slot holds 0.
    return this.#slots[this.#slotOf(s, hashOf(s))]! - 1;
  }

  /** The string's number, listing it if it is new. */
  indexOf(s: string): number {
    const h = hashOf(s);
    const i = this.#slotOf(s, h);
    const slot = this.#slots[i]!;
    if (slot !== 0) return slot - 1;
    const n = this.strings.push(s) - 1;
    this.#slots[i] = n + 1;
    this.#hashes[n] = h;
    if (2 * this.strings.length >= this.#slots.length) this.#grow();
    return n;
  }

  /** The slot holding `s` (hash `h`), or the empty slot where it would go. */
  #slotOf(s: string, h: number): number {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const mask = slots.length - 1;
    let i = h & mask;
    for (let slot = slots[i]!; slot !== 0; slot = slots[i]!) {
      if (hashes[slot - 1] === h && this.strings[slot - 1] === s) return i;
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The table's own copy of the string, listing it if it is new. */
  intern(s: string): string {
    return this.strings[this.indexOf(s)]!;
  }

  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const hashes = new Int32Array(slots.length >> 1);
    hashes.set(this.#hashes);
    const mask = slots.length - 1;
    for (let n = 0; n < this.strings.length; n++) {
      let i = hashes[n]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = n + 1;
    }
    this.#slots = slots;
    this.#hashes = hashes;
  }
}
