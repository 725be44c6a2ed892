import { spawn } from "node:child_process";
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
 * variables, the event as a payload file, outputs and summary through the
 * files GitHub provides. Asynchronous, so that a GitHub stand-in served from
 * this process can answer the action's requests meanwhile.
 */
export async function runActionBundle(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}, options: { killAfterMs?: number } = {}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), "mova-runner-"));
  const outputFile = join(runnerTemp, "output");
  const summaryFile = join(runnerTemp, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  // What a runner sets is set here, never inherited from a workflow the tests may run in (RUNNER_ENVIRONMENT among them).
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("INPUT_") && !k.startsWith("GITHUB_") && !k.startsWith("RUNNER_")));
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "action/dist/index.js")], {
    cwd: workspace,
    env: { ...base, GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...inputEnv, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  // A runner that dies mid-job: the process is killed outright, as a cancelled or crashed job is.
  const killer = options.killAfterMs !== undefined ? setTimeout(() => child.kill("SIGKILL"), options.killAfterMs) : undefined;
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (killer) clearTimeout(killer);
  return { status, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8") };
}

/** Writes an event payload where the runner would, returning GITHUB_EVENT_* variables. */
export function eventEnv(name: string, payload: unknown): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "mova-event-"));
  const path = join(dir, "event.json");
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path };
}

/** What the runner sets for the guard job of the example workflow, against a GitHub stand-in at `apiUrl`. */
export function guardJobEnv(apiUrl: string, repository: string, sha: string): Record<string, string> {
  return { GITHUB_API_URL: apiUrl, GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: repository, GITHUB_WORKFLOW: "MOVA registry", GITHUB_JOB: "guard", GITHUB_SHA: sha };
}
