import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  buildSite,
  writeSite
} from "./chunk-F4WGZXQI.js";
import {
  SUMMARY_FINDINGS,
  selectAnnotations,
  toAnnotation
} from "./chunk-G5GQNRQY.js";
import {
  publishToBranch
} from "./chunk-AHXYTZMS.js";
import {
  core_exports,
  info,
  setFailed,
  setOutput,
  summary
} from "./chunk-7CZZ5X53.js";
import {
  sourceInfo
} from "./chunk-4BOIQVLI.js";
import "./chunk-OYXHRGUF.js";
import {
  formatText
} from "./chunk-AF653DU4.js";
import {
  CATALOG_FILES,
  buildCatalog,
  buildReport,
  formatMarkdown
} from "./chunk-G65C4UKC.js";
import {
  cacheCommitCheck
} from "./chunk-ALTEKNGD.js";
import "./chunk-7NFW6BCK.js";
import {
  GitSource
} from "./chunk-FJNRMHW7.js";
import {
  locateRepo
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

// action/src/publish-mode.ts
import { join as join2, resolve } from "node:path";

// action/src/publish.ts
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var PAGES_ARTIFACT = { name: "github-pages", file: "artifact.tar", retentionDays: 1 };
async function previousDigest(root, release, registryName) {
  try {
    const { repoDir, prefix } = await locateRepo(root);
    const previous = await check(root, { ...release ? { release } : {}, source: await GitSource.open(repoDir, "HEAD^", prefix), catalogFacts: true });
    return buildCatalog(previous.registry, { registryName }).digest;
  } catch {
    return void 0;
  }
}
async function publishCatalog(request, uploader, log) {
  const result = await check(request.root, { ...request.release ? { release: request.release } : {}, catalogFacts: true });
  if (request.cacheDir) {
    const cached = await cacheCommitCheck(request.root, result, request.cacheDir, request.release);
    log.info(cached.written ? `Cached this commit's check in ${cached.written}.` : `Check not cached: ${cached.reason}.`);
  }
  if (result.findings.some((f) => f.severity === "error")) return { published: false, result };
  const source = await sourceInfo(request.root);
  const build = buildCatalog(result.registry, { registryName: request.registryName, ...source ? { source } : {} });
  mkdirSync(request.outDir, { recursive: true });
  const paths = { catalog: join(request.outDir, CATALOG_FILES.catalog), envelope: join(request.outDir, CATALOG_FILES.envelope), index: join(request.outDir, CATALOG_FILES.index) };
  for (const [name, content] of Object.entries(build.files)) writeFileSync(join(request.outDir, name), content);
  const artifact = await uploader.upload(request.artifactName, Object.keys(build.files).sort().map((name) => join(request.outDir, name)), request.outDir, request.retentionDays);
  log.info(`Uploaded artifact ${request.artifactName}${artifact.id !== void 0 ? ` (id ${artifact.id})` : ""}.`);
  let site;
  if (request.site) {
    const siteBuild = buildSite(result.registry, { registryName: request.registryName });
    const dir = join(request.outDir, "site");
    rmSync(dir, { recursive: true, force: true });
    writeSite(dir, siteBuild.files);
    site = { build: siteBuild, dir };
    log.info(`Built the catalog site: ${siteBuild.pages} pages in ${dir}.`);
    if (request.site.pages) {
      const pagesDir = join(request.outDir, "pages");
      mkdirSync(pagesDir, { recursive: true });
      const tar = join(pagesDir, PAGES_ARTIFACT.file);
      execFileSync("tar", ["--dereference", "--hard-dereference", "--directory", dir, "-cf", tar, "--exclude=.git", "--exclude=.github", "."], { stdio: ["ignore", "pipe", "pipe"] });
      site.pagesArtifact = await uploader.upload(PAGES_ARTIFACT.name, [tar], pagesDir, PAGES_ARTIFACT.retentionDays);
      log.info(`Uploaded the site as artifact ${PAGES_ARTIFACT.name}${site.pagesArtifact.id !== void 0 ? ` (id ${site.pagesArtifact.id})` : ""}, for actions/deploy-pages.`);
    }
  }
  let branch;
  let changed;
  if (request.branch) {
    const { repoDir } = await locateRepo(request.root);
    const prefix = request.site?.branchPath.replace(/^\/+|\/+$/g, "");
    branch = await publishToBranch({
      repoDir,
      branch: request.branch,
      files: { ...build.files, ...site && prefix ? Object.fromEntries(Object.entries(site.build.files).map(([name, content]) => [`${prefix}/${name}`, content])) : {} },
      digest: build.digest,
      ...site && prefix ? { site: { file: `${prefix}/site.json`, digest: site.build.digest } } : {},
      message: `Publish MOVA catalog ${build.digest.slice(7, 19)}${source ? ` from ${source.commit.slice(0, 7)}` : ""}`
    });
    changed = branch.changed;
    log.info(`Publication branch ${request.branch}: ${branch.reason}.`);
  } else changed = await previousDigest(request.root, request.release, request.registryName) !== build.digest;
  return { published: true, result, build, paths, changed, ...branch ? { branch } : {}, artifact, ...site ? { site } : {} };
}

// action/src/publish-mode.ts
async function runPublish(inputs, env, uploader) {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const outcome = await publishCatalog(
    {
      root: resolve(workspace, inputs.path),
      ...inputs.release ? { release: inputs.release } : {},
      outDir: join2(env.RUNNER_TEMP ?? workspace, "mova-catalog"),
      registryName: env.GITHUB_REPOSITORY ?? inputs.path,
      artifactName: inputs.artifactName,
      ...inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {},
      ...inputs.publishBranch ? { branch: inputs.publishBranch } : {},
      ...inputs.cacheDir ? { cacheDir: resolve(workspace, inputs.cacheDir) } : {},
      ...inputs.site ? { site: { branchPath: inputs.sitePath, pages: inputs.pagesArtifact } } : {}
    },
    uploader,
    core_exports
  );
  const report = buildReport(outcome.result, inputs.path);
  info(formatText(report, { color: false }));
  if (!outcome.published) {
    for (const finding of selectAnnotations(report.findings).shown) {
      const a = toAnnotation(finding, inputs.path);
      core_exports[a.level](a.message, a.properties);
    }
    await summary.addRaw(formatMarkdown(report, { maxFindings: SUMMARY_FINDINGS }) + "\nThe catalog was **not published**: the registry has errors.\n").write();
    setOutput("errors", report.summary.errors);
    setOutput("warnings", report.summary.warnings);
    setOutput("changed", "false");
    setFailed(`the MOVA registry at ${inputs.path} has ${report.summary.errors} error(s); the catalog was not published`);
    return;
  }
  const { build, paths, changed, branch } = outcome;
  setOutput("errors", report.summary.errors);
  setOutput("warnings", report.summary.warnings);
  setOutput("catalog-path", paths.catalog);
  setOutput("index-path", paths.index);
  setOutput("digest", build.digest);
  setOutput("changed", String(changed));
  if (outcome.site) setOutput("site-dir", outcome.site.dir);
  const count = (k) => build.catalog[k].length;
  await summary.addRaw(
    [
      `### \u{1F4E6} MOVA catalog ${changed ? "published" : "unchanged"}`,
      "",
      `Digest \`${build.digest}\` \xB7 ${count("data_types")} data types, ${count("verbs")} verbs, ${count("envelopes")} envelopes, ${count("episode_types")} episode types; index of ${build.index.entries.length} runtimes, connectors, profiles and contracts.`,
      "",
      `- artifact \`${inputs.artifactName}\`${inputs.retentionDays ? `, kept ${inputs.retentionDays} days` : ""}`,
      ...branch ? [`- branch \`${inputs.publishBranch}\`: ${branch.reason}`] : [],
      ...outcome.site ? [`- catalog site: ${outcome.site.build.pages} pages${inputs.publishBranch ? ` in \`${inputs.sitePath}/\` of \`${inputs.publishBranch}\`` : ""}${outcome.site.pagesArtifact ? ", uploaded as the `github-pages` artifact for actions/deploy-pages" : ""}`] : [],
      ""
    ].join("\n")
  ).write();
}
export {
  runPublish
};
