import { testRule } from "../support/rule-tester.ts";

const at = (id: string, schema: object) => ({ [`schemas/${id}.schema.json`]: { $schema: "https://json-schema.org/draft/2020-12/schema", $id: `https://x.example/${id}.schema.json`, ...schema } });
const file = (id: string) => `schemas/${id}.schema.json`;

testRule("schema/id-mismatch", {
  valid: [{ name: "$id ends in the file name", files: at("ds.finance_invoice_v1", { type: "object" }) }],
  invalid: [
    { name: "a different $id", files: { "schemas/ds.finance_invoice_v1.schema.json": { $id: "https://x.example/ds.finance_bill_v1.schema.json" } }, findings: [{ file: "schemas/ds.finance_invoice_v1.schema.json", message: /\$id names "ds.finance_bill_v1" but the file is ds.finance_invoice_v1.schema.json/ }] },
    { name: "no $id", files: { "schemas/ds.finance_invoice_v1.schema.json": { type: "object" } }, findings: [{ file: "schemas/ds.finance_invoice_v1.schema.json", message: /no \$id/ }] },
  ],
});

testRule("schema/closed-allof-branch", {
  valid: [
    { name: "open branches, closed with unevaluatedProperties", files: at("ds.finance_invoice_v1", { allOf: [{ properties: { a: {} } }, { properties: { b: {} } }], unevaluatedProperties: false }) },
    { name: "a closed branch that lists what the others define", files: at("ds.finance_invoice_v1", { allOf: [{ properties: { a: {} } }, { properties: { a: {}, b: {} }, additionalProperties: false }] }) },
  ],
  invalid: [
    {
      name: "the episode-core pitfall: a closed branch beside the schema core",
      files: at("ds.finance_episode_v1", { allOf: [{ $ref: "https://mova.dev/schemas/ds.mova_schema_core_v1.schema.json" }, { type: "object", properties: { episode_id: {} }, additionalProperties: false }] }),
      findings: [{ file: file("ds.finance_episode_v1"), message: /allOf\[1\] rejects "ext", "meta", "schema_id", "schema_version"/, hint: /unevaluatedProperties/ }],
    },
  ],
});

testRule("schema/unsatisfiable-required", {
  valid: [{ name: "required properties declared", files: at("ds.finance_invoice_v1", { properties: { a: {} }, required: ["a"], additionalProperties: false }) }],
  invalid: [{ name: "a required property the closed object rejects", files: at("ds.finance_invoice_v1", { properties: { amount: {} }, required: ["ammount"], additionalProperties: false }), findings: [{ file: file("ds.finance_invoice_v1"), message: /"ammount" is required but not among the properties/, hint: /did you mean "amount"/ }] }],
});

testRule("schema/legacy-keyword", {
  valid: [{ name: "2020-12 keywords", files: at("ds.finance_invoice_v1", { prefixItems: [{}], items: { type: "string" }, dependentRequired: { a: ["b"] } }) }],
  invalid: [
    {
      name: "draft-07 keywords",
      files: at("ds.finance_invoice_v1", { dependencies: { a: ["b"] }, properties: { list: { items: [{ type: "string" }], additionalItems: false } } }),
      findings: [
        { file: file("ds.finance_invoice_v1"), message: /"dependencies" is not a JSON Schema 2020-12 keyword/, hint: /dependentRequired/ },
        { file: file("ds.finance_invoice_v1"), message: /"items" as an array/ },
        { file: file("ds.finance_invoice_v1"), message: /"additionalItems" is not a JSON Schema 2020-12 keyword/ },
      ],
    },
  ],
});

testRule("schema/unknown-keyword", {
  valid: [{ name: "known keywords and custom annotations", files: at("ds.finance_invoice_v1", { type: "object", "x-owner": "finance", properties: { requried: { type: "string" } } }) }],
  invalid: [
    {
      name: "misspelt keywords",
      files: at("ds.finance_invoice_v1", { type: "object", requried: ["a"], properties: { a: { type: "string", maxLenght: 3 } } }),
      findings: [
        { file: file("ds.finance_invoice_v1"), message: /"requried" is not a JSON Schema keyword/, hint: /"required"/ },
        { file: file("ds.finance_invoice_v1"), message: /"maxLenght"/, hint: /"maxLength"/ },
      ],
    },
  ],
});

testRule("schema/unknown-format", {
  valid: [{ name: "known formats", files: at("ds.finance_invoice_v1", { properties: { a: { format: "date-time" }, b: { format: "uri" } } }) }],
  invalid: [{ name: "an unknown format", files: at("ds.finance_invoice_v1", { properties: { a: { format: "datetime" } } }), findings: [{ file: file("ds.finance_invoice_v1"), message: /format "datetime" is unknown/, hint: /"date-time"/ }] }],
});
