import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  registryDir,
  releaseOption
} from "./chunk-O2FG3BZ2.js";
import "./chunk-Q4XSX4ZN.js";
import "./chunk-RNZKPHQY.js";
import "./chunk-EYAG2L7U.js";
import {
  EXIT,
  USAGE,
  UsageError
} from "./chunk-4XUEJQ7R.js";
import {
  buildSite,
  writeSite
} from "./chunk-F4WGZXQI.js";
import "./chunk-OYXHRGUF.js";
import "./chunk-AF653DU4.js";
import "./chunk-G65C4UKC.js";
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

// src/cli/site-command.ts
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
async function siteCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      name: { type: "string" },
      release: { type: "string" },
      "max-runs": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (!values.out) throw new UsageError("site needs --out FOLDER");
  const maxRuns = values["max-runs"] === void 0 ? 20 : Number(values["max-runs"]);
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
  io.stdout(`${site.digest}
`);
  io.stderr(
    `site of ${dir === "." ? "./" : dir + "/"}: ${site.pages} pages, ${Object.keys(site.files).length} files written to ${values.out}/; open ${values.out}/index.html` + (errors ? `
mova-registry: the registry has ${errors} error(s); the site shows it as it is (mova-registry check lists them).` : "") + "\n"
  );
  return EXIT.ok;
}
export {
  siteCommand
};
