import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { addFormats } from "./formats.ts";
import type { JsonText } from "../json/parse.ts";
import { appendPointer } from "../json/pointer.ts";
import { movaSchemas, toolSchemas, type Schema } from "./builtin.ts";
import { explainErrors, type Explanation } from "./explain.ts";
import { DRAFT_2020_12, MOVA_SCHEMA_BASE, idFromUri, resolveRef } from "./ids.ts";
import validateMetaSchema from "./meta-2020-12.generated.cjs";
import { precompiled, shippedIdOf } from "./precompiled.ts";
import { keptCodeOfThisRun, readRegistryValidators, registryValidatorsCode, registryValidatorsFile, registryValidatorsOf, writeRegistryValidators, type KeptCode, type KeptFile, type RegistryValidators } from "./registry-validators.ts";
import { linearRegExp, UnsupportedPattern } from "./regexp.ts";
import type { Release } from "./releases.ts";

export type SchemaOrigin = "mova" | "tool" | "registry";

export interface SchemaEntry {
  /** The MOVA id, e.g. `ds.connector_core_v1`. */
  id: string;
  /** The `$id` URI. */
  uri: string;
  schema: Schema;
  origin: SchemaOrigin;
  /** Registry path, for schemas the registry itself defines. */
  file?: string;
}

/** A problem with a schema the registry defines, anchored inside that schema file. */
export interface SchemaProblem extends Explanation {
  file: string;
  rule: "schema/invalid" | "schema/duplicate-id" | "schema/unresolved-ref" | "schema/unsupported-pattern";
}

export interface RegistrySchemaFile {
  path: string;
  json: JsonText;
}

function newAjv(detailed: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: detailed,
    verbose: detailed,
    allowUnionTypes: true,
    logger: false,
    // Patterns run on RE2, in time linear in the input: a registry's schema cannot make validation backtrack for ever.
    // $refs are never fetched: there is no loadSchema, so a remote $ref is an unresolved one.
    // The fast validators keep their source, so the registry's can be kept as code (registry-validators.ts).
    code: { regExp: linearRegExp, source: !detailed },
  });
  addFormats(ajv);
  return ajv;
}

/**
 * Every schema one check can validate against: the red core of the chosen
 * release, this tool's own schemas and the registry's `schemas/` folder,
 * resolvable by `$id` and by MOVA id. Validation runs on a fast validator;
 * only a failing document pays for a second pass that collects every error.
 */
export class SchemaSet {
  readonly release: Release;
  readonly #entries = new Map<string, SchemaEntry>();
  readonly #byUri = new Map<string, SchemaEntry>();
  readonly #fast = newAjv(false);
  #detailed: Ajv2020 | undefined;
  readonly #validators = new Map<string, ValidateFunction | null>();

  constructor(release: Release) {
    this.release = release;
    for (const schema of movaSchemas(release)) this.#register(schema, "mova");
    for (const schema of toolSchemas()) this.#register(schema, "tool");
    // The shipped schemas' validators were compiled ahead of time (loadPrecompiled): handed to ajv as compiled, they serve
    // documents and the registry schemas that $ref them alike, and ajv compiles only the registry's own.
    for (const entry of this.#entries.values()) {
      const validate = precompiled(release, entry.id);
      const env = this.#fast.schemas[entry.uri];
      if (validate && env) env.validate = validate as unknown as ValidateFunction;
    }
  }

  #register(schema: Schema, origin: SchemaOrigin, file?: string): SchemaEntry {
    const uri = String(schema.$id);
    const entry: SchemaEntry = { id: idFromUri(uri), uri, schema, origin, ...(file ? { file } : {}) };
    this.#entries.set(entry.id, entry);
    this.#lineages.clear();
    this.#byUri.set(uri, entry);
    // The built-in schemas are tested against the meta-schema (test/schemas.test.ts); registry schemas were just checked against it.
    this.#fast.addSchema(schema, undefined, undefined, false);
    this.#detailed?.addSchema(schema, undefined, undefined, false);
    return entry;
  }

  get(id: string): SchemaEntry | undefined {
    return this.#entries.get(id);
  }

  byUri(uri: string): SchemaEntry | undefined {
    return this.#byUri.get(uri.replace(/#.*$/, ""));
  }

  entries(): SchemaEntry[] {
    return [...this.#entries.values()];
  }

  /**
   * Adds the registry's own schemas. A schema that is not valid 2020-12, that
   * claims an `$id` already taken, or whose `$ref`s do not resolve becomes a
   * problem in its file and is left out; the rest of the registry still loads.
   */
  addRegistrySchemas(files: readonly RegistrySchemaFile[], compiles: ReadonlySet<string> = new Set(), keep: KeptCode | undefined = keptCodeOfThisRun()): SchemaProblem[] {
    const problems: SchemaProblem[] = [];
    const added: SchemaEntry[] = [];
    for (const file of files) {
      const problem = (rule: SchemaProblem["rule"], x: Explanation) => problems.push({ ...x, file: file.path, rule });
      const value = file.json.value;
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        problem("schema/invalid", { pointer: "", target: "value", message: "a schema file must hold a JSON object", hint: 'start from {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "...", "type": "object"}' });
        continue;
      }
      const schema = { ...(value as Schema) };
      if (schema.$schema !== undefined && schema.$schema !== DRAFT_2020_12 && schema.$schema !== DRAFT_2020_12 + "#") {
        problem("schema/invalid", {
          pointer: "/$schema",
          target: "value",
          message: `"$schema" is ${JSON.stringify(schema.$schema)}, but registry schemas are JSON Schema 2020-12`,
          hint: `set "$schema" to "${DRAFT_2020_12}" (MOVA schemas use draft 2020-12)`,
        });
        continue;
      }
      if (typeof schema.$id !== "string" || schema.$id === "") {
        // Without an $id the file name stands in, under the MOVA base, so relative $refs to the core still resolve.
        schema.$id = MOVA_SCHEMA_BASE + file.path.slice(file.path.lastIndexOf("/") + 1);
      }
      const uri = String(schema.$id).replace(/#$/, "");
      schema.$id = uri;
      const clash = this.#byUri.get(uri) ?? this.#entries.get(idFromUri(uri));
      if (clash) {
        problem("schema/duplicate-id", {
          pointer: typeof (value as Schema).$id === "string" ? "/$id" : "",
          target: "value",
          message:
            clash.origin === "registry"
              ? `schema id "${idFromUri(uri)}" is already defined by ${clash.file}`
              : `schema id "${idFromUri(uri)}" is already a ${clash.origin === "mova" ? `MOVA ${this.release} core` : "built-in"} schema; a registry cannot redefine it`,
          hint: "give this schema its own id, with a new version suffix if it replaces another",
        });
        continue;
      }
      // Compiled ahead of time (scripts/meta-validator.ts): ajv's own meta-schema validator, without its 40 ms compile on every run.
      if (!validateMetaSchema(schema)) {
        const detailed = this.#detailedAjv();
        detailed.validateSchema(schema);
        for (const x of explainErrors(detailed.errors ?? [])) problem("schema/invalid", { ...x, message: `not a valid JSON Schema: ${x.message}` });
        continue;
      }
      try {
        added.push(this.#register(schema, "registry", file.path));
      } catch (error) {
        problem("schema/invalid", { pointer: "", target: "value", message: `not a usable schema: ${(error as Error).message}` });
      }
    }
    // The same schema files compiled on an earlier run, with no problem: their code, read back.
    const keptFile = keep && added.length > 0 ? registryValidatorsFile(keep, this.release, files.map((f) => ({ path: f.path, text: f.json.text }))) : undefined;
    const kept = keptFile !== undefined && problems.length === 0 ? this.#keptValidators(keptFile) : undefined;
    let compiledAll = problems.length === 0;
    // Compile only once all are added, so registry schemas may refer to one another in any order.
    for (const entry of added) {
      const validate = kept?.[entry.id];
      if (validate) {
        this.#fast.schemas[entry.uri]!.validate = validate;
        continue;
      }
      // Known to compile (the same files compiled for the cached base): compiled when first used, if at all.
      if (entry.file !== undefined && compiles.has(entry.file)) {
        compiledAll = false;
        continue;
      }
      const error = this.#compileError(entry);
      if (!error) continue;
      compiledAll = false;
      const file = files.find((f) => f.path === entry.file)!;
      problems.push({ ...error, file: file.path });
      this.#forget(entry);
    }
    if (keptFile !== undefined && !kept && compiledAll) this.#keepValidators(keptFile, added);
    return problems;
  }

  /** The kept code of the registry's schemas in `file`, if there is a readable file that defines them. */
  #keptValidators(file: KeptFile): RegistryValidators | undefined {
    const code = readRegistryValidators(file);
    if (code === undefined) return undefined;
    try {
      return this.#validatorsOf(code);
    } catch {
      // Not code this engine wrote (cut short, or edited): compiled again, and written anew.
      return undefined;
    }
  }

  /** Writes the code of the registry's schemas just compiled, once it is known to load. */
  #keepValidators(file: KeptFile, added: readonly SchemaEntry[]): void {
    const code = registryValidatorsCode(this.#fast, new Map(added.map((e) => [e.id, e.uri])), (fn) => shippedIdOf(this.release, fn));
    if (code === undefined) return;
    try {
      const loaded = this.#validatorsOf(code);
      if (added.some((e) => typeof loaded[e.id] !== "function")) return;
    } catch {
      return;
    }
    writeRegistryValidators(file, code);
  }

  /** Runs kept code, its shipped schemas' validators this release's precompiled ones. */
  #validatorsOf(code: string): RegistryValidators {
    return registryValidatorsOf(code, (id) => precompiled(this.release, id));
  }

  #compileError(entry: SchemaEntry): Omit<SchemaProblem, "file"> | undefined {
    try {
      this.#fast.getSchema(entry.uri);
      return undefined;
    } catch (error) {
      const e = error as Error & { missingRef?: string; missingSchema?: string };
      if (e instanceof UnsupportedPattern)
        return {
          rule: "schema/unsupported-pattern",
          pointer: findPattern(entry.schema, e.pattern) ?? "",
          target: "value",
          message: `${e.message}; the schema is left out`,
          hint: "rewrite the pattern without lookahead, lookbehind or backreferences (RE2 syntax), or check the condition another way",
        };
      if (e.missingRef !== undefined) {
        const pointer = findRef(entry.schema, entry.uri, e.missingRef) ?? "";
        return {
          rule: "schema/unresolved-ref",
          pointer,
          target: "value",
          message: `"$ref" ${JSON.stringify(e.missingRef)} does not resolve to any schema of the registry or of MOVA ${this.release}`,
          hint: "refer to a schema by its full $id (e.g. https://mova.dev/schemas/ds.connector_core_v1.schema.json) or add the missing schema to schemas/",
        };
      }
      return { rule: "schema/invalid", pointer: "", target: "value", message: `the schema cannot be compiled: ${e.message}` };
    }
  }

  #forget(entry: SchemaEntry): void {
    this.#entries.delete(entry.id);
    this.#lineages.clear();
    this.#byUri.delete(entry.uri);
    this.#fast.removeSchema(entry.uri);
    this.#detailed?.removeSchema(entry.uri);
  }

  #detailedAjv(): Ajv2020 {
    if (!this.#detailed) {
      this.#detailed = newAjv(true);
      for (const e of this.#entries.values()) this.#detailed.addSchema(e.schema, undefined, undefined, false);
    }
    return this.#detailed;
  }

  /** Validates a value against a schema id; undefined when valid, the explained errors otherwise. */
  validate(id: string, value: unknown): Explanation[] | undefined {
    const entry = this.#entries.get(id);
    if (!entry) throw new Error(`unknown schema ${id}`);
    let validate = this.#validators.get(id);
    if (validate === undefined) {
      validate = this.#fast.getSchema(entry.uri) ?? null;
      this.#validators.set(id, validate);
    }
    if (!validate || validate(value)) return undefined;
    const detailed = this.#detailedAjv().getSchema(entry.uri)!;
    detailed(value);
    return explainErrors((detailed.errors ?? []) as ErrorObject[], (c, branch) => this.#branchErrors(c, branch));
  }

  /** Validates what a failed alternative saw against one of its branches alone (see explainErrors). */
  #branchErrors(c: ErrorObject, branch: number): ErrorObject[] | undefined {
    // ajv's schema paths are relative to the nearest $ref, so find the schema object itself.
    const at = c.parentSchema ? this.#schemaLocations().get(c.parentSchema) : undefined;
    if (!at) return undefined;
    try {
      const validate = this.#detailedAjv().getSchema(`${at}/${c.keyword}/${branch}`);
      if (!validate) return undefined;
      validate(c.data);
      return ((validate.errors ?? []) as ErrorObject[]).map((e) => ({ ...e, instancePath: c.instancePath + e.instancePath }));
    } catch {
      return undefined;
    }
  }

  #locations: WeakMap<object, string> | undefined;

  /** Every schema object of the set, mapped to its absolute `uri#/pointer`; built on the first failure only. */
  #schemaLocations(): WeakMap<object, string> {
    if (this.#locations) return this.#locations;
    const map = new WeakMap<object, string>();
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== "object" || map.has(node)) return;
      map.set(node, at);
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${at}/${i}`));
      else for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    };
    for (const e of this.#entries.values()) walk(e.schema, `${e.uri}#`);
    return (this.#locations = map);
  }

  readonly #inline = new Map<string, ValidateFunction>();

  /** Validates a value against a schema given inline (a DETERMINISTIC step's condition); its $refs resolve against this set. */
  validateInline(schema: unknown, value: unknown): boolean {
    const key = JSON.stringify(schema);
    let validate = this.#inline.get(key);
    if (!validate) this.#inline.set(key, (validate = this.#fast.compile(schema as object)));
    return validate(value) as boolean;
  }

  readonly #lineages = new Map<string, readonly string[]>();

  /** The ids a schema extends through top-level `$ref` and `allOf` items, nearest first; asked once per document, so kept. */
  lineage(id: string): readonly string[] {
    let known = this.#lineages.get(id);
    if (!known) this.#lineages.set(id, (known = this.#lineageOf(id)));
    return known;
  }

  #lineageOf(id: string): string[] {
    const out: string[] = [];
    const queue = [id];
    while (queue.length > 0) {
      const entry = this.#entries.get(queue.shift()!);
      if (!entry) continue;
      const parents = [entry.schema, ...(Array.isArray(entry.schema.allOf) ? (entry.schema.allOf as Schema[]) : [])]
        .map((s) => (typeof s?.$ref === "string" ? resolveRef(s.$ref, entry.uri) : undefined))
        .filter((u): u is string => u !== undefined)
        .map((u) => this.#byUri.get(u)?.id)
        .filter((p): p is string => p !== undefined && !out.includes(p) && p !== id);
      out.push(...parents);
      queue.push(...parents);
    }
    return out;
  }
}

/** The pointer of a `pattern` (or a `patternProperties` key) with this text inside a schema. */
function findPattern(schema: unknown, pattern: string, pointer = ""): string | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  for (const [k, v] of Object.entries(schema)) {
    const at = appendPointer(pointer, k);
    if (k === "pattern" && v === pattern) return at;
    if (k === "patternProperties" && v !== null && typeof v === "object" && Object.hasOwn(v, pattern)) return appendPointer(at, pattern);
    const found = findPattern(v, pattern, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The pointer of the `$ref` inside a schema that resolves to `missing`. */
function findRef(schema: unknown, base: string, missing: string, pointer = ""): string | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  if (Array.isArray(schema)) {
    for (let i = 0; i < schema.length; i++) {
      const found = findRef(schema[i], base, missing, appendPointer(pointer, i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const s = schema as Schema;
  if (typeof s.$ref === "string") {
    const resolved = resolveRef(s.$ref, base);
    const bare = missing.replace(/#.*$/, "");
    if (s.$ref === missing || resolved === bare || (s.$ref.startsWith("#") && missing.endsWith(s.$ref))) return appendPointer(pointer, "$ref");
  }
  for (const [k, v] of Object.entries(s)) {
    const found = findRef(v, base, missing, appendPointer(pointer, k));
    if (found !== undefined) return found;
  }
  return undefined;
}
