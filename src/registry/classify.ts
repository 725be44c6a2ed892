import { posix } from "node:path";
import { joinInside, parentOf } from "../util/folders.ts";
import { PathIndex } from "../util/path-index.ts";
import { PackageIndex, type FlowOwners } from "./package-index.ts";
import { CONFIG_FILE, isSafeRelativePath, type RegistryConfig } from "../config/config.ts";
import { documentUnclassified, documentUnknownSchema, packageMissingFile, packageUnsafePath, schemaDuplicateId, schemaInvalid, schemaUnresolvedRef, schemaUnsupportedPattern } from "../rules/load-rules.ts";
import type { FindingSink, RuleMeta } from "../rules/rule.ts";
import { idFromUri } from "../schemas/ids.ts";
import type { SchemaSet } from "../schemas/schema-set.ts";
import type { RegistryDocument } from "./document.ts";
import { CORE_SCHEMA_KIND, DEFAULT_SCHEMA, FOLDER_KIND, FOLDER_ROLES, ID_FIELD, type DocumentKind, type FolderRole } from "./kinds.ts";

export const MANIFEST_SCHEMA = "package.contract_package_manifest_v1";

export function stringField(value: unknown, field: string): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = (value as Record<string, unknown>)[field];
  return typeof v === "string" && v !== "" ? v : undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Files the other documents' kinds depend on, read before them: the config,
 * schemas, global catalogs and manifests (a manifest says which files of its
 * folder are its flow and envelope). A manifest known only by its schema_id
 * is found later and makes the load start over with it in the frame.
 */
export function isFramePath(path: string, config: RegistryConfig): boolean {
  return isGlobalFramePath(path) || isNamed(path, "manifest.json") || path === config.acceptedChangesFile;
}

/** Frame files every document may depend on: the config, schemas and global catalogs. A change to one means checking everything again. */
// Asked of every listed path: no slice of its name is made, and the expression /^global\..+\.json$/ runs only on names it
// could match (a check of 100,000 paths spent 24 ms choosing the frame's; "." in it matches no line terminator, so neither does this).
export function isGlobalFramePath(path: string): boolean {
  if (path === CONFIG_FILE || path.endsWith(".schema.json")) return true;
  const slash = path.lastIndexOf("/");
  return path.startsWith("global.", slash + 1) && GLOBAL_FILE.test(path.slice(slash + 1));
}

/** Whether a path's file name is `name`. */
export function isNamed(path: string, name: string): boolean {
  return path.endsWith(name) && (path.length === name.length || path.charCodeAt(path.length - name.length - 1) === 47 /* "/" */);
}

const GLOBAL_FILE = /^global\..+\.json$/;

/** A contract package as its manifest describes it, before its files are read. */
export interface PackagePlan {
  dir: string;
  id?: string;
  manifest: string;
  flow?: string;
  envelope?: string;
  system: boolean;
}

/** Package ids marked system in their manifests, and those the config names. */
export function systemContractsOf(config: RegistryConfig, plans: readonly PackagePlan[]): Set<string> {
  const listed = config.policy.system_contracts;
  const system = new Set<string>(Array.isArray(listed) ? (listed as string[]) : []);
  for (const p of plans) if (p.id && p.system) system.add(p.id);
  return system;
}

/** Gives each document its kind, schema and id: by file name, schema_id, envelope_id, its package's manifest, or its folder. */
export class Classifier {
  readonly packages: PackagePlan[] = [];
  readonly #config: RegistryConfig;
  readonly #schemas: SchemaSet;
  readonly #sink: FindingSink;
  readonly #paths: PathIndex;
  /** The package folders, and which files are a package's flow or envelope. */
  #packageIndex = new PackageIndex([]);

  constructor(config: RegistryConfig, schemas: SchemaSet, sink: FindingSink, paths: readonly string[]) {
    this.#config = config;
    this.#schemas = schemas;
    this.#sink = sink;
    // The discovered paths come sorted: a PathIndex answers the manifests' few questions without a set of every path.
    this.#paths = PathIndex.of(paths);
    this.#folders = FOLDER_ROLES.flatMap((role) => config.folders[role].map((folder) => ({ role, folder, prefix: folder === "." ? undefined : folder + "/" })));
  }

  /** A classifier for the documents outside the frame, from package plans read elsewhere (another thread). */
  static forDocuments(config: RegistryConfig, schemas: SchemaSet, sink: FindingSink, plans: readonly PackagePlan[]): Classifier {
    const classifier = new Classifier(config, schemas, sink, []);
    classifier.#adopt(plans);
    return classifier;
  }

  #adopt(plans: readonly PackagePlan[]): void {
    this.packages.push(...plans);
    this.packages.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    this.#packageIndex = new PackageIndex(this.packages);
  }

  #report(rule: RuleMeta, doc: RegistryDocument, pointer: string, message: string, hint?: string): void {
    this.#sink.report(rule, { file: doc.path, json: doc.json, pointer, message, hint });
  }

  /** Every configured folder, in the order roles are tried, with the prefix a path inside it starts with ("." has none): made once, not per document. */
  readonly #folders: ReadonlyArray<{ role: FolderRole; folder: string; prefix: string | undefined }>;

  #roleOf(path: string): FolderRole | undefined {
    let best: FolderRole | undefined;
    let bestLength = -1;
    for (let i = 0; i < this.#folders.length; i++) {
      const { role, folder, prefix } = this.#folders[i]!;
      const inside = prefix === undefined || path.startsWith(prefix);
      if (inside && folder.length > bestLength) {
        best = role;
        bestLength = folder.length;
      }
    }
    return best;
  }

  /** The path inside the folder of a role, e.g. "r1/state.json" for runs/r1/state.json. */
  #relativeToRole(path: string, role: FolderRole): string | undefined {
    for (const folder of this.#config.folders[role]) if (folder === "." || path.startsWith(folder + "/")) return folder === "." ? path : path.slice(folder.length + 1);
    return undefined;
  }

  #set(doc: RegistryDocument, kind: DocumentKind, classifiedBy: RegistryDocument["classifiedBy"], schemaId?: string): void {
    doc.kind = kind;
    doc.classifiedBy = classifiedBy;
    // Assigned, never deleted: deleting a declared field turns the object into a slow dictionary-mode one.
    doc.schemaId = schemaId || undefined;
  }

  /** The document kind a schema gives, through the core schema it is or extends. */
  #kindOfSchema(id: string): DocumentKind | undefined {
    if (this.#kindBySchema.has(id)) return this.#kindBySchema.get(id);
    const lineage = [id, ...this.#schemas.lineage(id)];
    const kind = CORE_SCHEMA_KIND.find(([core]) => lineage.includes(core))?.[1];
    this.#kindBySchema.set(id, kind);
    return kind;
  }

  readonly #kindBySchema = new Map<string, DocumentKind | undefined>();

  /** The frame's documents: schemas first (documents may name them), then the config, manifests and the rest. */
  classifyFrame(documents: RegistryDocument[], knownPlans: readonly PackagePlan[] = [], compiledSchemas?: ReadonlySet<string>): void {
    const byPath = new Map(documents.map((d) => [d.path, d]));
    const schemaDocs = documents.filter((d) => d.path.endsWith(".schema.json"));
    for (const doc of schemaDocs) {
      const name = baseName(doc.path);
      this.#set(doc, name.startsWith("ds.") ? "data_schema" : name.startsWith("env.") ? "envelope_schema" : "schema", "file name");
    }
    const problems = this.#schemas.addRegistrySchemas(schemaDocs.filter((d) => d.json?.ok).map((d) => ({ path: d.path, json: d.json! })), compiledSchemas);
    const rules = { "schema/invalid": schemaInvalid, "schema/duplicate-id": schemaDuplicateId, "schema/unresolved-ref": schemaUnresolvedRef, "schema/unsupported-pattern": schemaUnsupportedPattern };
    for (const p of problems) this.#sink.report(rules[p.rule], { file: p.file, json: byPath.get(p.file)?.json, pointer: p.pointer, target: p.target, message: p.message, hint: p.hint });
    for (const doc of schemaDocs) {
      const v = doc.json?.value as Record<string, unknown> | undefined;
      doc.id = typeof v?.$id === "string" ? idFromUri(v.$id) : baseName(doc.path).replace(/\.schema\.json$/, "");
    }

    for (const doc of documents) {
      if (doc.path === CONFIG_FILE) this.#set(doc, "config", "file name", DEFAULT_SCHEMA.config);
      else if (doc.path === this.#config.acceptedChangesFile) this.#set(doc, "accepted_changes", "file name", DEFAULT_SCHEMA.accepted_changes);
    }
    this.#classifyPackages(documents, knownPlans);
    for (const doc of documents) this.classifyDocument(doc);
  }

  #classifyPackages(documents: RegistryDocument[], knownPlans: readonly PackagePlan[]): void {
    const plans: PackagePlan[] = [...knownPlans];
    for (const doc of documents) {
      if (doc.kind !== "unknown" || !doc.json) continue;
      const declared = stringField(doc.json.value, "schema_id");
      const isManifest = declared === MANIFEST_SCHEMA || (declared === undefined && baseName(doc.path) === "manifest.json" && this.#roleOf(doc.path) === "contracts");
      if (!isManifest) continue;
      this.#set(doc, "contract_manifest", declared ? "schema_id" : "file name", MANIFEST_SCHEMA);
      const value = doc.json.value;
      const plan: PackagePlan = { dir: parentOf(doc.path), manifest: doc.path, system: (value as { system?: unknown } | undefined)?.system === true };
      const id = stringField(value, "package_id");
      if (id) plan.id = id;
      const refs: Array<["flow" | "envelope", string | undefined, string]> = [
        ["flow", stringField(value, "flow_ref"), "/flow_ref"],
        ["envelope", stringField(value, "envelope_ref"), "/envelope_ref"],
      ];
      for (const [role, ref, pointer] of refs) {
        if (!ref) continue;
        // Never resolved, never read: a ref names a file inside its package's folder, nothing else.
        const inside = isSafeRelativePath(ref) ? joinInside(plan.dir, ref) : undefined;
        if (!inside || (plan.dir !== "." && !inside.startsWith(plan.dir + "/"))) {
          this.#report(
            packageUnsafePath,
            doc,
            pointer,
            `${role}_ref ${JSON.stringify(ref)} does not name a file inside ${plan.dir}/: absolute paths, ".." and backslashes are refused, and nothing outside the package is read`,
            `name the file relative to the package folder, e.g. "${role}.json"`,
          );
          continue;
        }
        const target = inside;
        if (!this.#paths.has(target)) {
          this.#report(packageMissingFile, doc, pointer, `${role}_ref "${ref}" names no file in ${plan.dir}/`, `add ${target} or correct the path`);
          continue;
        }
        plan[role] = target;
      }
      plans.push(plan);
    }
    this.#adopt(plans);
  }

  systemContracts(): Set<string> {
    return systemContractsOf(this.#config, this.packages);
  }

  /** Which package owns each flow file: answered by search in the plans for the few a pull request's check asks (a map of 10,000 flows cost it 10 ms). */
  flowOwners(): FlowOwners {
    return this.#packageIndex;
  }

  /** Gives one document its kind, package, id and schema; frame documents keep what they got. */
  classifyDocument(doc: RegistryDocument): void {
    if (doc.kind === "unknown" && doc.json) {
      const role = this.#packageIndex.roleOf(doc.path);
      if (role === "flow" && doc.json.ok) this.#set(doc, "flow", "manifest", DEFAULT_SCHEMA.flow);
      else if (role === "envelope" && doc.json.ok) this.#classifyByContent(doc, "envelope");
      else this.#classifyByContent(doc);
    }
    // Every document inside a package folder belongs to it; the deepest package wins. foldersOf's walk, as a plain loop: this runs on every document.
    if (this.#packageIndex.size > 0)
      for (let dir = parentOf(doc.path); dir !== "." && dir !== "/"; dir = parentOf(dir))
        if (this.#packageIndex.hasDir(dir)) {
          doc.packageDir = dir;
          break;
        }

    if (doc.kind === "run_request") doc.id = posix.basename(posix.dirname(doc.path));
    const field = ID_FIELD[doc.kind];
    const value = doc.json?.value;
    const id = field ? stringField(value, field) : doc.kind === "global" ? baseName(doc.path).replace(/\.json$/, "") : undefined;
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

  #classifyByContent(doc: RegistryDocument, expected?: DocumentKind): void {
    const value = doc.json!.value;
    const role = this.#roleOf(doc.path);
    const folderKind = role ? FOLDER_KIND[role] : undefined;
    const fallbackKind = expected ?? (folderKind !== "unknown" ? folderKind : undefined);
    const name = baseName(doc.path);

    const schemaId = stringField(value, "schema_id");
    if (schemaId) {
      if (this.#schemas.get(schemaId)) {
        const kind = this.#kindOfSchema(schemaId) ?? fallbackKind ?? "data";
        this.#set(doc, kind, "schema_id", schemaId);
        return;
      }
      const fallback = fallbackKind ? DEFAULT_SCHEMA[fallbackKind] : undefined;
      this.#report(
        documentUnknownSchema,
        doc,
        "/schema_id",
        `schema_id "${schemaId}" names no schema of this registry or of MOVA ${this.#schemas.release}`,
        fallback ? `correct the id or add the schema to schemas/; meanwhile it is checked against ${fallback}` : "correct the id or add the schema to schemas/",
      );
      if (fallbackKind) this.#set(doc, fallbackKind, "folder", fallback);
      return;
    }

    const envelopeId = stringField(value, "envelope_id");
    if (envelopeId) {
      const known = this.#schemas.get(envelopeId) !== undefined;
      if (!known)
        this.#report(
          documentUnknownSchema,
          doc,
          "/envelope_id",
          `envelope_id "${envelopeId}" names no envelope schema of this registry or of MOVA ${this.#schemas.release}`,
          `add schemas/${envelopeId}.schema.json, or correct the id`,
        );
      this.#set(doc, "envelope", "envelope_id", known ? envelopeId : undefined);
      return;
    }

    if (/^global\..+\.json$/.test(name)) {
      const id = name.replace(/\.json$/, "");
      this.#set(doc, "global", "file name", this.#schemas.get(id) ? id : "registry.global_catalog_v1");
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
