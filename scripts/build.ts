import { build, type BuildOptions, type OutputFile } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The committed bundles: the action's entry, the CLI's, and the worker thread both start for large registries. */
export const BUNDLES = {
  "action/dist/index.js": "action/src/main.ts",
  "action/dist/cli.js": "src/cli/main.ts",
  "action/dist/check-worker.js": "src/check-worker.ts",
} as const;

export function buildOptions(): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: Object.entries(BUNDLES).map(([out, src]) => ({ in: src, out: out.replace(/^action\/dist\//, "").replace(/\.js$/, "") })),
    outdir: "action/dist",
    bundle: true,
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
  const result = await build({ ...buildOptions(), write });
  return result.outputFiles ?? [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildBundles(true);
  console.log(`built ${Object.keys(BUNDLES).join(", ")}`);
}
