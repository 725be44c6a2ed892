import type { Ajv2020 } from "ajv/dist/2020.js";
import { _Code, getProperty, nil, type Code } from "ajv/dist/compile/codegen/code.js";
import { UsedValueState, type UsedScopeValues, type ValueScopeName } from "ajv/dist/compile/codegen/scope.js";
import type { SchemaEnv } from "ajv/dist/compile/index.js";
import type { AnyValidateFunction, SourceCode } from "ajv/dist/types/index.js";
import { fullFormats, fastFormats } from "ajv-formats/dist/formats.js";
import * as equal from "ajv/dist/runtime/equal.js";
import * as ucs2length from "ajv/dist/runtime/ucs2length.js";
import * as uri from "ajv/dist/runtime/uri.js";
import * as validationError from "ajv/dist/runtime/validation_error.js";
import { join } from "node:path";
import { pruneKept, readOwnFile, writeAtomically } from "../util/own-files.ts";
import { engineDigest } from "../version.ts";
import { linearRegExp } from "./regexp.ts";

/**
 * The registry's own schemas, compiled once and kept as JavaScript: ajv's
 * code for them, written as its standalone modules are, with the shipped
 * schemas' validators (compiled ahead of time, see precompiled.ts) named
 * instead of copied. Compiling a registry's schemas cost every check 25–35
 * ms at 12 small schemas, and every worker thread again; the same schema
 * files compile to the same code, so the next run reads it back.
 */
export type RegistryValidators = Readonly<Record<string, AnyValidateFunction>>;

/**
 * A CommonJS module's exports, as `require` gives them, from its namespace:
 * Node and esbuild put the whole exports under `default`, where vitest puts
 * the module's own `default` export.
 */
function exportsOf(namespace: object): unknown {
  const whole = (namespace as { default?: { __esModule?: boolean } }).default;
  return whole?.__esModule ? whole : namespace;
}

/** The modules ajv's generated code requires, by the names it requires them by: the bundle has them, not a node_modules folder. */
const RUNTIME: Readonly<Record<string, unknown>> = {
  "ajv/dist/runtime/equal": exportsOf(equal),
  "ajv/dist/runtime/ucs2length": exportsOf(ucs2length),
  "ajv/dist/runtime/uri": exportsOf(uri),
  "ajv/dist/runtime/validation_error": exportsOf(validationError),
  "ajv-formats/dist/formats": { fullFormats, fastFormats },
  // linearRegExp's own `code` (regexp.ts): registry patterns run on RE2 as when compiled here.
  re2js: { linearRegExp },
};

function runtimeRequire(name: string): unknown {
  if (!Object.hasOwn(RUNTIME, name)) throw new Error(`generated validator code requires "${name}", which is not among the modules it may use`);
  return RUNTIME[name];
}

/**
 * The module text of the validators of `ids` (MOVA id → `$id`), compiled by
 * `ajv` with `code.source`. A shipped schema's precompiled validator is
 * written as `shipped("<id>")`; ajv's own standalone writer would copy its
 * source, which the precompiled functions do not carry. Undefined when a
 * validator has no source to write (it was not compiled with `code.source`).
 */
export function registryValidatorsCode(ajv: Ajv2020, ids: ReadonlyMap<string, string>, shippedIdOf: (fn: unknown) => string | undefined): string | undefined {
  const used: UsedScopeValues = {};
  const state = (name: ValueScopeName) => used[name.prefix]?.get(name);
  const setState = (name: ValueScopeName, s: UsedValueState) => (used[name.prefix] ??= new Map()).set(name, s);

  const validateCode = (s: SourceCode | undefined): Code => {
    if (!s) throw new NoSource();
    if (state(s.validateName) === UsedValueState.Completed) return nil;
    setState(s.validateName, UsedValueState.Started);
    const scope = ajv.scope.scopeCode(s.scopeValues, used, refCode);
    const code = new _Code(`${scope}\n${s.validateCode}`);
    return s.evaluated ? new _Code(`${code}${s.validateName}.evaluated = ${s.evaluated};\n`) : code;
  };
  // As ajv's standalone writer: the validators a validator calls, each once.
  const refCode = (n: ValueScopeName): Code | undefined => {
    const ref = n.value?.ref;
    if (n.prefix === "validate" && typeof ref === "function") {
      const shipped = shippedIdOf(ref);
      if (shipped !== undefined) return new _Code(`const ${n} = shipped(${JSON.stringify(shipped)});`);
      return validateCode((ref as AnyValidateFunction & { source?: SourceCode }).source);
    }
    if ((n.prefix === "root" || n.prefix === "wrapper") && typeof ref === "object" && ref !== null) {
      const { validate, validateName } = ref as SchemaEnv;
      if (!validateName || !validate) throw new NoSource();
      const wrapper = new _Code(`const ${n} = {validate: ${validateName}};`);
      if (state(validateName) === UsedValueState.Started) return wrapper;
      return new _Code(`${wrapper}\n${validateCode(validate.source)}`);
    }
    return undefined;
  };

  try {
    let code = '"use strict";';
    for (const [id, uri] of ids) {
      const validate = ajv.getSchema(uri) as (AnyValidateFunction & { source?: SourceCode }) | undefined;
      if (!validate?.source) return undefined;
      code += `\nexports${getProperty(id)} = ${validate.source.validateName};\n${validateCode(validate.source)}`;
    }
    return code + "\n";
  } catch {
    // A value ajv cannot write as code (NoSource, or its own ValueError): compiled on every run, as before.
    return undefined;
  }
}

class NoSource extends Error {
  constructor() {
    super("a validator has no source to write");
  }
}

/** The validators a module text defines, by MOVA id; `shipped` gives a shipped schema's precompiled validator. */
export function registryValidatorsOf(code: string, shipped: (id: string) => unknown): RegistryValidators {
  const exports: Record<string, AnyValidateFunction> = {};
  const shippedOrFail = (id: string) => {
    const fn = shipped(id);
    if (typeof fn !== "function") throw new Error(`generated validator code names the shipped schema "${id}", which this release has no validator for`);
    return fn;
  };
  new Function("exports", "require", "shipped", code)(exports, runtimeRequire, shippedOrFail);
  return exports;
}

/** Where compiled schemas are kept, and the engine that compiles them. */
export interface KeptCode {
  dir: string;
  /** The engine's build: another build's code is another file. */
  fingerprint: string;
}

/**
 * Beside the engine's compiled code (util/compiled-code.ts), where the CLI
 * or the action keeps it: NODE_COMPILE_CACHE, unless
 * NODE_DISABLE_COMPILE_CACHE=1. Only a bundle keeps any: run from its
 * sources, the engine has no digest to name its code by.
 */
export function keptCodeOfThisRun(): KeptCode | undefined {
  const dir = process.env.NODE_COMPILE_CACHE;
  const digest = engineDigest();
  if (digest === undefined || !dir || process.env.NODE_DISABLE_COMPILE_CACHE === "1") return undefined;
  return { dir: join(dir, "mova-registry"), fingerprint: digest };
}

/**
 * Where a registry's compiled schemas are kept, and what the file must
 * begin with: the engine, the release and every registry schema file (path
 * and text, in order), whole. A file is only read back for exactly these;
 * its name is a quick digest of them, so that a change to any is another
 * file (a rare clash of names only means compiling again).
 */
export interface KeptFile {
  path: string;
  header: string;
}

export function registryValidatorsFile({ dir, fingerprint }: KeptCode, release: string, files: readonly { path: string; text: string }[]): KeptFile {
  // Not node:crypto's digest: loading that module took 9 ms, a third of what keeping the code saves.
  const header = JSON.stringify({ engine: fingerprint, release, files: files.map((f) => [f.path, f.text]) });
  return { path: join(dir, `${PREFIX}${quickDigest(header)}.cjs`), header };
}

/** 53 bits of a string (cyrb53): to name a file, never to trust it. */
function quickDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

const PREFIX = "registry-validators-";
/** How many kept files a folder holds at most: one per state of a registry's schemas, the newest kept. */
const KEEP = 8;

/**
 * The code kept in a file this user owns for exactly the header's schemas,
 * or undefined: code another user left in a shared folder is never run, nor
 * code kept for other schema files whose name is the same.
 */
export function readRegistryValidators({ path, header }: KeptFile): string | undefined {
  const text = readOwnFile(path)?.toString("utf8");
  if (text === undefined) return undefined;
  // JSON.stringify writes a line break inside a string as \n: the header is one line.
  const end = text.indexOf("\n");
  return end === header.length && text.startsWith(header) ? text.slice(end + 1) : undefined;
}

/** Writes a kept file (see writeAtomically) and drops all but the newest few of its folder. */
export function writeRegistryValidators({ path, header }: KeptFile, code: string): void {
  writeAtomically(path, () => `${header}\n${code}`);
  pruneKept(path, (f) => f.startsWith(PREFIX) && f.endsWith(".cjs"), KEEP);
}
