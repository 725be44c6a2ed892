import { flowModelOf } from "../flow/flow-model.ts";
import { appendPointer } from "../json/pointer.ts";
import type { Registry, RegistryDocument } from "./document.ts";
import { REFERENCE_WIDTH, type ReferenceTable } from "./reference-table.ts";
import { obj, str } from "../util/values.ts";
import { idIndex, type KnownIds, type Targets } from "./id-index.ts";

/** What a reference points at. */
export type RefKind = "verb" | "policy_profile" | "connector" | "runtime" | "contract" | "schema";

export const REF_KINDS: readonly RefKind[] = ["verb", "policy_profile", "connector", "runtime", "contract", "schema"];

export interface Reference {
  from: RegistryDocument;
  /** Where the referring value stands. */
  pointer: string;
  kind: RefKind;
  target: string;
  /** What the value is, in words, for messages: "connector_id", "binding target", ... */
  field: string;
}

/** binding_targets kinds that name contract packages and connectors; other kinds name things outside the registry. */
const BINDING_TARGET_KIND: Record<string, RefKind> = { scenario: "contract", skill: "contract", template: "contract", connector_proxy: "connector" };

/**
 * Every reference a document makes to another thing in the registry. One
 * reading serves the reference rules, the impact report and the catalog's
 * index, so all three agree on what depends on what.
 */
export function referencesOf(doc: RegistryDocument): Reference[] {
  const value = obj(doc.json?.ok ? doc.json.value : undefined);
  if (!value) return [];
  const out: Reference[] = [];
  const add = (kind: RefKind, pointer: string, target: unknown, field: string) => {
    const t = str(target);
    if (t) out.push({ from: doc, pointer, kind, target: t, field });
  };
  const list = (arr: unknown, pointer: string, each: (item: unknown, at: string) => void) => {
    if (Array.isArray(arr)) arr.forEach((item, i) => each(item, appendPointer(pointer, i)));
  };

  switch (doc.kind) {
    case "envelope": {
      add("verb", "/verb", value.verb, "verb");
      add("policy_profile", "/policy_profile_id", value.policy_profile_id, "policy_profile_id");
      add("schema", "/payload/object_ref/data_type", obj(obj(value.payload)?.object_ref)?.data_type, "payload data type");
      break;
    }
    case "envelope_schema": {
      add("verb", "/properties/verb/const", obj(obj(value.properties)?.verb)?.const, "verb");
      break;
    }
    case "contract_manifest": {
      add("verb", "/verb", value.verb, "verb");
      add("policy_profile", "/instruction_profile_id", value.instruction_profile_id, "instruction_profile_id");
      add("schema", "/input_schema", value.input_schema, "input_schema");
      add("schema", "/output_schema", value.output_schema, "output_schema");
      break;
    }
    case "flow": {
      add("schema", "/input_schema", value.input_schema, "input_schema");
      add("schema", "/output_schema", value.output_schema, "output_schema");
      for (const step of flowModelOf(value).steps) {
        add("connector", appendPointer(step.pointer, "connector_id"), step.raw.connector_id, "connector_id");
        add("runtime", appendPointer(step.pointer, "runtime_id"), step.raw.runtime_id, "runtime_id");
        add("schema", appendPointer(step.pointer, "output_schema"), step.raw.output_schema, "output_schema");
        if (step.mode === "CONTRACT_CALL") add("contract", appendPointer(step.pointer, "contract_id"), step.raw.contract_id, "contract_id");
      }
      break;
    }
    case "runtime_binding": {
      list(value.binding_targets, "/binding_targets", (t, at) => {
        const kind = BINDING_TARGET_KIND[String(obj(t)?.target_kind)];
        if (kind) add(kind, appendPointer(at, "target_id"), obj(t)?.target_id, "binding target");
      });
      break;
    }
    case "instruction_profile": {
      const applies = obj(value.applies_to);
      list(applies?.envelope_ids, "/applies_to/envelope_ids", (id, at) => add("schema", at, id, "applies_to envelope"));
      list(applies?.data_types, "/applies_to/data_types", (id, at) => add("schema", at, id, "applies_to data type"));
      break;
    }
    case "run_request": {
      add("contract", "/contract_id", value.contract_id, "contract_id");
      break;
    }
    case "episode": {
      add("verb", "/verb_id", value.verb_id, "verb_id");
      list(value.input_envelopes, "/input_envelopes", (e, at) => add("schema", appendPointer(at, "envelope_type"), obj(e)?.envelope_type, "input envelope type"));
      for (const field of ["input_data_refs", "output_data_refs"])
        list(value[field], `/${field}`, (e, at) => add("schema", appendPointer(at, "data_type"), obj(e)?.data_type, "data type"));
      break;
    }
  }
  // A document's references stay for the whole check: kept at their length, not at the capacity push grew them to.
  return out.length === 0 ? [] : out.slice();
}

export interface ReferenceIndex {
  targets: Targets;
  /** The references of each kind that name no target of the registry, document by document in the registry's order. */
  unresolved: Record<RefKind, Reference[]>;
}

/**
 * Each reference's kind and target, document by document, read from the
 * documents' tables without making a Reference of each (a registry of
 * 100,000 documents has about 193,000); `at` is its place among the
 * document's references (`doc.references`), and `word` the target's place
 * in `table`'s words, where the document has a table (-1 where not).
 */
export function forEachTarget(
  documents: readonly RegistryDocument[],
  visit: (doc: RegistryDocument, kind: RefKind, target: string, at: number, table: ReferenceTable | undefined, word: number) => void,
): void {
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i]!;
    const table = doc.referenceTable;
    if (table) {
      const { words, refs } = table;
      for (let k = doc.referencesFrom, at = 0; k < doc.referencesTo; k += REFERENCE_WIDTH, at++) visit(doc, words[refs[k + 1]!] as RefKind, words[refs[k + 2]!]!, at, table, refs[k + 2]!);
    } else referencesOf(doc).forEach((r, at) => visit(doc, r.kind, r.target, at, undefined, -1));
  }
}

/** The reference at place `at` among a document's references (as forEachTarget counts them), made as an object. */
export function referenceAt(doc: RegistryDocument, at: number): Reference {
  const range = doc.referenceRange;
  return range ? range.table.at(doc, range.from + at * REFERENCE_WIDTH) : referencesOf(doc)[at]!;
}

/** A flow's CONTRACT_CALL targets, in order, each with its place among the flow's references (referenceAt); no other reference becomes an object. */
export function contractCallsOf(flow: RegistryDocument): Array<{ target: string; at: number }> {
  const calls: Array<{ target: string; at: number }> = [];
  forEachTarget([flow], (_doc, kind, target, at) => {
    if (kind === "contract") calls.push({ target, at });
  });
  return calls;
}

const cache = new WeakMap<Registry, ReferenceIndex>();

/**
 * targets[kind], found by comparing the kind with each of REF_KINDS: a
 * reference's kind is often a string cut from a cache, and as an object's
 * key it would be looked up in V8's table of strings for each of 193,000
 * references at 100,000 documents; REF_KINDS' own strings are keys V8
 * finds at once.
 */
function knownOf(targets: Targets, kind: RefKind): KnownIds {
  for (let i = 0; i < REF_KINDS.length; i++) if (REF_KINDS[i] === kind) return targets[REF_KINDS[i]!];
  throw new Error(`not a kind of reference: ${String(kind)}`);
}

/**
 * Whether the word at a place in a table of references names a known
 * target of a kind, asked of the targets once per word: at 100,000
 * documents 193,000 references name about 60,000 targets, and asking
 * hashes the word (the id index's StringTable), 25 ms of a pull request's
 * check when asked for each reference. A word asked as two kinds is asked
 * again for the second.
 */
class KnownWords {
  readonly #targets: Targets;
  #table: ReferenceTable | undefined;
  /** Per word of #table: 0 not asked; else 2 × (1 + the kind's place in REF_KINDS), + 1 if the word is known as that kind. */
  #answers: Uint8Array = new Uint8Array(0);
  readonly #tables = new WeakMap<ReferenceTable, Uint8Array>();

  constructor(targets: Targets) {
    this.#targets = targets;
  }

  has(table: ReferenceTable, word: number, kind: RefKind): boolean {
    if (table !== this.#table) {
      this.#table = table;
      let answers = this.#tables.get(table);
      if (!answers) this.#tables.set(table, (answers = new Uint8Array(table.words.length)));
      this.#answers = answers;
    }
    const k = REF_KINDS.indexOf(kind);
    const answers = this.#answers;
    const asked = word < answers.length ? answers[word]! : 0;
    if (asked !== 0 && (asked >> 1) - 1 === k) return (asked & 1) === 1;
    const known = knownOf(this.#targets, kind).has(table.words[word]!);
    if (asked === 0 && word < answers.length) answers[word] = ((k + 1) << 1) | (known ? 1 : 0);
    return known;
  }
}

/** All references and targets of a registry, computed once per registry. */
export function referenceIndex(registry: Registry): ReferenceIndex {
  let index = cache.get(registry);
  if (!index) {
    const { targets } = idIndex(registry);
    // One pass for every kind: each reference rule then reads only its own misses, not all of a large registry's references.
    // Kinds and targets are read from the documents' tables; only a miss becomes an object.
    const unresolved = Object.fromEntries(REF_KINDS.map((k) => [k, []])) as unknown as Record<RefKind, Reference[]>;
    const known = new KnownWords(targets);
    forEachTarget(registry.documents, (doc, kind, target, at, table, word) => {
      if (!(table ? known.has(table, word, kind) : knownOf(targets, kind).has(target))) unresolved[kind].push(referenceAt(doc, at));
    });
    cache.set(registry, (index = { targets, unresolved }));
  }
  return index;
}
