import { build, type BuildOptions, type OutputFile } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The committed bundles: the action's entry, the CLI's, and the worker thread both start for large registries. */
export const BUNDLES = {
  "action/dist/index.js": "action/src/main.ts",
  "action/dist/cli.js": "src/cli/main.ts",
  "action/dist/check-worker.js": "src/check-worker.ts",
} as const;

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

/** Builds the bundles in memory; `write` also puts them on disk. */
export async function buildBundles(write: boolean): Promise<OutputFile[]> {
  // Chunks are named by content: the old ones go before the new are written.
  if (write) for (const f of readdirSync(join(root, "action/dist"))) if (f.startsWith("chunk-")) rmSync(join(root, "action/dist", f));
  const result = await build({ ...buildOptions(), write });
  return result.outputFiles ?? [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildBundles(true);
  console.log(`built ${Object.keys(BUNDLES).join(", ")}`);
}
