/**
 * What the document rules cost: `npm run bench:ablate`. Runs, in turn on the
 * same generated registry, the parse floor, the full check, and the check
 * with groups of document rules switched off, and prints the medians with
 * their ratio to the floor and what each group costs (the full check's time
 * less the time without it). The rules are switched off in a copy of the
 * bundle made for this script in a temporary folder; the shipped CLI has no
 * way to turn a rule off.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateRegistry } from "./generate.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FLOOR = join(ROOT, "bench/floor.mjs");

/** The loop that runs every document rule on a document, as the bundle has it. */
export const RULE_LOOP = "for (let i = 0; i < DOCUMENT_RULES.length; i++) DOCUMENT_RULES[i].checkDocument(doc, context);";

/**
 * The CLI's engine with a switch: MOVA_ABLATE_SKIP lists the indexes of the
 * document rules to leave out, and MOVA_ABLATE_LIST prints the rules' ids.
 * Throws if the bundle no longer has the loop this script knows.
 */
export function ablatable(engine: string): string {
  if (engine.split(RULE_LOOP).length !== 2) throw new Error("the engine's document-rule loop was not found once: update bench/ablate.ts");
  const patched = engine.replace(
    RULE_LOOP,
    `if (process.env.MOVA_ABLATE_LIST && !globalThis.__listed) { globalThis.__listed = true; process.stderr.write(JSON.stringify(DOCUMENT_RULES.map((r) => r.meta.id)) + "\\n"); }
  const skip = globalThis.__skip ??= new Set((process.env.MOVA_ABLATE_SKIP ?? "").split(",").filter(Boolean).map(Number));
  for (let i = 0; i < DOCUMENT_RULES.length; i++) if (!skip.has(i)) DOCUMENT_RULES[i].checkDocument(doc, context);`,
  );
  return patched;
}

/** Rules grouped by what they look at: the part of a rule id before its slash, schema validation on its own. */
export function groupsOf(ids: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  ids.forEach((id, i) => {
    const group = id === "schema/violation" ? id : id === "secret/credential" ? id : `${id.slice(0, id.indexOf("/"))}/*`;
    groups.set(group, [...(groups.get(group) ?? []), i]);
  });
  return groups;
}

/** The CLI's bundle copied into `dir`, its engine made ablatable; returns the copy's cli.js. */
export function ablatedCopy(dir: string): string {
  cpSync(join(ROOT, "action"), join(dir, "action"), { recursive: true });
  cpSync(join(ROOT, "schemas"), join(dir, "schemas"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(dir, "package.json"));
  const engine = join(dir, "action/dist/cli-engine.cjs");
  writeFileSync(engine, ablatable(readFileSync(engine, "utf8")));
  return join(dir, "action/dist/cli.js");
}

function wall(args: string[], env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, FORCE_COLOR: "0", ...env } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.toString().slice(0, 2000)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "10000" },
      runs: { type: "string", default: "9" },
      data: { type: "string", default: join(tmpdir(), "mova-registry-ablate") },
    },
  });
  const size = Number(values.size);
  const runs = Number(values.runs);
  const registry = join(values.data, String(size), "registry");
  if (!existsSync(join(registry, "mova.registry.json"))) {
    process.stderr.write(`[ablate] generating ${size} documents in ${registry}\n`);
    rmSync(join(values.data, String(size)), { recursive: true, force: true });
    generateRegistry(registry, size);
  }
  const copy = mkdtempSync(join(tmpdir(), "mova-ablate-"));
  try {
    const cli = ablatedCopy(copy);
    // The copy's compiled code is kept beside it, and goes with it.
    process.env.NODE_COMPILE_CACHE = join(copy, "compile-cache");

    const listed = spawnSync(process.execPath, [cli, "check", registry], { cwd: ROOT, encoding: "utf8", env: { ...process.env, MOVA_ABLATE_LIST: "1" }, maxBuffer: 1 << 28 });
    const ids = JSON.parse(listed.stderr.split("\n").find((l) => l.startsWith("["))!) as string[];
    const groups = groupsOf(ids);
    const variants: Array<{ name: string; run: () => number }> = [
      { name: "parse floor", run: () => wall([FLOOR, registry]) },
      { name: "check", run: () => wall([cli, "check", registry]) },
      { name: "check, no document rules", run: () => wall([cli, "check", registry], { MOVA_ABLATE_SKIP: ids.map((_, i) => i).join(",") }) },
      ...[...groups].map(([group, indexes]) => ({ name: `check without ${group} (${indexes.length})`, run: () => wall([cli, "check", registry], { MOVA_ABLATE_SKIP: indexes.join(",") }) })),
    ];
    // One run of each first: the CLI keeps its compiled code from the last run, and the files are in the page cache.
    for (const v of variants) v.run();
    const times = variants.map(() => [] as number[]);
    for (let r = 0; r < runs; r++) {
      variants.forEach((v, i) => times[i]!.push(v.run()));
      process.stderr.write(`[ablate] run ${r + 1} of ${runs}\n`);
    }
    const floor = median(times[0]!);
    const full = median(times[1]!);
    process.stdout.write(`${size} documents, medians of ${runs} runs in turn\n\n| variant | wall | × floor | the check less this |\n|---|---:|---:|---:|\n`);
    variants.forEach((v, i) => {
      const m = median(times[i]!);
      process.stdout.write(`| ${v.name} | ${m.toFixed(0)} ms | ${(m / floor).toFixed(2)} | ${i < 2 ? "" : `${(full - m).toFixed(0)} ms`} |\n`);
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
