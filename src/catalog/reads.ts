import type { ContractPackage, RegistryDocument } from "../registry/document.ts";
import { canonicalJson, sha256 } from "../util/canonical.ts";
import { documentFacts, type DocumentFacts, type FlowFacts } from "./facts.ts";

/** What the catalog takes from a contract package: its documents' facts and its flow's shape. */
export interface PackageFacts {
  manifest: DocumentFacts;
  /** The manifest's input_schema and output_schema. */
  inputSchema?: string;
  outputSchema?: string;
  flow?: DocumentFacts & { model?: FlowFacts };
  envelope?: DocumentFacts;
}

/** An index entry with its canonical JSON, as the digest and a diff read it. */
export interface EntryText<E> {
  entry: E;
  text: string;
}

/**
 * Documents as the catalog reads them, each once. A document's facts come
 * from the check that read it, when it kept them (LoadOptions.catalogFacts,
 * and the cache); otherwise its content is read again, once. A pull
 * request's catalog diff builds two catalogs that share every document the
 * change left as it was (the same objects on both sides), so one
 * CatalogReads serves both, and each shared entry is built and serialized once.
 */
export class CatalogReads {
  readonly #documents = new WeakMap<RegistryDocument, DocumentFacts>();
  readonly #flows = new WeakMap<RegistryDocument, DocumentFacts>();
  readonly #packages = new WeakMap<RegistryDocument, { flow: RegistryDocument | undefined; envelope: RegistryDocument | undefined; facts: PackageFacts }>();
  readonly #entries = new WeakMap<object, { key: unknown; value: EntryText<unknown> }>();

  document(doc: RegistryDocument): DocumentFacts {
    let facts = doc.catalogFacts ?? this.#documents.get(doc);
    if (!facts) this.#documents.set(doc, (facts = documentFacts(doc.json, false)));
    return facts;
  }

  /** A document read as a package's flow: its facts with its shape. */
  #flow(doc: RegistryDocument): DocumentFacts {
    const kept = doc.catalogFacts ?? this.#documents.get(doc);
    if (kept?.flow !== undefined) return kept;
    let facts = this.#flows.get(doc);
    if (!facts) this.#flows.set(doc, (facts = documentFacts(doc.json, true)));
    return facts;
  }

  package(pkg: ContractPackage): PackageFacts {
    const known = this.#packages.get(pkg.manifest);
    if (known && known.flow === pkg.flow && known.envelope === pkg.envelope) return known.facts;
    const manifest = this.document(pkg.manifest);
    const flow = pkg.flow ? this.#flow(pkg.flow) : undefined;
    const envelope = pkg.envelope ? this.document(pkg.envelope) : undefined;
    const { flow: model, ...flowFacts } = flow ?? {};
    const facts: PackageFacts = {
      manifest,
      ...(manifest.inputSchema ? { inputSchema: manifest.inputSchema } : {}),
      ...(manifest.outputSchema ? { outputSchema: manifest.outputSchema } : {}),
      ...(flow ? { flow: { ...(flowFacts as DocumentFacts), ...(model ? { model } : {}) } } : {}),
      ...(envelope ? { envelope } : {}),
    };
    this.#packages.set(pkg.manifest, { flow: pkg.flow, envelope: pkg.envelope, facts });
    return facts;
  }

  /**
   * An index entry built once per `owner` (a document, or a package's
   * manifest) and `key` (what else it depends on, compared by identity):
   * both catalogs of a diff get the same entry and text for what they share.
   * `build` gives its keys in sorted order at every level, so its JSON is
   * its canonical JSON without sorting a copy (test/catalog/build.test.ts
   * holds every entry to that).
   */
  entry<E>(owner: object, key: unknown, build: () => E): EntryText<E> {
    const known = this.#entries.get(owner);
    if (known && sameKey(known.key, key)) return known.value as EntryText<E>;
    const entry = build();
    const value = { entry, text: JSON.stringify(entry) };
    this.#entries.set(owner, { key, value });
    return value;
  }
}

/**
 * A package's digest for its index entry: sha256 of the canonical JSON of [manifest, flow, envelope] of their own
 * sha256 (null for one that is missing or not JSON). Hashed only for an entry that is built: the core catalog reads
 * every package's facts, a pull request's catalog diff builds the entries of a few.
 */
export function packageDigest(facts: PackageFacts): string {
  return sha256(canonicalJson([facts.manifest, facts.flow, facts.envelope].map((f) => (f?.ok ? f.sha256 : null))));
}

function sameKey(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
