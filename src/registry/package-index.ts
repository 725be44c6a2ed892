import { parentOf } from "../util/folders.ts";
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

/** Questions answered by search before the set and the map are built: an incremental check asks about 150. */
const SEARCHES = 1024;

/**
 * A registry's package folders, which files are a package's flow or
 * envelope (the first package, in folder order, to name a file decides),
 * and which package owns each flow (the frame's flow owners), from plans
 * sorted by folder. A few questions are answered by binary
 * search in the plans; past SEARCHES, by a set and maps built once. A pull
 * request's check classifies a few dozen documents, and at 100,000
 * documents building those for its 10,000 cached packages cost 20–40 ms,
 * most of it hashing 30,000 paths never asked about.
 *
 * The search relies on what the classifier makes of a manifest: a package's
 * flow and envelope lie inside its folder, or the package is the whole
 * registry (folder ".").
 */
export class PackageIndex implements FlowOwners {
  readonly #plans: readonly PackagePlan[];
  #asked = 0;
  #dirs: Set<string> | undefined;
  #roles: Map<string, "flow" | "envelope"> | undefined;
  #owners: Map<string, string | undefined> | undefined;

  /** `plans` sorted by folder (a stable sort, so that within a folder the first named comes first). */
  constructor(plans: readonly PackagePlan[]) {
    this.#plans = plans;
  }

  get size(): number {
    return this.#plans.length;
  }

  /** Whether a package has this folder. */
  hasDir(dir: string): boolean {
    if (this.#built()) return this.#dirs!.has(dir);
    const i = this.#first(dir);
    return i < this.#plans.length && this.#plans[i]!.dir === dir;
  }

  /** Whether a package names this file as its flow or its envelope. */
  roleOf(path: string): "flow" | "envelope" | undefined {
    if (this.#built()) return this.#roles!.get(path);
    for (const plan of this.#holding(path)) {
      if (plan.flow === path) return "flow";
      if (plan.envelope === path) return "envelope";
    }
    return undefined;
  }

  /** Whether a package names this file as its flow (Frame.flowOwners). */
  has(path: string): boolean {
    if (this.#built()) return this.#owners!.has(path);
    return this.#namingFlow(path) !== undefined;
  }

  /** The id of the package whose flow this file is: the last in folder order to name it, as a map set in that order keeps. */
  get(path: string): string | undefined {
    if (this.#built()) return this.#owners!.get(path);
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

  #built(): boolean {
    if (this.#dirs) return true;
    if (++this.#asked <= SEARCHES) return false;
    this.#dirs = new Set();
    this.#roles = new Map();
    this.#owners = flowOwnersOf(this.#plans);
    for (const plan of this.#plans) {
      this.#dirs.add(plan.dir);
      // The first package to claim a file decides what it is, as a reader of the manifests in order would.
      if (plan.flow && !this.#roles.has(plan.flow)) this.#roles.set(plan.flow, "flow");
      if (plan.envelope && !this.#roles.has(plan.envelope)) this.#roles.set(plan.envelope, "envelope");
    }
    return true;
  }
}
