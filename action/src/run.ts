import * as core from "@actions/core";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { check } from "../../src/check.ts";
import { buildReport, formatJson } from "../../src/report/report.ts";
import { formatText } from "../../src/report/text.ts";
import { toAnnotation } from "./annotations.ts";
import { InputError, readInputs } from "./inputs.ts";

/** The Actions adapter: read inputs, run the engine, speak GitHub. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const result = await check(resolve(workspace, inputs.path), inputs.release ? { release: inputs.release } : {});
    const report = buildReport(result, inputs.path);

    core.info(formatText(report, { color: false }));
    for (const finding of report.findings) {
      const a = toAnnotation(finding, inputs.path);
      core[a.level](a.message, a.properties);
    }

    const reportPath = join(env.RUNNER_TEMP ?? workspace, "mova-registry-report.json");
    writeFileSync(reportPath, formatJson(report));
    core.setOutput("errors", report.summary.errors);
    core.setOutput("warnings", report.summary.warnings);
    core.setOutput("report-path", reportPath);

    if (result.configBroken) core.setFailed("mova.registry.json has errors; fix the configuration first");
    else if (report.summary.errors > 0) core.setFailed(`${report.summary.errors} error(s) in the MOVA registry at ${inputs.path}`);
  } catch (error) {
    core.setFailed(error instanceof InputError ? error.message : `mova-registry failed: ${(error as Error).stack ?? error}`);
  }
}
