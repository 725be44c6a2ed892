import { posix } from "node:path";
import { CONFIG_FILE, resolveConfig, type RegistryConfig } from "../config/config.ts";
import { JsonText } from "../json/parse.ts";
import {
  documentUnclassified,
  documentUnknownSchema,
  ioUnreadable,
  jsonDuplicateKey,
  jsonSyntax,
  packageMissingFile,
  schemaDuplicateId,
  schemaInvalid,
  schemaUnresolvedRef,
} from "../rules/load-rules.ts";
import { FindingSink, type RuleMeta } from "../rules/rule.ts";
import { idFromUri } from "../schemas/ids.ts";
import type { Release } from "../schemas/releases.ts";
import { SchemaSet } from "../schemas/schema-set.ts";
import { FsSource } from "../source/fs-source.ts";
import type { RegistrySource } from "../source/source.ts";
import { discover } from "./discover.ts";
import type { ContractPackage, Registry, RegistryDocument } from "./document.ts";
import { CORE_SCHEMA_KIND, DEFAULT_SCHEMA, FOLDER_KIND, FOLDER_ROLES, ID_FIELD, type DocumentKind, type FolderRole } from "./kinds.ts";

export interface LoadOptions {
  /** Overrides the release named in the config file. */
  release?: Release;
  /** Where the files come from; the folder `root` on disk by default. */
  source?: RegistrySource;
}

export interface LoadResult {
  registry: Registry;
  sink: FindingSink;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readJson(source: RegistrySource, path: string): JsonText | Error {
  const bytes = source.read(path);
  if (bytes instanceof Error) return bytes;
  try {
    return new JsonText(utf8.decode(bytes));
  } catch {
    return new Error("the file is not valid UTF-8 text");
  }
}

function stringField(value: unknown, field: string): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = (value as Record<string, unknown>)[field];
  return typeof v === "string" && v !== "" ? v : undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Reads, parses and classifies every document of the registry at `root`. */
export async function loadRegistry(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const sink = new FindingSink();

  const source = options.source ?? new FsSource(root);
  const configJson = source.exists(CONFIG_FILE) ? readJson(source, CONFIG_FILE) : undefined;
  const config = resolveConfig(configJson instanceof JsonText ? configJson.value : undefined);
  if (options.release) config.release = options.release;

  const schemas = new SchemaSet(config.release);
  const documents: RegistryDocument[] = [];
  for (const path of await discover(source, config)) {
    const json = path === CONFIG_FILE && configJson ? configJson : readJson(source, path);
    if (json instanceof Error) {
      sink.report(ioUnreadable, { file: path, message: `cannot read the file: ${json.message}` });
      documents.push({ path, json: undefined, kind: "unknown", classifiedBy: "none" });
      continue;
    }
    if (json.syntaxError) sink.report(jsonSyntax, { file: path, span: json.syntaxError.span, message: json.syntaxError.message, hint: syntaxHint(json) });
    for (const d of json.duplicateKeys)
      sink.report(jsonDuplicateKey, {
        file: path,
        span: d.span,
        message: `key "${d.key}" appears twice in the same object (first on line ${d.firstSpan.start.line}); only this last value counts`,
        hint: "remove one of the two, or merge them",
      });
    documents.push({ path, json, kind: "unknown", classifiedBy: "none" });
  }

  const classifier = new Classifier(config, schemas, sink, documents);
  classifier.classify();

  const configDocument = documents.find((d) => d.path === CONFIG_FILE);
  const registry: Registry = {
    root,
    config,
    ...(configDocument ? { configDocument } : {}),
    schemas,
    documents,
    packages: classifier.packages,
  };
  return { registry, sink };
}

function syntaxHint(json: JsonText): string | undefined {
  const err = json.syntaxError!;
  const lines = json.text.split("\n");
  const upTo = lines.slice(0, err.span.start.line - 1).join("\n") + "\n" + (lines[err.span.start.line - 1] ?? "").slice(0, err.span.start.column - 1);
  if (/,\s*$/.test(upTo) && /unexpected "[}\]]"/.test(err.message)) return "remove the trailing comma: JSON does not allow one before } or ]";
  if (/unexpected a string/.test(err.message)) return "a comma is probably missing before this";
  if (/\/[/*]/.test(json.text) && /unexpected/.test(err.message)) return "JSON has no comments; move notes into a \"meta\" or \"description\" field";
  return undefined;
}

class Classifier {
  readonly packages: ContractPackage[] = [];
  readonly #byPath: Map<string, RegistryDocument>;

  readonly folders: Record<FolderRole, string[]>;
  readonly acceptedChangesFile: string;
  readonly schemas: SchemaSet;
  readonly sink: FindingSink;
  readonly documents: RegistryDocument[];

  constructor(config: RegistryConfig, schemas: SchemaSet, sink: FindingSink, documents: RegistryDocument[]) {
    this.folders = config.folders;
    this.acceptedChangesFile = config.acceptedChangesFile;
    this.schemas = schemas;
    this.sink = sink;
    this.documents = documents;
    this.#byPath = new Map(documents.map((d) => [d.path, d]));
  }

  #report(rule: RuleMeta, doc: RegistryDocument, pointer: string, message: string, hint?: string): void {
    this.sink.report(rule, { file: doc.path, json: doc.json, pointer, message, hint });
  }

  #roleOf(path: string): FolderRole | undefined {
    let best: FolderRole | undefined;
    let bestLength = -1;
    for (const role of FOLDER_ROLES)
      for (const folder of this.folders[role]) {
        const inside = folder === "." || path.startsWith(folder + "/");
        if (inside && folder.length > bestLength) {
          best = role;
          bestLength = folder.length;
        }
      }
    return best;
  }

  /** The path inside the folder of a role, e.g. "r1/state.json" for runs/r1/state.json. */
  #relativeToRole(path: string, role: FolderRole): string | undefined {
    for (const folder of this.folders[role]) if (folder === "." || path.startsWith(folder + "/")) return folder === "." ? path : path.slice(folder.length + 1);
    return undefined;
  }

  #set(doc: RegistryDocument, kind: DocumentKind, classifiedBy: RegistryDocument["classifiedBy"], schemaId?: string): void {
    doc.kind = kind;
    doc.classifiedBy = classifiedBy;
    if (schemaId) doc.schemaId = schemaId;
    else delete doc.schemaId;
  }

  /** The document kind a schema gives, through the core schema it is or extends. */
  #kindOfSchema(id: string): DocumentKind | undefined {
    const lineage = [id, ...this.schemas.lineage(id)];
    for (const [core, kind] of CORE_SCHEMA_KIND) if (lineage.includes(core)) return kind;
    return undefined;
  }

  classify(): void {
    // Schemas first: documents may name schemas the registry defines.
    const schemaDocs = this.documents.filter((d) => d.path.endsWith(".schema.json"));
    for (const doc of schemaDocs) {
      const name = baseName(doc.path);
      this.#set(doc, name.startsWith("ds.") ? "data_schema" : name.startsWith("env.") ? "envelope_schema" : "schema", "file name");
    }
    const problems = this.schemas.addRegistrySchemas(schemaDocs.filter((d) => d.json?.ok).map((d) => ({ path: d.path, json: d.json! })));
    const rules = { "schema/invalid": schemaInvalid, "schema/duplicate-id": schemaDuplicateId, "schema/unresolved-ref": schemaUnresolvedRef };
    for (const p of problems) this.sink.report(rules[p.rule], { file: p.file, json: this.#byPath.get(p.file)?.json, pointer: p.pointer, target: p.target, message: p.message, hint: p.hint });
    for (const doc of schemaDocs) {
      const v = doc.json?.value as Record<string, unknown> | undefined;
      doc.id = typeof v?.$id === "string" ? idFromUri(v.$id) : baseName(doc.path).replace(/\.schema\.json$/, "");
    }

    for (const doc of this.documents) {
      if (doc.path === CONFIG_FILE) this.#set(doc, "config", "file name", DEFAULT_SCHEMA.config);
      else if (doc.path === this.acceptedChangesFile) this.#set(doc, "accepted_changes", "file name", DEFAULT_SCHEMA.accepted_changes);
    }

    this.#classifyPackages();

    for (const doc of this.documents) {
      if (doc.kind !== "unknown" || !doc.json) continue;
      this.#classifyByContent(doc);
    }

    for (const doc of this.documents) {
      if (doc.kind === "run_request") doc.id = posix.basename(posix.dirname(doc.path));
      const field = ID_FIELD[doc.kind];
      const id = field ? stringField(doc.json?.value, field) : doc.kind === "global" ? baseName(doc.path).replace(/\.json$/, "") : undefined;
      if (id && doc.kind !== "data_schema" && doc.kind !== "envelope_schema" && doc.kind !== "schema") doc.id = id;
      if (doc.kind === "unknown" && doc.json?.ok)
        this.#report(
          documentUnclassified,
          doc,
          "",
          "cannot tell what this document is: it has no schema_id or envelope_id, and its folder does not say",
          this.#roleOf(doc.path) === "schemas"
            ? "name schema files <id>.schema.json, e.g. ds.invoice_v1.schema.json"
            : 'add "schema_id" naming its schema (e.g. "ds.runtime_binding_core_v1"), move it into the folder of its kind, or list it under "exclude" in mova.registry.json',
        );
    }
  }

  /** A contract package is a folder with a manifest; the manifest says which files are its flow and envelope. */
  #classifyPackages(): void {
    const manifestId = "package.contract_package_manifest_v1";
    for (const doc of this.documents) {
      if (doc.kind !== "unknown" || !doc.json) continue;
      const declared = stringField(doc.json.value, "schema_id");
      const isManifest = declared === manifestId || (declared === undefined && baseName(doc.path) === "manifest.json" && this.#roleOf(doc.path) === "contracts");
      if (!isManifest) continue;
      this.#set(doc, "contract_manifest", declared ? "schema_id" : "file name", manifestId);
      const dir = posix.dirname(doc.path);
      const pkg: ContractPackage = { dir, manifest: doc };
      const id = stringField(doc.json.value, "package_id");
      if (id) pkg.id = id;
      this.packages.push(pkg);
    }
    this.packages.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));

    for (const pkg of this.packages) {
      const manifest = pkg.manifest.json!.value;
      const refs: Array<["flow" | "envelope", string | undefined, string]> = [
        ["flow", stringField(manifest, "flow_ref"), "/flow_ref"],
        ["envelope", stringField(manifest, "envelope_ref"), "/envelope_ref"],
      ];
      for (const [role, ref, pointer] of refs) {
        if (!ref || ref.includes("..") || ref.startsWith("/")) continue;
        const target = this.#byPath.get(posix.join(pkg.dir, ref));
        if (!target) {
          this.#report(packageMissingFile, pkg.manifest, pointer, `${role}_ref "${ref}" names no file in ${pkg.dir}/`, `add ${posix.join(pkg.dir, ref)} or correct the path`);
          continue;
        }
        pkg[role] = target;
        if (target.kind === "unknown" && target.json?.ok) {
          if (role === "flow") this.#set(target, "flow", "manifest", DEFAULT_SCHEMA.flow);
          else this.#classifyByContent(target, "envelope");
        }
      }
    }
    // Every document inside a package folder belongs to it; the deepest package wins.
    for (const doc of this.documents) {
      let owner: ContractPackage | undefined;
      for (const pkg of this.packages) if (doc.path.startsWith(pkg.dir + "/") && (!owner || pkg.dir.length > owner.dir.length)) owner = pkg;
      if (owner) doc.packageDir = owner.dir;
    }
  }

  #classifyByContent(doc: RegistryDocument, expected?: DocumentKind): void {
    const value = doc.json!.value;
    const role = this.#roleOf(doc.path);
    const folderKind = role ? FOLDER_KIND[role] : undefined;
    const fallbackKind = expected ?? (folderKind !== "unknown" ? folderKind : undefined);
    const name = baseName(doc.path);

    const schemaId = stringField(value, "schema_id");
    if (schemaId) {
      if (this.schemas.get(schemaId)) {
        const kind = this.#kindOfSchema(schemaId) ?? fallbackKind ?? "data";
        this.#set(doc, kind, "schema_id", schemaId);
        return;
      }
      const fallback = fallbackKind ? DEFAULT_SCHEMA[fallbackKind] : undefined;
      this.#report(
        documentUnknownSchema,
        doc,
        "/schema_id",
        `schema_id "${schemaId}" names no schema of this registry or of MOVA ${this.schemas.release}`,
        fallback ? `correct the id or add the schema to schemas/; meanwhile it is checked against ${fallback}` : "correct the id or add the schema to schemas/",
      );
      if (fallbackKind) this.#set(doc, fallbackKind, "folder", fallback);
      return;
    }

    const envelopeId = stringField(value, "envelope_id");
    if (envelopeId) {
      const known = this.schemas.get(envelopeId) !== undefined;
      if (!known)
        this.#report(
          documentUnknownSchema,
          doc,
          "/envelope_id",
          `envelope_id "${envelopeId}" names no envelope schema of this registry or of MOVA ${this.schemas.release}`,
          `add schemas/${envelopeId}.schema.json, or correct the id`,
        );
      this.#set(doc, "envelope", "envelope_id", known ? envelopeId : undefined);
      return;
    }

    if (/^global\..+\.json$/.test(name)) {
      const id = name.replace(/\.json$/, "");
      this.#set(doc, "global", "file name", this.schemas.get(id) ? id : "registry.global_catalog_v1");
      return;
    }

    if (role === "runs") {
      const inRun = /^[^/]+\/[^/]+$/.test(this.#relativeToRole(doc.path, "runs") ?? "");
      if (inRun && name === "request.json") return this.#set(doc, "run_request", "file name", DEFAULT_SCHEMA.run_request);
      if (inRun && name === "state.json") return this.#set(doc, "run_state", "file name", DEFAULT_SCHEMA.run_state);
      if (/\/episodes\/[^/]+\.json$/.test(doc.path)) return this.#set(doc, "episode", "folder", DEFAULT_SCHEMA.episode);
    }
    if (fallbackKind === "envelope") {
      this.#report(documentUnknownSchema, doc, "", "this envelope has no envelope_id, so there is no schema to check it against", 'add "envelope_id" naming its env.* schema');
      this.#set(doc, "envelope", "folder");
      return;
    }
    if (fallbackKind) this.#set(doc, fallbackKind, "folder", DEFAULT_SCHEMA[fallbackKind]);
  }
}
