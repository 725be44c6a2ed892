import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLES, buildBundles, ENGINES } from "../scripts/build.ts";
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

  it("the CLI's engine is ASCII: one other character anywhere and V8 keeps all its text at two bytes a character", () => {
    const text = readFileSync(join(PROJECT_ROOT, "action/dist/cli-engine.cjs"), "utf8");
    const line = text.split("\n").findIndex((l) => /[^\x00-\x7f]/.test(l));
    expect(line, `line ${line + 1} of cli-engine.cjs`).toBe(-1);
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
