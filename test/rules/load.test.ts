import { testRule } from "../support/rule-tester.ts";
import { connector, connectorInfraSchema, flow, manifest, runtime } from "../support/samples.ts";

testRule("io/unreadable", {
  valid: [{ name: "UTF-8 text", files: { "runtimes/a.json": { ...runtime, description: "Zürich – 東京" } } }],
  invalid: [
    {
      name: "a file that is not UTF-8",
      files: { "runtimes/a.json": Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
      // At the first byte that is not UTF-8.
      findings: [{ file: "runtimes/a.json", line: 1, column: 7 }],
    },
  ],
});

testRule("json/syntax", {
  valid: [{ name: "well-formed JSON", files: { "runtimes/a.json": runtime } }],
  invalid: [
    {
      name: "a trailing comma, and the rest of the registry still checked",
      files: { "runtimes/a.json": '{\n  "runtime_id": "r",\n  "runtime_kind": "edge",\n}\n', "runtimes/b.json": runtime },
      findings: [{ file: "runtimes/a.json", line: 4, column: 1, message: /unexpected "}"/, hint: /trailing comma/ }],
    },
    {
      name: "a comment",
      files: { "connectors/c.json": '{\n  // the CRM\n  "connector_id": "c"\n}' },
      findings: [{ file: "connectors/c.json", line: 2, column: 3, hint: /no comments/ }],
    },
  ],
});

testRule("json/duplicate-key", {
  valid: [{ name: "distinct keys", files: { "runtimes/a.json": runtime } }],
  invalid: [
    {
      name: "a key given twice",
      files: { "runtimes/a.json": '{\n  "runtime_id": "r",\n  "runtime_kind": "edge",\n  "runtime_kind": "container"\n}' },
      findings: [{ file: "runtimes/a.json", line: 4, column: 3, message: /"runtime_kind" appears twice .*first on line 3/ }],
    },
  ],
});

testRule("document/unclassified", {
  valid: [
    { name: "documents in their folders", files: { "runtimes/a.json": runtime, "connectors/b.json": connector } },
    { name: "files outside the scanned folders are not read", files: { "package.json": { name: "x" }, "docs/notes.json": {} } },
    { name: "excluded files", files: { "mova.registry.json": { exclude: ["contracts/**/fixtures/**"] }, "contracts/a/fixtures/x.json": {} } },
  ],
  invalid: [
    { name: "a stray JSON file in a contract package", files: { "contracts/a/manifest.json": manifest, "contracts/a/flow.json": flow, "contracts/a/notes.json": { a: 1 } }, findings: [{ file: "contracts/a/notes.json", line: 1, column: 1 }] },
    { name: "a schema file not named *.schema.json", files: { "schemas/ds.x_v1.json": { type: "object" } }, findings: [{ file: "schemas/ds.x_v1.json", hint: /\.schema\.json/ }] },
  ],
});

testRule("document/unknown-schema", {
  valid: [
    { name: "schema_id of a core schema", files: { "runtimes/a.json": { schema_id: "ds.runtime_binding_core_v1", ...runtime } } },
    { name: "schema_id of a registry schema", files: { "schemas/ds.connector_acme_crm_v1.schema.json": connectorInfraSchema, "connectors/c.json": { schema_id: "ds.connector_acme_crm_v1", ...connector, base_url: "https://crm.acme.example" } } },
  ],
  invalid: [
    { name: "a schema_id nobody defines", files: { "runtimes/a.json": { schema_id: "ds.runtime_binding_core_v2", ...runtime } }, findings: [{ file: "runtimes/a.json", line: 2, column: 16, message: /"ds.runtime_binding_core_v2" names no schema/, hint: /checked against ds.runtime_binding_core_v1/ }] },
    { name: "an envelope_id without a schema", files: { "envelopes/e.json": { envelope_id: "env.finance_pay_v1", verb: "update" } }, findings: [{ file: "envelopes/e.json", message: /envelope_id "env.finance_pay_v1"/ }] },
    { name: "an envelope without envelope_id", files: { "envelopes/e.json": { verb: "update" } }, findings: [{ file: "envelopes/e.json", message: /no envelope_id/ }] },
  ],
});

testRule("package/missing-file", {
  valid: [{ name: "a manifest and its flow", files: { "contracts/a/manifest.json": manifest, "contracts/a/flow.json": flow } }],
  invalid: [
    {
      name: "a flow_ref to nothing",
      files: { "contracts/a/manifest.json": { ...manifest, flow_ref: "flows/main.json" } },
      findings: [{ file: "contracts/a/manifest.json", message: /flow_ref "flows\/main.json" names no file in contracts\/a\// }],
    },
  ],
});

testRule("schema/invalid", {
  valid: [{ name: "a 2020-12 schema", files: { "schemas/ds.connector_acme_crm_v1.schema.json": connectorInfraSchema } }],
  invalid: [
    {
      name: "a draft-07 schema",
      files: { "schemas/ds.x_v1.schema.json": { $schema: "http://json-schema.org/draft-07/schema#", type: "object" } },
      findings: [{ file: "schemas/ds.x_v1.schema.json", message: /registry schemas are JSON Schema 2020-12/ }],
    },
    {
      name: "a keyword with a wrong value",
      files: { "schemas/ds.x_v1.schema.json": '{\n  "$id": "https://x.example/ds.x_v1.schema.json",\n  "type": "object",\n  "required": "name"\n}' },
      findings: [{ file: "schemas/ds.x_v1.schema.json", line: 4, column: 15, message: /not a valid JSON Schema: required: expected an array/ }],
    },
  ],
});

testRule("schema/duplicate-id", {
  valid: [{ name: "distinct ids", files: { "schemas/ds.a_v1.schema.json": { $id: "https://x.example/ds.a_v1.schema.json" }, "schemas/ds.b_v1.schema.json": { $id: "https://x.example/ds.b_v1.schema.json" } } }],
  invalid: [
    {
      name: "a registry schema claiming a core id",
      files: { "schemas/ds.connector_core_v1.schema.json": { $id: "https://mova.dev/schemas/ds.connector_core_v1.schema.json", type: "object" } },
      findings: [{ file: "schemas/ds.connector_core_v1.schema.json", message: /already a MOVA 6.0.0 core schema/ }],
    },
    {
      name: "two registry schemas with one id",
      files: { "schemas/a/ds.a_v1.schema.json": { $id: "https://x.example/ds.a_v1.schema.json" }, "schemas/b/ds.a_v1.schema.json": { $id: "https://x.example/ds.a_v1.schema.json" } },
      findings: [{ file: "schemas/b/ds.a_v1.schema.json", message: /already defined by schemas\/a\/ds.a_v1.schema.json/ }],
    },
  ],
});

testRule("schema/unresolved-ref", {
  valid: [
    { name: "refs to core and to each other, in any order", files: { "schemas/ds.a_v1.schema.json": { $id: "https://x.example/ds.a_v1.schema.json", $ref: "ds.b_v1.schema.json" }, "schemas/ds.b_v1.schema.json": { $id: "https://x.example/ds.b_v1.schema.json", allOf: [{ $ref: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json" }] } } },
  ],
  invalid: [
    {
      name: "a ref to a schema that does not exist",
      files: { "schemas/ds.a_v1.schema.json": '{\n  "$id": "https://x.example/ds.a_v1.schema.json",\n  "properties": {\n    "b": { "$ref": "ds.missing_v1.schema.json" }\n  }\n}' },
      findings: [{ file: "schemas/ds.a_v1.schema.json", line: 4, column: 20, message: /does not resolve/ }],
    },
  ],
});
