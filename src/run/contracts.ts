import { flowModelOf, type FlowModel } from "../flow/flow-model.ts";
import type { ContractPackage, Registry } from "../registry/document.ts";
import { str } from "../util/values.ts";

type Obj = Record<string, unknown>;

/** What running a contract needs from its package. */
export interface Contract {
  id: string;
  pkg: ContractPackage;
  manifest: Obj;
  flow: FlowModel;
  envelopeType?: string;
  inputType?: string;
  outputType?: string;
  verb?: string;
  episodeType?: string;
  system: boolean;
}

export function contractOf(registry: Registry, id: string): Contract | undefined {
  const pkg = registry.packages.find((p) => p.id === id);
  if (!pkg || !pkg.flow?.json?.ok) return undefined;
  const manifest = (pkg.manifest.json?.value ?? {}) as Obj;
  const envelope = (pkg.envelope?.json?.ok ? pkg.envelope.json.value : {}) as Obj;
  const policy = registry.config.policy;
  const system = manifest.system === true || (Array.isArray(policy.system_contracts) && (policy.system_contracts as unknown[]).includes(id));
  const c: Contract = { id, pkg, manifest, flow: flowModelOf(pkg.flow.json.value), system };
  const set = <K extends keyof Contract>(k: K, v: Contract[K] | undefined) => {
    if (v !== undefined) c[k] = v;
  };
  set("envelopeType", str(envelope.envelope_id));
  set("inputType", str(manifest.input_schema));
  set("outputType", str(manifest.output_schema));
  set("verb", str(manifest.verb) ?? str(envelope.verb));
  set("episodeType", str(manifest.episode_type));
  return c;
}

/** A document of the registry by kind and id, as a plain object. */
export function documentById(registry: Registry, kind: "connector" | "runtime_binding", id: string): Obj | undefined {
  const doc = registry.documents.find((d) => d.kind === kind && d.id === id && d.json?.ok);
  return doc?.json?.value as Obj | undefined;
}

/** The name part of a contract id: contract.finance.invoice_approval_v1 is invoice_approval. */
export function contractName(id: string): string {
  return (id.split(".").at(-1) ?? id).replace(/_v\d+$/, "");
}
