import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCatalog, CATALOG_FILES, type CatalogBuild } from "../../src/catalog/build.ts";
import { publishToBranch, type BranchOutcome } from "../../src/catalog/publish-branch.ts";
import { sourceInfo } from "../../src/catalog/source-info.ts";
import { locateRepo } from "../../src/change/git.ts";
import { cacheCommitCheck } from "../../src/guard-base.ts";
import { check, type CheckResult } from "../../src/check.ts";
import type { Release } from "../../src/schemas/releases.ts";
import { buildSite, writeSite, type SiteBuild } from "../../src/site/build.ts";
import { GitSource } from "../../src/source/git-source.ts";
import type { ArtifactUploader } from "./artifact.ts";

export interface PublishRequest {
  root: string;
  release?: Release;
  /** Where the files are written before upload. */
  outDir: string;
  registryName: string;
  artifactName: string;
  retentionDays?: number;
  /** Publication branch, or undefined for none. */
  branch?: string;
  /** Where to cache this commit's check for later pull requests' incremental checks. */
  cacheDir?: string;
  /** Build the catalog site: on the publication branch under `branchPath`, and/or as the `github-pages` artifact. */
  site?: { branchPath: string; pages: boolean };
}

/** The artifact actions/deploy-pages downloads: a tar named artifact.tar, as actions/upload-pages-artifact makes it. */
export const PAGES_ARTIFACT = { name: "github-pages", file: "artifact.tar", retentionDays: 1 } as const;

export interface PublishLog {
  info(message: string): void;
}

export type PublishOutcome =
  | { published: false; result: CheckResult }
  | {
      published: true;
      result: CheckResult;
      build: CatalogBuild;
      paths: { catalog: string; envelope: string; index: string };
      changed: boolean;
      branch?: BranchOutcome;
      artifact: { id?: number; size?: number };
      site?: { build: SiteBuild; dir: string; pagesArtifact?: { id?: number; size?: number } };
    };

/** The catalog the commit before HEAD would have published, to tell whether anything changed without a publication branch. */
async function previousDigest(root: string, release: Release | undefined, registryName: string): Promise<string | undefined> {
  try {
    const { repoDir, prefix } = await locateRepo(root);
    const previous = await check(root, { ...(release ? { release } : {}), source: await GitSource.open(repoDir, "HEAD^", prefix), catalogFacts: true });
    return buildCatalog(previous.registry, { registryName }).digest;
  } catch {
    return undefined;
  }
}

/**
 * Publishing on a landing: guard first (a registry with errors is never
 * published), build the catalog, upload it as an artifact and, with a
 * publication branch, commit it there when its digest changed.
 */
export async function publishCatalog(request: PublishRequest, uploader: ArtifactUploader, log: PublishLog): Promise<PublishOutcome> {
  // The catalog and the cache take each document's catalog facts from this pass rather than reading it again.
  const result = await check(request.root, { ...(request.release ? { release: request.release } : {}), catalogFacts: true });
  if (request.cacheDir) {
    const cached = await cacheCommitCheck(request.root, result, request.cacheDir, request.release);
    log.info(cached.written ? `Cached this commit's check in ${cached.written}.` : `Check not cached: ${cached.reason}.`);
  }
  if (result.findings.some((f) => f.severity === "error")) return { published: false, result };

  const source = await sourceInfo(request.root);
  const build = buildCatalog(result.registry, { registryName: request.registryName, ...(source ? { source } : {}) });
  mkdirSync(request.outDir, { recursive: true });
  const paths = { catalog: join(request.outDir, CATALOG_FILES.catalog), envelope: join(request.outDir, CATALOG_FILES.envelope), index: join(request.outDir, CATALOG_FILES.index) };
  for (const [name, content] of Object.entries(build.files)) writeFileSync(join(request.outDir, name), content);

  const artifact = await uploader.upload(request.artifactName, Object.keys(build.files).sort().map((name) => join(request.outDir, name)), request.outDir, request.retentionDays);
  log.info(`Uploaded artifact ${request.artifactName}${artifact.id !== undefined ? ` (id ${artifact.id})` : ""}.`);

  let site: { build: SiteBuild; dir: string; pagesArtifact?: { id?: number; size?: number } } | undefined;
  if (request.site) {
    const siteBuild = buildSite(result.registry, { registryName: request.registryName });
    const dir = join(request.outDir, "site");
    rmSync(dir, { recursive: true, force: true });
    writeSite(dir, siteBuild.files);
    site = { build: siteBuild, dir };
    log.info(`Built the catalog site: ${siteBuild.pages} pages in ${dir}.`);
    if (request.site.pages) {
      // As actions/upload-pages-artifact does: one tar of the folder, links dereferenced, uploaded as github-pages.
      const pagesDir = join(request.outDir, "pages");
      mkdirSync(pagesDir, { recursive: true });
      const tar = join(pagesDir, PAGES_ARTIFACT.file);
      execFileSync("tar", ["--dereference", "--hard-dereference", "--directory", dir, "-cf", tar, "--exclude=.git", "--exclude=.github", "."], { stdio: ["ignore", "pipe", "pipe"] });
      site.pagesArtifact = await uploader.upload(PAGES_ARTIFACT.name, [tar], pagesDir, PAGES_ARTIFACT.retentionDays);
      log.info(`Uploaded the site as artifact ${PAGES_ARTIFACT.name}${site.pagesArtifact.id !== undefined ? ` (id ${site.pagesArtifact.id})` : ""}, for actions/deploy-pages.`);
    }
  }

  let branch: BranchOutcome | undefined;
  let changed: boolean;
  if (request.branch) {
    const { repoDir } = await locateRepo(request.root);
    const prefix = request.site?.branchPath.replace(/^\/+|\/+$/g, "");
    branch = await publishToBranch({
      repoDir,
      branch: request.branch,
      files: { ...build.files, ...(site && prefix ? Object.fromEntries(Object.entries(site.build.files).map(([name, content]) => [`${prefix}/${name}`, content])) : {}) },
      digest: build.digest,
      ...(site && prefix ? { site: { file: `${prefix}/site.json`, digest: site.build.digest } } : {}),
      message: `Publish MOVA catalog ${build.digest.slice(7, 19)}${source ? ` from ${source.commit.slice(0, 7)}` : ""}`,
    });
    changed = branch.changed;
    log.info(`Publication branch ${request.branch}: ${branch.reason}.`);
  } else changed = (await previousDigest(request.root, request.release, request.registryName)) !== build.digest;
  return { published: true, result, build, paths, changed, ...(branch ? { branch } : {}), artifact, ...(site ? { site } : {}) };
}
