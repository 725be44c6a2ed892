import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { movaSchemas, toolSchemas } from "../src/schemas/builtin.ts";
import { SchemaSet } from "../src/schemas/schema-set.ts";
import { RELEASES, type Release } from "../src/schemas/releases.ts";
import { addFormats } from "../src/schemas/formats.ts";
import { readFileSync } from "node:fs";
import validateMetaSchema from "../src/schemas/meta-2020-12.generated.cjs";
import { META_VALIDATOR_FILE, metaValidatorSource } from "../scripts/meta-validator.ts";
import { builtinValidatorsFile, builtinValidatorsSource } from "../scripts/builtin-validators.ts";
import { loadPrecompiled, precompiled } from "../src/schemas/precompiled.ts";
import fg from "fast-glob";
import { PROJECT_ROOT, officialAjv, officialVerdict, readJsonFile, specDir, specFiles } from "./support/shared.ts";

/**
 * For every schema we ship, documents it must accept and documents it must
 * reject, each rejection with words the author should read. For the MOVA red
 * core the official schemas in ../shared must give the same verdicts.
 */
interface Case {
  valid: unknown[];
  invalid: Array<[doc: unknown, message: RegExp]>;
}

const episode = {
  episode_id: "ep-1",
  episode_type: "execution/invoice_approval",
  mova_version: "6.0.0",
  recorded_at: "2026-11-23T10:00:00Z",
  executor: { executor_id: "mova-registry", executor_kind: "service" },
  result_status: "completed",
  result_summary: "Invoice extracted.",
  input_envelopes: [{ envelope_type: "env.finance_invoice_approval_v1" }],
};
function withoutInputs({ input_envelopes: _, ...rest }: typeof episode) {
  return rest;
}
const profile = { profile_id: "finance_invoice_policy_v1", security_model_version: "1.0.0", status: "active" };
const agent = readJsonFile(`${specDir("5.0.0")}/examples/ds.mova_agent_contract_core_v1.example.json`) as Record<string, unknown>;
const agentResult = readJsonFile(`${specDir("5.0.0")}/examples/ds.mova_agent_execution_result_core_v1.example.json`) as Record<string, unknown>;

const CORE: Record<string, Case> = {
  "ds.mova_schema_core_v1": {
    valid: [{ schema_id: "ds.x_v1", meta: { title: "A record", tags: ["a"] }, ext: { anything: 1 } }],
    invalid: [[{ meta: { tags: "a" } }, /meta\.tags: expected an array, found a string/]],
  },
  "ds.connector_core_v1": {
    valid: [{ connector_id: "connector.openai.chat_v1", provider: "openai", resource: "chat", protocol: "https", auth_methods: [{ type: "api_key" }] }],
    invalid: [
      [{ connector_id: "c", provider: "p", resource: "r" }, /missing required property "protocol"/],
      [{ connector_id: "c", provider: "p", resource: "r", protocol: "https", auth_methods: [{ type: "token" }] }, /auth_methods\[0\]\.type: "token" is not one of the allowed values/],
    ],
  },
  "ds.runtime_binding_core_v1": {
    valid: [{ runtime_id: "runtime.local_process.worker_v1", runtime_kind: "local_process", binding_targets: [{ target_kind: "skill", target_id: "x" }] }],
    invalid: [
      [{ runtime_id: "r", runtime_kind: "vm" }, /runtime_kind: "vm" is not one of the allowed values/],
      [{ runtime_id: "r", runtime_kind: "edge", binding_targets: [{ target_kind: "skill" }] }, /binding_targets\[0\]: missing required property "target_id"/],
    ],
  },
  "ds.instruction_profile_core_v1": {
    valid: [{ ...profile, rules: [{ rule_id: "r1", effect: "deny", target: { kind: "code_exec" } }] }],
    invalid: [
      [{ ...profile, status: "live" }, /status: "live" is not one of the allowed values/],
      [{ ...profile, applies_to: { envelopes: [] } }, /applies_to: property "envelopes" is not allowed here/],
    ],
  },
  "ds.mova4_core_catalog_v1": {
    valid: [{ version: "6.0.0-core", verbs: [{ id: "publish" }] }],
    invalid: [
      [{ version: "1", owners: [] }, /property "owners" is not allowed here/],
      [{ version: "1", verbs: [{ id: "publish", label: "x" }] }, /verbs\[0\]: property "label" is not allowed here/],
    ],
  },
  "ds.mova_episode_core_v1": {
    valid: [episode],
    invalid: [
      [withoutInputs(episode), /needs at least one of "input_envelopes", "input_data_refs"/],
      [{ ...episode, recorded_at: "yesterday" }, /recorded_at: "yesterday" is not a valid date-time/],
      // The core's closed allOf branch rejects even the core's own schema_id: a faithful flaw, explained.
      [{ ...episode, schema_id: "ds.mova_episode_core_v1" }, /property "schema_id" is not allowed here/],
    ],
  },
  "ds.ui_text_bundle_core_v1": {
    valid: [{ bundle_id: "b1", role: "hint", human_text: { channel: "human_ui", text: "Enter the invoice number." } }],
    invalid: [[{ bundle_id: "b1", role: "hint", human_text: { channel: "model_instruction", text: "x" } }, /human_text\.channel: must be "human_ui"/]],
  },
  "env.instruction_profile_publish_v1": {
    valid: [{ envelope_id: "env.instruction_profile_publish_v1", verb: "publish", roles: { publisher: "a", executor: "b" }, profile }],
    invalid: [[{ envelope_id: "env.instruction_profile_publish_v1", verb: "record", roles: { publisher: "a", executor: "b" }, profile }, /verb: must be "publish"/]],
  },
  "env.mova4_core_catalog_publish_v1": {
    valid: [{ envelope_id: "env.mova4_core_catalog_publish_v1", verb: "publish", roles: { publisher: "a", registry: "b" }, catalog: { version: "1" } }],
    invalid: [[{ envelope_id: "env.mova4_core_catalog_publish_v1", verb: "publish", roles: { publisher: "a" }, catalog: { version: "1" } }, /roles: missing required property "registry"/]],
  },
  "ds.mova_agent_contract_core_v1": {
    valid: [agent],
    invalid: [[{ ...agent, status: "retired" }, /status: "retired" is not one of the allowed values/]],
  },
  "ds.mova_agent_execution_result_core_v1": {
    valid: [agentResult],
    invalid: [[{ ...agentResult, finished_at: "soon" }, /finished_at: "soon" is not a valid date-time/]],
  },
  "env.mova_agent_profile_publish_v1": {
    valid: [{ envelope_id: "env.mova_agent_profile_publish_v1", verb: "publish", roles: { publisher: "a", registry: "b" }, agent_profile: agent }],
    invalid: [[{ envelope_id: "env.mova_agent_profile_publish_v1", verb: "publish", roles: { publisher: "a", registry: "b" } }, /missing required property "agent_profile"/]],
  },
  "env.mova_agent_result_publish_v1": {
    valid: [{ envelope_id: "env.mova_agent_result_publish_v1", verb: "publish", roles: { executor: "a", receiver: "b" }, result: agentResult }],
    invalid: [[{ envelope_id: "env.mova_agent_result_publish_v1", verb: "publish", roles: { executor: "a", receiver: "b" }, result: { ...agentResult, status: "ok" } }, /result\.status: "ok" is not one of/]],
  },
  "env.mova_agent_task_execute_v1": {
    valid: [
      {
        envelope_id: "env.mova_agent_task_execute_v1",
        verb: "execute",
        roles: { requester: "a", executor: "b" },
        task: { task_id: "t1", intent_text: "Prove it.", success_definition: "A checked proof." },
        agent_profile_ref: "agent.math-proof.v1",
        policy_profile_ref: "mova_security_default_v1",
      },
    ],
    invalid: [[{ envelope_id: "env.mova_agent_task_execute_v1", verb: "execute", roles: { requester: "a", executor: "b" }, task: { task_id: "t1" }, agent_profile_ref: "x", policy_profile_ref: "y" }, /task: missing required property "intent_text"/]],
  },
};

// These two accept no document at all, in every release: the security episode's closed allOf
// branch requires fields the episode core's own closed branch rejects, and the store envelope
// embeds it. Our copies must keep that verdict; the closest candidate shows it.
const securityEvent = {
  ...episode,
  episode_type: "security_event/prompt_injection_suspected",
  security_event_type: "prompt_injection_suspected",
  security_event_category: "instruction_misuse",
  severity: "high",
  security_model_version: "1.0.0",
};
const ACCEPTS_NOTHING: Record<string, unknown> = {
  "ds.security_event_episode_core_v1": securityEvent,
  "env.security_event_store_v1": { envelope_id: "env.security_event_store_v1", verb: "record", roles: { producer: "a", security_store: "b" }, event: securityEvent },
};

describe.each(RELEASES)("red-core schemas of MOVA %s", (release: Release) => {
  const ours = new SchemaSet(release);
  const official = officialAjv(release);
  const ids = specFiles(release, "schemas").map((f) => basename(f).replace(/\.schema\.json$/, ""));

  it("every schema of the release has cases", () => {
    expect(ids.filter((id) => !CORE[id] && !(id in ACCEPTS_NOTHING))).toEqual([]);
  });

  for (const id of ids) {
    const c = CORE[id];
    if (!c) continue;
    it.each(c.valid.map((d, i) => [i, d] as const))(`${id} accepts valid #%s`, (_i, doc) => {
      expect(officialVerdict(official, id, doc)).toBe(true);
      expect(ours.validate(id, doc)).toBeUndefined();
    });
    it.each(c.invalid.map(([d, m], i) => [i, d, m] as const))(`${id} rejects invalid #%s with a clear message`, (_i, doc, message) => {
      expect(officialVerdict(official, id, doc)).toBe(false);
      const problems = ours.validate(id, doc) ?? [];
      expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(message));
    });
  }

  it.each(Object.entries(ACCEPTS_NOTHING))("%s rejects even its closest valid-looking document, as the official one does", (id, doc) => {
    expect(officialVerdict(official, id, doc)).toBe(false);
    expect(ours.validate(id, doc)).toBeDefined();
  });
});

const flow = {
  version: "1.0.0",
  entry: "extract",
  steps: {
    extract: { execution_mode: "AI_ATOMIC", model: "gpt-4o-mini", connector_id: "connector.openai.chat_v1", next: "check" },
    check: { execution_mode: "DETERMINISTIC", rule: { "<=": [{ var: "amount" }, 1000] }, next: { pass: { step: "gate" }, fail: { terminal: "rejected" } } },
    gate: {
      execution_mode: "HUMAN_GATE",
      question: "Approve?",
      decision_options: [
        { id: "approve", label: "Approve" },
        { id: "reject", label: "Reject" },
      ],
      deadline: "P3D",
      next: { approve: { terminal: "approved" }, reject: { terminal: "rejected" } },
    },
  },
};

const TOOL: Record<string, Case> = {
  "registry.config_v1": {
    valid: [{}, { release: "5.0.0", folders: { runtimes: ["infra/runtimes", "runtimes"], contracts: "contracts" }, exclude: ["**/fixtures/**"], policy: {} }],
    invalid: [
      [{ release: "7.0.0" }, /release: "7.0.0" is not one of the allowed values/],
      [{ folders: { runtimes: "../elsewhere" } }, /folders\.runtimes: "..\/elsewhere" does not have the expected form/],
      [{ folder: {} }, /property "folder" is not allowed here/],
    ],
  },
  "package.contract_package_manifest_v1": {
    valid: [{ package_id: "contract.finance.invoice_approval_v1", version: "1.0.0", flow_ref: "flow.json" }],
    invalid: [
      [{ package_id: "contract.x_v1", version: "1.0.0" }, /missing required property "flow_ref"/],
      [{ package_id: "contract.x_v1", version: "1.0.0", flow_ref: "../other/flow.json" }, /flow_ref: "..\/other\/flow.json" does not have the expected form/],
      [{ package_id: "contract.x_v1", version: "1.0.0", flow_ref: "flow.json", __admin_override: true }, /property "__admin_override" is not allowed here/],
    ],
  },
  "package.flow_v1": {
    valid: [
      flow,
      { entry: "a", steps: [{ id: "a", execution_mode: "CONTRACT_CALL", contract_id: "contract.x.y_v1", next: "b" }, { id: "b" }] },
      { entry: "screen", steps: { a: {}, b: {}, c: {} }, parallel_steps: [{ id: "screen", steps: ["a", "b"], next: "c" }] },
    ],
    invalid: [
      [{ steps: { a: { execution_mode: "AI" } } }, /steps\.a\.execution_mode: "AI" is not one of the allowed values/],
      [{ steps: { a: { next: { step: 5 } } } }, /steps\.a\.next\.step: expected a string, found an integer/],
      [{ steps: { a: { next: { ok: { terminal: "Done" } } } } }, /steps\.a\.next\.ok\.terminal: "Done" does not have the expected form/],
      [{ steps: { a: { decision_options: [{ id: "approve" }] } } }, /steps\.a\.decision_options\[0\]: missing required property "label"/],
      [{ steps: { a: {} }, parallel_steps: [{ id: "p", steps: ["a"] }] }, /parallel_steps\[0\]\.steps: must have at least 2 items/],
      [{ steps: [{ execution_mode: "HUMAN_GATE" }] }, /steps\[0\]: missing required property "id"/],
      [{ steps: { a: { deadline: "three days" } } }, /steps\.a\.deadline: "three days" is not a valid duration/],
    ],
  },
  "registry.accepted_changes_v1": {
    valid: [{ accepted: [] }, { accepted: [{ id: "ds.finance_invoice_v1", fingerprint: "sha256:3f9a0c1d2b4e5f67", reason: "No consumer reads currency yet.", accepted_by: "alice" }] }],
    invalid: [
      [{ accepted: [{ id: "ds.x_v1", fingerprint: "3f9a0c1d2b4e5f67", reason: "r" }] }, /accepted\[0\]\.fingerprint: "3f9a0c1d2b4e5f67" does not have the expected form/],
      [{ accepted: [{ id: "ds.x_v1", fingerprint: "sha256:3f9a0c1d2b4e5f67" }] }, /accepted\[0\]: missing required property "reason"/],
    ],
  },
  "registry.index_v1": {
    valid: [
      { schema_id: "registry.index_v1", release: "6.0.0", digest: `sha256:${"a".repeat(64)}`, entries: [] },
      {
        schema_id: "registry.index_v1",
        release: "5.0.0",
        digest: `sha256:${"b".repeat(64)}`,
        source: { commit: "c".repeat(40), committed_at: "2026-11-23T10:00:00Z" },
        entries: [{ id: "connector.acme.crm_v1", kind: "connector", path: "connectors/connector.acme.crm_v1.json", sha256: "d".repeat(64), references: [{ kind: "schema", target: "ds.x_v1", field: "output_schema" }] }],
      },
    ],
    invalid: [
      [{ schema_id: "registry.index_v1", release: "6.0.0", digest: "sha256:short", entries: [] }, /digest: "sha256:short" does not have the expected form/],
      [{ schema_id: "registry.index_v1", release: "6.0.0", digest: `sha256:${"a".repeat(64)}`, entries: [{ id: "x", kind: "widget", path: "p", sha256: "d".repeat(64), references: [] }] }, /entries\[0\]\.kind: "widget" is not one of the allowed values/],
    ],
  },
  "registry.run_request_v1": {
    valid: [{ contract_id: "contract.finance.invoice_approval_v1", inputs: {}, reason: "Invoice INV-1" }],
    invalid: [
      [{ contract_id: "contract.finance.invoice_approval_v1", inputs: {} }, /missing required property "reason"/],
      [{ contract_id: "c", inputs: [], reason: "r" }, /inputs: expected an object, found an array/],
    ],
  },
  "registry.run_state_v1": {
    valid: [
      {
        schema_id: "registry.run_state_v1",
        run_id: "r-001",
        contract_id: "contract.x.y_v1",
        release: "6.0.0",
        initiator: "alice",
        status: "waiting",
        seq: 1,
        started_at: "2026-11-23T09:00:00Z",
        updated_at: "2026-11-23T09:00:00Z",
        frames: [{ id: "root", contract_id: "contract.x.y_v1", depth: 0, inputs: {}, status: "waiting", queue: ["g"], groups: {}, steps: { g: { status: "waiting" } }, gates: { g: { options: ["a", "b"], approve_option: "a", reject_option: "b", required: 1, opened_at: "2026-11-23T09:00:00Z", on_no_response: "block" } } }],
      },
    ],
    invalid: [[{ schema_id: "registry.run_state_v1", run_id: "R!", contract_id: "c", release: "6.0.0", initiator: "a", status: "done", seq: 0, started_at: "x", updated_at: "x", frames: [] }, /status: "done" is not one of the allowed values/]],
  },
  "registry.global_catalog_v1": {
    valid: [{ version: "1.0.0", anything: [] }],
    invalid: [[{ entries: [] }, /missing required property "version"/]],
  },
  "global.verbs_catalog_v1": {
    valid: [{ version: "1.0.0", verbs: [{ id: "publish", description: "Publish a catalog." }] }],
    invalid: [
      [{ version: "1.0.0", verbs: [] }, /verbs: must not be empty/],
      [{ version: "1.0.0", verbs: [{ id: "Publish" }] }, /verbs\[0\]\.id: "Publish" does not have the expected form/],
    ],
  },
};

// The official global catalogs must validate against our schemas for them.
for (const name of ["global.layers_and_namespaces_v1", "global.security_catalog_v1", "global.episode_type_catalog_v1", "global.text_channel_catalog_v1"]) {
  const official = readJsonFile(`${specDir("6.0.0")}/${name}.json`) as Record<string, unknown>;
  const { version: _v, ...withoutVersion } = official;
  TOOL[name] = { valid: RELEASES.map((r) => readJsonFile(`${specDir(r)}/${name}.json`)), invalid: [[withoutVersion, /missing required property "version"/], [{ ...official, extra: 1 }, /property "extra" is not allowed here/]] };
}

describe("this tool's own schemas", () => {
  const ours = new SchemaSet("6.0.0");
  for (const [id, c] of Object.entries(TOOL)) {
    it.each(c.valid.map((d, i) => [i, d] as const))(`${id} accepts valid #%s`, (_i, doc) => {
      expect(ours.validate(id, doc)).toBeUndefined();
    });
    it.each(c.invalid.map(([d, m], i) => [i, d, m] as const))(`${id} rejects invalid #%s with a clear message`, (_i, doc, message) => {
      expect((ours.validate(id, doc) ?? []).map((p) => p.message)).toContainEqual(expect.stringMatching(message));
    });
  }

  it("covers every schema in schemas/registry", () => {
    const tool = ours.entries().filter((e) => e.origin === "tool").map((e) => e.id);
    expect(tool.filter((id) => !TOOL[id]).sort()).toEqual([]);
  });
});

describe("the built-in schemas", () => {
  // The schema set registers them without checking them again on every run: this is where they are checked.
  it.each(RELEASES)("of MOVA %s and this tool are valid JSON Schema 2020-12", (release: Release) => {
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
    for (const schema of [...movaSchemas(release), ...toolSchemas()]) expect(ajv.validateSchema(schema), `${String(schema.$id)}: ${ajv.errorsText(ajv.errors)}`).toBe(true);
  });
});

describe("the meta-schema validator compiled ahead of time", () => {
  it("is what the installed ajv makes of the 2020-12 meta-schema (node scripts/meta-validator.ts writes it)", () => {
    expect(readFileSync(META_VALIDATOR_FILE, "utf8")).toBe(metaValidatorSource());
  });

  it("gives ajv's own validateSchema verdict on the specification's schemas and on broken ones", () => {
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true, logger: false });
    addFormats(ajv);
    const schemas: unknown[] = RELEASES.flatMap((r) => specFiles(r, "schemas").map((f) => readJsonFile(f)));
    const broken: unknown[] = [
      { type: 5 },
      { type: "strings" },
      { properties: [] },
      { required: "x" },
      { $id: 5 },
      { items: "x" },
      { minLength: -1 },
      { enum: "a" },
      { allOf: {} },
      { $defs: { a: 3 } },
      { properties: { a: { type: ["string", 4] } } },
      { $anchor: "1bad" },
      { additionalProperties: "no" },
    ];
    expect(schemas.length).toBeGreaterThan(30);
    for (const schema of [...schemas, ...broken, { type: "object" }, true, false, {}]) expect(validateMetaSchema(schema), JSON.stringify(schema).slice(0, 120)).toBe(ajv.validateSchema(schema as object));
    expect(broken.every((b) => !validateMetaSchema(b))).toBe(true);
  });
});


describe("the shipped schemas' validators compiled ahead of time", () => {
  it.each(RELEASES)("for MOVA %s are what the installed ajv makes of schemas/ (node scripts/builtin-validators.ts writes them)", (release: Release) => {
    expect(readFileSync(builtinValidatorsFile(release), "utf8")).toBe(builtinValidatorsSource(release));
  });

  // Every document at hand against every shipped schema: the specification's examples, the embedded registry and the cases above.
  const corpus: unknown[] = [
    ...RELEASES.flatMap((r) => specFiles(r, "examples").map((f) => readJsonFile(f))),
    ...fg.sync("registry/**/*.json", { cwd: PROJECT_ROOT, absolute: true }).map((f) => readJsonFile(f)),
    ...Object.values({ ...CORE, ...TOOL }).flatMap((c) => [...c.valid, ...c.invalid.map(([doc]) => doc)]),
    {},
    null,
    "text",
  ];

  it.each(RELEASES)("give the verdicts of validators ajv compiles at run time, for MOVA %s", async (release: Release) => {
    await loadPrecompiled(release);
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true, logger: false });
    addFormats(ajv);
    const schemas = [...movaSchemas(release), ...toolSchemas()];
    for (const s of schemas) ajv.addSchema(s, undefined, undefined, false);
    const verdicts = { true: 0, false: 0 };
    for (const s of schemas) {
      const id = basename(String(s.$id), ".schema.json");
      const ahead = precompiled(release, id);
      expect(ahead, id).toBeTypeOf("function");
      const runtime = ajv.getSchema(String(s.$id))!;
      for (const doc of corpus) {
        const verdict = ahead!(doc);
        expect(verdict, `${id} on ${JSON.stringify(doc).slice(0, 100)}`).toBe(runtime(doc));
        verdicts[String(verdict) as "true" | "false"]++;
      }
    }
    expect(corpus.length).toBeGreaterThan(100);
    expect(verdicts.true).toBeGreaterThan(50);
    expect(verdicts.false).toBeGreaterThan(1000);
  });
});
