import { flowModelOf } from "../flow/flow-model.ts";
import type { JsonText } from "../json/parse.ts";
import type { Frame, RegistryDocument } from "../registry/document.ts";
import { canonicalJson, sha256 } from "../util/canonical.ts";
import { byId, str } from "../util/values.ts";

type Obj = Record<string, unknown>;

/** A flow's shape as the index publishes it: its entry and its steps with their modes, sorted by id. */
export interface FlowFacts {
  entry?: string;
  steps: Array<{ id: string; mode: string }>;
}

/**
 * What the catalog takes from one document. Small and plain, so a check can
 * keep it for every document (in its cache, across threads) and the catalog
 * need not read the document again.
 */
export interface DocumentFacts {
  ok: boolean;
  /** sha256 of its canonical JSON, or of its text when it is not JSON. */
  sha256: string;
  owner?: string;
  envelopeId?: string;
  verb?: string;
  /** A manifest's input_schema and output_schema. */
  inputSchema?: string;
  outputSchema?: string;
  /** For a document read as a package's flow: its shape, or null when it has none. Undefined when it was not read as one. */
  flow?: FlowFacts | null;
}

/** The facts of a document's content (undefined when it could not be read); `asFlow` for a package's flow. */
export function documentFacts(json: JsonText | undefined, asFlow: boolean): DocumentFacts {
  const value = json?.ok ? json.value : undefined;
  const canonical = json?.ok ? canonicalJson(value) : undefined;
  const v = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Obj) : undefined;
  const owner = str(v?.owner) ?? str((v?.meta as Obj | undefined)?.owner);
  const envelopeId = str(v?.envelope_id);
  const verb = str(v?.verb);
  const inputSchema = str(v?.input_schema);
  const outputSchema = str(v?.output_schema);
  const facts: DocumentFacts = {
    ok: json?.ok === true,
    sha256: sha256(canonical ?? json?.text ?? ""),
    ...(owner ? { owner } : {}),
    ...(envelopeId ? { envelopeId } : {}),
    ...(verb ? { verb } : {}),
    ...(inputSchema ? { inputSchema } : {}),
    ...(outputSchema ? { outputSchema } : {}),
  };
  if (asFlow) facts.flow = value ? flowFacts(value) : null;
  return facts;
}

function flowFacts(value: unknown): FlowFacts {
  const model = flowModelOf(value);
  return { ...(model.entry ? { entry: model.entry.id } : {}), steps: model.steps.map((s) => ({ id: s.id, mode: s.mode })).sort(byId) };
}

/** Keeps a document's catalog facts on it while its content is in memory, read as a flow where the frame's packages say it is one. */
export function keepCatalogFacts(doc: RegistryDocument, frame: Frame): void {
  doc.catalogFacts = documentFacts(doc.json, frame.flowOwners.has(doc.path));
}
