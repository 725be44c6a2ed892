import type { Registry, RegistryDocument } from "./document.ts";
import type { DocumentKind } from "./kinds.ts";
import type { RefKind } from "./references.ts";
import { obj, str } from "../util/values.ts";
import { StringTable } from "../util/intern.ts";

/**
 * Whether a document's id names one thing in the registry (an envelope_id
 * names a type that several envelopes may share), and which kind of target
 * it is. A switch: a document's kind is often a string cut from a cache, and
 * looking it up in a set or as an object's key would hash it or look it up
 * in V8's table of strings, for each of 100,000 documents.
 */
export function identified(kind: DocumentKind): DocumentTarget | "other" | undefined {
  switch (kind) {
    case "connector":
      return "connector";
    case "runtime_binding":
      return "runtime";
    case "contract_manifest":
      return "contract";
    case "instruction_profile":
      return "policy_profile";
    case "episode":
    case "global":
      return "other";
    default:
      return undefined;
  }
}

/** The kind of target a document of this kind defines, if any (global catalogs and schemas are in the frame). */
export function targetOf(kind: DocumentKind): RefKind | undefined {
  const what = identified(kind);
  return what === "other" ? undefined : what;
}

/** The ids of one kind of reference target: whether one is known, and all of them in the order the registry first names each. */
export interface KnownIds {
  has(id: string): boolean;
  keys(): Iterable<string>;
}

/** The ids the registry defines, per kind of reference target. */
export interface Targets {
  verb: KnownIds;
  policy_profile: KnownIds;
  connector: KnownIds;
  runtime: KnownIds;
  contract: KnownIds;
  schema: KnownIds;
  /** False when the registry has no verbs catalog, so verbs cannot be checked. */
  hasVerbCatalog: boolean;
}

/** A document claiming an id that an earlier one (in the registry's order) claimed. */
export interface Duplicate {
  doc: RegistryDocument;
  other: RegistryDocument;
}

/** Every id the documents claim, read in one pass: what id/duplicate and the reference rules both need. */
export interface IdIndex {
  /** In the registry's order. */
  duplicates: Duplicate[];
  targets: Targets;
}

type DocumentTarget = "connector" | "runtime" | "contract" | "policy_profile";

/**
 * Each id the documents claim, numbered in the order first claimed, and the
 * document that first claimed it: found by open addressing (StringTable)
 * rather than in a Map, whose table for 100,000 ids and the copies its
 * growth left behind were 6.4 MB of the heap at the check's second peak
 * (sampling heap profile).
 */
class FirstClaims {
  readonly #ids: StringTable;
  readonly #docs: RegistryDocument[] = [];

  constructor(expected: number) {
    this.#ids = new StringTable(expected);
  }

  get(id: string): RegistryDocument | undefined {
    const n = this.#ids.find(id);
    return n < 0 ? undefined : this.#docs[n];
  }

  /** Records that `doc` claims `id`: the document that claimed it before, if one did (then `doc` is a duplicate). */
  claim(id: string, doc: RegistryDocument): RegistryDocument | undefined {
    const n = this.#ids.indexOf(id);
    if (n < this.#docs.length) return this.#docs[n];
    this.#docs.push(doc);
    return undefined;
  }
}

/**
 * The ids of one kind that documents define, answered from the one table of
 * first claims: at 100,000 documents a map per kind beside it spent about
 * 30 ms (in profiles) inserting the same 50,000 ids again. `extra` holds ids of the same
 * kind that come from elsewhere (a security catalog's policy profiles).
 */
class DocumentIds implements KnownIds {
  /** Each id once, where the registry first names it as this kind. */
  readonly ids: string[] = [];
  readonly extra = new Set<string>();
  readonly #kind: DocumentKind;
  readonly #first: FirstClaims;
  /** The kinds of the later documents claiming an id (duplicates), which the first claim does not show. */
  readonly #later: ReadonlyMap<string, DocumentKind[]>;

  constructor(kind: DocumentKind, first: FirstClaims, later: ReadonlyMap<string, DocumentKind[]>) {
    this.#kind = kind;
    this.#first = first;
    this.#later = later;
  }

  /** Whether a document of this kind claims `id`. */
  claimed(id: string): boolean {
    const doc = this.#first.get(id);
    return doc !== undefined && (doc.kind === this.#kind || (this.#later.get(id)?.includes(this.#kind) ?? false));
  }

  has(id: string): boolean {
    return this.claimed(id) || this.extra.has(id);
  }

  keys(): Iterable<string> {
    return this.ids;
  }
}

const cache = new WeakMap<Registry, IdIndex>();

/** The registry's ids, computed once per registry. */
export function idIndex(registry: Registry): IdIndex {
  let index = cache.get(registry);
  if (!index) cache.set(registry, (index = buildIdIndex(registry)));
  return index;
}

function buildIdIndex(registry: Registry): IdIndex {
  const first = new FirstClaims(registry.documents.length);
  const later = new Map<string, DocumentKind[]>();
  const byKind: Record<DocumentTarget, DocumentIds> = {
    connector: new DocumentIds("connector", first, later),
    runtime: new DocumentIds("runtime_binding", first, later),
    contract: new DocumentIds("contract_manifest", first, later),
    policy_profile: new DocumentIds("instruction_profile", first, later),
  };
  const schema = new Map<string, true>();
  for (const e of registry.schemas.entries()) schema.set(e.id, true);
  const verb = new Map<string, true>();
  const targets: Targets = { ...byKind, verb, schema, hasVerbCatalog: false };
  const profiles = byKind.policy_profile;
  const duplicates: Duplicate[] = [];
  // By index: a for-of over every document of a large registry made an iterator result per document.
  const documents = registry.documents;
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i]!;
    const id = doc.id;
    if (!id) continue;
    const what = identified(doc.kind);
    if (what === undefined) continue;
    const target = what === "other" ? undefined : what;
    const other = first.claim(id, doc);
    if (!other) {
      if (target && !(target === "policy_profile" && profiles.extra.has(id))) byKind[target].ids.push(id);
    } else {
      duplicates.push({ doc, other });
      // Named as this kind already (by the first claim, a later one, or a security catalog): not listed twice.
      const named = target !== undefined && (byKind[target].claimed(id) || (target === "policy_profile" && profiles.extra.has(id)));
      const kinds = later.get(id);
      if (kinds) kinds.push(doc.kind);
      else later.set(id, [doc.kind]);
      if (target && !named) byKind[target].ids.push(id);
    }
    if (doc.kind === "global") {
      const value = obj(doc.json?.value);
      if (id.startsWith("global.verbs_catalog")) {
        targets.hasVerbCatalog = true;
        if (Array.isArray(value?.verbs)) for (const v of value.verbs) if (str(obj(v)?.id)) verb.set(String(obj(v)!.id), true);
      }
      if (id.startsWith("global.security_catalog") && Array.isArray(value?.security_policy_profile))
        for (const p of value.security_policy_profile) {
          const profile = obj(p)?.id;
          if (!str(profile) || profiles.has(String(profile))) continue;
          profiles.extra.add(String(profile));
          profiles.ids.push(String(profile));
        }
    }
  }
  return { duplicates, targets };
}
