import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run.ts";
import { startAiServer, type AiServer } from "../support/ai-server.ts";
import { extraction, invoiceInputs } from "../support/invoice.ts";
import { officialAjv, PROJECT_ROOT } from "../support/shared.ts";

const KEY = "sk-local-1234567890abcdefghij";

describe("mova-registry run and runs", () => {
  let ai: AiServer;
  let root: string;
  let inputs: string;
  beforeAll(async () => {
    ai = await startAiServer({ apiKey: KEY, handler: () => ({ content: JSON.stringify(extraction()) }) });
    root = mkdtempSync(join(tmpdir(), "mova-cli-run-"));
    cpSync(join(PROJECT_ROOT, "registry"), join(root, "registry"), { recursive: true });
    inputs = join(root, "invoice.json");
    writeFileSync(inputs, JSON.stringify(invoiceInputs));
  });
  afterAll(() => ai.close());

  async function cli(argv: string[], env: Record<string, string> = { OPENAI_API_KEY: KEY }, answers: string[] = []) {
    let stdout = "";
    let stderr = "";
    const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, color: false, env, ...(answers.length ? { ask: async () => answers.shift() ?? "" } : {}) };
    return { code: await runCli(argv, io), stdout, stderr };
  }

  it("runs a contract to its terminal outcome with --decide, writing the run as a pull request would", async () => {
    const { code, stdout } = await cli(["run", "contract.finance.invoice_approval_v1", "--registry", "registry", "--inputs", inputs, "--run-id", "cli-approve", "--decide", "approve=approve", "--ai-base-url", ai.url, "--as", "dana"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/run cli-approve \(contract.finance.invoice_approval_v1\): completed, outcome approved/);
    const dir = join(root, "registry/runs/cli-approve");
    expect(readdirSync(join(dir, "episodes"))).toEqual(["0001-root-extract-step.json", "0002-root-check-step.json", "0003-root-approve-gate-opened.json", "0004-root-approve-gate-decided.json"]);
    const validate = officialAjv("6.0.0").getSchema("https://mova.dev/schemas/ds.mova_episode_core_v1.schema.json")!;
    for (const f of readdirSync(join(dir, "episodes"))) expect(validate(JSON.parse(readFileSync(join(dir, "episodes", f), "utf8")))).toBe(true);
    // The run's files are registry documents the guard accepts.
    expect((await cli(["check", "registry"])).code).toBe(0);
  });

  it("waits at a gate without an answer, and resumes with one; answers on the terminal too", async () => {
    const waiting = await cli(["run", "contract.finance.invoice_approval_v1", "--registry", "registry", "--inputs", inputs, "--run-id", "cli-wait", "--ai-base-url", ai.url]);
    expect(waiting.stdout).toMatch(/cli-wait .*: waiting\n\s+answer its gates with --resume cli-wait --decide GATE=OPTION/);
    const list = await cli(["runs", "registry"]);
    expect(list.stdout).toMatch(/cli-wait\s+waiting\s+contract.finance.invoice_approval_v1 \(open gates: root\/approve\)/);
    const resumed = await cli(["run", "--registry", "registry", "--resume", "cli-wait"], {}, ["reject"]);
    expect(resumed.stdout).toMatch(/cli-wait .*: completed, outcome rejected/);
  });

  it("pauses without the API key, and says how to continue", async () => {
    const paused = await cli(["run", "contract.finance.invoice_approval_v1", "--registry", "registry", "--inputs", inputs, "--run-id", "cli-nokey", "--ai-base-url", ai.url], {});
    expect(paused.code).toBe(0);
    expect(paused.stdout).toMatch(/cli-nokey .*: paused \(no API key: the secret OPENAI_API_KEY .* is not set\)\n\s+continue it with --resume cli-nokey/);
  });

  it.each([
    [["run", "--registry", "registry"], /run takes one contract id/],
    [["run", "contract.x_v1", "--registry", "registry"], /needs --inputs FILE/],
    [["run", "--registry", "registry", "--resume", "nope"], /no run nope/],
    [["run", "contract.x_v1", "--registry", "registry", "--inputs", "invoice.json", "--decide", "approve"], /--decide takes GATE=OPTION/],
  ])("usage errors: %j", async (argv, message) => {
    const { code, stderr } = await cli(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
