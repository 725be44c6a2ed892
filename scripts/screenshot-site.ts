/**
 * Regenerates docs/images/site.png, the README's picture of the catalog site:
 * builds the site of the embedded registry/ into a temp folder and takes a
 * screenshot of a contract page in Debian's headless Chromium.
 *
 *   node scripts/screenshot-site.ts [--chromium /usr/bin/chromium] [--out docs/images/site.png]
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { check } from "../src/check.ts";
import { buildSite, writeSite } from "../src/site/build.ts";

const ROOT = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { chromium: { type: "string", default: "/usr/bin/chromium" }, out: { type: "string", default: join(ROOT, "docs/images/site.png") }, page: { type: "string", default: "contract.finance.invoice_approval_v1" } } });

const result = await check(join(ROOT, "registry"));
const site = buildSite(result.registry, { registryName: "acme/contracts" });
const dir = mkdtempSync(join(tmpdir(), "mova-site-shot-"));
writeSite(dir, site.files);
const page = Object.keys(site.files).find((f) => f.startsWith("docs/contract--") && f.includes(values.page));
if (!page) throw new Error(`no contract page for ${values.page}`);

const browser = await chromium.launch({ executablePath: values.chromium, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(join(dir, page)).href);
  mkdirSync(dirname(values.out), { recursive: true });
  await tab.screenshot({ path: values.out, fullPage: false });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
