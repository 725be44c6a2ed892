import { testRule } from "../support/rule-tester.ts";
import { connector } from "../support/samples.ts";

const schema = (id: string, extra: object = {}) => ({ [`schemas/${id}.schema.json`]: { $id: `https://x.example/${id}.schema.json`, ...extra } });
const layers = {
  "globals/global.layers_and_namespaces_v1.json": {
    version: "1.0.0",
    layers: [
      { id: "red_core", allowed_kinds: ["ds"], namespace_prefixes: ["mova", "security", "runtime_core", "connector_core"] },
      { id: "skills", allowed_kinds: ["ds", "env"], namespace_prefixes: ["finance"] },
      { id: "infra", allowed_kinds: ["ds"], namespace_prefixes: ["connector", "runtime"] },
    ],
  },
};
const extendsConnector = { allOf: [{ $ref: "https://mova.dev/schemas/ds.connector_core_v1.schema.json" }, { properties: { base_url: { type: "string" } } }] };

testRule("layer/reserved-prefix", {
  valid: [{ name: "a skill's own domain", files: { ...schema("ds.finance_invoice_v1"), ...schema("ds.runtime_github_actions_v1", { allOf: [{ $ref: "https://mova.dev/schemas/ds.runtime_binding_core_v1.schema.json" }] }) } }],
  invalid: [
    { name: "the mova namespace, without a catalog", files: schema("ds.mova_invoice_v1"), findings: [{ file: "schemas/ds.mova_invoice_v1.schema.json", message: /namespace "mova", which the red core reserves/ }] },
    { name: "connector_core from the registry's catalog", files: { ...layers, ...schema("ds.connector_core_extras_v1", extendsConnector) }, findings: [{ file: "schemas/ds.connector_core_extras_v1.schema.json", message: /"connector_core"/ }] },
  ],
});

testRule("layer/unknown-namespace", {
  valid: [
    { name: "declared namespaces", files: { ...layers, ...schema("ds.finance_invoice_v1"), ...schema("ds.connector_acme_v1", extendsConnector) } },
    { name: "no layers catalog: nothing to check against", files: schema("ds.marketing_lead_v1") },
  ],
  invalid: [{ name: "an undeclared domain", files: { ...layers, ...schema("ds.marketing_lead_v1") }, findings: [{ file: "schemas/ds.marketing_lead_v1.schema.json", message: /belongs to no layer/, hint: /add "marketing"/ }] }],
});

testRule("layer/infra-extends-core", {
  valid: [{ name: "an infra connector schema through allOf, and a connector naming it", files: { ...schema("ds.connector_acme_v1", extendsConnector), "connectors/c.json": { ...connector, schema_id: "ds.connector_acme_v1" } } }],
  invalid: [
    { name: "an infra runtime schema standing alone", files: schema("ds.runtime_lambda_v1", { type: "object", properties: { memory: { type: "integer" } } }), findings: [{ file: "schemas/ds.runtime_lambda_v1.schema.json", message: /"ds.runtime_lambda_v1" does not extend ds.runtime_binding_core_v1/ }] },
    {
      name: "a connector naming a schema that does not extend the core",
      files: { ...schema("ds.finance_vendor_v1", { type: "object" }), "connectors/c.json": { ...connector, schema_id: "ds.finance_vendor_v1" } },
      findings: [{ file: "connectors/c.json", message: /names schema "ds.finance_vendor_v1", which does not extend ds.connector_core_v1/ }],
    },
  ],
});
