import type { FlowStep } from "../flow/flow-model.ts";
import { retryPolicyFromConnector, type ChatMessage } from "./ai-client.ts";
import { documentById, type Contract } from "./contracts.ts";
import { resolveMapping, type RunData } from "./data.ts";
import type { RunDeps } from "./engine.ts";
import { str } from "../util/values.ts";

type Obj = Record<string, unknown>;

export type AiStepResult =
  | { status: "done"; outcome: string; output: unknown; model: string; attempts: number; usage?: unknown; environment: Obj }
  | { status: "paused"; reason: string; attempts: number; environment: Obj }
  | { status: "failed"; reason: string; environment: Obj };

/** How many times a model may answer with something that fails the output schema before the step fails. */
const CONTENT_ATTEMPTS = 2;

/** The name of the secret holding a connector's API key: api_key_secret, else an api_key auth method's secret_name. */
export function apiKeySecret(connector: Obj): string | undefined {
  const methods = Array.isArray(connector.auth_methods) ? (connector.auth_methods as Obj[]) : [];
  return str(connector.api_key_secret) ?? methods.map((m) => str(m.secret_name)).find(Boolean);
}

/**
 * An AI_ATOMIC step: one chat-completions call through the step's connector,
 * whose answer must satisfy the step's output schema. A missing key or an
 * unreachable endpoint pauses the step; nothing else of the run is lost.
 */
export async function runAiStep(node: FlowStep, data: RunData, deps: RunDeps, contract: Contract): Promise<AiStepResult> {
  const s = node.raw;
  const connectorId = str(s.connector_id);
  const runtimeId = str(s.runtime_id);
  const model = str(s.model) ?? "";
  const environment: Obj = { ...(connectorId ? { connector_id: connectorId } : {}), ...(runtimeId ? { runtime_id: runtimeId } : {}), model };
  if (!connectorId) return { status: "failed", reason: `AI step ${node.id} names no connector_id`, environment };
  const connector = documentById(deps.registry, "connector", connectorId);
  if (!connector) return { status: "failed", reason: `connector ${connectorId} is not in the registry`, environment };
  const runtime = runtimeId ? documentById(deps.registry, "runtime_binding", runtimeId) : undefined;
  const baseUrl = deps.aiBaseUrl ?? str(connector.base_url) ?? str(runtime?.base_url);
  if (!baseUrl) return { status: "failed", reason: `connector ${connectorId} has no base_url`, environment };
  environment.endpoint = new URL(baseUrl).host;

  const secretName = apiKeySecret(connector);
  const apiKey = secretName ? deps.secret(secretName) : undefined;
  if (!apiKey)
    return {
      status: "paused",
      reason: secretName ? `no API key: the secret ${secretName} that connector ${connectorId} names is not set` : `connector ${connectorId} names no secret for its API key`,
      attempts: 0,
      environment,
    };

  const schemaRef = s.output_schema;
  const schema = typeof schemaRef === "string" ? deps.registry.schemas.get(schemaRef)?.schema : schemaRef && typeof schemaRef === "object" ? schemaRef : undefined;
  if (typeof schemaRef === "string" && !schema) return { status: "failed", reason: `output schema ${schemaRef} is not in the registry`, environment };
  if (schema && typeof schemaRef !== "string") {
    // An inline schema that cannot be compiled (invalid, or a pattern RE2 cannot run) fails the step before the model is asked.
    try {
      deps.registry.schemas.validateInline(schema, null);
    } catch (error) {
      return { status: "failed", reason: `the step's inline output schema cannot be used: ${(error as Error).message}`, environment };
    }
  }
  const input = resolveMapping(s.input ?? { inputs: data.inputs }, data);
  const instructions = str(s.instructions) ?? `Carry out step ${node.id} of contract ${contract.id}.`;
  const messages: ChatMessage[] = [
    { role: "system", content: schema ? `${instructions}\n\nAnswer with one JSON object that satisfies this JSON Schema:\n${JSON.stringify(schema)}` : instructions },
    { role: "user", content: JSON.stringify(input) },
  ];
  const retry = retryPolicyFromConnector(connector);
  let attempts = 0;
  let last = "";
  for (let round = 1; round <= CONTENT_ATTEMPTS; round++) {
    const answer = await deps.ai.chat(
      {
        baseUrl,
        ...(str(connector.chat_completions_path) ? { path: String(connector.chat_completions_path) } : {}),
        apiKey,
        model,
        messages,
        ...(typeof s.temperature === "number" ? { temperature: s.temperature } : {}),
        ...(typeof s.max_tokens === "number" ? { maxTokens: s.max_tokens } : {}),
        ...(schema ? { outputSchema: { name: (typeof schemaRef === "string" ? schemaRef : `${node.id}_output`).replace(/[^A-Za-z0-9_-]/g, "_"), schema: schema as object } } : {}),
      },
      retry,
    );
    attempts += answer.attempts;
    if (!answer.ok) {
      if (answer.kind === "bad_request" || answer.kind === "bad_response") return { status: "failed", reason: `the model endpoint refused the request: ${answer.message}`, environment };
      const why = { unreachable: "the model endpoint cannot be reached", unauthorized: "the model endpoint rejects the API key", rate_limited: "the model endpoint's rate limit held through every retry", server_error: "the model endpoint kept failing" }[answer.kind];
      return { status: "paused", reason: `${why} (${answer.message})`, attempts, environment };
    }
    if (answer.json === undefined || answer.json === null || typeof answer.json !== "object") {
      last = "the answer is not a JSON object";
      continue;
    }
    const problems = typeof schemaRef === "string" ? deps.registry.schemas.validate(schemaRef, answer.json) : schema ? (deps.registry.schemas.validateInline(schema, answer.json) ? undefined : [{ message: "the answer does not satisfy the inline output schema" }]) : undefined;
    if (problems && problems.length > 0) {
      last = `the answer does not satisfy ${typeof schemaRef === "string" ? schemaRef : "the output schema"}: ${problems[0]!.message}`;
      continue;
    }
    const outcome = str((answer.json as Obj).outcome) ?? "done";
    return { status: "done", outcome, output: answer.json, model: answer.model || model, attempts, ...(answer.usage ? { usage: answer.usage } : {}), environment };
  }
  return { status: "failed", reason: `${last} (after ${CONTENT_ATTEMPTS} answers)`, environment };
}
