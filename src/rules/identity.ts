import { posix } from "node:path";
import type { RegistryDocument } from "../registry/document.ts";
import { idIndex } from "../registry/id-index.ts";
import { ID_FIELD, KIND_LABEL, type DocumentKind } from "../registry/kinds.ts";
import { ruleMeta, type DocumentRule, type RegistryRule } from "./rule.ts";

function idPointer(doc: RegistryDocument): string {
  const field = ID_FIELD[doc.kind];
  return field ? `/${field}` : "";
}

export const idDuplicate: RegistryRule = {
  meta: ruleMeta("id/duplicate", "error", "Two documents claim the same id; every runtime, connector, profile, contract, episode and catalog id is unique in the registry."),
  checkRegistry({ registry, sink }) {
    for (const { doc, other } of idIndex(registry).duplicates)
      sink.report(this.meta, {
        file: doc.path,
        doc,
        pointer: idPointer(doc),
        message: `id "${doc.id}" is already used by ${other.path} (${KIND_LABEL[other.kind]})`,
        hint: "give this document its own id; a new version of a thing gets a new _vN suffix",
      });
  },
};

/** The name part of `contract.<domain>.<name>_vN`, which is the package's folder name. */
function contractName(id: string): string | undefined {
  return /^[^.]+\.[^.]+\.(.+)_v\d+$/.exec(id)?.[1];
}

export const idFileName: DocumentRule = {
  meta: ruleMeta("id/file-name", "error", "A file name disagrees with the id inside it (runtimes, connectors and profiles are <id>.json; a contract package's folder is the name part of its package_id)."),
  checkDocument(doc, { sink }) {
    if (!doc.id) return;
    if (doc.kind === "runtime_binding" || doc.kind === "connector" || doc.kind === "instruction_profile") {
      // Compared in place: this runs on most documents, and a base name and "<id>.json" built for each cost more than the rest of the rule.
      const path = doc.path;
      const at = path.length - doc.id.length - 5;
      const named = at >= 0 && (at === 0 || path.charCodeAt(at - 1) === 47) /* "/" */ && path.endsWith(".json") && path.startsWith(doc.id, at) && !doc.id.includes("/");
      if (named) return;
      const base = posix.basename(path);
      if (base !== `${doc.id}.json`)
        sink.report(this.meta, { file: doc.path, json: doc.json, pointer: idPointer(doc), message: `the file is named ${base} but holds ${KIND_LABEL[doc.kind]} "${doc.id}"`, hint: `rename the file to ${doc.id}.json, so the id can be found from the path` });
    } else if (doc.kind === "contract_manifest") {
      const folder = posix.basename(posix.dirname(doc.path));
      const name = contractName(doc.id);
      if (name && folder !== name)
        sink.report(this.meta, { file: doc.path, json: doc.json, pointer: "/package_id", message: `contract "${doc.id}" lives in folder ${folder}/, not ${name}/`, hint: `rename the folder to ${name}` });
    }
  },
};

/** MOVA naming (seed 000 section 9, the authoring skill): lowercase, underscores, a version suffix. */
export const NAMING: Partial<Record<DocumentKind, { pattern: RegExp; form: string; example: string }>> = {
  runtime_binding: { pattern: /^runtime\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*_v[1-9][0-9]*$/, form: "runtime.<platform>.<purpose>_vN", example: "runtime.local_process.worker_v1" },
  connector: { pattern: /^connector\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*_v[1-9][0-9]*$/, form: "connector.<provider>.<resource>_vN", example: "connector.openai.chat_v1" },
  data_schema: { pattern: /^ds\.[a-z][a-z0-9]*(_[a-z0-9]+)+_v[1-9][0-9]*$/, form: "ds.<domain>_<object>_vN", example: "ds.finance_invoice_v1" },
  envelope_schema: { pattern: /^env\.[a-z][a-z0-9]*(_[a-z0-9]+)+_v[1-9][0-9]*$/, form: "env.<domain>_<operation>_vN", example: "env.finance_invoice_approval_v1" },
  contract_manifest: { pattern: /^contract\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*_v[1-9][0-9]*$/, form: "contract.<domain>.<name>_vN", example: "contract.finance.invoice_approval_v1" },
  instruction_profile: { pattern: /^[a-z][a-z0-9_]*_v[1-9][0-9]*$/, form: "<domain>_policy_vN (lowercase, underscores)", example: "finance_invoice_policy_v1" },
};

/** A guess at the conforming id, for the hint. */
function normalized(id: string): string {
  let n = id
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/(^|\.)_|_($|\.)/g, "$1$2");
  if (!/_v[0-9]+$/.test(n)) n += "_v1";
  return n;
}

export const idNaming: DocumentRule = {
  meta: ruleMeta("id/naming", "error", "An id does not follow MOVA naming: runtime.<platform>.<purpose>_vN, connector.<provider>.<resource>_vN, ds.<domain>_<object>_vN, env.<domain>_<operation>_vN, lowercase with underscores."),
  checkDocument(doc, { sink }) {
    const rule = NAMING[doc.kind];
    if (!rule || !doc.id || rule.pattern.test(doc.id)) return;
    const isSchema = doc.kind === "data_schema" || doc.kind === "envelope_schema";
    sink.report(this.meta, {
      file: doc.path,
      json: doc.json,
      pointer: isSchema ? "/$id" : idPointer(doc),
      message: `${KIND_LABEL[doc.kind]} id "${doc.id}" does not follow the form ${rule.form}`,
      hint: `for example "${rule.example}"; this one could be "${normalized(doc.id)}"`,
    });
  },
};
