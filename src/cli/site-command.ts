import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { check } from "../check.ts";
import { buildSite, writeSite } from "../site/build.ts";
import { releaseOption, registryDir } from "./check-command.ts";
import { EXIT, USAGE, UsageError, type CliIo } from "./usage.ts";

/** mova-registry site [DIR] --out FOLDER: the static catalog site of the registry. */
export async function siteCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      name: { type: "string" },
      release: { type: "string" },
      "max-runs": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (!values.out) throw new UsageError("site needs --out FOLDER");
  const maxRuns = values["max-runs"] === undefined ? 20 : Number(values["max-runs"]);
  if (!Number.isInteger(maxRuns) || maxRuns < 0) throw new UsageError(`--max-runs must be a whole number, not "${values["max-runs"]}"`);
  const release = releaseOption(values.release);
  const { dir, root } = registryDir(io, positionals, "site");
  const result = await check(root, release ? { release } : {});
  const errors = result.findings.filter((f) => f.severity === "error").length;
  if (result.configBroken) {
    io.stderr("mova-registry: mova.registry.json is broken; run mova-registry check for the details.\n");
    return EXIT.usage;
  }
  const site = buildSite(result.registry, { registryName: values.name ?? basename(root), maxRuns });
  const out = resolve(io.cwd, values.out);
  writeSite(out, site.files);
  io.stdout(`${site.digest}\n`);
  io.stderr(
    `site of ${dir === "." ? "./" : dir + "/"}: ${site.pages} pages, ${Object.keys(site.files).length} files written to ${values.out}/; open ${values.out}/index.html` +
      (errors ? `\nmova-registry: the registry has ${errors} error(s); the site shows it as it is (mova-registry check lists them).` : "") +
      "\n",
  );
  return EXIT.ok;
}
