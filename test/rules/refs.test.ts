import { testRule, without, type Files } from "../support/rule-tester.ts";
import { connector, manifest, profile, runtime } from "../support/samples.ts";

const verbs = { "globals/global.verbs_catalog_v1.json": { version: "1.0.0", verbs: [{ id: "route" }, { id: "analyze" }] } };
const envSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://x.example/env.finance_invoice_approval_v1.schema.json",
  type: "object",
  properties: { envelope_id: { const: "env.finance_invoice_approval_v1" }, verb: { const: "route" } },
};
const envelope = { envelope_id: "env.finance_invoice_approval_v1", verb: "route", policy_profile_id: "finance_policy_v1", payload: { object_ref: { data_type: "ds.mova_schema_core_v1" } } };

/** A registry where everything referenced exists. */
const base: Files = {
  ...verbs,
  "schemas/env.finance_invoice_approval_v1.schema.json": envSchema,
  "profiles/finance_policy_v1.json": profile,
  "connectors/connector.acme.crm_v1.json": connector,
  "runtimes/runtime.local_process.worker_v1.json": { ...runtime, binding_targets: [{ target_kind: "scenario", target_id: "contract.finance.invoice_approval_v1" }, { target_kind: "connector_proxy", target_id: "connector.acme.crm_v1" }, { target_kind: "service", target_id: "anything-outside" }] },
  "contracts/a/manifest.json": { ...manifest, envelope_ref: "envelope.json", verb: "route", instruction_profile_id: "finance_policy_v1" },
  "contracts/a/envelope.json": envelope,
  "contracts/a/flow.json": {
    entry: "ai",
    steps: {
      ai: { execution_mode: "AI_ATOMIC", model: "m", connector_id: "connector.acme.crm_v1", runtime_id: "runtime.local_process.worker_v1", output_schema: "ds.mova_schema_core_v1", next: { terminal: "done" } },
    },
  },
};

const file = "contracts/a/flow.json";

/** One word named as two kinds: a connector's id given as a runtime too (the reference pass answers each word once per kind). */
const crossed: Files = {
  ...base,
  [file]: {
    entry: "s",
    steps: {
      s: { execution_mode: "DETERMINISTIC", runtime_id: "connector.acme.crm_v1", next: { step: "t" } },
      t: { execution_mode: "DETERMINISTIC", connector_id: "connector.acme.crm_v1", runtime_id: "connector.acme.crm_v1", next: { terminal: "done" } },
    },
  },
};

testRule("refs/verb", {
  valid: [
    { name: "verbs from the catalog", files: base },
    { name: "no verbs catalog: verbs are not checked", files: without(base, "globals/global.verbs_catalog_v1.json") },
  ],
  invalid: [
    {
      name: "an envelope, its schema and the manifest with unknown verbs",
      files: { ...base, "contracts/a/envelope.json": { ...envelope, verb: "rout" }, "schemas/env.finance_invoice_approval_v1.schema.json": { ...envSchema, properties: { verb: { const: "approve" } } } },
      findings: [
        { file: "contracts/a/envelope.json", message: /verb "rout" names no verb/, hint: /did you mean "route"/ },
        { file: "schemas/env.finance_invoice_approval_v1.schema.json", message: /verb "approve" names no verb/, hint: /global.verbs_catalog_v1/ },
      ],
    },
  ],
});

testRule("refs/policy-profile", {
  valid: [
    { name: "an instruction profile", files: base },
    { name: "a security catalog profile", files: { ...base, "contracts/a/envelope.json": { ...envelope, policy_profile_id: "mova_security_default_v1" }, "globals/global.security_catalog_v1.json": { version: "1", security_event_type: [], security_action_type: [], security_policy_profile: [{ id: "mova_security_default_v1", security_model_version: "1.0.0" }] } } },
  ],
  invalid: [{ name: "an unknown profile", files: { ...base, "contracts/a/envelope.json": { ...envelope, policy_profile_id: "finance_polcy_v1" } }, findings: [{ file: "contracts/a/envelope.json", message: /policy_profile_id "finance_polcy_v1" names no instruction profile/, hint: /"finance_policy_v1"/ }] }],
});

testRule("refs/connector", {
  valid: [
    { name: "a registered connector", files: base },
    { name: "a registered connector whose id was first given as a runtime", files: crossed },
  ],
  invalid: [
    {
      name: "a connector that is not there",
      files: without(base, "connectors/connector.acme.crm_v1.json"),
      findings: [
        { file, message: /connector_id "connector.acme.crm_v1" names no connector/ },
        { file: "runtimes/runtime.local_process.worker_v1.json", message: /binding target "connector.acme.crm_v1"/ },
      ],
    },
  ],
});

testRule("refs/runtime", {
  valid: [{ name: "a registered runtime", files: base }],
  invalid: [
    { name: "an unknown runtime", files: { ...base, [file]: { entry: "s", steps: { s: { runtime_id: "runtime.aws_lambda.fn_v1", next: { terminal: "done" } } } } }, findings: [{ file, message: /runtime_id "runtime.aws_lambda.fn_v1" names no runtime binding/ }] },
    {
      name: "a connector's id given as a runtime, before and after it is given as a connector",
      files: crossed,
      findings: [
        { file, message: /runtime_id "connector.acme.crm_v1" names no runtime binding/ },
        { file, message: /runtime_id "connector.acme.crm_v1" names no runtime binding/ },
      ],
    },
  ],
});

testRule("refs/contract", {
  valid: [{ name: "binding targets and calls to registered contracts", files: { ...base, "contracts/b/manifest.json": { ...manifest, package_id: "contract.finance.b_v1" }, "contracts/b/flow.json": { entry: "c", steps: { c: { execution_mode: "CONTRACT_CALL", contract_id: "contract.finance.invoice_approval_v1" } } } } }],
  invalid: [
    {
      name: "a call and a binding target to contracts that do not exist",
      files: { ...base, [file]: { entry: "c", steps: { c: { execution_mode: "CONTRACT_CALL", contract_id: "contract.finance.refunds_v1" } } }, "runtimes/runtime.local_process.worker_v1.json": { ...runtime, binding_targets: [{ target_kind: "skill", target_id: "contract.finance.invoice_approvl_v1" }] } },
      findings: [
        { file, message: /contract_id "contract.finance.refunds_v1" names no contract package/ },
        { file: "runtimes/runtime.local_process.worker_v1.json", message: /binding target "contract.finance.invoice_approvl_v1"/, hint: /did you mean "contract.finance.invoice_approval_v1"/ },
      ],
    },
  ],
});

testRule("refs/schema", {
  valid: [{ name: "core and registry schemas", files: base }],
  invalid: [
    {
      name: "data types, output schemas and profile scopes that name no schema",
      files: {
        ...base,
        "contracts/a/envelope.json": { ...envelope, payload: { object_ref: { data_type: "ds.finance_invoice_v9" } } },
        "profiles/finance_policy_v1.json": { ...profile, applies_to: { envelope_ids: ["env.finance_invoice_approval_v1", "env.nope_v1"] } },
      },
      findings: [
        { file: "contracts/a/envelope.json", message: /payload data type "ds.finance_invoice_v9" names no schema/ },
        { file: "profiles/finance_policy_v1.json", message: /applies_to envelope "env.nope_v1"/ },
      ],
    },
  ],
});

const call = (to: string) => ({ entry: "c", steps: { c: { execution_mode: "CONTRACT_CALL", contract_id: to, next: { terminal: "done" } } } });
const contract = (name: string, to: string): Files => ({ [`contracts/${name}/manifest.json`]: { ...manifest, package_id: `contract.x.${name}_v1` }, [`contracts/${name}/flow.json`]: call(`contract.x.${to}_v1`) });

testRule("refs/contract-call-cycle", {
  valid: [{ name: "a chain", files: { ...contract("a", "b"), ...contract("b", "c"), "contracts/c/manifest.json": { ...manifest, package_id: "contract.x.c_v1" }, "contracts/c/flow.json": { entry: "s", steps: { s: {} } } } }],
  invalid: [
    { name: "a ring of three", files: { ...contract("a", "b"), ...contract("b", "c"), ...contract("c", "a") }, findings: [{ file: "contracts/c/flow.json", message: /contracts call each other in a ring: contract.x.a_v1 → contract.x.b_v1 → contract.x.c_v1 → contract.x.a_v1/ }] },
    { name: "a contract calling itself", files: contract("a", "a"), findings: [{ file: "contracts/a/flow.json", message: /ring: contract.x.a_v1 → contract.x.a_v1/ }] },
    {
      // Other references come first in the flow: the finding stands on the call's contract_id, not on the first reference.
      name: "a ring closed by a flow's later step",
      files: {
        "contracts/a/manifest.json": { ...manifest, package_id: "contract.x.a_v1" },
        "contracts/a/flow.json": {
          entry: "fetch",
          steps: {
            fetch: { execution_mode: "DETERMINISTIC", connector_id: "connector.x_v1", runtime_id: "runtime.x_v1", next: { step: "c" } },
            c: { execution_mode: "CONTRACT_CALL", contract_id: "contract.x.a_v1", next: { terminal: "done" } },
          },
        },
      },
      findings: [{ file: "contracts/a/flow.json", line: 14, message: /ring: contract.x.a_v1 → contract.x.a_v1/ }],
    },
  ],
});

const gateFlow = (role: string, escalate?: string) => ({ entry: "g", steps: { g: { execution_mode: "HUMAN_GATE", role, ...(escalate ? { escalate_to: escalate } : {}), decision_options: [{ id: "approve", label: "A" }, { id: "reject", label: "R" }], next: { terminal: "done" } } } });
const roles = { "mova.registry.json": { policy: { roles: { finance_approver: { teams: ["acme/finance"] }, finance_lead: { users: ["fiona"] } } } } };

testRule("refs/role", {
  valid: [{ name: "mapped roles", files: { ...roles, "contracts/a/manifest.json": manifest, "contracts/a/flow.json": gateFlow("finance_approver", "finance_lead") } }],
  invalid: [
    {
      name: "an unmapped role and escalation role",
      files: { ...roles, "contracts/a/manifest.json": manifest, "contracts/a/flow.json": gateFlow("finance_aprover", "cfo") },
      findings: [
        { file: "contracts/a/flow.json", message: /names role "finance_aprover"/, hint: /did you mean "finance_approver"/ },
        { file: "contracts/a/flow.json", message: /names role "cfo"/, hint: /under policy.roles/ },
      ],
    },
  ],
});
