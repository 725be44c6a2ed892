import * as core from "@actions/core";
import { join, resolve } from "node:path";
import { formatMarkdown } from "../../src/report/markdown.ts";
import { buildReport } from "../../src/report/report.ts";
import { selectAnnotations, toAnnotation } from "./annotations.ts";
import type { ArtifactUploader } from "./artifact.ts";
import type { ActionInputs } from "./inputs.ts";
import { SUMMARY_FINDINGS } from "./limits.ts";
import { publishCatalog } from "./publish.ts";
import { logReport } from "./log.ts";

/** mode: publish. Guard first, then build the catalog, upload it, and commit it to the publication branch. */
export async function runPublish(inputs: ActionInputs, env: NodeJS.ProcessEnv, uploader: ArtifactUploader): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const outcome = await publishCatalog(
    {
      root: resolve(workspace, inputs.path),
      ...(inputs.release ? { release: inputs.release } : {}),
      outDir: join(env.RUNNER_TEMP ?? workspace, "mova-catalog"),
      registryName: env.GITHUB_REPOSITORY ?? inputs.path,
      artifactName: inputs.artifactName,
      ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}),
      ...(inputs.publishBranch ? { branch: inputs.publishBranch } : {}),
      ...(inputs.cacheDir ? { cacheDir: resolve(workspace, inputs.cacheDir) } : {}),
      ...(inputs.site ? { site: { branchPath: inputs.sitePath, pages: inputs.pagesArtifact } } : {}),
    },
    uploader,
    core,
  );
  const report = buildReport(outcome.result, inputs.path);
  logReport(report);
  if (!outcome.published) {
    for (const finding of selectAnnotations(report.findings).shown) {
      const a = toAnnotation(finding, inputs.path);
      core[a.level](a.message, a.properties);
    }
    await core.summary.addRaw(formatMarkdown(report, { maxFindings: SUMMARY_FINDINGS }) + "\nThe catalog was **not published**: the registry has errors.\n").write();
    core.setOutput("errors", report.summary.errors);
    core.setOutput("warnings", report.summary.warnings);
    core.setOutput("changed", "false");
    core.setFailed(`the MOVA registry at ${inputs.path} has ${report.summary.errors} error(s); the catalog was not published`);
    return;
  }
  const { build, paths, changed, branch } = outcome;
  core.setOutput("errors", report.summary.errors);
  core.setOutput("warnings", report.summary.warnings);
  core.setOutput("catalog-path", paths.catalog);
  core.setOutput("index-path", paths.index);
  core.setOutput("digest", build.digest);
  core.setOutput("changed", String(changed));
  if (outcome.site) core.setOutput("site-dir", outcome.site.dir);
  const count = (k: string) => (build.catalog[k] as unknown[]).length;
  await core.summary
    .addRaw(
      [
        `### 📦 MOVA catalog ${changed ? "published" : "unchanged"}`,
        "",
        `Digest \`${build.digest}\` · ${count("data_types")} data types, ${count("verbs")} verbs, ${count("envelopes")} envelopes, ${count("episode_types")} episode types; index of ${(build.index.entries as unknown[]).length} runtimes, connectors, profiles and contracts.`,
        "",
        `- artifact \`${inputs.artifactName}\`${inputs.retentionDays ? `, kept ${inputs.retentionDays} days` : ""}`,
        ...(branch ? [`- branch \`${inputs.publishBranch}\`: ${branch.reason}`] : []),
        ...(outcome.site
          ? [`- catalog site: ${outcome.site.build.pages} pages${inputs.publishBranch ? ` in \`${inputs.sitePath}/\` of \`${inputs.publishBranch}\`` : ""}${outcome.site.pagesArtifact ? ", uploaded as the `github-pages` artifact for actions/deploy-pages" : ""}`]
          : []),
        "",
      ].join("\n"),
    )
    .write();
}

