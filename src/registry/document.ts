import type { RegistryConfig } from "../config/config.ts";
import type { JsonText } from "../json/parse.ts";
import type { SchemaSet } from "../schemas/schema-set.ts";
import type { DocumentKind } from "./kinds.ts";

/** Why a document got its kind, shown in `--format json` so surprises can be traced. */
export type ClassifiedBy = "file name" | "schema_id" | "envelope_id" | "folder" | "manifest" | "none";

/** One JSON file of the registry, parsed and classified. */
export interface RegistryDocument {
  /** Path relative to the registry root, with forward slashes. */
  path: string;
  /** Undefined when the file could not be read. */
  json: JsonText | undefined;
  kind: DocumentKind;
  classifiedBy: ClassifiedBy;
  /** The document's own id (runtime_id, connector_id, profile_id, package_id, schema id, ...). */
  id?: string;
  /** The id of the schema the document is validated against. */
  schemaId?: string;
  /** The folder of the contract package the document belongs to. */
  packageDir?: string;
}

/** A folder with a manifest that references its flow. */
export interface ContractPackage {
  dir: string;
  id?: string;
  manifest: RegistryDocument;
  flow?: RegistryDocument;
  envelope?: RegistryDocument;
}

export interface Registry {
  /** Absolute path of the registry root. */
  root: string;
  config: RegistryConfig;
  /** The config file, when the registry has one. */
  configDocument?: RegistryDocument;
  schemas: SchemaSet;
  /** Every document, sorted by path. */
  documents: RegistryDocument[];
  packages: ContractPackage[];
}
