import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../src/cli/run.ts";
import { startAiServer, type AiServer } from "./support/ai-server.ts";
import { extraction, invoiceInputs } from "./support/invoice.ts";
import { PROJECT_ROOT } from "./support/shared.ts";

const KEY = "sk-local-1234567890abcdefghij";
const CHROMIUM = "/usr/bin/chromium";
const SHOTS = join(PROJECT_ROOT, "test-results", "site");
const HOSTILE_ID = "contract.finance.<img src=x onerror=alert(1)>_v1";
const HOSTILE_STEP = "<img src=x onerror=window.__pwned=2>";
const HOSTILE_OUTCOME = "<svg onload=window.__pwned=3>";

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).replace(/\\/g, "/"))
    .sort();
}

describe("mova-registry site", () => {
  let ai: AiServer;
  let root: string;
  let out: string;
  let browser: Browser;
  const dialogs: string[] = [];
  const requests: string[] = [];

  async function cli(argv: string[]) {
    let stdout = "";
    let stderr = "";
    const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, color: false, env: { OPENAI_API_KEY: KEY } };
    return { code: await runCli(argv, io), stdout, stderr };
  }

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(out, file)).href);
    return page;
  }

  beforeAll(async () => {
    ai = await startAiServer({ apiKey: KEY, handler: () => ({ content: JSON.stringify(extraction()) }) });
    root = mkdtempSync(join(tmpdir(), "mova-site-"));
    cpSync(join(PROJECT_ROOT, "registry"), join(root, "registry"), { recursive: true });
    writeFileSync(join(root, "invoice.json"), JSON.stringify(invoiceInputs));
    // Two runs with episodes, as a run's pull request leaves them.
    const run = await cli(["run", "contract.finance.invoice_approval_v1", "--registry", "registry", "--inputs", "invoice.json", "--run-id", "site-approved", "--decide", "approve=approve", "--ai-base-url", ai.url, "--as", "dana"]);
    expect(run.code, run.stderr).toBe(0);
    expect((await cli(["run", "contract.finance.invoice_approval_v1", "--registry", "registry", "--inputs", "invoice.json", "--run-id", "site-waiting", "--ai-base-url", ai.url])).code).toBe(0);
    // A hostile contract: markup in its id, title, step id, outcome and in a connector it names.
    const hostile = join(root, "registry/contracts/hostile");
    mkdirSync(hostile, { recursive: true });
    writeFileSync(
      join(hostile, "manifest.json"),
      JSON.stringify({
        schema_id: "package.contract_package_manifest_v1",
        package_id: HOSTILE_ID,
        version: "1.0.0",
        title: "<script>window.__pwned=1</script>",
        description: "\"><img src=x onerror=alert(4)> & </textarea>",
        owner: "<b onmouseover=alert(5)>owner</b>",
        flow_ref: "flow.json",
        input_schema: "ds.finance_invoice_v1",
        verb: "route",
      }),
    );
    writeFileSync(
      join(hostile, "flow.json"),
      JSON.stringify({
        entry: HOSTILE_STEP,
        steps: {
          [HOSTILE_STEP]: { execution_mode: "DETERMINISTIC", title: "<iframe src=javascript:alert(6)>", connector_id: "<img src=x onerror=alert(7)>", rule: "pass", next: { [HOSTILE_OUTCOME]: { terminal: "</svg><script>alert(8)</script>" }, pass: "invoice_approval" } },
          invoice_approval: { execution_mode: "CONTRACT_CALL", contract_id: "contract.finance.invoice_approval_v1", next: { terminal: "done" } },
        },
      }),
    );
    out = join(root, "site");
    const site = await cli(["site", "registry", "--out", "site", "--name", "acme/<contracts>"]);
    expect(site.code, site.stderr).toBe(0);
    expect(site.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ai?.close();
  });

  it("writes an index, one stylesheet, one script, the search index and a page per document", () => {
    const files = filesUnder(out);
    expect(files.filter((f) => !f.startsWith("docs/"))).toEqual(["index.html", "search-index.js", "site.css", "site.js", "site.json"]);
    const pages = files.filter((f) => f.startsWith("docs/"));
    for (const id of ["contract.finance.invoice_approval_v1", "ds.finance_invoice_v1", "env.finance_invoice_approval_v1", "runtime.github_actions.registry_runner_v1", "connector.openai.chat_v1", "finance_invoice_policy_v1"])
      expect(pages.some((p) => p.includes(id))).toBe(true);
    // Every page name is plain, whatever the id.
    for (const p of pages) expect(p).toMatch(/^docs\/[A-Za-z0-9._-]+\.html$/);
  });

  it("builds the same bytes twice", async () => {
    const again = await cli(["site", "registry", "--out", "site2", "--name", "acme/<contracts>"]);
    for (const f of filesUnder(out)) expect(readFileSync(join(root, "site2", f), "utf8"), f).toBe(readFileSync(join(out, f), "utf8"));
    expect(again.stdout).toBe((await cli(["site", "registry", "--out", "site", "--name", "acme/<contracts>"])).stdout);
  });

  it("finds a contract by typing into the search box, and filters by kind, layer and owner", async () => {
    const page = await open("index.html");
    const visible = () => page.locator("#entries li:visible a.id").allTextContents();
    const all = await visible();
    expect(all.length).toBeGreaterThan(30);
    await page.locator("#q").fill("supplier invoice");
    await expect.poll(visible).toContain("contract.finance.invoice_approval_v1");
    const found = await visible();
    expect(found.length).toBeLessThan(all.length);
    expect(found).not.toContain("connector.github.rest_v1");
    await page.screenshot({ path: join(SHOTS, "index-search.png"), fullPage: true });

    await page.locator("#q").fill("");
    await page.locator("#kind").selectOption("connector");
    expect((await visible()).every((id) => id.startsWith("connector."))).toBe(true);
    await page.locator("#kind").selectOption("");
    await page.locator("#layer").selectOption("infra");
    const infra = await visible();
    expect(infra).toContain("runtime.github_actions.registry_runner_v1");
    expect(infra).not.toContain("contract.finance.invoice_approval_v1");
    await page.locator("#layer").selectOption("");
    await page.locator("#owner").selectOption("@acme/compliance");
    const compliance = await visible();
    expect(compliance).toContain("contract.compliance.aml_triage_v1");
    expect(compliance.every((id) => /compliance|aml/.test(id))).toBe(true);
    expect(await page.locator("#count").textContent()).toMatch(/^\d+ of \d+ shown$/);
    await page.close();
  });

  it("shows a contract's flow as an SVG with its steps, its references both ways and its runs with their episodes", async () => {
    const file = filesUnder(out).find((f) => f.includes("contract--contract.finance.invoice_approval_v1"))!;
    const page = await open(file);
    const svg = page.locator(".diagram svg");
    await expect.poll(() => svg.count()).toBe(1);
    const text = await svg.textContent();
    for (const step of ["extract", "check", "approve", "approved", "rejected", "needs_information", "pass", "fail", "request_info"]) expect(text).toContain(step);
    expect(await svg.locator("g.step").count()).toBe(3);
    expect(await svg.locator("g.mode-gate polygon").count()).toBe(1);
    expect(await svg.locator("g.terminal").count()).toBe(3);
    const uses = await page.locator("#uses a").allTextContents();
    expect(uses).toEqual(expect.arrayContaining(["connector.openai.chat_v1", "runtime.github_actions.registry_runner_v1", "ds.finance_invoice_v1", "finance_invoice_policy_v1"]));
    const usedBy = await page.locator("#used-by a").allTextContents();
    expect(usedBy).toEqual(expect.arrayContaining(["runtime.github_actions.registry_runner_v1", HOSTILE_ID]));
    const runs = await page.locator("details.run summary").allTextContents();
    expect(runs.join("\n")).toMatch(/site-approved\s+completed\s+outcome approved/);
    expect(runs.join("\n")).toMatch(/site-waiting\s+waiting/);
    const approved = page.locator("details.run", { hasText: "site-approved" });
    await approved.locator("summary").first().click();
    expect(await approved.locator("tbody tr").count()).toBe(4);
    expect(await approved.textContent()).toContain("gate-decided");
    await page.screenshot({ path: join(SHOTS, "contract.png"), fullPage: true });
    await page.close();

    // The other way round: a connector page lists the contracts whose flows use it.
    const connector = await open(filesUnder(out).find((f) => f.includes("connector--connector.openai.chat_v1"))!);
    expect(await connector.locator("#used-by a").allTextContents()).toEqual(expect.arrayContaining(["contract.finance.invoice_approval_v1", "contract.compliance.aml_triage_v1"]));
    await connector.close();
  });

  it("has no link that leads nowhere, and loads nothing from outside the site", async () => {
    const pages = filesUnder(out).filter((f) => f.endsWith(".html"));
    let checked = 0;
    for (const file of pages) {
      const page = await open(file);
      const refs = (await page.evaluate(`[...document.querySelectorAll("a[href], link[href], script[src], img[src]")].map((el) => el.href || el.src)`)) as string[];
      for (const ref of refs) {
        expect(ref, `${file}: ${ref}`).toMatch(/^file:\/\//);
        const target = fileURLToPath(ref.replace(/[#?].*$/, ""));
        expect(target.startsWith(out), `${file}: ${ref} leaves the site`).toBe(true);
        expect(existsSync(target), `${file}: ${ref}`).toBe(true);
        const hash = new URL(ref).hash.slice(1);
        if (hash) expect(readFileSync(target, "utf8"), `${file}: ${ref}`).toContain(`id="${decodeURIComponent(hash)}"`);
        checked++;
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(pages.length * 3);
    expect(requests.filter((r) => !r.startsWith("file://"))).toEqual([]);
  });

  it("renders hostile ids, titles, step ids and outcomes as text: nothing runs, nothing is injected", async () => {
    const file = filesUnder(out).find((f) => f.startsWith("docs/contract--contract.finance._img"))!;
    expect(file).toBeDefined();
    for (const f of ["index.html", file]) {
      const page = await open(f);
      await page.waitForTimeout(200);
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(await page.locator("img, iframe, textarea, b[onmouseover]").count()).toBe(0);
      const scripts = (await page.evaluate(`[...document.scripts].map((s) => s.getAttribute("src"))`)) as Array<string | null>;
      expect(scripts.every((s) => s === "search-index.js" || s === "site.js")).toBe(true);
      expect(await page.locator("[onerror], [onload], [onmouseover]").count()).toBe(0);
      expect(await page.locator("body").textContent()).toContain(HOSTILE_ID);
      if (f === file) {
        const svgText = await page.locator(".diagram svg").textContent();
        expect(svgText).toContain(HOSTILE_STEP);
        expect(svgText).toContain(HOSTILE_OUTCOME);
        expect(await page.locator(".diagram svg svg, .diagram svg script").count()).toBe(0);
        await page.screenshot({ path: join(SHOTS, "hostile.png"), fullPage: true });
      } else {
        await page.locator("#q").fill("<img");
        expect(await page.locator("#entries li:visible a.id").allTextContents()).toEqual([HOSTILE_ID]);
      }
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  it("needs --out", async () => {
    const { code, stderr } = await cli(["site", "registry"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/site needs --out FOLDER/);
  });
});

