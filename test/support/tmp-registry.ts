import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Writes a registry into a fresh temp folder: objects as pretty JSON, strings and buffers as they are. */
export function makeRegistry(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "mova-registry-test-"));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, unknown>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === "string" || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2) + "\n");
  }
}
