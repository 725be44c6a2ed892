/** Small valid documents to build test registries from. */
export const runtime = { runtime_id: "runtime.local_process.worker_v1", runtime_kind: "local_process" };
export const connector = { connector_id: "connector.acme.crm_v1", provider: "acme", resource: "crm", protocol: "https" };
export const profile = { schema_id: "ds.instruction_profile_core_v1", profile_id: "finance_policy_v1", security_model_version: "1.0.0", status: "active" };
export const manifest = { package_id: "contract.finance.invoice_approval_v1", version: "1.0.0", flow_ref: "flow.json" };
export const flow = { entry: "check", steps: { check: { execution_mode: "DETERMINISTIC", rule: true, next: { terminal: "done" } } } };

export const connectorInfraSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://schemas.acme.example/ds.connector_acme_crm_v1.schema.json",
  title: "ds.connector_acme_crm_v1",
  allOf: [
    { $ref: "https://mova.dev/schemas/ds.connector_core_v1.schema.json" },
    { type: "object", properties: { base_url: { type: "string", format: "uri" } }, required: ["base_url"] },
  ],
};

/** An episode valid in every release: it names its input data rather than an envelope. */
export const episode = {
  episode_id: "e1",
  episode_type: "execution",
  mova_version: "4.1.1",
  recorded_at: "2026-01-01T00:00:00Z",
  executor: { executor_id: "x" },
  result_status: "completed",
  result_summary: "done",
  input_data_refs: [{ data_type: "ds.mova_schema_core_v1" }],
};
