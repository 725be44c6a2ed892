import type { DocumentFacts } from "../catalog/facts.ts";
import type { RegistryConfig } from "../config/config.ts";
import { JsonText } from "../json/parse.ts";
import type { SchemaSet } from "../schemas/schema-set.ts";
import type { DocumentKind } from "./kinds.ts";
import type { PackagePlan } from "./classify.ts";
import type { FlowOwners } from "./package-index.ts";
import type { Reference } from "./references.ts";
import { REFERENCE_WIDTH, ReferenceTableWriter, type ReferenceTable } from "./reference-table.ts";

/** Why a document got its kind, shown in `--format json` so surprises can be traced. */
export type ClassifiedBy = "file name" | "schema_id" | "envelope_id" | "folder" | "manifest" | "none";

/**
 * One JSON file of the registry, parsed and classified. A check keeps only
 * what the cross-document rules need (kind, id, references) once a
 * document's own rules have run, so a registry of 100,000 documents fits in
 * memory; `json` reads the file again if it is asked for later.
 */
export class RegistryDocument {
  /** Path relative to the registry root, with forward slashes. */
  readonly path: string;
  kind: DocumentKind = "unknown";
  classifiedBy: ClassifiedBy = "none";
  /** The document's own id (runtime_id, connector_id, profile_id, package_id, schema id, ...). */
  id?: string;
  /** The id of the schema the document is validated against. */
  schemaId?: string;
  /** The folder of the contract package the document belongs to. */
  packageDir?: string;
  // A check keeps one of these per document: every field is 8 bytes on each of 100,000 of them, so what most never use
  // shares a field (released content, facts kept elsewhere).
  /** The parsed content; once released, the reader that reads it again. */
  #json: JsonText | ContentReader | undefined;
  #refs: ReferenceTable | undefined;
  #refsFrom = 0;
  #refsTo = 0;
  /** The facts, or their place in what the reader keeps (ContentReader.keptFacts): no object per document, as a cache makes 100,000 of them. */
  #facts: DocumentFacts | number | undefined;

  /** `json` is undefined when the file could not be read. */
  constructor(path: string, json: JsonText | undefined) {
    this.path = path;
    this.#json = json;
  }

  /** What the document refers to, read once while its content was in memory; a new array of new objects each time it is asked for. */
  get references(): Reference[] | undefined {
    const table = this.#refs;
    if (!table) return undefined;
    const out: Reference[] = [];
    for (let k = this.#refsFrom; k < this.#refsTo; k += REFERENCE_WIDTH) out.push(table.at(this, k));
    return out;
  }

  set references(refs: readonly Reference[] | undefined) {
    if (!refs) {
      this.#refs = undefined;
      return;
    }
    const writer = new ReferenceTableWriter();
    writer.keep(this, refs);
    writer.seal();
  }

  /** Keeps the references at [from, to) of `table` (indices, four to a reference) as the document's. */
  keepReferences(table: ReferenceTable, from: number, to: number): void {
    this.#refs = table;
    this.#refsFrom = from;
    this.#refsTo = to;
  }

  /** The table holding the document's references and their range in it, for reading kinds and targets without making an object of each. */
  get referenceRange(): { table: ReferenceTable; from: number; to: number } | undefined {
    return this.#refs && { table: this.#refs, from: this.#refsFrom, to: this.#refsTo };
  }

  /** The table of referenceRange alone, for a loop over every document: no object made per document. */
  get referenceTable(): ReferenceTable | undefined {
    return this.#refs;
  }

  /** Where the document's references start in referenceTable. */
  get referencesFrom(): number {
    return this.#refsFrom;
  }

  /** Where they end. */
  get referencesTo(): number {
    return this.#refsTo;
  }

  /** What the catalog takes from it, when the check kept that (LoadOptions.catalogFacts) or its cache did. */
  get catalogFacts(): DocumentFacts | undefined {
    const facts = this.#facts;
    return typeof facts === "number" ? (this.#facts = readerOf(this.#json)?.keptFacts?.get(facts)) : facts;
  }

  set catalogFacts(facts: DocumentFacts | undefined) {
    this.#facts = facts;
  }

  /** Facts kept by the document's reader (a cache's, at `index`), taken when first asked for. */
  catalogFactsAt(index: number): void {
    this.#facts = index;
  }

  get json(): JsonText | undefined {
    const json = this.#json;
    return json === undefined || json instanceof JsonText ? json : json.read(this.path);
  }

  /** Drops the parsed content; `reader` reads it again when asked for. */
  release(reader: ContentReader): void {
    this.#json = reader;
  }

}

/** The reader a released document holds where its content was. Not a private method: that would give every document a brand field. */
function readerOf(json: JsonText | ContentReader | undefined): ContentReader | undefined {
  return json === undefined || json instanceof JsonText ? undefined : json;
}

/** Catalog facts kept by position, as a cache keeps them. */
export interface KeptFacts {
  get(index: number): DocumentFacts | undefined;
}

/** Reads a document's content again after it was released. */
export interface ContentReader {
  read(path: string): JsonText | undefined;
  /** The catalog facts of the documents it reads, by position, when something (a cache) keeps them. */
  readonly keptFacts?: KeptFacts;
}

/** A folder with a manifest that references its flow. */
export interface ContractPackage {
  dir: string;
  id?: string;
  manifest: RegistryDocument;
  flow?: RegistryDocument;
  envelope?: RegistryDocument;
}

/**
 * What every document's own rules may know about the rest of the registry,
 * read before the documents: the config, the schemas, the global catalogs and
 * the contract packages' manifests.
 */
export interface Frame {
  /** Absolute path of the registry root. */
  root: string;
  config: RegistryConfig;
  schemas: SchemaSet;
  /** Global catalogs by id. */
  globals: ReadonlyMap<string, RegistryDocument>;
  /** Contract package ids marked `"system": true` in their manifests. */
  systemContracts: ReadonlySet<string>;
  /** The package id of each flow file, by path. */
  flowOwners: FlowOwners;
}

export interface Registry extends Frame {
  /** The config file, when the registry has one. */
  configDocument?: RegistryDocument;
  /** Every document, sorted by path. */
  documents: RegistryDocument[];
  packages: ContractPackage[];
  /** The packages as their manifests describe them, for a cache of this registry. */
  packagePlans: readonly PackagePlan[];
}
