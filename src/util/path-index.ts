/**
 * The position of each path in a list sorted as the registry sorts paths
 * (UTF-16 code units, as Array#sort): binary search, or a step forward when
 * paths are asked for in order, as a load asks. A map of 100,000 paths cost
 * more to build than every lookup it served. A list that is not strictly
 * sorted gets a map after all.
 */
export class PathIndex {
  readonly paths: readonly string[];
  /** Whether the paths are strictly sorted (else a map answers). */
  readonly sorted: boolean;
  readonly #map: Map<string, number> | undefined;
  #cursor = 0;

  /**
   * The index of a list of paths, made once per list (a registry's listing
   * is asked by the classifier and the load). `knownSorted` when its maker
   * knows the list strictly sorted (a merge of sorted lists, see
   * pathsAfter): it is not checked again.
   */
  static of(paths: readonly string[], knownSorted = false): PathIndex {
    let index = made.get(paths);
    if (!index) made.set(paths, (index = new PathIndex(paths, knownSorted)));
    return index;
  }

  constructor(paths: readonly string[], knownSorted = false) {
    this.paths = paths;
    let sorted = true;
    if (!knownSorted) for (let i = 1; i < paths.length && sorted; i++) sorted = paths[i - 1]! < paths[i]!;
    this.sorted = sorted;
    this.#map = sorted ? undefined : new Map(paths.map((p, i) => [p, i]));
  }

  get(path: string): number | undefined {
    if (this.#map) return this.#map.get(path);
    const ps = this.paths;
    let lo = 0;
    let hi = ps.length;
    const c = this.#cursor;
    // In order: the answer is at or a few places after the last one. A package's files are asked for in the order its manifest
    // names them (manifest, flow, envelope): a few places before the last one.
    if (c < ps.length && ps[c]! <= path) {
      for (let k = c; k < Math.min(c + 8, ps.length); k++) {
        if (ps[k]! < path) continue;
        this.#cursor = k;
        return ps[k] === path ? k : undefined;
      }
      lo = c;
    } else if (c < ps.length) {
      for (let k = c - 1; k >= Math.max(0, c - 8); k--) {
        if (ps[k]! > path) continue;
        this.#cursor = k;
        return ps[k] === path ? k : undefined;
      }
      hi = c;
    }
    const at = this.insertionPoint(path, lo, hi);
    this.#cursor = at;
    return at < ps.length && ps[at] === path ? at : undefined;
  }

  /** Where `path` stands or would stand in the (sorted) paths, searched between `lo` and `hi`: the number of paths before it. */
  insertionPoint(path: string, lo = 0, hi = this.paths.length): number {
    const ps = this.paths;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ps[mid]! < path) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The paths that start with `prefix`, in order. */
  startingWith(prefix: string): string[] {
    const ps = this.paths;
    if (!this.sorted) return ps.filter((p) => p.startsWith(prefix));
    const lo = this.insertionPoint(prefix);
    const out: string[] = [];
    for (let i = lo; i < ps.length && ps[i]!.startsWith(prefix); i++) out.push(ps[i]!);
    return out;
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }
}

const made = new WeakMap<readonly string[], PathIndex>();
