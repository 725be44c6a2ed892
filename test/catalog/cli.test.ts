import { cpSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run.ts";
import type { CatalogDiff } from "../../src/catalog/diff.ts";
import { GitRepo } from "../support/git-repo.ts";
import { PROJECT_ROOT } from "../support/shared.ts";
import { makeRegistry } from "../support/tmp-registry.ts";

async function cli(argv: string[], cwd = PROJECT_ROOT) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, color: false };
  return { code: await runCli(argv, io), stdout, stderr };
}

describe("mova-registry catalog", () => {
  it("writes the three files and prints the digest", async () => {
    const out = makeRegistry({});
    const { code, stdout, stderr } = await cli(["catalog", "registry", "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(readdirSync(out).sort()).toEqual(["catalog.json", "catalog.publish.json", "index.json"]);
    expect(JSON.parse(readFileSync(join(out, "index.json"), "utf8")).digest).toBe(stdout.trim());
    expect(stderr).toMatch(/index: 12 entries; written to/);
  });

  it("refuses a registry with errors", async () => {
    const dir = makeRegistry({ "runtimes/x.json": "{" });
    const { code, stderr, stdout } = await cli(["catalog", dir, "--out", makeRegistry({})]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/json\/syntax/);
    expect(stderr).toMatch(/no catalog was built/);
  });

  it("--diff prints added, removed and changed entries, and which break", async () => {
    const repo = GitRepo.init();
    cpSync(join(PROJECT_ROOT, "registry"), join(repo.dir, "registry"), { recursive: true });
    repo.commit({}, "base");
    repo.branch("pr");
    const invoice = "registry/schemas/ds.finance_invoice_v1.schema.json";
    const schema = JSON.parse(readFileSync(join(repo.dir, invoice), "utf8"));
    schema.required.push("vendor_id");
    repo.commit(
      {
        [invoice]: schema,
        "registry/connectors/connector.google.sheets_v1.json": undefined,
        "registry/connectors/connector.acme.crm_v1.json": { connector_id: "connector.acme.crm_v1", provider: "acme", resource: "crm", protocol: "https" },
      },
      "pr",
    );
    const text = await cli(["catalog", join(repo.dir, "registry"), "--diff", "main"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/changed data_types\s+ds\.finance_invoice_v1 \(breaking\): breaking under BACKWARD: property "vendor_id" became required/);
    expect(text.stdout).toMatch(/added\s+connector\s+connector\.acme\.crm_v1\n/);
    expect(text.stdout).toMatch(/removed connector\s+connector\.google\.sheets_v1 \(breaking\)/);
    const json = JSON.parse((await cli(["catalog", join(repo.dir, "registry"), "--diff", "main", "--format", "json"])).stdout) as CatalogDiff;
    expect(json.changes.filter((c) => c.breaking).map((c) => c.id)).toEqual(["ds.finance_invoice_v1", "connector.google.sheets_v1"]);
    expect(json.baseDigest).not.toBe(json.headDigest);
  });
});
