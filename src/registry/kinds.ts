/** What a file in the registry is. */
export type DocumentKind =
  | "config"
  | "accepted_changes"
  | "data_schema"
  | "envelope_schema"
  | "schema"
  | "global"
  | "runtime_binding"
  | "connector"
  | "instruction_profile"
  | "envelope"
  | "episode"
  | "contract_manifest"
  | "flow"
  | "run_request"
  | "run_state"
  | "data"
  | "unknown";

/** The conventional folders of a registry, each holding one family of documents. */
export type FolderRole = "schemas" | "globals" | "runtimes" | "connectors" | "profiles" | "envelopes" | "episodes" | "contracts" | "runs";

export const FOLDER_ROLES: readonly FolderRole[] = [
  "schemas",
  "globals",
  "runtimes",
  "connectors",
  "profiles",
  "envelopes",
  "episodes",
  "contracts",
  "runs",
];

/** The kind a plain JSON file gets from the folder it sits in, when nothing inside it says more. */
export const FOLDER_KIND: Record<FolderRole, DocumentKind> = {
  // Schema files are recognised by their *.schema.json name, wherever they are.
  schemas: "unknown",
  globals: "global",
  runtimes: "runtime_binding",
  connectors: "connector",
  profiles: "instruction_profile",
  envelopes: "envelope",
  episodes: "episode",
  contracts: "unknown",
  // A run folder holds request.json, state.json and episodes/, told apart by name.
  runs: "unknown",
};

/** Core schemas that give a document its kind, directly or through `allOf` inheritance. */
export const CORE_SCHEMA_KIND: ReadonlyArray<readonly [schemaId: string, kind: DocumentKind]> = [
  ["ds.security_event_episode_core_v1", "episode"],
  ["ds.mova_episode_core_v1", "episode"],
  ["ds.runtime_binding_core_v1", "runtime_binding"],
  ["ds.connector_core_v1", "connector"],
  ["ds.instruction_profile_core_v1", "instruction_profile"],
  ["package.contract_package_manifest_v1", "contract_manifest"],
  ["package.flow_v1", "flow"],
  ["registry.run_request_v1", "run_request"],
  ["registry.run_state_v1", "run_state"],
];

/** The schema a document of a kind is validated against when it names none itself. */
export const DEFAULT_SCHEMA: Partial<Record<DocumentKind, string>> = {
  config: "registry.config_v1",
  accepted_changes: "registry.accepted_changes_v1",
  global: "registry.global_catalog_v1",
  runtime_binding: "ds.runtime_binding_core_v1",
  connector: "ds.connector_core_v1",
  instruction_profile: "ds.instruction_profile_core_v1",
  episode: "ds.mova_episode_core_v1",
  contract_manifest: "package.contract_package_manifest_v1",
  flow: "package.flow_v1",
  run_request: "registry.run_request_v1",
  run_state: "registry.run_state_v1",
};

/** The property that holds a document's own id, per kind. */
export const ID_FIELD: Partial<Record<DocumentKind, string>> = {
  runtime_binding: "runtime_id",
  connector: "connector_id",
  instruction_profile: "profile_id",
  episode: "episode_id",
  envelope: "envelope_id",
  contract_manifest: "package_id",
  run_state: "run_id",
};

export const KIND_LABEL: Record<DocumentKind, string> = {
  config: "registry config",
  accepted_changes: "accepted changes list",
  data_schema: "data schema",
  envelope_schema: "envelope schema",
  schema: "schema",
  global: "global catalog",
  runtime_binding: "runtime binding",
  connector: "connector",
  instruction_profile: "instruction profile",
  envelope: "envelope",
  episode: "episode",
  contract_manifest: "contract package",
  flow: "flow",
  run_request: "run request",
  run_state: "run state",
  data: "data record",
  unknown: "unclassified",
};
