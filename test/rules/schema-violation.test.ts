import { testRule } from "../support/rule-tester.ts";
import { connector, connectorInfraSchema, episode, flow, manifest, profile, runtime } from "../support/samples.ts";

testRule("schema/violation", {
  valid: [
    {
      name: "one valid document of each kind",
      files: {
        "runtimes/a.json": runtime,
        "connectors/b.json": connector,
        "profiles/p.json": profile,
        "contracts/a/manifest.json": manifest,
        "contracts/a/flow.json": flow,
        "globals/global.verbs_catalog_v1.json": { version: "1.0.0", verbs: [{ id: "route" }] },
      },
    },
    { name: "the same documents under MOVA 4.1.1", files: { "runtimes/a.json": runtime, "connectors/b.json": connector }, options: { release: "4.1.1" } },
  ],
  invalid: [
    {
      name: "a runtime binding with a bad kind",
      files: { "runtimes/a.json": '{\n  "runtime_id": "r",\n  "runtime_kind": "lambda"\n}' },
      findings: [{ file: "runtimes/a.json", line: 3, column: 19, message: /runtime_kind: "lambda" is not one of the allowed values/, hint: /"serverless".*runtime binding, schema ds.runtime_binding_core_v1/ }],
    },
    {
      name: "a connector validated against the infra schema its schema_id names",
      files: { "schemas/ds.connector_acme_crm_v1.schema.json": connectorInfraSchema, "connectors/c.json": { schema_id: "ds.connector_acme_crm_v1", ...connector, base_url: "not a url" } },
      findings: [{ file: "connectors/c.json", message: /base_url: "not a url" is not a valid uri/ }],
    },
    {
      name: "an infra schema still enforces the core it extends",
      files: { "schemas/ds.connector_acme_crm_v1.schema.json": connectorInfraSchema, "connectors/c.json": { schema_id: "ds.connector_acme_crm_v1", connector_id: "c", base_url: "https://x.example" } },
      findings: [
        { file: "connectors/c.json", message: /missing required property "protocol"/ },
        { file: "connectors/c.json", message: /missing required property "provider"/ },
        { file: "connectors/c.json", message: /missing required property "resource"/ },
      ],
    },
    {
      name: "a flow step with an unknown execution mode",
      files: { "contracts/a/manifest.json": manifest, "contracts/a/flow.json": { ...flow, steps: { check: { execution_mode: "MANUAL" } } } },
      findings: [{ file: "contracts/a/flow.json", message: /steps\.check\.execution_mode: "MANUAL" is not one of the allowed values/, hint: /"HUMAN_GATE"/ }],
    },
    {
      name: "a misspelt property gets a suggestion",
      files: { "connectors/c.json": { connector_id: "c", provider: "p", resource: "r", protocl: "https" } },
      findings: [{ file: "connectors/c.json", line: 5, column: 3, message: /missing required property "protocol"/, hint: /rename "protocl" to "protocol"/ }],
    },
    {
      name: "an episode under 4.1.1 may not carry 6.0.0's verb_id",
      options: { release: "4.1.1" },
      files: {
        "episodes/e.json": { ...episode, verb_id: "analyze" },
      },
      findings: [{ file: "episodes/e.json", message: /property "verb_id" is not allowed here/, hint: /allOf/ }],
    },
  ],
});
