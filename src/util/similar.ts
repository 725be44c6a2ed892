/** Finding the name a person most likely meant, for "did you mean" hints. */

function normalize(s: string): string {
  return s.toLowerCase().replace(/[-_\s.]/g, "");
}

/** Edit distance counting an adjacent transposition as one edit (optimal string alignment), as typos go. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return a.length <= 32 ? bitParallelDistance(patternOf(a), b) : tableDistance(a, b);
}

function tableDistance(a: string, b: string): number {
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

/** A word of at most 32 characters as bit masks of where each character occurs. */
interface Pattern {
  length: number;
  masks: Map<number, number>;
}

function patternOf(word: string): Pattern {
  const masks = new Map<number, number>();
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    masks.set(c, (masks.get(c) ?? 0) | (1 << i));
  }
  return { length: word.length, masks };
}

/**
 * Hyyrö's bit-vector algorithm for the optimal-string-alignment distance
 * (H. Hyyrö, "A bit-vector algorithm for computing Levenshtein and Damerau
 * edit distances", 2003): one column of the table per character of `text`,
 * in a handful of word operations, so a registry of 100,000 ids can be
 * searched for a typo's likely target in milliseconds.
 */
function bitParallelDistance(p: Pattern, text: string): number {
  const m = p.length;
  const top = 1 << (m - 1);
  const full = m === 32 ? -1 : (1 << m) - 1;
  let pv = full;
  let mv = 0;
  let score = m;
  let d0 = 0;
  let pmPrev = 0;
  for (let j = 0; j < text.length; j++) {
    const pm = p.masks.get(text.charCodeAt(j)) ?? 0;
    const tr = ((~d0 & pm) << 1) & pmPrev;
    d0 = ((((pm & pv) + pv) | 0) ^ pv) | pm | mv | tr;
    let hp = mv | ~(d0 | pv);
    let hn = d0 & pv;
    if (hp & top) score++;
    else if (hn & top) score--;
    hp = (hp << 1) | 1;
    hn <<= 1;
    pv = (hn | ~(d0 | hp)) & full;
    mv = hp & d0 & full;
    pmPrev = pm;
  }
  return score;
}

/** How far a word may be from what it meant and still be a plausible typo: a few edits, however long the word. */
function limitFor(normalized: string): number {
  return Math.min(3, Math.max(1, Math.floor(normalized.length / 3)));
}

/** A scratch table for the distance between two short middles; a check asks thousands of times. */
const SCRATCH = new Int32Array(34 * 34);

/**
 * The distance between a[a0..a1) and b[b0..b1), after the common prefix and
 * suffix are set aside: they never change the optimal-string-alignment
 * distance (checked against the full table in test/similar.test.ts), and
 * ids of one family differ only in a few characters in the middle.
 */
function affixDistance(a: string, b: string, limit: number): number {
  let a0 = 0;
  let b0 = 0;
  let a1 = a.length;
  let b1 = b.length;
  while (a0 < a1 && b0 < b1 && a.charCodeAt(a0) === b.charCodeAt(b0)) a0++, b0++;
  while (a0 < a1 && b0 < b1 && a.charCodeAt(a1 - 1) === b.charCodeAt(b1 - 1)) a1--, b1--;
  const m = a1 - a0;
  const n = b1 - b0;
  if (m === 0 || n === 0) return m + n;
  // Whatever is left after the common affixes differs in at least one character: only a limit of 1 or more needs the table.
  if (limit === 0 || Math.abs(m - n) > limit) return limit + 1;
  // The characters each middle holds: an edit changes that set by at most two, so sets further apart than twice the limit are past it (the whole word's set, which the search tests, hides them behind the shared affixes).
  if (popCount(charMask(a, a0, a1) ^ charMask(b, b0, b1)) > 2 * limit) return limit + 1;
  if (m > 32 || n > 32) return editDistance(a.slice(a0, a1), b.slice(b0, b1));
  const w = n + 1;
  const d = SCRATCH;
  for (let j = 0; j <= n; j++) d[j] = j;
  for (let i = 1; i <= m; i++) {
    d[i * w] = i;
    let rowMin = i;
    const ca = a.charCodeAt(a0 + i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(b0 + j - 1);
      let v = Math.min(d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1, d[(i - 1) * w + j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(b0 + j - 2) && a.charCodeAt(a0 + i - 2) === cb) v = Math.min(v, d[(i - 2) * w + j - 2]! + 1);
      d[i * w + j] = v;
      if (v < rowMin) rowMin = v;
    }
    // No cell is smaller than one of the row above (a transposition from two rows up costs as much as the diagonal it skips): a row past the limit ends the search.
    if (rowMin > limit) return limit + 1;
  }
  return d[m * w + n]!;
}

/** Which characters a word (or its part from `from` to `to`) holds, folded into 32 bits. */
function charMask(s: string, from = 0, to = s.length): number {
  let mask = 0;
  for (let i = from; i < to; i++) mask |= 1 << (s.charCodeAt(i) & 31);
  return mask;
}

function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// An array, walked by index: a for-of over an iterable here made one iterator result per name (66 MB for a check of 100,000 documents).
function search(word: string, originals: readonly string[], normals: (c: string, i: number) => string, masks?: Int32Array): string | undefined {
  const w = normalize(word);
  const limit = limitFor(w);
  const wMask = charMask(w);
  let best: string | undefined;
  let bestScore = limit + 1;
  for (let at = 0; at < originals.length; at++) {
    const c = originals[at]!;
    // One edit adds or removes at most two characters from the set a word holds: a set that far off is that many edits away.
    if (masks && popCount(masks[at]! ^ wMask) > 2 * (bestScore - 1)) continue;
    const n = normals(c, at);
    if (c === word || Math.abs(n.length - w.length) >= bestScore) continue;
    const score = affixDistance(w, n, bestScore - 1);
    if (score < bestScore) {
      best = c;
      bestScore = score;
      if (score === 0) break;
    }
  }
  return best;
}

/**
 * Whether `answer`, the closest name to `word` in a collection (undefined:
 * none close enough), is still the answer once `added` names join it and
 * names other than `answer` leave it: none of the added is as close. (One as
 * close could come first in the new order, so a tie does not count.)
 */
export function stillClosest(word: string, answer: string | undefined, added: Iterable<string>): boolean {
  const w = normalize(word);
  const limit = limitFor(w);
  const best = answer === undefined ? limit : affixDistance(w, normalize(answer), limit);
  for (const x of added) {
    if (x === word) continue;
    const n = normalize(x);
    if (Math.abs(n.length - w.length) <= best && affixDistance(w, n, best) <= best) return false;
  }
  return true;
}

/** The candidate closest to `word`, if it is close enough to be a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return search(word, Array.isArray(candidates) ? candidates : [...candidates], normalize);
}

/** Names searched for the closest: a map's or a set's keys, or a registry's ids of a kind (registry/id-index.ts). */
export interface NameCollection {
  keys(): Iterable<string>;
}

/**
 * A large set of names searched many times (every id of a kind in the
 * registry): normalized once, and each word's answer kept, since the same
 * missing id is often named by many documents.
 */
export class Names {
  private static readonly cache = new WeakMap<object, Names>();
  private readonly collection: NameCollection;
  private originals: string[] | undefined;
  private normals: string[] | undefined;
  private masks: Int32Array | undefined;
  private readonly answers = new Map<string, string | undefined>();

  private constructor(collection: NameCollection) {
    this.collection = collection;
  }

  /** The index of a collection's names, built once per collection (and only when a word is not already answered). */
  static of(collection: NameCollection): Names {
    let names = Names.cache.get(collection);
    if (!names) Names.cache.set(collection, (names = new Names(collection)));
    return names;
  }

  closest(word: string): string | undefined {
    if (this.answers.has(word)) return this.answers.get(word);
    this.originals ??= [...this.collection.keys()];
    const originals = this.originals;
    const normals = (this.normals ??= originals.map(normalize));
    const masks = (this.masks ??= Int32Array.from(normals, (n) => charMask(n)));
    const answer = search(word, originals, (_, i) => normals[i]!, masks);
    this.answers.set(word, answer);
    return answer;
  }

  /** The words answered so far: what a cache keeps, for a collection that will not change. */
  answered(): Array<[string, string | null]> {
    return [...this.answers].map(([w, a]) => [w, a ?? null]);
  }

  /** Answers known from before, for the same collection of names (a check's cache). */
  learn(answers: Iterable<readonly [string, string | null]>): void {
    for (const [w, a] of answers) this.answers.set(w, a ?? undefined);
  }
}

export function quoteList(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map((v) => JSON.stringify(v));
  return values.length > max ? `${shown.join(", ")} and ${values.length - max} more` : shown.join(", ");
}
