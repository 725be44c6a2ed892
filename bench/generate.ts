import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A realistic registry of about `size` documents: runtimes, connectors,
 * instruction profiles, envelopes, episodes and contract packages whose flows
 * reference them (and call earlier contracts), with a few percent of
 * documents broken in known ways. Deterministic: the same size gives the
 * same files.
 */
export interface Generated {
  root: string;
  documents: number;
  /** Path to the rule its planted problem must raise. */
  planted: Record<string, string>;
}

const DOMAINS = ["billing", "claims", "payroll", "vendor", "treasury"];
const BLOCK = 10;

function write(root: string, path: string, value: unknown): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), typeof value === "string" ? value : JSON.stringify(value, null, 2) + "\n");
}

const S = "https://json-schema.org/draft/2020-12/schema";
const base = (id: string) => `https://schemas.bench.example/mova/${id}.schema.json`;

/** `planted: false` leaves out the broken documents: a registry clean enough to publish a catalog of. */
export function generateRegistry(root: string, size: number, options: { planted?: boolean } = {}): Generated {
  const plant = options.planted ?? true;
  const planted: Record<string, string> = {};
  let documents = 0;
  const put = (path: string, value: unknown) => {
    write(root, path, value);
    documents++;
  };
  put("mova.registry.json", { release: "6.0.0", policy: { roles: { bench_approver: { users: ["approver-1", "approver-2"] } } } });
  put("globals/global.verbs_catalog_v1.json", { version: "1.0.0", verbs: ["route", "analyze", "record", "update", "publish"].map((id) => ({ id, description: `The ${id} verb.` })) });
  put("globals/global.layers_and_namespaces_v1.json", {
    version: "1.0.0",
    layers: [
      { id: "red_core", allowed_kinds: ["ds", "env", "global"], namespace_prefixes: ["mova", "mova4", "security", "runtime_core", "connector_core"] },
      { id: "skills", allowed_kinds: ["ds", "env"], namespace_prefixes: ["bench"] },
      { id: "infra", allowed_kinds: ["ds"], namespace_prefixes: ["runtime", "connector"] },
    ],
  });
  put("schemas/ds.runtime_bench_v1.schema.json", { $schema: S, $id: base("ds.runtime_bench_v1"), title: "ds.runtime_bench_v1", description: "A benchmark runtime.", allOf: [{ $ref: "https://mova.dev/schemas/ds.runtime_binding_core_v1.schema.json" }, { type: "object", properties: { region: { type: "string", enum: ["eu-west-1", "us-east-1"], description: "Where it runs." }, memory_mb: { type: "integer", minimum: 128, maximum: 10240 } } }] });
  put("schemas/ds.connector_bench_v1.schema.json", { $schema: S, $id: base("ds.connector_bench_v1"), title: "ds.connector_bench_v1", description: "A benchmark connector.", allOf: [{ $ref: "https://mova.dev/schemas/ds.connector_core_v1.schema.json" }, { type: "object", properties: { base_url: { type: "string", format: "uri" }, api_key_secret: { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" } }, required: ["base_url"] }] });
  for (const d of DOMAINS) {
    put(`schemas/ds.bench_${d}_record_v1.schema.json`, { $schema: S, $id: base(`ds.bench_${d}_record_v1`), title: `ds.bench_${d}_record_v1`, description: `A ${d} record.`, type: "object", properties: { id: { type: "string", pattern: "^[A-Z]{2}-[0-9]{6}$" }, amount: { type: "number", minimum: 0 }, currency: { type: "string", pattern: "^[A-Z]{3}$" }, note: { type: "string" } }, required: ["id", "amount"] });
    put(`schemas/env.bench_${d}_route_v1.schema.json`, { $schema: S, $id: base(`env.bench_${d}_route_v1`), title: `env.bench_${d}_route_v1`, description: `Routes a ${d} record.`, type: "object", properties: { envelope_id: { const: `env.bench_${d}_route_v1` }, verb: { const: "route" }, roles: { type: "object" }, payload: { type: "object" }, policy_profile_id: { type: "string" }, meta: { type: "object" } }, required: ["envelope_id", "verb", "payload", "policy_profile_id"], additionalProperties: false });
  }

  const blocks = Math.max(1, Math.round((size - documents) / BLOCK));
  for (let i = 0; i < blocks; i++) {
    const d = DOMAINS[i % DOMAINS.length]!;
    const rt = (k: number) => `runtime.bench.worker_${k}_v1`;
    const cn = (k: number) => `connector.bench.api_${k}_v1`;
    for (const k of [2 * i, 2 * i + 1]) {
      const path = `runtimes/${rt(k)}.json`;
      const bad = plant && k % 97 === 13;
      if (bad) planted[path] = "schema/violation";
      put(path, { schema_id: "ds.runtime_bench_v1", runtime_id: rt(k), runtime_kind: bad ? "vm" : ["container", "serverless", "local_process"][k % 3], language: "nodejs", runtime_version: "nodejs_24", env_profile_id: "prod", region: "eu-west-1", memory_mb: 512, binding_targets: [{ target_kind: "scenario", target_id: `contract.bench.flow_${i}_v1` }], capabilities: { network: "internet_limited", storage: "object_store", secrets: "managed_store" }, meta: { title: `Worker ${k}`, description: `Runs the ${d} contracts of block ${i} in the EU region.`, tags: ["bench", d] } });
    }
    for (const k of [2 * i, 2 * i + 1]) {
      const path = `connectors/${cn(k)}.json`;
      const missing = plant && k % 89 === 7;
      const secret = plant && k % 71 === 5;
      if (missing) planted[path] = "schema/violation";
      else if (secret) planted[path] = "secret/credential";
      put(path, {
        schema_id: "ds.connector_bench_v1",
        connector_id: cn(k),
        provider: "bench",
        resource: `api_${k}`,
        ...(missing ? {} : { protocol: "https" }),
        base_url: `https://api-${k}.bench.example/v2`,
        api_key_secret: `BENCH_API_${k}_KEY`,
        auth_methods: [{ type: "api_key", description: "A bearer key from the secret store.", secret_name: `BENCH_API_${k}_KEY` }],
        rate_limits: { global_limit_hint: "600 requests per minute", requests_per_minute: 600, retry: { max_attempts: 3, initial_backoff_ms: 500, max_backoff_ms: 8000 } },
        pagination: { style: "cursor" },
        meta: { title: `API ${k}`, description: `The ${d} API number ${k}, reached over HTTPS with cursor pagination.` },
        ...(secret ? { ext: { note: "sk-proj-aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5" } } : {}),
      });
    }
    const profile = `bench_policy_${i}_v1`;
    const profilePath = `profiles/${profile}.json`;
    if (plant && i % 101 === 17) {
      planted[profilePath] = "json/syntax";
      put(profilePath, `{\n  "schema_id": "ds.instruction_profile_core_v1",\n  "profile_id": "${profile}",\n  "security_model_version": "1.0.0",\n  "status": "active",\n}\n`);
    } else
      put(profilePath, { schema_id: "ds.instruction_profile_core_v1", profile_id: profile, profile_version: "1.0.0", label: `Policy ${i}`, security_model_version: "1.0.0", status: "active", applies_to: { executor_kinds: ["ai_model", "human"], envelope_ids: [`env.bench_${d}_route_v1`], data_types: [`ds.bench_${d}_record_v1`] }, rules: [{ rule_id: "no_payment_without_approval", description: "No payment is released without a recorded human approval.", effect: "deny", target: { kind: "action", selector: "payment" }, severity: "high", on_violation: ["block_request", "alert_owner"] }] });
    const envelope = (extraMeta: object = {}) => ({ envelope_id: `env.bench_${d}_route_v1`, verb: "route", roles: { initiator: "bench", accountable: "ops" }, payload: { object_ref: { data_type: `ds.bench_${d}_record_v1`, description: `A ${d} record to route.` } }, policy_profile_id: plant && i % 101 === 17 ? `bench_policy_${i + 1}_v1` : profile, meta: { reason: "benchmark", ...extraMeta } });
    put(`envelopes/bench_envelope_${i}.json`, envelope());
    const pkg = `contracts/flow_${i}`;
    const contract = `contract.bench.flow_${i}_v1`;
    put(`${pkg}/manifest.json`, { schema_id: "package.contract_package_manifest_v1", package_id: contract, version: "1.0.0", title: `Flow ${i}`, owner: "@bench/ops", flow_ref: "flow.json", envelope_ref: "envelope.json", instruction_profile_id: profile, input_schema: `ds.bench_${d}_record_v1`, verb: "route", episode_type: `execution/flow_${i}` });
    const dangling = plant && i % 83 === 11;
    const unknownConnector = plant && i % 79 === 3;
    if (dangling) planted[`${pkg}/flow.json`] = "flow/dangling-next";
    else if (unknownConnector) planted[`${pkg}/flow.json`] = "refs/connector";
    put(`${pkg}/flow.json`, {
      version: "1.0.0",
      description: `Routes ${d} records for block ${i}.`,
      entry: "extract",
      steps: {
        extract: { execution_mode: "AI_ATOMIC", model: "gpt-4o-mini", connector_id: unknownConnector ? "connector.bench.nowhere_v1" : cn(2 * i), runtime_id: rt(2 * i), instructions: "Extract the record's fields.", input: { record: { var: "inputs" } }, output_schema: `ds.bench_${d}_record_v1`, next: "check" },
        check: { execution_mode: "DETERMINISTIC", runtime_id: rt(2 * i + 1), rule: { if: [{ "<=": [{ var: "steps.extract.output.amount" }, 10000] }, "pass", "fail"] }, next: { pass: dangling ? "aprove" : i > 0 && i % 3 === 0 ? "call" : "approve", fail: { terminal: "rejected" } } },
        ...(i > 0 && i % 3 === 0 ? { call: { execution_mode: "CONTRACT_CALL", contract_id: `contract.bench.flow_${i - 1}_v1`, inputs: { id: { var: "inputs.id" } }, next: "approve" } } : {}),
        approve: { execution_mode: "HUMAN_GATE", question: "Release it?", role: "bench_approver", decision_options: [{ id: "approve", label: "Release" }, { id: "reject", label: "Hold" }], deadline: "P2D", next: { approve: { terminal: "approved" }, reject: { terminal: "rejected" } } },
      },
    });
    put(`${pkg}/envelope.json`, envelope());
    put(`episodes/bench_episode_${i}.json`, { episode_id: `bench-${i}`, episode_type: `execution/flow_${i}`, mova_version: "6.0.0", recorded_at: "2026-11-20T10:00:00Z", input_envelopes: [{ envelope_type: `env.bench_${d}_route_v1`, envelope_id: `bench-${i}` }], executor: { role: "orchestrator", executor_id: "mova-registry", executor_kind: "service" }, result_status: "completed", result_summary: `Routed record ${i}.`, verb_id: "route", tool_id: 0 });
  }
  return { root, documents, planted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, size, clean] = process.argv.slice(2);
  const g = generateRegistry(dir!, Number(size), { planted: clean !== "--clean" });
  console.log(`${g.documents} documents in ${g.root}; ${Object.keys(g.planted).length} planted problems`);
}
