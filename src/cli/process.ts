import { runCli } from "./run.ts";

function wantsColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true && process.stdout.hasColors?.() === true;
}

/** The CLI on this process's arguments, streams and terminal; resolves to the exit code. The CLI engine's entry. */
export async function runProcess(): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: the CLI ends quietly with the exit code it has, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
  // Gates are asked on the terminal only when there is someone at it.
  // readline is loaded only then: a check in CI starts without it.
  const terminal = process.stdin.isTTY ? (await import("node:readline/promises")).createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    return await runCli(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
      color: wantsColor(),
      env: process.env,
      ...(terminal ? { ask: (question: string) => terminal.question(question) } : {}),
    });
  } finally {
    terminal?.close();
  }
}
