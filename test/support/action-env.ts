import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "./shared.ts";

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join("\n");
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}

/**
 * Runs the committed action bundle as the runner would: inputs as INPUT_*
 * variables, outputs and summary through the files GitHub provides.
 */
export function runActionBundle(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const runnerTemp = mkdtempSync(join(tmpdir(), "mova-runner-"));
  const outputFile = join(runnerTemp, "output");
  const summaryFile = join(runnerTemp, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("INPUT_") && !k.startsWith("GITHUB_")));
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "action/dist/index.js")], {
    cwd: workspace,
    encoding: "utf8",
    env: { ...base, GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...inputEnv, ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
}
