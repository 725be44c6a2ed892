import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCatalog } from "../catalog/build.ts";
import { catalogDiffAgainst } from "../catalog/diff-against.ts";
import { formatCatalogDiffText } from "../catalog/diff.ts";
import { sourceInfo } from "../catalog/source-info.ts";
import { check } from "../check.ts";
import { buildReport } from "../report/report.ts";
import { printText, releaseOption, registryDir } from "./check-command.ts";
import { EXIT, USAGE, UsageError, type CliIo } from "./usage.ts";

export async function catalogCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      diff: { type: "string" },
      name: { type: "string" },
      format: { type: "string", default: "text" },
      release: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const release = releaseOption(values.release);
  const { dir, root } = registryDir(io, positionals, "catalog");
  const registryName = values.name ?? basename(root);

  if (values.diff !== undefined) {
    const diff = await catalogDiffAgainst(root, values.diff, { registryName, ...(release ? { release } : {}) });
    io.stdout(values.format === "json" ? JSON.stringify(diff, null, 2) + "\n" : formatCatalogDiffText(diff));
    return EXIT.ok;
  }

  // Never publish what the guard rejects.
  const result = await check(root, { ...(release ? { release } : {}), catalogFacts: true });
  if (result.findings.some((f) => f.severity === "error")) {
    printText(io, buildReport(result, dir));
    io.stderr("mova-registry: the registry has errors, so no catalog was built; fix them first.\n");
    return result.configBroken ? EXIT.usage : EXIT.findings;
  }
  const source = await sourceInfo(root);
  const build = buildCatalog(result.registry, { registryName, ...(source ? { source } : {}) });
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    mkdirSync(out, { recursive: true });
    for (const [name, content] of Object.entries(build.files)) writeFileSync(join(out, name), content);
  }
  const counts = {
    data_types: (build.catalog.data_types as unknown[]).length,
    verbs: (build.catalog.verbs as unknown[]).length,
    envelopes: (build.catalog.envelopes as unknown[]).length,
    episode_types: (build.catalog.episode_types as unknown[]).length,
    index_entries: (build.index.entries as unknown[]).length,
  };
  if (values.format === "json") io.stdout(JSON.stringify({ digest: build.digest, ...(values.out ? { out: values.out, files: Object.keys(build.files) } : {}), counts, ...(source ? { source } : {}) }, null, 2) + "\n");
  else {
    io.stdout(`${build.digest}\n`);
    io.stderr(
      `catalog of ${dir === "." ? "./" : dir + "/"}: ${counts.data_types} data types, ${counts.verbs} verbs, ${counts.envelopes} envelopes, ${counts.episode_types} episode types; index: ${counts.index_entries} entries` +
        (values.out ? `; written to ${values.out}/ (${Object.keys(build.files).join(", ")})` : "") +
        (source ? `; source ${source.commit.slice(0, 7)}` : "; no source commit recorded (not in git, or uncommitted changes)") +
        "\n",
    );
  }
  return EXIT.ok;
}
