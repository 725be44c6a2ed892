import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asciiEngine, BUNDLES, buildBundles, ENGINES } from "../scripts/build.ts";
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
    // The validators of each release and the action's artifact client.
    expect([...required].sort()).toEqual(["action-artifact.cjs", "validators-4.1.1.cjs", "validators-5.0.0.cjs", "validators-6.0.0.cjs"]);
    const load = createRequire(join(PROJECT_ROOT, "action/dist/index.js"));
    expect(typeof (load("./action-artifact.cjs") as { DefaultArtifactClient: unknown }).DefaultArtifactClient).toBe("function");
    for (const file of [...required].filter((f) => f.startsWith("validators-"))) expect(Object.keys(load(`./${file}`) as object).length).toBeGreaterThan(10);
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
