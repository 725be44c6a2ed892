import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "../action/src/inputs.ts";
import { publishCatalog } from "../action/src/publish.ts";
import { publishCheckout, RecordingUploader } from "./support/publish-checkout.ts";

describe("publishing the catalog site", () => {
  it("reads the site inputs", () => {
    const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? "");
    expect(inputs({})).toMatchObject({ site: false, sitePath: "site", pagesArtifact: false });
    expect(inputs({ site: "true", "site-path": "docs/catalog/" })).toMatchObject({ site: true, sitePath: "docs/catalog", pagesArtifact: false });
    expect(inputs({ "pages-artifact": "true" })).toMatchObject({ site: true, pagesArtifact: true });
    for (const bad of ["../up", "/abs", "a//b", "a/../b", "."]) expect(() => inputs({ site: "true", "site-path": bad }), bad).toThrow(/site-path/);
  });

  it("commits the site under site-path of the publication branch, uploads it as the github-pages tar, and republishes only when it changed", async () => {
    const { remote, work } = publishCheckout();
    const uploader = new RecordingUploader();
    const request = (registryName: string) => ({
      root: join(work.dir, "registry"),
      outDir: mkdtempSync(join(tmpdir(), "mova-site-publish-")),
      registryName,
      artifactName: "mova-catalog",
      branch: "mova-catalog",
      site: { branchPath: "catalog/site", pages: true },
    });
    const first = await publishCatalog(request("acme/contracts"), uploader, { info: () => {} });
    expect(first.published && first.changed).toBe(true);
    if (!first.published || !first.site) throw new Error("no site");

    const pages = uploader.calls.find((c) => c.name === "github-pages")!;
    expect(pages.retentionDays).toBe(1);
    expect(pages.files.map((f) => f.slice(pages.rootDirectory.length + 1))).toEqual(["artifact.tar"]);
    const listed = execFileSync("tar", ["-tf", pages.files[0]!], { encoding: "utf8" }).split("\n");
    expect(listed).toEqual(expect.arrayContaining(["./index.html", "./site.css", "./site.js", "./search-index.js", "./docs/contract--contract.finance.invoice_approval_v1.html"]));

    const tree = remote.git("ls-tree", "-r", "--name-only", "mova-catalog").split("\n");
    expect(tree).toEqual(expect.arrayContaining(["catalog.json", "index.json", "catalog/site/index.html", "catalog/site/site.json", "catalog/site/docs/contract--contract.finance.invoice_approval_v1.html"]));
    expect(remote.git("show", "mova-catalog:catalog/site/index.html")).toBe(readFileSync(join(first.site.dir, "index.html"), "utf8").trimEnd());

    // Same registry, same site: nothing to commit.
    const again = await publishCatalog(request("acme/contracts"), uploader, { info: () => {} });
    expect(again.published && again.changed).toBe(false);
    // The catalog's digest is the same but the site is not: it is committed.
    const renamed = await publishCatalog(request("acme/contracts-renamed"), uploader, { info: () => {} });
    expect(renamed.published && renamed.changed).toBe(true);
    expect(remote.git("show", "mova-catalog:catalog/site/index.html")).toContain("acme/contracts-renamed");
  }, 120_000);
});
