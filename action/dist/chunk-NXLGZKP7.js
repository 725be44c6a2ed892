import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  registryDir,
  releaseOption
} from "./chunk-O2FG3BZ2.js";
import {
  catalogDiffOf,
  formatCatalogDiffText
} from "./chunk-Q4XSX4ZN.js";
import "./chunk-RNZKPHQY.js";
import "./chunk-EYAG2L7U.js";
import {
  EXIT,
  USAGE,
  UsageError
} from "./chunk-4XUEJQ7R.js";
import {
  sourceInfo
} from "./chunk-4BOIQVLI.js";
import {
  formatText
} from "./chunk-AF653DU4.js";
import {
  buildCatalog,
  buildReport
} from "./chunk-G65C4UKC.js";
import {
  GitSource
} from "./chunk-FJNRMHW7.js";
import {
  locateBase
} from "./chunk-F5S4Y6IV.js";
import "./chunk-UGMGZRCV.js";
import "./chunk-ROE343XT.js";
import "./chunk-U43Y77IC.js";
import {
  check
} from "./chunk-M53WTELD.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-DEQPY4IZ.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-WBKPGEYU.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";

// src/cli/catalog-command.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/catalog/diff-against.ts
async function catalogDiffAgainst(root, baseRef, options) {
  const { repoDir, prefix, commit } = await locateBase(root, baseRef);
  const release = { ...options.release ? { release: options.release } : {}, catalogFacts: true };
  const head = await check(root, release);
  const base = await check(root, { ...release, source: await GitSource.open(repoDir, commit, prefix) });
  return catalogDiffOf(base, head, options);
}

// src/cli/catalog-command.ts
async function catalogCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      diff: { type: "string" },
      name: { type: "string" },
      format: { type: "string", default: "text" },
      release: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const release = releaseOption(values.release);
  const { dir, root } = registryDir(io, positionals, "catalog");
  const registryName = values.name ?? basename(root);
  if (values.diff !== void 0) {
    const diff = await catalogDiffAgainst(root, values.diff, { registryName, ...release ? { release } : {} });
    io.stdout(values.format === "json" ? JSON.stringify(diff, null, 2) + "\n" : formatCatalogDiffText(diff));
    return EXIT.ok;
  }
  const result = await check(root, { ...release ? { release } : {}, catalogFacts: true });
  if (result.findings.some((f) => f.severity === "error")) {
    io.stdout(formatText(buildReport(result, dir), { color: io.color }));
    io.stderr("mova-registry: the registry has errors, so no catalog was built; fix them first.\n");
    return result.configBroken ? EXIT.usage : EXIT.findings;
  }
  const source = await sourceInfo(root);
  const build = buildCatalog(result.registry, { registryName, ...source ? { source } : {} });
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    mkdirSync(out, { recursive: true });
    for (const [name, content] of Object.entries(build.files)) writeFileSync(join(out, name), content);
  }
  const counts = {
    data_types: build.catalog.data_types.length,
    verbs: build.catalog.verbs.length,
    envelopes: build.catalog.envelopes.length,
    episode_types: build.catalog.episode_types.length,
    index_entries: build.index.entries.length
  };
  if (values.format === "json") io.stdout(JSON.stringify({ digest: build.digest, ...values.out ? { out: values.out, files: Object.keys(build.files) } : {}, counts, ...source ? { source } : {} }, null, 2) + "\n");
  else {
    io.stdout(`${build.digest}
`);
    io.stderr(
      `catalog of ${dir === "." ? "./" : dir + "/"}: ${counts.data_types} data types, ${counts.verbs} verbs, ${counts.envelopes} envelopes, ${counts.episode_types} episode types; index: ${counts.index_entries} entries` + (values.out ? `; written to ${values.out}/ (${Object.keys(build.files).join(", ")})` : "") + (source ? `; source ${source.commit.slice(0, 7)}` : "; no source commit recorded (not in git, or uncommitted changes)") + "\n"
    );
  }
  return EXIT.ok;
}
export {
  catalogCommand
};
