import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vitest's global set-up: every temporary folder the tests make (registries,
 * git clones, runner folders, caches) goes under one folder of this run,
 * removed when the run ends, so the suite leaves nothing behind in the
 * system's temp. Node's `tmpdir()` reads TMPDIR on each call, and the test
 * workers and every process they start inherit it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "mova-registry-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
