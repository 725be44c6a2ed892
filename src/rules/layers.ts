import type { Frame, RegistryDocument } from "../registry/document.ts";
import { KIND_LABEL } from "../registry/kinds.ts";
import { ruleMeta, type DocumentRule } from "./rule.ts";

/** The red core's reserved prefixes in global.layers_and_namespaces_v1 of every MOVA release, used when a registry has no catalog of its own. */
export const RED_CORE_PREFIXES: readonly string[] = ["mova", "mova4", "security", "runtime_core", "connector_core"];

interface Layers {
  /** From the registry's own catalog, or the MOVA default. */
  source: RegistryDocument | undefined;
  reserved: string[];
  /** Prefixes of the other layers (skills, infra); empty without a catalog. */
  open: Array<{ layer: string; prefix: string }>;
}

const cache = new WeakMap<Frame, Layers>();

export function layersOf(frame: Frame): Layers {
  let layers = cache.get(frame);
  if (layers) return layers;
  const source = frame.globals.get("global.layers_and_namespaces_v1");
  layers = { source, reserved: [...RED_CORE_PREFIXES], open: [] };
  const list = (source?.json?.value as { layers?: unknown } | undefined)?.layers;
  if (Array.isArray(list)) {
    layers.reserved = [];
    for (const l of list as Array<{ id?: unknown; namespace_prefixes?: unknown }>) {
      const prefixes = Array.isArray(l?.namespace_prefixes) ? l.namespace_prefixes.filter((p): p is string => typeof p === "string") : [];
      if (l?.id === "red_core") layers.reserved.push(...prefixes);
      else for (const prefix of prefixes) layers.open.push({ layer: String(l?.id), prefix });
    }
  }
  cache.set(frame, layers);
  return layers;
}

/** `ds.finance_invoice_v1` is in namespace `finance` when `finance` is a declared prefix. */
function inNamespace(id: string, prefix: string): boolean {
  const name = id.slice(id.indexOf(".") + 1);
  return name === prefix || name.startsWith(prefix + "_");
}

function isRegistrySchema(doc: RegistryDocument): boolean {
  return (doc.kind === "data_schema" || doc.kind === "envelope_schema") && doc.id !== undefined;
}

export const layerReservedPrefix: DocumentRule = {
  meta: ruleMeta("layer/reserved-prefix", "error", "A registry's own ds.*/env.* schema uses a namespace the red core reserves (mova, mova4, security, runtime_core, connector_core)."),
  checkDocument(doc, { frame, sink }) {
    if (!isRegistrySchema(doc)) return;
    const { reserved } = layersOf(frame);
    const prefix = reserved.find((p) => inNamespace(doc.id!, p));
    if (prefix)
      sink.report(this.meta, {
        file: doc.path,
        json: doc.json,
        pointer: "/$id",
        message: `"${doc.id}" uses the namespace "${prefix}", which the red core reserves`,
        hint: "skills use their own domain (ds.<domain>_...), infra uses ds.runtime_<vendor>_... or ds.connector_<vendor>_...",
      });
  },
};

export const layerUnknownNamespace: DocumentRule = {
  meta: ruleMeta("layer/unknown-namespace", "warning", "A registry's own ds.*/env.* schema belongs to no layer of the registry's global.layers_and_namespaces_v1."),
  checkDocument(doc, { frame, sink }) {
    if (!isRegistrySchema(doc)) return;
    const layers = layersOf(frame);
    if (!layers.source) return;
    if ([...layers.reserved, ...layers.open.map((o) => o.prefix)].some((p) => inNamespace(doc.id!, p))) return;
    const domain = doc.id!.slice(doc.id!.indexOf(".") + 1).split("_")[0];
    sink.report(this.meta, {
      file: doc.path,
      json: doc.json,
      pointer: "/$id",
      message: `"${doc.id}" belongs to no layer: no layer of ${layers.source.path} declares the namespace "${domain}"`,
      hint: `add "${domain}" to the namespace_prefixes of the skills or infra layer, or rename the schema into a declared namespace`,
    });
  },
};

const CORE_OF: Array<{ prefix: string; core: string; kind: "runtime_binding" | "connector" }> = [
  { prefix: "ds.runtime_", core: "ds.runtime_binding_core_v1", kind: "runtime_binding" },
  { prefix: "ds.connector_", core: "ds.connector_core_v1", kind: "connector" },
];

export const layerInfraExtendsCore: DocumentRule = {
  meta: ruleMeta("layer/infra-extends-core", "error", "An infra runtime or connector schema (ds.runtime_*, ds.connector_*), or the schema a runtime or connector names, does not extend ds.runtime_binding_core_v1 / ds.connector_core_v1 through allOf."),
  checkDocument(doc, { frame, sink }) {
    const { schemas } = frame;
    if (isRegistrySchema(doc)) {
      const rule = CORE_OF.find((c) => doc.id!.startsWith(c.prefix) && doc.id !== c.core);
      if (!rule || schemas.get(doc.id!) === undefined || schemas.lineage(doc.id!).includes(rule.core)) return;
      sink.report(this.meta, {
        file: doc.path,
        json: doc.json,
        pointer: "",
        message: `infra schema "${doc.id}" does not extend ${rule.core}`,
        hint: `start it with "allOf": [{"$ref": "https://mova.dev/schemas/${rule.core}.schema.json"}, { ...vendor fields... }]`,
      });
      return;
    }
    const rule = CORE_OF.find((c) => c.kind === doc.kind);
    if (!rule || !doc.schemaId || doc.schemaId === rule.core || schemas.get(doc.schemaId) === undefined) return;
    if (schemas.lineage(doc.schemaId).includes(rule.core)) return;
    sink.report(this.meta, {
      file: doc.path,
      json: doc.json,
      pointer: "/schema_id",
      message: `this ${KIND_LABEL[doc.kind]} names schema "${doc.schemaId}", which does not extend ${rule.core}`,
      hint: `use ${rule.core} or an infra schema that extends it`,
    });
  },
};
