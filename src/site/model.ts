import { flowModelOf } from "../flow/flow-model.ts";
import type { ContractPackage, Registry, RegistryDocument } from "../registry/document.ts";
import { referencesOf, type RefKind } from "../registry/references.ts";
import { runsFolder } from "../run/store.ts";
import type { RunState } from "../run/types.ts";
import { sha256 } from "../util/canonical.ts";
import { obj } from "../util/values.ts";

/**
 * What the catalog site shows, read from a loaded registry: one entry per
 * document worth a page (contracts with their flow and envelope, schemas,
 * runtimes, connectors, instruction profiles, global catalogs, envelopes and
 * episodes), the references between them both ways, and the runs.
 */

type Obj = Record<string, unknown>;

export type SiteKind = "contract" | "data_schema" | "envelope_schema" | "runtime" | "connector" | "instruction_profile" | "global" | "envelope" | "episode";

export const KIND_TITLE: Record<SiteKind, string> = {
  contract: "contract",
  data_schema: "data schema",
  envelope_schema: "envelope schema",
  runtime: "runtime",
  connector: "connector",
  instruction_profile: "instruction profile",
  global: "global catalog",
  envelope: "envelope",
  episode: "episode",
};

export interface SiteRef {
  kind: RefKind | "$ref";
  target: string;
  field: string;
  /** The entry it points at, when the registry defines it. */
  entry?: SiteEntry;
}

export interface SiteEntry {
  key: string;
  id: string;
  kind: SiteKind;
  /** The file name of its page under docs/. */
  page: string;
  path: string;
  title?: string;
  description?: string;
  owner?: string;
  layer: string;
  /** The documents shown on its page: the manifest, flow and envelope of a contract, else the document. */
  documents: Array<{ role: string; doc: RegistryDocument }>;
  uses: SiteRef[];
  usedBy: Array<{ entry: SiteEntry; field: string }>;
  pkg?: ContractPackage;
}

export interface SiteRun {
  run_id: string;
  dir: string;
  contract_id: string;
  status: string;
  outcome?: string;
  reason?: string;
  started_at?: string;
  updated_at?: string;
  initiator?: string;
  state?: RunState;
  request?: Obj;
  episodes: Array<{ name: string; value: Obj | undefined; text: string }>;
}

export interface SiteModel {
  entries: SiteEntry[];
  /** Layers of the registry's global.layers_and_namespaces_v1, in order. */
  layers: Array<{ id: string; title?: string }>;
  runs: SiteRun[];
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** A field at the top level, or in meta or ext, where MOVA documents keep descriptive fields. */
function field(value: unknown, name: string): string | undefined {
  const v = obj(value);
  return str(v?.[name]) ?? str(obj(v?.meta)?.[name]) ?? str(obj(v?.ext)?.[name]);
}

/**
 * A file name safe on every file system and in every URL: the id itself when
 * it is plain, otherwise its plain characters and a hash of the whole id.
 */
function pageName(kind: SiteKind, id: string, taken: Set<string>): string {
  const plain = id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_").slice(0, 120);
  let name = `${kind}--${plain}`;
  if (plain !== id || taken.has(name.toLowerCase())) name += `-${sha256(kind + "\u0000" + id).slice(0, 10)}`;
  taken.add(name.toLowerCase());
  return `${name}.html`;
}

interface Layer {
  id: string;
  title?: string;
  prefixes: string[];
}

function layersOf(registry: Registry): Layer[] {
  const catalog = registry.globals.get("global.layers_and_namespaces_v1");
  const list = obj(catalog?.json?.ok ? catalog.json.value : undefined)?.layers;
  if (!Array.isArray(list)) return [{ id: "red_core", title: "MOVA red core", prefixes: ["mova", "mova4", "security", "runtime_core", "connector_core"] }];
  return list.flatMap((l) => {
    const id = str(obj(l)?.id);
    if (!id) return [];
    const prefixes = Array.isArray(obj(l)!.namespace_prefixes) ? (obj(l)!.namespace_prefixes as unknown[]).filter((p): p is string => typeof p === "string" && p !== "") : [];
    const title = str(obj(l)!.title);
    return [{ id, ...(title ? { title } : {}), prefixes }];
  });
}

const inPrefix = (name: string, prefix: string) => name === prefix || name.startsWith(prefix + "_") || name.startsWith(prefix + ".");

/**
 * The layer of an id: a `layer` field of the document wins; otherwise the
 * namespace after the kind prefix (`finance` of `ds.finance_invoice_v1` or of
 * `contract.finance.invoice_approval_v1`), then the id itself (profiles have
 * no kind prefix), then the kind prefix (`connector.*`, `runtime.*` are infra).
 */
function layerOf(layers: Layer[], id: string, value: unknown, origin?: string): string {
  const explicit = field(value, "layer");
  if (explicit) return explicit;
  if (origin === "mova") return layers.find((l) => l.id === "red_core")?.id ?? "red_core";
  const dot = id.indexOf(".");
  const candidates = dot >= 0 ? [id.slice(dot + 1), id, id.slice(0, dot)] : [id];
  for (const name of candidates) for (const l of layers) if (l.prefixes.some((p) => inPrefix(name, p))) return l.id;
  return "unassigned";
}

const TARGET_KIND: Record<RefKind, SiteKind[]> = {
  contract: ["contract"],
  connector: ["connector"],
  runtime: ["runtime"],
  policy_profile: ["instruction_profile"],
  schema: ["data_schema", "envelope_schema"],
  verb: [],
};

/** Every $ref of a schema that names another schema of the registry or of MOVA. */
function schemaRefs(registry: Registry, uri: string, schema: unknown): Array<{ target: string; pointer: string }> {
  const out: Array<{ target: string; pointer: string }> = [];
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${pointer}/${i}`));
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string") {
          let target;
          try {
            target = registry.schemas.byUri(new URL(v, uri).href);
          } catch {
            target = undefined;
          }
          if (target && target.uri !== uri) out.push({ target: target.id, pointer });
        } else walk(v, `${pointer}/${k}`);
      }
  };
  walk(schema, "");
  return out;
}

export function siteModel(registry: Registry): SiteModel {
  const layers = layersOf(registry);
  const taken = new Set<string>();
  const entries: SiteEntry[] = [];
  const add = (kind: SiteKind, id: string, documents: SiteEntry["documents"], value: unknown, extra: Partial<SiteEntry> = {}, origin?: string) => {
    const title = field(value, "title") ?? (kind === "data_schema" || kind === "envelope_schema" ? str(obj(value)?.title) : undefined);
    const description = field(value, "description");
    const owner = field(value, "owner");
    const entry: SiteEntry = {
      key: `${kind}\u0000${id}`,
      id,
      kind,
      page: pageName(kind, id, taken),
      path: documents[0]?.doc.path ?? "",
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      ...(owner ? { owner } : {}),
      layer: layerOf(layers, id, value, origin),
      documents,
      uses: [],
      usedBy: [],
      ...extra,
    };
    entries.push(entry);
    return entry;
  };

  const runsDir = runsFolder(registry.config).replace(/\/+$/, "") + "/";
  for (const pkg of registry.packages) {
    if (!pkg.id) continue;
    const documents = [{ role: "manifest", doc: pkg.manifest }, ...(pkg.flow ? [{ role: "flow", doc: pkg.flow }] : []), ...(pkg.envelope ? [{ role: "envelope", doc: pkg.envelope }] : [])];
    add("contract", pkg.id, documents, pkg.manifest.json?.ok ? pkg.manifest.json.value : undefined, { pkg });
  }
  const simple: Partial<Record<RegistryDocument["kind"], SiteKind>> = {
    data_schema: "data_schema",
    envelope_schema: "envelope_schema",
    runtime_binding: "runtime",
    connector: "connector",
    instruction_profile: "instruction_profile",
    global: "global",
    envelope: "envelope",
    episode: "episode",
  };
  for (const doc of registry.documents) {
    const kind = simple[doc.kind];
    if (!kind || doc.packageDir !== undefined || doc.path.startsWith(runsDir)) continue;
    const id = doc.id ?? doc.path;
    add(kind, id, [{ role: "document", doc }], doc.json?.ok ? doc.json.value : undefined);
  }

  // Who uses what: the same reading of references as the checks and the catalog's index.
  const byTarget = new Map<string, SiteEntry>();
  for (const e of entries) if (!byTarget.has(e.key)) byTarget.set(e.key, e);
  const resolve = (kind: RefKind, target: string) => TARGET_KIND[kind].map((k) => byTarget.get(`${k}\u0000${target}`)).find(Boolean);
  const verbs = entries.find((e) => e.kind === "global" && e.id.startsWith("global.verbs_catalog"));
  for (const e of entries) {
    const seen = new Set<string>();
    const push = (ref: SiteRef) => {
      const k = `${ref.kind}\u0000${ref.target}\u0000${ref.field}`;
      if (seen.has(k)) return;
      seen.add(k);
      e.uses.push(ref);
      if (ref.entry && ref.entry !== e && !ref.entry.usedBy.some((u) => u.entry === e && u.field === ref.field)) ref.entry.usedBy.push({ entry: e, field: ref.field });
    };
    for (const { doc } of e.documents) {
      for (const r of doc.references ?? referencesOf(doc)) {
        const entry = r.kind === "verb" ? verbs : resolve(r.kind, r.target);
        push({ kind: r.kind, target: r.target, field: r.field, ...(entry ? { entry } : {}) });
      }
      if ((e.kind === "data_schema" || e.kind === "envelope_schema") && doc.json?.ok) {
        const schemaEntry = registry.schemas.get(e.id);
        if (schemaEntry)
          for (const r of schemaRefs(registry, schemaEntry.uri, doc.json.value)) {
            const entry = resolve("schema", r.target);
            push({ kind: "$ref", target: r.target, field: `$ref at ${r.pointer || "/"}`, ...(entry ? { entry } : {}) });
          }
      }
    }
    e.uses.sort((a, b) => (a.kind + a.target < b.kind + b.target ? -1 : 1));
  }
  for (const e of entries) e.usedBy.sort((a, b) => (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : a.field < b.field ? -1 : 1));
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.kind < b.kind ? -1 : 1));

  return { entries, layers: layers.map((l) => ({ id: l.id, ...(l.title ? { title: l.title } : {}) })), runs: runsOf(registry) };
}

/** The registry's runs: runs/<run_id>/request.json, state.json and episodes/*.json. */
function runsOf(registry: Registry): SiteRun[] {
  const base = runsFolder(registry.config).replace(/\/+$/, "");
  const byDir = new Map<string, SiteRun>();
  const run = (dir: string) => {
    let r = byDir.get(dir);
    if (!r) byDir.set(dir, (r = { run_id: dir.slice(dir.lastIndexOf("/") + 1), dir, contract_id: "?", status: "requested", episodes: [] }));
    return r;
  };
  for (const doc of registry.documents) {
    if (!doc.path.startsWith(base + "/")) continue;
    const rest = doc.path.slice(base.length + 1).split("/");
    if (rest.length < 2) continue;
    const dir = `${base}/${rest[0]}`;
    const value = doc.json?.ok ? obj(doc.json.value) : undefined;
    if (rest.length === 2 && rest[1] === "request.json") {
      const r = run(dir);
      r.request = value ?? {};
      if (r.contract_id === "?" && str(value?.contract_id)) r.contract_id = String(value!.contract_id);
    } else if (rest.length === 2 && rest[1] === "state.json" && value) {
      const r = run(dir);
      const state = value as unknown as RunState;
      r.state = state;
      if (str(state.run_id)) r.run_id = state.run_id;
      if (str(state.contract_id)) r.contract_id = state.contract_id;
      if (str(state.status)) r.status = state.status;
      for (const k of ["outcome", "reason", "started_at", "updated_at", "initiator"] as const) if (str(state[k])) r[k] = state[k] as string;
    } else if (rest.length === 3 && rest[1] === "episodes" && rest[2]!.endsWith(".json")) {
      run(dir).episodes.push({ name: rest[2]!, value, text: doc.json?.text ?? "" });
    }
  }
  const runs = [...byDir.values()];
  for (const r of runs) r.episodes.sort((a, b) => (a.name < b.name ? -1 : 1));
  // Most recent first: by the time the state was last written, then by id.
  return runs.sort((a, b) => ((b.updated_at ?? "") < (a.updated_at ?? "") ? -1 : (b.updated_at ?? "") > (a.updated_at ?? "") ? 1 : a.run_id < b.run_id ? -1 : 1));
}

export { flowModelOf };
