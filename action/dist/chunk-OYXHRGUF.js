import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  flowModelOf,
  str
} from "./chunk-DEQPY4IZ.js";

// src/run/store.ts
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

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
function writeRunFiles(dir, files) {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}
function readState(dir) {
  const path = join(dir, "state.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : void 0;
}
function readRequest(dir) {
  const path = join(dir, "request.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : void 0;
}
function listRuns(registry) {
  const out = [];
  for (const doc of registry.documents) {
    if (doc.kind !== "run_request") continue;
    const dir = doc.path.slice(0, doc.path.lastIndexOf("/"));
    const request = doc.json?.value;
    const stateDoc = registry.documents.find((d) => d.path === `${dir}/state.json`);
    const state = stateDoc?.json?.ok ? stateDoc.json.value : void 0;
    const openGates = state ? state.frames.flatMap((f) => Object.entries(f.gates).filter(([, g]) => !g.decided).map(([step]) => `${f.id}/${step}`)) : [];
    out.push({
      run_id: doc.id ?? dir,
      contract_id: state?.contract_id ?? String(request?.contract_id ?? "?"),
      status: state?.status ?? "requested",
      ...state?.outcome ? { outcome: state.outcome } : {},
      ...state?.reason ? { reason: state.reason } : {},
      openGates,
      episodes: registry.documents.filter((d) => d.path.startsWith(`${dir}/episodes/`)).length,
      ...state?.updated_at ? { updated_at: state.updated_at } : {}
    });
  }
  return out.sort((a, b) => a.run_id < b.run_id ? -1 : 1);
}

export {
  contractOf,
  documentById,
  contractName,
  runsFolder,
  RUN_ID,
  defaultRunId,
  runFiles,
  writeRunFiles,
  readState,
  readRequest,
  listRuns
};
