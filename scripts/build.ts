import { build, type BuildOptions, type OutputFile, type Plugin } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RELEASES } from "../src/schemas/releases.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The committed bundles: the action's entry, the CLI's, and the worker thread both start for large registries
 * (ES modules); and the engine the CLI's entry runs (CommonJS, one file: see util/compiled-code.ts).
 */
export const BUNDLES = {
  "action/dist/index.js": "action/src/main.ts",
  "action/dist/cli.js": "src/cli/bin.ts",
  "action/dist/check-worker.js": "src/check-worker.ts",
} as const;

export const ENGINES = {
  "action/dist/cli-engine.cjs": "src/cli/process.ts",
  // The shipped schemas' validators, one file per release, required by the engine for the release a check uses.
  ...Object.fromEntries(RELEASES.map((r) => [`action/dist/validators-${r}.cjs`, `src/schemas/builtin-${r}.generated.cjs`])),
} as Readonly<Record<string, string>>;

/** The engine requires each release's validators from its own file beside it, as the ES modules import each from a chunk. */
const validatorsBeside: Plugin = {
  name: "validators-beside",
  setup(b) {
    b.onResolve({ filter: /^\.\/builtin-[0-9.]+\.generated\.cjs$/ }, (args) =>
      args.importer.endsWith("precompiled.ts") ? { path: args.path.replace(/^\.\/builtin-([0-9.]+)\.generated\.cjs$/, "./validators-$1.cjs"), external: true } : undefined,
    );
  },
};

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
    logLevel: "warning",
    // CommonJS dependencies call require() on Node built-ins, which an ES module must provide.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  };
}

/**
 * The CLI's engine: CommonJS in one file, so that V8 can keep the code a run
 * compiled (vm.Script's code cache, which ES modules do not have). Where the
 * engine asks for its own URL, it gets its file's, as an ES module would.
 * The action stays ES modules: on a runner, where no code cache is at hand
 * unless the cache-dir input brings one, its one-file engine (6 MB with the
 * artifact client) was slower to start (1k: 361 against 332 ms) and took
 * 20 MB more.
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
    plugins: [validatorsBeside],
    define: { ...esm.define, "import.meta.url": "__mova_import_meta_url" },
    // Strict, as the ES modules they are built from (and the bundles of the ES modules) are.
    banner: { js: '"use strict";\nvar __mova_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  };
}

/** Builds the bundles in memory; `write` also puts them on disk. */
export async function buildBundles(write: boolean): Promise<OutputFile[]> {
  // Chunks are named by content, and engines come and go: the old ones go before the new are written.
  if (write) for (const f of readdirSync(join(root, "action/dist"))) if (f.startsWith("chunk-") || f.endsWith(".cjs")) rmSync(join(root, "action/dist", f));
  const results = await Promise.all([build({ ...buildOptions(), write }), build({ ...engineOptions(), write })]);
  return results.flatMap((r) => r.outputFiles ?? []);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildBundles(true);
  console.log(`built ${[...Object.keys(BUNDLES), ...Object.keys(ENGINES)].join(", ")}`);
}
