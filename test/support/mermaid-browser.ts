import { chromium, type Browser, type Page } from "playwright-core";
import { fileURLToPath } from "node:url";

/** The official mermaid package, in headless Chromium: parse and render diagrams as GitHub would. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const MERMAID_JS = fileURLToPath(new URL("../../node_modules/mermaid/dist/mermaid.min.js", import.meta.url));

export interface MermaidPage {
  parse(text: string): Promise<{ ok: true } | { ok: false; error: string }>;
  render(text: string, securityLevel?: "strict" | "loose" | "antiscript"): Promise<string>;
  /** Renders and reads the SVG as a browser would, inertly: script elements, on* attributes, javascript: links, embedded frames, and its text. */
  inspect(text: string, securityLevel?: "strict" | "loose"): Promise<{ scripts: number; handlers: string[]; links: string[]; foreign: string[]; text: string }>;
  close(): Promise<void>;
}

export async function openMermaid(): Promise<MermaidPage> {
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page: Page = await browser.newPage();
  await page.setContent("<!doctype html><html><body><div id=host></div></body></html>");
  await page.addScriptTag({ path: MERMAID_JS });
  let n = 0;
  const self: MermaidPage = {
    async parse(text) {
      return page.evaluate(async (t) => {
        const m = (globalThis as unknown as { mermaid: { initialize(c: object): void; parse(t: string): Promise<unknown> } }).mermaid;
        m.initialize({ startOnLoad: false, securityLevel: "strict" });
        try {
          await m.parse(t);
          return { ok: true as const };
        } catch (e) {
          return { ok: false as const, error: String((e as Error).message ?? e) };
        }
      }, text);
    },
    async render(text, securityLevel = "strict") {
      const id = `d${n++}`;
      return page.evaluate(
        async ([t, id, level]) => {
          const m = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
          m.initialize({ startOnLoad: false, securityLevel: level });
          return (await m.render(id, t)).svg;
        },
        [text, id, securityLevel] as const,
      );
    },
    async inspect(text, securityLevel = "strict") {
      const svg = await self.render(text, securityLevel);
      return page.evaluate((markup) => {
        type El = { tagName: string; attributes: ArrayLike<{ name: string; value: string }>; childNodes: ArrayLike<{ nodeType: number; textContent: string | null }> };
        const doc = (globalThis as unknown as { document: { createElement(tag: "template"): { innerHTML: string; content: { querySelectorAll(selector: string): ArrayLike<El> } } } }).document;
        const t = doc.createElement("template");
        t.innerHTML = markup;
        const all = Array.from(t.content.querySelectorAll("*"));
        return {
          scripts: t.content.querySelectorAll("script").length,
          handlers: all.flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
          links: all.flatMap((e) => Array.from(e.attributes).filter((a) => /href$/i.test(a.name) && !/^#/.test(a.value)).map((a) => a.value)),
          foreign: all.filter((e) => /^(iframe|object|embed|img|image|a|use|animate|set)$/i.test(e.tagName)).map((e) => e.tagName),
          text: all.filter((e) => e.tagName.toLowerCase() !== "style").map((e) => Array.from(e.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join("")).join(""),
        };
      }, svg);
    },
    async close() {
      await browser.close();
    },
  };
  return self;
}
