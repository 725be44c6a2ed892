import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFlow } from "../src/flow/flow-model.ts";
import { flowMermaid, mermaidFence, mermaidText, type RunView } from "../src/flow/mermaid.ts";
import { JsonText } from "../src/json/parse.ts";
import { RegistryDocument } from "../src/registry/document.ts";
import { flowDiagramsSection, gateDetails, mdText, runGraphMarkdown } from "../src/report/flow-diagrams.ts";
import { openMermaid, type MermaidPage } from "./support/mermaid-browser.ts";

const CONTRACTS = new URL("../registry/contracts/", import.meta.url);
const flows = readdirSync(CONTRACTS).map((name) => ({ name, value: JSON.parse(readFileSync(new URL(`${name}/flow.json`, CONTRACTS), "utf8")) as Record<string, unknown> }));
const invoice = flows.find((f) => f.name === "invoice_approval")!.value;

/** Ids and labels that try to break out of a label, a statement, the diagram, the HTML or the Markdown around it. */
const HOSTILE = [
  'quote " and \' and #quot; and &quot;',
  "brackets ] [ ) ( } { >] [[ ]] (( )) {{ }} [/ /]",
  "back`tick ``code`` and fence\n```\n# heading outside\n```",
  "edge --> n0 -.-> n1 ==> n2 --- |pipe| ; semi; colon: a:b",
  "%% comment %%{init: {'securityLevel': 'loose', 'theme': 'dark'}}%%",
  "%%{init: {\"securityLevel\":\"loose\"}}%%",
  "click n0 call alert(1)",
  'click n0 href "javascript:alert(1)"',
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<b>bold</b> &lt;escaped&gt; &amp; &#60;script&#62; #lt;script#gt;",
  "line\nbreak\r\nand\u2028separator\u202eoverride\u0000nul\u001b[31mansi",
  "end",
  "subgraph x\nend",
  "style n0 fill:#f00; classDef evil color:red; class n0 evil",
  "@acme/finance-approvers #12 [link](https://evil.example) **bold** _em_ ~~s~~",
  "Ünïcödé 名前 emoji 🚀",
];

function hostileFlow(): Record<string, unknown> {
  const steps: Record<string, unknown> = {};
  HOSTILE.forEach((text, i) => {
    const modes = ["AI_ATOMIC", "DETERMINISTIC", "HUMAN_GATE", "CONTRACT_CALL", `MODE ${text}`];
    const next = i + 1 < HOSTILE.length ? { [text]: HOSTILE[i + 1], [`${text} terminal`]: { terminal: text }, [`missing ${text}`]: `ghost ${text}` } : { terminal: text };
    steps[text] = { title: text, execution_mode: modes[i % modes.length], next };
  });
  return { entry: HOSTILE[0], steps, parallel_steps: [{ id: `group ${HOSTILE[8]}`, steps: [HOSTILE[1], HOSTILE[2], `ghost member ${HOSTILE[9]}`], next: { [HOSTILE[5]!]: HOSTILE[3] } }] };
}

/** Every line of a fenced block is inside the fence: nothing in it can close the fence early. */
function expectSealedFence(markdown: string) {
  const lines = markdown.split("\n");
  const open = lines.findIndex((l) => l === "```mermaid");
  expect(open).toBeGreaterThanOrEqual(0);
  const close = lines.findIndex((l, i) => i > open && /^\s{0,3}(`{3,}|~{3,})/.test(l));
  for (const l of lines.slice(open + 1, close)) expect(l).not.toMatch(/`/);
  expect(lines[close]).toBe("```");
}

describe("flows as Mermaid diagrams", { timeout: 60_000 }, () => {
  let mermaid: MermaidPage;
  beforeAll(async () => {
    mermaid = await openMermaid();
  }, 60_000);
  afterAll(async () => {
    await mermaid?.close();
  });

  it("draws every embedded flow, plain, as a diff and as a run, in diagrams the official parser accepts", async () => {
    expect(flows.map((f) => f.name).sort()).toEqual(["aml_triage", "invoice_approval", "supplier_screening"]);
    for (const { name, value } of flows) {
      const model = readFlow(value);
      // A base without its first step and with its second step changed.
      const steps = { ...(value.steps as Record<string, Record<string, unknown>>) };
      const [first, second] = Object.keys(steps);
      const baseSteps = Object.fromEntries(Object.entries(steps).filter(([k]) => k !== first).map(([k, v]) => [k, k === second ? { ...v, title: "old title" } : v]));
      const base = readFlow({ ...value, steps: { ...baseSteps, gone: { execution_mode: "DETERMINISTIC", next: second } } });
      const run: RunView = { status: "running", steps: { [first!]: { status: "done" } }, queue: [second!] };
      for (const diagram of [flowMermaid(model), flowMermaid(model, { diff: { base } }), flowMermaid(model, { diff: { base: undefined } }), flowMermaid(model, { run })]) {
        expect(await mermaid.parse(diagram.text), `${name}:\n${diagram.text}`).toEqual({ ok: true });
        expect(diagram.text.startsWith("flowchart TD\n")).toBe(true);
      }
      const diff = flowMermaid(model, { diff: { base } });
      expect(diff.counts).toMatchObject({ added: 1, changed: 1, removed: 1 });
      expect(diff.text).toMatch(/"🗑️ ⚙️ gone"/);
      expect(diff.text).toMatch(/-\.->/);
      expect(diff.text).toMatch(/classDef mv_removed [^\n]*stroke-dasharray/);
      const svg = await mermaid.render(diff.text);
      expect(svg).toContain("gone");
    }
  });

  it("shows each execution mode by its shape, parallel groups as subgraphs, outcomes on the edges and terminals as ends", () => {
    const text = flowMermaid(readFlow(flows.find((f) => f.name === "supplier_screening")!.value)).text;
    expect(text).toMatch(/^ {2}subgraph g0\["⇉ screen<br\/>parallel"\]$/m);
    expect(text).toMatch(/n\d\[\["📦 sanctions_check/); // contract call: subroutine
    expect(text).toMatch(/n\d\{\{"🤖 financial_health/); // AI: hexagon
    expect(text).toMatch(/n\d\["⚙️ validate/); // deterministic: rectangle
    expect(text).toMatch(/n\d\{"👤 decide/); // gate: diamond
    expect(text).toMatch(/t\d\(\["approved"\]\)/); // terminal: stadium
    expect(text).toMatch(/n\d -->\|"approve_with_conditions"\| t\d/);
    expect(text).toMatch(/g0 --> n\d/);
  });

  it("marks an added, a changed and a removed parallel group", async () => {
    const screening = flows.find((f) => f.name === "supplier_screening")!.value;
    const noGroup = readFlow({ ...screening, parallel_steps: [] });
    const added = flowMermaid(readFlow(screening), { diff: { base: noGroup } });
    expect(added.text).toMatch(/subgraph g0\["🆕 ⇉ screen/);
    expect(added.text).toMatch(/class [\w,]*g0[\w,]* mv_added/);
    const removed = flowMermaid(noGroup, { diff: { base: readFlow(screening) } });
    expect(removed.text).toMatch(/subgraph g0\["🗑️ ⇉ screen/);
    expect(removed.text).toMatch(/g0 -\.-> n\d/);
    const changed = flowMermaid(readFlow({ ...screening, parallel_steps: [{ id: "screen", steps: ["sanctions_check"], next: "decide" }] }), { diff: { base: readFlow(screening) } });
    expect(changed.text).toMatch(/subgraph g0\["✏️ ⇉ screen/);
    for (const d of [added, removed, changed]) expect(await mermaid.parse(d.text), d.text).toEqual({ ok: true });
  });

  it("marks a run's finished, current, queued and pending steps, and the path taken", async () => {
    const run: RunView = { status: "waiting", steps: { extract: { status: "done", outcome: "done" }, check: { status: "done", outcome: "pass" }, approve: { status: "waiting" } }, queue: ["approve"] };
    const d = flowMermaid(readFlow(invoice), { run });
    expect(d.counts).toEqual({ done: 2, waiting: 1 });
    expect(d.text).toMatch(/n0\{\{"✅ 🤖 extract/);
    expect(d.text).toMatch(/n2\{"🚦 👤 approve/);
    expect(d.text).toMatch(/n1 ==>\|"pass"\| n2/);
    expect(d.text).toMatch(/n1 -->\|"fail"\| t0/);
    expect(d.text).toMatch(/class n2 mv_waiting/);
    expect(await mermaid.parse(d.text)).toEqual({ ok: true });
    const failed = flowMermaid(readFlow(invoice), { run: { status: "failed", steps: { extract: { status: "failed" } }, queue: [] } });
    expect(failed.counts).toEqual({ failed: 1, pending: 2 });
    const completed = flowMermaid(readFlow(invoice), { run: { status: "completed", outcome: "approved", steps: { extract: { status: "done" }, check: { status: "done", outcome: "pass" }, approve: { status: "done", outcome: "approve" } }, queue: [] } });
    expect(completed.text).toMatch(/"🏁 approved"/);
  });

  it("keeps hostile ids, titles, modes, outcomes and terminals inside quoted labels: parsed, rendered as text, never as markup", async () => {
    const model = readFlow(hostileFlow());
    const base = readFlow({ ...hostileFlow(), steps: { [`removed ${HOSTILE[6]}`]: { title: HOSTILE[8], next: { [HOSTILE[7]!]: HOSTILE[0] } } } });
    const run: RunView = { status: "waiting", steps: { [HOSTILE[0]!]: { status: "done", outcome: HOSTILE[0] } }, queue: [HOSTILE[1]!] };
    for (const options of [{}, { diff: { base } }, { run }]) {
      const d = flowMermaid(model, { ...options, maxLabel: 500 });
      // Ids are generated; nothing the flow wrote is outside a quoted label.
      for (const line of d.text.split("\n").slice(1, -1)) {
        expect(line).toMatch(/^ {2,4}(?:(?:s0|[ngmt]\d+)(?:\(\(|\(\[|\[\[|\[\/|\[|\{\{|\{)"[^"]*"(?:\)\)|\]\)|\]\]|\/\]|\]|\}\}|\})|subgraph g\d+\["[^"]*"\]|direction TB|end|[sngm]\d+ (?:-->|-\.->|==>)(?:\|"[^"]*"\|)? [ngmt]\d+|classDef mv_\w+ [\w:#,. -]+|class [\w,]+ mv_\w+|linkStyle [\d,]+ [\w:#,. -]+|[gm]\d+)$/);
      }
      expect(d.text).not.toMatch(/[`'&%\r\u2028\u202e\u0000\u001b]|<(?!br\/>)/u);
      expect(await mermaid.parse(d.text), d.text).toEqual({ ok: true });
      for (const level of ["strict", "loose"] as const) {
        const shown = await mermaid.inspect(d.text, level);
        expect(shown.scripts).toBe(0);
        expect(shown.handlers).toEqual([]);
        expect(shown.links).toEqual([]);
        expect(shown.foreign).toEqual([]);
        // The text shows as itself (controls as their \u escapes).
        for (const h of HOSTILE) expect(shown.text).toContain(mermaidPlain(h));
      }
      expectSealedFence(mermaidFence(d));
    }
  });

  it("writes every character but letters, digits and ' ._,' as a Mermaid entity code, and cuts long labels", () => {
    expect(mermaidText('a"b')).toBe("a#34;b");
    expect(mermaidText("x`y")).toBe("x#96;y");
    expect(mermaidText("<script>")).toBe("#60;script#62;");
    expect(mermaidText("a\nb")).toBe("a#92;u000ab");
    expect(mermaidText("#quot;")).toBe("#35;quot#59;");
    expect(mermaidText("x".repeat(100), 10)).toBe("xxxxxxxxx#8230;");
    expect(mermaidText("🚀")).toBe("#128640;");
  });

  it("escapes the Markdown under a run's diagram: gate question, options and approvers", () => {
    const hostile = HOSTILE.join(" ");
    const md = gateDetails({ step: hostile, question: hostile, options: [{ id: hostile, label: hostile, description: hostile }], approvers: ["@carol", "acme/finance"], role: hostile, required: 2 });
    expect(md.replace(/^\*\*Gate |:\*\* |^- /gm, "")).not.toMatch(/[<>`@|[\]*_~]/);
    expect(md.split("\n").length).toBe(5);
    expect(md).toContain("&#64;carol");
    expect(mdText("a\nb<c>")).toBe("a&#92;u000ab&#60;c&#62;");
    const full = runGraphMarkdown(hostileFlow(), { status: "waiting", steps: {}, queue: [HOSTILE[0]!] }, [{ step: "approve", question: hostile, options: [{ id: "approve" }], approvers: [] }]);
    expectSealedFence(full);
    expect(full.split("\n").filter((l) => l.startsWith("```"))).toEqual(["```mermaid", "```"]);
  });

  describe("the pull request's Flow diagrams section", () => {
    function registry(files: Record<string, unknown>) {
      const documents = Object.keys(files)
        .sort()
        .map((path) => {
          const d = new RegistryDocument(path, new JsonText(JSON.stringify(files[path])));
          d.kind = "flow";
          return d;
        });
      return { documents, flowOwners: new Map(Object.keys(files).map((p) => [p, `contract.${p.split("/")[1]}`])) };
    }
    function result(baseFiles: Record<string, unknown>, headFiles: Record<string, unknown>, changes: Array<{ path: string; change: "added" | "modified" | "removed" }>) {
      return {
        registry: registry(headFiles),
        base: { comparison: { impact: { changes: changes.map((c) => ({ ...c, kind: "flow" })), contracts: [] } }, result: { registry: registry(baseFiles) } },
      } as unknown as Parameters<typeof flowDiagramsSection>[0];
    }

    it("draws each added or modified flow with its marks and a legend", async () => {
      const head = { ...invoice, steps: { ...(invoice.steps as object), audit: { title: "Audit <b>", execution_mode: "DETERMINISTIC" } } };
      const section = flowDiagramsSection(result({ "contracts/inv/flow.json": invoice }, { "contracts/inv/flow.json": head, "contracts/new/flow.json": invoice, "contracts/old/flow.json": invoice }, [
        { path: "contracts/inv/flow.json", change: "modified" },
        { path: "contracts/new/flow.json", change: "added" },
        { path: "contracts/gone/flow.json", change: "removed" },
      ]))!;
      expect(section).toMatch(/^#### Flow diagrams/);
      expect(section).toContain("(modified: 1 added)");
      expect(section).toContain("(new flow)");
      expect(section.match(/```mermaid/g)).toHaveLength(2);
      expect(section).toContain("🆕 added (green)");
      for (const block of section.split("```mermaid\n").slice(1)) expect(await mermaid.parse(block.split("```")[0]!)).toEqual({ ok: true });
      expect(flowDiagramsSection(result({}, {}, []))).toBeUndefined();
      // A hostile path and contract id stay text in the heading; the only fence lines are the diagram's own.
      const evil = `contracts/${HOSTILE.join(" ")}/flow.json`;
      const hostileSection = flowDiagramsSection(result({}, { [evil]: hostileFlow() }, [{ path: evil, change: "added" }]))!;
      expect(hostileSection.split("\n").filter((l) => /^\s*(```|~~~)/.test(l))).toEqual(["```mermaid", "```"]);
      const outside = hostileSection.replace(/```mermaid\n[^`]*```/, "");
      expect(outside.replace(/<\/?(?:sub|br)>/g, "")).not.toMatch(/[<>`@|]/);
      expect(await mermaid.parse(/```mermaid\n([^`]*)```/.exec(hostileSection)![1]!)).toEqual({ ok: true });
    });

    it("draws at most five diagrams and says how many were left out", () => {
      const files = Object.fromEntries([...Array(7).keys()].map((i) => [`contracts/c${i}/flow.json`, invoice]));
      const section = flowDiagramsSection(result({}, files, Object.keys(files).map((path) => ({ path, change: "added" as const }))))!;
      expect(section.match(/```mermaid/g)).toHaveLength(5);
      expect(section).toMatch(/2 more changed flows not drawn here: contract&#46;c5 · contracts&#47;c5&#47;flow&#46;json, contract&#46;c6/);
      const tight = flowDiagramsSection(result({}, files, Object.keys(files).map((path) => ({ path, change: "added" as const }))), { budget: 3000 })!;
      expect(tight.length).toBeLessThan(5000);
      expect(tight).toMatch(/more changed flows not drawn here/);
    });
  });
});

/** What Mermaid shows for a text: its control characters as \u escapes, as mermaidText writes them. */
function mermaidPlain(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`);
}
