import { build, transform, type BuildOptions, type Plugin } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RELEASES } from "../src/schemas/releases.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The committed bundles: the action's entry, the CLI's, and the worker thread both start for large registries
 * (ES modules); and the engines the two entries run (CommonJS, one file each: see util/compiled-code.ts).
 */
export const BUNDLES = {
  "action/dist/index.js": "action/src/main.ts",
  "action/dist/cli.js": "src/cli/bin.ts",
  "action/dist/check-worker.js": "src/check-worker.ts",
} as const;

export const ENGINES = {
  "action/dist/action-engine.cjs": "action/src/run.ts",
  "action/dist/cli-engine.cjs": "src/cli/process.ts",
  // The artifact client (3.7 MB), required only when publish mode uploads the catalog.
  "action/dist/action-artifact.cjs": "@actions/artifact",
  // undici, the HTTP client @actions/github's requests (and @actions/http-client's proxies) go through: required on the
  // first API call, never by a job that makes none (lazyModule).
  "action/dist/undici.cjs": "undici",
  // The shipped schemas' validators, one file per release, required by the engine for the release a check uses.
  ...Object.fromEntries(RELEASES.map((r) => [`action/dist/validators-${r}.cjs`, `src/schemas/builtin-${r}.generated.cjs`])),
} as Readonly<Record<string, string>>;

/**
 * Each release's validators, the action's artifact client and undici are files of their own in action/dist: the
 * engines require them, the worker thread's ES modules import them, when they are used. One copy serves all.
 */
export const besideEngines: Plugin = {
  name: "beside-engines",
  setup(b) {
    b.onResolve({ filter: /^\.\/builtin-[0-9.]+\.generated\.cjs$/ }, (args) =>
      args.importer.endsWith("precompiled.ts") ? { path: args.path.replace(/^\.\/builtin-([0-9.]+)\.generated\.cjs$/, "./validators-$1.cjs"), external: true } : undefined,
    );
    b.onResolve({ filter: /^@actions\/artifact$/ }, (args) => (args.importer.endsWith("artifact.ts") ? { path: "./action-artifact.cjs", external: true } : undefined));
    // Every other import of undici gets a stand-in that requires undici.cjs when one of its exports is first read.
    b.onResolve({ filter: /^undici$/ }, (args) => (args.kind === "entry-point" ? undefined : { path: "undici", namespace: "lazy" }));
    b.onLoad({ filter: /^undici$/, namespace: "lazy" }, () => ({ contents: lazyModule(undiciExports(), "./undici.cjs"), loader: "js" }));
    b.onResolve({ filter: /^\.\/undici\.cjs$/, namespace: "lazy" }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * A CommonJS module standing in for `file`: the same export names, each a
 * getter that requires the file the first time it is read. undici (770 KB)
 * is needed once the action calls GitHub's API, yet @actions/http-client
 * required it as it loaded: a job that makes no call (the guard on a push)
 * spent 30-40 ms on it.
 */
export function lazyModule(names: readonly string[], file: string): string {
  return `"use strict";
let loaded;
const load = () => (loaded ??= require(${JSON.stringify(file)}));
for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
`;
}

let undiciNames: string[] | undefined;
/** The names undici exports, as the installed version has them. */
export function undiciExports(): string[] {
  return (undiciNames ??= Object.keys(createRequire(import.meta.url)("undici") as object));
}

/**
 * A digest of everything the engine's behaviour depends on (its sources,
 * schemas and locked dependencies), built into the bundles: caches and shard
 * reports written by one build are never read by another.
 */
export function engineDigest(): string {
  const hash = createHash("sha256");
  const files = ["src", "schemas"].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name)),
  );
  for (const file of [...files, join(root, "package-lock.json")].sort()) hash.update(file.slice(root.length)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

export function buildOptions(): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: Object.entries(BUNDLES).map(([out, src]) => ({ in: src, out: out.replace(/^action\/dist\//, "").replace(/\.js$/, "") })),
    outdir: "action/dist",
    bundle: true,
    // Shared code and what a mode loads only when it runs go into chunks beside the entries, so starting is cheap.
    splitting: true,
    chunkNames: "chunk-[hash]",
    define: { MOVA_ENGINE_DIGEST: JSON.stringify(engineDigest()) },
    platform: "node",
    format: "esm",
    target: "node24",
    // Readable bundles make reviewable diffs; size does not matter for an action.
    minify: false,
    sourcemap: false,
    legalComments: "inline",
    plugins: [besideEngines],
    logLevel: "warning",
    // CommonJS dependencies call require() on Node built-ins, which an ES module must provide.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  };
}

/**
 * The engines: CommonJS, one file each, so that V8 can keep the code a run
 * compiled (vm.Script's code cache, which ES modules do not have). Where an
 * engine asks for its own URL, it gets its file's, as an ES module would.
 */
export function engineOptions(): BuildOptions {
  const esm = buildOptions();
  return {
    ...esm,
    entryPoints: Object.entries(ENGINES).map(([out, src]) => ({ in: src, out: out.replace(/^action\/dist\//, "").replace(/\.cjs$/, "") })),
    outExtension: { ".js": ".cjs" },
    splitting: false,
    format: "cjs",
    // A script has no import(): what the engine imports when it runs (a release's validators, Node's readline) is required.
    supported: { "dynamic-import": false },
    plugins: [besideEngines],
    define: { ...esm.define, "import.meta.url": "__mova_import_meta_url" },
    // Strict, as the ES modules they are built from (and the bundles of the ES modules) are.
    banner: { js: '"use strict";\nvar __mova_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  };
}

/**
 * An engine's text in ASCII: V8 keeps a script with one other character at
 * two bytes a character (6 MB more for the action's). esbuild escapes them
 * in strings and regular expressions but leaves comments as they are, so the
 * rest is escaped here; minified (without comments) the two texts must be
 * the same, or a character stood in code, and the build fails.
 */
export async function asciiEngine(path: string, text: string): Promise<string> {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const code = async (t: string) => (await transform(t, { minify: true, format: "cjs", legalComments: "none", charset: "ascii" })).code;
  if ((await code(text)) !== (await code(escaped))) throw new Error(`${path}: a character outside ASCII stands in code, not in a comment; escape it in the source`);
  return escaped;
}

/** Builds the bundles in memory; `write` also puts them on disk. */
export async function buildBundles(write: boolean): Promise<Array<{ path: string; text: string }>> {
  const [esm, engines] = await Promise.all([build({ ...buildOptions(), write: false }), build({ ...engineOptions(), write: false })]);
  const outputs = [...esm.outputFiles.map((f) => ({ path: f.path, text: f.text })), ...(await Promise.all(engines.outputFiles.map(async (f) => ({ path: f.path, text: await asciiEngine(f.path, f.text) }))))];
  if (write) {
    // Chunks are named by content, and engines come and go: the old ones go before the new are written.
    for (const f of readdirSync(join(root, "action/dist"))) if (f.startsWith("chunk-") || f.endsWith(".cjs")) rmSync(join(root, "action/dist", f));
    for (const o of outputs) writeFileSync(o.path, o.text, { mode: o.text.startsWith("#!") ? 0o755 : 0o644 });
  }
  return outputs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildBundles(true);
  console.log(`built ${[...Object.keys(BUNDLES), ...Object.keys(ENGINES)].join(", ")}`);
}
