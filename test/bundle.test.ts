import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "esbuild";
import { asciiEngine, besideEngines, BUNDLES, buildBundles, ENGINES, lazyModule, undiciExports } from "../scripts/build.ts";
import { TOOL_VERSION } from "../src/version.ts";
import { PROJECT_ROOT } from "./support/shared.ts";

describe("the committed bundles", () => {
  it("are exactly what the source builds to (run `npm run build` and commit)", async () => {
    const outputs = await buildBundles(false);
    const built = outputs.map((o) => o.path.slice(PROJECT_ROOT.length + 1)).sort();
    expect(built.filter((p) => !/^action\/dist\/chunk-[A-Z0-9]+\.js$/.test(p))).toEqual([...Object.keys(BUNDLES), ...Object.keys(ENGINES)].sort());
    // No stale chunk lies beside them.
    expect(readdirSync(join(PROJECT_ROOT, "action/dist")).map((f) => `action/dist/${f}`).sort()).toEqual(built);
    for (const out of outputs) {
      const committed = readFileSync(out.path, "utf8");
      // Compare lengths first so a stale bundle fails with a short message, not a 1 MB diff.
      expect(committed.length, `${out.path} is stale`).toBe(out.text.length);
      expect(committed === out.text, `${out.path} is stale`).toBe(true);
    }
  });

  it("the engines are ASCII: one other character anywhere and V8 keeps all their text at two bytes a character", () => {
    for (const engine of Object.keys(ENGINES)) {
      const text = readFileSync(join(PROJECT_ROOT, engine), "utf8");
      const line = text.split("\n").findIndex((l) => /[^\x00-\x7f]/.test(l));
      expect(line, `line ${line + 1} of ${engine}`).toBe(-1);
    }
  });

  it("escapes what an engine has outside ASCII in its comments, and refuses it in code", async () => {
    expect(await asciiEngine("e.cjs", 'var a = "x"; // it\u2019s here\n/* caf\u00e9 */ var b = 1;')).toBe('var a = "x"; // it\\u2019s here\n/* caf\\u00e9 */ var b = 1;');
    expect(await asciiEngine("e.cjs", "var a = 1;\n")).toBe("var a = 1;\n");
    // A tagged template's raw text is the character itself: escaping it would change the program.
    await expect(asciiEngine("e.cjs", "var t = String.raw`\u2192`;")).rejects.toThrow(/e\.cjs: a character outside ASCII stands in code/);
  });

  it("every file the engines require, or the worker's modules import, from beside them is there, and loads", () => {
    const required = new Set<string>();
    for (const bundle of [...Object.keys(ENGINES), ...Object.keys(BUNDLES)])
      for (const m of readFileSync(join(PROJECT_ROOT, bundle), "utf8").matchAll(/(?:require|import)\("\.\/([^"]+\.cjs)"\)/g)) required.add(m[1]!);
    // The validators of each release, the action's artifact client, and undici.
    expect([...required].sort()).toEqual(["action-artifact.cjs", "undici.cjs", "validators-4.1.1.cjs", "validators-5.0.0.cjs", "validators-6.0.0.cjs"]);
    const load = createRequire(join(PROJECT_ROOT, "action/dist/index.js"));
    expect(typeof (load("./action-artifact.cjs") as { DefaultArtifactClient: unknown }).DefaultArtifactClient).toBe("function");
    expect(Object.keys(load("./undici.cjs") as object)).toEqual(undiciExports());
    for (const file of [...required].filter((f) => f.startsWith("validators-"))) expect(Object.keys(load(`./${file}`) as object).length).toBeGreaterThan(10);
  });

  it("a lazy module requires its file the first time one of its exports is read, and once", () => {
    const requests: string[] = [];
    const real = { ProxyAgent: class ProxyAgent {}, fetch: () => "fetched" };
    const exports: Record<string, unknown> = {};
    new Function("exports", "require", lazyModule(["ProxyAgent", "fetch"], "./undici.cjs"))(exports, (file: string) => (requests.push(file), real));
    expect(Object.keys(exports)).toEqual(["ProxyAgent", "fetch"]);
    expect(requests).toEqual([]);
    expect(exports.ProxyAgent).toBe(real.ProxyAgent);
    expect((exports.fetch as () => string)()).toBe("fetched");
    expect(requests).toEqual(["./undici.cjs"]);
  });

  it("code built with the engines' plugin loads undici.cjs only when it needs undici: behind a proxy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mova-lazy-undici-"));
    copyFileSync(join(PROJECT_ROOT, "action/dist/undici.cjs"), join(dir, "undici.cjs"));
    const entry = `import { HttpClient } from "@actions/http-client";
const loaded = () => Object.keys(require.cache).some((f) => f.endsWith("undici.cjs"));
const client = new HttpClient("test");
const before = loaded();
const dispatcher = client.getAgentDispatcher("https://api.github.example");
const after = loaded();
console.log(JSON.stringify({ before, after, proxied: after && dispatcher instanceof require(__dirname + "/undici.cjs").ProxyAgent }));`;
    await build({ stdin: { contents: entry, resolveDir: PROJECT_ROOT, loader: "js" }, bundle: true, platform: "node", format: "cjs", outfile: join(dir, "entry.cjs"), plugins: [besideEngines], logLevel: "error" });
    const run = (env: Record<string, string>) => JSON.parse(execFileSync(process.execPath, [join(dir, "entry.cjs")], { encoding: "utf8", env: { PATH: process.env.PATH, ...env } })) as unknown;
    expect(run({})).toEqual({ before: false, after: false, proxied: false });
    expect(run({ HTTPS_PROXY: "http://127.0.0.1:9" })).toEqual({ before: false, after: true, proxied: true });
  });

  it("the action runs on node24 from action/dist/index.js", () => {
    const yml = readFileSync(join(PROJECT_ROOT, "action.yml"), "utf8");
    expect(yml).toMatch(/^\s+using: node24$/m);
    expect(yml).toMatch(/^\s+main: action\/dist\/index\.js$/m);
  });
});

describe("the engine stays free of GitHub", () => {
  function sources(dir: string): string[] {
    return readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => join(e.parentPath, e.name));
  }

  it("no module under src/ imports @actions/*", () => {
    const offenders = sources("src").filter((f) => /from\s+["']@actions\//.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("versions", () => {
  it("the tool version matches package.json", () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
  });

  it("the pinned Node version is the one GitHub runs actions on", () => {
    expect(readFileSync(join(PROJECT_ROOT, ".node-version"), "utf8").trim()).toBe("24");
    expect(process.versions.node.split(".")[0]).toBe("24");
  });
});
