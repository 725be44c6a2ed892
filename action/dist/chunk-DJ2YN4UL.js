import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  flowModelOf,
  str
} from "./chunk-JFYR2ZYG.js";

// src/run/contracts.ts
function contractOf(registry, id) {
  const pkg = registry.packages.find((p) => p.id === id);
  if (!pkg || !pkg.flow?.json?.ok) return void 0;
  const manifest = pkg.manifest.json?.value ?? {};
  const envelope = pkg.envelope?.json?.ok ? pkg.envelope.json.value : {};
  const policy = registry.config.policy;
  const system = manifest.system === true || Array.isArray(policy.system_contracts) && policy.system_contracts.includes(id);
  const c = { id, pkg, manifest, flow: flowModelOf(pkg.flow.json.value), system };
  const set = (k, v) => {
    if (v !== void 0) c[k] = v;
  };
  set("envelopeType", str(envelope.envelope_id));
  set("inputType", str(manifest.input_schema));
  set("outputType", str(manifest.output_schema));
  set("verb", str(manifest.verb) ?? str(envelope.verb));
  set("episodeType", str(manifest.episode_type));
  return c;
}
function documentById(registry, kind, id) {
  const doc = registry.documents.find((d) => d.kind === kind && d.id === id && d.json?.ok);
  return doc?.json?.value;
}
function contractName(id) {
  return (id.split(".").at(-1) ?? id).replace(/_v\d+$/, "");
}

// src/run/store.ts
function runsFolder(config) {
  return config.folders.runs[0] ?? "runs";
}
var RUN_ID = /^[a-z0-9][a-z0-9._-]{2,99}$/;
function defaultRunId(contractId, at, suffix) {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `${contractName(contractId).replace(/_/g, "-")}-${stamp}${suffix ? `-${suffix}` : ""}`.toLowerCase();
}
function stateText(state) {
  return JSON.stringify(state, null, 2) + "\n";
}
function episodeText(e) {
  return JSON.stringify(e.episode, null, 2) + "\n";
}
function runFiles(state, episodes) {
  return { "state.json": stateText(state), ...Object.fromEntries(episodes.map((e) => [`episodes/${e.name}`, episodeText(e)])) };
}

export {
  contractOf,
  documentById,
  contractName,
  runsFolder,
  RUN_ID,
  defaultRunId,
  runFiles
};
