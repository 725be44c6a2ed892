import { flowModelOf } from "../flow/flow-model.ts";
import type { ContractPackage, RegistryDocument } from "../registry/document.ts";
import { canonicalJson, sha256 } from "../util/canonical.ts";
import { byId, str } from "../util/values.ts";

type Obj = Record<string, unknown>;

/** What the catalog takes from one document. */
export interface DocumentFacts {
  ok: boolean;
  /** sha256 of its canonical JSON, or of its text when it is not JSON. */
  sha256: string;
  owner?: string;
  envelopeId?: string;
  verb?: string;
}

/** What the catalog takes from a contract package: its documents', its flow's shape, and a digest of all three. */
export interface PackageFacts {
  /** sha256 of the canonical JSON of [manifest, flow, envelope] (null for one that is missing or not JSON). */
  sha256: string;
  manifest: DocumentFacts;
  /** The manifest's input_schema and output_schema. */
  inputSchema?: string;
  outputSchema?: string;
  flow?: DocumentFacts & { model?: { entry?: string; steps: Array<{ id: string; mode: string }> } };
  envelope?: DocumentFacts;
}

/** A document read once: its facts, and its canonical JSON while the caller needs it. */
function readOnce(doc: RegistryDocument): { facts: DocumentFacts; canonical: string | undefined; value: unknown } {
  const json = doc.json;
  const value = json?.ok ? json.value : undefined;
  const canonical = json?.ok ? canonicalJson(value) : undefined;
  const v = value as Obj | undefined;
  const owner = str(v?.owner) ?? str((v?.meta as Obj | undefined)?.owner);
  const envelopeId = str(v?.envelope_id);
  const verb = str(v?.verb);
  const facts: DocumentFacts = { ok: json?.ok === true, sha256: sha256(canonical ?? json?.text ?? ""), ...(owner ? { owner } : {}), ...(envelopeId ? { envelopeId } : {}), ...(verb ? { verb } : {}) };
  return { facts, canonical, value };
}

/**
 * Documents as the catalog reads them, each once. Most documents' content
 * is read from disk again whenever it is asked for; one catalog asks several
 * times for a package's envelope, and a pull request's catalog diff builds
 * two catalogs that share every document the change left as it was (the
 * same objects on both sides), so one CatalogReads serves both.
 */
export class CatalogReads {
  readonly #documents = new WeakMap<RegistryDocument, DocumentFacts>();
  readonly #packages = new WeakMap<RegistryDocument, { flow: RegistryDocument | undefined; envelope: RegistryDocument | undefined; facts: PackageFacts }>();

  document(doc: RegistryDocument): DocumentFacts {
    let facts = this.#documents.get(doc);
    if (!facts) this.#documents.set(doc, (facts = readOnce(doc).facts));
    return facts;
  }

  package(pkg: ContractPackage): PackageFacts {
    const known = this.#packages.get(pkg.manifest);
    if (known && known.flow === pkg.flow && known.envelope === pkg.envelope) return known.facts;
    const [manifest, flow, envelope] = [pkg.manifest, pkg.flow, pkg.envelope].map((d) => (d ? readOnce(d) : undefined));
    // canonicalJson of the array, from its items' own.
    const digest = sha256(`[${[manifest, flow, envelope].map((r) => r?.canonical ?? "null").join(",")}]`);
    const model = flow?.value ? flowModelOf(flow.value) : undefined;
    const m = manifest!.value as Obj | undefined;
    const inputSchema = str(m?.input_schema);
    const outputSchema = str(m?.output_schema);
    const facts: PackageFacts = {
      sha256: digest,
      manifest: manifest!.facts,
      ...(inputSchema ? { inputSchema } : {}),
      ...(outputSchema ? { outputSchema } : {}),
      ...(flow ? { flow: { ...flow.facts, ...(model ? { model: { ...(model.entry ? { entry: model.entry.id } : {}), steps: model.steps.map((s) => ({ id: s.id, mode: s.mode })).sort(byId) } } : {}) } } : {}),
      ...(envelope ? { envelope: envelope.facts } : {}),
    };
    for (const [doc, read] of [[pkg.manifest, manifest], [pkg.flow, flow], [pkg.envelope, envelope]] as const) if (doc && read) this.#documents.set(doc, read.facts);
    this.#packages.set(pkg.manifest, { flow: pkg.flow, envelope: pkg.envelope, facts });
    return facts;
  }
}
