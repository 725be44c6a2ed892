import { parentOf } from "../util/folders.ts";
import { StringTable } from "../util/intern.ts";
import type { PackagePlan } from "./classify.ts";

/** The package owning each flow file, as the frame asks it (Frame.flowOwners): a map does, and so does a PackageIndex. */
export interface FlowOwners {
  has(path: string): boolean;
  get(path: string): string | undefined;
}

/** The package id of each flow file (the last manifest, in folder order, to name it). */
export function flowOwnersOf(plans: readonly PackagePlan[]): Map<string, string | undefined> {
  const owners = new Map<string, string | undefined>();
  for (const p of plans) if (p.flow) owners.set(p.flow, p.id);
  return owners;
}

/** The packages that can name a file as their flow or envelope: those of its folders, and the registry's top; in the plans' (folder) order. */
function holdersOf(path: string): string[] {
  const holders = ["."];
  for (let dir = parentOf(path); dir !== "." && dir !== "/"; dir = parentOf(dir)) holders.push(dir);
  return holders.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Questions answered by search before the table is built: an incremental check asks about 150. */
const SEARCHES = 1024;

/** What a name is to the packages (PackageIndex's table): a package's folder, a flow, an envelope. */
const DIR = 1;
const FLOW = 2;
const ENVELOPE = 4;

/**
 * A registry's package folders, which files are a package's flow or
 * envelope (the first package, in folder order, to name a file decides),
 * and which package owns each flow (the frame's flow owners), from plans
 * sorted by folder. A few questions are answered by binary
 * search in the plans; past SEARCHES, from one table of every folder, flow
 * and envelope built once. A pull request's check classifies a few dozen
 * documents, and at 100,000 documents building a table for its 10,000
 * cached packages cost 20–40 ms, most of it hashing 30,000 paths never
 * asked about. The table is a StringTable with what each name is in bytes
 * beside it: a set and two maps were 1.7 MB on each thread of a check at
 * 100,000 documents, and the copies their growth left behind.
 *
 * The search relies on what the classifier makes of a manifest: a package's
 * flow and envelope lie inside its folder, or the package is the whole
 * registry (folder ".").
 */
export class PackageIndex implements FlowOwners {
  readonly #plans: readonly PackagePlan[];
  #asked = 0;
  #names: StringTable | undefined;
  /** Per name in #names: DIR, FLOW, ENVELOPE (at most one of the last two: the first package to name a file decides). */
  #facts: Uint8Array | undefined;
  /** Per name in #names: 1 + the place of the last plan naming it as its flow; 0 for none. */
  #owners: Int32Array | undefined;

  /** `plans` sorted by folder (a stable sort, so that within a folder the first named comes first). */
  constructor(plans: readonly PackagePlan[]) {
    this.#plans = plans;
  }

  get size(): number {
    return this.#plans.length;
  }

  /** Whether a package has this folder. */
  hasDir(dir: string): boolean {
    if (this.#built()) return (this.#fact(dir) & DIR) !== 0;
    const i = this.#first(dir);
    return i < this.#plans.length && this.#plans[i]!.dir === dir;
  }

  /** Whether a package names this file as its flow or its envelope. */
  roleOf(path: string): "flow" | "envelope" | undefined {
    if (this.#built()) {
      const fact = this.#fact(path);
      return fact & FLOW ? "flow" : fact & ENVELOPE ? "envelope" : undefined;
    }
    for (const plan of this.#holding(path)) {
      if (plan.flow === path) return "flow";
      if (plan.envelope === path) return "envelope";
    }
    return undefined;
  }

  /** Whether a package names this file as its flow (Frame.flowOwners). */
  has(path: string): boolean {
    if (this.#built()) return this.#owner(path) >= 0;
    return this.#namingFlow(path) !== undefined;
  }

  /** The id of the package whose flow this file is: the last in folder order to name it, as a map set in that order keeps. */
  get(path: string): string | undefined {
    if (this.#built()) {
      const owner = this.#owner(path);
      return owner < 0 ? undefined : this.#plans[owner]!.id;
    }
    return this.#namingFlow(path)?.id;
  }

  /** The last plan, in the plans' order, naming `path` as its flow. */
  #namingFlow(path: string): PackagePlan | undefined {
    return this.#holding(path).findLast((plan) => plan.flow === path);
  }

  /** The plans that can name `path`: those of its folders and the registry's top, in the plans' order, as a map built from them would meet them. */
  #holding(path: string): PackagePlan[] {
    const plans: PackagePlan[] = [];
    for (const dir of holdersOf(path))
      for (let i = this.#first(dir); i < this.#plans.length && this.#plans[i]!.dir === dir; i++) plans.push(this.#plans[i]!);
    return plans;
  }

  /** The place of the first plan whose folder is not before `dir`. */
  #first(dir: string): number {
    let lo = 0;
    let hi = this.#plans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#plans[mid]!.dir < dir) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** What `name` is to the packages (0: nothing), once the table is built. */
  #fact(name: string): number {
    const n = this.#names!.find(name);
    return n < 0 ? 0 : this.#facts![n]!;
  }

  /** The place of the plan owning the flow `path`, or -1, once the table is built. */
  #owner(path: string): number {
    const n = this.#names!.find(path);
    return n < 0 ? -1 : this.#owners![n]! - 1;
  }

  #built(): boolean {
    if (this.#names) return true;
    if (++this.#asked <= SEARCHES) return false;
    // At most a folder, a flow and an envelope per plan.
    const most = 3 * this.#plans.length;
    const names = new StringTable(most);
    const facts = new Uint8Array(most);
    const owners = new Int32Array(most);
    for (let i = 0; i < this.#plans.length; i++) {
      const plan = this.#plans[i]!;
      const d = names.indexOf(plan.dir);
      facts[d] = facts[d]! | DIR;
      // The first package to claim a file decides what it is, as a reader of the manifests in order would; the last to name a flow owns it.
      if (plan.flow) {
        const n = names.indexOf(plan.flow);
        if (!(facts[n]! & (FLOW | ENVELOPE))) facts[n] = facts[n]! | FLOW;
        owners[n] = i + 1;
      }
      if (plan.envelope) {
        const n = names.indexOf(plan.envelope);
        if (!(facts[n]! & (FLOW | ENVELOPE))) facts[n] = facts[n]! | ENVELOPE;
      }
    }
    this.#names = names;
    this.#facts = facts;
    this.#owners = owners;
    return true;
  }
}
