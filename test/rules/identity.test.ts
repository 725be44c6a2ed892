import { testRule } from "../support/rule-tester.ts";
import { connector, flow, manifest, runtime } from "../support/samples.ts";

const rt = (id: string) => ({ ...runtime, runtime_id: id });

testRule("id/duplicate", {
  valid: [{ name: "distinct ids", files: { "runtimes/runtime.a.x_v1.json": rt("runtime.a.x_v1"), "runtimes/runtime.a.y_v1.json": rt("runtime.a.y_v1") } }],
  invalid: [
    { name: "two runtimes with one id", files: { "runtimes/runtime.a.x_v1.json": rt("runtime.a.x_v1"), "runtimes/runtime.a.x_v1.copy.json": rt("runtime.a.x_v1") }, findings: [{ file: "runtimes/runtime.a.x_v1.json", message: /id "runtime.a.x_v1" is already used by runtimes\/runtime.a.x_v1.copy.json/ }] },
    {
      name: "a connector and a contract with one id",
      files: { "connectors/contract.x.same_v1.json": { ...connector, connector_id: "contract.x.same_v1" }, "contracts/same/manifest.json": { ...manifest, package_id: "contract.x.same_v1" }, "contracts/same/flow.json": flow },
      findings: [{ file: "contracts/same/manifest.json", message: /already used by connectors\/contract.x.same_v1.json \(connector\)/ }],
    },
  ],
});

testRule("id/file-name", {
  valid: [
    { name: "files named after their ids", files: { "runtimes/runtime.a.x_v1.json": rt("runtime.a.x_v1"), "contracts/invoice_approval/manifest.json": manifest, "contracts/invoice_approval/flow.json": flow } },
  ],
  invalid: [
    { name: "a runtime in a file of another name", files: { "runtimes/worker.json": rt("runtime.a.x_v1") }, findings: [{ file: "runtimes/worker.json", message: /named worker.json but holds runtime binding "runtime.a.x_v1"/, hint: /runtime.a.x_v1.json/ }] },
    { name: "a file name that only ends with the id", files: { "runtimes/old.runtime.a.x_v1.json": rt("runtime.a.x_v1") }, findings: [{ file: "runtimes/old.runtime.a.x_v1.json", message: /named old.runtime.a.x_v1.json but holds/ }] },
    { name: "an id with a slash, whose path ends with it", files: { "runtimes/a/b.json": rt("a/b") }, findings: [{ file: "runtimes/a/b.json", message: /named b.json but holds runtime binding "a\/b"/ }] },
    { name: "a package folder that disagrees with its id", files: { "contracts/invoices/manifest.json": manifest, "contracts/invoices/flow.json": flow }, findings: [{ file: "contracts/invoices/manifest.json", message: /lives in folder invoices\/, not invoice_approval\// }] },
  ],
});

testRule("id/naming", {
  valid: [
    {
      name: "MOVA names",
      files: {
        "runtimes/runtime.github_actions.registry_runner_v1.json": rt("runtime.github_actions.registry_runner_v1"),
        "connectors/connector.openai.chat_v1.json": { ...connector, connector_id: "connector.openai.chat_v1" },
        "schemas/ds.finance_invoice_v1.schema.json": { $id: "https://x.example/ds.finance_invoice_v1.schema.json" },
        "schemas/env.finance_invoice_approval_v2.schema.json": { $id: "https://x.example/env.finance_invoice_approval_v2.schema.json" },
        "profiles/finance_policy_v1.json": { profile_id: "finance_policy_v1", security_model_version: "1.0.0", status: "active" },
      },
    },
  ],
  invalid: [
    { name: "camel case and no version", files: { "runtimes/runtime.GitHub.runner.json": rt("runtime.GitHub.runner") }, findings: [{ file: "runtimes/runtime.GitHub.runner.json", message: /"runtime.GitHub.runner" does not follow the form runtime.<platform>.<purpose>_vN/, hint: /"runtime.git_hub.runner_v1"/ }] },
    { name: "a connector with dashes", files: { "connectors/c.json": { ...connector, connector_id: "connector.open-ai.chat_v1" } }, findings: [{ file: "connectors/c.json", message: /connector.<provider>.<resource>_vN/ }] },
    { name: "a data schema without an object part", files: { "schemas/ds.invoice_v1.schema.json": { $id: "https://x.example/ds.invoice_v1.schema.json" } }, findings: [{ file: "schemas/ds.invoice_v1.schema.json", message: /ds.<domain>_<object>_vN/ }] },
    { name: "an envelope schema with a version 0", files: { "schemas/env.finance_pay_v0.schema.json": { $id: "https://x.example/env.finance_pay_v0.schema.json" } }, findings: [{ file: "schemas/env.finance_pay_v0.schema.json", message: /env.<domain>_<operation>_vN/ }] },
  ],
});

testRule("id/control-character", {
  valid: [
    { name: "printable text beyond ASCII in an id", files: { "runtimes/r.json": rt("runtime.a.café_v1") } },
    { name: "a control character in text that names nothing", files: { "runtimes/r.json": { ...rt("runtime.a.x_v1"), meta: { description: "tab\u007fdel \u0085 \u2028" } } } },
  ],
  invalid: [
    // Raw in the file, as JSON.stringify writes them: DEL is the only one an ASCII text can hold.
    { name: "a raw DEL in an id of an otherwise ASCII file", files: { "runtimes/r.json": rt("runtime.a.x\u007f_v1") }, findings: [{ file: "runtimes/r.json", message: /runtime_id holds the control character \\u007f/ }] },
    { name: "a raw bidirectional override in an id", files: { "runtimes/r.json": rt("runtime.a.\u202eevil_v1") }, findings: [{ file: "runtimes/r.json", message: /runtime_id holds the control character \\u202e/ }] },
    { name: "a raw C1 control in a key", files: { "runtimes/r.json": { ...rt("runtime.a.x_v1"), "caps\u0085": 1 } }, findings: [{ file: "runtimes/r.json", message: /a key holds the control character \\u0085/ }] },
    { name: "an escaped NUL in a reference", files: { "runtimes/r.json": '{ "runtime_id": "runtime.a.x_v1", "runtime_kind": "local_process", "connector_ref": "connector.a.x\\u0000_v1" }' }, findings: [{ file: "runtimes/r.json", message: /connector_ref holds a NUL byte/ }] },
  ],
});
