import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as core from "@actions/core";
import { run } from "../../action/src/run.ts";
import { parseOutputFile } from "../support/action-env.ts";
import { publishCheckout, RecordingUploader } from "../support/publish-checkout.ts";

describe("the action's publish mode", () => {
  const saved = { ...process.env };
  let temp: string;
  let stdout: string;
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), "mova-publish-"));
    stdout = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  async function runPublish(workspace: string, eventName: string, inputs: Record<string, string>) {
    for (const f of ["output", "summary"]) writeFileSync(join(temp, f), "");
    // @actions/core remembers the summary file of its first write; in one process, each run needs its own.
    (core.summary as unknown as { _filePath?: string })._filePath = undefined;
    process.env = Object.fromEntries(Object.entries(saved).filter(([k]) => !k.startsWith("INPUT_") && !k.startsWith("GITHUB_")));
    Object.assign(process.env, {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_REPOSITORY: "acme/contracts",
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(temp, "output"),
      GITHUB_STEP_SUMMARY: join(temp, "summary"),
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    });
    const uploader = new RecordingUploader();
    await run(process.env, uploader);
    return { uploader, outputs: parseOutputFile(readFileSync(join(temp, "output"), "utf8")), summary: readFileSync(join(temp, "summary"), "utf8"), failed: process.exitCode === 1 };
  }

  it("on push: guards, builds, hands the exact files to the artifact upload and commits to the publication branch once", async () => {
    const { remote, work } = publishCheckout();
    const first = await runPublish(work.dir, "push", { path: "registry", "artifact-name": "catalog-of-acme", "retention-days": "30", "publish-branch": "mova-catalog" });
    expect(first.failed).toBe(false);
    expect(first.uploader.calls).toHaveLength(1);
    const call = first.uploader.calls[0]!;
    expect(call).toMatchObject({ name: "catalog-of-acme", retentionDays: 30, rootDirectory: join(temp, "mova-catalog") });
    expect(Object.keys(call.contents)).toEqual(["catalog.json", "catalog.publish.json", "index.json"]);
    expect(JSON.parse(call.contents["index.json"]!).source.commit).toBe(work.git("rev-parse", "HEAD"));
    expect(first.outputs).toMatchObject({ changed: "true", "catalog-path": join(temp, "mova-catalog", "catalog.json"), "index-path": join(temp, "mova-catalog", "index.json") });
    expect(first.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(remote.git("show", "mova-catalog:catalog.json")).toBe(call.contents["catalog.json"]!.trimEnd());
    expect(first.summary).toMatch(/### 📦 MOVA catalog published/);

    // A landing that does not change the registry publishes nothing new.
    work.commit({ "docs.md": "unrelated" }, "docs");
    const second = await runPublish(work.dir, "push", { path: "registry", "publish-branch": "mova-catalog" });
    expect(second.outputs).toMatchObject({ changed: "false", digest: first.outputs.digest });
    expect(second.uploader.calls[0]!.name).toBe("mova-catalog");
    expect(remote.git("rev-list", "--count", "mova-catalog")).toBe("1");
  });

  it("without a publication branch, changed compares with the previous commit", async () => {
    const { work } = publishCheckout();
    work.commit({ "notes.md": "x" }, "unrelated");
    expect((await runPublish(work.dir, "workflow_dispatch", { path: "registry" })).outputs.changed).toBe("false");
    const sheets = "registry/connectors/connector.google.sheets_v1.json";
    work.commit({ [sheets]: { ...JSON.parse(readFileSync(join(work.dir, sheets), "utf8")), rate_limits: { global_limit_hint: "100 per 100 s" } } }, "limits");
    expect((await runPublish(work.dir, "schedule", { path: "registry" })).outputs.changed).toBe("true");
  });

  it("never publishes a registry that fails the guard", async () => {
    const { work } = publishCheckout();
    work.commit({ "registry/connectors/connector.openai.chat_v1.json": "{" }, "broken");
    const outcome = await runPublish(work.dir, "push", { path: "registry", "publish-branch": "mova-catalog" });
    expect(outcome.failed).toBe(true);
    expect(outcome.uploader.calls).toEqual([]);
    expect(outcome.outputs.changed).toBe("false");
    expect(outcome.summary).toMatch(/not published/);
    expect(stdout).toMatch(/::error title=json\/syntax,file=registry\/connectors\/connector\.openai\.chat_v1\.json/);
  });

  it("guards rather than publishes on other events in auto mode, and publishes on request", async () => {
    const { work } = publishCheckout();
    expect((await runPublish(work.dir, "issue_comment", { path: "registry" })).uploader.calls).toEqual([]);
    expect((await runPublish(work.dir, "issue_comment", { path: "registry", mode: "publish" })).uploader.calls).toHaveLength(1);
  });
});
